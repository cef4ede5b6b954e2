//===--- Engine.cpp - The privacy dataflow engine -----------------------===//

#include "Engine.h"
#include "FunctionAnalysis.h"
#include "SummaryStore.h"
#include "policy/Verdict.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"
#include <functional>

namespace clang::tidy::privacy {

std::string EngineOptions::key() const {
  std::string K;
  for (const auto &F : ModelFiles)
    K += F + ";";
  K += "|";
  for (const auto &D : DisabledModels)
    K += D + ";";
  K += "|" + std::to_string(StrictModels);
  K += "|" + std::to_string(MaxBlockVisits) + "|" + SummaryStore + "|" +
       std::to_string(WriteSummaries) + std::to_string(ReadSummaries) +
       std::to_string(MainFileOnly);
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
               (ReturnsConsent ? ReturnsConsent->size() + 1 : 0) +
               (ReturnsNegConsent ? 31 * (ReturnsNegConsent->size() + 1) : 0);
  for (const auto &[P, V] : Writes)
    S = S * 31 + V.Taints.size() + 1;
  return S;
}

//===----------------------------------------------------------------------===//
// Collecting the functions and their calls
//===----------------------------------------------------------------------===//

namespace {

/// Finds every function definition outside system headers, including
/// template instantiations and lambda call operators.
class FunctionCollector : public RecursiveASTVisitor<FunctionCollector> {
public:
  FunctionCollector(const SourceManager &SM,
                    std::vector<const FunctionDecl *> &Out)
      : SM(SM), Out(Out) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && !isa<NamespaceDecl>(D) &&
        !isa<LinkageSpecDecl>(D)) {
      SourceLocation L = D->getLocation();
      if (L.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(L)))
        return true;
    } else if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      SourceLocation L = NS->getLocation();
      if (L.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(L)))
        return true;
    }
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    add(FD);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *LE) {
    add(LE->getCallOperator());
    return true;
  }

private:
  const SourceManager &SM;
  std::vector<const FunctionDecl *> &Out;
  void add(const FunctionDecl *FD) {
    if (!FD || !FD->doesThisDeclarationHaveABody() || FD->isDependentContext() ||
        FD->isInvalidDecl() || !FD->getBody())
      return;
    Out.push_back(FD);
  }
};

/// The functions a body calls (directly, through constructors, or by
/// creating a lambda).
class CalleeCollector : public RecursiveASTVisitor<CalleeCollector> {
public:
  CalleeCollector(std::vector<const FunctionDecl *> &Out,
                  const SourceManager &SM)
      : Out(Out), SM(SM) {}
  /// Whether the body names a project variable of static storage, whose
  /// value the engine shares between functions.
  bool UsesGlobals = false;
  bool shouldVisitTemplateInstantiations() const { return true; }
  // Default arguments and default member initializers call functions too.
  bool shouldVisitImplicitCode() const { return true; }
  // A lambda object handed on (a variable, a member) may reach unknown code,
  // which the dataflow treats as calling it (invokeCallbacks).
  bool VisitExpr(Expr *E) {
    QualType T = E->getType();
    if (T.isNull()) // e.g. the message of a static_assert
      return true;
    if (const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl())
      if (RD->isLambda())
        if (const CXXMethodDecl *Op = RD->getLambdaCallOperator())
          Out.push_back(Op);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *VD = dyn_cast<VarDecl>(E->getDecl()))
      if (VD->hasGlobalStorage() && !VD->isStaticLocal() &&
          !SM.isInSystemHeader(SM.getExpansionLoc(VD->getLocation())))
        UsesGlobals = true;
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionDecl *FD = CE->getDirectCallee())
      Out.push_back(FD);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    Out.push_back(CE->getConstructor());
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *LE) {
    Out.push_back(LE->getCallOperator());
    for (Expr *Init : LE->capture_inits())
      if (Init)
        TraverseStmt(Init);
    return true;
  }

private:
  std::vector<const FunctionDecl *> &Out;
  const SourceManager &SM;
};

} // namespace

//===----------------------------------------------------------------------===//
// TranslationUnitAnalysis
//===----------------------------------------------------------------------===//

