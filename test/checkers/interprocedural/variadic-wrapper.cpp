// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// C-style variadic logging in C++: a function or method with `...` that
// hands its va_list to a sink is a sink for its variadic arguments.
#include <privacy/annotations.h>
#include <cstdarg>
#include <cstdio>
#include <string>

struct Ue {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA unsigned tai = 0;
  int state = 0;
};

class Logger {
public:
  void info(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::vfprintf(stderr, fmt, ap);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'u.imsi' is logged
    // CHECK: :12:37: note: 'imsi' is declared subscriber identifier here
    // CHECK: :[[@LINE+26]]:3: note: passed to 'Logger::info()' here
    // CHECK: :[[@LINE-7]]:8: note: passed as parameter '...' of 'Logger::info()'
    va_end(ap);
  }
  // Negative: the arguments are formatted, never written anywhere.
  int format(char *out, std::size_t n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = std::vsnprintf(out, n, fmt, ap);
    va_end(ap);
    return r;
  }
};

void trace(const char *fmt, ...) {
  char line[128];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  std::printf("%s\n", line);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'u.tai' is logged
}
#define TRACE(...) trace(__VA_ARGS__)

void on_attach(Logger &log, const Ue &u, char *scratch) {
  log.info("IMSI-%s", u.imsi.c_str());
  log.info("state %d", u.state); // not personal
  log.format(scratch, 16, "%s", u.imsi.c_str());
  TRACE("TAI %u", u.tai);
  TRACE("state %d", u.state); // not personal
}
