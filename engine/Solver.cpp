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
#include "sarif/CoverageKeys.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/PostOrderIterator.h"

namespace clang::tidy::privacy {

bool State::join(State &&O) {
  if (!Reached && O.Reached) {
    *this = std::move(O);
    return true;
  }
  return join(static_cast<const State &>(O));
}

/// A value one path does not have: no consent result any more.
static bool dropConsent(Value &V) {
  if (V.Consent.empty())
    return false;
  V.clearConsent();
  return true;
}

/// The join of one place's values on two paths: the taints of both, and
/// the consents both say.
static bool joinValue(Value &V, const Value &W) {
  bool Changed = V.Taints.mergeFrom(W.Taints);
  Changed |= V.Anonymised.mergeFrom(W.Anonymised);
  if (!V.hasConsentFacts())
    return Changed;
  PurposeSet C = intersectPurposes(V.Consent, W.Consent);
  PurposeSet NC = intersectPurposes(V.NegConsent, W.NegConsent);
  if (C != V.Consent || NC != V.NegConsent) {
    V.Consent = std::move(C);
    V.NegConsent = std::move(NC);
    Changed = true;
  }
  return Changed;
}

bool State::join(const State &O) {
  if (!O.Reached)
    return false;
  if (!Reached) {
    *this = O;
    return true;
  }
  bool Changed = false;
  // Taints may flow from either path; a value is a consent result only if
  // it is one on every path. Both maps are sorted: one walk over the two
  // (a join at a fixpoint finds the same values on both sides). One map
  // shared by both states (CowMap) joins to itself.
  if (!Env.sameAs(O.Env) && (!Env.empty() || !O.Env.empty())) {
    auto &Mine = Env.mut();
    auto Less = Mine.key_comp();
    // A place left holding nothing is dropped: it reads the same absent
    // (holdsNothing), and a long function's joins would otherwise walk
    // every counter and flag it ever set.
    auto Next = [&](decltype(Mine.begin()) It) {
      return holdsNothing(Mine, It->first, It->second) ? Mine.erase(It)
                                                       : std::next(It);
    };
    auto A = Mine.begin();
    for (auto B = O.Env.begin(); B != O.Env.end();) {
      if (A == Mine.end() || Less(B->first, A->first)) {
        Value Copy = B->second;
        Copy.clearConsent();
        if (!holdsNothing(Mine, B->first, Copy)) {
          Mine.emplace_hint(A, B->first, std::move(Copy));
          Changed = true;
        }
        ++B;
        continue;
      }
      if (Less(A->first, B->first)) {
        Changed |= dropConsent(A->second);
        A = Next(A);
        continue;
      }
      Changed |= joinValue(A->second, B->second);
      A = Next(A);
      ++B;
    }
    for (; A != Mine.end();) {
      Changed |= dropConsent(A->second);
      A = Next(A);
    }
  }
  // A pointer that aliases different places on the two paths may point
  // into either: a may fact from here on.
  for (auto It = Alias.begin(); It != Alias.end();) {
    auto OIt = O.Alias.find(It->first);
    if (OIt == O.Alias.end() || !(OIt->second == It->second)) {
      std::set<AccessPath> &May = PointsTo[AccessPath{It->first, {}}];
      May.insert(It->second);
      if (OIt != O.Alias.end())
        May.insert(OIt->second);
      It = Alias.erase(It);
      Changed = true;
    } else {
      ++It;
    }
  }
  for (const auto &[VD, Target] : O.Alias)
    if (!Alias.count(VD) && !mayPointTo(PointsTo, AccessPath{VD, {}}, Target)) {
      PointsTo[AccessPath{VD, {}}].insert(Target);
      Changed = true;
    }
  // Looked up before written: the maps stay shared when they agree.
  if (!PointsTo.sameAs(O.PointsTo))
    for (const auto &[Pointer, Targets] : O.PointsTo)
      for (const AccessPath &Target : Targets)
        if (!mayPointTo(PointsTo, Pointer, Target)) {
          PointsTo[Pointer].insert(Target);
          Changed = true;
        }
  for (const auto &[Child, Parents] : O.Links)
    for (const AccessPath &Parent : Parents)
      Changed |= Links[Child].insert(Parent).second;
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

/// Reverse post-order in the CFG's own successor order, except that a
/// loop's body comes before what follows the loop. PostOrderCFGView visits
/// the last successor first (loop bodies, then-branches), which changes
/// which of two equal labels' traces is found first; the CFG's order alone
/// puts the code after a loop before its body, so every change the body
/// makes flows through all later loops again: visits grow with the square
/// of the number of loops in a row (open5gs' mme_context_init, sixteen
/// ogs_pool_init loops). Pruned edges (null successors) are skipped.
std::vector<const CFGBlock *> Analyzer::reversePostOrder() const {
  std::vector<const CFGBlock *> Order;
  llvm::BitVector Seen(Cfg->getNumBlockIDs());
  using Frame = std::pair<const CFGBlock *, llvm::SmallVector<const CFGBlock *, 2>>;
  std::vector<Frame> Stack;
  auto Enter = [&](const CFGBlock *B) {
    Seen.set(B->getBlockID());
    llvm::SmallVector<const CFGBlock *, 2> Next;
    for (const CFGBlock::AdjacentBlock &S : B->succs())
      if (const CFGBlock *R = S.getReachableBlock())
        Next.push_back(R);
    // Popped from the back: the CFG's order, or for a loop its exit first.
    const Stmt *T = B->getTerminatorStmt();
    if (!(T && isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(T)))
      std::reverse(Next.begin(), Next.end());
    Stack.push_back({B, std::move(Next)});
  };
  Enter(&Cfg->getEntry());
  while (!Stack.empty()) {
    auto &[B, Next] = Stack.back();
    if (Next.empty()) {
      Order.push_back(B);
      Stack.pop_back();
      continue;
    }
    const CFGBlock *S = Next.pop_back_val();
    if (!Seen.test(S->getBlockID()))
      Enter(S);
  }
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
    PurposeSet EdgeFacts;
    if (Refine)
      EdgeFacts = factsWhen(cast<Expr>(Cond), SuccIndex == 0);
    // The last successor takes the state itself instead of a copy (the
    // facts above read it).
    State Out = SuccIndex + 1 == B->succ_size() ? std::move(Cur) : Cur;
    unionPurposes(Out.Consent, EdgeFacts);
    if (In[S->getBlockID()].join(std::move(Out)))
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
bool Analyzer::solve(const std::vector<unsigned> &Rank,
                     std::vector<State> &In) {
  DataflowWorklistBase<ByRank, 20> Work(*Cfg, ByRank{&Rank});
  Work.enqueueBlock(&Cfg->getEntry());
  unsigned Visits = 0;
  while (const CFGBlock *B = Work.dequeue()) {
    if (++Visits > TU.Opts.MaxBlockVisits)
      return false;
    State &BlockIn = In[B->getBlockID()];
    if (Reporting && B != &Cfg->getExit()) {
      // Visited once: the end needs only whether it was reached and under
      // which consents (reportPrunedCode), not its maps.
      Cur = std::move(BlockIn);
      BlockIn.Reached = Cur.Reached;
      BlockIn.Consent = Cur.Consent;
    } else {
      Cur = BlockIn;
    }
    transferBlock(B);
    if (Reporting)
      notePrunedEdges(B);
    propagate(B, In, [&](const CFGBlock *S) { Work.enqueueBlock(S); });
  }
  return true;
}

namespace {
/// The variables an lvalue expression names storage of (a, a.f, a[i] of an
/// array a, c ? a : b); nothing for storage reached through a pointer.
void addRoots(const Expr *E, llvm::DenseSet<const VarDecl *> &Out,
              unsigned Depth = 0) {
  while (E && Depth++ < 32) {
    E = E->IgnoreParens();
    if (const auto *CE = dyn_cast<CastExpr>(E)) {
      switch (CE->getCastKind()) {
      case CK_NoOp:
      case CK_DerivedToBase:
      case CK_UncheckedDerivedToBase:
      case CK_BaseToDerived:
      case CK_LValueBitCast:
      case CK_ArrayToPointerDecay:
        E = CE->getSubExpr();
        continue;
      default:
        return;
      }
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        Out.insert(VD);
      if (const auto *BD = dyn_cast<BindingDecl>(DRE->getDecl()))
        if (const Expr *Binding = BD->getBinding()) {
          E = Binding;
          continue;
        }
      return;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (ME->isArrow())
        return;
      E = ME->getBase();
      continue;
    }
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      const Expr *Base = ASE->getBase()->IgnoreParenImpCasts();
      if (!Base->getType()->isArrayType())
        return;
      E = Base;
      continue;
    }
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
      addRoots(CO->getTrueExpr(), Out, Depth);
      E = CO->getFalseExpr();
      continue;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->getOpcode() == BO_Comma)
        E = BO->getRHS();
      else if (BO->isAssignmentOp())
        E = BO->getLHS();
      else
        return;
      continue;
    }
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
      continue;
    }
    if (const auto *OVE = dyn_cast<OpaqueValueExpr>(E)) {
      E = OVE->getSourceExpr();
      continue;
    }
    return;
  }
}

