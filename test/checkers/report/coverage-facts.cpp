// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {MaxBlockVisits: 12, ModelFiles: '%S/Inputs/coverage-log.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error|remark}}:' --implicit-check-not='no body'
// RUN: rm -rf %t && %clang_tidy --quiet --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {MaxBlockVisits: 12, ModelFiles: '%S/Inputs/coverage-log.json', SarifOutputDir: '%t'}}" \
// RUN:   -- -std=c++17 %test_flags > /dev/null 2>&1
// RUN: %python %source_dir/test/sarif/Inputs/flatten.py %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=SARIF --implicit-check-not=1coverage
// RUN: %python %S/Inputs/check_config_hashes.py %source_dir %t/*.sarif \
// RUN:   | FileCheck %s --check-prefix=HASHES --implicit-check-not=MISMATCH

// What the SARIF log says about the analysis beyond its findings: each call
// that gives personal data to a function without a body or model (not
// shown by clang-tidy), the budget remark tagged as such, and the law, rules
// and model files used with their hashes.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_value(long v);
void vendor_log(long v);          // modelled: a sink, not a guess
long opaque_transform(long v);    // no body, no model
void opaque_store(const long *v); // no body, no model
long helper(long v) { return v + 1; } // a body: summarised, not a guess

void unknown_calls(PRIVACY_TRAFFIC_DATA long seconds, long counter) {
  long t = opaque_transform(seconds);
  opaque_store(&seconds);
  opaque_transform(counter); // no personal data: no record
  opaque_transform(counter);
  long h = helper(seconds);
  vendor_log(seconds);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged
  log_value(t + h);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'seconds' is logged
}

void branchy(PRIVACY_TRAFFIC_DATA long seconds, int n) {
  // CHECK: :[[@LINE-1]]:6: remark: privacy analysis of 'branchy' stopped at its budget (12 block visits)
  long acc = 0;
  for (int i = 0; i < n; ++i) {
    if (i % 2)
      acc += seconds;
    else if (i % 3)
      acc -= 1;
    else
      acc *= 2;
  }
  log_value(acc);
}

// SARIF: /runs/0/invocations/0/toolConfigurationNotifications/0/level = "note"
// SARIF: /runs/0/invocations/0/toolConfigurationNotifications/0/message/text = "the analysis used law.json (embedded) as its law file."
// SARIF: /runs/0/invocations/0/toolConfigurationNotifications/0/properties/fnv1a64 = "{{[0-9a-f]+}}"
// SARIF: /runs/0/invocations/0/toolConfigurationNotifications/0/properties/name = "law.json (embedded)"
// SARIF: /runs/0/invocations/0/toolConfigurationNotifications/0/properties/privacy-tidy~1configuration = "law"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/region/startLine = 37
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/message/text = "privacy analysis of 'branchy' stopped at its budget (12 block visits); findings inside it may be missing."
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/0/properties/privacy-tidy~1coverage = "budget"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/level = "note"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/locations/0/physicalLocation/region/startLine = 26
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/message/text = "personal data is passed to 'opaque_transform()', which has no body, model or summary here; {{.*}}"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/properties/callee = "opaque_transform()"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/1/properties/privacy-tidy~1coverage = "unknown-call"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/2/locations/0/physicalLocation/region/startLine = 27
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/2/properties/callee = "opaque_store()"
// SARIF: /runs/0/invocations/0/toolExecutionNotifications/2/properties/privacy-tidy~1coverage = "unknown-call"
// SARIF-NOT: /runs/0/invocations/0/toolExecutionNotifications/3/

// HASHES: law law.json (embedded) ok
// HASHES: model coverage-log.json ok
// HASHES: model models/{{.*}}.json (shipped) ok
// HASHES: rules rules.json (embedded) ok
