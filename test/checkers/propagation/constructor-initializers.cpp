// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// What a constructor's initializers put into the new object: a member of
// an anonymous union (the storage of an expected<T, E> or optional<T>), a
// base class built by its own constructor, a delegated-to constructor and
// an inherited one. Initializers given nothing personal add nothing.
#include <privacy/annotations.h>
#include <utility>

struct Buf {
  unsigned char *data;
  unsigned len;
  Buf();
  Buf(Buf &&);
};
PRIVACY_LOG_SINK void log_buf(const Buf &);

// The storage: a union member initialised in place.
template <class T, class E> struct storage {
  template <class... A>
  storage(int, A &&...a) : m_val(std::forward<A>(a)...), m_has_val(true) {}
  storage(E e, int) : m_err(e), m_has_val(false) {}
  ~storage() {}
  union {
    T m_val;
    E m_err;
  };
  bool m_has_val;
};
// A base class built from the derived constructor's arguments.
template <class T, class E> struct operations : storage<T, E> {
  template <class... A>
  operations(int, A &&...a) : storage<T, E>(0, std::forward<A>(a)...) {}
  operations(E e, int) : storage<T, E>(e, 0) {}
  T &get() { return this->m_val; }
};
// A converting constructor that delegates.
template <class T, class E = int> struct expected : operations<T, E> {
  template <class... A>
  expected(int, A &&...a) : operations<T, E>(0, std::forward<A>(a)...) {}
  expected(T &&v) : expected(0, std::move(v)) {}
  expected(E e, long) : operations<T, E>(e, 0) {}
  T &value() { return this->get(); }
};
// An inherited constructor.
template <class T> struct result : expected<T> {
  using expected<T>::expected;
};

void union_member(PRIVACY_COMMUNICATION_CONTENT Buf b) {
  storage<Buf, int> s(0, std::move(b));
  log_buf(s.m_val);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'b' is logged
}

void through_bases(PRIVACY_COMMUNICATION_CONTENT Buf b) {
  expected<Buf> e = std::move(b);
  log_buf(e.value());
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'b' is logged
}

void inherited(PRIVACY_COMMUNICATION_CONTENT Buf b) {
  result<Buf> r(0, std::move(b));
  log_buf(r.value());
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'b' is logged
}

// Negative: the error alternative and a value built from clean data.
void clean(PRIVACY_COMMUNICATION_CONTENT Buf b) {
  expected<Buf> failed(7, 0L);
  log_buf(failed.value());
  Buf other;
  expected<Buf> fine = std::move(other);
  log_buf(fine.value());
}
