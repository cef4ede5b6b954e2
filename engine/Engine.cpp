//===--- Engine.cpp - The privacy dataflow engine -----------------------===//

#include "Engine.h"
#include "CallGraph.h"
#include "IndirectCalls.h"
#include "llvm/Support/Regex.h"
#include <functional>
#include "FunctionAnalysis.h"
#include "ModelUsage.h"
#include "SummaryStore.h"
#include "policy/Verdict.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"

namespace clang::tidy::privacy {

std::string EngineOptions::key() const {
  std::string K;
  for (const auto &F : ModelFiles)
    K += F + ";";
  K += "|";
  for (const auto &D : DisabledModels)
    K += D + ";";
  K += "|" + std::to_string(StrictModels) + std::to_string(ModelCoverage);
  K += "|" + std::to_string(MaxBlockVisits) + "|" + SummaryStore + "|" +
       std::to_string(WriteSummaries) + std::to_string(ReadSummaries) +
       std::to_string(MainFileOnly) +
       "|" + ShownHeaders + "|" + HiddenHeaders;
  return K;
}

bool OutPlace::operator<(const OutPlace &O) const {
  if (Param != O.Param)
    return Param < O.Param;
  return std::lexicographical_compare(Fields.begin(), Fields.end(),
                                      O.Fields.begin(), O.Fields.end());
}

unsigned FunctionSummary::signature() const {
  // Summaries only grow while an SCC iterates, so sizes detect change.
  unsigned S = Return.Taints.size() * 7919 + Sinks.size() * 104729 +
               Return.Anonymised.size() * 613 +
               (ReturnsConsent ? ReturnsConsent->size() + 1 : 0) +
               (ReturnsNegConsent ? 31 * (ReturnsNegConsent->size() + 1) : 0);
  for (const auto &[P, V] : Writes)
    S = S * 31 + V.Taints.size() + 1;
  for (const auto &[P, Targets] : PointsTo)
    S = S * 37 + Targets.size() + 1;
  for (const auto &[P, Containers] : Links)
    S = S * 41 + Containers.size() + 1;
  return S;
}

//===----------------------------------------------------------------------===//
// TranslationUnitAnalysis
//===----------------------------------------------------------------------===//

TranslationUnitAnalysis::TranslationUnitAnalysis(ASTContext &Ctx,
                                                 const EngineOptions &Opts)
    : Ctx(Ctx), Opts(Opts),
      LoadedModels(ModelSet::shared(Opts.DisabledModels, Opts.ModelFiles,
                                    !Ctx.getLangOpts().CPlusPlus)),
      Models(LoadedModels.Set) {
  loadModels();
  Facts = std::make_unique<DeclFacts>(Ctx, Models);
  if (!Opts.SummaryStore.empty() && (Opts.WriteSummaries || Opts.ReadSummaries))
    Store = std::make_unique<SummaryStore>(*this);
}

SqlTables &TranslationUnitAnalysis::sqlTables() {
  if (!Tables)
    Tables = std::make_unique<SqlTables>(Ctx, *Facts);
  return *Tables;
}

/// This TU's facts of \p H; in a second pass ('read', not 'update', whose
/// store other processes are rewriting) joined with the other TUs' when
/// they can see \p H too (a field, an external variable).
const HandleTable &TranslationUnitAnalysis::handleTable(const ValueDecl *H) {
  auto Found = JoinedTables.find(H);
  if (Found != JoinedTables.end())
    return Found->second;
  const auto &Own = sqlTables().tables();
  auto It = Own.find(H);
  std::optional<HandleTable> T;
  if (It != Own.end())
    T = It->second;
  const auto *VD = dyn_cast<VarDecl>(H);
  if (Store && Opts.ReadSummaries && !Opts.WriteSummaries &&
      (!VD || VD->isExternallyVisible()))
    if (std::optional<HandleTable> Stored = Store->handleTable(H))
      T = T ? agree(*T, *Stored) : *Stored;
  return JoinedTables[H] = T.value_or(HandleTable{});
}

bool TranslationUnitAnalysis::handleTexts(const Expr *E,
                                          std::vector<std::string> &Out) {
  std::vector<uint64_t> Indices;
  const ValueDecl *H = sqlTables().handleRead(E, Indices);
  if (!H)
    return false;
  const HandleTable &T = handleTable(H);
  return llvm::all_of(Indices,
                      [&](uint64_t K) { return T.textsAt(K, Out); });
}

const FunctionSummary *
TranslationUnitAnalysis::importedSummary(const FunctionDecl *FD) {
  if (!Store || !Opts.ReadSummaries || !FD || FD->hasBody())
    return nullptr;
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(FD->getLocation())))
    return nullptr;
  return Store->lookup(FD);
}

