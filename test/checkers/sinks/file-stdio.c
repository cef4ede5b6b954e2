// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// fprintf, fputs and fwrite to a FILE* other than stdout/stderr (a file
// from fopen) store the data: retention. The console is logging, not this.

#include <privacy/annotations.h>
#include <stdio.h>

struct Cdr {
  PRIVACY_TRAFFIC_DATA long duration;
  PRIVACY_SUBSCRIBER_ID const char *imsi;
  int status;
};

void archive(struct Cdr cdr) {
  FILE *f = fopen("/var/spool/cdr.txt", "a");
  fprintf(f, "%ld\n", cdr.duration);
  // CHECK: :[[@LINE-1]]:3: warning: traffic data 'cdr.duration' is retained without recorded consent or anonymisation (Telecommunicatiewet art. 11.5 lid 1) [privacy-retention]
  // CHECK: :11:29: note: 'duration' is declared traffic data here
  // CHECK: :[[@LINE-3]]:3: note: flows into 'f' through 'fprintf()'
  fputs(cdr.imsi, f);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'cdr.imsi' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
  fwrite(&cdr, sizeof cdr, 1, f);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'cdr.imsi' is retained
  // CHECK: :[[@LINE-2]]:3: warning: traffic data 'cdr.duration' is retained
  fclose(f);
}

void not_retained(struct Cdr cdr, FILE *out) {
  FILE *f = fopen(cdr.imsi, "w"); // the path opened is not the data written
  fprintf(f, "status %d\n", cdr.status);
  fclose(f);
  // The console is a log (privacy-logging), not a store.
  fprintf(stderr, "%ld\n", cdr.duration);
  fputs(cdr.imsi, stdout);
  fprintf(out, "status %d\n", cdr.status);
}
