//===--- SinkCheck.h - One check per sink kind ------------------*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_SINKCHECK_H
#define PRIVACY_TIDY_CHECKS_SINKCHECK_H

#include "config/RunConfig.h"
#include "engine/Engine.h"
#include "policy/Verdict.h"
#include "report/Messages.h"
#include "PrivacyCheck.h"

namespace clang::tidy::privacy {

/// Reports every path on which personal data reaches a sink of one kind
/// (a row of the registry in rules.json: privacy-logging, -export,
/// -retention) without consent or anonymisation. The checks share one
/// engine run per translation unit; each reports its own kind's flows. A
/// kind that carries a retention period also has the options
/// MaxRetentionDays.<category>.
class SinkCheck : public PrivacyCheck {
public:
  SinkCheck(StringRef Name, ClangTidyContext *Context, SinkKind Kind);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  const SinkKind Kind;
  const RunConfig Config;
  RetentionLimits Limits;
  bool Usable = true; ///< false after a configuration error
  const ASTContext *CurrentTU = nullptr;

  void readRetentionLimits();
  void sayNotices(const TranslationUnitAnalysis &A, ASTContext &Ctx);
  bool showsNotice(const TranslationUnitAnalysis::Notice &N) const;
  void reportFlows(const TranslationUnitAnalysis &A);
  /// diag() with the text's format and arguments.
  void say(SourceLocation Loc, const DiagText &Text,
           DiagnosticIDs::Level Level);
  void reportGroup(const TranslationUnitAnalysis &A, const Flow &F,
                   const Verdict &V, const std::vector<const Flow *> &Others);
};

} // namespace clang::tidy::privacy

#endif
