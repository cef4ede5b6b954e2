//===--- Verdict.cpp - What the law says about one flow -------------------===//

#include "Verdict.h"
#include <algorithm>

namespace clang::tidy::privacy {

const char *legalBasisId(LegalBasis B) {
  switch (B) {
  case LegalBasis::None:
    return "none";
  case LegalBasis::Consent:
    return "consent";
  case LegalBasis::LawfulPurpose:
    return "purpose";
  case LegalBasis::Anonymised:
    return "anonymised";
  }
  return "none";
}

static bool contains(const std::vector<std::string> &V, const std::string &S) {
  return std::find(V.begin(), V.end(), S) != V.end();
}

static void addTaxa(const LegalPolicy &P, const FlowFacts &F, Verdict &V) {
  const CategoryRule &C = P.rule(F.Cat);
  auto It = C.Actions.find(V.Action);
  if (It != C.Actions.end())
    V.Taxa = It->second.Taxa;
  if (F.Pseudonymised)
    for (const std::string &T : P.PseudonymisedTaxa)
      if (!contains(V.Taxa, T))
        V.Taxa.push_back(T);
  V.Citation = P.primaryCitation(F.Cat, V.Action);
}

Verdict evaluate(const LegalPolicy &P, const FlowFacts &F,
                 const RetentionLimits &Limits) {
  Verdict V;
  const CategoryRule &C = P.rule(F.Cat);
  const SinkKindRule &K = P.kind(F.Kind);
  bool Consented =
      C.ConsentAllows &&
      (contains(F.ConsentHeld, AllPurposesId) ||
       contains(F.ConsentHeld, F.Purpose.empty() ? AnyPurposeId : F.Purpose));
  bool Lawful = !F.Purpose.empty() && contains(C.PurposesWithoutConsent,
                                               F.Purpose);
  V.Action = K.Id;
  if (F.Anonymised) {
    V.Basis = LegalBasis::Anonymised;
    return V;
  }
  if (!Consented && !Lawful) {
    V.Violation = true;
    addTaxa(P, F, V);
    return V;
  }
  V.Basis = Consented ? LegalBasis::Consent : LegalBasis::LawfulPurpose;
  if (!K.RetentionPeriod)
    return V;
  // A lawful store still needs a period within the category's maximum.
  V.Action = K.periodAction();
  V.MaxRetentionDays = F.Cat.Index < Limits.size() ? Limits[F.Cat.Index]
                                                   : C.DefaultMaxRetentionDays;
  V.PeriodMissing = !F.RetentionDays;
  V.PeriodTooLong = F.RetentionDays && *F.RetentionDays > V.MaxRetentionDays;
  V.Violation = V.PeriodMissing || V.PeriodTooLong;
  addTaxa(P, F, V);
  return V;
}

} // namespace clang::tidy::privacy