TranslationUnitAnalysis::TranslationUnitAnalysis(ASTContext &Ctx,
                                                 const EngineOptions &Opts)
    : Ctx(Ctx), Opts(Opts) {
  loadModels();
  Facts = std::make_unique<DeclFacts>(Ctx, Models);
  if (!Opts.SummaryStore.empty() && (Opts.WriteSummaries || Opts.ReadSummaries))
    Store = std::make_unique<SummaryStore>(*this);
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
  std::vector<ModelError> Errors;
  Models.loadBuiltins(Opts.DisabledModels, Errors);
  for (const std::string &File : Opts.ModelFiles) {
    if (llvm::sys::fs::is_directory(File)) {
      Errors.push_back({File, 0, 0,
                        "cannot read model file: it is a directory"});
      continue;
    }
    auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
    if (!Buf) {
      Errors.push_back({File, 0, 0,
                        "cannot read model file: " + Buf.getError().message()});
      continue;
    }
    Models.loadText((*Buf)->getBuffer(), File, Errors);
  }
  for (const ModelError &E : Errors)
    Notices.push_back({DiagnosticIDs::Error, SourceLocation(), E.str()});
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

void TranslationUnitAnalysis::run() {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<const FunctionDecl *> Functions;
  FunctionCollector(SM, Functions)
      .TraverseDecl(Ctx.getTranslationUnitDecl());

  // Index, deduplicated by canonical declaration.
  std::map<const FunctionDecl *, unsigned> IndexOf;
  std::vector<const FunctionDecl *> Nodes;
  for (const FunctionDecl *FD : Functions) {
    // The body of an annotated step or sink is its implementation: the
    // annotation already says what it does with the data.
    if (const FunctionSpec *S = Facts->functionSpec(FD))
      if (S->Sink || S->Anonymizer || S->Pseudonymizer || S->ConsentPurpose ||
          S->Barrier)
        continue;
    const FunctionDecl *C = FD->getCanonicalDecl();
    if (IndexOf.emplace(C, Nodes.size()).second)
      Nodes.push_back(FD);
  }
  for (const FunctionDecl *FD : Nodes)
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
      // Every method this one overrides, transitively.
      std::vector<const CXXMethodDecl *> Stack(MD->overridden_methods().begin(),
                                               MD->overridden_methods().end());
      std::set<const CXXMethodDecl *> Seen;
      while (!Stack.empty()) {
        const CXXMethodDecl *O = Stack.back()->getCanonicalDecl();
        Stack.pop_back();
        if (!Seen.insert(O).second)
          continue;
        Overriders[O].push_back(MD);
        for (const CXXMethodDecl *OO : O->overridden_methods())
          Stack.push_back(OO);
      }
    }

  // Call edges, with virtual calls reaching every visible override.
  std::vector<std::vector<unsigned>> Edges(Nodes.size());
  std::vector<bool> UsesGlobals(Nodes.size(), false);
  for (unsigned I = 0; I < Nodes.size(); ++I) {
    std::vector<const FunctionDecl *> Callees;
    CalleeCollector Collector(Callees, SM);
    Collector.TraverseStmt(Nodes[I]->getBody());
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Nodes[I]))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->getInit())
          Collector.TraverseStmt(Init->getInit());
    UsesGlobals[I] = Collector.UsesGlobals;
    std::set<unsigned> Out;
    std::function<void(const FunctionDecl *)> Add = [&](const FunctionDecl *FD) {
      if (!FD)
        return;
      auto It = IndexOf.find(FD->getCanonicalDecl());
      if (It != IndexOf.end())
        Out.insert(It->second);
    };
    for (const FunctionDecl *FD : Callees) {
      Add(FD);
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
        auto It = Overriders.find(MD->getCanonicalDecl());
        if (It != Overriders.end())
          for (const CXXMethodDecl *O : It->second)
            Add(O);
      }
    }
    Edges[I].assign(Out.begin(), Out.end());
  }

  // Tarjan's SCCs: emitted callees first, which is the bottom-up order.
  std::vector<std::vector<unsigned>> SCCs;
  std::vector<int> SccOf(Nodes.size(), -1);
  {
    std::vector<int> Index(Nodes.size(), -1), Low(Nodes.size(), 0);
    std::vector<bool> OnStack(Nodes.size(), false);
    std::vector<unsigned> Stack;
    int Counter = 0;
    // Iterative DFS: deep call chains must not overflow the stack.
    for (unsigned Root = 0; Root < Nodes.size(); ++Root) {
      if (Index[Root] >= 0)
        continue;
      std::vector<std::pair<unsigned, unsigned>> Dfs{{Root, 0}};
      Index[Root] = Low[Root] = Counter++;
      Stack.push_back(Root);
      OnStack[Root] = true;
      while (!Dfs.empty()) {
        auto &[V, EdgeIdx] = Dfs.back();
        if (EdgeIdx < Edges[V].size()) {
          unsigned W = Edges[V][EdgeIdx++];
          if (Index[W] < 0) {
            Index[W] = Low[W] = Counter++;
            Stack.push_back(W);
            OnStack[W] = true;
            Dfs.push_back({W, 0});
          } else if (OnStack[W]) {
            Low[V] = std::min(Low[V], Index[W]);
          }
          continue;
        }
        unsigned Done = V;
        Dfs.pop_back();
        if (!Dfs.empty())
          Low[Dfs.back().first] = std::min(Low[Dfs.back().first], Low[Done]);
        if (Low[Done] == Index[Done]) {
          std::vector<unsigned> SCC;
          unsigned W;
          do {
            W = Stack.back();
            Stack.pop_back();
            OnStack[W] = false;
            SccOf[W] = SCCs.size();
            SCC.push_back(W);
          } while (W != Done);
          SCCs.push_back(std::move(SCC));
        }
      }
    }
  }

  // A function whose callers (outside its own SCC) may hold the consent
  // defers its unguarded sinks to them.
  for (unsigned I = 0; I < Nodes.size(); ++I)
    for (unsigned W : Edges[I])
      if (SccOf[W] != SccOf[I])
        DeferrableFunctions.insert(Nodes[W]->getCanonicalDecl());

  // Only the main file matters (see EngineOptions::MainFileOnly): its
  // functions, what they call, and every function that may store personal
  // data into a global they read. Most functions of a TU are header code
  // that nothing in the main file calls.
  std::vector<bool> Needed(Nodes.size(), true);
  if (Opts.MainFileOnly) {
    std::vector<unsigned> Work;
    for (unsigned I = 0; I < Nodes.size(); ++I) {
      Needed[I] = UsesGlobals[I] ||
                  SM.isInMainFile(SM.getExpansionLoc(Nodes[I]->getLocation()));
      if (Needed[I])
        Work.push_back(I);
    }
    while (!Work.empty()) {
      unsigned V = Work.back();
      Work.pop_back();
      for (unsigned W : Edges[V])
        if (!Needed[W]) {
          Needed[W] = true;
          Work.push_back(W);
        }
    }
  }

  auto AnalyzeAll = [&] {
  for (const auto &SCC : SCCs) {
    if (!Needed[SCC.front()]) // an SCC is needed as a whole
      continue;
    bool Recursive = SCC.size() > 1 ||
                     llvm::is_contained(Edges[SCC.front()], SCC.front());
    InProgress.clear();
    if (Recursive)
      for (unsigned N : SCC)
        InProgress.insert(Nodes[N]->getCanonicalDecl());
    for (unsigned Round = 0; Round < (Recursive ? 4u : 1u); ++Round) {
      bool Changed = false;
      for (unsigned N : SCC) {
        const FunctionDecl *FD = Nodes[N];
        auto Old = Summaries.find(FD->getCanonicalDecl());
        unsigned Before =
            Old == Summaries.end() ? ~0u : Old->second.signature();
        analyzeFunction(*this, FD);
        Changed |= Summaries[FD->getCanonicalDecl()].signature() != Before;
      }
      if (!Changed)
        break;
    }
  }
  InProgress.clear();
  };
  AnalyzeAll();
  // A function that read a global before another function stored personal
  // data in it is analysed once more (findings are deduplicated).
  bool Stale = llvm::any_of(GlobalReadAt, [&](const auto &R) {
    return R.second <= GlobalVersion;
  });
  if (Stale) {
    GlobalReadAt.clear();
    AnalyzeAll();
  }

  if (Store && Opts.WriteSummaries)
    Store->writeAll();
  if (Opts.StrictModels)
    checkModelsMatch();
}

