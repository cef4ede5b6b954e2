// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// send, sendto and sendmsg hand their buffer to another system: export.
// Only the buffer is exported, not the descriptor, length or flags.

#include <privacy/annotations.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

struct Cdr {
  PRIVACY_TRAFFIC_DATA char called[16];
  PRIVACY_SUBSCRIBER_ID char imsi[16];
  char status[8];
};

void forward(int fd, const struct Cdr *cdr, const struct sockaddr *to) {
  send(fd, cdr->called, sizeof cdr->called, 0);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data '{{.*}}called' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-export]
  // CHECK: :13:29: note: 'called' is declared traffic data here
  sendto(fd, cdr->imsi, strlen(cdr->imsi), 0, to, sizeof *to);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier '{{.*}}imsi' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
}

void forward_msg(int fd, const struct Cdr *cdr) {
  struct iovec part = {(void *)cdr->imsi, sizeof cdr->imsi};
  struct msghdr msg = {0};
  msg.msg_iov = &part;
  msg.msg_iovlen = 1;
  sendmsg(fd, &msg, 0);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier '{{.*}}imsi' is exported
}

void not_personal(int fd, const struct Cdr *cdr) {
  send(fd, cdr->status, sizeof cdr->status, 0);
  // A length computed from the data is not the data.
  send(fd, "ok", strlen(cdr->imsi) > 0 ? 2 : 0, 0);
}
