//===--- PrivacyCheck.h - What every privacy check keeps --------*- C++ -*-===//

#ifndef PRIVACY_TIDY_CHECKS_PRIVACYCHECK_H
#define PRIVACY_TIDY_CHECKS_PRIVACYCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include <string>

namespace clang::tidy::privacy {

/// A privacy check keeps its context (for the TU's report and configuration
/// errors outside diag()) and its name, which ClangTidyCheck does not expose
/// in clang-tidy 19.
class PrivacyCheck : public ClangTidyCheck {
public:
  PrivacyCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context), TidyContext(Context),
        CheckName(Name.str()) {}

protected:
  ClangTidyContext *const TidyContext;
  const std::string CheckName;
  StringRef name() const { return CheckName; }
};

} // namespace clang::tidy::privacy

#endif
