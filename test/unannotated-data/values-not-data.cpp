// Two kinds of declaration hold no one's personal data whatever their name:
// a single number named like communication content (content is the
// message's bytes; `unsigned payload` is its size), and a read-only object
// with static storage the program initialises (its own constant).
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A size, not the payload.
constexpr unsigned subheader_size(unsigned payload) { return payload > 255 ? 3 : 2; }
double payload_ratio(std::optional<std::uint32_t> payload);

// The bytes are content.
// CHECK: :[[@LINE+1]]:38: warning: parameter 'payload' looks like communication content (payload)
void forward_sdu(const std::uint8_t *payload, unsigned len);
// CHECK: :[[@LINE+1]]:42: warning: parameter 'payload' looks like communication content (payload)
void store_sdu(std::vector<std::uint8_t> payload);
// CHECK: :[[@LINE+1]]:26: warning: parameter 'words_payload' looks like communication content (payload)
void relay(std::uint32_t words_payload[4]);

// The program's constants.
static const std::vector<std::uint8_t> zeros_payload(2048, 0);
const std::string default_imsi = "001010123456789";
static constexpr char test_msisdn[] = "31612345678";

// Data the program fills at run time: writable, or read-only without an
// initialiser here.
// CHECK: :[[@LINE+1]]:13: warning: variable 'last_imsi' looks like a subscriber identifier (IMSI)
std::string last_imsi;
// CHECK: :[[@LINE+1]]:26: warning: variable 'subscriber_msisdn' looks like a subscriber identifier (MSISDN)
extern const std::string subscriber_msisdn;

// A read-only parameter is the caller's data.
// CHECK: :[[@LINE+1]]:32: warning: parameter 'imsi_in' looks like a subscriber identifier (IMSI)
void handle(const std::string &imsi_in);

// A result made from kinds alone names a kind: the text of an enumerator.
enum class Granularity { Gnb, Tai };
const char *uli_change_granularity_to_string(Granularity g);
std::string imsi_kind_name(const Granularity &g, bool masked);
// CHECK: :[[@LINE+1]]:13: warning: function 'uli_of' looks like it returns location data (user location information)
std::string uli_of(Granularity g, int ue_id);
