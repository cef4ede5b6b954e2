//===--- BuildInfo.cpp - Which privacy-tidy this is -----------------------===//

#include "support/BuildInfo.h"
#include "privacy/BuildInfo.inc" // generated at build time

namespace clang::tidy::privacy {

namespace {
// what(1)-style marker: `grep -a '@(#)privacy-tidy' PrivacyTidy-19.so` and
// privacy-tidy --version find it in a binary without running it.
#define PRIVACY_TIDY_DESCRIPTION                                               \
  "privacy-tidy " PRIVACY_TIDY_BUILD_VERSION                                   \
  " (git " PRIVACY_TIDY_BUILD_GIT_COMMIT                                       \
  ", LLVM " PRIVACY_TIDY_BUILD_LLVM_VERSION ")"
[[gnu::used]] constexpr const char Marker[] = "@(#)" PRIVACY_TIDY_DESCRIPTION;
} // namespace

const char *buildVersion() { return PRIVACY_TIDY_BUILD_VERSION; }
const char *buildGitCommit() { return PRIVACY_TIDY_BUILD_GIT_COMMIT; }
const char *buildLLVMVersion() { return PRIVACY_TIDY_BUILD_LLVM_VERSION; }
unsigned buildLLVMMajor() { return PRIVACY_TIDY_BUILD_LLVM_MAJOR; }
const char *buildDescription() { return Marker + 4; }

} // namespace clang::tidy::privacy