/// Where a local's address leaves the analysis's sight.
class EscapeFinder : public RecursiveASTVisitor<EscapeFinder> {
public:
  EscapeFinder(llvm::DenseSet<const VarDecl *> &Out, bool &HasLambda)
      : Out(Out), HasLambda(HasLambda) {}
  bool shouldVisitImplicitCode() const { return true; }
  bool shouldVisitLambdaBody() const { return false; }

  bool VisitUnaryOperator(const UnaryOperator *UO) {
    if (UO->getOpcode() == UO_AddrOf)
      addRoots(UO->getSubExpr(), Out);
    return true;
  }
  bool VisitCastExpr(const CastExpr *CE) {
    if (CE->getCastKind() == CK_ArrayToPointerDecay)
      addRoots(CE->getSubExpr(), Out);
    return true;
  }
  bool VisitVarDecl(const VarDecl *VD) {
    if (VD->getType()->isReferenceType() && VD->getInit())
      addRoots(VD->getInit(), Out);
    return true;
  }
  /// A glvalue argument binds to a reference parameter (or is the object
  /// of a member call).
  bool VisitCallExpr(const CallExpr *CE) {
    for (const Expr *Arg : CE->arguments())
      if (Arg->isGLValue())
        addRoots(Arg, Out);
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE))
      if (const Expr *Obj = MCE->getImplicitObjectArgument())
        if (Obj->isGLValue())
          addRoots(Obj, Out);
    return true;
  }
  bool VisitCXXConstructExpr(const CXXConstructExpr *CE) {
    for (const Expr *Arg : CE->arguments())
      if (Arg->isGLValue())
        addRoots(Arg, Out);
    return true;
  }
  bool VisitLambdaExpr(const LambdaExpr *LE) {
    HasLambda = true;
    for (const LambdaCapture &C : LE->captures())
      if (C.capturesVariable() && C.getCaptureKind() == LCK_ByRef)
        if (const auto *VD = dyn_cast<VarDecl>(C.getCapturedVar()))
          Out.insert(VD);
    return true;
  }
  bool VisitCXXCtorInitializer(const CXXCtorInitializer *Init) {
    if (Init->getMember() && Init->getMember()->getType()->isReferenceType())
      addRoots(Init->getInit(), Out);
    return true;
  }

