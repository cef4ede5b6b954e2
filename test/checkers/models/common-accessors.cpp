// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {DisabledModels: 'common-accessors'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefix=OFF \
// RUN:   --implicit-check-not='{{warning|error}}:'

// The size of personal data is not personal data: size-like accessors of any
// class (shipped model common-accessors). Without the model, an accessor of
// integer type carries nothing either (the default for unknown code); one of
// another type does.
#include <privacy/annotations.h>
#include <cstddef>

struct PRIVACY_COMMUNICATION_CONTENT byte_buffer {
  std::size_t length() const;
  const unsigned char *size_bytes() const;
  bool empty() const;
  const unsigned char *data() const;
};
PRIVACY_LOG_SINK void log_value(long v);
PRIVACY_LOG_SINK void log_bytes(const unsigned char *p);

void sizes(const byte_buffer &pdu) {
  log_value(static_cast<long>(pdu.length()));
  log_bytes(pdu.size_bytes());
  // OFF: :[[@LINE-1]]:3: warning: communication content 'pdu' is logged
  log_value(pdu.empty());
  log_bytes(pdu.data());
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'pdu' is logged
  // OFF: :[[@LINE-2]]:3: warning: communication content 'pdu' is logged
}
