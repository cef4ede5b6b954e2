//===--- SinkCheck.cpp - One check per sink kind --------------------------===//

#include "SinkCheck.h"
#include "CoverageNotices.h"
#include "FlowReport.h"
#include "RegisterRows.h"
#include "TUReport.h"
#include "Visibility.h"
#include "report/Messages.h"
#include "sarif/CoverageKeys.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <algorithm>
#include <map>
#include <tuple>

using namespace clang::ast_matchers;

namespace clang::tidy::privacy {

SinkCheck::SinkCheck(StringRef Name, ClangTidyContext *Context, SinkKind Kind)
    : PrivacyCheck(Name, Context), Kind(Kind),
      Config(readRunConfig(Context->getOptions().CheckOptions,
                           privacyCheckNames(), Name.str())) {
  for (const std::string &W : Config.Warnings)
    configurationDiag("%0") << W;
  for (const std::string &E : Config.Errors) {
    configurationDiag("%0", DiagnosticIDs::Error) << E;
    Usable = false;
  }
  if (std::optional<std::string> E = selectLawFile(resolveOptionPath(
          Config.LawFile, "", "LawFile"))) {
    configurationDiag("%0", DiagnosticIDs::Error) << *E;
    Usable = false;
  }
  std::string LawError;
  if (!activePolicy(LawError)) {
    if (firstTimeSaid(LawError))
      configurationDiag("%0", DiagnosticIDs::Error)
          << lawUnusableMessage(LawError);
    Usable = false;
    return;
  }
  readRetentionLimits();
}

void SinkCheck::readRetentionLimits() {
  const LegalPolicy &P = policy();
  for (const CategoryRule &C : P.Categories)
    Limits.push_back(C.DefaultMaxRetentionDays);
  if (!P.kind(Kind).RetentionPeriod)
    return;
  for (size_t I = 0; I < P.Categories.size(); ++I) {
    std::string Key = "MaxRetentionDays." + P.Categories[I].Id;
    std::optional<StringRef> V = Options.getLocalOrGlobal(Key);
    if (!V)
      continue;
    int64_t D;
    bool Invalid = StringRef(*V).trim().getAsInteger(10, D) || D < 0;
    if (Invalid || D > 36525)
      configurationDiag("%0") << retentionOptionMessage(
          V->str(), (name() + "." + Key).str(), !Invalid);
    else
      Limits[I] = D;
  }
  // A key for a category the law does not know would silently do nothing.
  for (const auto &KV : TidyContext->getOptions().CheckOptions) {
    StringRef Key = KV.getKey();
    if (!Key.consume_front((name() + ".MaxRetentionDays.").str()) &&
        !Key.consume_front("MaxRetentionDays."))
      continue;
    if (!P.category(std::string_view(Key.data(), Key.size())))
      configurationDiag("%0", DiagnosticIDs::Error)
          << unknownCategoryOptionMessage(Key.str(), KV.getKey().str(),
                                          P.categoryList());
  }
}

void SinkCheck::onStartOfTranslationUnit() {
  resetSharedAnalysis();
  TUReport::reset();
}

void SinkCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void SinkCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  storeRunConfig(Config, Opts);
  const LegalPolicy &P = policy();
  if (Kind.Index >= P.SinkKinds.size() || !P.kind(Kind).RetentionPeriod)
    return;
  for (size_t I = 0; I < Limits.size(); ++I)
    Options.store(Opts, "MaxRetentionDays." + P.Categories[I].Id,
                  static_cast<int64_t>(Limits[I]));
}

/// Which check shows a notice of the shared analysis, the same whatever
/// order clang-tidy runs them in: a pruned branch's remark the check of the
/// first sink call in that code, when it is enabled; the rest the first
/// enabled flow check in rules.json's order (logging, export, retention).
bool SinkCheck::showsNotice(const TranslationUnitAnalysis::Notice &N) const {
  const LegalPolicy &P = policy();
  if (N.Sink && N.Sink->Index < P.SinkKinds.size() &&
      TidyContext->isCheckEnabled(P.kind(*N.Sink).CheckName))
    return N.Sink->Index == Kind.Index;
  for (size_t I = 0; I < P.SinkKinds.size(); ++I)
    if (TidyContext->isCheckEnabled(P.SinkKinds[I].CheckName))
      return I == Kind.Index;
  return true;
}

