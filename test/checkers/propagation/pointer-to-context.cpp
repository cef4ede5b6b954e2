// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// C++: a pointer to an object with personal members printed with %p (also
// `this`, also after static_cast<const void *>) is an address; a member read
// through it, and bytes of a personal buffer reinterpreted as a struct, are
// the data. A pointer to a pointer or to a number is an address too.
#include <privacy/annotations.h>
#include <cstdio>
#include <cstdint>

struct ImsiBuf {
  std::uint8_t len;
  char digits[15];
};

class UeContext {
public:
  PRIVACY_SUBSCRIBER_ID char imsi[16] = {};
  PRIVACY_SUBSCRIBER_ID std::uint8_t pdu[32] = {};
  int state = 0;

  void trace() const {
    std::printf("ue %p state %d\n", static_cast<const void *>(this), state);
    std::printf("ue %p\n", this);
  }
  void dump() const {
    std::printf("imsi %s\n", imsi);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'imsi' is logged
  }
};

void addresses(const UeContext *ctx, const UeContext &ref) {
  std::printf("%p\n", static_cast<const void *>(ctx));
  std::fprintf(stderr, "%p\n", static_cast<const void *>(&ref));
  std::printf("%p\n", ctx);
}

void reinterpreted(const UeContext &ctx) {
  const auto *ib = reinterpret_cast<const ImsiBuf *>(ctx.pdu);
  std::printf("%.15s\n", ib->digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'ctx.pdu' is logged
}

// Only characters are printed through a pointer (%s): a pointer to a
// pointer or to a number is an address too.
struct Holder {
  UeContext *ue;
};
void more_addresses(UeContext **pp, Holder *h) {
  std::printf("%p\n", pp);
  std::printf("%p\n", static_cast<void *>(&h->ue));
  std::printf("%p\n", &(*pp)->state);
  std::printf("%s\n", (*pp)->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier
  std::printf("%p\n", static_cast<const void *>((*pp)->pdu));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier
}
