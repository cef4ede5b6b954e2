//===--- EmbeddedData.h - Data files compiled into the binaries -*- C++ -*-===//
//
// law.json, rules.json and the shipped models are compiled in, so the plugin
// is one file; the JSON stays the one place a reviewer edits. One table for
// every binary.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_EMBEDDEDDATA_H
#define PRIVACY_TIDY_SUPPORT_EMBEDDEDDATA_H

#include <string_view>
#include <vector>

namespace clang::tidy::privacy {

/// The text of an embedded file ("policy/law.json", "models/libc.json");
/// empty when absent.
std::string_view embeddedFile(std::string_view Name);
/// Names of the embedded files under a directory prefix ("models/").
std::vector<std::string_view> embeddedFiles(std::string_view Prefix);

} // namespace clang::tidy::privacy

#endif
