//===--- TUReport.h - One report per translation unit -----------*- C++ -*-===//
//
// Every privacy check adds its findings to the report of the translation
// unit being analysed; the last enabled privacy check to finish it writes the
// SARIF fragment. So each check's results reach SARIF and privacy-tidy,
// whichever checks are enabled.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_TUREPORT_H
#define PRIVACY_TIDY_CHECKS_TUREPORT_H

#include "clang-tidy/ClangTidyCheck.h"
#include "report/Finding.h"
#include "report/Processing.h"
#include <optional>
#include "sarif/SarifLog.h"
#include <set>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

class TUReport {
public:
  /// The report of the TU of \p Ctx (a new one when the TU changed).
  static TUReport &of(const ASTContext &Ctx);
  /// Forgets the current TU: a new AST may reuse the old one's address.
  static void reset();

  void add(FindingRecord R) { Findings.push_back(std::move(R)); }
  /// A sink check's processing operations (possibly none): the fragment
  /// then carries the register (sarif/Register.h).
  void addProcessing(std::vector<ProcessingRecord> Ops);
  /// The engine's notices; taken once per TU.
  void setNotices(std::vector<ToolNotice> N);
  bool noticesSet() const { return NoticesSet; }
  /// privacy-tidy --strict-models: which user model entries matched.
  void setModelCoverage(sarif::RunInfo::ModelCoverageRecord C) {
    Coverage = std::move(C);
  }
  /// Marks \p Check done. When every enabled privacy check is, writes the
  /// fragment into \p SarifOutputDir (if set); a failure is a configuration
  /// error, said once.
  void finish(llvm::StringRef Check, ClangTidyContext &Tidy,
              const ASTContext &Ctx, const std::string &SarifOutputDir);

private:
  const ASTContext *Ctx = nullptr;
  std::string StartTime;
  std::vector<FindingRecord> Findings;
  std::vector<ToolNotice> Notices;
  std::optional<std::vector<ProcessingRecord>> Processing;
  bool NoticesSet = false;
  std::optional<sarif::RunInfo::ModelCoverageRecord> Coverage;
  std::set<std::string> Done;
  bool Written = false;
};

/// A finding of a check without a flow (privacy-annotations,
/// privacy-unannotated-data), for the report.
FindingRecord messageRecord(const ASTContext &Ctx, const std::string &Check,
                            SourceLocation Loc, const std::string &Message);

/// Whether \p Message is said for the first time in this process:
/// configuration problems are said once, not once per translation unit.
bool firstTimeSaid(const std::string &Message);

/// The main file of the TU, as Clang names it.
std::string mainFileName(const ASTContext &Ctx);

} // namespace clang::tidy::privacy

#endif
