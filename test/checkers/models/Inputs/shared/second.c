const char *lookup_imsi(int id);
void trace_log(const char *s);
void debug_log(const char *s);

void second(int id) {
  trace_log(lookup_imsi(id)); // SECOND
  debug_log(lookup_imsi(id));
}
