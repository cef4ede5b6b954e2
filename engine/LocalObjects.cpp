//===--- LocalObjects.cpp - The fields a local aggregate may hold -------===//
//
// A local struct built here (`struct gsup m = { .type = 3 };`) holds what the
// function puts into it. The categories its type declares for its fields
// apply to the fields it fills - an initialiser other than a number or a
// null pointer, an assignment, a call given the field's or the object's
// address - not to those left zero: passed whole to a sink, a message that only carries an IMSI is not also
// its SMS and USSD fields (issue 10: most false export alarms on a real C
// code base). Read one by one, a field keeps its declared category. A call
// fills nothing through a pointer to const, and a callee analysed here only
// where its body writes through the parameter (FunctionSummary::ParamFills,
// found by the same walk over its body). A local zeroed whole by `memset(&m,
// 0, sizeof m)` or `bzero` is built like one assigned `{0}`.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Builtins.h"

namespace clang::tidy::privacy {

namespace {

/// Whether one path is a prefix of the other: a write to either reaches
/// data the other names.
bool overlaps(llvm::ArrayRef<const FieldDecl *> A,
              llvm::ArrayRef<const FieldDecl *> B) {
  size_t N = std::min(A.size(), B.size());
  return std::equal(A.begin(), A.begin() + N, B.begin());
}

/// The local and the fields an lvalue names (`m.a.b`, `m.buf[i]`), or
/// the parameter whose caller's object it is part of (`p->a.b`, `*p`,
/// `r.a` of a reference).
std::pair<const VarDecl *, FieldPath> placeOf(const Expr *E) {
  FieldPath Rev;
  bool Indirect = false;
  auto Result = [&](const VarDecl *VD) {
    return std::make_pair(VD, FieldPath(Rev.rbegin(), Rev.rend()));
  };
  for (;;) {
    E = E->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
      if (!F || (ME->isArrow() && Indirect))
        return {}; // another object than the variable's
      Rev.push_back(F);
      Indirect |= ME->isArrow();
      E = ME->getBase();
    } else if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      bool Pointer = ASE->getBase()->getType()->isPointerType();
      if (Pointer && Indirect)
        return {};
      Indirect |= Pointer;
      E = ASE->getBase();
    } else if (const auto *UO = dyn_cast<UnaryOperator>(E);
               UO && UO->getOpcode() == UO_Deref && !Indirect) {
      Indirect = true;
      E = UO->getSubExpr();
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (VD && VD->isLocalVarDecl() && !Indirect)
        return Result(VD);
      if (const auto *P = dyn_cast_or_null<ParmVarDecl>(VD))
        if (Indirect || P->getType()->isReferenceType())
          return Result(P);
      return {};
    } else {
      return {};
    }
  }
}

/// A callee that only reads what it is given: a sink, a consent check.
bool onlyReads(const FunctionSpec *S) {
  return S && (S->Sink || S->ConsentPurpose) && !S->HasPropagations &&
         !S->ReturnsAliasOf;
}

/// A parameter through which the callee cannot write what it is given:
/// a pointer or reference to const (`const struct gsup *`).
bool readOnlyParam(const FunctionDecl *Callee, unsigned I) {
  if (!Callee || I >= Callee->getNumParams())
    return false; // unknown, or passed to `...`
  QualType T = Callee->getParamDecl(I)->getType();
  return (T->isPointerType() || T->isReferenceType()) &&
         T->getPointeeType().isConstQualified();
}

/// The list of `{ ... }` or of a compound literal `(struct gsup){ ... }`.
const InitListExpr *literalList(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreImplicit();
  if (const auto *CL = dyn_cast<CompoundLiteralExpr>(E))
    E = CL->getInitializer()->IgnoreImplicit();
  return dyn_cast<InitListExpr>(E);
}

