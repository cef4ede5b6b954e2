//===--- DriverInvocation.cpp - privacy-tidy's own run in the log ---------===//

#include "DriverInvocation.h"

#include "sarif/CoverageKeys.h"
#include "sarif/LogBuilder.h"
#include "support/Paths.h"

namespace clang::tidy::privacy::tool {

using sarif::json;

void addDriverInvocation(json &Log, const std::string &StartTimeUtc,
                         bool Successful) {
  std::vector<std::string> Arguments = sarif::processArguments();
  json Invocation = {
      {"arguments", Arguments},
      {"commandLine", sarif::quoteCommandLine(Arguments)},
      {"startTimeUtc", StartTimeUtc},
      {"endTimeUtc", sarif::currentTimeUtc()},
      {"executionSuccessful", Successful},
      {"workingDirectory",
       {{"uri", fileUri(currentDirectory(), /*IsDirectory=*/true)}}},
      {"properties", {{sarif::DriverKey, true}}}};
  Log["runs"][0]["invocations"].push_back(std::move(Invocation));
}

} // namespace clang::tidy::privacy::tool
