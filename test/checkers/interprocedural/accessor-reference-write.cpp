// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A getter without a model gives access to a part of its object: what is
// written through the reference returned by a non-const method (ASN.1
// choice getters, srsRAN 4G's `paging->ue_paging_id.value.s_tmsi()`), or
// through the pointer of a non-const `operator->`, is in the object, with
// or without the getter's body, and also through a reference variable
// bound to the result. Not a static method (a registry's `instance()`),
// and not a pointer returned by another method (`find()`), which may point
// anywhere.

#include <privacy/annotations.h>
#include <cstdint>

PRIVACY_EXPORT_SINK void send_pdu(const void *pdu);

struct s_tmsi_s { uint32_t mmec; uint32_t m_tmsi; };
template <typename T> struct choice_buffer {
  alignas(8) unsigned char buffer[sizeof(T)];
  template <typename U> U &get() { return *reinterpret_cast<U *>(buffer); }
};
struct paging_id_c {
  choice_buffer<s_tmsi_s> c;
  s_tmsi_s &s_tmsi() { return c.get<s_tmsi_s>(); }
  s_tmsi_s &set_s_tmsi();            // no body
};
template <class T> struct option {
  T ies;
  T *operator->() { return &ies; }
};
struct paging_ies { paging_id_c id; };
struct pdu_c {
  option<paging_ies> &paging();      // no body
  static s_tmsi_s &scratch();        // no body
  s_tmsi_s *find(uint32_t key);      // no body
};

void page(PRIVACY_SUBSCRIBER_ID uint32_t m_tmsi) {
  paging_id_c a;
  a.s_tmsi().m_tmsi = m_tmsi;
  send_pdu(&a);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is exported
  paging_id_c b;
  b.set_s_tmsi().m_tmsi = m_tmsi;
  send_pdu(&b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is exported
  pdu_c tx;
  tx.paging()->id.s_tmsi().m_tmsi = m_tmsi;
  send_pdu(&tx);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is exported
  pdu_c ty;
  option<paging_ies> &p = ty.paging();
  p->id.set_s_tmsi().m_tmsi = m_tmsi;
  send_pdu(&ty);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm_tmsi' is exported
}

void elsewhere(PRIVACY_SUBSCRIBER_ID uint32_t m_tmsi) {
  pdu_c tx;
  tx.scratch().m_tmsi = m_tmsi;
  send_pdu(&tx);
  pdu_c ty;
  ty.find(1)->m_tmsi = m_tmsi;
  send_pdu(&ty);
}

// A container's element access is no part accessor: the element is not in
// the container's size, which its bounds check prints (srsRAN's
// static_vector). Only a model's returnsAlias makes it one.
PRIVACY_LOG_SINK void log_bad_index(const char *fmt, unsigned long i,
                                    unsigned long n);
template <typename T, unsigned long N> struct small_vector {
  T items[N];
  unsigned long sz = 0;
  T &operator[](unsigned long i) {
    if (i >= sz)
      log_bad_index("out of bounds (%lu >= %lu)", i, sz);
    return items[i];
  }
  T &at(unsigned long i) { return (*this)[i]; }
};

void store(PRIVACY_SUBSCRIBER_ID uint32_t m_tmsi) {
  s_tmsi_s s{};
  s.m_tmsi = m_tmsi;
  small_vector<s_tmsi_s, 4> v;
  v[0] = s;
  v.at(1) = s;
  (void)v[2];
}
