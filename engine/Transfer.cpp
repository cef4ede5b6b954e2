//===--- Transfer.cpp - The value and effect of each CFG element -------===//
//
// The CFG is built with every subexpression as an element, so an
// expression's children are computed before it: their values come from the
// per-function cache, which only grows (states only grow), and the element
// computes its own from them and applies its effect on the state.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtVisitor.h"

namespace clang::tidy::privacy {

Value Analyzer::valueOf(const Expr *E) {
  if (!E)
    return {};
  auto It = Cache.find(E);
  if (It != Cache.end())
    return It->second;
  return compute(E);
}

Value Analyzer::readDeclRef(const DeclRefExpr *DRE) {
  const ValueDecl *D = DRE->getDecl();
  if (const auto *BD = dyn_cast<BindingDecl>(D))
    return BD->getBinding()
               ? withStep(valueOf(BD->getBinding()), BD->getLocation(), StepKind::Assign, BD->getNameAsString())
               : Value();
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD)
    return {};
  // A compiler-made reference (a range-for's `__range1`) is named after
  // what it refers to: the first name found for a label is kept.
  Value V;
  if (VD->isImplicit())
    if (const auto It = Cur.Alias.find(VD); It != Cur.Alias.end())
      V = staticOfPath(It->second);
  V.merge(staticOfDecl(VD));
  if (builtHere(VD) && !DRE->refersToEnclosingVariableOrCapture())
    V = onlyFilledFields(VD, V);
  if (IsLambda && DRE->refersToEnclosingVariableOrCapture()) {
    // Inside a lambda a capture is a field of the closure: its value is
    // whatever the enclosing function captured, known at the creation.
    Taint Tn;
    Tn.L.IsParam = true;
    Tn.L.Param = ThisArg;
    if (const FieldDecl *F = captureField(VD))
      Tn.L.ParamPath.push_back(F);
    Tn.T = extendTrace(nullptr, DRE->getLocation(), StepKind::Capture, VD->getNameAsString());
    V.add(Tn);
    return V;
  }
  AccessPath Own{VD, {}};
  AccessPath Target = resolve(Own);
  if (!(Target == Own))
    V.merge(staticOfPath(Target));
  V.merge(readPath(Own));
  return V;
}

namespace {

/// An expression's value from its children's; assignments and calls also
/// change the state.
class ExprTransfer : public ConstStmtVisitor<ExprTransfer, Value> {
public:
  explicit ExprTransfer(Analyzer &A) : A(A) {}

  /// Unknown expressions: their children's data, no consent flag.
  Value VisitExpr(const Expr *E) {
    Value V = children(E);
    V.clearConsent();
    return V;
  }

  // Places and reads.
  Value VisitDeclRefExpr(const DeclRefExpr *E) { return A.readDeclRef(E); }
  Value VisitCXXThisExpr(const CXXThisExpr *) {
    return A.readPath(AccessPath{nullptr, {}});
  }
  Value VisitMemberExpr(const MemberExpr *ME) {
    const ValueDecl *M = ME->getMemberDecl();
    if (const auto *VD = dyn_cast<VarDecl>(M)) {
      Value V = A.staticOfDecl(VD);
      V.merge(A.readPath(AccessPath{VD, {}}));
      return V;
    }
    const auto *F = dyn_cast<FieldDecl>(M);
    if (!F)
      return {}; // a method: the call handles it
    Value V = A.project(A.valueOf(ME->getBase()), F);
    if (!A.underExcludedMember(ME))
      V.merge(A.staticOfDecl(F));
    return V;
  }
  Value VisitArraySubscriptExpr(const ArraySubscriptExpr *E) {
    Value V = A.valueOf(E->getBase());
    V.clearConsent(); // an element, not the array or pointer
    return V;
  }

  // Wrappers carry their operand's value, consent flags included.
  Value VisitParenExpr(const ParenExpr *E) { return children(E); }
  Value VisitMaterializeTemporaryExpr(const MaterializeTemporaryExpr *E) {
    return children(E);
  }
  Value VisitCXXBindTemporaryExpr(const CXXBindTemporaryExpr *E) {
    return children(E);
  }
  Value VisitFullExpr(const FullExpr *E) { return children(E); }
  Value VisitCXXStdInitializerListExpr(const CXXStdInitializerListExpr *E) {
    return children(E);
  }
  Value VisitParenListExpr(const ParenListExpr *E) { return children(E); }
  Value VisitCastExpr(const CastExpr *CE);
  Value VisitCXXAddrspaceCastExpr(const CXXAddrspaceCastExpr *E) {
    return VisitExpr(E);
  }
  Value VisitObjCBridgedCastExpr(const ObjCBridgedCastExpr *E) {
    return VisitExpr(E);
  }
  Value VisitCXXDefaultArgExpr(const CXXDefaultArgExpr *E) {
    return A.valueOf(E->getExpr());
  }
  Value VisitCXXDefaultInitExpr(const CXXDefaultInitExpr *E) {
    return A.valueOf(E->getExpr());
  }
  Value VisitOpaqueValueExpr(const OpaqueValueExpr *E) {
    return A.valueOf(E->getSourceExpr());
  }

