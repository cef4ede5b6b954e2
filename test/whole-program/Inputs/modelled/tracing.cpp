#include "vendor.h"

// Reaches a sink only by the model file of the project's .clang-tidy.
void trace_party(const std::string &party) { vendor::trace("party " + party); }
