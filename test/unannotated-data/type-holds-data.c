// A name is a candidate only when the declaration's type can hold the data
// itself: the osmo-hlr idioms of a VTY command made by DEFUN (a handler
// returning a status, a command element with a function pointer), a list
// head, an operation record with a timer callback. Their fields and
// parameters that hold the IMSI stay reported.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <stdint.h>

struct vty;
struct cmd_element {
  const char *string;
  const char *doc;
  int (*func)(struct cmd_element *, struct vty *, int, const char *[]);
  unsigned char attr;
};

#define DEFUN(funcname, cmdname, cmdstr)                                       \
  static int funcname(struct cmd_element *, struct vty *, int, const char *[]); \
  static struct cmd_element cmdname = {.string = cmdstr, .func = funcname};    \
  static int funcname(struct cmd_element *self, struct vty *vty, int argc,     \
                      const char *argv[])

// An int cannot hold the 15 digits of an MSISDN or IMEI, and the command
// element is an object with a callback.
DEFUN(subscriber_msisdn, subscriber_msisdn_cmd, "msisdn MSISDN") {
  return argc;
}
DEFUN(subscriber_imei, subscriber_imei_cmd, "imei IMEI") { return argc; }

struct llist_head {
  struct llist_head *next, *prev;
};
#define LLIST_HEAD(name) struct llist_head name = {&(name), &(name)}

struct osmo_timer_list {
  void (*cb)(void *);
  void *data;
  unsigned active;
};

// A list of operations, and an operation that embeds a timer: the IMSI is
// the field, not the record or the list.
static LLIST_HEAD(g_imsi_ops);
struct imsi_op {
  struct llist_head list;
  // CHECK: :[[@LINE+1]]:8: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  char imsi[17];
  struct osmo_timer_list timer;
};
static struct imsi_op *last_imsi_op;
static struct llist_head *imsi_list;
static void (*on_imsi)(const char *);

// A getter that returns the IMSI itself is a source.
// CHECK: :[[@LINE+1]]:20: warning: function 'get_subscriber_imsi' looks like it returns a subscriber identifier (IMSI)
static const char *get_subscriber_imsi(struct vty *vty) {
  (void)vty;
  return 0;
}
// A status code is not.
static int get_subscriber_msisdn(struct vty *vty) {
  (void)vty;
  return 0;
}

// Integers wide enough for the identifier stay reported; narrower ones are
// codes and indexes.
struct numbers {
  // CHECK: :[[@LINE+1]]:12: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  uint64_t imsi;
  uint32_t msisdn;
  // CHECK: :[[@LINE+1]]:12: warning: field 'tmsi' looks like a subscriber identifier (TMSI)
  uint32_t tmsi;
  uint16_t ptmsi;
  // CHECK: :[[@LINE+1]]:12: warning: field 'imeisv' looks like a subscriber identifier (IMEISV)
  uint64_t imeisv;
  // CHECK: :[[@LINE+1]]:11: warning: field 'calling_number' looks like a subscriber identifier (calling number)
  uint8_t calling_number[8];
  int called_number;
};

// A record of values named like the data is the data, and so is a pointer
// to one; a pointer to a record that only links is not.
// CHECK: :[[@LINE+1]]:8: warning: struct 'imsi_digits' looks like a subscriber identifier (IMSI)
struct imsi_digits {
  uint8_t digits[8];
  uint8_t len;
  struct imsi_digits *next;
};
struct subscriber {
  char number[16];
};
// CHECK: :[[@LINE+1]]:27: warning: variable 'last_msisdn' looks like a subscriber identifier (MSISDN)
static struct subscriber *last_msisdn;
// CHECK: :[[@LINE+1]]:24: warning: parameter 'imsi' looks like a subscriber identifier (IMSI)
void purge(const char *imsi, struct imsi_op *imsi_req);

// An opaque record may hold anything: its declarations keep being reported.
struct opaque_ctx;
// CHECK: :[[@LINE+1]]:27: warning: variable 'msisdn_ctx' looks like a subscriber identifier (MSISDN)
static struct opaque_ctx *msisdn_ctx;

int use(void) {
  return get_subscriber_msisdn(0) + (last_imsi_op != 0) + (imsi_list != 0) +
         (on_imsi != 0) + (last_msisdn != 0) + (msisdn_ctx != 0) +
         subscriber_msisdn(0, 0, 0, 0) + subscriber_imei(0, 0, 0, 0) +
         (subscriber_msisdn_cmd.attr + subscriber_imei_cmd.attr) +
         (g_imsi_ops.next != 0) + (get_subscriber_imsi(0) != 0);
}
