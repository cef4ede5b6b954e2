// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- -x c -std=c11 %test_flags > /dev/null
// RUN: cat %t/*.sarif | FileCheck %s --check-prefix=SARIF

// One finding per leak: the fields of one identifier struct that reach one
// sink are one finding of their category, the others as notes (and SARIF
// related locations); another category at the same sink is its own finding.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_ue(const void *ue);

struct imsi {
  PRIVACY_SUBSCRIBER_ID unsigned char mcc;
  PRIVACY_SUBSCRIBER_ID unsigned char mnc;
  PRIVACY_SUBSCRIBER_ID unsigned char msin[10];
};
struct ue_ctx {
  struct imsi imsi;
  PRIVACY_LOCATION_DATA unsigned tac;
  unsigned bearer;
};

void dump(const struct ue_ctx *ue) {
  log_ue(ue);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'ue->tac' is logged
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 'ue->imsi.mcc' is logged
  // CHECK: :15:39: note: 'mcc' is declared subscriber identifier here
  // CHECK: :16:39: note: 'ue->imsi.mnc', also subscriber identifier, reaches the same sink
  // CHECK: :17:39: note: 'ue->imsi.msin', also subscriber identifier, reaches the same sink
}

void dump_imsi(const struct imsi *i) { log_ue(&i->mcc); }
// CHECK: :[[@LINE-1]]:40: warning: subscriber identifier 'i->mcc' is logged

// SARIF: "relatedLocations": [
// SARIF: "text": "'ue->imsi.mnc', also subscriber identifier, reaches the same sink."
// SARIF: "text": "'ue->imsi.msin', also subscriber identifier, reaches the same sink."
