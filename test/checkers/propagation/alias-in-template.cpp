// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// An annotated alias as a template argument: std::vector<Msisdn> holds
// subscriber identifiers although the instantiation only knows
// std::string. Elements, iterators, range-for variables, front() and at()
// keep the category; containers of plain strings do not get it.
#include <privacy/annotations.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

using Msisdn PRIVACY_SUBSCRIBER_ID = std::string;
typedef PRIVACY_LOCATION_DATA unsigned cell_t;
using Numbers = std::vector<Msisdn>;
PRIVACY_LOG_SINK void log_line(const std::string &);
PRIVACY_LOG_SINK void log_u(unsigned);

struct Subscriber {
  std::vector<Msisdn> numbers;
  std::vector<std::string> notes;
};

void elements(const std::vector<Msisdn> &v) {
  log_line(v.front());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'v' is logged
  // CHECK: :[[@LINE-3]]:42: note: 'v' has type 'Msisdn', which is subscriber identifier
  log_line(v.at(1));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'v' is logged
  log_line(v[2]);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'v' is logged
}

void iteration(const Numbers &v) {
  for (const auto &m : v)
    log_line(m);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'v' is logged
  for (auto it = v.begin(); it != v.end(); ++it)
    log_line(*it);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'v' is logged
}

void members(const Subscriber &s, const std::map<int, cell_t> &cells,
             const std::optional<Msisdn> &caller) {
  log_line(s.numbers.back());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.numbers' is logged
  log_u(cells.at(7));
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cells' is logged
  log_line(*caller);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'caller' is logged
  log_line(s.notes.front()); // plain strings
  log_line(std::to_string(s.numbers.size())); // a count
}

void plain(const std::vector<std::string> &names, const std::vector<unsigned> &ids) {
  log_line(names.front());
  for (unsigned id : ids)
    log_u(id);
}

// The number beside an Msisdn in a pair is no Msisdn: a map's key, read as
// `kv.first`, `std::get<0>` or a structured binding. The Msisdn is.
using Imsi64 PRIVACY_SUBSCRIBER_ID = unsigned long;
void pairs(const std::map<int, Msisdn> &by_id,
           const std::map<Msisdn, int> &by_number,
           const std::map<Imsi64, int> &by_imsi) {
  for (const auto &kv : by_id)
    log_u(kv.first);
  for (const auto &[id, number] : by_id) {
    log_u(id);
    log_line(number);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'by_id' is logged
  }
  for (const auto &kv : by_number)
    log_line(kv.first);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'by_number' is logged
  // A numeric alias: the key is the IMSI.
  for (const auto &[imsi, count] : by_imsi) {
    log_u(imsi);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'by_imsi' is logged
    log_u(count);
  }
}
