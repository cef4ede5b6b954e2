// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Paths stop at three fields (MaxFieldDepth): a write to a deeper field is
// a write to a part of the place the path stops at, so it must not replace
// that place's other parts. open5gs builds a registration accept by setting
// `message.gmm.registration_accept.guti.buffer`, then
// `...network_feature_support.length = 2` (each message in anonymous
// unions, which are fields too), and sends the message.

#include <privacy/annotations.h>
#include <stdint.h>

typedef struct { uint16_t length; const void *buffer; } mobile_identity_t;
typedef struct { uint8_t length; uint8_t ims_vops; } feature_support_t;
typedef struct { mobile_identity_t guti; feature_support_t feature; } accept_t;
typedef struct { uint8_t type; union { accept_t registration_accept; uint8_t other; }; } gmm_t;
typedef struct { uint8_t h; union { gmm_t gmm; uint8_t gsm; }; } message_t;
PRIVACY_EXPORT_SINK void send_nas(const message_t *m);

void accept(PRIVACY_SUBSCRIBER_ID const uint32_t *m_tmsi) {
  message_t message = {0};
  message.gmm.registration_accept.guti.buffer = m_tmsi;
  message.gmm.registration_accept.feature.length = 2;
  message.gmm.registration_accept.feature.ims_vops = 1;
  send_nas(&message);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is exported
}

// A write within the bound still replaces what was there.
PRIVACY_EXPORT_SINK void send_identity(const mobile_identity_t *mi);
void replaced(PRIVACY_SUBSCRIBER_ID const uint32_t *m_tmsi,
              const uint32_t *other) {
  accept_t accept = {0};
  accept.guti.buffer = m_tmsi;
  accept.guti.buffer = other;
  send_identity(&accept.guti);
}
