// A name is a candidate only when the declaration's type can hold the data
// itself: strings, wide enough integers, containers of them, records of
// values. Objects with behaviour (a std::function member, a virtual
// function, a member that has either) and containers of them are not; their
// fields are evaluated on their own.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <functional>
#include <memory>
#include <stdint.h>
#include <string>
#include <string_view>
#include <vector>

struct Command {
  std::string name;
  std::function<int(const std::vector<std::string> &)> run;
};

class Registry {
public:
  virtual ~Registry();
  std::vector<std::string> entries;
};

// An operation that owns a callback is an object; its IMSI is the field.
struct ImsiOperation {
  // CHECK: :[[@LINE+1]]:15: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  std::string imsi;
  Command done;
};

// A polymorphic class named like the data is an interface, not the data;
// what its method returns is.
class ImsiRegistry : public Registry {
public:
  // CHECK: :[[@LINE+1]]:23: warning: method 'current_imsi' looks like it returns a subscriber identifier (IMSI)
  virtual std::string current_imsi() const = 0;
};

// A record of values named like the data is the data.
// CHECK: :[[@LINE+1]]:7: warning: class 'CellGlobalId' looks like location data (cell global identity)
class CellGlobalId {
public:
  uint64_t nci() const { return Nci; }

private:
  uint64_t Nci = 0;
  uint32_t Plmn = 0;
};

struct Subscriber {
  // CHECK: :[[@LINE+1]]:15: warning: field 'msisdn' looks like a subscriber identifier (MSISDN)
  std::string msisdn;
  // CHECK: :[[@LINE+1]]:28: warning: field 'imsis' looks like a subscriber identifier (IMSI)
  std::vector<std::string> imsis;
  // CHECK: :[[@LINE+1]]:20: warning: field 'imei_view' looks like a subscriber identifier (IMEI)
  std::string_view imei_view;
  // CHECK: :[[@LINE+1]]:27: warning: field 'supi' looks like a subscriber identifier (SUPI)
  std::unique_ptr<char[]> supi;
  // Narrower than the 15 digits.
  int32_t msisdn_code;
  unsigned int imei;

  // Objects with behaviour, and containers of them.
  Command imsi_command;
  std::unique_ptr<Command> msisdn_cmd;
  std::vector<Command> imsi_commands;
  ImsiOperation *pending_imsi;
  std::shared_ptr<Registry> imsi_registry;
};

// A status code is no IMSI; a string is.
int subscriber_imsi(Command &self, const std::vector<std::string> &argv);
// CHECK: :[[@LINE+1]]:13: warning: function 'lookup_msisdn' looks like it returns a subscriber identifier (MSISDN)
std::string lookup_msisdn(const std::string &key);

// A template's type is unknown until instantiated: reported on the
// template.
template <typename T> struct Holder {
  // CHECK: :[[@LINE+1]]:5: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  T imsi;
};
