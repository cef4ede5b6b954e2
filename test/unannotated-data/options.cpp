// The options: exclusions by name, user terms and words, local variables,
// record coverage; bad values are reported and ignored.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s \
// RUN:   --config="{CheckOptions: {privacy-unannotated-data.ExcludedNames: 'legacy_.*;Ue::msisdn', \
// RUN:     privacy-unannotated-data.ExtraTerms: 'rnti=subscriber_id; a_number=subscriber_id;email=personal', \
// RUN:     privacy-unannotated-data.ExtraExcludedWords: 'shadow', \
// RUN:     privacy-unannotated-data.CheckLocalVariables: true, \
// RUN:     privacy-unannotated-data.StrictFieldCategories: false}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=CONFIGURED --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s \
// RUN:   --config="{CheckOptions: {privacy-unannotated-data.ExcludedNames: 'ok;[unclosed;x)|(msisdn', \
// RUN:     privacy-unannotated-data.ExtraTerms: 'nocategory;rnti=bogus;=traffic;geohash=location', \
// RUN:     privacy-unannotated-data.ExtraExcludedWords: 'not-a-word', \
// RUN:     privacy-unannotated-data.CheckLocalVariables: maybe}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=BAD --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' --dump-config \
// RUN:   --config="{CheckOptions: {privacy-unannotated-data.ExtraTerms: 'rnti=subscriber_id'}}" %s -- \
// RUN:   | FileCheck %s --check-prefix=DUMP --implicit-check-not=privacy-unannotated-data.

// Option problems have no source location: clang-tidy prints them first,
// sorted by their text.
// BAD: warning: invalid configuration value 'maybe' for option 'privacy-unannotated-data.CheckLocalVariables'
// BAD-NEXT: warning: invalid entry '=traffic' in option 'privacy-unannotated-data.ExtraTerms': the term has no letters or digits; the entry is ignored [clang-tidy-config]
// BAD-NEXT: warning: invalid entry 'nocategory' in option 'privacy-unannotated-data.ExtraTerms': expected 'term=category' with category one of traffic, location, subscriber_id, content, personal; the entry is ignored [clang-tidy-config]
// BAD-NEXT: warning: invalid entry 'not-a-word' in option 'privacy-unannotated-data.ExtraExcludedWords': a word has only letters and digits; the entry is ignored [clang-tidy-config]
// BAD-NEXT: warning: invalid entry 'rnti=bogus' in option 'privacy-unannotated-data.ExtraTerms'
// BAD-NEXT: warning: invalid regular expression '[unclosed' in option 'privacy-unannotated-data.ExcludedNames': {{.*}}; the entry is ignored
// An entry that would close the anchoring group (`^(x)|(msisdn)$` excluded
// every name ending in msisdn) is invalid on its own: msisdn is reported.
// BAD-NEXT: warning: invalid regular expression 'x)|(msisdn' in option 'privacy-unannotated-data.ExcludedNames': parentheses not balanced; the entry is ignored

// The check's options, sorted by name.
// DUMP: privacy-unannotated-data.CheckLocalVariables: 'false'
// DUMP-NEXT: privacy-unannotated-data.ExcludedNames: ''
// DUMP-NEXT: privacy-unannotated-data.ExtraExcludedWords: ''
// DUMP-NEXT: privacy-unannotated-data.ExtraTerms: 'rnti=subscriber_id'
// DUMP-NEXT: privacy-unannotated-data.IgnoreMacros: 'true'
// DUMP-NEXT: privacy-unannotated-data.IgnoreSystemHeaders: 'true'
// DUMP-NEXT: privacy-unannotated-data.StrictFieldCategories: 'true'

#include <stdint.h>

struct Ue {
  // BAD-NEXT: {{.*}}options.cpp:[[@LINE+1]]:12: warning: field 'geohash' looks like location data (geohash)
  uint64_t geohash;
  // DEFAULT: :[[@LINE+2]]:12: warning: field 'msisdn'
  // BAD: :[[@LINE+1]]:12: warning: field 'msisdn'
  uint64_t msisdn;
  // With every entry of an option ignored, that option's default holds.
  // DEFAULT: :[[@LINE+3]]:12: warning: field 'legacy_imsi'
  // BAD: :[[@LINE+2]]:12: warning: field 'legacy_imsi'
  // CONFIGURED-NOT: :[[@LINE+1]]:{{.*}}legacy_imsi
  uint64_t legacy_imsi;
  // CONFIGURED: :[[@LINE+1]]:12: warning: field 'c_rnti' looks like a subscriber identifier (rnti)
  uint16_t c_rnti;
  // CONFIGURED: :[[@LINE+1]]:8: warning: field 'aNumber' looks like a subscriber identifier (a_number)
  char aNumber[20];
  // CONFIGURED: :[[@LINE+1]]:8: warning: field 'contact_email' looks like personal data (email)
  char contact_email[64];
  // DEFAULT: :[[@LINE+2]]:12: warning: field 'shadow_imsi'
  // BAD: :[[@LINE+1]]:12: warning: field 'shadow_imsi'
  uint64_t shadow_imsi;
};

// A location field in a traffic record: reported unless
// StrictFieldCategories is false.
struct __attribute__((annotate("privacy:category:traffic"))) Cdr {
  // DEFAULT: :[[@LINE+2]]:12: warning: field 'cell_id'
  // BAD: :[[@LINE+1]]:12: warning: field 'cell_id'
  uint32_t cell_id;
};

uint64_t lookup() {
  // CONFIGURED: :[[@LINE+1]]:12: warning: variable 'imsi'
  uint64_t imsi = 0;
  return imsi;
}
