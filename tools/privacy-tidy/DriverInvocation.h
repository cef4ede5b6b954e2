//===--- DriverInvocation.h - privacy-tidy's own run in the log -*- C++ -*-===//
//
// Every translation unit's invocation records the clang-tidy command; the
// auditor also needs the privacy-tidy command that ran them (its baseline,
// --fail-on, --checks). It is one more invocation, marked with the property
// privacy-tidy/driver (sarif/CoverageKeys.h), appended after the units'.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_DRIVERINVOCATION_H
#define PRIVACY_TIDY_TOOLS_DRIVERINVOCATION_H

#include "sarif/LogBuilder.h"

#include <string>

namespace clang::tidy::privacy::tool {

/// Appends this process's invocation to \p Log: its arguments (from
/// /proc/self/cmdline), \p StartTimeUtc to now, and whether it succeeded.
void addDriverInvocation(sarif::json &Log, const std::string &StartTimeUtc,
                         bool Successful);

} // namespace clang::tidy::privacy::tool

#endif
