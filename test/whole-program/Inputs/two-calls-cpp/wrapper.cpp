#include <cstdio>
#include "party.h"
void logParty(const std::string &party) { std::printf("%s\n", party.c_str()); }