namespace {
/// Every name a model entry could match, for strict mode.
class NameCollector : public RecursiveASTVisitor<NameCollector> {
public:
  std::set<std::string> Functions, Fields, Variables, Types;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitFunctionDecl(FunctionDecl *D) {
    Functions.insert(modelName(D));
    return true;
  }
  bool VisitFieldDecl(FieldDecl *D) {
    Fields.insert(modelName(D));
    return true;
  }
  bool VisitVarDecl(VarDecl *D) {
    if (D->hasGlobalStorage())
      Variables.insert(modelName(D));
    return true;
  }
  bool VisitTypeDecl(TypeDecl *D) {
    if (D->getIdentifier())
      Types.insert(modelName(D));
    return true;
  }
};
} // namespace

void TranslationUnitAnalysis::checkModelsMatch() {
  NameCollector Names;
  Names.TraverseDecl(Ctx.getTranslationUnitDecl());
  auto Any = [](const std::set<std::string> &Set, const NamePattern &P) {
    return llvm::any_of(Set, [&](const std::string &N) { return P.matches(N); });
  };
  for (size_t I = Models.BuiltinFunctions; I < Models.Functions.size(); ++I) {
    const auto &E = Models.Functions[I];
    if (!Any(Names.Functions, E.Name))
      Notices.push_back({DiagnosticIDs::Warning, SourceLocation(),
                         E.Spec.Origin + ": function '" + E.Name.text() +
                             "' matches nothing in this translation unit"});
  }
  for (size_t I = Models.BuiltinDecls; I < Models.Decls.size(); ++I) {
    const auto &E = Models.Decls[I];
    const auto &Set = E.Kind == ModelSet::DeclEntry::Field      ? Names.Fields
                      : E.Kind == ModelSet::DeclEntry::Variable ? Names.Variables
                                                                : Names.Types;
    if (!Any(Set, E.Name))
      Notices.push_back({DiagnosticIDs::Warning, SourceLocation(),
                         E.Origin + ": '" + E.Name.text() +
                             "' matches nothing in this translation unit"});
  }
}

