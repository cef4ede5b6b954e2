//===--- AnnotationsCheck.h - privacy-annotations ---------------*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_ANNOTATIONSCHECK_H
#define PRIVACY_TIDY_CHECKS_ANNOTATIONSCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
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
class AnnotationsCheck : public ClangTidyCheck {
public:
  AnnotationsCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  ClangTidyContext *const TidyContext;
  const std::string CheckName; ///< clang-tidy 19 has no name() accessor
  StringRef name() const { return CheckName; }
  const std::string SarifOutputDir;
  const ASTContext *CurrentTU = nullptr;
};

} // namespace clang::tidy::privacy

#endif
