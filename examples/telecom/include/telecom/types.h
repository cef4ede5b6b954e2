//===--- telecom/types.h - Domain types of the example operator -*- C++ -*-===//
//
// What the network hands us about subscribers and their calls. The privacy
// annotations say which of these are personal data, so the checks can follow
// them through the billing, offer and registry code.
//
//===----------------------------------------------------------------------===//

#ifndef TELECOM_TYPES_H
#define TELECOM_TYPES_H

#include <privacy/annotations.h>

#include <ctime>
#include <string>

namespace telecom {

/// A subscriber's phone number in E.164 form ("31612345678").
using Msisdn PRIVACY_SUBSCRIBER_ID = std::string;

/// The serving cell of a terminal: where the subscriber is, to within a few
/// hundred metres in a city.
struct PRIVACY_LOCATION_DATA CellId {
  int mcc, mnc, tac;
  long nci;
};

/// One call as the switch reports it.
struct CallDetailRecord {
  PRIVACY_SUBSCRIBER_ID std::string caller;
  PRIVACY_SUBSCRIBER_ID std::string callee;
  PRIVACY_TRAFFIC_DATA long duration_s = 0;
  PRIVACY_TRAFFIC_DATA std::time_t start_time = 0;
  CellId cell{};
  PRIVACY_SUBSCRIBER_ID std::string imei;
  bool roaming = false;
};

/// What billing needs of a call, and nothing more (AVG art. 5(1)(c)): the
/// cell stays out, because location data needs consent (Tw 11.5a).
struct BillingRecord {
  PRIVACY_SUBSCRIBER_ID std::string caller;
  PRIVACY_SUBSCRIBER_ID std::string callee;
  PRIVACY_TRAFFIC_DATA long duration_s = 0;
  PRIVACY_TRAFFIC_DATA std::time_t start_time = 0;
};

/// One text message; its body is communication content.
struct SmsRecord {
  Msisdn sender;
  Msisdn recipient;
  PRIVACY_COMMUNICATION_CONTENT std::string text;
};

/// A customer as the registry keeps them.
struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_PERSONAL_DATA std::string name;
  PRIVACY_PERSONAL_DATA std::string email;
  std::string tariff_plan; // a product code, not personal on its own
};

/// A rated call: what the bill line says.
struct Charge {
  std::string account; // copied from the caller: personal once filled
  long cents = 0;
};

} // namespace telecom

#endif // TELECOM_TYPES_H
