//===--- billing.cpp - The CDR billing pipeline ---------------------------===//
//
// Reads call records from the switch, rates them and stores them for billing.
//
//===----------------------------------------------------------------------===//

#include "telecom/pipeline.h"
#include "telecom/privacy_steps.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace telecom {

bool parse_cdr(const std::string &line, CallDetailRecord &out) {
  // caller;callee;start;duration;mcc;mnc;tac;nci;imei;roaming
  std::istringstream in(line);
  std::vector<std::string> fields;
  for (std::string field; std::getline(in, field, ';');)
    fields.push_back(field);
  if (fields.size() != 10)
    return false;
  out.caller = fields[0];
  out.callee = fields[1];
  out.start_time = std::strtol(fields[2].c_str(), nullptr, 10);
  out.duration_s = std::strtol(fields[3].c_str(), nullptr, 10);
  out.cell = CellId{std::atoi(fields[4].c_str()), std::atoi(fields[5].c_str()),
                    std::atoi(fields[6].c_str()),
                    std::strtol(fields[7].c_str(), nullptr, 10)};
  out.imei = fields[8];
  out.roaming = fields[9] == "1";
  return true;
}

/// The billing view of a call: no cell, no IMEI.
BillingRecord billing_view(const CallDetailRecord &cdr) {
  BillingRecord record;
  record.caller = cdr.caller;
  record.callee = cdr.callee;
  record.duration_s = cdr.duration_s;
  record.start_time = cdr.start_time;
  return record;
}

Charge rate_call(const CallDetailRecord &cdr) {
  Charge charge;
  charge.account = cdr.caller;
  long minutes = (cdr.duration_s + 59) / 60;
  charge.cents = minutes * (cdr.roaming ? 25 : 9);
  return charge;
}

void run_billing(const std::vector<std::string> &switch_lines) {
  std::vector<CallDetailRecord> rated;
  long rejected = 0;
  for (const std::string &line : switch_lines) {
    CallDetailRecord cdr;
    if (!parse_cdr(line, cdr)) {
      ++rejected;
      continue;
    }
    Charge charge = rate_call(cdr);
    const BillingRecord record = billing_view(cdr);
    // COMPLIANT: billing purpose, 90 days is within the Tw 11.5 lid 2 period
    store_for_billing(record);

    if (charge.cents > 5000) {
      // VIOLATION: privacy-logging: the rated account is the caller's MSISDN
      log_info("high charge for " + charge.account + ": " +
               std::to_string(charge.cents) + " cents");
      // VIOLATION: privacy-retention: traffic data kept 400 days, longer than billing allows
      archive_disputed_call(record);
    }
    if (cdr.duration_s == 0)
      // VIOLATION: privacy-logging: describe_call (diagnostics.cpp) returns the caller and the cell
      log_info("zero-length call: " + describe_call(cdr));
    if (cdr.duration_s > 3 * 3600)
      // VIOLATION: privacy-logging: report_long_call (diagnostics.cpp) logs its first argument (cross-TU)
      report_long_call(cdr.callee, cdr.duration_s);
    rated.push_back(cdr);
  }
  // COMPLIANT: counts of records are not personal data
  log_info("rated " + std::to_string(rated.size()) + " calls, rejected " +
           std::to_string(rejected));
  publish_mobility_statistics(rated);
}

void rate_sms(const std::vector<SmsRecord> &messages) {
  int failed = 0;
  for (const SmsRecord &sms : messages) {
    if (sms.text.size() > 160 * 6) {
      ++failed;
      // VIOLATION: privacy-logging: logs the sender and the body of a text message (Tw 11.2a)
      log_error("cannot rate oversized SMS from %s: %.40s", sms.sender.c_str(),
                sms.text.c_str());
    }
  }
  if (failed != 0)
    // COMPLIANT: a count only
    log_error("%d SMS could not be rated", failed);
}

} // namespace telecom
