// RUN: %clang_tidy --checks='-*,privacy-export' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// write and writev on a descriptor (a pipe, a socket, a device) send the
// buffer out of the process: export. The descriptor and count are not sunk.

#include <privacy/annotations.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

PRIVACY_COMMUNICATION_CONTENT const char *sms_body(int id);
PRIVACY_LOCATION_DATA int serving_cell(void);

void relay(int fd, int id) {
  const char *body = sms_body(id);
  write(fd, body, strlen(body));
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms_body()' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.2a) [privacy-export]
  // CHECK: :16:22: note: 'sms_body()' returns communication content
  // CHECK: :16:15: note: assigned to 'body'
  int cell = serving_cell();
  write(fd, &cell, sizeof cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'serving_cell()' is exported without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-export]
}

void relay_vector(int fd, int id) {
  struct iovec parts[2];
  parts[0].iov_base = (void *)"sms:";
  parts[0].iov_len = 4;
  parts[1].iov_base = (void *)sms_body(id);
  parts[1].iov_len = 160;
  writev(fd, parts, 2);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'sms_body()' is exported
}

void not_personal(int id) {
  const char *body = sms_body(id);
  // The descriptor and the length are not the data.
  int fd = serving_cell() > 0 ? 1 : 2;
  write(fd, "done\n", 5);
  write(2, "len\n", strlen(body) > 0 ? 4 : 0);
}
