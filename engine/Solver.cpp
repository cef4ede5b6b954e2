//===--- Solver.cpp - The lattice and the worklist over the CFG ---------===//
//
// A forward, flow-sensitive analysis over Clang's CFG. The state maps access
// paths (a variable, `this`, and up to MaxFieldDepth fields) to Values, keeps
// simple pointer/reference aliases, and the set of consent purposes that hold
// on every path (a must-set, intersected at joins). Expression values are
// computed once per CFG element and kept in a per-function cache that only
// grows, so the analysis is monotone and terminates; a visit budget bounds
// huge functions. A last pass over the fixpoint records sinks and the
// summary.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/PostOrderIterator.h"

namespace clang::tidy::privacy {

bool State::join(const State &O) {
  if (!O.Reached)
    return false;
  if (!Reached) {
    *this = O;
    return true;
  }
  bool Changed = false;
  // Taints may flow from either path; a value is a consent result only if
  // it is one on every path.
  for (auto &[P, V] : Env)
    if (!V.Consent.empty() && !O.Env.count(P)) {
      V.clearConsent();
      Changed = true;
    }
  for (const auto &[P, V] : O.Env) {
    auto It = Env.find(P);
    if (It == Env.end()) {
      Value Copy = V;
      Copy.clearConsent();
      Env.emplace(P, std::move(Copy));
      Changed = true;
      continue;
    }
    PurposeSet C = intersectPurposes(It->second.Consent, V.Consent);
    PurposeSet NC = intersectPurposes(It->second.NegConsent, V.NegConsent);
    Value Taints = V;
    Taints.clearConsent();
    Changed |= It->second.merge(Taints);
    if (C != It->second.Consent || NC != It->second.NegConsent) {
      It->second.Consent = std::move(C);
      It->second.NegConsent = std::move(NC);
      Changed = true;
    }
  }
  for (auto It = Alias.begin(); It != Alias.end();) {
    auto OIt = O.Alias.find(It->first);
    if (OIt == O.Alias.end() || !(OIt->second == It->second)) {
      It = Alias.erase(It);
      Changed = true;
    } else {
      ++It;
    }
  }
  PurposeSet C = intersectPurposes(Consent, O.Consent);
  if (C != Consent) {
    Consent = std::move(C);
    Changed = true;
  }
  return Changed;
}

Analyzer::Analyzer(TranslationUnitAnalysis &TU, const FunctionDecl *FD)
    : TU(TU), FD(FD), Ctx(TU.Ctx), Facts(*TU.Facts),
      SM(Ctx.getSourceManager()) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    IsLambda = MD->getParent()->isLambda();
}

static std::unique_ptr<CFG> buildCFG(const FunctionDecl *FD, ASTContext &Ctx) {
  CFG::BuildOptions BO;
  BO.setAllAlwaysAdd();
  BO.AddInitializers = true;
  BO.AddImplicitDtors = false;
  BO.AddTemporaryDtors = false;
  BO.AddLifetime = false;
  BO.AddCXXDefaultInitExprInCtors = true;
  BO.PruneTriviallyFalseEdges = true;
  return CFG::buildCFG(FD, FD->getBody(), &Ctx, BO);
}

/// Every parameter and `this` stands for what the caller passes.
State Analyzer::entryState() const {
  State Entry;
  Entry.Reached = true;
  for (const ParmVarDecl *P : FD->parameters()) {
    Taint T;
    T.L.IsParam = true;
    T.L.Param = P->getFunctionScopeIndex();
    T.T = extendTrace(nullptr, P->getLocation(), StepKind::Parameter, P->getNameAsString(), describe(FD));
    Entry.Env[AccessPath{P, {}}].add(T);
  }
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (MD->isInstance() && !IsLambda) {
      Taint T;
      T.L.IsParam = true;
      T.L.Param = ThisArg;
      T.T = nullptr;
      Entry.Env[AccessPath{nullptr, {}}].add(T);
    }
  return Entry;
}

/// Reverse post-order in the CFG's own successor order. PostOrderCFGView
/// visits the last successor first (loop bodies, then-branches), which
/// changes which of two equal labels' traces is found first. Its
/// CFGBlockSet skips the null successors of pruned edges.
std::vector<const CFGBlock *> Analyzer::reversePostOrder() const {
  std::vector<const CFGBlock *> Order;
  PostOrderCFGView::CFGBlockSet Seen(Cfg.get());
  for (const CFGBlock *B :
       llvm::post_order_ext(static_cast<const CFG *>(Cfg.get()), Seen))
    Order.push_back(B);
  std::reverse(Order.begin(), Order.end());
  return Order;
}

