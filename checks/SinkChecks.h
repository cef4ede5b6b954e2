//===--- SinkChecks.h - privacy-logging, -export, -retention ----*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_SINKCHECKS_H
#define PRIVACY_TIDY_CHECKS_SINKCHECKS_H

#include "engine/Engine.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <functional>

namespace clang::tidy::privacy {

/// Reports every path on which personal data reaches a sink of one kind
/// without consent or anonymisation. The three checks share one engine run
/// per translation unit; each reports the sinks of its own kind.
class SinkCheck : public ClangTidyCheck {
public:
  SinkCheck(StringRef Name, ClangTidyContext *Context, SinkKind Kind);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  /// A new AST may reuse the old one's address: forget the old analysis.
  void onStartOfTranslationUnit() override;

protected:
  ClangTidyContext *const TidyContext;
  const SinkKind Kind;
  const std::string ModelFiles;
  const std::string DisabledModels;
  const bool StrictModels;
  const unsigned MaxBlockVisits;
  const std::string SarifOutputDir;
  const std::string SummaryStoreDir;
  const std::string SummaryStoreMode;
  EngineOptions Engine;
};

class LoggingCheck : public SinkCheck {
public:
  LoggingCheck(StringRef Name, ClangTidyContext *Context)
      : SinkCheck(Name, Context, SinkKind::Log) {}
};

class ExportCheck : public SinkCheck {
public:
  ExportCheck(StringRef Name, ClangTidyContext *Context)
      : SinkCheck(Name, Context, SinkKind::Export) {}
};

/// Also checks the declared retention period against a per-category
/// maximum (options MaxRetentionDays.<category>).
class RetentionCheck : public SinkCheck {
public:
  RetentionCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
};

/// The maximum retention period for a category, as privacy-retention is
/// configured in this context (its option, else law.json's default).
int64_t maxRetentionDays(ClangTidyContext *Context, Category C);

/// A predicate telling whether the shipped or configured models (option
/// ModelFiles, DisabledModels of \p CheckName or global) describe a
/// declaration: its type, field, variable, function or parameter entry.
std::function<bool(const NamedDecl &)>
modelCoverage(ClangTidyContext *Context, StringRef CheckName);

/// Whether a violation is reported: retention-period candidates are
/// compared with the configured maximum, and their message completed.
bool finalizeViolation(Violation &V, ClangTidyContext *Context);

} // namespace clang::tidy::privacy

#endif
