#include "subscriber.h"

// A logging wrapper: its parameter reaches a log sink.
void log_party(const std::string &party) { log_line("party " + party); }

// Logs its argument too, but callers only pass plain data.
void log_plan(const std::string &plan) { log_line("plan " + plan); }

// Returns the IMSI inside a description.
std::string describe(const Subscriber &s) { return "imsi=" + s.imsi; }

// A consent wrapper, defined here and used elsewhere.
bool may_profile(const Subscriber &s) { return has_marketing_consent(s); }

// Returns only the plan: with its summary known, callers stay clean.
std::string plan_of(const Subscriber &s) { return s.plan; }