void SinkCheck::sayNotices(const TranslationUnitAnalysis &A, ASTContext &Ctx) {
  TUReport &Report = TUReport::of(Ctx);
  bool First = !Report.noticesSet();
  std::vector<ToolNotice> Records;
  for (const auto &N : A.notices()) {
    if (First)
      Records.push_back(noticeRecord(A, N));
    // A pruned branch is always a coverage fact; a remark only on request.
    if (!showsNotice(N) ||
        (N.Coverage == std::string_view(sarif::CoveragePrunedBranch) &&
         !Config.ReportPrunedCode))
      continue;
    std::string Message = noticeMessage(N.Facts);
    if (N.Loc.isValid())
      diag(N.Loc, "%0", N.Level) << Message;
    else if (firstTimeSaid(Message)) // configuration: once per process
      configurationDiag("%0", N.Level) << Message;
  }
  if (!First)
    return;
  addCoverageRecords(A, Records); // for SARIF only, never a diagnostic
  Report.setNotices(std::move(Records));
  if (Config.ModelCoverage) {
    sarif::RunInfo::ModelCoverageRecord Coverage;
    for (const ModelEntryUsage &U : A.modelCoverage()) {
      std::string Entry = modelEntryText(U.Entry);
      Coverage.Entries.push_back(Entry);
      if (U.Matched)
        Coverage.Matched.push_back(Entry);
      else if (!U.OverriddenBy.empty())
        Coverage.Overridden[Entry] = U.OverriddenBy;
    }
    Report.setModelCoverage(std::move(Coverage));
  }
}

/// Where another source of a finding is named: where its path starts.
static SourceLocation sourceStart(const Flow &F) {
  return F.StepLocs.empty() ? F.SinkLoc : F.StepLocs.front();
}

/// Whether flow L's source comes before R's: by where its path starts
/// (invalid places last), then by the data's name. The analysis finds the
/// flows in the order of its labels, which compare declarations by
/// address: that order changes with unrelated code and between Clang
/// versions, and would decide the finding's name and fingerprint.
static bool startsBefore(const SourceManager &SM, const Flow &L,
                         const Flow &R) {
  SourceLocation A = sourceStart(L), B = sourceStart(R);
  if (A.isValid() != B.isValid())
    return A.isValid();
  if (A.isValid() && A != B)
    return SM.isBeforeInTranslationUnit(A, B);
  return std::tie(L.Facts.DataName, L.Facts.SourceName) <
         std::tie(R.Facts.DataName, R.Facts.SourceName);
}

/// The source that names a finding: the most direct path (fewest steps,
/// usually the data read at the sink itself), then startsBefore.
static bool namesBefore(const SourceManager &SM, const Flow &L,
                        const Flow &R) {
  if (L.Facts.Steps.size() != R.Facts.Steps.size())
    return L.Facts.Steps.size() < R.Facts.Steps.size();
  return startsBefore(SM, L, R);
}

void SinkCheck::reportFlows(const TranslationUnitAnalysis &A) {
  const LegalPolicy &P = policy();
  // One finding per leak: the violations at one sink (a chain of `<<` into
  // one stream is one sink: Flow::GroupLoc) with one category, action and
  // pseudonymisation are one finding, named by its most direct source
  // (namesBefore); the others are notes and SARIF related locations.
  struct Group {
    std::vector<const Flow *> Flows;
    std::vector<Verdict> Verdicts; ///< parallel to Flows
  };
  std::vector<Group> Groups;
  std::map<std::tuple<unsigned, uint8_t, std::string, bool>, size_t> Index;
  // The processing register (lawful flows too) travels in the SARIF log.
  bool KeepRegister = !Config.SarifOutputDir.empty();
  std::vector<ProcessingRecord> Register;
  for (const Flow &F : A.flows()) {
    if (F.Facts.Kind != Kind)
      continue;
    Verdict V = evaluate(P, F.Facts, Limits);
    if (KeepRegister)
      Register.push_back(processingRecord(A, F, V));
    if (!V.Violation)
      continue;
    auto Key = std::make_tuple(F.GroupLoc.getRawEncoding(), F.Facts.Cat.Index,
                               V.Action, F.Facts.Pseudonymised);
    auto [It, New] = Index.emplace(Key, Groups.size());
    if (New)
      Groups.emplace_back();
    Groups[It->second].Flows.push_back(&F);
    Groups[It->second].Verdicts.push_back(std::move(V));
  }
  const SourceManager &SM = A.Ctx.getSourceManager();
  for (Group &G : Groups) {
    // Paths from one source (same place and name) are one source: the
    // path with the most steps explains the others.
    std::vector<size_t> Sources;
    for (size_t I = 0; I < G.Flows.size(); ++I) {
      const Flow &F = *G.Flows[I];
      auto Same = llvm::find_if(Sources, [&](size_t J) {
        return sourceStart(*G.Flows[J]) == sourceStart(F) &&
               G.Flows[J]->Facts.DataName == F.Facts.DataName;
      });
      if (Same == Sources.end())
        Sources.push_back(I);
      else if (F.Facts.Steps.size() > G.Flows[*Same]->Facts.Steps.size())
        *Same = I;
    }
    size_t First = *std::min_element(
        Sources.begin(), Sources.end(), [&](size_t L, size_t R) {
          return namesBefore(SM, *G.Flows[L], *G.Flows[R]);
        });
    std::vector<const Flow *> Others;
    for (size_t I : Sources)
      if (I != First)
        Others.push_back(G.Flows[I]);
    std::stable_sort(Others.begin(), Others.end(),
                     [&](const Flow *L, const Flow *R) {
                       return startsBefore(SM, *L, *R);
                     });
    reportGroup(A, *G.Flows[First], G.Verdicts[First], Others);
  }
  if (KeepRegister)
    TUReport::of(A.Ctx).addProcessing(std::move(Register));
}