  // Operators.
  Value VisitUnaryOperator(const UnaryOperator *UO) {
    Value V = A.valueOf(UO->getSubExpr());
    V.clearConsent();
    // ++x, x--: x no longer holds what was known about its truth.
    if (UO->isIncrementDecrementOp())
      if (auto LP = A.lvaluePath(UO->getSubExpr())) {
        A.forgetConsent(A.resolve(LP->P));
        if (LP->Indirect)
          A.forgetUnseenWrites();
      }
    return V;
  }
  Value VisitUnaryLNot(const UnaryOperator *UO) {
    Value Sub = A.valueOf(UO->getSubExpr());
    Value V;
    V.Consent = Sub.NegConsent;
    V.NegConsent = Sub.Consent;
    return V;
  }
  Value VisitUnaryDeref(const UnaryOperator *UO) {
    auto LP = A.lvaluePath(UO);
    if (!LP)
      return VisitUnaryOperator(UO);
    Value V = A.readPath(LP->P);
    V.merge(A.valueOf(UO->getSubExpr()));
    V.clearConsent(); // the pointee's truth is not the pointer's
    return V;
  }
  Value VisitBinaryOperator(const BinaryOperator *BO) {
    if (BO->isComparisonOp())
      return {};
    // The distance between two pointers (`ue - pool->array`: an index in
    // a pool) is a number about the objects, not their data.
    if (BO->getOpcode() == BO_Sub && BO->getLHS()->getType()->isPointerType() &&
        BO->getRHS()->getType()->isPointerType())
      return {};
    Value V = A.valueOf(BO->getLHS());
    V.merge(A.valueOf(BO->getRHS()));
    V.clearConsent();
    return V;
  }
  Value VisitBinAssign(const BinaryOperator *BO);
  Value VisitCompoundAssignOperator(const CompoundAssignOperator *BO);
  Value VisitBinComma(const BinaryOperator *BO) {
    return A.valueOf(BO->getRHS());
  }
  Value VisitBinLAnd(const BinaryOperator *BO) { return logical(BO, true); }
  Value VisitBinLOr(const BinaryOperator *BO) { return logical(BO, false); }
  Value VisitAbstractConditionalOperator(
      const AbstractConditionalOperator *CO) {
    // Either operand: its data may come from both, and it is a consent
    // result only if both are (c ? consent(x) : false is one).
    Value T = A.valueOf(CO->getTrueExpr()), F = A.valueOf(CO->getFalseExpr());
    PurposeSet C = intersectPurposes(T.Consent, F.Consent);
    PurposeSet NC = intersectPurposes(T.NegConsent, F.NegConsent);
    T.merge(F);
    T.Consent = std::move(C);
    T.NegConsent = std::move(NC);
    return T;
  }

  // Aggregates and objects.
  Value VisitInitListExpr(const InitListExpr *E) {
    return A.computeInitList(E);
  }
  Value VisitLambdaExpr(const LambdaExpr *E) { return A.computeLambda(E); }
  Value VisitCXXNewExpr(const CXXNewExpr *NE) {
    return NE->getInitializer() ? A.valueOf(NE->getInitializer()) : Value();
  }

  // Calls and constructions.
  Value VisitCallExpr(const CallExpr *E) { return call(E); }
  Value VisitCUDAKernelCallExpr(const CUDAKernelCallExpr *E) {
    return VisitExpr(E);
  }
  Value VisitCXXConstructExpr(const CXXConstructExpr *E) { return call(E); }

  // Literals: `ok = false` narrows a consent flag: false holds no consent
  // to lose. Integers are flags only in C; in C++ a 0 is a number.
  Value VisitCXXBoolLiteralExpr(const CXXBoolLiteralExpr *E) {
    return flag(E->getValue());
  }
  Value VisitIntegerLiteral(const IntegerLiteral *E) {
    if (A.Ctx.getLangOpts().CPlusPlus)
      return {};
    return flag(E->getValue() != 0);
  }

