//===--- Engine.h - The privacy dataflow engine ----------------*- C++ -*-===//
//
// One analysis per translation unit, shared by every privacy check: function
// summaries bottom-up over the call graph, a flow-sensitive dataflow over each
// function's CFG, and policy evaluation of every (source, sink) path.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_ENGINE_H
#define PRIVACY_TIDY_ENGINE_ENGINE_H

#include "Finding.h"
#include "Models.h"
#include "Policy.h"
#include "Taint.h"
#include "clang/AST/ASTContext.h"
#include "llvm/Support/StringSaver.h"
#include <map>
#include <memory>
#include <set>

namespace clang::tidy::privacy {

/// Settings that change what the engine computes; every check builds one
/// from its options and the shared cache keys on it.
struct EngineOptions {
  std::vector<std::string> ModelFiles;     ///< absolute paths
  std::vector<std::string> DisabledModels; ///< shipped model names to skip
  bool StrictModels = false;
  unsigned MaxBlockVisits = 20000; ///< per function; over it the engine gives up
  std::string SummaryStore;        ///< directory of the whole-program store
  bool WriteSummaries = false;     ///< first pass: write this TU's summaries
  bool ReadSummaries = false;      ///< second pass: use other TUs' summaries
  /// Only what the main file's findings and summaries depend on is
  /// analysed: right when nothing outside the main file is reported (the
  /// first pass; no header filter and no SARIF log, whose project-wide
  /// findings include header code).
  bool MainFileOnly = false;
  std::string key() const;
};

/// A consent check seen on the way to a sink, for the notes.
struct ConsentSeen {
  SourceLocation Loc;
  std::string Purpose;
  std::string Function;
};

/// A labelled value that reaches a sink.
struct SinkHit {
  Taint Data;
  SinkSpec Sink;
  SourceLocation SinkLoc;
  std::string SinkDesc;    ///< "printf", "std::cout", "static 'cache'"
  PurposeSet ConsentHeld;  ///< consents that hold at the sink
  std::vector<ConsentSeen> ConsentChecks;
  std::vector<SourceLocation> CallSites; ///< outermost last
  bool Imported = false;       ///< the sink is in another translation unit
  SourceLocation ReportLoc;    ///< for imported hits: the call in this TU
};

/// A destination a function writes through: a parameter or `this`.
struct OutPlace {
  int Param; ///< parameter index or ThisArg
  FieldPath Fields;
  bool operator<(const OutPlace &O) const;
};

struct FunctionSummary {
  bool Analyzed = false;
  bool GaveUp = false;
  Value Return;
  std::map<OutPlace, Value> Writes;
  std::map<const VarDecl *, Value> GlobalWrites; ///< parameters into globals
  std::vector<SinkHit> Sinks; ///< parameter-labelled or deferred hits
  std::optional<PurposeSet> ReturnsConsent;    ///< true means consent
  std::optional<PurposeSet> ReturnsNegConsent; ///< false means consent
  unsigned signature() const;
};

/// A policy violation with everything the front ends need.
struct Violation {
  std::string Action;    ///< "log", "export", "retain", "retain-period"
  SinkKind Kind;
  Category Cat;
  SourceLocation Loc;    ///< the sink
  std::string Message;
  struct Note {
    SourceLocation Loc;
    std::string Kind;
    std::string Message;
  };
  std::vector<Note> Notes;
  std::string Purpose;
  bool Pseudonymised = false;
  std::string DataName;
  std::vector<std::string> Taxa;
  std::string FingerprintKey;
  /// For "retain-period" with a declared period: the check compares it
  /// with its configured maximum and completes Message (empty until then).
  std::optional<int64_t> RetentionDays;
};

/// Completes a retention-period candidate against Max; false if the
/// declared period is within it (no violation).
bool finalizeRetention(Violation &V, int64_t Max, const LegalPolicy &P);

class SummaryStore;

class TranslationUnitAnalysis {
public:
  TranslationUnitAnalysis(ASTContext &Ctx, const EngineOptions &Opts);
  ~TranslationUnitAnalysis();
  void run();

  const std::vector<Violation> &violations() const { return Violations; }
  /// Problems found on the way: model files, budgets, summary store.
  struct Notice {
    DiagnosticIDs::Level Level;
    SourceLocation Loc;
    std::string Message;
  };
  const std::vector<Notice> &notices() const { return Notices; }
  /// Plain records for SARIF.
  FindingRecord toRecord(const Violation &V, llvm::StringRef CheckName) const;
  ToolNotice toRecord(const Notice &N) const;
  PlainLocation plain(SourceLocation Loc) const;

  // Used by the per-function analysis.
  ASTContext &Ctx;
  const EngineOptions &Opts;
  const LegalPolicy &Policy;
  ModelSet Models;
  std::unique_ptr<DeclFacts> Facts;
  llvm::BumpPtrAllocator Alloc;
  llvm::UniqueStringSaver Strings{Alloc};
  std::map<const FunctionDecl *, FunctionSummary> Summaries;
  std::map<const VarDecl *, Value> GlobalValues;
  unsigned GlobalVersion = 0; ///< grows whenever GlobalValues grows
  std::map<const FunctionDecl *, unsigned> GlobalReadAt; ///< reader -> version
  std::map<const CXXMethodDecl *, std::vector<const CXXMethodDecl *>> Overriders;
  std::set<const FunctionDecl *> DeferrableFunctions;
  std::set<const FunctionDecl *> InProgress; ///< the SCC being computed
  std::vector<Notice> Notices;
  std::unique_ptr<SummaryStore> Store;

  const FunctionSummary *summary(const FunctionDecl *FD) const;
  /// A summary from the whole-program store for a function defined in
  /// another translation unit.
  const FunctionSummary *importedSummary(const FunctionDecl *FD);
  void report(const SinkHit &Hit, const FunctionDecl *Where);

private:
  std::vector<Violation> Violations;
  std::set<std::string> Reported;
  void loadModels();
  void checkModelsMatch();
  std::optional<Violation> evaluate(const SinkHit &Hit);
};

/// Runs the analysis once per translation unit for every check that asks,
/// keyed by the AST and the options. Thread-local: clangd runs TUs in
/// parallel threads.
TranslationUnitAnalysis &sharedAnalysis(ASTContext &Ctx,
                                        const EngineOptions &Opts);
void resetSharedAnalysis();

} // namespace clang::tidy::privacy

#endif
