//===--- Messages.h - The one place privacy-tidy writes English -*- C++ -*-===//
//
// Every sentence a user reads about a finding is written here, from a flow's
// facts and the law's verdict: the warning, the notes along the path, the
// SARIF code-flow steps. A text is a format with %0..%9 and its arguments,
// as clang-tidy's checks write diagnostics; front ends attach locations.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_REPORT_MESSAGES_H
#define PRIVACY_TIDY_REPORT_MESSAGES_H

#include "policy/Verdict.h"
#include "report/NoticeFacts.h"
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// A diagnostic text: diag(Loc, Format) << Args..., or str() for SARIF.
struct DiagText {
  std::string Format;            ///< "%0 '%1' is %2 ..."; "%%" is a '%'
  std::vector<std::string> Args; ///< inserted verbatim
  std::string str() const;
};

/// The warning of a violation, article included.
DiagText findingMessage(const LegalPolicy &P, const FlowFacts &F,
                        const Verdict &V);

/// One path step ("assigned to 'line'").
DiagText stepMessage(const LegalPolicy &P, const FlowStep &S);

/// A note of a finding and the location it belongs to.
struct NoteText {
  enum AnchorKind { Step, CallSite, Sink, ConsentCheck } Anchor;
  unsigned Index = 0; ///< into Steps, the call sites or ConsentChecks
  std::string Kind;   ///< SARIF step kind: "source", "step", "call", ...
  DiagText Text;
};

/// The notes of a violation, in order: the path, the calls it came
/// through, the sink in another file, and why consent does not cover it.
std::vector<NoteText> findingNotes(const LegalPolicy &P, const FlowFacts &F,
                                   const Verdict &V);

/// The note for another source that reaches the same sink with the same
/// category, reported with the finding of the first.
DiagText sameSinkNote(const LegalPolicy &P, const FlowFacts &Other);

/// A notice of the analysis (a coverage remark, a problem of its input).
std::string noticeMessage(const NoticeFacts &F);

/// Configuration problems of the flow checks: the law cannot be used, an
/// option value (\p Option is check.key), the SARIF fragment.
std::string lawUnusableMessage(const std::string &LawError);
std::string retentionOptionMessage(const std::string &Value,
                                   const std::string &Option, bool TooLarge);
std::string unknownCategoryOptionMessage(const std::string &Category,
                                         const std::string &Option,
                                         const std::string &Categories);
std::string fragmentUnwritableMessage(const std::string &Error);

/// A problem of an annotation (privacy-annotations).
std::string annotationProblemMessage(const AnnotationProblemFacts &F);

/// The coverage notices of a translation unit (checks/CoverageNotices.h):
/// personal data passed to \p Callee, which has no body or model here.
std::string unknownCallNotice(const std::string &Callee);
/// \p Omitted more such calls, not listed one by one.
std::string unknownCallsOmittedNotice(unsigned Omitted);
/// The analysis used \p Name as its \p Role file ("law", "rules", "model").
std::string configurationNotice(const std::string &Role,
                                const std::string &Name);

//===----------------------------------------------------------------------===//
// What a flow reaches and what a call is
//===----------------------------------------------------------------------===//

/// The sink a flow reaches, as the warning's notes, the register and the
/// summary store show it: "printf", "'cache', which has static storage
/// duration".
std::string sinkSubjectText(const SinkSubject &S);
/// A callee as a step or a notice names it; \p Name is empty for an
/// indirect call.
std::string calleeText(const std::string &Name);

//===----------------------------------------------------------------------===//
// What readers and privacy-unannotated-data find (NoticeFacts.h's last block)
//===----------------------------------------------------------------------===//

/// A problem of a model file, without its place (modelErrorText adds it).
std::string modelProblemMessage(const ModelProblemFacts &F);
/// A user model entry: "model f.json:4: function 'lookup'".
std::string modelEntryText(const ModelEntryFacts &F);
/// What is wrong with a stored summary ("not valid JSON").
std::string corruptSummaryReason(const CorruptSummaryFacts &F);
/// "file:line:column: message"; "file: message" for the file as a whole.
std::string modelErrorText(const ModelFileErrorFacts &F);
/// Why a whole-name regular expression is invalid.
std::string regexProblemMessage(const RegexProblemFacts &F);
/// Why init-model drafts a sink ("passes its parameters to printf()").
std::string draftReasonMessage(const DraftReasonFacts &F);
/// A `privacy:` annotation the reader cannot use.
std::string annotationReadMessage(const AnnotationReadFacts &F);
/// privacy-unannotated-data's warning.
std::string unannotatedDataMessage(const UnannotatedDataFacts &F);
/// privacy-unannotated-data's option problems (\p Check is its name): an
/// ExcludedNames entry that is no regular expression (\p Reason: why), an
/// ExtraTerms entry that is no term=category or (\p NoLetters) whose term
/// has no letters or digits, an ExtraExcludedWords entry that is no word;
/// each entry is ignored. And the model draft that cannot be written.
std::string excludedNameOptionMessage(const std::string &Entry,
                                      const std::string &Check,
                                      const std::string &Reason);
std::string extraTermOptionMessage(const std::string &Entry,
                                   const std::string &Check, bool NoLetters);
std::string extraExcludedWordOptionMessage(const std::string &Entry,
                                           const std::string &Check);
std::string modelDraftUnwritableMessage(const std::string &Error);

} // namespace clang::tidy::privacy

#endif
