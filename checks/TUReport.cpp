//===--- TUReport.cpp - One report per translation unit -------------------===//

#include "TUReport.h"
#include "config/RunConfig.h"
#include "report/Fingerprint.h"
#include "report/Messages.h"
#include "sarif/SarifLog.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include <mutex>
#include <set>

namespace clang::tidy::privacy {

namespace {
// Thread-local: clangd runs TUs on several threads.
thread_local TUReport Current;
} // namespace

TUReport &TUReport::of(const ASTContext &Ctx) {
  if (Current.Ctx != &Ctx) {
    Current = TUReport();
    Current.Ctx = &Ctx;
    Current.StartTime = sarif::currentTimeUtc();
  }
  return Current;
}

void TUReport::reset() { Current = TUReport(); }

void TUReport::setNotices(std::vector<ToolNotice> N) {
  Notices = std::move(N);
  NoticesSet = true;
}

void TUReport::addProcessing(std::vector<ProcessingRecord> Ops) {
  if (!Processing)
    Processing.emplace();
  for (ProcessingRecord &R : Ops)
    Processing->push_back(std::move(R));
}

bool firstTimeSaid(const std::string &Message) {
  static std::mutex M;
  static std::set<std::string> Said;
  std::lock_guard<std::mutex> Lock(M);
  return Said.insert(Message).second;
}

FindingRecord messageRecord(const ASTContext &Ctx, const std::string &Check,
                            SourceLocation Loc, const std::string &Message) {
  FindingRecord R;
  R.CheckName = Check;
  R.Message = Message;
  R.Loc = plainLocation(Ctx.getSourceManager(), Loc);
  R.FingerprintKey = messageFingerprintKey(Check, R.Loc.File, Message);
  return R;
}

std::string mainFileName(const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  return Main ? Main->getName().str() : "";
}

void TUReport::finish(llvm::StringRef Check, ClangTidyContext &Tidy,
                      const ASTContext &Ctx, const std::string &OutputDir) {
  Done.insert(Check.str());
  if (Written || OutputDir.empty())
    return;
  for (const std::string &Name : privacyCheckNames())
    if (Tidy.isCheckEnabled(Name) && !Done.count(Name))
      return; // another privacy check still adds findings
  Written = true;
  sarif::RunInfo Run;
  Run.StartTimeUtc = StartTime;
  Run.ExecutionSuccessful = !Ctx.getDiagnostics().hasErrorOccurred();
  Run.ModelCoverage = Coverage;
  if (std::optional<std::string> Err = sarif::writeTranslationUnitFragment(
          OutputDir, mainFileName(Ctx), Findings, Notices, Run,
          Processing ? &*Processing : nullptr))
    if (firstTimeSaid("sarif:" + *Err))
      Tidy.configurationDiag("%0", DiagnosticIDs::Error)
          << fragmentUnwritableMessage(*Err);
}

} // namespace clang::tidy::privacy
