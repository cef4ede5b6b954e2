// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++20 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A pointer kept in a local or in a field of a local aggregate still points
// at the buffer it was given: what is written through it is in that buffer,
// in the function and in its summary (field-held-pointers.c has the C
// shapes).

#include <privacy/annotations.h>
#include <cstddef>
#include <cstdio>
#include <cstring>

PRIVACY_LOG_SINK void log_str(const char *s);
struct Msg {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int type;
};
struct StrBuf {
  char *buf;
  std::size_t len;
  char *pos;
};

char *name_buf(char *buf, std::size_t len, const Msg &m) {
  StrBuf sb = {.buf = buf, .len = len};
  if (!sb.pos)
    sb.pos = sb.buf;
  std::snprintf(sb.pos, len, "IMSI-%s", m.imsi);
  return buf;
}
void log_name(const Msg &m) {
  char b[32];
  log_str(name_buf(b, sizeof(b), m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.imsi' is logged
}

// Brace initialisation, a copy of the aggregate, then a pointee store.
char *copied(char *buf, std::size_t len, const Msg &m) {
  StrBuf sb{buf, len, buf};
  StrBuf other = sb;
  other.pos[0] = m.imsi[0];
  return buf;
}
void log_copied(const Msg &m) {
  char b[4];
  log_str(copied(b, sizeof(b), m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.imsi' is logged
}

// Assigned whole from another aggregate, then memcpy through a field.
char *assigned(char *buf, std::size_t len, const Msg &m) {
  StrBuf sb{buf, len, buf};
  StrBuf other{};
  other = sb;
  std::memcpy(other.pos, m.imsi, sizeof(m.imsi));
  return buf;
}
void log_assigned(const Msg &m) {
  char b[32];
  log_str(assigned(b, sizeof(b), m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.imsi' is logged
}

// Filled by a helper given a reference, and by a member function.
static void init(StrBuf &sb, char *buf, std::size_t len) {
  sb.buf = buf;
  sb.len = len;
  sb.pos = buf;
}
struct Cursor {
  char *at;
  void reset(char *b) { at = b; }
};
char *init_helper(char *buf, std::size_t len, const Msg &m) {
  StrBuf sb;
  init(sb, buf, len);
  std::snprintf(sb.pos, len, "IMSI-%s", m.imsi);
  return buf;
}
char *member_helper(char *buf, const Msg &m) {
  Cursor c;
  c.reset(buf);
  std::strcpy(c.at, m.imsi);
  return buf;
}
void log_helpers(const Msg &m) {
  char b[32], t[32];
  log_str(init_helper(b, sizeof(b), m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.imsi' is logged
  log_str(member_helper(t, m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.imsi' is logged
}

// A pointer aliasing one of two places, depending on the path.
struct Ids {
  char a[16];
  char b[16];
};
void either_field(bool c, const Msg &m) {
  Ids ids;
  char(*p)[16] = &ids.a;
  if (c)
    p = &ids.b;
  std::strcpy(*p, m.imsi);
  log_str(ids.a);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.imsi' is logged
  log_str(ids.b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm.imsi' is logged
}

// Negative: re-pointed to a scratch buffer, and a field that never pointed
// at the caller's buffer.
char *repointed(char *buf, std::size_t len, const Msg &m) {
  char scratch[32];
  StrBuf sb{buf, len, buf};
  sb.pos = scratch;
  std::snprintf(sb.pos, len, "IMSI-%s", m.imsi);
  return buf;
}
struct Two {
  char *out;
  char *scratch;
};
char *other_field(char *buf, char *tmp, const Msg &m) {
  Two t{buf, tmp};
  std::strcpy(t.scratch, m.imsi);
  return buf;
}
void log_negatives(const Msg &m) {
  char b[32], tmp[32];
  log_str(repointed(b, sizeof(b), m));
  log_str(other_field(b, tmp, m));
}
