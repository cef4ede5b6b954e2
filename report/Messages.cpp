//===--- Messages.cpp - The one place privacy-tidy writes English ---------===//

#include "Messages.h"

namespace clang::tidy::privacy {

static std::string q(const std::string &S) { return "'" + S + "'"; }

std::string quotedDataName(const std::string &DataName) {
  return DataName.empty() ? "the data" : q(DataName);
}

std::string stepMessage(const LegalPolicy &P, const FlowStep &S) {
  const std::string Label =
      S.Cat.Index < P.Categories.size() ? P.rule(S.Cat).Label : "personal data";
  switch (S.Kind) {
  case StepKind::DeclaredAs:
    return q(S.Subject) + " is declared " + Label + " here";
  case StepKind::HasType:
    return q(S.Subject) + " has type " + q(S.Via) + ", which is " + Label;
  case StepKind::Returns:
    return q(S.Subject) + " returns " + Label;
  case StepKind::Assign:
    return "assigned to " + q(S.Subject);
  case StepKind::Capture:
    return q(S.Subject) + " is captured by the lambda";
  case StepKind::CapturedHere:
    return "captured by the lambda here";
  case StepKind::FlowsInto:
    return "flows into " + (S.Subject.empty() ? "the object" : q(S.Subject)) +
           " through " + q(S.Via);
  case StepKind::PassedThrough:
    return "passed through " + q(S.Subject);
  case StepKind::WrittenThrough:
    return "written through " + q(S.Subject);
  case StepKind::Pseudonymise:
    return "pseudonymised by " + q(S.Subject) +
           ": pseudonymised data is still personal data";
  case StepKind::Call:
    return "passed to " + q(S.Subject) + " here";
  case StepKind::Return:
    return "returned from " + q(S.Subject);
  case StepKind::StoredBy:
    return "stored by " + q(S.Subject);
  case StepKind::Parameter:
    return "passed as parameter " + q(S.Subject) + " of " + q(S.Via);
  case StepKind::Anonymise:
    return "anonymised by " + q(S.Subject);
  }
  return "";
}

/// The SARIF kind of a step: the engine's few coarse kinds.
static std::string stepKind(const FlowStep &S) {
  if (S.IsSource)
    return "source";
  switch (S.Kind) {
  case StepKind::Pseudonymise:
    return "pseudonymised";
  case StepKind::Call:
    return "call";
  case StepKind::Return:
  case StepKind::StoredBy:
    return "return";
  default:
    return "step";
  }
}

std::string sameSinkNote(const LegalPolicy &P, const FlowFacts &Other) {
  return q(Other.DataName) + ", also " + P.rule(Other.Cat).Label +
         ", reaches the same sink";
}

std::string findingMessage(const LegalPolicy &P, const FlowFacts &F,
                           const Verdict &V) {
  const CategoryRule &C = P.rule(F.Cat);
  const SinkKindRule &K = P.kind(F.Kind);
  std::string Head = C.Label + " " + q(F.DataName) + " is " + K.Verb;
  std::string Pseudo =
      F.Pseudonymised ? "; pseudonymised data is still personal data" : "";
  std::string Cite = " (" + V.Citation + ")";
  if (V.PeriodTooLong)
    return Head + " for " + std::to_string(*F.RetentionDays) +
           " days, longer than the maximum of " +
           std::to_string(V.MaxRetentionDays) + " days for " + C.Label +
           Pseudo + Cite;
  if (V.PeriodMissing)
    return Head + " without a declared retention period" + Pseudo + Cite;
  return Head + " without recorded consent or anonymisation" + Pseudo + Cite;
}

static void consentNotes(const FlowFacts &F, std::vector<NoteText> &Out) {
  bool Any = false;
  for (unsigned I = 0; I < F.ConsentChecks.size(); ++I) {
    const ConsentCheckSeen &CS = F.ConsentChecks[I];
    if (!F.Purpose.empty() && CS.Purpose != F.Purpose)
      continue;
    Out.push_back({NoteText::ConsentCheck, I, "consent",
                   "consent check " + q(CS.Function) + " for purpose " +
                       q(CS.Purpose) +
                       " does not hold on every path to this sink"});
    Any = true;
  }
  if (Any)
    return;
  for (unsigned I = 0; I < F.ConsentChecks.size(); ++I) {
    const ConsentCheckSeen &CS = F.ConsentChecks[I];
    Out.push_back({NoteText::ConsentCheck, I, "consent",
                   "consent check " + q(CS.Function) +
                       " records consent for purpose " + q(CS.Purpose) +
                       ", but the sink's purpose is " + q(F.Purpose)});
  }
}

std::vector<NoteText> findingNotes(const LegalPolicy &P, const FlowFacts &F,
                                   const Verdict &V) {
  std::vector<NoteText> Out;
  for (unsigned I = 0; I < F.Steps.size(); ++I)
    Out.push_back({NoteText::Step, I, stepKind(F.Steps[I]),
                   stepMessage(P, F.Steps[I])});
  for (unsigned I = 0; I < F.CallSites; ++I)
    Out.push_back({NoteText::CallSite, I, "call",
                   "the sink is reached through this call, where no "
                   "covering consent holds"});
  if (F.Imported)
    Out.push_back({NoteText::Sink, 0, "sink",
                   "the data reaches " + q(F.SinkDesc) +
                       " here, in another translation unit"});
  const CategoryRule &C = P.rule(F.Cat);
  bool PeriodOnly = V.PeriodMissing || V.PeriodTooLong;
  if (!PeriodOnly && C.ConsentAllows)
    consentNotes(F, Out);
  if (!PeriodOnly && !C.ConsentAllows)
    Out.push_back({NoteText::Sink, 0, "policy",
                   C.Label + " may only be processed anonymised"});
  return Out;
}

} // namespace clang::tidy::privacy
