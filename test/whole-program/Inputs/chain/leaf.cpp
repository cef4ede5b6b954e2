#include "chain.h"
void leaf_log(const std::string &s) { log_line("leaf " + s); }
