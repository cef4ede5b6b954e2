//===--- Engine.h - The privacy dataflow engine ----------------*- C++ -*-===//
//
// One analysis per translation unit, shared by every privacy check: function
// summaries bottom-up over the call graph, a flow-sensitive dataflow over each
// function's CFG, and policy evaluation of every (source, sink) path.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_ENGINE_H
#define PRIVACY_TIDY_ENGINE_ENGINE_H

#include "ModelUsage.h"
#include "Models.h"
#include "SqlBinding.h"
#include "SqlTables.h"
#include "Taint.h"
#include "UnknownCalls.h"
#include "policy/Flow.h"
#include "report/Finding.h"
#include "report/NoticeFacts.h"
#include "clang/AST/ASTContext.h"
#include "llvm/Support/StringSaver.h"
#include <map>
#include <set>
#include <memory>
#include <set>

namespace clang::tidy::privacy {

/// Settings that change what the engine computes; every check builds one
/// from its options and the shared cache keys on it.
struct EngineOptions {
  std::vector<std::string> ModelFiles;     ///< absolute paths
  std::vector<std::string> DisabledModels; ///< shipped model names to skip
  bool StrictModels = false;
  /// privacy-tidy --strict-models: record each user model entry and whether
  /// it matched (modelCoverage()) instead of StrictModels' warnings.
  bool ModelCoverage = false;
  unsigned MaxBlockVisits = 20000; ///< per function; over it the engine gives up
  std::string SummaryStore;        ///< directory of the whole-program store
  bool WriteSummaries = false;     ///< first pass: write this TU's summaries
  bool ReadSummaries = false;      ///< second pass: use other TUs' summaries
  /// Only what the findings and summaries of the main file, and of the
  /// headers ShownHeaders matches, depend on is analysed: right when
  /// nothing else is reported (the first pass; a clang-tidy run without a
  /// SARIF log, which shows findings in those files only).
  bool MainFileOnly = false;
  /// Regular expressions of the headers whose findings are shown (clang-tidy's
  /// header filter) and of those excluded from it; with MainFileOnly.
  std::string ShownHeaders, HiddenHeaders;
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
  SinkSubject SinkDesc;    ///< printf, std::cout, static storage 'cache'
  PurposeSet ConsentHeld;  ///< consents that hold at the sink
  std::vector<ConsentSeen> ConsentChecks;
  std::vector<SourceLocation> CallSites; ///< outermost last
  bool Imported = false;       ///< the sink is in another translation unit
  bool Anonymised = false;     ///< Data passed an anonymizer: a lawful flow
  /// The sink is a call of a sink function (not static storage or a sink
  /// object): what makes the caller a wrapper (ModelDraft). This TU only.
  bool ViaCall = false;
  SourceLocation ReportLoc;    ///< for imported hits: the call in this TU
  /// A sink object's chain (std::cout << a << b): its first call, shared by
  /// the hits of the chain, which are one finding. Invalid: the sink itself.
  SourceLocation GroupLoc;
  /// Imported concrete data: the qualified name of its source in the TU
  /// that read it (this TU may not declare it), so that the finding keeps
  /// the identity its own TU gives it.
  std::string SourceName;
  /// A bind wrapper's sink: stored only if the SQL its caller binds into
  /// may store the value (SqlBinding.h); in the callee's parameter terms.
  std::shared_ptr<const SqlBinding> Sql;
};

/// A destination a function writes through: a parameter or `this`.
struct OutPlace {
  int Param; ///< parameter index or ThisArg
  FieldPath Fields;
  bool operator<(const OutPlace &O) const;
};

/// Bounds of what one summary carries (see addSummarySink).
constexpr size_t MaxSummarySinks = 32;
constexpr size_t MaxCallSites = 16; ///< per hit: innermost and outermost kept
constexpr size_t MaxTraceSteps = 32; ///< per path: its ends kept

struct FunctionSummary {
  bool Analyzed = false;
  bool GaveUp = false;
  bool Truncated = false; ///< over MaxSummarySinks: some callee sinks dropped
  Value Return;
  std::map<OutPlace, Value> Writes;
  /// A pointer left in a field of an out-parameter points into what another
  /// parameter points to (`strbuf_init(&sb, buf)`: {0, [pos]} -> {1, []}).
  std::map<OutPlace, std::set<OutPlace>> PointsTo;
  /// A parameter (its place, or {ReturnArg, []} for the result) left
  /// attached to a container another parameter names (`add_child(parent,
  /// child)`: {1, []} -> {0, []}): what callers write into it later is in
  /// the container too.
  std::map<OutPlace, std::set<OutPlace>> Links;
  std::map<const VarDecl *, Value> GlobalWrites; ///< parameters into globals
  std::vector<SinkHit> Sinks; ///< parameter-labelled or deferred hits
  std::optional<PurposeSet> ReturnsConsent;    ///< true means consent
  std::optional<PurposeSet> ReturnsNegConsent; ///< false means consent
  /// Where the function may write through each parameter, whatever it
  /// writes (LocalObjects.cpp): a caller's local given to it holds its
  /// declared fields only there. Known for functions analysed in this TU.
  std::map<unsigned, std::vector<FieldPath>> ParamFills;
  bool FillsKnown = false;
  unsigned signature() const;
};

/// A path of personal data to a sink, lawful or not: the facts (plain, for
/// the law and the messages) and where each of them is in this TU.
struct Flow {
  FlowFacts Facts;
  std::vector<SourceLocation> StepLocs;     ///< parallel to Facts.Steps
  std::vector<SourceLocation> CallSiteLocs; ///< Facts.CallSites of them
  std::vector<SourceLocation> ConsentLocs;  ///< parallel to ConsentChecks
  SourceLocation SinkLoc;
  /// Where the finding is shown: the sink, or for a sink in another
  /// translation unit the call in this one (clang-tidy shows main-file
  /// diagnostics).
  SourceLocation ReportLoc;
  /// The flows of one finding share it (with the category and action): the
  /// report location, or a sink object chain's first call (SinkHit).
  SourceLocation GroupLoc;
};

class SummaryStore;
class SqlTables;
class IndirectCalls;

/// A location in plain form (absolute file, 1-based line and column).
PlainLocation plainLocation(const SourceManager &SM, SourceLocation Loc);

class TranslationUnitAnalysis {
public:
  TranslationUnitAnalysis(ASTContext &Ctx, const EngineOptions &Opts);
  ~TranslationUnitAnalysis();
  void run();

