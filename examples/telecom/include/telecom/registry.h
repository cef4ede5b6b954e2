//===--- telecom/registry.h - Subscriber registry ---------------*- C++ -*-===//

#ifndef TELECOM_REGISTRY_H
#define TELECOM_REGISTRY_H

#include "telecom/types.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace telecom {

/// All subscribers, by MSISDN.
class SubscriberRegistry {
public:
  /// Adds a subscriber; false if the MSISDN or IMSI is already taken.
  bool add(const Subscriber &subscriber);
  std::optional<Subscriber> find(const std::string &msisdn) const;
  std::size_t size() const { return by_msisdn_.size(); }

private:
  std::unordered_map<std::string, Subscriber> by_msisdn_;
  std::unordered_map<std::string, std::string> msisdn_by_imsi_;
};

/// A customer-care ticket. Its fields carry no annotation: what they hold
/// depends on what the caller puts in.
class SupportTicket {
public:
  void set_reference(const std::string &reference) { reference_ = reference; }
  const std::string &reference() const { return reference_; }
  void set_topic(const std::string &topic) { topic_ = topic; }
  const std::string &topic() const { return topic_; }

private:
  std::string reference_;
  std::string topic_;
};

/// Opens a ticket for a dropped call.
SupportTicket open_dropped_call_ticket(const CallDetailRecord &cdr);

} // namespace telecom

#endif // TELECOM_REGISTRY_H
