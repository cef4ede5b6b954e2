//===--- Messages.h - The one place privacy-tidy writes English -*- C++ -*-===//
//
// Every sentence a user reads about a finding is written here, from a flow's
// facts and the law's verdict: the warning, the notes along the path, the
// SARIF code-flow steps. Front ends attach the locations.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_REPORT_MESSAGES_H
#define PRIVACY_TIDY_REPORT_MESSAGES_H

#include "policy/Verdict.h"
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// The warning text of a violation, article included.
std::string findingMessage(const LegalPolicy &P, const FlowFacts &F,
                           const Verdict &V);

/// The text of one path step ("assigned to 'line'").
std::string stepMessage(const LegalPolicy &P, const FlowStep &S);

/// A note of a finding and the location it belongs to.
struct NoteText {
  enum AnchorKind { Step, CallSite, Sink, ConsentCheck } Anchor;
  unsigned Index = 0; ///< into Steps, the call sites or ConsentChecks
  std::string Kind;   ///< SARIF step kind: "source", "step", "call", ...
  std::string Text;
};

/// The notes of a violation, in order: the path, the calls it came
/// through, the sink in another file, and why consent does not cover it.
std::vector<NoteText> findingNotes(const LegalPolicy &P, const FlowFacts &F,
                                   const Verdict &V);

/// The note for another source that reaches the same sink with the same
/// category, reported with the finding of the first.
std::string sameSinkNote(const LegalPolicy &P, const FlowFacts &Other);

/// "the data" or "'cdr.caller'".
std::string quotedDataName(const std::string &DataName);

} // namespace clang::tidy::privacy

#endif
