//===--- CallGraph.cpp - The functions of a TU and their calls ----------===//

#include "CallGraph.h"
#include "IndirectCalls.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SCCIterator.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::privacy {
namespace {

/// Finds every function definition outside system headers, including
/// template instantiations and lambda call operators (C++: lambdas and
/// local classes define functions inside bodies).
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
  bool VisitVarDecl(VarDecl *VD) {
    if (VD->hasGlobalStorage() && !VD->isStaticLocal() && VD->getInit())
      GlobalVars.push_back(VD);
    return true;
  }
  /// Initialised variables of static storage outside function bodies
  /// (tables of operations).
  std::vector<const VarDecl *> GlobalVars;
  /// C defines functions at file scope only: the same functions, in the
  /// same order, as the walk finds, without walking every declaration.
  void collectFileScope(const TranslationUnitDecl *TU) {
    for (Decl *D : TU->decls()) {
      SourceLocation L = D->getLocation();
      if (L.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(L)))
        continue;
      if (auto *FD = dyn_cast<FunctionDecl>(D))
        add(FD);
      else if (auto *VD = dyn_cast<VarDecl>(D))
        VisitVarDecl(VD);
    }
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
                  const SourceManager &SM, IndirectCalls &Indirect)
      : Out(Out), SM(SM), Indirect(Indirect) {}
  /// The project variables of static storage the body names, whose values
  /// the engine shares between functions.
  std::vector<const VarDecl *> Globals;
  /// The functions the body names, called or not.
  std::vector<const FunctionDecl *> Named;
  /// The functions the body names other than to call them (callbacks).
  std::vector<const FunctionDecl *> Escaping;
  /// Calls through a pointer, resolved once every body is seen.
  std::vector<const CallExpr *> IndirectCallExprs;
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
        Globals.push_back(VD->getCanonicalDecl());
    // A function whose address is taken may be called wherever it goes.
    if (const auto *FD = dyn_cast<FunctionDecl>(E->getDecl())) {
      Named.push_back(FD);
      if (!DirectCallees.count(E))
        Escaping.push_back(FD);
    }
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionDecl *FD = CE->getDirectCallee()) {
      Out.push_back(FD);
      // Visited before its children: the callee's name is no escape.
      if (const auto *DRE =
              dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts()))
        DirectCallees.insert(DRE);
      Indirect.noteCall(CE);
    } else if (!isa<CXXMemberCallExpr>(CE)) {
      IndirectCallExprs.push_back(CE);
    }
    return true;
  }
  // What is stored into function pointers (IndirectCalls).
  bool VisitBinaryOperator(BinaryOperator *BO) {
    Indirect.noteAssign(BO);
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    Indirect.noteVar(VD);
    return true;
  }
  bool VisitInitListExpr(InitListExpr *ILE) {
    Indirect.noteInitList(ILE);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    Indirect.noteAddressOf(UO);
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
  IndirectCalls &Indirect;
  llvm::SmallPtrSet<const DeclRefExpr *, 8> DirectCallees;
};

/// The functions an expression names, as their canonical declarations.
class NamedFunctions : public RecursiveASTVisitor<NamedFunctions> {
public:
  explicit NamedFunctions(std::set<const FunctionDecl *> &Out) : Out(Out) {}
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *FD = dyn_cast<FunctionDecl>(E->getDecl()))
      Out.insert(FD->getCanonicalDecl());
    return true;
  }

private:
  std::set<const FunctionDecl *> &Out;
};

} // namespace

void CallGraph::collectFunctions(ASTContext &Ctx, DeclFacts &Facts,
                                 IndirectCalls &Indirect) {
  std::vector<const FunctionDecl *> Functions;
  FunctionCollector Collector(Ctx.getSourceManager(), Functions);
  if (Ctx.getLangOpts().CPlusPlus)
    Collector.TraverseDecl(Ctx.getTranslationUnitDecl());
  else
    Collector.collectFileScope(Ctx.getTranslationUnitDecl());
  for (const VarDecl *VD : Collector.GlobalVars) {
    Indirect.noteVar(VD);
    // A function a table names (`static struct ops o = {.print = f}`) may
    // be called wherever the table goes.
    NamedFunctions Names(Escaping);
    Names.TraverseStmt(const_cast<Expr *>(VD->getInit()));
  }
  std::set<const FunctionDecl *> Seen; // by canonical declaration
  for (const FunctionDecl *FD : Functions) {
    // A modelled or annotated function is analysed too: callers use its
    // spec, but its body may leak what it reads itself.
    if (Seen.insert(FD->getCanonicalDecl()).second)
      Nodes.push_back(Node{FD, static_cast<unsigned>(Nodes.size()), {}, {}, {}});
  }
}

