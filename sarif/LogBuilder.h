//===--- LogBuilder.h - Building privacy-tidy SARIF objects -----*- C++ -*-===//
//
// Internal to the SARIF library and the privacy-tidy command (it exposes
// nlohmann::json, which the plugin's headers must not see).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_LOGBUILDER_H
#define PRIVACY_TIDY_SARIF_LOGBUILDER_H

#include "policy/Law.h"
#include "SarifLog.h"
#include "SourceText.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::sarif {

using nlohmann::json;

/// The uriBaseId every relative URI is resolved against.
inline constexpr const char SourceRootId[] = "%SRCROOT%";
/// The partialFingerprints key; bump the version when the hashed key changes.
inline constexpr const char FingerprintId[] = "privacyFinding/v1";
inline constexpr const char ToolName[] = "privacy-tidy";
inline constexpr const char SchemaUri[] =
    "https://json.schemastore.org/sarif-2.1.0.json";

/// The version and URIs baked in by CMake.
const char *toolVersion();
const char *toolInformationUri();
const char *docsBaseUri();

/// A tool execution notification with the descriptor it reports under
/// (rules.json "notifications").
struct Notice {
  ToolNotice Base;
  std::string DescriptorId = "analysis-notice";
};

/// Shell-quotes \p Arguments into one command line.
std::string quoteCommandLine(const std::vector<std::string> &Arguments);

/// This process's own arguments (/proc/self/cmdline); empty where there is
/// no such file.
std::vector<std::string> processArguments();

/// The directory %SRCROOT% defaults to for \p MainFile.
std::string defaultSourceRoot(const std::string &MainFile);

/// {"$schema", "version", "runs": [run]} with the tool, the law taxonomies,
/// %SRCROOT% and no results or invocations yet.
json buildEmptyLog(const LegalPolicy &P, const std::string &SourceRoot);

/// An artifactLocation for \p File: relative to \p SourceRoot with uriBaseId
/// %SRCROOT% when inside it, an absolute file URI otherwise.
json artifactLocation(const std::string &File, const std::string &SourceRoot);

/// The complete log for one translation unit; with \p Processing, its
/// processing operations in the run's "privacy-tidy/register" property.
std::optional<std::string>
buildTranslationUnitLog(const LegalPolicy &P, const std::string &MainFile,
                        const std::vector<FindingRecord> &Findings,
                        const std::vector<Notice> &Notices, const RunInfo &Run,
                        SourceCache &Sources, json &Out,
                        const std::vector<ProcessingRecord> *Processing =
                            nullptr);

/// Pretty-printed, keys sorted, invalid UTF-8 replaced, newline-terminated:
/// the same log always gives the same bytes.
std::string serializeLog(const json &Log);

} // namespace clang::tidy::privacy::sarif

#endif
