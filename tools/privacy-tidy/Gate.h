//===--- Gate.h - The report and the exit code of a check run ---*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_GATE_H
#define PRIVACY_TIDY_TOOLS_GATE_H

namespace clang::tidy::privacy::tool {

struct CheckPlan;
struct CollectedReport;

/// Compares the collected log with the baseline, rejects the waivers that
/// no longer hold, prints what the gate counts clang-tidy style, writes the
/// log (and the upload log and Markdown summary when asked) and a summary,
/// and returns the exit code: --fail-on over the findings, ExitError for
/// failed units (unless --keep-going) or an unusable fragment.
int gate(const CheckPlan &Plan, CollectedReport &Report);

} // namespace clang::tidy::privacy::tool

#endif