  /// Every flow that reaches a sink, compliant ones included, in the order
  /// found; one per (sink, source, category, action, pseudonymised).
  const std::vector<Flow> &flows() const { return Flows; }
  /// Problems found on the way: model files, budgets, summary store; as
  /// facts, which report/Messages.h words (noticeMessage).
  struct Notice {
    DiagnosticIDs::Level Level;
    SourceLocation Loc;
    NoticeFacts Facts;
    const char *Coverage = ""; ///< sarif/CoverageKeys.h value, if any
    /// A pruned branch: the kind of the first sink call in its code, whose
    /// check shows the remark.
    std::optional<SinkKind> Sink;
  };
  const std::vector<Notice> &notices() const { return Notices; }
  /// With ModelCoverage: the user model entries, each with whether it
  /// matched a declaration of this TU.
  const std::vector<ModelEntryUsage> &modelCoverage() const { return Coverage; }
  PlainLocation plain(SourceLocation Loc) const;

  // Used by the per-function analysis.
  ASTContext &Ctx;
  const EngineOptions &Opts;
  const ModelSet::Loaded &LoadedModels; ///< shared by the TUs of a process
  const ModelSet &Models;
  std::unique_ptr<DeclFacts> Facts;
  llvm::BumpPtrAllocator Alloc;
  llvm::UniqueStringSaver Strings{Alloc};
  std::map<const FunctionDecl *, FunctionSummary> Summaries;
  std::map<const VarDecl *, Value> GlobalValues;
  /// What each declaration says is personal by itself (its annotation,
  /// model entry and type): the same in every function, so computed once.
  llvm::DenseMap<const Decl *, Value> StaticOfDecl;
  unsigned GlobalVersion = 0; ///< counts the growths of GlobalValues
  /// Per global, GlobalVersion after its latest growth.
  llvm::DenseMap<const VarDecl *, unsigned> GlobalGrownAt;
  /// Per reader and global, GlobalVersion when the reader last read it: a
  /// later growth of that global makes the reader stale.
  std::map<const FunctionDecl *, llvm::DenseMap<const VarDecl *, unsigned>>
      GlobalReadAt;
  void noteGlobalGrown(const VarDecl *VD) {
    GlobalGrownAt[VD] = ++GlobalVersion;
  }
  bool readsStaleGlobal(const FunctionDecl *FD) const;
  std::map<const CXXMethodDecl *, std::vector<const CXXMethodDecl *>> Overriders;
  /// What calls through function pointers reach (engine/IndirectCalls.h).
  std::unique_ptr<IndirectCalls> Indirect;
  std::set<const FunctionDecl *> DeferrableFunctions;
  std::set<const FunctionDecl *> InProgress; ///< the SCC being computed
  std::vector<Notice> Notices;
  /// Calls that gave personal data to a function without a body or model
  /// (engine/UnknownCalls.h): where the analysis applied its default.
  UnknownCallLog UnknownCalls;
  bool SaidTruncated = false; ///< the MaxSummarySinks remark, once per TU
  std::unique_ptr<SummaryStore> Store;

  const FunctionSummary *summary(const FunctionDecl *FD) const;
  /// A summary from the whole-program store for a function defined in
  /// another translation unit.
  const FunctionSummary *importedSummary(const FunctionDecl *FD);
  void report(const SinkHit &Hit, const FunctionDecl *Where);
  /// The TU's constant SQL and tables of statements, scanned on first use.
  SqlTables &sqlTables();
  /// The SQL texts the statement handle \p E reads may have been prepared
  /// from (`ctx->stmt[K]`): this TU's facts, in a second pass joined with
  /// the other TUs'; false when not known.
  bool handleTexts(const Expr *E, std::vector<std::string> &Out);

private:
  std::unique_ptr<SqlTables> Tables;
  std::map<const ValueDecl *, HandleTable> JoinedTables;
  const HandleTable &handleTable(const ValueDecl *H);
  std::vector<Flow> Flows;
  std::set<std::string> Reported;
  std::vector<ModelEntryUsage> Coverage;
  void loadModels();
  void checkModelsMatch();
  void checkExcludedMembers(
      const std::vector<std::pair<std::string, const RecordDecl *>> &Records);
  Flow makeFlow(const SinkHit &Hit) const;
};

/// Runs the analysis once per translation unit for every check that asks,
/// keyed by the AST and the options. Thread-local: clangd runs TUs in
/// parallel threads.
TranslationUnitAnalysis &sharedAnalysis(ASTContext &Ctx,
                                        const EngineOptions &Opts);
void resetSharedAnalysis();

} // namespace clang::tidy::privacy

#endif