/// Hands the state at B's end to its successors, refined on each edge of a
/// two-way branch by what the condition says about consent.
void Analyzer::propagate(const CFGBlock *B, std::vector<State> &In,
                         llvm::function_ref<void(const CFGBlock *)> Changed) {
  const Stmt *Cond = B->getTerminatorCondition();
  bool Refine = Cond && B->succ_size() == 2 && isa<Expr>(Cond) &&
                !isa<SwitchStmt>(B->getTerminatorStmt());
  unsigned Index = 0;
  for (const CFGBlock::AdjacentBlock &Succ : B->succs()) {
    const CFGBlock *S = Succ.getReachableBlock();
    unsigned SuccIndex = Index++;
    if (!S) // a pruned edge
      continue;
    State Out = Cur;
    if (Refine)
      unionPurposes(Out.Consent,
                    factsWhen(cast<Expr>(Cond), SuccIndex == 0));
    if (In[S->getBlockID()].join(Out))
      Changed(S);
  }
}

namespace {
/// Dequeues the block earliest in Order first.
struct ByRank {
  const std::vector<unsigned> *Rank;
  bool operator()(const CFGBlock *A, const CFGBlock *B) const {
    return (*Rank)[A->getBlockID()] > (*Rank)[B->getBlockID()];
  }
};
} // namespace

/// The fixpoint of In (In[entry] set); false over the budget.
bool Analyzer::solve(const std::vector<const CFGBlock *> &Order,
                     std::vector<State> &In) {
  std::vector<unsigned> Rank(Cfg->getNumBlockIDs(), ~0u);
  for (unsigned I = 0; I < Order.size(); ++I)
    Rank[Order[I]->getBlockID()] = I;
  DataflowWorklistBase<ByRank, 20> Work(*Cfg, ByRank{&Rank});
  Work.enqueueBlock(&Cfg->getEntry());
  unsigned Visits = 0;
  while (const CFGBlock *B = Work.dequeue()) {
    if (++Visits > TU.Opts.MaxBlockVisits)
      return false;
    Cur = In[B->getBlockID()];
    transferBlock(B);
    propagate(B, In, [&](const CFGBlock *S) { Work.enqueueBlock(S); });
  }
  return true;
}

/// Reporting pass over the fixpoint: sinks, the return value, the writes.
void Analyzer::reportingPass(const std::vector<const CFGBlock *> &Order,
                             const std::vector<State> &In) {
  Reporting = true;
  for (const CFGBlock *B : Order) {
    if (!In[B->getBlockID()].Reached)
      continue;
    Cur = In[B->getBlockID()];
    transferBlock(B);
  }
  const State &Exit = In[Cfg->getExit().getBlockID()];
  if (Exit.Reached)
    buildWrites(Exit);
  if (ReturnConsentSeen && !ReturnConsent.empty())
    Sum.ReturnsConsent = ReturnConsent;
  if (ReturnNegConsentSeen && !ReturnNegConsent.empty())
    Sum.ReturnsNegConsent = ReturnNegConsent;
}

FunctionSummary Analyzer::run() {
  Sum.Analyzed = true;
  Cfg = buildCFG(FD, Ctx);
  if (!Cfg) {
    Sum.GaveUp = true;
    return Sum;
  }
  std::vector<const CFGBlock *> Order = reversePostOrder();
  std::vector<State> In(Cfg->getNumBlockIDs());
  In[Cfg->getEntry().getBlockID()] = entryState();
  if (!solve(Order, In)) {
    Sum = FunctionSummary();
    Sum.Analyzed = true;
    Sum.GaveUp = true;
    return Sum;
  }
  reportingPass(Order, In);
  return Sum;
}

void analyzeFunction(TranslationUnitAnalysis &TU, const FunctionDecl *FD) {
  Analyzer A(TU, FD);
  FunctionSummary S = A.run();
  if (S.GaveUp)
    TU.Notices.push_back(
        {DiagnosticIDs::Remark, FD->getLocation(),
         "privacy analysis of '" + FD->getNameAsString() +
             "' stopped at its budget (" +
             std::to_string(TU.Opts.MaxBlockVisits) +
             " block visits); findings inside it may be missing"});
  TU.Summaries[FD->getCanonicalDecl()] = std::move(S);
}

} // namespace clang::tidy::privacy
