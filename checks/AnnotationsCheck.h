//===--- AnnotationsCheck.h - privacy-annotations ---------------*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_ANNOTATIONSCHECK_H
#define PRIVACY_TIDY_CHECKS_ANNOTATIONSCHECK_H

#include "PrivacyCheck.h"
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// A misuse of the annotation API.
struct AnnotationProblem {
  SourceLocation Loc;
  std::string Message;
};

/// Every misuse in the translation unit, outside system headers.
std::vector<AnnotationProblem> findAnnotationProblems(ASTContext &Ctx);

/// Reports misused annotations: unknown strings, consent checks that do not
/// return bool, anonymizers that return personal data, missing or negative
/// retention periods, empty purposes, steps on declarations that are not
/// functions.
class AnnotationsCheck : public PrivacyCheck {
public:
  AnnotationsCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  const std::string SarifOutputDir;
  const ASTContext *CurrentTU = nullptr;
};

} // namespace clang::tidy::privacy

#endif
