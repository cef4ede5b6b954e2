//===--- FlowReport.cpp - A flow finding as diagnostics and a record ------===//

#include "FlowReport.h"
#include "report/Fingerprint.h"
#include "report/Messages.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::privacy {

SourceLocation noteLocation(const Flow &F, const NoteText &N) {
  switch (N.Anchor) {
  case NoteText::Step:
    return F.StepLocs[N.Index];
  case NoteText::CallSite:
    return F.CallSiteLocs[N.Index];
  case NoteText::ConsentCheck:
    return F.ConsentLocs[N.Index];
  case NoteText::Sink:
    return F.SinkLoc;
  }
  return F.SinkLoc;
}

FindingRecord flowRecord(const TranslationUnitAnalysis &A,
                         const std::string &Check, const Flow &F,
                         const Verdict &V) {
  const LegalPolicy &P = policy();
  FindingRecord R;
  R.CheckName = Check;
  R.Category = P.rule(F.Facts.Cat).Id;
  R.Action = V.Action;
  R.Message = findingMessage(P, F.Facts, V).str();
  R.Loc = A.plain(F.ReportLoc);
  R.Taxa = V.Taxa;
  R.Purpose = F.Facts.Purpose;
  R.Pseudonymised = F.Facts.Pseudonymised;
  R.DataName = F.Facts.DataName;
  for (const NoteText &N : findingNotes(P, F.Facts, V))
    R.Flow.push_back({N.Kind, A.plain(noteLocation(F, N)), N.Text.str()});
  R.Flow.push_back({"sink", R.Loc, R.Message});
  R.FingerprintKey = flowFingerprintKey(P, Check, F.Facts, V);
  return R;
}

} // namespace clang::tidy::privacy
