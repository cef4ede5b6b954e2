//===--- ConfigProbe.h - Will the privacy checks run? -----------*- C++ -*-===//
//
// Before the analysis, clang-tidy lists the checks it would run, once per
// distinct configuration (the nearest .clang-tidy directory of the units).
// clang-tidy does not fail when its plugin does not load or a .clang-tidy
// file does not parse: it goes on with other checks and settings, and a gate
// would pass with "0 findings" on code nobody analysed. The probe turns each
// of these into an error naming the cause, and restricts the run to the
// privacy checks the configuration enables (a project's `Checks: '*'` must
// not make the gate run every clang-tidy check).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_CONFIGPROBE_H
#define PRIVACY_TIDY_TOOLS_CONFIGPROBE_H

#include <optional>

namespace clang::tidy::privacy::tool {

struct CheckPlan;

/// Sets the Checks of every unit of \p Plan: the user's --checks, else
/// "-*," and the privacy checks its configuration enables. Returns the exit
/// code when a configuration fails (the plugin did not load, a .clang-tidy
/// or --config does not parse, no privacy check is enabled) or the run was
/// interrupted; every failing configuration is said.
std::optional<int> probeConfigurations(CheckPlan &Plan);

} // namespace clang::tidy::privacy::tool

#endif
