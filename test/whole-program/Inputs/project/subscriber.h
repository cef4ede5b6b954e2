#pragma once
#include <privacy/annotations.h>
#include <string>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  std::string plan;
};

PRIVACY_LOG_SINK void log_line(const std::string &line);
PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(const Subscriber &s);

// Defined in wrapper.cpp.
void log_party(const std::string &party);
void log_plan(const std::string &plan);
std::string describe(const Subscriber &s);
bool may_profile(const Subscriber &s);
std::string plan_of(const Subscriber &s);
