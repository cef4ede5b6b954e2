//===--- Version.h - --version, and the plugin for a clang-tidy -*- C++ -*-===//
//
// A plugin loads only into the clang-tidy of the LLVM major it was built
// for, so an installation holds one per major (lib/privacy-tidy/
// PrivacyTidy-19.so, PrivacyTidy-22.so; bin/privacy-tidy-summarize-19, ...)
// and privacy-tidy picks the one matching `clang-tidy --version`.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_VERSION_H
#define PRIVACY_TIDY_TOOLS_VERSION_H

#include <ostream>
#include <string>

namespace clang::tidy::privacy::tool {

/// The LLVM version `ClangTidy --version` reports ("22.1.8"); empty when it
/// cannot be run or says no version. Asked once per path.
std::string clangTidyVersion(const std::string &ClangTidy);

/// A file privacy-tidy picked, and why.
struct Choice {
  std::string Path;
  std::string Reason;
};

/// The plugin for \p ClangTidy: <prefix>/lib/privacy-tidy/PrivacyTidy-<major>.so
/// beside this executable, else the build tree's plugin/PrivacyTidy.so, else
/// an unversioned <prefix>/lib/privacy-tidy/PrivacyTidy.so.
Choice selectPlugin(const std::string &ClangTidy);

/// privacy-tidy-summarize for \p ClangTidy: privacy-tidy-summarize-<major>
/// beside this executable, else privacy-tidy-summarize there, else the build
/// tree's tools/summarize/privacy-tidy-summarize.
Choice selectSummarizer(const std::string &ClangTidy);

/// \p Configured, unless it is the built-in default and missing: then the
/// clang-tidy-<N> on PATH of the newest installed PrivacyTidy-<N>.so (a
/// package built for another LLVM may provide this privacy-tidy).
std::string resolveDefaultClangTidy(const std::string &Configured);

/// privacy-tidy --version [--clang-tidy PATH] [--plugin PATH]: this build,
/// the clang-tidy, and the plugin and summarizer picked for it.
int printVersion(int Argc, char **Argv, std::ostream &OS);

} // namespace clang::tidy::privacy::tool

#endif
