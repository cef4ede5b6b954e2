// RUN: %clang_tidy --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/consent.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A model marks a function as a consent check for a purpose, and sinks with
// a purpose: the check covers the sinks on its true branch whose purpose
// matches.

#include <privacy/annotations.h>
#include "privacy_lib.h"

namespace offers {
void send_location_offer(const std::string &imsi, double lat, double lon);
}
namespace research {
void send_sample(double lat, double lon);
}

struct Fix {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA double lat;
};

void with_consent(const Fix &f) {
  if (crm::may_use_location(f.imsi, "marketing"))
    offers::send_location_offer(f.imsi, f.lat, 0);
  if (!crm::may_use_location(f.imsi, "marketing"))
    return;
  offers::send_location_offer(f.imsi, f.lat, 0);
}

void without_consent(const Fix &f) {
  offers::send_location_offer("", f.lat, 0);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'f.lat' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
}

void other_purpose(const Fix &f) {
  if (crm::may_use_location(f.imsi, "marketing"))
    research::send_sample(f.lat, 0);
  // CHECK: :[[@LINE-1]]:5: warning: location data 'f.lat' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
  // CHECK: :[[@LINE-3]]:7: note: consent check 'may_use_location()' records consent for purpose 'marketing', but the sink's purpose is 'research'
}
