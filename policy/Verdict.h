//===--- Verdict.h - What the law says about one flow -----------*- C++ -*-===//

#ifndef PRIVACY_TIDY_POLICY_VERDICT_H
#define PRIVACY_TIDY_POLICY_VERDICT_H

#include "Flow.h"

namespace clang::tidy::privacy {

/// Why a flow is lawful, or that it is not.
enum class LegalBasis : uint8_t {
  None,          ///< a violation
  Consent,       ///< consent for the sink's purpose holds on every path
  LawfulPurpose, ///< law.json allows the purpose without consent (billing)
  Anonymised,    ///< an anonymizer made it no personal data first
};
/// "none", "consent", "purpose", "anonymised"
const char *legalBasisId(LegalBasis B);

struct Verdict {
  bool Violation = false;
  /// The law.json action: the sink kind ("log"), or its period action
  /// ("retain-period") when the use is lawful but the period is not.
  std::string Action;
  LegalBasis Basis = LegalBasis::None;
  std::string Citation;          ///< of the primary taxon
  std::vector<std::string> Taxa; ///< primary first; pseudonymisation added
  bool PeriodMissing = false;    ///< a retention without declared period
  bool PeriodTooLong = false;    ///< declared period over MaxRetentionDays
  int64_t MaxRetentionDays = 0;
};

/// The maximum retention period per category (index: Category::Index), as
/// configured; law.json's defaults when empty.
using RetentionLimits = std::vector<int64_t>;

/// The one decision every front end uses.
Verdict evaluate(const LegalPolicy &P, const FlowFacts &F,
                 const RetentionLimits &Limits);

} // namespace clang::tidy::privacy

#endif
