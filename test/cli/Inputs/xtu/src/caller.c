struct rec {
  char code[16];
};

void log_code(const char *c);

void use(struct rec *r) { log_code(r->code); }
