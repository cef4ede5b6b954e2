#include "chain.h"
void middle_log(const std::string &s) { leaf_log(s); }
