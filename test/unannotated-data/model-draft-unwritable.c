// RUN: rm -rf %t && mkdir %t && touch %t/not-a-directory
// RUN: env PRIVACY_TIDY_RUN_OPTIONS='{"ModelDraftDir": "%t/not-a-directory"}' \
// RUN:   not %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='error:'
// RUN: env PRIVACY_TIDY_RUN_OPTIONS='{"ModelDraftDir": "%t"}' \
// RUN:   %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WRITTEN --implicit-check-not='error:'
// RUN: %python -c "import glob, sys; sys.exit(len(glob.glob('%t/draft-*.json')) != 1)"

// init-model's draft that cannot be written is an error that says where;
// into a directory it is written, without one.
// CHECK: error: cannot write the model draft: cannot write '{{.*}}not-a-directory{{[/\\]}}draft-{{[0-9]+}}-0.json': {{.*}} [clang-tidy-config]
// WRITTEN: warning: union 'imsi_value' looks like a subscriber identifier (IMSI)
#include <stdint.h>

union imsi_value {
  uint64_t packed;
  char digits[16];
};