/// The local record that `memset(&m, 0, sizeof m)` or `bzero(&m, n)`
/// zeroes, as `m = (struct T){0}` would.
const UnaryOperator *zeroedLocal(const CallExpr *CE, const VarDecl *&VD) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (!Callee || CE->getNumArgs() < 2)
    return nullptr;
  // bzero is a builtin in the GNU dialects only: its name says it too.
  unsigned Id = Callee->getBuiltinID();
  const IdentifierInfo *II = Callee->getIdentifier();
  bool CLibrary = II && Callee->isExternC();
  bool Memset = Id == Builtin::BImemset || Id == Builtin::BI__builtin_memset;
  bool Bzero = Id == Builtin::BIbzero || Id == Builtin::BI__builtin_bzero ||
               (CLibrary && (II->isStr("bzero") || II->isStr("explicit_bzero")));
  if (!Memset && !Bzero)
    return nullptr;
  if (Memset) {
    Expr::EvalResult R;
    if (!CE->getArg(1)->EvaluateAsInt(R, Callee->getASTContext()) ||
        R.Val.getInt() != 0)
      return nullptr;
  }
  const auto *UO = dyn_cast<UnaryOperator>(CE->getArg(0)->IgnoreParenCasts());
  const auto *DRE = UO && UO->getOpcode() == UO_AddrOf
                        ? dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParens())
                        : nullptr;
  VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->isLocalVarDecl() || !VD->getType()->isRecordType())
    return nullptr;
  return UO;
}

/// The parts of locals whose address goes where the analysis does not
/// follow writes: any call but a sink's, a pointer, a reference.
class FilledFinder : public RecursiveASTVisitor<FilledFinder> {
public:
  FilledFinder(TranslationUnitAnalysis &TU, LocalWrites &Out)
      : TU(TU), Facts(*TU.Facts), Out(Out) {}
  bool shouldVisitImplicitCode() const { return true; }

  /// `m = (struct gsup){ ... };` builds the object anew; another whole
  /// assignment may bring anything. A write through a parameter fills
  /// the caller's object there.
  bool VisitBinaryOperator(const BinaryOperator *BO) {
    if (BO->isAssignmentOp()) {
      addParam(BO->getLHS());
      addParamPointer(BO->getRHS()); // `q = p`: written through q unseen
    }
    if (BO->getOpcode() != BO_Assign)
      return true;
    const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD || !VD->isLocalVarDecl() || !VD->getType()->isRecordType())
      return true;
    if (const InitListExpr *ILE = literalList(BO->getRHS()))
      Out.LiteralAssigns[VD].push_back(ILE);
    else
      Out.OtherAssigns.insert(VD);
    return true;
  }

  bool VisitCallExpr(const CallExpr *CE) {
    const VarDecl *Zeroed = nullptr;
    if (const UnaryOperator *Addr = zeroedLocal(CE, Zeroed)) {
      Out.Zeroed.insert(Zeroed);
      Exempt.insert(Addr); // fills nothing
      return true;
    }
    const FunctionDecl *Callee = CE->getDirectCallee();
    bool ReadOnly = Callee && onlyReads(Facts.functionSpec(Callee));
    unsigned I = 0;
    for (const Expr *Arg : CE->arguments()) {
      unsigned Index = I++;
      const Expr *Bare = Arg->IgnoreParenImpCasts();
      if (ReadOnly || readOnlyParam(Callee, Index)) {
        Exempt.insert(Bare);
      } else if (const auto *Fills = fillsOf(Callee, Index)) {
        Exempt.insert(Bare); // the callee's summary says where it writes
        addWithin(Arg, *Fills);
      } else if (Arg->isGLValue()) {
        add(Arg);
      } else if (Arg->getType()->isPointerType()) {
        addParamPointer(Arg); // a parameter's object handed on
      }
    }
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE))
      if (const Expr *Obj = MCE->getImplicitObjectArgument())
        if (!ReadOnly && Obj->isGLValue())
          add(Obj);
    return true;
  }
  bool VisitVarDecl(const VarDecl *VD) {
    if (VD->getInit())
      addParamPointer(VD->getInit());
    return true;
  }
  bool VisitReturnStmt(const ReturnStmt *RS) {
    if (RS->getRetValue())
      addParamPointer(RS->getRetValue());
    return true;
  }
  bool VisitUnaryOperator(const UnaryOperator *UO) {
    if (UO->getOpcode() == UO_AddrOf && !Exempt.count(UO))
      add(UO->getSubExpr());
    if (UO->isIncrementDecrementOp())
      addParam(UO->getSubExpr());
    return true;
  }
  bool VisitCastExpr(const CastExpr *CE) {
    if (CE->getCastKind() == CK_ArrayToPointerDecay &&
        !Exempt.count(CE->getSubExpr()->IgnoreParenImpCasts()))
      add(CE->getSubExpr());
    return true;
  }

