#include "vendor.h"

void on_session(const Session &s) { trace_party(s.msisdn); }
