const char *lookup_imsi(int id);
void audit_log(const char *s);

void first(int id) {
  audit_log(lookup_imsi(id)); // FIRST
}
