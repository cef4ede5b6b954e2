// Functions (their result) and parameters: reported once, on the first
// declaration; predicates, mutators, sinks and codecs are not getters.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "privacy/annotations.h"

#include <stdint.h>
#include <string>

struct Ue;

// CHECK: :[[@LINE+1]]:10: warning: function 'get_imsi' looks like it returns a subscriber identifier (IMSI) but has no privacy annotation; annotate it with PRIVACY_SUBSCRIBER_ID or add it to a model file [privacy-unannotated-data]
uint64_t get_imsi(const Ue &ue);
uint64_t get_imsi(const Ue &ue) { return 0; }

// CHECK: :[[@LINE+1]]:13: warning: function 'lookupMsisdn' looks like it returns a subscriber identifier (MSISDN)
std::string lookupMsisdn(uint64_t key);

// Predicates, void and bool results, mutators and sinks are not sources.
bool is_valid_imsi(const char *digits);
int has_imsi(const Ue &ue);
void clear_imsi(Ue &ue);
int set_msisdn(Ue &ue, const char *digits);
int encode_imsi(uint8_t *out, const char *digits);
int send_cdr(int sock);
unsigned imsi_len(const char *digits);

// The term after `by`, `for` or `from` is the key of a lookup, not its
// result.
// CHECK: :[[@LINE+1]]:36: warning: parameter 'imsi'
const Ue *find_ue_by_imsi(uint64_t imsi);
// CHECK: :[[@LINE+1]]:10: warning: function 'get_imsi_by_tmsi' looks like it returns a subscriber identifier (IMSI)
uint64_t get_imsi_by_tmsi(uint32_t);
// The C status-code idiom: the data leaves through the pointer.
// CHECK: :[[@LINE+1]]:42: warning: parameter 'imsi_bcd'
int supi_to_imsi_bcd(const char *, char *imsi_bcd);
struct Uli;
int16_t build_uli(uint8_t *octets, Uli *out);
// An integer getter taking a non-const pointer to something else is one.
// CHECK: :[[@LINE+1]]:10: warning: function 'get_cell_id' looks like it returns location data (cell identity)
uint32_t get_cell_id(Ue *ue);

// Parameters: on the first declaration only; an annotation on any
// redeclaration counts.
// CHECK: :[[@LINE+2]]:30: warning: parameter 'msisdn' looks like a subscriber identifier (MSISDN)
// CHECK: :[[@LINE+1]]:50: warning: parameter 'smsText' looks like communication content (SMS text)
void deliver_sms(const char *msisdn, const char *smsText, unsigned text_len);
void deliver_sms(const char *msisdn, const char *smsText, unsigned text_len) {}

void page_ue(uint32_t tmsi, uint16_t lac);
void page_ue(PRIVACY_SUBSCRIBER_ID uint32_t tmsi,
             PRIVACY_LOCATION_DATA uint16_t lac) {}

// Functions already modelled (a sink, a pseudonymiser) have been looked at.
PRIVACY_LOG_SINK void log_imsi(uint64_t imsi);
PRIVACY_PSEUDONYMIZER uint64_t hash_imsi(uint64_t imsi);
PRIVACY_LOCATION_DATA uint32_t serving_cell_id(const Ue &ue);

// Coordinates as parameters: floating point, or beside the partner.
// CHECK: :[[@LINE+2]]:24: warning: parameter 'lat' looks like location data (latitude)
// CHECK: :[[@LINE+1]]:37: warning: parameter 'lon' looks like location data (longitude)
void store_fix(int32_t lat, int32_t lon);
void account(int lat);

// `duration` in a call context: the function's name.
// CHECK: :[[@LINE+1]]:38: warning: parameter 'duration' looks like traffic data (call duration)
void bill_call(uint32_t id, uint32_t duration);
void animate(uint32_t duration);

class Subscriber {
public:
  // CHECK: :[[@LINE+1]]:23: warning: method 'imsi' looks like it returns a subscriber identifier (IMSI)
  virtual std::string imsi() const;
  // CHECK: :[[@LINE+1]]:34: warning: parameter 'phone_number' looks like a subscriber identifier (phone number)
  void change_number(std::string phone_number);
  Subscriber(uint64_t);
  operator uint64_t() const;
private:
  // CHECK: :[[@LINE+1]]:15: warning: field 'imsi_' looks like a subscriber identifier (IMSI)
  std::string imsi_;
};

// An override is annotated where it is declared first, in the base class.
class RoamingSubscriber : public Subscriber {
public:
  std::string imsi() const override;
};

// Templates: the pattern, once.
template <typename T>
// CHECK: :[[@LINE+1]]:3: warning: function 'make_guti' looks like it returns a subscriber identifier (GUTI)
T make_guti(T seed, T cell_id_unused_tag);
// CHECK: :[[@LINE+1]]:32: warning: parameter 'imei' looks like a subscriber identifier (IMEI)
template <typename T> void f(T imei) {}
void use() {
  f(1);
  f(2.0);
  make_guti<int>(1, 2);
}

// Locals are not reported by default (CheckLocalVariables): the flow from
// an annotated source already covers them. Static locals are variables.
uint64_t resolve() {
  uint64_t imsi = 0;
  // CHECK: :[[@LINE+1]]:19: warning: variable 'last_imsi' looks like a subscriber identifier (IMSI)
  static uint64_t last_imsi;
  // A lambda's parameters are parameters like any other.
  // CHECK: :[[@LINE+1]]:27: warning: parameter 'msisdn' looks like a subscriber identifier (MSISDN)
  auto pick = [](uint64_t msisdn) { return msisdn; };
  return imsi + last_imsi + pick(1);
}
