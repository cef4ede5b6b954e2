// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// printf, vprintf, puts, perror, and fprintf/fputs/fwrite to stdout or
// stderr write to the console: logging.

#include <privacy/annotations.h>
#include <cstdarg>
#include <cstdio>

PRIVACY_SUBSCRIBER_ID const char *current_imsi();
struct Cell {
  PRIVACY_LOCATION_DATA int cell_id;
  int retries;
};

void console(const Cell &c, va_list ap) {
  const char *imsi = current_imsi();
  printf("%s\n", imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :18:22: note: 'current_imsi()' returns subscriber identifier
  // CHECK: :18:15: note: assigned to 'imsi'
  vprintf(imsi, ap);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
  puts(imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
  perror(imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
}

void streams(const Cell &c) {
  fprintf(stderr, "cell %d\n", c.cell_id);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'c.cell_id' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  // CHECK: :13:29: note: 'cell_id' is declared location data here
  // CHECK: :[[@LINE-3]]:3: note: flows into 'stderr' through 'fprintf()'
  fprintf(stdout, "cell %d\n", c.cell_id);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'c.cell_id' is logged
  const char *imsi = current_imsi();
  fputs(imsi, stderr);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
  fwrite(imsi, 1, 15, stdout);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'current_imsi()' is logged
}

void not_personal(const Cell &c, FILE *f) {
  printf("%d retries\n", c.retries);
  fprintf(stderr, "%d retries\n", c.retries);
  puts("starting");
  perror("open");
  // A FILE* that is not stdout/stderr is a store, not a log (see
  // file-stdio.cpp for privacy-retention).
  fprintf(f, "%d\n", c.cell_id);
  fputs(current_imsi(), f);
}