void SinkCheck::say(SourceLocation Loc, const DiagText &Text,
                    DiagnosticIDs::Level Level) {
  // clang-tidy drops what is in a system macro (a project's LOGP whose
  // header was first reached from a system header): say it where the
  // macro is used.
  if (CurrentTU && Loc.isMacroID()) {
    const SourceManager &SM = CurrentTU->getSourceManager();
    if (SM.isInSystemMacro(Loc))
      Loc = SM.getExpansionLoc(Loc);
  }
  auto D = diag(Loc, Text.Format, Level);
  for (const std::string &Arg : Text.Args)
    D << Arg;
}

void SinkCheck::reportGroup(const TranslationUnitAnalysis &A, const Flow &F,
                            const Verdict &V,
                            const std::vector<const Flow *> &Others) {
  const LegalPolicy &P = policy();
  say(F.ReportLoc, findingMessage(P, F.Facts, V), DiagnosticIDs::Warning);
  for (const NoteText &N : findingNotes(P, F.Facts, V))
    say(noteLocation(F, N), N.Text, DiagnosticIDs::Note);
  for (const Flow *O : Others)
    say(sourceStart(*O), sameSinkNote(P, O->Facts), DiagnosticIDs::Note);
  if (Config.SarifOutputDir.empty())
    return;
  FindingRecord R = flowRecord(A, name().str(), F, V);
  for (const Flow *O : Others)
    R.Related.push_back(
        {"source", A.plain(sourceStart(*O)), sameSinkNote(P, O->Facts).str()});
  TUReport::of(A.Ctx).add(std::move(R));
}

void SinkCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  CurrentTU = &Ctx;
  TUReport::of(Ctx);
  if (!Usable)
    return;
  EngineOptions Opts = engineOptions(Config, mainFileName(Ctx));
  // clang-tidy shows findings of the main file and of the headers its
  // filter matches, and a first pass reports nothing; a SARIF log keeps the
  // project-wide header findings, so it needs every function analysed.
  Opts.MainFileOnly = Opts.WriteSummaries || Config.SarifOutputDir.empty();
  if (!Opts.WriteSummaries && headerDiagnosticsShown(*TidyContext)) {
    const ClangTidyOptions &Tidy = TidyContext->getOptions();
    Opts.ShownHeaders = Tidy.HeaderFilterRegex.value_or("");
    Opts.HiddenHeaders = Tidy.ExcludeHeaderFilterRegex.value_or("");
  }
  TranslationUnitAnalysis &A = sharedAnalysis(Ctx, Opts);
  sayNotices(A, Ctx);
  // The first pass of whole-program mode only writes summaries: its
  // findings would be incomplete, the second pass reports them.
  if (!Opts.WriteSummaries)
    reportFlows(A);
}

void SinkCheck::onEndOfTranslationUnit() {
  if (!CurrentTU)
    return;
  TUReport::of(*CurrentTU).finish(name(), *TidyContext, *CurrentTU, Config.SarifOutputDir);
  CurrentTU = nullptr;
}

} // namespace clang::tidy::privacy