TranslationUnitAnalysis::~TranslationUnitAnalysis() = default;

void TranslationUnitAnalysis::loadModels() {
  for (const ModelError &E : LoadedModels.Errors)
    Notices.push_back({DiagnosticIDs::Error, SourceLocation(), E});
}

const FunctionSummary *
TranslationUnitAnalysis::summary(const FunctionDecl *FD) const {
  if (!FD)
    return nullptr;
  auto It = Summaries.find(FD->getCanonicalDecl());
  if (It == Summaries.end() || !It->second.Analyzed || It->second.GaveUp)
    return nullptr;
  return &It->second;
}

/// Analyses one SCC; a recursive one until its summaries stop growing (at
/// most four rounds). Its members see each other's latest summaries.
static void analyzeSCC(TranslationUnitAnalysis &TU, const CallGraph::SCC &SCC) {
  bool Recursive = CallGraph::isRecursive(SCC);
  TU.InProgress.clear();
  if (Recursive)
    for (const CallGraph::Node *N : SCC)
      TU.InProgress.insert(N->FD->getCanonicalDecl());
  // Rounds until the summaries stop growing, bounded: a large ring of
  // recursive functions gets fewer rounds, so the work stays near linear.
  unsigned Rounds = !Recursive ? 1u : SCC.size() > 32 ? 2u : 4u;
  bool Changed = true;
  for (unsigned Round = 0; Round < Rounds && Changed; ++Round) {
    Changed = false;
    for (const CallGraph::Node *N : SCC) {
      const FunctionDecl *FD = N->FD;
      auto Old = TU.Summaries.find(FD->getCanonicalDecl());
      unsigned Before =
          Old == TU.Summaries.end() ? ~0u : Old->second.signature();
      analyzeFunction(TU, FD);
      Changed |= TU.Summaries[FD->getCanonicalDecl()].signature() != Before;
    }
  }
  if (Recursive && Changed)
    TU.Notices.push_back(
        {DiagnosticIDs::Remark, SCC.front()->FD->getLocation(),
         RecursionBoundFacts{SCC.front()->FD->getNameAsString(),
                             unsigned(SCC.size()), Rounds}});
  TU.InProgress.clear();
}

/// Whether findings in a function's file are shown: the main file, and the
/// headers the header filter matches and its exclusion does not (as
/// clang-tidy decides; system headers hold no analysed function).
static std::function<bool(const FunctionDecl *)>
shownFiles(const SourceManager &SM, const EngineOptions &Opts) {
  auto Shown = std::make_shared<llvm::Regex>(Opts.ShownHeaders);
  auto Hidden = std::make_shared<llvm::Regex>(Opts.HiddenHeaders);
  bool Headers = !Opts.ShownHeaders.empty() && Shown->isValid();
  bool Exclude = !Opts.HiddenHeaders.empty() && Hidden->isValid();
  auto Files = std::make_shared<llvm::DenseMap<FileID, bool>>();
  return [=, &SM](const FunctionDecl *FD) {
    SourceLocation L = SM.getExpansionLoc(FD->getLocation());
    if (SM.isInMainFile(L))
      return true;
    if (!Headers)
      return false;
    FileID F = SM.getFileID(L);
    auto [It, New] = Files->try_emplace(F, false);
    if (New)
      if (OptionalFileEntryRef E = SM.getFileEntryRefForID(F))
        It->second = Shown->match(E->getName()) &&
                     !(Exclude && Hidden->match(E->getName()));
    return It->second;
  };
}