private:
  llvm::DenseSet<const VarDecl *> &Out;
  bool &HasLambda;
};

} // namespace

void Analyzer::findEscapes() {
  EscapeFinder F(Escaped, HasLambda);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      F.TraverseConstructorInitializer(const_cast<CXXCtorInitializer *>(Init));
  F.TraverseStmt(const_cast<Stmt *>(FD->getBody()));
}

/// Reporting pass over the fixpoint: sinks, the return value, the writes.
void Analyzer::reportingPass(const std::vector<const CFGBlock *> &Order,
                             std::vector<State> &In) {
  Reporting = true;
  for (const CFGBlock *B : Order) {
    State &BlockIn = In[B->getBlockID()];
    if (!BlockIn.Reached)
      continue;
    if (B != &Cfg->getExit()) {
      // As in solve(): the end needs only the reach and consents, not the
      // maps (reportPrunedCode).
      Cur = std::move(BlockIn);
      BlockIn.Reached = Cur.Reached;
      BlockIn.Consent = Cur.Consent;
    } else {
      Cur = BlockIn;
    }
    transferBlock(B);
    notePrunedEdges(B);
  }
  finishReporting(In);
}

bool Analyzer::isAcyclic(const std::vector<const CFGBlock *> &Order,
                         const std::vector<unsigned> &Rank) const {
  for (const CFGBlock *B : Order)
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *S = Succ.getReachableBlock();
          S && Rank[S->getBlockID()] <= Rank[B->getBlockID()])
        return false;
  return true;
}

