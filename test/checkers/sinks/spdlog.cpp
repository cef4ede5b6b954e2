// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// spdlog: the free functions, the logger methods (through a shared_ptr and
// through spdlog::get) and the SPDLOG_* macros are log sinks.

#include <privacy/annotations.h>
#include <spdlog/spdlog.h>

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_LOCATION_DATA int cell;
  int attempts;
};

void free_functions(const Subscriber &s) {
  spdlog::info("attach of {}", s.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  // CHECK: :11:37: note: 'imsi' is declared subscriber identifier here
  spdlog::warn(s.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged
  spdlog::critical("cell {}", s.cell);
  // CHECK: :[[@LINE-1]]:3: warning: location data 's.cell' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  spdlog::info("attach after {} attempts", s.attempts);
  spdlog::debug("attach done");
}

void logger_methods(const Subscriber &s,
                    const std::shared_ptr<spdlog::logger> &logger) {
  logger->warn("cell {}", s.cell);
  // CHECK: :[[@LINE-1]]:11: warning: location data 's.cell' is logged
  spdlog::get("attach")->error("imsi {}", s.imsi);
  // CHECK: :[[@LINE-1]]:26: warning: subscriber identifier 's.imsi' is logged
  logger->info("attempts {}", s.attempts);
  // Configuring a logger is not logging.
  spdlog::get(s.imsi)->flush();
}

void macros(const Subscriber &s) {
  SPDLOG_INFO("imsi {}", s.imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is logged
  SPDLOG_WARN("attempts {}", s.attempts);
}
