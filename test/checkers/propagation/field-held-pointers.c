// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A pointer kept in a local or in a field of a local struct (libosmocore's
// struct osmo_strbuf: `sb.pos = sb.buf = buf; snprintf(sb.pos, ...)`) still
// points at the buffer it was given: what is written through it is in that
// buffer, in the function and in its summary (the caller's argument).

#include <privacy/annotations.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

PRIVACY_LOG_SINK void log_str(const char *s);
PRIVACY_LOG_SINK void log_num(size_t n);
struct msg {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  int type;
};
struct strbuf {
  char *buf;
  size_t len;
  char *pos;
};

// Designated initialiser, then `pos = buf` copied field to field.
char *name_buf(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb = {.buf = buf, .len = len};
  if (!sb.pos)
    sb.pos = sb.buf;
  snprintf(sb.pos, len, "IMSI-%s", m->imsi);
  return buf;
}
void log_name(const struct msg *m) {
  char b[32];
  log_str(name_buf(b, sizeof(b), m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// Positional initialiser, pointer arithmetic, strcpy into the result.
void positional_and_offset(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb = {buf, len, buf};
  sb.pos = sb.pos + 5;
  strcpy(sb.pos, m->imsi);
}
void log_positional(const struct msg *m) {
  char b[32];
  positional_and_offset(b, sizeof(b), m);
  log_str(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// A compound literal assigned, then element and pointee stores.
void compound_literal(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb;
  sb = (struct strbuf){.buf = buf, .len = len};
  sb.pos = &sb.buf[1];
  sb.buf[0] = m->imsi[0];
  *sb.pos = m->imsi[1];
}
void log_compound(const struct msg *m) {
  char b[4];
  compound_literal(b, sizeof(b), m);
  log_str(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// Within one function: memcpy through a field, then the buffer logged, and
// the buffer read back through another field that points at it.
void in_function(const struct msg *m) {
  char b[32];
  struct strbuf sb = {.buf = b, .len = sizeof(b)};
  sb.pos = sb.buf;
  memcpy(sb.pos, m->imsi, sizeof(m->imsi));
  log_str(b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  log_str(sb.buf);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  log_num(sb.len); // a field the write did not touch
}

// A plain local copy of the pointer.
char *local_copy(char *buf, const struct msg *m) {
  char *p = buf;
  p[0] = m->imsi[0];
  return buf;
}
void log_local_copy(const struct msg *m) {
  char b[2];
  log_str(local_copy(b, m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// A helper given the struct's address writes through its field.
static void sb_puts(struct strbuf *sb, const char *s) {
  snprintf(sb->pos, sb->len, "%s", s);
}
char *helper_writes(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb = {.buf = buf, .len = len, .pos = buf};
  sb_puts(&sb, m->imsi);
  return buf;
}
void log_helper(const struct msg *m) {
  char b[32];
  log_str(helper_writes(b, sizeof(b), m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// A helper fills the struct's pointers through its address: its summary
// says where they point.
static void strbuf_init(struct strbuf *sb, char *buf, size_t len) {
  sb->buf = buf;
  sb->len = len;
  sb->pos = buf;
}
char *init_helper(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb;
  strbuf_init(&sb, buf, len);
  snprintf(sb.pos, len, "IMSI-%s", m->imsi);
  return buf;
}
void log_init_helper(const struct msg *m) {
  char b[32];
  log_str(init_helper(b, sizeof(b), m));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// Negative: a helper that points the field at its own scratch buffer.
static char scratch_area[32];
static void strbuf_scratch(struct strbuf *sb, char *buf) {
  sb->buf = buf;
  sb->pos = scratch_area;
}
char *scratch_helper(char *buf, size_t len, const struct msg *m) {
  struct strbuf sb;
  strbuf_scratch(&sb, buf);
  snprintf(sb.pos, len, "IMSI-%s", m->imsi);
  return buf;
}
void log_scratch_helper(const struct msg *m) {
  char b[32];
  log_str(scratch_helper(b, sizeof(b), m));
}

// A pointer that points at one of two buffers, depending on the path.
void either_buffer(int c, const struct msg *m) {
  char b1[16], b2[16];
  char *p = &b1[0];
  if (c)
    p = &b2[0];
  strcpy(p, m->imsi);
  log_str(b1);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  log_str(b2);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// A pointer aliasing one of two places, depending on the path: after the
// join it may point at either (it used to be forgotten).
struct ids {
  char a[16];
  char b[16];
};
void either_field(int c, const struct msg *m) {
  struct ids ids;
  char(*p)[16] = &ids.a;
  if (c)
    p = &ids.b;
  strcpy(*p, m->imsi);
  log_str(ids.a);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  log_str(ids.b);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// Negative: the field written is re-pointed to a scratch buffer first.
char *repointed(char *buf, size_t len, const struct msg *m) {
  char scratch[32];
  struct strbuf sb = {.buf = buf, .len = len, .pos = buf};
  sb.pos = scratch;
  snprintf(sb.pos, len, "IMSI-%s", m->imsi);
  log_str(scratch);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
  return buf;
}
void log_repointed(const struct msg *m) {
  char b[32];
  log_str(repointed(b, sizeof(b), m));
}

// Negative: a different field, which never pointed at the buffer.
struct two {
  char *out;
  char *scratch;
};
char *other_field(char *buf, char *tmp, const struct msg *m) {
  struct two t = {.out = buf, .scratch = tmp};
  strcpy(t.scratch, m->imsi);
  return buf;
}
void log_other_field(const struct msg *m) {
  char b[32], tmp[32];
  log_str(other_field(b, tmp, m));
  log_str(tmp);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm->imsi' is logged
}

// Negative: the copied pointer is re-pointed before the write.
char *local_repointed(char *buf, char *tmp, const struct msg *m) {
  char *p = buf;
  p = tmp;
  strcpy(p, m->imsi);
  return buf;
}
void log_local_repointed(const struct msg *m) {
  char b[32], tmp[32];
  log_str(local_repointed(b, tmp, m));
}
