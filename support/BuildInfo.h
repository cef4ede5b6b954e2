//===--- BuildInfo.h - Which privacy-tidy this is ---------------*- C++ -*-===//
//
// The semantic version (CMake's project VERSION), the git commit and the
// LLVM release a binary was built for. The plugin and the privacy-tidy
// command report the same values; the plugin also carries them as a marker
// string ("@(#)privacy-tidy ...") that privacy-tidy --version reads from the
// plugin file without loading it.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_BUILDINFO_H
#define PRIVACY_TIDY_SUPPORT_BUILDINFO_H

#include <string>

namespace clang::tidy::privacy {

/// "0.1.0".
const char *buildVersion();
/// The 12-digit commit, with "-dirty" when tracked files were edited;
/// "unknown" outside a git checkout (or CMake's PRIVACY_TIDY_GIT_COMMIT).
const char *buildGitCommit();
/// The LLVM release built against: "19.1.7".
const char *buildLLVMVersion();
/// Its major version: 19.
unsigned buildLLVMMajor();
/// "privacy-tidy 0.1.0 (git 8594c78abcd1, LLVM 19.1.7)".
const char *buildDescription();

/// What marks the description in a binary: "@(#)" (what(1)'s marker).
inline constexpr const char BuildMarkerPrefix[] = "@(#)privacy-tidy ";

} // namespace clang::tidy::privacy

#endif
