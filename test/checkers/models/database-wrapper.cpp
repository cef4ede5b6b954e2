// RUN: %clang_tidy --checks='-*,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/cdr-store.json'}}" \
// RUN:   -- -std=c++17 %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A database wrapper modelled as a retain sink with a purpose and a
// retention period. Traffic data may be kept for billing without consent
// (Tw art. 11.5 lid 2), but not longer than the maximum (180 days); other
// categories have no purpose allowed without consent.

#include <privacy/annotations.h>
#include "cdr_store.h"

struct Cdr {
  PRIVACY_TRAFFIC_DATA std::string called;
  PRIVACY_LOCATION_DATA std::string cell;
};

void bill(db::CdrStore &store, const Cdr &cdr) {
  store.insert_for_billing("cdr", cdr.called); // allowed: billing, 90 days
  store.insert_for_billing(cdr.called, "table name is not stored data");
  store.insert_for_billing("cdr", cdr.cell);
  // CHECK: :[[@LINE-1]]:9: warning: location data 'cdr.cell' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-retention]
  // CHECK: :16:37: note: 'cell' is declared location data here
}

void analyse(db::CdrStore &store, const Cdr &cdr) {
  store.insert_for_analytics("cdr", cdr.called);
  // CHECK: :[[@LINE-1]]:9: warning: traffic data 'cdr.called' is retained for 400 days, longer than the maximum of 180 days for traffic data (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
}