void Analyzer::notePrunedEdges(const CFGBlock *B) {
  if (neverTrue(Cur.Consent))
    return;
  // Always: the coverage facts list them whatever the checks show. The
  // edges out of live code that the analysis never follows: pruned
  // by Clang (a constant expression) or refined to "never taken" here.
  const Stmt *Cond = B->getTerminatorCondition();
  bool Refine = Cond && B->succ_size() == 2 && isa<Expr>(Cond) &&
                !isa<SwitchStmt>(B->getTerminatorStmt());
  unsigned Index = 0;
  size_t Before = PrunedEdges.size();
  for (const CFGBlock::AdjacentBlock &Succ : B->succs()) {
    unsigned SuccIndex = Index++;
    if (!Succ.getReachableBlock()) {
      if (Succ.getPossiblyUnreachableBlock())
        PrunedEdges.push_back({B, SuccIndex, {}});
      continue;
    }
    if (Refine && neverTrue(factsWhen(cast<Expr>(Cond), SuccIndex == 0)))
      PrunedEdges.push_back({B, SuccIndex, {}});
  }
  if (PrunedEdges.size() == Before)
    return;
  // What the code behind the edges would store: B's exit state, which only
  // this visit sees; a parameter's own label is no personal data yet.
  std::set<const ValueDecl *> Holding;
  for (const auto &[Path, V] : Cur.Env)
    if (Path.Var && llvm::any_of(V.Taints, [](const Taint &T) {
          return !T.L.IsParam;
        }))
      Holding.insert(Path.Var);
  for (size_t I = Before; I < PrunedEdges.size(); ++I)
    PrunedEdges[I].Holding = Holding;
}

void Analyzer::finishReporting(const std::vector<State> &In) {
  if (!PrunedEdges.empty())
    reportPrunedCode(In);
  const State &Exit = In[Cfg->getExit().getBlockID()];
  if (Exit.Reached) {
    buildWrites(Exit);
    buildPointsTo(Exit);
    buildLinks(Exit);
  }
  // A function that only ever returns false is no consent check: "never
  // true" is no fact a caller may rely on (another definition, a
  // different build, an override may return something else).
  auto Facts = [](const PurposeSet &S) {
    PurposeSet R;
    for (llvm::StringRef P : S)
      if (P != AllPurposes)
        R.push_back(P);
    return R;
  };
  if (ReturnConsentSeen && !Facts(ReturnConsent).empty())
    Sum.ReturnsConsent = Facts(ReturnConsent);
  if (ReturnNegConsentSeen && !Facts(ReturnNegConsent).empty())
    Sum.ReturnsNegConsent = Facts(ReturnNegConsent);
}

FunctionSummary Analyzer::run() {
  Sum.Analyzed = true;
  Cfg = buildCFG(FD, Ctx);
  if (!Cfg) {
    Sum.GaveUp = true;
    return Sum;
  }
  findEscapes();
  // Every expression gets an entry; growing the map would move them all.
  unsigned Elements = 0;
  for (const CFGBlock *B : *Cfg)
    Elements += B->size();
  Cache.reserve(Elements);
  std::vector<const CFGBlock *> Order = reversePostOrder();
  // Each reached block's place in Order: the worklist's priority and the
  // test for a backward edge.
  std::vector<unsigned> Rank(Cfg->getNumBlockIDs(), ~0u);
  for (unsigned I = 0; I < Order.size(); ++I)
    Rank[Order[I]->getBlockID()] = I;
  std::vector<State> In(Cfg->getNumBlockIDs());
  In[Cfg->getEntry().getBlockID()] = entryState();
  // Without a cycle (and within the budget) the solver visits each block
  // once, after all its predecessors: that visit can be the reporting one,
  // which halves the work on most C functions.
  bool OnePass = !HasLambda && Order.size() <= TU.Opts.MaxBlockVisits &&
                 isAcyclic(Order, Rank);
  Reporting = OnePass;
  if (!solve(Rank, In)) {
    Sum = FunctionSummary();
    Sum.Analyzed = true;
    Sum.GaveUp = true;
    return Sum;
  }
  if (OnePass)
    finishReporting(In);
  else
    reportingPass(Order, In);
  summariseFills();
  return Sum;
}

void analyzeFunction(TranslationUnitAnalysis &TU, const FunctionDecl *FD) {
  Analyzer A(TU, FD);
  FunctionSummary S = A.run();
  if (S.GaveUp)
    TU.Notices.push_back(
        {DiagnosticIDs::Remark, FD->getLocation(),
         BudgetFacts{FD->getNameAsString(), TU.Opts.MaxBlockVisits},
         sarif::CoverageBudget});
  // Said once per translation unit: a ring of functions would say it for
  // every member.
  if (S.Truncated && !TU.SaidTruncated) {
    TU.SaidTruncated = true;
    TU.Notices.push_back(
        {DiagnosticIDs::Remark, FD->getLocation(),
         SummaryBoundFacts{FD->getNameAsString(), unsigned(MaxSummarySinks)},
         sarif::CoverageSummaryBound});
  }
  TU.Summaries[FD->getCanonicalDecl()] = std::move(S);
}

} // namespace clang::tidy::privacy
