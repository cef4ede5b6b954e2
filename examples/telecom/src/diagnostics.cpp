//===--- diagnostics.cpp - Helpers for operations staff -------------------===//
//
// Small helpers other files call. Nothing here is annotated: whether they
// handle personal data depends on what the callers pass in, so only an
// analysis that follows calls across files sees the leaks they cause.
//
//===----------------------------------------------------------------------===//

#include "telecom/pipeline.h"
#include "telecom/privacy_steps.h"

#include <sstream>

namespace telecom {

std::string describe_call(const CallDetailRecord &cdr) {
  std::ostringstream os;
  os << cdr.caller << " -> " << cdr.callee << " in cell " << cdr.cell.nci
     << " (" << cdr.duration_s << " s)";
  return os.str();
}

void report_long_call(const std::string &party, long duration_s) {
  // The sink of the cross-file path that starts at billing.cpp's call.
  log_info("unusually long call towards " + party + ": " +
           std::to_string(duration_s) + " s");
}

} // namespace telecom
