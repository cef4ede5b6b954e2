//===--- PrunedCode.cpp - What a branch never taken leaves unchecked -----===//
//
// The analysis does not follow an edge it knows is never taken (Clang's
// constant condition, a local known to be 0, a consent check that fails):
// the code only such an edge leads to is not checked. What that code holds
// that could reach a sink (its calls, its stores of personal data into
// static storage) becomes a pruned-branch coverage fact, so the report says
// what was skipped.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "sarif/CoverageKeys.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::privacy {

/// The calls and static stores of the code only one pruned edge leads to.
struct Analyzer::PrunedEffects {
  unsigned Calls = 0;
  const CallExpr *FirstCall = nullptr; ///< in source order
  unsigned Stores = 0;
  const Expr *FirstStore = nullptr;
  const VarDecl *FirstStored = nullptr; ///< its variable
  SourceLocation FirstSinkLoc;          ///< of the first sink call or store
  std::optional<SinkKind> Sink;         ///< its kind
};

namespace {
/// The static variable an assignment to \p LHS writes, as the access paths
/// of live code see it (Places.cpp): the variable, its members and
/// elements, and what a pointer held there points to (`g_cur->imsi`).
const VarDecl *staticTarget(const Expr *LHS) {
  const Expr *E = LHS->IgnoreParenImpCasts();
  while (true) {
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      E = ME->getBase();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    else if (const auto *UO = dyn_cast<UnaryOperator>(E);
             UO && UO->getOpcode() == UO_Deref)
      E = UO->getSubExpr();
    else
      break;
    E = E->IgnoreParenImpCasts();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && VD->hasGlobalStorage() && !VD->getType()->isReferenceType()
             ? VD
             : nullptr;
}

/// An assignment (built-in or an operator= call) as its target and value.
std::optional<std::pair<const Expr *, const Expr *>>
assignment(const Stmt *S) {
  if (const auto *BO = dyn_cast<BinaryOperator>(S); BO && BO->isAssignmentOp())
    return std::make_pair(BO->getLHS(), BO->getRHS());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
      OC && OC->isAssignmentOp() && OC->getNumArgs() == 2)
    return std::make_pair(OC->getArg(0), OC->getArg(1));
  return std::nullopt;
}
} // namespace

/// Whether \p E may carry personal data, as far as code the analysis never
/// followed can tell: what its type, the variables and the fields it reads
/// declare, and what those variables hold where the edge was pruned. A
/// pointer to an object or a number keeps it where it is (storedData): no
/// data.
bool Analyzer::mayCarryPersonal(const Expr *E, const PrunedEdge &Edge) {
  QualType T = E->getType();
  if ((T->isPointerType() && T->getPointeeType()->isRecordType()) ||
      pointsToNumber(T))
    return false;
  if (staticOfType(T, nullptr).hasTaint())
    return true;
  std::vector<const Stmt *> Work{E};
  while (!Work.empty()) {
    const Stmt *S = Work.back();
    Work.pop_back();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (VD && (Edge.Holding.count(VD) || !Facts.declCategories(VD).empty()))
        return true;
    }
    // A field's value is its own: not the rest of the object it is read
    // from (u->cell of a struct holding an IMSI).
    if (const auto *ME = dyn_cast<MemberExpr>(S);
        ME && isa<FieldDecl>(ME->getMemberDecl())) {
      if (staticOfDecl(ME->getMemberDecl()).hasTaint())
        return true;
      continue;
    }
    for (const Stmt *Child : S->children())
      if (Child)
        Work.push_back(Child);
  }
  return false;
}

/// The variable \p S stores personal data into, if it is static storage
/// where live code would record a sink (Places.cpp, writeGlobal), and in
/// \p Kind that sink's kind.
const VarDecl *Analyzer::staticStore(const Stmt *S, const PrunedEdge &Edge,
                                     std::optional<SinkKind> &Kind) {
  auto A = assignment(S);
  const VarDecl *VD = A ? staticTarget(A->first) : nullptr;
  if (!VD)
    return nullptr;
  const DeclAnnotations &Ann = Facts.annotations(VD);
  Kind = Ann.HasSink && Ann.Spec.Sink ? Ann.Spec.Sink->Kind
                                      : policy().storageKind();
  if ((!Ann.HasSink && !policy().storageKind()) ||
      !mayCarryPersonal(A->second, Edge))
    return nullptr;
  return VD;
}