  // No personal data in these.
#define NO_DATA(CLASS)                                                         \
  Value Visit##CLASS(const CLASS *) { return {}; }
  NO_DATA(StringLiteral)
  NO_DATA(FloatingLiteral)
  NO_DATA(CharacterLiteral)
  NO_DATA(CXXNullPtrLiteralExpr)
  NO_DATA(GNUNullExpr)
  NO_DATA(UnaryExprOrTypeTraitExpr)
  NO_DATA(CXXNoexceptExpr)
  NO_DATA(TypeTraitExpr)
  NO_DATA(ArrayTypeTraitExpr)
  NO_DATA(ExpressionTraitExpr)
  NO_DATA(OffsetOfExpr)
  NO_DATA(CXXScalarValueInitExpr)
  NO_DATA(ImplicitValueInitExpr)
  NO_DATA(PredefinedExpr)
  NO_DATA(SizeOfPackExpr)
  NO_DATA(CXXDeleteExpr)
  NO_DATA(CXXThrowExpr)
  NO_DATA(CXXTypeidExpr)
  NO_DATA(StmtExpr)
  NO_DATA(AddrLabelExpr)
  NO_DATA(SourceLocExpr)
  NO_DATA(CXXPseudoDestructorExpr)
#undef NO_DATA

private:
  Analyzer &A;

  Value children(const Expr *E) {
    Value V;
    for (const Stmt *Child : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        V.merge(A.valueOf(CE));
    return V;
  }
  Value call(const Expr *E) {
    auto C = A.callSite(E);
    return C ? A.handleAnyCall(*C) : Value();
  }
  static Value flag(bool Truth) {
    Value V;
    (Truth ? V.NegConsent : V.Consent).push_back(AllPurposes);
    return V;
  }
  Value logical(const BinaryOperator *BO, bool And);
  bool repoint(const BinaryOperator *BO);
};

static bool isBoolCast(const CastExpr *CE) {
  switch (CE->getCastKind()) {
  case CK_IntegralToBoolean:
  case CK_PointerToBoolean:
  case CK_FloatingToBoolean:
  case CK_MemberPointerToBoolean:
    return true;
  default:
    return false;
  }
}

Value ExprTransfer::VisitCastExpr(const CastExpr *CE) {
  if (CE->getCastKind() == CK_LValueToRValue && CE->getType()->isPointerType()) {
    // A pointer copied into a local or a field sees what it points to.
    Value V = children(CE);
    V.merge(A.readPointees(CE));
    return V;
  }
  if (!isBoolCast(CE))
    return children(CE);
  // A boolean keeps only what it says about consent.
  Value Sub = A.valueOf(CE->getSubExpr());
  Value V;
  V.Consent = Sub.Consent;
  V.NegConsent = Sub.NegConsent;
  return V;
}

/// p = &x re-points p; any other assignment to a pointer forgets it, and is
/// a write into p itself. True if p aliases a place again.
bool ExprTransfer::repoint(const BinaryOperator *BO) {
  const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->getType()->isPointerType() || !A.Cur.Alias.count(VD))
    return false;
  A.Cur.Alias.erase(VD);
  const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(R))
    if (UO->getOpcode() == UO_AddrOf)
      if (auto LP = A.lvaluePath(UO->getSubExpr()))
        if (!LP->Weak) {
          A.Cur.Alias[VD] = LP->P;
          A.forgetPointees(AccessPath{VD, {}});
          return true;
        }
  return false;
}

Value ExprTransfer::VisitBinAssign(const BinaryOperator *BO) {
  Value V = A.valueOf(BO->getRHS());
  if (repoint(BO))
    return V;
  if (auto LP = A.lvaluePath(BO->getLHS())) {
    Analyzer::PointeeFacts Pointees;
    A.collectPointees(*LP, BO->getRHS(), Pointees);
    A.writePath(*LP, V, BO->getOperatorLoc());
    A.applyPointees(Pointees);
    if (!LP->Weak && !LP->Indirect && LP->P.Fields.empty())
      A.linkResult(LP->P, BO->getRHS());
  } else {
    A.checkSinkObject(BO->getLHS(), V, BO->getOperatorLoc());
  }
  return V;
}

Value ExprTransfer::VisitCompoundAssignOperator(
    const CompoundAssignOperator *BO) {
  Value V = A.valueOf(BO->getRHS());
  V.clearConsent();
  if (auto LP = A.lvaluePath(BO->getLHS())) {
    // x += 1 changes x's truth whatever its data.
    A.forgetConsent(A.resolve(LP->P));
    if (LP->Indirect)
      A.forgetUnseenWrites();
    if (V.hasTaint()) {
      LP->Weak = true;
      A.writePath(*LP, V, BO->getOperatorLoc());
    }
  }
  Value R = A.valueOf(BO->getLHS());
  R.merge(V);
  R.clearConsent(); // arithmetic results are no consent flags
  return R;
}

