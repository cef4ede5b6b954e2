//===--- DriverInvocation.cpp - privacy-tidy's own run in the log ---------===//

#include "DriverInvocation.h"

#include "sarif/CoverageKeys.h"
#include "support/Paths.h"

namespace clang::tidy::privacy::tool {

using sarif::json;

namespace {

std::vector<std::string> ownArguments() {
  std::vector<std::string> Arguments;
  std::string CmdLine;
  if (readWholeFile("/proc/self/cmdline", CmdLine))
    return Arguments; // not Linux: the invocation says less
  size_t Pos = 0;
  while (Pos < CmdLine.size()) {
    size_t End = CmdLine.find('\0', Pos);
    if (End == std::string::npos)
      End = CmdLine.size();
    Arguments.push_back(CmdLine.substr(Pos, End - Pos));
    Pos = End + 1;
  }
  return Arguments;
}

} // namespace

void addDriverInvocation(json &Log, const std::string &StartTimeUtc,
                         bool Successful) {
  std::vector<std::string> Arguments = ownArguments();
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
