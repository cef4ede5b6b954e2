//===--- registry.cpp - The subscriber registry ---------------------------===//

#include "telecom/registry.h"
#include "telecom/privacy_steps.h"

#include <iostream>

namespace telecom {

bool SubscriberRegistry::add(const Subscriber &subscriber) {
  if (msisdn_by_imsi_.count(subscriber.imsi) != 0) {
    // VIOLATION: privacy-logging: writes the IMSI to the console
    std::cerr << "duplicate IMSI " << subscriber.imsi << '\n';
    return false;
  }
  if (!by_msisdn_.emplace(subscriber.msisdn, subscriber).second)
    return false;
  msisdn_by_imsi_.emplace(subscriber.imsi, subscriber.msisdn);
  // COMPLIANT: the tariff plan is a product code
  log_info("new subscription on plan " + subscriber.tariff_plan);
  return true;
}

std::optional<Subscriber>
SubscriberRegistry::find(const std::string &msisdn) const {
  auto it = by_msisdn_.find(msisdn);
  if (it == by_msisdn_.end())
    return std::nullopt;
  return it->second;
}

SupportTicket open_dropped_call_ticket(const CallDetailRecord &cdr) {
  SupportTicket ticket;
  ticket.set_reference(cdr.caller);
  ticket.set_topic("dropped call");
  // COMPLIANT: the topic is a fixed text
  log_info("ticket opened: " + ticket.topic());
  // VIOLATION: privacy-logging: the ticket reference is the caller's MSISDN, set via set_reference()
  log_info("ticket reference: " + ticket.reference());
  return ticket;
}

} // namespace telecom
