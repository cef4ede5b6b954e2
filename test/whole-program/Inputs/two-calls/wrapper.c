#include <stdio.h>
#include "party.h"
void log_party(const char *party) { printf("%s\n", party); }
