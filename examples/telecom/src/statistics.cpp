//===--- statistics.cpp - Mobility statistics for the statistics office ---===//
//
// The statistics office asks for how people move between areas. Two ways to
// deliver: aggregated counts (fine), or per-subscriber trajectories with a
// hashed number (the pattern regulators have fined: a hashed MSISDN is still
// personal data, and location data needs anonymisation or consent).
//
//===----------------------------------------------------------------------===//

#include "telecom/pipeline.h"
#include "telecom/privacy_steps.h"

#include <cstdio>
#include <string>

namespace telecom {

namespace {
std::string format_cell(const CellId &cell) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%d-%d-%d-%ld", cell.mcc, cell.mnc,
                cell.tac, cell.nci);
  return buffer;
}
} // namespace

void publish_mobility_statistics(const std::vector<CallDetailRecord> &cdrs) {
  for (const auto &[area, calls] : calls_per_area(cdrs, 50)) {
    // COMPLIANT: calls_per_area aggregates to areas of at least 50 callers
    export_to_statistics_office("calls-per-area",
                                area + ";" + std::to_string(calls));
  }

  // The "research" feed: one line per call, the caller replaced by a hash.
  for (const CallDetailRecord &cdr : cdrs) {
    std::string line = pseudonymize_msisdn(cdr.caller);
    line += ';';
    line += format_cell(cdr.cell);
    line += ';' + std::to_string(cdr.start_time);
    // VIOLATION: privacy-export: pseudonymised caller with exact cell and time is still personal location data
    export_to_statistics_office("trajectories", line);
  }
}

} // namespace telecom