/// Analyses once more each function that read a global before personal data
/// was stored in that global, and every function that calls or names one
/// analysed again (findings are deduplicated). The others would compute
/// what they did.
static void analyzeStaleAgain(TranslationUnitAnalysis &TU, size_t Size,
                              const std::vector<CallGraph::SCC> &SCCs,
                              const std::vector<bool> &Needed) {
  std::vector<bool> Again(Size, false);
  auto IsAgain = [&](const CallGraph::Node *N) { return Again[N->Index]; };
  for (const CallGraph::SCC &SCC : SCCs) {
    bool Redo = Needed[SCC.front()->Index] &&
                llvm::any_of(SCC, [&](const CallGraph::Node *N) {
                  return TU.readsStaleGlobal(N->FD) ||
                         llvm::any_of(N->Callees, IsAgain) ||
                         llvm::any_of(N->Named, IsAgain);
                });
    if (!Redo)
      continue;
    for (const CallGraph::Node *N : SCC)
      Again[N->Index] = true;
    analyzeSCC(TU, SCC);
  }
}

bool TranslationUnitAnalysis::readsStaleGlobal(const FunctionDecl *FD) const {
  auto R = GlobalReadAt.find(FD->getCanonicalDecl());
  if (R == GlobalReadAt.end())
    return false;
  return llvm::any_of(R->second, [&](const auto &Read) {
    return GlobalGrownAt.lookup(Read.first) > Read.second;
  });
}

void TranslationUnitAnalysis::run() {
  Indirect = std::make_unique<IndirectCalls>();
  CallGraph Graph(Ctx, *Facts, Overriders, *Indirect);
  std::vector<CallGraph::SCC> SCCs = Graph.bottomUpSCCs();
  // A function whose callers (outside its own SCC) may hold the consent
  // defers its unguarded sinks to them.
  DeferrableFunctions = Graph.calledFromOtherSCCs(SCCs);
  // Callers of a modelled function never read its summary: its body's
  // findings are reported where they are.
  for (auto It = DeferrableFunctions.begin(); It != DeferrableFunctions.end();) {
    const FunctionSpec *S = Facts->functionSpec(*It);
    It = S && S->replacesSummary() ? DeferrableFunctions.erase(It) : std::next(It);
  }
  std::vector<bool> Needed(Graph.size(), true);
  if (Opts.MainFileOnly)
    Needed = Graph.neededBy(shownFiles(Ctx.getSourceManager(), Opts));
  for (const CallGraph::SCC &SCC : SCCs)
    if (Needed[SCC.front()->Index]) // an SCC is needed as a whole
      analyzeSCC(*this, SCC);
  analyzeStaleAgain(*this, Graph.size(), SCCs, Needed);

  if (Store && Opts.WriteSummaries)
    Store->writeAll();
  if (Opts.StrictModels || Opts.ModelCoverage) {
    checkModelsMatch(); // every matching record, as errors
  } else {
    std::set<std::string> Said;
    for (const DeclFacts::MissingMember &M : Facts->missingMembers())
      if (Said.insert(M.Origin).second)
        Notices.push_back({DiagnosticIDs::Warning, SourceLocation(),
                           MissingMemberFacts{M.Origin, M.Name, M.Type}});
  }
}

namespace {
/// The records of a TU by every name a `types` entry may use: what the
/// excluded members of strict mode are checked against (engine-a).
class RecordNameCollector : public RecursiveASTVisitor<RecordNameCollector> {
public:
  explicit RecordNameCollector(ASTContext &Ctx)
      : Aliases(buildTypedefIndex(Ctx)) {}
  TypedefIndex Aliases;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitRecordDecl(RecordDecl *D) {
    if (D->isThisDeclarationADefinition())
      for (std::string &N : recordTypeNames(D, &Aliases))
        Records.push_back({std::move(N), D});
    return true;
  }
  std::vector<std::pair<std::string, const RecordDecl *>> Records;
};
} // namespace

