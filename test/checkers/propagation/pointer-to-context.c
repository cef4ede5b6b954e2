// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=gnu11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A pointer to a UE context printed with %p is an address, not the
// context's fields: a struct or void pointer passed to `...` carries none
// of the object's data, nor does a pointer to a pointer or to a number. Strings, byte buffers and fields read through the
// pointer (also after va_arg) still do; a cast of a personal buffer to a
// struct carries the buffer's data into every member read through it.
#include <privacy/annotations.h>
#include <stdarg.h>
#include <stdio.h>

struct ue_ctx {
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  PRIVACY_SUBSCRIBER_ID unsigned char *nas_pdu;
  int state;
};
struct imsi_buf {
  unsigned char len;
  char digits[15];
};

void print_ptr(const void *p) { printf("ctx %p\n", p); }

void my_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
}

/* Reads a field through the pointer it gets: that is the object's data. */
void log_ue(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  struct ue_ctx *ue = va_arg(ap, struct ue_ctx *);
  va_end(ap);
  printf(fmt, ue->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'ue->imsi' is logged
  // CHECK: :[[@LINE+11]]:3: note: the sink is reached through this call
}

void addresses(struct ue_ctx *ctx) {
  printf("ctx %p\n", ctx);
  printf("ctx %p\n", (void *)ctx);
  fprintf(stderr, "ctx %p\n", (const void *)ctx);
  print_ptr(ctx);
  my_log("ctx %p", ctx);
  printf("%s\n", ctx->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'ctx->imsi' is logged
  log_ue("%s", ctx);
}

/* No annotation on the struct: the data was written into it by the caller. */
struct plain_req { const char *who; int id; };
void log_req(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const struct plain_req *r = va_arg(ap, const struct plain_req *);
  va_end(ap);
  printf(fmt, r->who);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  printf(fmt, r->id);
}
void fields_after_va_arg(PRIVACY_SUBSCRIBER_ID const char *imsi) {
  struct plain_req req = {imsi, 1};
  log_req("%s", &req);
}

void through_cast(const struct ue_ctx *ctx) {
  const struct imsi_buf *ib = (const struct imsi_buf *)ctx->nas_pdu;
  printf("%.15s\n", ib->digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'ctx->nas_pdu' is logged
  printf("%p\n", (const void *)ib);
}

/* Only characters can be printed through a pointer (%s): a pointer to a
   pointer or to a number is an address too. */
struct holder { struct ue_ctx *ue; };
void more_addresses(struct ue_ctx **pp, struct holder *h) {
  printf("%p\n", pp);
  printf("%p\n", (void *)pp);
  printf("%p\n", (void *)&h->ue);
  printf("%p\n", &(*pp)->state);
  printf("%s\n", (*pp)->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier
  printf("%s\n", (const char *)(*pp)->nas_pdu);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier
}
