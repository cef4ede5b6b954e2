//===--- RegisterRows.cpp - A flow as a processing operation --------------===//

#include "RegisterRows.h"
#include "report/Messages.h"
#include <algorithm>

namespace clang::tidy::privacy {

/// The purpose the consent that makes \p F lawful was given for: the sink's
/// own purpose, or for a sink without one the first purpose that holds (the
/// reserved "*" and "<all>" name no purpose).
static std::string consentPurpose(const FlowFacts &F) {
  if (!F.Purpose.empty())
    return F.Purpose;
  std::vector<std::string> Held;
  for (const std::string &P : F.ConsentHeld)
    if (P != AnyPurposeId && P != AllPurposesId)
      Held.push_back(P);
  std::sort(Held.begin(), Held.end());
  return Held.empty() ? "" : Held.front();
}

ProcessingRecord processingRecord(const TranslationUnitAnalysis &A,
                                  const Flow &F, const Verdict &V) {
  const LegalPolicy &P = policy();
  ProcessingRecord R;
  R.Category = P.rule(F.Facts.Cat).Id;
  // The sink kind, not V.Action: a period violation ("retain-period") is
  // still the operation "retain".
  R.Action = P.kind(F.Facts.Kind).Id;
  R.Sink = sinkSubjectText(F.Facts.SinkDesc);
  R.Purpose = F.Facts.Purpose;
  R.Basis = legalBasisId(V.Basis);
  if (V.Basis == LegalBasis::Consent)
    R.ConsentPurpose = consentPurpose(F.Facts);
  R.RetentionDays = F.Facts.RetentionDays;
  R.Loc = A.plain(F.ReportLoc);
  return R;
}

} // namespace clang::tidy::privacy
