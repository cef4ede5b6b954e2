//===--- offers.cpp - Location-based offers ---------------------------------===//
//
// Sends an SMS offer through the advertising partner when a subscriber is
// near a partner shop. Location data for a value-added service needs the
// subscriber's consent for that service (Tw 11.5a).
//
//===----------------------------------------------------------------------===//

#include "telecom/pipeline.h"
#include "telecom/privacy_steps.h"

#include <string>

namespace telecom {

namespace {
std::string shop_offer_for(const std::string &area) {
  return area.rfind("204-", 0) == 0 ? "10% off at the corner shop"
                                     : "welcome offer";
}
} // namespace

void offer_nearby_shop(const CallDetailRecord &cdr) {
  if (!has_location_consent(cdr.caller))
    return;
  std::string area = coarse_area(cdr.cell);
  // COMPLIANT: only reached after the location_services consent check
  push_location_offer(cdr.caller, area, shop_offer_for(area));
}

void offer_roaming_bundle(const CallDetailRecord &cdr) {
  if (!cdr.roaming)
    return;
  std::string where = std::to_string(cdr.cell.mcc) + "/" +
                      std::to_string(cdr.cell.tac);
  if (has_marketing_consent(cdr.caller)) {
    // VIOLATION: privacy-export: marketing consent does not cover location_services
    push_location_offer(cdr.caller, where, "roaming bundle 1 GB");
  }
}

void offer_premium_upgrade(const CallDetailRecord &cdr, bool premium_customer) {
  if (premium_customer) {
    if (!has_location_consent(cdr.caller))
      return;
  }
  std::string area = coarse_area(cdr.cell);
  // VIOLATION: privacy-export: consent is only checked for premium customers; others reach the push unchecked
  push_location_offer(cdr.caller, area, "upgrade to 5G unlimited");
}

} // namespace telecom