Analyzer::PrunedEffects
Analyzer::prunedEffects(const CFGBlock *Target, const PrunedEdge &Edge,
                        llvm::function_ref<bool(const CFGBlock *)> Dead) {
  PrunedEffects R;
  auto Earlier = [&](const Stmt *S, SourceLocation Than) {
    return Than.isInvalid() ||
           SM.isBeforeInTranslationUnit(S->getBeginLoc(), Than);
  };
  auto NoteSink = [&](const Stmt *S, std::optional<SinkKind> Kind) {
    if (Kind && Earlier(S, R.FirstSinkLoc)) {
      R.FirstSinkLoc = S->getBeginLoc();
      R.Sink = Kind;
    }
  };
  std::vector<const CFGBlock *> Work{Target};
  llvm::DenseSet<const CFGBlock *> Seen{Target};
  while (!Work.empty()) {
    const CFGBlock *D = Work.back();
    Work.pop_back();
    for (const CFGElement &El : *D) {
      auto CS = El.getAs<CFGStmt>();
      if (!CS)
        continue;
      const Stmt *S = CS->getStmt();
      std::optional<SinkKind> Kind;
      if (const VarDecl *VD = staticStore(S, Edge, Kind)) {
        ++R.Stores;
        if (!R.FirstStore || Earlier(S, R.FirstStore->getBeginLoc())) {
          R.FirstStore = cast<Expr>(S);
          R.FirstStored = VD;
        }
        NoteSink(S, Kind);
      } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
        ++R.Calls;
        if (!R.FirstCall || Earlier(CE, R.FirstCall->getBeginLoc()))
          R.FirstCall = CE;
        const FunctionDecl *Fn = CE->getDirectCallee();
        const FunctionSpec *Spec = Fn ? Facts.functionSpec(Fn) : nullptr;
        if (Spec && Spec->Sink)
          NoteSink(CE, Spec->Sink->Kind);
      }
    }
    for (const CFGBlock::AdjacentBlock &Next : D->succs()) {
      const CFGBlock *N = Next.getReachableBlock();
      if (!N)
        N = Next.getPossiblyUnreachableBlock();
      if (N && Dead(N) && Seen.insert(N).second)
        Work.push_back(N);
    }
  }
  return R;
}

/// One coverage fact per edge never taken whose code (the blocks only it
/// leads to) contains a call or a store of personal data into static
/// storage: that code's sinks are not checked.
void Analyzer::reportPrunedCode(const std::vector<State> &In) {
  auto Dead = [&](const CFGBlock *B) {
    const State &S = In[B->getBlockID()];
    return !S.Reached || neverTrue(S.Consent);
  };
  for (const PrunedEdge &Edge : PrunedEdges) {
    const CFGBlock *B = Edge.From;
    unsigned Index = Edge.Succ;
    const CFGBlock::AdjacentBlock &Succ = *(B->succ_begin() + Index);
    bool ByClang = !Succ.getReachableBlock();
    const CFGBlock *Target = ByClang ? Succ.getPossiblyUnreachableBlock()
                                     : Succ.getReachableBlock();
    if (!Target || !Dead(Target))
      continue;
    PrunedEffects Effects = prunedEffects(Target, Edge, Dead);
    if (!Effects.Calls && !Effects.Stores)
      continue;
    const Stmt *Cond = B->getTerminatorCondition();
    if (!Cond)
      Cond = B->getTerminatorStmt();
    if (!Cond)
      continue;
    PrunedBranchFacts Branch;
    Branch.Function = FD->getNameAsString();
    if (!ByClang) // Clang's own pruning: a constant expression
      Branch.Condition = Lexer::getSourceText(CharSourceRange::getTokenRange(
                                                 Cond->getSourceRange()),
                                             SM, Ctx.getLangOpts())
                            .str();
    Branch.AlwaysTrue = Index != 0;
    Branch.Calls = Effects.Calls;
    if (Effects.FirstCall)
      if (const FunctionDecl *Fn = Effects.FirstCall->getDirectCallee())
        Branch.FirstCall = Fn->getNameAsString();
    Branch.Stores = Effects.Stores;
    if (Effects.FirstStored)
      Branch.FirstStore = Effects.FirstStored->getNameAsString();
    SourceLocation Loc = isa<Expr>(Cond) ? loc(cast<Expr>(Cond))
                                         : Cond->getBeginLoc();
    // A function analysed again (a recursive SCC's rounds, a stale global)
    // finds the same branch: one coverage fact.
    if (llvm::any_of(TU.Notices, [&](const auto &N) {
          const auto *Same = std::get_if<PrunedBranchFacts>(&N.Facts);
          return N.Loc == Loc && Same && *Same == Branch;
        }))
      continue;
    TU.Notices.push_back({DiagnosticIDs::Remark, Loc, std::move(Branch),
                          sarif::CoveragePrunedBranch, Effects.Sink});
  }
}

} // namespace clang::tidy::privacy
