//===--- Finding.h - A privacy finding, independent of Clang ----*- C++ -*-===//
//
// The record every front end consumes: clang-tidy diagnostics, SARIF
// fragments and the privacy-tidy command. It holds plain strings only, so the
// SARIF writer and the command-line tool need no Clang types.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_REPORT_FINDING_H
#define PRIVACY_TIDY_REPORT_FINDING_H

#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// A location in a source file; Line and Column are 1-based, File absolute.
struct PlainLocation {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// One step of a data-flow path, in the order the data travels.
struct PathStep {
  /// "source", "step", "call", "return", "consent", "pseudonymised" or "sink".
  std::string Kind;
  PlainLocation Loc;
  std::string Message;
};

/// One (source, sink) path that violates the policy.
struct FindingRecord {
  std::string CheckName;   ///< "privacy-logging", "privacy-export", ...
  std::string Category;    ///< category id from law.json: "traffic", ...
  std::string Action;      ///< "log", "export" or "retain"
  std::string Message;     ///< the diagnostic text, article included
  PlainLocation Loc;       ///< the sink: where the user must change code
  std::vector<std::string> Taxa; ///< taxon ids from law.json ("Tw-11.5a-1")
  std::string Purpose;     ///< the sink's declared purpose, may be empty
  bool Pseudonymised = false;
  std::string DataName;    ///< "loc", "cdr.caller": what the user sees
  std::vector<PathStep> Flow;
  /// Other sources of the same category that reach the same sink: one
  /// finding per leak, the others as related locations.
  std::vector<PathStep> Related;
  /// Stable identity of the finding: no line or column numbers, so it
  /// survives unrelated edits. Hashed into partialFingerprints.
  std::string FingerprintKey;
};

/// Something the tool could not do: a function whose analysis hit its
/// budget, a model file that failed to load.
struct ToolNotice {
  std::string Level; ///< "note", "warning" or "error"
  PlainLocation Loc;
  std::string Message;
  /// Which bound or guess of the analysis it reports (the values of
  /// sarif/CoverageKeys.h); empty for other notices.
  std::string Coverage;
  std::string Callee;   ///< of an unknown call
  unsigned Omitted = 0; ///< unknown calls of the unit not listed one by one
  /// A file the analysis used ("law", "rules", "model"): a configuration
  /// notification naming ConfigName with its hash, not an execution one.
  std::string ConfigRole, ConfigName, ConfigHash;
};

} // namespace clang::tidy::privacy

#endif
