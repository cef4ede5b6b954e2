//===--- Processing.h - One processing operation, for the register -*- C++ -*-===//
//
// What the register of processing operations (GDPR art. 30, Tw 11.5/11.5a)
// records of one flow that reaches a sink, lawful or not: plain ids and
// names, no English and no Clang types, like FindingRecord. The plugin
// writes these into the TU's SARIF fragment; privacy-tidy joins them into
// the register (docs/register.md).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_REPORT_PROCESSING_H
#define PRIVACY_TIDY_REPORT_PROCESSING_H

#include "Finding.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

struct ProcessingRecord {
  std::string Category; ///< law.json category id: "subscriber_id"
  std::string Action;   ///< the sink kind id: "log", "export", "retain"
  std::string Sink;     ///< the recipient: "log_info()", "std::cout"
  std::string Purpose;  ///< the sink's declared purpose; empty: none
  std::string Basis;    ///< legalBasisId(): "consent", "purpose", ...
  /// With basis "consent": the purpose the consent checked holds for.
  std::string ConsentPurpose;
  std::optional<int64_t> RetentionDays; ///< the declared period, if any
  PlainLocation Loc; ///< where the operation happens (the sink call)
};

} // namespace clang::tidy::privacy

#endif
