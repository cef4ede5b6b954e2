//===--- RegisterCommand.h - privacy-tidy register ---------------*- C++ -*-===//

#ifndef PRIVACY_TIDY_TOOLS_REGISTERCOMMAND_H
#define PRIVACY_TIDY_TOOLS_REGISTERCOMMAND_H

#include "Options.h"

#include <nlohmann/json.hpp>

namespace clang::tidy::privacy::tool {

struct CheckPlan;

/// privacy-tidy register: the processing register of a build (the stages
/// of check) or of an existing log (--from-sarif), as JSON and CSV, with
/// the drift gate of --register-baseline. Returns the exit code.
int runRegister(ArgumentStream &Args);

/// check --register-baseline: compares the merged log's register with the
/// declared one and prints the drift. ExitClean, ExitFindings when an
/// operation is not declared, ExitError when the log has no register.
int registerGate(const CheckPlan &Plan, const nlohmann::json &Log);

} // namespace clang::tidy::privacy::tool

#endif
