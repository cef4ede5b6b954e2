//===--- CoverageKeys.h - Property names of the coverage facts --*- C++ -*-===//
//
// What the analysis did not cover reaches the SARIF log as notifications
// tagged with these property names; the HTML report's coverage statement
// reads them back (docs/sarif.md, docs/auditors.md). One list, so the writer
// and the reader cannot drift apart.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_COVERAGEKEYS_H
#define PRIVACY_TIDY_SARIF_COVERAGEKEYS_H

namespace clang::tidy::privacy::sarif {

/// notification.properties[CoverageKey]: which bound or guess it reports.
inline constexpr const char CoverageKey[] = "privacy-tidy/coverage";
/// A function whose analysis stopped at its budget.
inline constexpr const char CoverageBudget[] = "budget";
/// A summary that dropped the sinks of further callees.
inline constexpr const char CoverageSummaryBound[] = "summary-bound";
/// A branch the analysis never followed.
inline constexpr const char CoveragePrunedBranch[] = "pruned-branch";
/// Personal data passed to a function without a body or model.
inline constexpr const char CoverageUnknownCall[] = "unknown-call";
/// notification.properties: the callee of an unknown call.
inline constexpr const char CalleeKey[] = "callee";
/// notification.properties: unknown calls of the unit not listed one by one.
inline constexpr const char OmittedKey[] = "omitted";

/// toolConfigurationNotifications[].properties[ConfigurationKey]: the role
/// of a file the analysis used ("law", "rules", "model").
inline constexpr const char ConfigurationKey[] = "privacy-tidy/configuration";
inline constexpr const char ConfigurationNameKey[] = "name";
/// Its FNV-1a 64 hash (support/Hash.h) as 16 hex digits.
inline constexpr const char ConfigurationHashKey[] = "fnv1a64";

/// invocation.properties[DriverKey] = true: the privacy-tidy command's own
/// invocation, beside the clang-tidy one of every translation unit.
inline constexpr const char DriverKey[] = "privacy-tidy/driver";

/// runs[0].properties[RegisterKey]: the processing register, when written.
inline constexpr const char RegisterKey[] = "privacy-tidy/register";

} // namespace clang::tidy::privacy::sarif

#endif
