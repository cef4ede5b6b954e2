//===--- privacy_steps.cpp - Consent store, anonymisers and sinks ---------===//
//
// The bodies behind the annotated declarations. Sinks write to files and
// streams; the checks judge the data that reaches them at the call sites.
//
//===----------------------------------------------------------------------===//

#include "telecom/privacy_steps.h"

#include <cstdarg>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace telecom {

namespace {
// The consent register as the self-care portal last exported it.
const std::set<std::string> &marketing_optins() {
  static const std::set<std::string> optins = {"31612345678", "31687654321"};
  return optins;
}
const std::set<std::string> &location_optins() {
  static const std::set<std::string> optins = {"31612345678"};
  return optins;
}
const char *const kPseudonymSalt = "rotate-me-quarterly";
} // namespace

bool has_marketing_consent(const std::string &msisdn) {
  return marketing_optins().count(msisdn) != 0;
}

bool has_location_consent(const std::string &msisdn) {
  return location_optins().count(msisdn) != 0;
}

std::string coarse_area(const CellId &cell) {
  // A tracking area code names a region of tens of cells; divide further so
  // an area covers a municipality.
  std::ostringstream os;
  os << cell.mcc << '-' << cell.mnc << "-A" << cell.tac / 16;
  return os.str();
}

std::map<std::string, long>
calls_per_area(const std::vector<CallDetailRecord> &cdrs, int min_subscribers) {
  std::map<std::string, std::set<std::string>> callers;
  std::map<std::string, long> calls;
  for (const CallDetailRecord &cdr : cdrs) {
    std::string area = coarse_area(cdr.cell);
    callers[area].insert(cdr.caller);
    ++calls[area];
  }
  for (auto it = calls.begin(); it != calls.end();) {
    if (static_cast<int>(callers[it->first].size()) < min_subscribers)
      it = calls.erase(it);
    else
      ++it;
  }
  return calls;
}

std::string pseudonymize_msisdn(const std::string &msisdn) {
  // FNV-1a over salt and number: stable per quarter, so analysts can count
  // distinct callers - and anyone with the salt can reverse it by brute force.
  unsigned long long hash = 1469598103934665603ULL;
  for (const char *p = kPseudonymSalt; *p; ++p)
    hash = (hash ^ static_cast<unsigned char>(*p)) * 1099511628211ULL;
  for (char c : msisdn)
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", hash);
  return buffer;
}

void log_info(const std::string &message) {
  std::cerr << "[info] " << message << '\n';
}

void log_error(const char *format, ...) {
  std::va_list args;
  va_start(args, format);
  std::fputs("[error] ", stderr);
  std::vfprintf(stderr, format, args);
  std::fputc('\n', stderr);
  va_end(args);
}

void export_to_statistics_office(const std::string &dataset,
                                 const std::string &payload) {
  std::string path = "outbox/statistics-" + dataset + ".csv";
  if (std::FILE *out = std::fopen(path.c_str(), "a")) {
    std::fprintf(out, "%s\n", payload.c_str());
    std::fclose(out);
  }
}

void push_location_offer(const std::string &msisdn, const std::string &area,
                         const std::string &offer) {
  std::ofstream out("outbox/ad-partner.jsonl", std::ios::app);
  out << "{\"to\":\"" << msisdn << "\",\"area\":\"" << area
      << "\",\"offer\":\"" << offer << "\"}\n";
}

void store_for_billing(const BillingRecord &record) {
  std::ofstream out("billing.db", std::ios::app);
  out << record.caller << ';' << record.callee << ';' << record.start_time
      << ';' << record.duration_s << '\n';
}

void archive_disputed_call(const BillingRecord &record) {
  std::ofstream out("archive.db", std::ios::app);
  out << record.caller << ';' << record.callee << ';' << record.start_time
      << ';' << record.duration_s << '\n';
}

} // namespace telecom