private:
  void add(const Expr *E) {
    auto [VD, Path] = placeOf(E);
    if (!VD)
      return;
    if (const auto *P = dyn_cast<ParmVarDecl>(VD))
      Out.ParamFilled[P].push_back(std::move(Path));
    else
      Out.Filled[VD].push_back(std::move(Path));
  }
  void addParam(const Expr *E) {
    auto [VD, Path] = placeOf(E);
    if (const auto *P = dyn_cast_or_null<ParmVarDecl>(VD))
      Out.ParamFilled[P].push_back(std::move(Path));
  }
  /// `p` (a pointer parameter, cast or not) or `&p->f` handed on: to a
  /// call, or into a place the callee's writes through it are not seen.
  void addParamPointer(const Expr *E) {
    E = E->IgnoreParenCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf) {
      addParam(UO->getSubExpr());
      return;
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
    if (P && P->getType()->isPointerType())
      Out.ParamFilled[P].push_back({});
  }
  /// The parts \p Fills (below the argument's object) of what \p Arg
  /// points to or is: `&m`, `m.sub`, `p`, `&p->sub`.
  void addWithin(const Expr *Arg, const std::vector<FieldPath> &Fills) {
    const Expr *E = Arg->IgnoreParenCasts();
    std::pair<const VarDecl *, FieldPath> Place;
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf)
      Place = placeOf(UO->getSubExpr());
    else if (Arg->isGLValue())
      Place = placeOf(Arg);
    else if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl());
          P && P->getType()->isPointerType())
        Place = {P, {}};
    if (!Place.first)
      return;
    for (const FieldPath &F : Fills) {
      FieldPath Full = Place.second;
      Full.append(F.begin(), F.end());
      auto &Into = isa<ParmVarDecl>(Place.first)
                       ? Out.ParamFilled[cast<ParmVarDecl>(Place.first)]
                       : Out.Filled[Place.first];
      Into.push_back(std::move(Full));
    }
  }
  /// Where a callee analysed in this TU writes through its parameter
  /// \p I (LocalWrites::ParamFilled, in its summary); nullptr when that is
  /// not known: no body here, a model, a virtual call, recursion.
  const std::vector<FieldPath> *fillsOf(const FunctionDecl *Callee,
                                        unsigned I) {
    static const std::vector<FieldPath> None;
    if (!Callee || Facts.functionSpec(Callee) ||
        TU.InProgress.count(Callee->getCanonicalDecl()))
      return nullptr;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee); MD && MD->isVirtual())
      return nullptr;
    const FunctionSummary *S = TU.summary(Callee);
    if (!S || !S->FillsKnown || I >= Callee->getNumParams())
      return nullptr;
    auto It = S->ParamFills.find(I);
    return It == S->ParamFills.end() ? &None : &It->second;
  }
  TranslationUnitAnalysis &TU;
  DeclFacts &Facts;
  LocalWrites &Out;
  llvm::DenseSet<const Expr *> Exempt;
};

/// The fields an initialiser list gives a value that is not a constant.
void initialisedFields(const InitListExpr *ILE, ASTContext &Ctx,
                       FieldPath &Prefix, std::vector<FieldPath> &Out) {
  for (auto [F, E] : fieldInits(ILE)) {
    if (!E || isa<ImplicitValueInitExpr>(E))
      continue;
    Prefix.push_back(F);
    const Expr *Inner = E->IgnoreImplicit();
    if (const auto *Sub = dyn_cast<InitListExpr>(Inner))
      initialisedFields(Sub, Ctx, Prefix, Out);
    else if (isa<StringLiteral>(Inner) || !E->isEvaluatable(Ctx))
      Out.push_back(Prefix); // a literal string may be an identifier
    Prefix.pop_back();
  }
}

} // namespace