/// a && b is true when both are; a || b is false when both are.
Value ExprTransfer::logical(const BinaryOperator *BO, bool And) {
  Value L = A.valueOf(BO->getLHS()), R = A.valueOf(BO->getRHS());
  Value V;
  PurposeSet &Both = And ? V.Consent : V.NegConsent;
  PurposeSet &Either = And ? V.NegConsent : V.Consent;
  Both = And ? L.Consent : L.NegConsent;
  unionPurposes(Both, And ? R.Consent : R.NegConsent);
  Either = And ? intersectPurposes(L.NegConsent, R.NegConsent)
               : intersectPurposes(L.Consent, R.Consent);
  return V;
}

} // namespace

Value Analyzer::compute(const Expr *E) { return ExprTransfer(*this).Visit(E); }

llvm::SmallVector<std::pair<const FieldDecl *, const Expr *>, 4>
fieldInits(const InitListExpr *ILE) {
  llvm::SmallVector<std::pair<const FieldDecl *, const Expr *>, 4> Out;
  const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
  if (!RD)
    return Out;
  unsigned I = 0;
  for (const FieldDecl *F : RD->fields()) {
    if (RD->isUnion() && F != ILE->getInitializedFieldInUnion())
      continue;
    if (I >= ILE->getNumInits())
      break;
    Out.push_back({F, ILE->getInit(I++)});
  }
  return Out;
}

Value Analyzer::computeInitList(const InitListExpr *ILE) {
  Value V;
  if (ILE->getType()->getAsRecordDecl() && !ILE->isTransparent()) {
    for (auto [F, Init] : fieldInits(ILE)) {
      const FieldDecl *Fields[] = {F};
      V.merge(embedAt(valueOf(Init), Fields));
    }
    return V;
  }
  for (const Expr *Init : ILE->inits())
    V.merge(valueOf(Init));
  V.clearConsent();
  return V;
}

Value Analyzer::computeLambda(const LambdaExpr *LE) {
  Value Closure;
  llvm::DenseMap<const ValueDecl *, FieldDecl *> Fields;
  FieldDecl *ThisField = nullptr;
  LE->getLambdaClass()->getCaptureFields(Fields, ThisField);
  auto Init = LE->capture_init_begin();
  for (const LambdaCapture &Cap : LE->captures()) {
    const Expr *E = Init == LE->capture_init_end() ? nullptr : *Init++;
    if (!E)
      continue;
    const FieldDecl *F = nullptr;
    if (Cap.capturesVariable())
      F = Fields.lookup(Cap.getCapturedVar());
    else if (Cap.capturesThis())
      F = ThisField;
    Value V = valueOf(E);
    if (F) {
      const FieldDecl *Path[] = {F};
      V = embedAt(V, Path);
    }
    Closure.merge(V);
  }
  Closure.clearConsent();
  Closure = withStep(Closure, LE->getBeginLoc(), StepKind::CapturedHere);
  // The lambda may run wherever it is passed; its sinks count from here,
  // under the consents that hold where it is created.
  if (Reporting)
    if (const CXXMethodDecl *Op = LE->getCallOperator())
      if (const FunctionSummary *S = TU.summary(Op)) {
        CallSite C;
        C.FD = Op;
        C.E = LE;
        C.ThisValue = Closure;
        Value Ignored;
        instantiateSummary(C, *S, Ignored);
      }
  return Closure;
}

//===----------------------------------------------------------------------===//
// Statements and initializers
//===----------------------------------------------------------------------===//

void Analyzer::transferElement(const CFGElement &El) {
  if (auto I = El.getAs<CFGInitializer>()) {
    transferInitializer(*I->getInitializer());
    return;
  }
  auto S = El.getAs<CFGStmt>();
  if (!S)
    return;
  const Stmt *St = S->getStmt();
  if (const auto *E = dyn_cast<Expr>(St)) {
    // The value at the latest visit: states only grow, so this is the
    // value under the current (largest) state.
    Cache[E] = compute(E);
  } else if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit())
        transferVarDecl(VD);
  } else if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
    if (Reporting && RS->getRetValue())
      transferReturn(RS);
  }
}

