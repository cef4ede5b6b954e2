//===--- SinkChecks.cpp - privacy-logging, -export, -retention ----------===//

#include "SinkChecks.h"
#include "Visibility.h"
#include "AnnotationsCheck.h"
#include "sarif/SarifLog.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <mutex>
#include <set>

using namespace clang::ast_matchers;

namespace clang::tidy::privacy {

namespace {
/// Model-file errors are configuration errors: said once per process, not
/// once per translation unit.
bool firstTimeSaid(const std::string &Message) {
  static std::mutex M;
  static std::set<std::string> Said;
  std::lock_guard<std::mutex> Lock(M);
  return Said.insert(Message).second;
}

/// Per-TU bookkeeping shared by the checks of one clang-tidy process: the
/// first check to finish a TU says the engine's notices and writes the SARIF
/// fragment.
struct TUState {
  const ASTContext *Ctx = nullptr;
  bool NoticesSaid = false;
  bool FragmentWritten = false;
  std::string StartTime;
};
thread_local TUState CurrentTU;

TUState &tuState(const ASTContext &Ctx) {
  if (CurrentTU.Ctx != &Ctx || CurrentTU.StartTime.empty()) {
    CurrentTU = TUState();
    CurrentTU.Ctx = &Ctx;
    CurrentTU.StartTime = sarif::currentTimeUtc();
  }
  return CurrentTU;
}

const char *const CheckNames[] = {"privacy-logging", "privacy-export",
                                  "privacy-retention"};
} // namespace

int64_t maxRetentionDays(ClangTidyContext *Context, Category C) {
  const auto &Opts = Context->getOptions().CheckOptions;
  std::string Local =
      ("privacy-retention.MaxRetentionDays." + categoryId(C)).str();
  std::string Global = ("MaxRetentionDays." + categoryId(C)).str();
  for (const std::string &Key : {Local, Global}) {
    auto It = Opts.find(Key);
    if (It != Opts.end()) {
      int64_t V;
      if (!StringRef(It->second.Value).trim().getAsInteger(10, V) && V >= 0)
        return V;
    }
  }
  return LegalPolicy::builtin().category(C).DefaultMaxRetentionDays;
}

std::function<bool(const NamedDecl &)>
modelCoverage(ClangTidyContext *Context, StringRef CheckName) {
  const auto &Opts = Context->getOptions().CheckOptions;
  auto Get = [&](StringRef Key) -> std::string {
    auto It = Opts.find((CheckName + "." + Key).str());
    if (It == Opts.end())
      It = Opts.find(Key);
    return It == Opts.end() ? "" : It->second.Value;
  };
  auto Models = std::make_shared<ModelSet>();
  std::vector<ModelError> Ignored; // the sink checks report model errors
  Models->loadBuiltins(splitList(Get("DisabledModels")), Ignored);
  // Relative to the working directory here: the check sees no main file yet.
  for (const std::string &F : splitList(Get("ModelFiles")))
    if (auto Buf = llvm::MemoryBuffer::getFile(resolveModelPath(F, "")))
      Models->loadText((*Buf)->getBuffer(), F, Ignored);
  return [Models](const NamedDecl &D) {
    std::string Name = modelName(&D);
    for (const auto &E : Models->Decls)
      if (E.Name.matches(Name))
        return true;
    const Decl *Owner = &D;
    int Param = -1;
    if (const auto *P = dyn_cast<ParmVarDecl>(&D)) {
      Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
      Param = P->getFunctionScopeIndex();
      if (!Owner)
        return false;
      Name = modelName(cast<NamedDecl>(Owner));
    }
    if (!isa<FunctionDecl>(Owner))
      return false;
    for (const auto &E : Models->Functions) {
      if (!E.Name.matches(Name))
        continue;
      if (Param < 0)
        return !E.Spec.ReturnCategories.empty() || E.Spec.Sink ||
               E.Spec.Anonymizer || E.Spec.Pseudonymizer ||
               E.Spec.ConsentPurpose.has_value();
      for (const auto &[I, C] : E.ParamCategories)
        if (I == Param)
          return true;
    }
    return false;
  };
}

bool finalizeViolation(Violation &V, ClangTidyContext *Context) {
  return finalizeRetention(V, maxRetentionDays(Context, V.Cat),
                           LegalPolicy::builtin());
}

SinkCheck::SinkCheck(StringRef Name, ClangTidyContext *Context, SinkKind Kind)
    : ClangTidyCheck(Name, Context), TidyContext(Context), Kind(Kind),
      ModelFiles(Options.getLocalOrGlobal("ModelFiles", "")),
      DisabledModels(Options.getLocalOrGlobal("DisabledModels", "")),
      StrictModels(Options.getLocalOrGlobal("StrictModels", false)),
      MaxBlockVisits(Options.getLocalOrGlobal("MaxBlockVisits", 20000u)),
      SarifOutputDir(Options.getLocalOrGlobal("SarifOutputDir", "")),
      SummaryStoreDir(Options.getLocalOrGlobal("SummaryStore", "")),
      SummaryStoreMode(Options.getLocalOrGlobal("SummaryStoreMode", "read")) {
  Engine.SummaryStore = SummaryStoreDir;
  if (!SummaryStoreDir.empty()) {
    if (SummaryStoreMode == "write")
      Engine.WriteSummaries = true;
    else if (SummaryStoreMode == "read")
      Engine.ReadSummaries = true;
    else if (SummaryStoreMode == "update") {
      // A repeated first pass: summaries that use other TUs' summaries,
      // one more file boundary per repetition.
      Engine.WriteSummaries = true;
      Engine.ReadSummaries = true;
    } else
      configurationDiag("invalid SummaryStoreMode '%0' for '%1': expected "
                        "'write' (first pass), 'update' (a repeated first "
                        "pass) or 'read' (second pass)")
          << SummaryStoreMode << Name;
  }
  // Header findings are invisible without a header filter, and a first
  // pass reports nothing; a SARIF log keeps the project-wide header
  // findings, so it needs every function analysed.
  Engine.MainFileOnly =
      Engine.WriteSummaries ||
      (SarifOutputDir.empty() && !headerDiagnosticsShown(*Context));
  Engine.DisabledModels = splitList(DisabledModels);
  Engine.StrictModels = StrictModels;
  Engine.MaxBlockVisits = MaxBlockVisits ? MaxBlockVisits : 1;
  if (MaxBlockVisits == 0)
    configurationDiag("invalid MaxBlockVisits 0 for '%0': using 1") << Name;
}

RetentionCheck::RetentionCheck(StringRef Name, ClangTidyContext *Context)
    : SinkCheck(Name, Context, SinkKind::Retain) {
  for (unsigned I = 0; I < NumCategories; ++I) {
    std::string Key = ("MaxRetentionDays." + categoryId(static_cast<Category>(I))).str();
    if (auto V = Options.get(Key)) {
      int64_t D;
      if (StringRef(*V).trim().getAsInteger(10, D) || D < 0)
        configurationDiag("invalid value '%0' for option '%1.%2': expected a "
                          "whole number of days >= 0")
            << *V << Name << Key;
    }
  }
}

void SinkCheck::onStartOfTranslationUnit() {
  resetSharedAnalysis();
  CurrentTU = TUState();
}

void SinkCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void SinkCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ModelFiles", ModelFiles);
  Options.store(Opts, "DisabledModels", DisabledModels);
  Options.store(Opts, "StrictModels", StrictModels);
  Options.store(Opts, "MaxBlockVisits", MaxBlockVisits);
  Options.store(Opts, "SarifOutputDir", SarifOutputDir);
  Options.store(Opts, "SummaryStore", SummaryStoreDir);
  Options.store(Opts, "SummaryStoreMode", SummaryStoreMode);
}

void RetentionCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  SinkCheck::storeOptions(Opts);
  for (unsigned I = 0; I < NumCategories; ++I) {
    Category C = static_cast<Category>(I);
    Options.store(Opts, ("MaxRetentionDays." + categoryId(C)).str(),
                  static_cast<int64_t>(maxRetentionDays(TidyContext, C)));
  }
}

static StringRef checkNameFor(SinkKind K) {
  return CheckNames[static_cast<unsigned>(K)];
}

void SinkCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = Ctx.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  std::string MainFile = Main ? Main->getName().str() : "";
  EngineOptions Opts = Engine;
  for (const std::string &F : splitList(ModelFiles))
    Opts.ModelFiles.push_back(resolveModelPath(F, MainFile));

  TUState &TS = tuState(Ctx);
  TranslationUnitAnalysis &A = sharedAnalysis(Ctx, Opts);

  if (!TS.NoticesSaid) {
    TS.NoticesSaid = true;
    for (const auto &N : A.notices()) {
      if (N.Loc.isInvalid()) {
        if (firstTimeSaid(N.Message))
          configurationDiag("%0", N.Level) << N.Message;
        continue;
      }
      diag(N.Loc, "%0", N.Level) << N.Message;
    }
  }

  // The first pass of whole-program mode only writes summaries: its
  // findings would be incomplete, the second pass reports them.
  if (Engine.WriteSummaries)
    return;

  for (const Violation &V0 : A.violations()) {
    if (V0.Kind != Kind)
      continue;
    Violation V = V0;
    if (!finalizeViolation(V, TidyContext))
      continue;
    diag(V.Loc, "%0") << V.Message;
    for (const auto &N : V.Notes)
      diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
  }

  if (SarifOutputDir.empty() || TS.FragmentWritten)
    return;
  TS.FragmentWritten = true;
  std::vector<FindingRecord> Records;
  for (const Violation &V0 : A.violations()) {
    StringRef Check = checkNameFor(V0.Kind);
    if (!TidyContext->isCheckEnabled(Check))
      continue;
    Violation V = V0;
    if (!finalizeViolation(V, TidyContext))
      continue;
    Records.push_back(A.toRecord(V, Check));
  }
  if (TidyContext->isCheckEnabled("privacy-annotations"))
    for (const AnnotationProblem &P : findAnnotationProblems(Ctx)) {
      FindingRecord R;
      R.CheckName = "privacy-annotations";
      R.Message = P.Message;
      R.Loc = A.plain(P.Loc);
      R.FingerprintKey = "privacy-annotations|" +
                         llvm::sys::path::filename(R.Loc.File).str() + "|" +
                         P.Message;
      Records.push_back(std::move(R));
    }
  std::vector<ToolNotice> Notices;
  for (const auto &N : A.notices())
    Notices.push_back(A.toRecord(N));
  sarif::RunInfo Run;
  Run.StartTimeUtc = TS.StartTime;
  Run.ExecutionSuccessful =
      !Ctx.getDiagnostics().hasErrorOccurred();
  if (auto Err = sarif::writeTranslationUnitFragment(SarifOutputDir, MainFile,
                                                     Records, Notices, Run))
    if (firstTimeSaid("sarif:" + *Err))
      configurationDiag("cannot write SARIF fragment: %0") << *Err;
}

} // namespace clang::tidy::privacy
