// RUN: %clang_tidy --checks='-*,privacy-annotations' %s -- -std=c++17 \
// RUN:   %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A raw annotation with a category the policy does not know is a typo that
// would silently leave the data unprotected.

#include <privacy/annotations.h>

__attribute__((annotate("privacy:category:bogus"))) long units;
// CHECK: :[[@LINE-1]]:16: warning: unknown privacy data category 'bogus' (expected traffic, location, subscriber_id, content or personal) [privacy-annotations]

struct Cdr {
  __attribute__((annotate("privacy:category:subscriber-id"))) const char *imsi;
  // CHECK: :[[@LINE-1]]:18: warning: unknown privacy data category 'subscriber-id' (expected traffic, location, subscriber_id, content or personal) [privacy-annotations]
  __attribute__((annotate("privacy:category:Traffic"))) long seconds;
  // CHECK: :[[@LINE-1]]:18: warning: unknown privacy data category 'Traffic' (expected traffic, location, subscriber_id, content or personal) [privacy-annotations]
};

typedef __attribute__((annotate("privacy:category:"))) int cell_t;
// CHECK: :[[@LINE-1]]:24: warning: unknown privacy data category '' (expected traffic, location, subscriber_id, content or personal) [privacy-annotations]

// Every spelled-out category is known, and annotations of other tools are
// none of this check's business.
__attribute__((annotate("privacy:category:traffic"))) long bytes;
__attribute__((annotate("privacy:category:location"))) int cell;
__attribute__((annotate("privacy:category:subscriber_id"))) long imsi;
__attribute__((annotate("privacy:category:content"))) const char *sms;
__attribute__((annotate("privacy:category:personal"))) const char *name;
__attribute__((annotate("other-tool:category:bogus"))) int unrelated;
