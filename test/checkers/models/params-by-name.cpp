// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/params-by-name-cpp.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Parameters and locals by name in C++: functions and methods are matched by
// their qualified name (namespace, class), parameters and locals by their
// own name.
#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &s);
unsigned current_tai();

namespace hlr {
void lookup(const std::string &imsi) { log_line(imsi); }
// CHECK: :[[@LINE-1]]:40: warning: subscriber identifier 'imsi' is logged
class Client {
public:
  void purge(const std::string &supi, const std::string &reason) {
    log_line(supi);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'supi' is logged
    log_line(reason); // another name
  }
};
} // namespace hlr

namespace vlr {
void lookup(const std::string &imsi) { log_line(imsi); } // another namespace
} // namespace vlr

namespace mme {
struct Attach {
  void run() {
    unsigned last_tai = current_tai();
    log_line(std::to_string(last_tai));
    // CHECK: :[[@LINE-1]]:5: warning: location data 'last_tai' is logged
  }
};
struct Detach {
  void run() {
    unsigned last_tai = current_tai();
    log_line(std::to_string(last_tai)); // another class
  }
};
} // namespace mme
