//===--- ForeignFlags.h - Options clang rejects in a GCC database -*- C++ -*-===//
//
// A database written by a GCC build can hold options clang does not know
// (`-fconserve-stack`, `-fno-partial-inlining`,
// `-mindirect-branch=thunk-extern`) or does not support for the target
// (`-mrecord-mcount` on x86-64): clang then fails every translation unit
// that has one. They only steer GCC's code generation, so the analysis
// commands go without them; which ones, clang-tidy itself says.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_FOREIGNFLAGS_H
#define PRIVACY_TIDY_TOOLS_FOREIGNFLAGS_H

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

struct CheckPlan;

/// The options of \p Output (clang-tidy's diagnostics for a file compiled
/// with candidate options) that clang rejected: the argument of each
/// "unknown argument" error, the option of each "unsupported option ... for
/// target" error (`-mabi=` for `-mabi=lp64`).
std::vector<std::string> rejectedOptions(const std::string &Output);

/// Whether \p Arg is one of \p Rejected (`-mabi=lp64` is `-mabi=`).
bool isRejected(const std::string &Arg,
                const std::vector<std::string> &Rejected);

/// Asks the plan's clang-tidy, once, which `-f` and `-m` options of the
/// database it rejects, removes them from the database's commands (marking
/// it changed) and says so on stderr. An error only when the probe cannot
/// run at all.
std::optional<std::string> removeForeignFlags(CheckPlan &Plan);

} // namespace clang::tidy::privacy::tool

#endif
