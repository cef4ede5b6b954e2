#pragma once
#include <privacy/annotations.h>
#include <string>

namespace vendor {
void trace(const std::string &line); // a log sink by models/vendor.json
}

struct Session {
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
};

// Defined in tracing.cpp.
void trace_party(const std::string &party);
