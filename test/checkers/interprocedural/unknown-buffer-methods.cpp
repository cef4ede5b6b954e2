// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The C++ counterpart of a character buffer given to unknown code: a
// non-const member function without a body (compiled in another library,
// srsRAN's `byte_buffer::append(const byte_buffer_view &)`) called on a
// container of bytes or characters (its data() or begin() gives bytes or
// characters) may write its other arguments into the object. Not a const
// member, not an object that is no such container (a map, a UE context),
// not sizes and indexes.
#include <privacy/annotations.h>
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <string>

namespace vendor {
class byte_iterator {
public:
  uint8_t &operator*() const;
  byte_iterator &operator++();
  bool operator!=(const byte_iterator &) const;
};
class byte_buffer { // bytes through begin()
public:
  byte_iterator begin();
  byte_iterator end();
  bool append(const uint8_t *p, size_t n);
  bool append(const byte_buffer &other);
  void trim_head(size_t n);
  bool equals(const uint8_t *p, size_t n) const;
private:
  void *ctrl = nullptr;
};
class text { // characters through data()
public:
  const char *data() const;
  text &add(const std::string &s);
  text &operator<<(const char *s);
};
class counters { // keyed by what it is given: no container of bytes
public:
  void add(const std::string &key, int n);
  int count(const std::string &key) const;
};
class ue_context {
public:
  void set_identity(const std::string &imsi);
  void set_timer(unsigned ms);
};
} // namespace vendor

PRIVACY_LOG_SINK void log_pdu(const vendor::byte_buffer &pdu, const char *msg);
PRIVACY_LOG_SINK void log_line(const char *fmt, ...);
PRIVACY_LOG_SINK void log_object(const void *o, const char *msg);

void append_content(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu, size_t n) {
  vendor::byte_buffer pdu;
  if (!pdu.append(sdu, n))
    return;
  log_pdu(pdu, "RX PDU");
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sdu' is logged
  // CHECK: :[[@LINE-4]]:12: note: flows into 'pdu' through 'byte_buffer::append()'
  vendor::byte_buffer copy;
  (void)copy.append(pdu); // a buffer appended to another
  log_pdu(copy, "copy");
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sdu' is logged
}

void through_pointer(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu,
                     vendor::byte_buffer *out) {
  (void)out->append(sdu, 4);
  log_pdu(*out, "out");
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sdu' is logged
}

void characters(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  vendor::text t;
  t.add("imsi=");
  t.add(imsi);
  log_line("%s", t.data());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  vendor::text u;
  u << imsi.c_str();
  log_line("%s", u.data());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}

// A chain: `add` returns the object it is called on (a reference to its
// own class), so the second call writes into `t` too, as does each call of
// a longer chain and a chain through a pointer. Another object stays clean.
void chained(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  vendor::text t;
  t.add("imsi=").add(imsi);
  log_line("%s", t.data());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-3]]:18: note: flows into 't' through 'text::add()'
  vendor::text u, other;
  vendor::text *p = &u;
  p->add("a").add("b").add(imsi);
  log_line("%s", u.data());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-3]]:24: note: flows into 'u' through 'text::add()'
  other.add("a").add("b");
  log_line("%s", other.data());
  vendor::text w;
  w << "imsi=" << imsi.c_str();
  log_line("%s", w.data());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  // CHECK: :[[@LINE-3]]:16: note: flows into 'w' through 'operator<<()'
}

namespace vendor {
class blob { // std::byte through data(); a byte given is no number
public:
  std::byte *data();
  void put(std::byte b);
};
} // namespace vendor

void std_bytes(PRIVACY_COMMUNICATION_CONTENT const std::byte *sdu) {
  vendor::blob b;
  b.put(sdu[0]);
  log_object(&b, "blob");
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sdu' is logged
}

// Negative: a const member only reads; sizes are not content; a map-like
// object or a context is not written by what it is given; data appended to
// one buffer is not in another.
void negatives(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu,
               PRIVACY_SUBSCRIBER_ID const std::string &imsi,
               PRIVACY_TRAFFIC_DATA size_t len) {
  vendor::byte_buffer pdu;
  (void)pdu.equals(sdu, 4);
  log_pdu(pdu, "compared");
  pdu.trim_head(len);
  log_pdu(pdu, "trimmed");
  vendor::counters c;
  c.add(imsi, 1);
  log_object(&c, "counters");
  vendor::ue_context ue;
  ue.set_identity(imsi);
  log_object(&ue, "ue");
  vendor::byte_buffer a, b;
  (void)a.append(sdu, 4);
  log_pdu(b, "b");
}

// A buffer whose method has a body that copies to where an accessor points
// (srsRAN's segments): the summary does not see that write, the default for
// a byte buffer's method is kept beside it.
class ring {
  uint8_t bytes[64] = {};
  size_t len = 0;
  uint8_t *tail();
public:
  const uint8_t *data() const { return bytes; }
  void put(const uint8_t *p, size_t n) {
    std::copy(p, p + n, tail());
    len += n;
  }
};
PRIVACY_LOG_SINK void log_bytes(const uint8_t *p, const char *msg);
void summarised(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu) {
  ring r;
  r.put(sdu, 4);
  log_bytes(r.data(), "ring");
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sdu' is logged
  // CHECK: :[[@LINE-3]]:5: note: flows into 'r' through 'ring::put()'
  ring clean;
  clean.put(nullptr, 0);
  log_bytes(clean.data(), "clean");
}

// A project wrapper gives its callers the same answer: its summary says that
// it writes its argument into the buffer.
struct pdu_builder {
  vendor::byte_buffer out;
  void add(const uint8_t *p, size_t n) { (void)out.append(p, n); }
};
void copy_into(vendor::byte_buffer &dst, const uint8_t *p, size_t n) {
  (void)dst.append(p, n);
}
void wrappers(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu) {
  pdu_builder b;
  b.add(sdu, 4);
  log_pdu(b.out, "built");
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sdu' is logged
  vendor::byte_buffer dst;
  copy_into(dst, sdu, 4);
  log_pdu(dst, "copied");
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sdu' is logged
  pdu_builder clean;
  clean.add(nullptr, 0);
  log_pdu(clean.out, "clean");
}
