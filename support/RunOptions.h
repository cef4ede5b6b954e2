//===--- RunOptions.h - Options the privacy-tidy command adds ---*- C++ -*-===//
//
// privacy-tidy passes the options of its own run (where to write the SARIF
// fragment, the summary store, the --model files, run-wide model coverage)
// to the plugin and the summarizer in one environment variable, so that the
// user's --config stays a configuration of its own: clang-tidy takes one
// --config, and merging two YAML documents is not the command's business.
// The value is a JSON object; config/CommandRunOptions.cpp reads it.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_RUNOPTIONS_H
#define PRIVACY_TIDY_SUPPORT_RUNOPTIONS_H

namespace clang::tidy::privacy {

/// The environment variable; keys: "SarifOutputDir", "SummaryStore",
/// "SummaryStoreMode" (replace the configured value), "ModelFiles" (an
/// array of absolute paths, added to the configured ones) and
/// "ModelCoverage" (true: record which model entries matched in the
/// fragment instead of StrictModels' per-TU warnings) and "ModelDraftDir"
/// (privacy-tidy init-model: where the candidates go).
inline constexpr char RunOptionsVariable[] = "PRIVACY_TIDY_RUN_OPTIONS";

/// The key of the fragment's run property that lists the user model
/// entries that matched something ("FILE:LINE" origins).
inline constexpr char ModelCoverageProperty[] = "privacy-tidy/model-coverage";

} // namespace clang::tidy::privacy

#endif
