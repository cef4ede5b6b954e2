//===--- Flow.h - A path of personal data to a sink, as facts ---*- C++ -*-===//
//
// What the engine found, without English and without Clang types: the
// category, the source, every step, the sink, and the consents seen. The
// law (Verdict.h) decides whether it is lawful; report/Messages.h says it.
// Compliant flows are kept too: they are the processing register.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_POLICY_FLOW_H
#define PRIVACY_TIDY_POLICY_FLOW_H

#include "Law.h"
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::privacy {

/// One step of a path (see StepKind for what Subject and Via name).
struct FlowStep {
  StepKind Kind = StepKind::Assign;
  bool IsSource = false;
  Category Cat; ///< on source steps
  std::string Subject;
  std::string Via;
};

/// What the data reaches, as facts; report/Messages words it.
struct SinkSubject {
  enum SubjectKind : uint8_t {
    Named,         ///< a sink function or object, shown by its name
    StaticStorage, ///< a variable of static storage duration (a retention)
  } Kind = Named;
  std::string Name; ///< "printf", "std::cout"; the variable: "cache"
  SinkSubject() = default;
  /// A named sink: implicit, as most sinks are a call's callee.
  SinkSubject(std::string N) : Name(std::move(N)) {}
  SinkSubject(SubjectKind K, std::string N) : Kind(K), Name(std::move(N)) {}
};

/// A consent check seen on the way to the sink.
struct ConsentCheckSeen {
  std::string Function;
  std::string Purpose;
};

/// Consent facts use two reserved purposes: "*" (some consent holds, for a
/// sink without purpose) and "<all>" (the sink is unreachable when false).
inline constexpr const char AnyPurposeId[] = "*";
inline constexpr const char AllPurposesId[] = "<all>";

struct FlowFacts {
  Category Cat;
  SinkKind Kind;
  std::string DataName;   ///< "cdr.caller": what the user sees
  std::string SourceName; ///< qualified name of the source declaration
  SinkSubject SinkDesc;   ///< printf, std::cout, static storage 'cache'
  std::string SinkFile;   ///< file name (no directory) of the sink
  std::string Purpose;    ///< the sink's declared purpose, may be empty
  std::optional<int64_t> RetentionDays;
  std::vector<std::string> ConsentHeld; ///< purposes that hold at the sink
  std::vector<ConsentCheckSeen> ConsentChecks;
  bool Pseudonymised = false;
  bool Anonymised = false;  ///< it passed an anonymizer: no personal data
  bool Imported = false;    ///< the sink is in another translation unit
  unsigned CallSites = 0;   ///< calls it came through without consent
  std::vector<FlowStep> Steps;
};

} // namespace clang::tidy::privacy

#endif
