#include <stdio.h>

struct rec {
  char code[16];
  int cell;
};

void show_rec(const struct rec *r) { printf("code %s\n", r->code); }
int rec_cell(const struct rec *r) { int c = r->cell; return c; }
