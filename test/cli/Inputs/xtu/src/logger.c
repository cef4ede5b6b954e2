#include <stdio.h>

void log_code(const char *c) { printf("code %s\n", c); }