const LocalWrites &Analyzer::localWrites() {
  if (!Locals) {
    Locals = std::make_unique<LocalWrites>();
    FilledFinder(TU, *Locals).TraverseStmt(const_cast<Stmt *>(FD->getBody()));
  }
  return *Locals;
}

/// No initialiser of its own: C's `struct gsup m;`, or C++'s trivial
/// default construction.
static bool uninitialised(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  if (!Init)
    return true;
  const auto *CE = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
  return CE && CE->getConstructor()->isTrivial() && CE->getNumArgs() == 0;
}

bool Analyzer::builtHere(const VarDecl *VD) {
  if (!VD->isLocalVarDecl() || VD->isStaticLocal() || isa<ParmVarDecl>(VD) ||
      !VD->getType()->isRecordType())
    return false;
  if (literalList(VD->getInit()))
    return true;
  // Declared bare, then built whole from literals or zeroed only.
  const LocalWrites &W = localWrites();
  return uninitialised(VD) &&
         (W.LiteralAssigns.count(VD) || W.Zeroed.count(VD)) &&
         !W.OtherAssigns.count(VD);
}

void Analyzer::summariseFills() {
  for (const auto &[P, Paths] : localWrites().ParamFilled) {
    std::vector<FieldPath> &Into = Sum.ParamFills[P->getFunctionScopeIndex()];
    Into.insert(Into.end(), Paths.begin(), Paths.end());
  }
  Sum.FillsKnown = true;
}

/// The local that an argument is, or a part of (`&m`, `m`, `m.sub`, a
/// copy of `m`), if the function built it (LocalObjects.cpp).
const VarDecl *Analyzer::localObjectOf(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf) {
      E = UO->getSubExpr();
    } else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
               CE && CE->getNumArgs() == 1 &&
               CE->getConstructor()->isCopyOrMoveConstructor()) {
      E = CE->getArg(0);
    } else if (const auto *ME = dyn_cast<MemberExpr>(E);
               ME && !ME->isArrow() && isa<FieldDecl>(ME->getMemberDecl())) {
      E = ME->getBase();
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      return VD && builtHere(VD) ? VD : nullptr;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

const std::vector<FieldPath> &Analyzer::filledFields(const VarDecl *VD) {
  const LocalWrites &W = localWrites();
  auto [Entry, New] = Initialised.try_emplace(VD);
  std::vector<FieldPath> &Out = Entry->second;
  if (New) {
    auto It = W.Filled.find(VD);
    if (It != W.Filled.end())
      Out = It->second;
    FieldPath Prefix;
    if (const InitListExpr *ILE = literalList(VD->getInit()))
      initialisedFields(ILE, Ctx, Prefix, Out);
    auto L = W.LiteralAssigns.find(VD);
    if (L != W.LiteralAssigns.end())
      for (const InitListExpr *ILE : L->second)
        initialisedFields(ILE, Ctx, Prefix, Out);
  }
  return Out;
}

Value Analyzer::onlyFilledFields(const VarDecl *VD, const Value &V) {
  const std::vector<FieldPath> &Filled = filledFields(VD);
  auto MayHold = [&](const Taint &T) {
    if (T.L.IsParam || T.L.Where.empty())
      return true;
    for (const FieldPath &P : Filled)
      if (overlaps(P, T.L.Where))
        return true;
    // What the function wrote: a field, or data at the field inside a
    // value written whole (an initialiser, a copy).
    for (auto It = Cur.Env.lower_bound(AccessPath{VD, {}});
         It != Cur.Env.end() && It->first.Var == VD; ++It) {
      if (!It->first.Fields.empty()) {
        if (overlaps(It->first.Fields, T.L.Where))
          return true;
        continue;
      }
      for (const Taint &W : It->second.Taints)
        if (overlaps(W.L.Where, T.L.Where))
          return true;
    }
    return false;
  };
  Value Out = V;
  Out.Taints.clear();
  for (const Taint &T : V.Taints)
    if (MayHold(T))
      Out.Taints.push_back(T);
  return Out;
}

} // namespace clang::tidy::privacy