void TranslationUnitAnalysis::checkModelsMatch() {
  std::vector<ModelEntryUsage> Usage = modelUsage(Ctx, Models, *Facts);
  if (Opts.ModelCoverage) // the run reports unmatched entries, once
    Coverage = std::move(Usage);
  else
    for (const ModelEntryUsage &U : Usage)
      if (!U.Matched)
        Notices.push_back(
            {DiagnosticIDs::Warning, SourceLocation(),
             U.OverriddenBy.empty()
                 ? NoticeFacts(UnmatchedModelEntryFacts{U.Entry})
                 : NoticeFacts(OverriddenModelEntryFacts{U.Entry,
                                                         U.OverriddenBy})});
  // A type this TU has without a member its entry excludes is wrong here,
  // whatever other TUs hold: an error in either strict mode.
  RecordNameCollector Names(Ctx);
  Names.TraverseDecl(Ctx.getTranslationUnitDecl());
  checkExcludedMembers(Names.Records);
}

// engine-a: strict mode for excluded members (parameters and locals by name
// are entries of modelUsage, like the others).

/// A member named in `excludeFields` that the type does not have is an
/// error: the exclusion would silently do nothing.
void TranslationUnitAnalysis::checkExcludedMembers(
    const std::vector<std::pair<std::string, const RecordDecl *>> &Records) {
  for (size_t I = Models.BuiltinDecls; I < Models.Decls.size(); ++I) {
    const ModelSet::DeclEntry &E = Models.Decls[I];
    if (E.Kind != ModelSet::DeclEntry::Type || E.Excludes.empty())
      continue;
    std::set<std::string> Reported;
    for (const auto &[Name, RD] : Records) {
      if (!E.Name.matches(Name))
        continue;
      for (const ModelSet::ExcludedField &X : E.Excludes) {
        if (!hasMemberNamed(RD, X.Name) &&
            Reported.insert(X.Origin + Name).second)
          Notices.push_back({DiagnosticIDs::Error, SourceLocation(),
                             MissingMemberFacts{X.Origin, X.Name, Name}});
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// Policy evaluation
//===----------------------------------------------------------------------===//

/// The name the path's first step gives the data, else the latest name.
static std::string dataName(llvm::ArrayRef<TraceStep> Steps) {
  if (!Steps.empty() && !Steps.front().N->Name.empty())
    return Steps.front().N->Name;
  for (const TraceStep &S : llvm::reverse(Steps))
    if (!S.N->Name.empty())
      return S.N->Name;
  return "data";
}

Flow TranslationUnitAnalysis::makeFlow(const SinkHit &H) const {
  Flow Fl;
  FlowFacts &F = Fl.Facts;
  F.Cat = H.Data.L.Cat;
  F.Kind = H.Sink.Kind;
  std::vector<TraceStep> Steps = traceSteps(H.Data.T);
  F.DataName = dataName(Steps);
  if (!H.SourceName.empty())
    F.SourceName = H.SourceName;
  else if (const auto *ND = dyn_cast_or_null<NamedDecl>(H.Data.L.Source))
    F.SourceName = ND->getQualifiedNameAsString();
  F.SinkDesc = H.SinkDesc;
  const SourceManager &SM = Ctx.getSourceManager();
  if (H.SinkLoc.isValid())
    F.SinkFile = llvm::sys::path::filename(
                     SM.getFilename(SM.getExpansionLoc(H.SinkLoc)))
                     .str();
  F.Purpose = H.Sink.Purpose;
  F.RetentionDays = H.Sink.RetentionDays;
  for (llvm::StringRef P : H.ConsentHeld)
    F.ConsentHeld.push_back(P.str());
  for (const ConsentSeen &CS : H.ConsentChecks) {
    F.ConsentChecks.push_back({CS.Function, CS.Purpose});
    Fl.ConsentLocs.push_back(CS.Loc);
  }
  F.Pseudonymised = H.Data.L.Pseudonymised;
  F.Anonymised = H.Anonymised;
  F.Imported = H.Imported && H.ReportLoc.isValid();
  for (const TraceStep &S : Steps) {
    const TraceNode *N = S.N;
    if (N->Loc.isInvalid())
      continue;
    F.Steps.push_back({N->Kind, S.IsSource, N->Cat, N->Subject, N->Via});
    Fl.StepLocs.push_back(N->Loc);
  }
  F.CallSites = H.CallSites.size();
  Fl.CallSiteLocs.assign(H.CallSites.begin(), H.CallSites.end());
  Fl.SinkLoc = H.SinkLoc;
  Fl.ReportLoc = F.Imported ? H.ReportLoc : H.SinkLoc;
  Fl.GroupLoc = F.Imported || H.GroupLoc.isInvalid() ? Fl.ReportLoc
                                                      : H.GroupLoc;
  return Fl;
}

void TranslationUnitAnalysis::report(const SinkHit &H,
                                     const FunctionDecl *Deferred) {
  Flow Fl = makeFlow(H);
  // Which action decides the identity; limits do not matter for that.
  Verdict V = evaluate(policy(), Fl.Facts, {});
  // While deferred to callers, only a lawful retention (whose period no
  // caller's consent changes) is final; the callers report the rest.
  if (Deferred && V.Action == sinkKindId(H.Sink.Kind))
    return;
  // An imported sink is reported at each call that reaches it (ReportLoc):
  // two calls passing the same data are two findings, not one.
  std::string Key = std::to_string(H.SinkLoc.getRawEncoding()) + "|" +
                    std::to_string(Fl.ReportLoc.getRawEncoding()) + "|" +
                    std::to_string(reinterpret_cast<uintptr_t>(H.Data.L.Source)) +
                    "|" + V.Action + "|" + categoryId(Fl.Facts.Cat).str() +
                    "|" + std::to_string(Fl.Facts.Pseudonymised) + "|" +
                    legalBasisId(V.Basis);
  if (!Reported.insert(Key).second)
    return;
  Flows.push_back(std::move(Fl));
}

//===----------------------------------------------------------------------===//
// Records for SARIF
//===----------------------------------------------------------------------===//

PlainLocation plainLocation(const SourceManager &SM, SourceLocation Loc) {
  PlainLocation P;
  if (Loc.isInvalid())
    return P;
  SourceLocation E = SM.getFileLoc(Loc);
  PresumedLoc PL = SM.getPresumedLoc(E);
  if (PL.isInvalid())
    return P;
  llvm::SmallString<256> Path(PL.getFilename());
  if (auto FE = SM.getFileEntryRefForID(SM.getFileID(E))) {
    llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
    if (!Real.empty())
      Path = Real;
  }
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  P.File = std::string(Path);
  P.Line = PL.getLine();
  P.Column = PL.getColumn();
  return P;
}

PlainLocation TranslationUnitAnalysis::plain(SourceLocation Loc) const {
  return plainLocation(Ctx.getSourceManager(), Loc);
}

//===----------------------------------------------------------------------===//
// Shared cache
//===----------------------------------------------------------------------===//

namespace {
struct SharedSlot {
  ASTContext *Ctx = nullptr;
  std::string Key;
  std::unique_ptr<EngineOptions> Opts;
  std::unique_ptr<TranslationUnitAnalysis> Analysis;
};
thread_local std::vector<SharedSlot> Slots;
} // namespace

TranslationUnitAnalysis &sharedAnalysis(ASTContext &Ctx,
                                        const EngineOptions &Opts) {
  std::string Key = Opts.key();
  for (SharedSlot &S : Slots)
    if (S.Ctx == &Ctx && S.Key == Key)
      return *S.Analysis;
  SharedSlot S;
  S.Ctx = &Ctx;
  S.Key = Key;
  S.Opts = std::make_unique<EngineOptions>(Opts);
  S.Analysis = std::make_unique<TranslationUnitAnalysis>(Ctx, *S.Opts);
  S.Analysis->run();
  Slots.push_back(std::move(S));
  return *Slots.back().Analysis;
}

void resetSharedAnalysis() { Slots.clear(); }

} // namespace clang::tidy::privacy
