//===--- UnknownCalls.h - Where the analysis had to guess -------*- C++ -*-===//
//
// A call into a function without a body in this translation unit, a model
// or a whole-program summary is interpreted by the default for unknown code
// (CallEffects.cpp). When such a call receives personal data the result is a
// guess, and an auditor must know where: the engine keeps the call sites,
// up to a bound, and counts the rest. The SARIF log carries them as
// notifications (checks/CoverageNotices.h) for the report's coverage
// statement.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_UNKNOWNCALLS_H
#define PRIVACY_TIDY_ENGINE_UNKNOWNCALLS_H

#include "clang/Basic/SourceLocation.h"
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::privacy {

class UnknownCallLog {
public:
  /// Call sites listed one by one per translation unit; a log of a large
  /// program stays small.
  static constexpr size_t MaxSamples = 50;

  /// A call to \p Callee at \p Loc received personal data. Said again for
  /// the same call (a function analysed twice) it counts once.
  void add(const std::string &Callee, SourceLocation Loc) {
    if (!Seen.insert({Loc.getRawEncoding(), Callee}).second)
      return;
    if (Samples.size() < MaxSamples)
      Samples.push_back({Callee, Loc});
    else
      ++Omitted;
  }
  const std::vector<std::pair<std::string, SourceLocation>> &samples() const {
    return Samples;
  }
  unsigned omitted() const { return Omitted; }

private:
  std::vector<std::pair<std::string, SourceLocation>> Samples;
  std::set<std::pair<SourceLocation::UIntTy, std::string>> Seen;
  unsigned Omitted = 0;
};

} // namespace clang::tidy::privacy

#endif