//===----------------------------------------------------------------------===//
// Policy evaluation
//===----------------------------------------------------------------------===//

static std::string dataName(const Trace &T) {
  for (const TraceNode *N = T.get(); N; N = N->Prev.get())
    if (!N->Prev && !N->Name.empty())
      return N->Name;
  for (const TraceNode *N = T.get(); N; N = N->Prev.get())
    if (!N->Name.empty())
      return N->Name;
  return "data";
}

Flow TranslationUnitAnalysis::makeFlow(const SinkHit &H) const {
  Flow Fl;
  FlowFacts &F = Fl.Facts;
  F.Cat = H.Data.L.Cat;
  F.Kind = H.Sink.Kind;
  F.DataName = dataName(H.Data.T);
  if (const auto *ND = dyn_cast_or_null<NamedDecl>(H.Data.L.Source))
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
  F.Imported = H.Imported && H.ReportLoc.isValid();
  std::vector<const TraceNode *> Nodes;
  for (const TraceNode *N = H.Data.T.get(); N; N = N->Prev.get())
    Nodes.push_back(N);
  for (auto It = Nodes.rbegin(); It != Nodes.rend(); ++It) {
    const TraceNode *N = *It;
    if (N->Loc.isInvalid())
      continue;
    F.Steps.push_back({N->Kind, N->IsSource, N->Cat, N->Subject, N->Via});
    Fl.StepLocs.push_back(N->Loc);
  }
  F.CallSites = H.CallSites.size();
  Fl.CallSiteLocs.assign(H.CallSites.begin(), H.CallSites.end());
  Fl.SinkLoc = H.SinkLoc;
  Fl.ReportLoc = F.Imported ? H.ReportLoc : H.SinkLoc;
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
  std::string Key = std::to_string(H.SinkLoc.getRawEncoding()) + "|" +
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

ToolNotice TranslationUnitAnalysis::toRecord(const Notice &N) const {
  ToolNotice T;
  T.Level = N.Level == DiagnosticIDs::Error     ? "error"
            : N.Level == DiagnosticIDs::Warning ? "warning"
                                                : "note";
  T.Loc = plain(N.Loc);
  T.Message = N.Message;
  return T;
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
