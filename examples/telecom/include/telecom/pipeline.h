//===--- telecom/pipeline.h - Billing and offer services --------*- C++ -*-===//

#ifndef TELECOM_PIPELINE_H
#define TELECOM_PIPELINE_H

#include "telecom/types.h"

#include <string>
#include <vector>

namespace telecom {

// billing.cpp
bool parse_cdr(const std::string &line, CallDetailRecord &out);
Charge rate_call(const CallDetailRecord &cdr);
void run_billing(const std::vector<std::string> &switch_lines);
void rate_sms(const std::vector<SmsRecord> &messages);

// statistics.cpp
void publish_mobility_statistics(const std::vector<CallDetailRecord> &cdrs);

// offers.cpp
void offer_nearby_shop(const CallDetailRecord &cdr);
void offer_roaming_bundle(const CallDetailRecord &cdr);
void offer_premium_upgrade(const CallDetailRecord &cdr, bool premium_customer);

// diagnostics.cpp: helpers other files call.
std::string describe_call(const CallDetailRecord &cdr);
void report_long_call(const std::string &party, long duration_s);

} // namespace telecom

#endif // TELECOM_PIPELINE_H