static void collectOverriders(const CXXMethodDecl *MD,
                              CallGraph::OverriderMap &Overriders) {
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

void CallGraph::collectCalls(const SourceManager &SM,
                             const OverriderMap &Overriders,
                             IndirectCalls &Indirect) {
  std::map<const FunctionDecl *, const Node *> NodeOf; // by canonical decl
  for (const Node &N : Nodes)
    NodeOf[N.FD->getCanonicalDecl()] = &N;
  auto Less = [](const Node *A, const Node *B) { return A->Index < B->Index; };
  std::vector<std::vector<const CallExpr *>> IndirectOf(Nodes.size());
  for (Node &N : Nodes) {
    std::vector<const FunctionDecl *> Callees;
    CalleeCollector Collector(Callees, SM, Indirect);
    Collector.TraverseStmt(N.FD->getBody());
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(N.FD))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->getInit())
          Collector.TraverseStmt(Init->getInit());
    llvm::sort(Collector.Globals);
    Collector.Globals.erase(llvm::unique(Collector.Globals), Collector.Globals.end());
    N.Globals = std::move(Collector.Globals);
    std::set<const Node *, decltype(Less)> Out(Less);
    auto Add = [&](const FunctionDecl *FD) {
      auto It = FD ? NodeOf.find(FD->getCanonicalDecl()) : NodeOf.end();
      if (It != NodeOf.end())
        Out.insert(It->second);
    };
    for (const FunctionDecl *FD : Callees) {
      Add(FD);
      // Virtual calls reach every visible override.
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
        auto It = Overriders.find(MD->getCanonicalDecl());
        if (It != Overriders.end())
          for (const CXXMethodDecl *O : It->second)
            Add(O);
      }
    }
    N.Callees.assign(Out.begin(), Out.end());
    Out.clear();
    for (const FunctionDecl *FD : Collector.Named)
      Add(FD);
    N.Named.assign(Out.begin(), Out.end());
    for (const FunctionDecl *FD : Collector.Escaping)
      Escaping.insert(FD->getCanonicalDecl());
    IndirectOf[N.Index] = std::move(Collector.IndirectCallExprs);
  }
  // A call through a pointer reaches what was stored into it anywhere.
  Indirect.finish();
  for (Node &N : Nodes) {
    std::set<const Node *, decltype(Less)> Out(Less);
    Out.insert(N.Callees.begin(), N.Callees.end());
    for (const CallExpr *CE : IndirectOf[N.Index])
      for (const FunctionDecl *FD : Indirect.targets(CE, SM).Functions) {
        auto It = NodeOf.find(FD->getCanonicalDecl());
        if (It != NodeOf.end())
          Out.insert(It->second);
      }
    N.Callees.assign(Out.begin(), Out.end());
  }
}

CallGraph::CallGraph(ASTContext &Ctx, DeclFacts &Facts,
                     OverriderMap &Overriders, IndirectCalls &Indirect) {
  collectFunctions(Ctx, Facts, Indirect);
  for (const Node &N : Nodes)
    if (const auto *MD = dyn_cast<CXXMethodDecl>(N.FD))
      collectOverriders(MD, Overriders);
  collectCalls(Ctx.getSourceManager(), Overriders, Indirect);
  for (const Node &N : Nodes)
    Root.Callees.push_back(&N);
}

std::vector<CallGraph::SCC> CallGraph::bottomUpSCCs() const {
  std::vector<SCC> SCCs;
  // scc_iterator is iterative (deep call chains cannot overflow the stack)
  // and reaches everything from the root, whose own SCC comes last.
  for (auto It = llvm::scc_begin(this); !It.isAtEnd(); ++It)
    if (It->front() != &Root)
      SCCs.push_back(*It);
  return SCCs;
}

bool CallGraph::isRecursive(const SCC &S) {
  return S.size() > 1 || llvm::is_contained(S.front()->Callees, S.front());
}

std::set<const FunctionDecl *>
CallGraph::calledFromOtherSCCs(const std::vector<SCC> &SCCs) const {
  std::vector<size_t> SccOf(Nodes.size());
  for (size_t I = 0; I < SCCs.size(); ++I)
    for (const Node *N : SCCs[I])
      SccOf[N->Index] = I;
  std::set<const FunctionDecl *> Out;
  for (const Node &N : Nodes)
    for (const Node *W : N.Callees)
      if (SccOf[W->Index] != SccOf[N.Index] &&
          !Escaping.count(W->FD->getCanonicalDecl()))
        Out.insert(W->FD->getCanonicalDecl());
  return Out;
}

std::vector<bool> CallGraph::neededBy(
    llvm::function_ref<bool(const FunctionDecl *)> IsRoot) const {
  // Most functions of a TU are header code that nothing shown calls. A
  // function that names a global a needed one names may store personal
  // data there that the needed one reads.
  std::vector<bool> Needed(Nodes.size(), false);
  std::vector<const Node *> Work;
  auto Need = [&](const Node &N) {
    if (!Needed[N.Index]) {
      Needed[N.Index] = true;
      Work.push_back(&N);
    }
  };
  for (const Node &N : Nodes)
    if (IsRoot(N.FD))
      Need(N);
  std::set<const VarDecl *> Named;
  while (!Work.empty()) {
    bool NewGlobal = false;
    while (!Work.empty()) {
      const Node *V = Work.back();
      Work.pop_back();
      for (const VarDecl *G : V->Globals)
        NewGlobal |= Named.insert(G).second;
      for (const Node *W : V->Callees)
        Need(*W);
      for (const Node *W : V->Named)
        Need(*W);
    }
    if (NewGlobal)
      for (const Node &N : Nodes)
        if (!Needed[N.Index] && llvm::any_of(N.Globals, [&](const VarDecl *G) {
              return Named.count(G) != 0;
            }))
          Need(N);
  }
  return Needed;
}

} // namespace clang::tidy::privacy
