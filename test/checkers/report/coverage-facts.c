// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {SarifOutputDir: '%t'}}" -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:' --implicit-check-not='no body'
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage

// C: a call that gives personal data to a function without a body or model
// is recorded in the SARIF log (not printed); data that is not personal, a
// function with a body and a modelled sink are not.
#include <privacy/annotations.h>

PRIVACY_EXPORT_SINK void send_to_partner(const char *payload);
const char *encode_cell(unsigned cell);       // no body, no model
const char *encode_counter(unsigned n);       // no body, no model
static unsigned copy_cell(unsigned cell) { return cell; }

void report_cell(PRIVACY_LOCATION_DATA unsigned cell, unsigned counter) {
  send_to_partner(encode_counter(counter));
  unsigned copy = copy_cell(cell);
  send_to_partner(encode_cell(copy));
  // CHECK: :[[@LINE-1]]:3: warning: location data
}

// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/region/startLine = 20
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/callee = "encode_cell()"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/privacy-tidy~1coverage = "unknown-call"
// SARIF-NOT: /runs/0/invocations/0/toolExecutionNotifications/1/