/// A constructor's initializer writes into the new object: a member (of
/// an anonymous union or struct too: `union { T m_val; }` initialised as
/// `m_val(...)` is the path through the unnamed member), or, for a base
/// class or a delegated-to constructor, the object itself, beside what the
/// other initializers write.
void Analyzer::transferInitializer(const CXXCtorInitializer &Init) {
  if (!Init.getInit())
    return;
  Value V = valueOf(Init.getInit());
  if (const IndirectFieldDecl *IFD = Init.getIndirectMember()) {
    FieldPath Path;
    for (const NamedDecl *D : IFD->chain())
      if (const auto *F = dyn_cast<FieldDecl>(D))
        Path.push_back(F);
    boundPath(Path);
    writePath(LPath{AccessPath{nullptr, Path}, false}, V,
              Init.getSourceLocation());
  } else if (Init.getMember()) {
    writePath(LPath{AccessPath{nullptr, {Init.getMember()}}, false}, V,
              Init.getSourceLocation());
  } else if (V.hasTaint()) {
    V.clearConsent();
    writePath(LPath{AccessPath{nullptr, {}}, /*Weak=*/true}, V,
              Init.getSourceLocation(), /*AddStep=*/false);
  }
}

void Analyzer::transferVarDecl(const VarDecl *VD) {
  const Expr *Init = VD->getInit();
  QualType T = VD->getType();
  if (T->isReferenceType() || T->isPointerType()) {
    // References and pointers initialised from a place alias it.
    const Expr *Target = Init->IgnoreParenImpCasts();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(Target))
      Target = MTE->getSubExpr()->IgnoreParenImpCasts();
    bool IsPlace = T->isReferenceType() ||
                   (isa<UnaryOperator>(Target) &&
                    cast<UnaryOperator>(Target)->getOpcode() == UO_AddrOf);
    if (IsPlace)
      if (auto LP = lvaluePath(Target))
        if (!LP->Weak && LP->P.Var != VD) {
          Cur.Alias[VD] = LP->P;
          forgetPointees(AccessPath{VD, {}});
          return;
        }
  }
  Cur.Alias.erase(VD);
  Value V = valueOf(Init);
  // A static local is initialised once: on later calls it holds whatever
  // the last one left, not its initialiser.
  if (VD->hasGlobalStorage())
    V.clearConsent();
  LPath Own{AccessPath{VD, {}}, false};
  PointeeFacts Pointees;
  collectPointees(Own, Init, Pointees);
  writePath(Own, V, VD->getLocation());
  applyPointees(Pointees);
  linkResult(AccessPath{VD, {}}, Init);
}

/// A variable assigned the result of a call whose result stays linked to
/// an argument (`p = msgb_put(msg, n)`, `"links": {"from": "return", "into":
/// 0}`): what is written through it later is in the argument too. Any other
/// value assigned ends the variable's links.
void Analyzer::linkResult(const AccessPath &Dest, const Expr *Init) {
  Cur.Links.erase(Dest);
  if (!Init)
    return;
  for (const AccessPath &Container : containersOf(Init))
    if (!(Container == Dest))
      Cur.Links[Dest].insert(Container);
}

void Analyzer::transferReturn(const ReturnStmt *RS) {
  const Expr *RV = RS->getRetValue();
  Value V = valueOf(RV);
  Sum.Return.Taints.reserve(Sum.Return.Taints.size() + V.Taints.size());
  for (const Taint &T : V.Taints)
    Sum.Return.add(T);
  for (const Taint &T : V.Anonymised)
    Sum.Return.addAnonymised(T);
  // `return msgb_put(msg, n);`, `return ie;` after `ie = add_ie(msg)`: the
  // caller's variable stays attached to that parameter's container.
  for (const AccessPath &Container : containersOf(RV))
    if (std::optional<int> Into = paramOf(Container))
      Sum.Links[OutPlace{ReturnArg, {}}].insert(
          OutPlace{*Into, Container.Fields});
  // A function whose every return is a consent result is a consent
  // check (or, negated, a refusal check). A literal `false` return keeps
  // a consent check one; a literal `true` keeps a refusal check one.
  const Expr *Stripped = RV->IgnoreParenImpCasts();
  std::optional<bool> Literal;
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(Stripped))
    Literal = B->getValue();
  if (const auto *I = dyn_cast<IntegerLiteral>(Stripped))
    Literal = I->getValue() != 0;
  auto Meet = [](bool &Seen, PurposeSet &Acc, const PurposeSet &P) {
    Acc = Seen ? intersectPurposes(Acc, P) : P;
    Seen = true;
  };
  if (!Literal || *Literal)
    Meet(ReturnConsentSeen, ReturnConsent, V.Consent);
  if (!Literal || !*Literal)
    Meet(ReturnNegConsentSeen, ReturnNegConsent, V.NegConsent);
}

void Analyzer::transferBlock(const CFGBlock *B) {
  for (const CFGElement &El : *B)
    transferElement(El);
}

} // namespace clang::tidy::privacy
