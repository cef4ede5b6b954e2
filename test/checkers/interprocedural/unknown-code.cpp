// RUN: %clang_tidy --checks='-*,privacy-logging' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Functions the engine cannot see (no body, no model): data may flow from the
// arguments into a result made of them (strings, buffers, the arguments' own
// types, library containers), not into numbers (a status, a count) nor into
// what a lookup by the data returns (an enum index, a handle of another
// class).
#include <privacy/annotations.h>
#include <memory>
#include <optional>
#include <string>
#include <utility>

enum class ue_index_t : unsigned { invalid = 0xffff };
struct PRIVACY_SUBSCRIBER_ID rnti_t { unsigned short v; };
struct ue_context;
PRIVACY_LOG_SINK void log_line(const char *fmt, ...);

ue_index_t find_ue_index(rnti_t rnti);
ue_context *find_ue(rnti_t rnti);
int ue_id(const ue_context *u);
unsigned to_number(rnti_t rnti);
std::string format_rnti(rnti_t rnti);
const char *rnti_name(rnti_t rnti);
rnti_t next_rnti(rnti_t rnti);

void lookups(rnti_t rnti) {
  ue_index_t idx = find_ue_index(rnti);
  log_line("ue=%u", static_cast<unsigned>(idx)); // an index, not the RNTI
  log_line("ue=%d", ue_id(find_ue(rnti)));       // a context's id
}

// A smart pointer or optional of a project record is that record: a lookup
// by the RNTI returns another object, as `find_ue` does; one of the RNTI's
// own type is made of it.
struct ue_rec { std::string name; };
std::shared_ptr<ue_rec> lookup_ue(rnti_t rnti);
std::unique_ptr<ue_rec> take_ue(rnti_t rnti);
std::optional<ue_rec> maybe_ue(rnti_t rnti);
std::optional<rnti_t> parse_rnti(const std::string &text, rnti_t fallback);
void owned_lookups(rnti_t rnti) {
  log_line("%s", lookup_ue(rnti)->name.c_str());
  log_line("%s", take_ue(rnti)->name.c_str());
  log_line("%s", maybe_ue(rnti)->name.c_str());
  log_line("%u", parse_rnti("x", rnti)->v);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier '{{[^']*}}' is logged
}

void conversions(rnti_t rnti) {
  log_line("rnti=%u", to_number(rnti)); // a number: a status, a count
  log_line("rnti=%s", format_rnti(rnti).c_str());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'rnti' is logged
  // CHECK: :[[@LINE-2]]:23: note: passed through 'format_rnti()'
  log_line("rnti=%s", rnti_name(rnti));
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'rnti' is logged
  log_line("next=%u", next_rnti(rnti).v); // its result type says so itself
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'next_rnti' is logged
}

// A library accessor is named after what it was called on, not after the
// accessor's declaration inside the standard library.
struct ue_ctx {
  std::optional<rnti_t> crnti;
};
void accessors(const ue_ctx &ctx) {
  log_line("%x", ctx.crnti.value().v);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'ctx.crnti' is logged
  // CHECK: :[[@LINE-2]]:28: note: 'ctx.crnti' has type 'rnti_t', which is subscriber identifier
}

// Unknown code given a character buffer may write its other arguments into
// it; a const one is only read.
namespace vendor {
int format_id(char *buf, unsigned len, const std::string &id);
int compare_id(const char *a, const std::string &b);
} // namespace vendor

void buffers(PRIVACY_SUBSCRIBER_ID const std::string &imsi, const char *label) {
  char out[32];
  vendor::format_id(out, sizeof(out), imsi);
  log_line("%s", out);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
  vendor::compare_id(label, imsi);
  log_line("%s", label); // read only: not written
}
