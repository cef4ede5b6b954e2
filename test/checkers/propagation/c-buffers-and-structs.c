// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <privacy/annotations.h>
#include <stdio.h>
#include <string.h>

typedef PRIVACY_SUBSCRIBER_ID char imsi_t[16];

struct subscriber {
  imsi_t imsi;
  PRIVACY_PERSONAL_DATA const char *name;
  const char *remark;
  int flags;
};

void log_struct_field(const struct subscriber *s) {
  fprintf(stderr, "imsi=%s\n", s->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's{{->|\.}}imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :11:10: note: 'imsi' has type 'imsi_t', which is subscriber identifier
  // CHECK: :[[@LINE-3]]:3: note: flows into 'stderr' through 'fprintf()'
}

void via_buffer(const struct subscriber *s) {
  char line[128];
  snprintf(line, sizeof line, "name=%s", s->name);
  printf("%s\n", line);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 's{{->|\.}}name' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-3]]:3: note: flows into 'line' through 'snprintf()'
}

void via_copy(const struct subscriber *s) {
  char copy[16];
  memcpy(copy, s->imsi, sizeof copy);
  char out[64];
  strcpy(out, "imsi ");
  strcat(out, copy);
  fputs(out, stderr);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's{{->|\.}}imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-6]]:3: note: flows into 'copy' through 'memcpy()'
  // CHECK: :[[@LINE-4]]:3: note: flows into 'out' through 'strcat()'
}

// A struct filled through a pointer in a helper, then logged by the caller.
static void load(struct subscriber *out, PRIVACY_PERSONAL_DATA const char *n) {
  out->remark = n;
}

void filled_by_callee(const char *input) {
  struct subscriber s = {{0}, 0, 0, 0};
  load(&s, input);
  printf("%s\n", s.remark);
  // CHECK: :[[@LINE-1]]:3: warning: personal data 'n' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :[[@LINE-9]]:{{[0-9]+}}: note: 'n' is declared personal data here
  // CHECK: :[[@LINE-9]]:15: note: assigned to 'out->remark'
  // CHECK: :[[@LINE-5]]:3: note: stored by 'load()'
}

// Negative: the unannotated field, the length of a personal buffer, a clean
// buffer, and a FILE* write to stderr of clean text.
void clean(const struct subscriber *s) {
  fprintf(stderr, "flags=%d\n", s->flags);
  puts(s->remark);
  printf("%zu\n", strlen(s->imsi));
  char line[32];
  snprintf(line, sizeof line, "%d", s->flags);
  puts(line);
  fputs("done\n", stderr);
}
