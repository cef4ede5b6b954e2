//===--- FunctionAnalysis.cpp - Dataflow over one function's CFG --------===//
//
// A forward, flow-sensitive analysis over Clang's CFG. The state maps access
// paths (a variable, `this`, and up to MaxFieldDepth fields) to Values, keeps
// simple pointer/reference aliases, and the set of consent purposes that hold
// on every path (a must-set, intersected at joins). Expression values are
// computed once per CFG element (the CFG is built with every subexpression as
// an element) and kept in a per-function cache that only grows, so the
// analysis is monotone and terminates; a visit budget bounds huge functions.
//
//===----------------------------------------------------------------------===//

#include "FunctionAnalysis.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"

namespace clang::tidy::privacy {
namespace {

struct AccessPath {
  const ValueDecl *Var = nullptr; ///< nullptr is `this`
  FieldPath Fields;

  bool operator<(const AccessPath &O) const {
    if (Var != O.Var)
      return std::less<const ValueDecl *>()(Var, O.Var);
    return std::lexicographical_compare(Fields.begin(), Fields.end(),
                                        O.Fields.begin(), O.Fields.end());
  }
  bool operator==(const AccessPath &O) const {
    return Var == O.Var && Fields == O.Fields;
  }
  bool isPrefixOf(const AccessPath &O) const {
    if (Var != O.Var || Fields.size() > O.Fields.size())
      return false;
    for (size_t I = 0; I < Fields.size(); ++I)
      if (Fields[I] != O.Fields[I])
        return false;
    return true;
  }
  AccessPath child(const FieldDecl *F) const {
    AccessPath R = *this;
    if (R.Fields.size() < MaxFieldDepth)
      R.Fields.push_back(F);
    return R;
  }
};

/// An lvalue: where a write goes. Weak writes merge (array elements,
/// container elements, pointees of unknown pointers).
struct LPath {
  AccessPath P;
  bool Weak = false;
};

struct State {
  bool Reached = false;
  std::map<AccessPath, Value> Env;
  std::map<const VarDecl *, AccessPath> Alias;
  PurposeSet Consent;

  /// Joins O into this state; true if this state changed.
  bool join(const State &O) {
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
};

/// A call, normalised: the callee, the object (for member calls and member
/// operators) and the arguments aligned with the callee's parameters.
struct CallSite {
  const FunctionDecl *FD = nullptr;
  const Expr *E = nullptr;
  const Expr *This = nullptr;
  std::optional<Value> ThisValue; ///< a closure's captures
  llvm::SmallVector<const Expr *, 4> Args;
  std::vector<Value> ArgValues; ///< values instead of Args (callbacks)
  bool IsConstruct = false;

  /// The expression at a position: ThisArg or a parameter index.
  const Expr *at(int Position) const {
    if (Position == ThisArg)
      return This;
    return Position >= 0 && static_cast<size_t>(Position) < Args.size()
               ? Args[Position]
               : nullptr;
  }
  bool Virtual = false;
};

std::string describe(const NamedDecl *D) {
  if (!D)
    return "?";
  std::string N = D->getNameAsString();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(D)) {
    if (MD->getParent()->isLambda())
      return "lambda";
    // Which override, for virtual calls: Class::method().
    const SourceManager &SM = MD->getASTContext().getSourceManager();
    if (!MD->isOverloadedOperator() && !isa<CXXConstructorDecl>(MD) &&
        !isa<CXXDestructorDecl>(MD) && MD->getParent()->getIdentifier() &&
        !SM.isInSystemHeader(SM.getExpansionLoc(MD->getLocation())))
      N = MD->getParent()->getNameAsString() + "::" + N;
  }
  if (isa<FunctionDecl>(D))
    return N + "()";
  return N;
}

class Analyzer {
public:
  Analyzer(TranslationUnitAnalysis &TU, const FunctionDecl *FD)
      : TU(TU), FD(FD), Ctx(TU.Ctx), Facts(*TU.Facts),
        SM(Ctx.getSourceManager()) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      IsLambda = MD->getParent()->isLambda();
  }

  FunctionSummary run();

private:
  TranslationUnitAnalysis &TU;
  const FunctionDecl *FD;
  ASTContext &Ctx;
  DeclFacts &Facts;
  const SourceManager &SM;
  bool IsLambda = false;
  std::unique_ptr<CFG> Cfg;
  State Cur;
  bool Reporting = false;
  llvm::DenseMap<const Expr *, Value> Cache;
  llvm::DenseMap<const Decl *, Value> StaticCache;
  FunctionSummary Sum;
  std::vector<ConsentSeen> ConsentChecks;
  std::map<std::tuple<Label, unsigned, unsigned>, size_t> SumSinkKeys;
  bool ReturnConsentSeen = false, ReturnNegConsentSeen = false;
  PurposeSet ReturnConsent, ReturnNegConsent;

  // Values
  Value valueOf(const Expr *E);
  Value compute(const Expr *E);
  Value staticOfDecl(const Decl *D);
  Value staticOfType(QualType T, const NamedDecl *Named);
  Value staticOfType(QualType T, const NamedDecl *Named,
                     const std::string &Name, SourceLocation NameLoc);
  Value readPath(const AccessPath &P);
  Value staticOfPath(const AccessPath &P);
  Value visibleThrough(QualType T, unsigned Depth);
  Value readDeclRef(const DeclRefExpr *DRE);
  Value computeBinary(const BinaryOperator *BO);
  Value computeInitList(const InitListExpr *ILE);
  Value computeLambda(const LambdaExpr *LE);
  const FieldDecl *captureField(const ValueDecl *VD);
  bool CaptureFieldsBuilt = false;
  llvm::DenseMap<const ValueDecl *, FieldDecl *> CaptureFields;

  // Places
  AccessPath resolve(const AccessPath &P) const;
  std::optional<LPath> lvaluePath(const Expr *E, unsigned Depth = 0);
  void writePath(const LPath &LP, Value V, SourceLocation Loc,
                 bool AddStep = true);
  /// Data flows into the object \p Obj (named \p ObjName) through \p Fn.
  void writeInto(const Expr *Obj, const Value &V, SourceLocation Loc,
                 const std::string &ObjName, const std::string &Fn);
  std::string pathName(const AccessPath &P) const;

  // Calls
  std::optional<CallSite> callSite(const Expr *E);
  Value handleCall(const CallSite &C);
  void invokeCallbacks(const CallSite &C);
  bool mayCarryArguments(const CallSite &C);
  std::string describeArgument(const CallSite &C);
  Value argValue(const CallSite &C, int Index);
  Value allArgs(const CallSite &C, bool WithThis);
  Value labelValue(const CallSite &C, const Label &L);
  Value instantiate(const CallSite &C, const Value &V, StepKind Step);
  void instantiateSummary(const CallSite &C, const FunctionSummary &S,
                          Value &R);
  std::vector<const FunctionSummary *> summariesFor(const CallSite &C);

  // Sinks and consent
  void recordSink(const SinkSpec &S, const Value &V, SourceLocation Loc,
                  const std::string &Desc);
  void dispatch(SinkHit H);
  void addSummarySink(SinkHit H);
  void checkSinkObject(const Expr *Obj, const Value &V, SourceLocation Loc);
  bool isSinkObjectVariable(const VarDecl *VD) const {
    std::string Name = modelName(VD);
    for (const SinkObjectRule &R : TU.Models.SinkObjects)
      if (R.Match == SinkObjectRule::VariableName && R.Pattern &&
          R.Pattern->matches(Name))
        return true;
    return false;
  }
  PurposeSet factsWhen(const Expr *C, bool Truth);
  void noteConsent(SourceLocation Loc, llvm::StringRef Purpose,
                   const std::string &Fn);

  // CFG
  void transferElement(const CFGElement &E);
  void transferBlock(const CFGBlock *B);
  void buildWrites(const State &Exit);
  SourceLocation loc(const Expr *E) const {
    SourceLocation L = E->getExprLoc();
    return L.isValid() ? L : E->getBeginLoc();
  }
};

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

Value Analyzer::valueOf(const Expr *E) {
  if (!E)
    return {};
  auto It = Cache.find(E);
  if (It != Cache.end())
    return It->second;
  return compute(E);
}

Value Analyzer::staticOfType(QualType T, const NamedDecl *Named) {
  return staticOfType(T, Named, Named ? Named->getNameAsString() : "value",
                      Named ? Named->getLocation() : SourceLocation());
}

Value Analyzer::staticOfType(QualType T, const NamedDecl *Named,
                             const std::string &Name, SourceLocation NameLoc) {
  Value V;
  if (T.isNull())
    return V;
  // A structured binding's holder has no name: name the fields alone.
  std::string Prefix =
      Name.empty() ? "" : Name + (T->isPointerType() ? "->" : ".");
  const Decl *AnnotatedType = nullptr;
  for (Category C : Facts.typeCategories(T, &AnnotatedType)) {
    Taint Tn;
    Tn.L.Cat = C;
    Tn.L.Source = AnnotatedType;
    std::string TypeName =
        AnnotatedType ? cast<NamedDecl>(AnnotatedType)->getNameAsString() : "?";
    Tn.T = sourceTrace(NameLoc.isValid() ? NameLoc : AnnotatedType->getLocation(),
                       StepKind::HasType, C, Name, Name, TypeName);
    V.add(Tn);
  }
  for (const auto &F : Facts.annotatedFields(T)) {
    Taint Tn;
    Tn.L.Cat = F.Cat;
    Tn.L.Source = F.Source;
    Tn.L.Where = F.Path;
    std::string FieldName;
    for (const FieldDecl *P : F.Path)
      FieldName += (FieldName.empty() ? "" : ".") + P->getNameAsString();
    if (const auto *TD = dyn_cast<TypeDecl>(F.Source))
      Tn.T = sourceTrace(F.Path.back()->getLocation(), StepKind::HasType,
                         F.Cat, Prefix + FieldName, FieldName,
                         TD->getNameAsString());
    else
      Tn.T = sourceTrace(F.Source->getLocation(), StepKind::DeclaredAs,
                         F.Cat, Prefix + FieldName,
                         F.Path.back()->getNameAsString());
    V.add(Tn);
  }
  return V;
}

Value Analyzer::staticOfDecl(const Decl *D) {
  auto It = StaticCache.find(D);
  if (It != StaticCache.end())
    return It->second;
  Value V;
  const auto *ND = cast<NamedDecl>(D);
  std::string Name = ND->getNameAsString();
  auto Cats = Facts.declCategories(D);
  if (const auto *PVD = dyn_cast<ParmVarDecl>(D))
    if (const auto *Owner = dyn_cast<FunctionDecl>(PVD->getDeclContext()))
      for (Category C : Facts.paramCategories(Owner, PVD->getFunctionScopeIndex()))
        if (!llvm::is_contained(Cats, C))
          Cats.push_back(C);
  for (Category C : Cats) {
    Taint Tn;
    Tn.L.Cat = C;
    Tn.L.Source = D->getCanonicalDecl();
    // At the declared name, as Clang's own "declared here" notes: the
    // annotation itself is usually a macro expansion.
    Tn.T = sourceTrace(D->getLocation(), StepKind::DeclaredAs, C, Name, Name);
    V.add(Tn);
  }
  if (const auto *VD = dyn_cast<ValueDecl>(D))
    V.merge(staticOfType(VD->getType(), ND));
  StaticCache[D] = V;
  return V;
}

Value Analyzer::readPath(const AccessPath &In) {
  AccessPath P = resolve(In);
  Value R;
  bool Exact = false;
  for (auto It = Cur.Env.lower_bound(P);
       It != Cur.Env.end() && P.isPrefixOf(It->first); ++It) {
    if (It->first.Fields.size() == P.Fields.size()) {
      Exact = true;
      R.merge(It->second);
    } else {
      R.merge(embedAt(It->second, llvm::ArrayRef<const FieldDecl *>(
                                      It->first.Fields)
                                      .drop_front(P.Fields.size())));
    }
  }
  if (!Exact) {
    for (size_t N = P.Fields.size(); N-- > 0;) {
      AccessPath A{P.Var, FieldPath(P.Fields.begin(), P.Fields.begin() + N)};
      auto F = Cur.Env.find(A);
      if (F == Cur.Env.end())
        continue;
      Value V = F->second;
      for (size_t K = N; K < P.Fields.size(); ++K)
        V = projectField(V, P.Fields[K]);
      R.merge(V);
      break;
    }
  }
  if (const auto *VD = dyn_cast_or_null<VarDecl>(P.Var))
    if (VD->hasGlobalStorage()) {
      auto &At = TU.GlobalReadAt[FD->getCanonicalDecl()];
      At = std::max(At, TU.GlobalVersion + 1);
      auto G = TU.GlobalValues.find(VD);
      if (G != TU.GlobalValues.end()) {
        Value V = G->second;
        for (const FieldDecl *F : P.Fields)
          V = projectField(V, F);
        R.merge(V);
      }
    }
  return R;
}

Value Analyzer::readDeclRef(const DeclRefExpr *DRE) {
  const ValueDecl *D = DRE->getDecl();
  if (const auto *BD = dyn_cast<BindingDecl>(D))
    return BD->getBinding()
               ? withStep(valueOf(BD->getBinding()), BD->getLocation(),
                          StepKind::Assign, BD->getNameAsString())
               : Value();
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD)
    return {};
  Value V = staticOfDecl(VD);
  if (IsLambda && DRE->refersToEnclosingVariableOrCapture()) {
    // Inside a lambda a capture is a field of the closure: its value is
    // whatever the enclosing function captured, known at the creation.
    Taint Tn;
    Tn.L.IsParam = true;
    Tn.L.Param = ThisArg;
    if (const FieldDecl *F = captureField(VD))
      Tn.L.ParamPath.push_back(F);
    Tn.T = extendTrace(nullptr, DRE->getLocation(), StepKind::Capture,
                       VD->getNameAsString());
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

/// What a function can see as personal from a parameter's type alone:
/// the type's own taint and that of its template arguments (containers).
Value Analyzer::visibleThrough(QualType T, unsigned Depth) {
  Value V = staticOfType(T, nullptr);
  if (Depth >= 2)
    return V;
  QualType U = T.getNonReferenceType();
  while (U->isPointerType())
    U = U->getPointeeType();
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          U->getAsRecordDecl()))
    for (const TemplateArgument &A : Spec->getTemplateArgs().asArray())
      if (A.getKind() == TemplateArgument::Type)
        V.merge(visibleThrough(A.getAsType(), Depth + 1));
  return V;
}

Value Analyzer::staticOfPath(const AccessPath &P) {
  Value V;
  if (const auto *VD = dyn_cast_or_null<VarDecl>(P.Var))
    V = staticOfDecl(VD);
  for (const FieldDecl *F : P.Fields) {
    V = projectField(V, F);
    V.merge(staticOfDecl(F));
  }
  return V;
}

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

Value Analyzer::compute(const Expr *E) {
  switch (E->getStmtClass()) {
  case Stmt::DeclRefExprClass:
    return readDeclRef(cast<DeclRefExpr>(E));
  case Stmt::MemberExprClass: {
    const auto *ME = cast<MemberExpr>(E);
    const ValueDecl *M = ME->getMemberDecl();
    if (const auto *VD = dyn_cast<VarDecl>(M)) {
      Value V = staticOfDecl(VD);
      V.merge(readPath(AccessPath{VD, {}}));
      return V;
    }
    const auto *F = dyn_cast<FieldDecl>(M);
    if (!F)
      return {}; // a method: the call handles it
    Value V = projectField(valueOf(ME->getBase()), F);
    V.merge(staticOfDecl(F));
    return V;
  }
  case Stmt::CXXThisExprClass:
    return readPath(AccessPath{nullptr, {}});
  case Stmt::ParenExprClass:
  case Stmt::MaterializeTemporaryExprClass:
  case Stmt::CXXBindTemporaryExprClass:
  case Stmt::ExprWithCleanupsClass:
  case Stmt::ConstantExprClass:
  case Stmt::CXXStdInitializerListExprClass:
  case Stmt::ParenListExprClass:
  case Stmt::ImplicitCastExprClass:
  case Stmt::CStyleCastExprClass:
  case Stmt::CXXStaticCastExprClass:
  case Stmt::CXXDynamicCastExprClass:
  case Stmt::CXXReinterpretCastExprClass:
  case Stmt::CXXConstCastExprClass:
  case Stmt::CXXFunctionalCastExprClass:
  case Stmt::BuiltinBitCastExprClass: {
    if (const auto *CE = dyn_cast<CastExpr>(E)) {
      if (isBoolCast(CE)) {
        Value Sub = valueOf(CE->getSubExpr());
        Value V;
        V.Consent = Sub.Consent;
        V.NegConsent = Sub.NegConsent;
        return V;
      }
    }
    Value V;
    for (const Stmt *Child : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        V.merge(valueOf(CE));
    return V;
  }
  case Stmt::CXXDefaultArgExprClass:
    return valueOf(cast<CXXDefaultArgExpr>(E)->getExpr());
  case Stmt::CXXDefaultInitExprClass:
    return valueOf(cast<CXXDefaultInitExpr>(E)->getExpr());
  case Stmt::OpaqueValueExprClass:
    return valueOf(cast<OpaqueValueExpr>(E)->getSourceExpr());
  case Stmt::UnaryOperatorClass: {
    const auto *UO = cast<UnaryOperator>(E);
    if (UO->getOpcode() == UO_LNot) {
      Value Sub = valueOf(UO->getSubExpr());
      Value V;
      V.Consent = Sub.NegConsent;
      V.NegConsent = Sub.Consent;
      return V;
    }
    if (UO->getOpcode() == UO_Deref)
      if (auto LP = lvaluePath(UO)) {
        Value V = readPath(LP->P);
        V.merge(valueOf(UO->getSubExpr()));
        return V;
      }
    Value V = valueOf(UO->getSubExpr());
    V.clearConsent();
    return V;
  }
  case Stmt::BinaryOperatorClass:
  case Stmt::CompoundAssignOperatorClass:
    return computeBinary(cast<BinaryOperator>(E));
  case Stmt::ConditionalOperatorClass:
  case Stmt::BinaryConditionalOperatorClass: {
    const auto *CO = cast<AbstractConditionalOperator>(E);
    Value V = valueOf(CO->getTrueExpr());
    V.merge(valueOf(CO->getFalseExpr()));
    return V;
  }
  case Stmt::ArraySubscriptExprClass:
    return valueOf(cast<ArraySubscriptExpr>(E)->getBase());
  case Stmt::InitListExprClass:
    return computeInitList(cast<InitListExpr>(E));
  case Stmt::LambdaExprClass:
    return computeLambda(cast<LambdaExpr>(E));
  case Stmt::CXXNewExprClass: {
    const auto *NE = cast<CXXNewExpr>(E);
    return NE->getInitializer() ? valueOf(NE->getInitializer()) : Value();
  }
  case Stmt::CallExprClass:
  case Stmt::CXXMemberCallExprClass:
  case Stmt::CXXOperatorCallExprClass:
  case Stmt::UserDefinedLiteralClass:
  case Stmt::CXXConstructExprClass:
  case Stmt::CXXTemporaryObjectExprClass: {
    auto C = callSite(E);
    if (!C)
      return {};
    return handleCall(*C);
  }
  case Stmt::CXXBoolLiteralExprClass:
  case Stmt::IntegerLiteralClass: {
    // `ok = false` narrows a consent flag: false holds no consent to lose.
    // Integers are flags only in C; in C++ a 0 is a number.
    if (isa<IntegerLiteral>(E) && Ctx.getLangOpts().CPlusPlus)
      return {};
    bool Truth = isa<CXXBoolLiteralExpr>(E)
                     ? cast<CXXBoolLiteralExpr>(E)->getValue()
                     : cast<IntegerLiteral>(E)->getValue() != 0;
    Value V;
    (Truth ? V.NegConsent : V.Consent).push_back(AllPurposes);
    return V;
  }
  case Stmt::StringLiteralClass:
  case Stmt::FloatingLiteralClass:
  case Stmt::CharacterLiteralClass:
  case Stmt::CXXNullPtrLiteralExprClass:
  case Stmt::GNUNullExprClass:
  case Stmt::UnaryExprOrTypeTraitExprClass:
  case Stmt::CXXNoexceptExprClass:
  case Stmt::TypeTraitExprClass:
  case Stmt::ArrayTypeTraitExprClass:
  case Stmt::ExpressionTraitExprClass:
  case Stmt::OffsetOfExprClass:
  case Stmt::CXXScalarValueInitExprClass:
  case Stmt::ImplicitValueInitExprClass:
  case Stmt::PredefinedExprClass:
  case Stmt::SizeOfPackExprClass:
  case Stmt::CXXDeleteExprClass:
  case Stmt::CXXThrowExprClass:
  case Stmt::CXXTypeidExprClass:
  case Stmt::StmtExprClass:
  case Stmt::AddrLabelExprClass:
  case Stmt::SourceLocExprClass:
  case Stmt::CXXPseudoDestructorExprClass:
    return {};
  default: {
    Value V;
    for (const Stmt *Child : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Child))
        V.merge(valueOf(CE));
    V.clearConsent();
    return V;
  }
  }
}

Value Analyzer::computeBinary(const BinaryOperator *BO) {
  switch (BO->getOpcode()) {
  case BO_Assign: {
    Value V = valueOf(BO->getRHS());
    // p = &x re-points p; any other assignment to a pointer forgets it.
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->getType()->isPointerType() && Cur.Alias.count(VD)) {
          Cur.Alias.erase(VD);
          const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
          if (const auto *UO = dyn_cast<UnaryOperator>(R))
            if (UO->getOpcode() == UO_AddrOf)
              if (auto LP = lvaluePath(UO->getSubExpr()))
                if (!LP->Weak)
                  Cur.Alias[VD] = LP->P;
          return V;
        }
    if (auto LP = lvaluePath(BO->getLHS()))
      writePath(*LP, V, BO->getOperatorLoc());
    else
      checkSinkObject(BO->getLHS(), V, BO->getOperatorLoc());
    return V;
  }
  case BO_AddAssign:
  case BO_SubAssign:
  case BO_MulAssign:
  case BO_DivAssign:
  case BO_RemAssign:
  case BO_OrAssign:
  case BO_AndAssign:
  case BO_XorAssign:
  case BO_ShlAssign:
  case BO_ShrAssign: {
    Value V = valueOf(BO->getRHS());
    V.clearConsent();
    if (V.hasTaint())
      if (auto LP = lvaluePath(BO->getLHS())) {
        LP->Weak = true;
        writePath(*LP, V, BO->getOperatorLoc());
      }
    Value R = valueOf(BO->getLHS());
    R.merge(V);
    R.clearConsent(); // arithmetic results are no consent flags
    return R;
  }
  case BO_Comma:
    return valueOf(BO->getRHS());
  case BO_LAnd:
  case BO_LOr: {
    // a && b is true when both are; a || b is false when both are.
    Value L = valueOf(BO->getLHS()), R = valueOf(BO->getRHS());
    Value V;
    bool And = BO->getOpcode() == BO_LAnd;
    PurposeSet &Both = And ? V.Consent : V.NegConsent;
    PurposeSet &Either = And ? V.NegConsent : V.Consent;
    Both = And ? L.Consent : L.NegConsent;
    unionPurposes(Both, And ? R.Consent : R.NegConsent);
    Either = And ? intersectPurposes(L.NegConsent, R.NegConsent)
                 : intersectPurposes(L.Consent, R.Consent);
    return V;
  }
  case BO_EQ:
  case BO_NE:
  case BO_LT:
  case BO_GT:
  case BO_LE:
  case BO_GE:
  case BO_Cmp:
    return {};
  default: {
    Value V = valueOf(BO->getLHS());
    V.merge(valueOf(BO->getRHS()));
    V.clearConsent();
    return V;
  }
  }
}

Value Analyzer::computeInitList(const InitListExpr *ILE) {
  Value V;
  const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
  if (RD && !ILE->isTransparent()) {
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (I >= ILE->getNumInits())
        break;
      const Expr *Init = ILE->getInit(I++);
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

const FieldDecl *Analyzer::captureField(const ValueDecl *VD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD)
    return nullptr;
  if (!CaptureFieldsBuilt) {
    CaptureFieldsBuilt = true;
    FieldDecl *ThisField = nullptr;
    MD->getParent()->getCaptureFields(CaptureFields, ThisField);
  }
  return CaptureFields.lookup(VD);
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
// Places
//===----------------------------------------------------------------------===//

AccessPath Analyzer::resolve(const AccessPath &P) const {
  if (const auto *VD = dyn_cast_or_null<VarDecl>(P.Var)) {
    auto It = Cur.Alias.find(VD);
    if (It != Cur.Alias.end()) {
      AccessPath R = It->second;
      for (const FieldDecl *F : P.Fields)
        R = R.child(F);
      return R;
    }
  }
  return P;
}

std::optional<LPath> Analyzer::lvaluePath(const Expr *E, unsigned Depth) {
  if (!E || Depth > 8)
    return std::nullopt;
  E = E->IgnoreParens();
  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    switch (CE->getCastKind()) {
    case CK_NoOp:
    case CK_ArrayToPointerDecay:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
    case CK_BitCast:
    case CK_LValueToRValue:
    case CK_ConstructorConversion:
    case CK_UserDefinedConversion:
      return lvaluePath(CE->getSubExpr(), Depth + 1);
    default:
      return std::nullopt;
    }
  }
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    return lvaluePath(MTE->getSubExpr(), Depth + 1);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || (IsLambda && DRE->refersToEnclosingVariableOrCapture()))
      return std::nullopt;
    return LPath{resolve(AccessPath{VD, {}}), false};
  }
  if (isa<CXXThisExpr>(E))
    return LPath{AccessPath{nullptr, {}}, false};
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(ME->getMemberDecl()))
      return LPath{AccessPath{VD, {}}, false};
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!F)
      return std::nullopt;
    auto Base = lvaluePath(ME->getBase(), Depth + 1);
    if (!Base)
      return std::nullopt;
    Base->P = Base->P.child(F);
    return Base;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
      return lvaluePath(UO->getSubExpr(), Depth + 1);
    return std::nullopt;
  }
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
    auto Base = lvaluePath(ASE->getBase(), Depth + 1);
    if (Base)
      Base->Weak = true;
    return Base;
  }
  if (isa<CallExpr>(E)) {
    // operator[], at(), front(), operator*: the result is part of an object.
    if (auto C = callSite(E))
      if (C->FD)
        if (const FunctionSpec *S = Facts.functionSpec(C->FD))
          if (S->ReturnsAliasOf) {
            const Expr *Obj = C->at(*S->ReturnsAliasOf);
            auto Base = lvaluePath(Obj, Depth + 1);
            if (Base)
              Base->Weak = true;
            return Base;
          }
  }
  return std::nullopt;
}

std::string Analyzer::pathName(const AccessPath &P) const {
  std::string N = P.Var ? P.Var->getNameAsString() : "this";
  bool Arrow = !P.Var || P.Var->getType()->isPointerType();
  for (const FieldDecl *F : P.Fields) {
    N += (Arrow ? "->" : ".") + F->getNameAsString();
    Arrow = F->getType()->isPointerType();
  }
  return N;
}

void Analyzer::writePath(const LPath &LP, Value V, SourceLocation Loc,
                         bool AddStep) {
  AccessPath P = resolve(LP.P);
  // Compiler-made variables (range-for iterators, structured bindings'
  // holder) are no step a reader can follow.
  bool Visible = !P.Var || (!P.Var->isImplicit() && !P.Var->getName().empty());
  if (V.hasTaint() && AddStep && Visible)
    V = withStep(V, Loc, StepKind::Assign, pathName(P));
  // Globals of libraries (std::cout, stdout) are devices, not storage.
  if (const auto *VD = dyn_cast_or_null<VarDecl>(P.Var))
    if (VD->hasGlobalStorage() && V.hasTaint() &&
        !SM.isInSystemHeader(SM.getExpansionLoc(VD->getLocation())) &&
        !isSinkObjectVariable(VD)) {
      // Data kept in static storage outlives every request: retention.
      const DeclAnnotations &A = Facts.annotations(VD);
      SinkSpec S;
      if (std::optional<SinkKind> K = policy().storageKind())
        S.Kind = *K;
      if (A.HasSink && A.Spec.Sink)
        S = *A.Spec.Sink;
      if (A.HasSink || policy().storageKind())
        recordSink(S, V, Loc,
                   "'" + VD->getNameAsString() +
                       "', which has static storage duration");
      Value G = V;
      G.clearConsent();
      Value Concrete;
      for (const Taint &T : G.Taints)
        if (!T.L.IsParam)
          Concrete.add(T);
      if (TU.GlobalValues[VD].merge(embedAt(Concrete, P.Fields)))
        ++TU.GlobalVersion;
    }
  if (LP.Weak) {
    Cur.Env[P].merge(V);
    return;
  }
  // A strong write replaces the value and everything below it.
  auto It = Cur.Env.upper_bound(P);
  while (It != Cur.Env.end() && P.isPrefixOf(It->first))
    It = Cur.Env.erase(It);
  Cur.Env[P] = std::move(V);
}

void Analyzer::writeInto(const Expr *Obj, const Value &V, SourceLocation Loc,
                         const std::string &ObjName, const std::string &Fn) {
  if (!Obj || !V.hasTaint())
    return;
  Value S = withStep(V, Loc, StepKind::FlowsInto, ObjName, Fn);
  checkSinkObject(Obj, S, Loc);
  if (auto LP = lvaluePath(Obj)) {
    LP->Weak = true;
    writePath(*LP, S, Loc, /*AddStep=*/false);
  }
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

std::optional<CallSite> Analyzer::callSite(const Expr *E) {
  CallSite C;
  C.E = E;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    C.FD = CE->getConstructor();
    C.IsConstruct = true;
    for (const Expr *A : CE->arguments())
      C.Args.push_back(A);
    return C;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return std::nullopt;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    C.FD = MC->getMethodDecl();
    C.This = MC->getImplicitObjectArgument();
    for (const Expr *A : MC->arguments())
      C.Args.push_back(A);
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(C.FD))
      if (MD->isVirtual())
        if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
          C.Virtual = !ME->hasQualifier();
    return C;
  }
  C.FD = Call->getDirectCallee();
  auto Args = Call->arguments();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call))
    if (isa_and_nonnull<CXXMethodDecl>(C.FD) &&
        !cast<CXXMethodDecl>(C.FD)->isStatic() && OC->getNumArgs() > 0) {
      C.This = OC->getArg(0);
      for (unsigned I = 1; I < OC->getNumArgs(); ++I)
        C.Args.push_back(OC->getArg(I));
      C.Virtual = cast<CXXMethodDecl>(C.FD)->isVirtual();
      return C;
    }
  for (const Expr *A : Args)
    C.Args.push_back(A);
  return C;
}

Value Analyzer::argValue(const CallSite &C, int Index) {
  if (Index == ThisArg) {
    if (C.ThisValue)
      return *C.ThisValue;
    return C.This ? valueOf(C.This) : Value();
  }
  if (Index >= 0 && static_cast<size_t>(Index) < C.ArgValues.size())
    return C.ArgValues[Index];
  if (Index < 0 || static_cast<size_t>(Index) >= C.Args.size())
    return {};
  return valueOf(C.Args[Index]);
}

Value Analyzer::allArgs(const CallSite &C, bool WithThis) {
  Value V = WithThis ? argValue(C, ThisArg) : Value();
  for (size_t I = 0; I < C.Args.size(); ++I)
    V.merge(argValue(C, I));
  V.clearConsent();
  return V;
}

static std::string calleeName(const CallSite &C) {
  if (C.FD)
    return describe(C.FD);
  if (const auto *Call = dyn_cast<CallExpr>(C.E))
    if (const auto *DRE = dyn_cast<DeclRefExpr>(
            Call->getCallee()->IgnoreParenImpCasts()))
      return DRE->getDecl()->getNameAsString();
  return "an indirect call";
}

Value Analyzer::handleCall(const CallSite &C) {
  Value R;
  SourceLocation Loc = C.E->getBeginLoc();
  if (const auto *Call = dyn_cast<CallExpr>(C.E))
    if (Call->getExprLoc().isValid())
      Loc = Call->getExprLoc();
  const FunctionSpec *Spec = C.FD ? Facts.functionSpec(C.FD) : nullptr;
  std::string Name = calleeName(C);
  if (!C.IsConstruct && !C.E->getType()->isVoidType()) {
    // A library accessor (std::forward, optional::value) is no source of
    // its own: name the data after what it was called on.
    bool SystemCallee = C.FD && SM.isInSystemHeader(SM.getExpansionLoc(
                                    C.FD->getLocation()));
    if (SystemCallee)
      R.merge(staticOfType(C.E->getType(), nullptr, describeArgument(C), Loc));
    else
      R.merge(staticOfType(C.E->getType(), C.FD));
  }
  if (Spec) {
    if (Spec->ConsentPurpose) {
      noteConsent(Loc, *Spec->ConsentPurpose, Name);
      insertPurpose(R.Consent, TU.Strings.save(*Spec->ConsentPurpose));
      return R;
    }
    if (Spec->Anonymizer)
      return R;
    bool SinkApplies = true;
    if (Spec->SinkWhenArg >= 0) {
      SinkApplies = false;
      if (const Expr *Arg = C.at(Spec->SinkWhenArg))
        if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
          SinkApplies = llvm::is_contained(Spec->SinkWhenOneOf,
                                           DRE->getDecl()->getNameAsString());
    }
    if (Spec->Sink && Reporting && SinkApplies) {
      bool AllArgs = Spec->SinkArgs.empty();
      for (size_t I = 0; I < C.Args.size(); ++I)
        if (AllArgs || Spec->SinkArgs.contains(I))
          recordSink(*Spec->Sink, argValue(C, I), Loc, Name);
      if ((AllArgs && Spec->Origin == "annotation" && C.This) ||
          Spec->SinkArgs.contains(ThisArg))
        recordSink(*Spec->Sink, argValue(C, ThisArg), Loc, Name);
    }
    if (Spec->Pseudonymizer) {
      Value A = allArgs(C, true);
      for (Taint T : A.Taints) {
        T.L.Pseudonymised = true;
        T.T = extendTrace(T.T, Loc, StepKind::Pseudonymise, Name);
        R.add(T);
      }
      return R;
    }
    if (Spec->Barrier)
      return {};
    for (Category Cat : Spec->ReturnCategories) {
      Taint Tn;
      Tn.L.Cat = Cat;
      Tn.L.Source = C.FD->getCanonicalDecl();
      Tn.T = sourceTrace(Loc, StepKind::Returns, Cat, Name, Name);
      R.add(Tn);
    }
    if (Spec->HasPropagations) {
      for (const PropagationRule &Rule : Spec->Propagations) {
        Value V;
        if (Rule.From.contains(ThisArg))
          V.merge(argValue(C, ThisArg));
        for (size_t I = 0; I < C.Args.size(); ++I)
          if (Rule.From.contains(I))
            V.merge(argValue(C, I));
        V.clearConsent();
        if (!V.hasTaint() && !Rule.Replace)
          continue;
        for (int To : Rule.To) {
          if (To == ReturnArg) {
            R.merge(V);
            continue;
          }
          const Expr *Obj = C.at(To);
          if (Rule.Replace) {
            if (!Obj)
              continue;
            checkSinkObject(Obj, V, Loc);
            if (auto LP = lvaluePath(Obj))
              writePath(*LP, withStep(V, Loc, StepKind::FlowsInto,
                                      pathName(LP->P), Name),
                        Loc, /*AddStep=*/false);
          } else {
            std::string ObjName; // empty: "the object"
            if (Obj)
              if (auto LP = lvaluePath(Obj))
                ObjName = pathName(LP->P);
            writeInto(Obj, V, Loc, ObjName, Name);
          }
        }
      }
      if (Spec->ReturnsAliasOf)
        R.merge(argValue(C, *Spec->ReturnsAliasOf));
      return R;
    }
    if (Spec->ReturnsAliasOf) {
      R.merge(argValue(C, *Spec->ReturnsAliasOf));
      return R;
    }
    if (Spec->Sink)
      return R;
  }
  auto Sums = summariesFor(C);
  if (!Sums.empty()) {
    for (const FunctionSummary *S : Sums)
      instantiateSummary(C, *S, R);
    return R;
  }
  if (C.FD) {
    // Copies and moves carry the whole value.
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(C.FD))
      if (Ctor->isCopyOrMoveConstructor() && !C.Args.empty()) {
        R.merge(argValue(C, 0));
        return R;
      }
    if (const auto *MD = dyn_cast<CXXMethodDecl>(C.FD))
      if ((MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator() ||
           MD->getOverloadedOperator() == OO_Equal) &&
          !C.Args.empty()) {
        // Any operator= replaces the object's content with its argument's.
        Value V = argValue(C, 0);
        if (auto LP = lvaluePath(C.This))
          writePath(*LP, V, Loc);
        return V;
      }
  }
  // Unknown code: data may flow from the arguments into a result made of
  // them (see mayCarryArguments).
  bool System = C.FD && SM.isInSystemHeader(SM.getExpansionLoc(
                            C.FD->getLocation()));
  if (C.IsConstruct || mayCarryArguments(C)) {
    Value A = allArgs(C, true);
    R.merge(System ? A
                   : withStep(A, Loc, StepKind::PassedThrough, Name));
  }
  // Unknown code given a sink object (a stream, a FILE, a channel that a
  // model names) may write the other arguments into it.
  if (Reporting && !TU.Models.SinkObjects.empty()) {
    auto Objects = llvm::SmallVector<std::pair<const Expr *, int>, 4>();
    if (C.This)
      Objects.push_back({C.This, ThisArg});
    for (size_t I = 0; I < C.Args.size(); ++I)
      Objects.push_back({C.Args[I], static_cast<int>(I)});
    for (auto [Obj, Index] : Objects) {
      Value Others;
      for (auto [Other, K] : Objects)
        if (K != Index)
          Others.merge(argValue(C, K));
      Others.clearConsent();
      if (Others.hasTaint())
        checkSinkObject(Obj, withStep(Others, Loc, StepKind::WrittenThrough,
                                      Name),
                        Loc);
    }
  }
  invokeCallbacks(C);
  return R;
}

/// Whether the result of unknown code can be made of its arguments. A
/// lookup by a key returns what it found (an index, a handle, a context),
/// not the key: results that are enums, or objects and pointers of a class
/// none of the arguments has, are not. Strings, numbers, byte buffers, the
/// arguments' own types and standard containers are.
bool Analyzer::mayCarryArguments(const CallSite &C) {
  QualType RT = C.E->getType();
  if (RT->isVoidType() || RT->isBooleanType() || RT->isEnumeralType())
    return false;
  auto Core = [](QualType T) {
    T = T.getNonReferenceType();
    while (T->isPointerType() || T->isArrayType())
      T = T->isPointerType() ? T->getPointeeType()
                             : QualType(T->getArrayElementTypeNoTypeQual(), 0);
    return T.getCanonicalType().getUnqualifiedType();
  };
  QualType R = Core(RT);
  const CXXRecordDecl *RD = R->getAsCXXRecordDecl();
  if (!RD && !R->isRecordType())
    return !R->isEnumeralType(); // numbers, characters, void* buffers
  if (RD && (RD->isInStdNamespace() ||
             SM.isInSystemHeader(SM.getExpansionLoc(RD->getLocation()))))
    return true; // strings, containers, iterators, pairs, optionals
  auto Same = [&](const Expr *A) {
    return A && Core(A->getType()) == R;
  };
  if (Same(C.This))
    return true;
  return llvm::any_of(C.Args, Same);
}

/// The name of the object or first argument of a call, for messages.
std::string Analyzer::describeArgument(const CallSite &C) {
  const Expr *E = C.This ? C.This : (C.Args.empty() ? nullptr : C.Args[0]);
  if (!E)
    return "value";
  E = E->IgnoreParenImpCasts();
  if (auto LP = lvaluePath(E))
    return pathName(LP->P);
  return "value";
}

/// A lambda handed to code the engine cannot see (std::for_each,
/// std::thread, an unknown API) may be called with data from the other
/// arguments: its parameter sinks are checked against them.
void Analyzer::invokeCallbacks(const CallSite &C) {
  if (!Reporting)
    return;
  for (size_t I = 0; I < C.Args.size(); ++I) {
    const CXXRecordDecl *Closure =
        C.Args[I]->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (!Closure || !Closure->isLambda())
      continue;
    const CXXMethodDecl *Op = Closure->getLambdaCallOperator();
    const FunctionSummary *S = Op ? TU.summary(Op) : nullptr;
    if (!S)
      continue;
    Value Others;
    for (size_t K = 0; K < C.Args.size(); ++K)
      if (K != I)
        Others.merge(argValue(C, K));
    Others.clearConsent();
    CallSite Inner;
    Inner.FD = Op;
    Inner.E = C.E;
    Inner.ThisValue = argValue(C, I);
    for (unsigned P = 0; P < Op->getNumParams(); ++P)
      Inner.ArgValues.push_back(Others);
    Value Ignored;
    instantiateSummary(Inner, *S, Ignored);
  }
}

std::vector<const FunctionSummary *>
Analyzer::summariesFor(const CallSite &C) {
  std::vector<const FunctionSummary *> R;
  if (!C.FD)
    return R;
  static const FunctionSummary Empty = [] {
    FunctionSummary S;
    S.Analyzed = true;
    return S;
  }();
  if (const FunctionSummary *S = TU.summary(C.FD))
    R.push_back(S);
  else if (TU.InProgress.count(C.FD->getCanonicalDecl()))
    R.push_back(&Empty); // recursion: the next round sees the real one
  else if (const FunctionSummary *S = TU.importedSummary(C.FD))
    R.push_back(S);
  if (C.Virtual)
    if (const auto *MD = dyn_cast<CXXMethodDecl>(C.FD)) {
      auto It = TU.Overriders.find(MD->getCanonicalDecl());
      if (It != TU.Overriders.end())
        for (const CXXMethodDecl *O : It->second)
          if (const FunctionSummary *S = TU.summary(O))
            R.push_back(S);
    }
  return R;
}

static std::vector<const TraceNode *> nodesInOrder(const Trace &T) {
  std::vector<const TraceNode *> Nodes;
  for (const TraceNode *N = T.get(); N; N = N->Prev.get())
    Nodes.push_back(N);
  std::reverse(Nodes.begin(), Nodes.end());
  return Nodes;
}

static Trace concat(Trace Head, const Trace &Tail) {
  for (const TraceNode *N : nodesInOrder(Tail)) {
    auto C = std::make_shared<TraceNode>(*N);
    C->Prev = Head;
    C->IsSource = false;
    Head = C;
  }
  return Head;
}

Value Analyzer::labelValue(const CallSite &C, const Label &L) {
  Value A = argValue(C, L.Param);
  for (const FieldDecl *F : L.ParamPath)
    A = projectField(A, F);
  A.clearConsent();
  if (L.Pseudonymised)
    for (Taint &T : A.Taints)
      T.L.Pseudonymised = true;
  if (!L.Where.empty())
    A = embedAt(A, L.Where);
  return A;
}

Value Analyzer::instantiate(const CallSite &C, const Value &V,
                            StepKind Step) {
  std::string Name = calleeName(C);
  Value R;
  SourceLocation Loc = C.E->getBeginLoc();
  for (const Taint &T : V.Taints) {
    if (!T.L.IsParam) {
      Taint N = T;
      N.T = extendTrace(N.T, Loc, Step, Name);
      R.add(N);
      continue;
    }
    Value A = labelValue(C, T.L);
    for (const Taint &U : A.Taints) {
      Taint N = U;
      Trace In = extendTrace(U.T, Loc, StepKind::Call, calleeName(C));
      N.T = extendTrace(concat(In, T.T), Loc, Step, Name);
      R.add(N);
    }
  }
  return R;
}

void Analyzer::instantiateSummary(const CallSite &C, const FunctionSummary &S,
                                  Value &R) {
  std::string Name = calleeName(C);
  SourceLocation Loc = C.E->getBeginLoc();
  R.merge(instantiate(C, S.Return, StepKind::Return));
  if (S.ReturnsConsent)
    for (llvm::StringRef P : *S.ReturnsConsent) {
      insertPurpose(R.Consent, P);
      if (P != AnyPurpose)
        noteConsent(Loc, P, Name);
    }
  if (S.ReturnsNegConsent)
    for (llvm::StringRef P : *S.ReturnsNegConsent) {
      insertPurpose(R.NegConsent, P);
      if (P != AnyPurpose)
        noteConsent(Loc, P, Name);
    }
  for (const auto &[Place, W] : S.Writes) {
    Value V = instantiate(C, W, StepKind::StoredBy);
    if (!V.hasTaint())
      continue;
    if (Place.Param == ThisArg && C.IsConstruct) {
      R.merge(embedAt(V, Place.Fields));
      continue;
    }
    const Expr *Obj = C.at(Place.Param);
    if (!Obj)
      continue;
    checkSinkObject(Obj, V, Loc);
    if (auto LP = lvaluePath(Obj)) {
      for (const FieldDecl *F : Place.Fields)
        LP->P = LP->P.child(F);
      LP->Weak = true;
      writePath(*LP, V, Loc, /*AddStep=*/false);
    }
  }
  for (const auto &[GV, W] : S.GlobalWrites) {
    Value V = instantiate(C, W, StepKind::StoredBy);
    V.clearConsent();
    if (V.hasTaint() && TU.GlobalValues[GV].merge(V))
      ++TU.GlobalVersion;
  }
  if (!Reporting)
    return;
  for (const SinkHit &H : S.Sinks) {
    auto Extend = [&](SinkHit N) {
      if (N.Imported && N.ReportLoc.isInvalid())
        N.ReportLoc = Loc;
      unionPurposes(N.ConsentHeld, Cur.Consent);
      N.ConsentChecks.insert(N.ConsentChecks.end(), ConsentChecks.begin(),
                             ConsentChecks.end());
      N.CallSites.push_back(Loc);
      dispatch(std::move(N));
    };
    if (!H.Data.L.IsParam) {
      Extend(H);
      continue;
    }
    Value A = labelValue(C, H.Data.L);
    // The callee's own translation unit already reports what the
    // parameter's type says is personal; an imported hit adds only data
    // the callee cannot see.
    Value Visible;
    if (H.Imported && C.FD && H.Data.L.Param >= 0 &&
        static_cast<unsigned>(H.Data.L.Param) < C.FD->getNumParams()) {
      const ParmVarDecl *P = C.FD->getParamDecl(H.Data.L.Param);
      Visible = visibleThrough(P->getType(), 0);
    }
    for (const Taint &U : A.Taints) {
      if (llvm::any_of(Visible.Taints, [&](const Taint &V) {
            return V.L.Cat == U.L.Cat && V.L.Source == U.L.Source;
          }))
        continue;
      SinkHit N = H;
      N.Data = U;
      N.Data.T = concat(
          extendTrace(U.T, Loc, StepKind::Call, Name),
          H.Data.T);
      Extend(std::move(N));
    }
  }
}

//===----------------------------------------------------------------------===//
// Sinks and consent
//===----------------------------------------------------------------------===//

void Analyzer::noteConsent(SourceLocation Loc, llvm::StringRef Purpose,
                           const std::string &Fn) {
  if (!Reporting || Purpose == AnyPurpose || Purpose == AllPurposes)
    return;
  for (const ConsentSeen &S : ConsentChecks)
    if (S.Loc == Loc && S.Purpose == Purpose)
      return;
  ConsentChecks.push_back({Loc, Purpose.str(), Fn});
}

void Analyzer::recordSink(const SinkSpec &S, const Value &V,
                          SourceLocation Loc, const std::string &Desc) {
  if (!Reporting)
    return;
  for (const Taint &T : V.Taints) {
    SinkHit H;
    H.Data = T;
    H.Sink = S;
    H.SinkLoc = Loc;
    H.SinkDesc = Desc;
    H.ConsentHeld = Cur.Consent;
    H.ConsentChecks = ConsentChecks;
    dispatch(std::move(H));
  }
}

static size_t traceLength(const Trace &T) {
  size_t N = 0;
  for (const TraceNode *P = T.get(); P; P = P->Prev.get())
    ++N;
  return N;
}

/// One summary entry per (data, sink): the shortest path found wins, so a
/// recursive detour never replaces the direct path.
void Analyzer::addSummarySink(SinkHit H) {
  auto Key = std::make_tuple(H.Data.L, H.SinkLoc.getRawEncoding(),
                             static_cast<unsigned>(H.Sink.Kind.Index));
  auto [It, New] = SumSinkKeys.emplace(Key, Sum.Sinks.size());
  if (New) {
    Sum.Sinks.push_back(std::move(H));
    return;
  }
  SinkHit &Old = Sum.Sinks[It->second];
  if (H.CallSites.size() + traceLength(H.Data.T) <
      Old.CallSites.size() + traceLength(Old.Data.T))
    Old = std::move(H);
}

void Analyzer::dispatch(SinkHit H) {
  if (H.Data.L.IsParam) {
    addSummarySink(std::move(H));
    return;
  }
  if (TU.DeferrableFunctions.count(FD->getCanonicalDecl())) {
    // Callers may hold the consent: let each caller decide. A hit that no
    // consent can fix is reported now.
    TU.report(H, FD);
    addSummarySink(std::move(H));
    return;
  }
  TU.report(H, nullptr);
}

static std::string typeNameOf(QualType T) {
  T = T.getNonReferenceType();
  while (T->isPointerType())
    T = T->getPointeeType();
  return T.getUnqualifiedType().getAsString();
}

void Analyzer::checkSinkObject(const Expr *Obj, const Value &V,
                               SourceLocation Loc) {
  const auto &Rules = TU.Models.SinkObjects;
  if (!Reporting || !Obj || !V.hasTaint() || Rules.empty())
    return;
  // Follow calls that return their object (stream << a << b).
  const Expr *E = Obj;
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
      continue;
    }
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = BTE->getSubExpr();
      continue;
    }
    if (isa<CallExpr>(E)) {
      auto C = callSite(E);
      const FunctionSpec *S = C && C->FD ? Facts.functionSpec(C->FD) : nullptr;
      if (S && S->ReturnsAliasOf) {
        if (const Expr *Next = C->at(*S->ReturnsAliasOf)) {
          E = Next;
          continue;
        }
      }
    }
    break;
  }
  const SinkObjectRule *Match = nullptr;
  std::string Desc;
  auto Try = [&](SinkObjectRule::MatchKind K, const std::string &Name) {
    if (Match)
      return;
    for (const SinkObjectRule &R : Rules)
      if (R.Match == K && R.Pattern && R.Pattern->matches(Name)) {
        Match = &R;
        Desc = Name;
        return;
      }
  };
  const ValueDecl *VD = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    VD = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(E))
    VD = ME->getMemberDecl();
  if (VD && isa<VarDecl>(VD))
    Try(SinkObjectRule::VariableName, modelName(VD));
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Try(SinkObjectRule::CallName, modelName(Callee));
  QualType T = E->getType();
  Try(SinkObjectRule::TypeName, typeNameOf(T));
  QualType Pointee = T.getNonReferenceType();
  while (Pointee->isPointerType())
    Pointee = Pointee->getPointeeType();
  if (const auto *RD = Pointee->getAsRecordDecl())
    Try(SinkObjectRule::TypeName, modelName(RD));
  if (!Match)
    return;
  recordSink(Match->Sink, V, Loc, Desc);
}

PurposeSet Analyzer::factsWhen(const Expr *C, bool Truth) {
  if (!C)
    return {};
  C = C->IgnoreParenImpCasts();
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(C))
    return factsWhen(EWC->getSubExpr(), Truth);
  if (const auto *UO = dyn_cast<UnaryOperator>(C))
    if (UO->getOpcode() == UO_LNot)
      return factsWhen(UO->getSubExpr(), !Truth);
  if (const auto *BO = dyn_cast<BinaryOperator>(C)) {
    if (BO->getOpcode() == BO_LAnd || BO->getOpcode() == BO_LOr) {
      PurposeSet L = factsWhen(BO->getLHS(), Truth);
      PurposeSet R = factsWhen(BO->getRHS(), Truth);
      bool Union = (BO->getOpcode() == BO_LAnd) == Truth;
      if (Union) {
        unionPurposes(L, R);
        return L;
      }
      return intersectPurposes(L, R);
    }
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE) {
      // consent(x) == true, ok != false, consent(x) == 0 ...
      auto BoolConst = [&](const Expr *E) -> std::optional<bool> {
        E = E->IgnoreParenImpCasts();
        if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
          return B->getValue();
        if (const auto *I = dyn_cast<IntegerLiteral>(E))
          return I->getValue() != 0;
        return std::nullopt;
      };
      const Expr *Other = nullptr;
      std::optional<bool> K;
      if ((K = BoolConst(BO->getRHS())))
        Other = BO->getLHS();
      else if ((K = BoolConst(BO->getLHS())))
        Other = BO->getRHS();
      if (Other) {
        bool SameTruth = (BO->getOpcode() == BO_EQ) == *K;
        return factsWhen(Other, SameTruth ? Truth : !Truth);
      }
    }
    return {};
  }
  Value V = valueOf(C);
  return Truth ? V.Consent : V.NegConsent;
}

//===----------------------------------------------------------------------===//
// CFG
//===----------------------------------------------------------------------===//

void Analyzer::transferElement(const CFGElement &El) {
  if (auto S = El.getAs<CFGStmt>()) {
    const Stmt *St = S->getStmt();
    if (const auto *E = dyn_cast<Expr>(St)) {
      // The value at the latest visit: states only grow, so this is the
      // value under the current (largest) state.
      Cache[E] = compute(E);
      return;
    }
    if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        if (!VD)
          continue;
        const Expr *Init = VD->getInit();
        if (!Init) {
          continue;
        }
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
                continue;
              }
        }
        Cur.Alias.erase(VD);
        Value V = valueOf(Init);
        writePath(LPath{AccessPath{VD, {}}, false}, V, VD->getLocation());
      }
      return;
    }
    if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
      if (!Reporting)
        return;
      const Expr *RV = RS->getRetValue();
      if (!RV)
        return;
      Value V = valueOf(RV);
      Sum.Return.Taints.reserve(Sum.Return.Taints.size() + V.Taints.size());
      for (const Taint &T : V.Taints)
        Sum.Return.add(T);
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
      return;
    }
    return;
  }
  if (auto I = El.getAs<CFGInitializer>()) {
    const CXXCtorInitializer *Init = I->getInitializer();
    if (Init->isAnyMemberInitializer() && Init->getMember()) {
      Value V = valueOf(Init->getInit());
      writePath(LPath{AccessPath{nullptr, {Init->getMember()}}, false}, V,
                Init->getSourceLocation());
    }
  }
}

void Analyzer::transferBlock(const CFGBlock *B) {
  for (const CFGElement &El : *B)
    transferElement(El);
}

void Analyzer::buildWrites(const State &Exit) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  bool HasThis = MD && MD->isInstance() && !IsLambda;
  for (const auto &[P, V] : Exit.Env) {
    int Param;
    if (!P.Var) {
      if (!HasThis)
        continue;
      Param = ThisArg;
    } else if (const auto *GV = dyn_cast<VarDecl>(P.Var);
               GV && GV->hasGlobalStorage()) {
      Value W;
      for (const Taint &T : V.Taints)
        if (T.L.IsParam)
          W.add(T);
      if (W.hasTaint())
        Sum.GlobalWrites[GV] = embedAt(W, P.Fields);
      continue;
    } else if (const auto *PVD = dyn_cast<ParmVarDecl>(P.Var)) {
      QualType T = PVD->getType();
      bool OutParam = (T->isPointerType() || T->isReferenceType()) &&
                      !T->getPointeeType().isConstQualified();
      if (!OutParam)
        continue;
      Param = PVD->getFunctionScopeIndex();
    } else {
      continue;
    }
    Value W;
    for (const Taint &T : V.Taints) {
      bool Identity = T.L.IsParam && T.L.Param == Param &&
                      T.L.ParamPath == P.Fields && T.L.Where.empty();
      if (!Identity)
        W.add(T);
    }
    if (W.hasTaint())
      Sum.Writes[OutPlace{Param, P.Fields}] = std::move(W);
  }
}

FunctionSummary Analyzer::run() {
  Sum.Analyzed = true;
  CFG::BuildOptions BO;
  BO.setAllAlwaysAdd();
  BO.AddInitializers = true;
  BO.AddImplicitDtors = false;
  BO.AddTemporaryDtors = false;
  BO.AddLifetime = false;
  BO.AddCXXDefaultInitExprInCtors = true;
  BO.PruneTriviallyFalseEdges = true;
  Cfg = CFG::buildCFG(FD, FD->getBody(), &Ctx, BO);
  if (!Cfg) {
    Sum.GaveUp = true;
    return Sum;
  }

  // Entry: every parameter and `this` stands for what the caller passes.
  State Entry;
  Entry.Reached = true;
  for (const ParmVarDecl *P : FD->parameters()) {
    Taint T;
    T.L.IsParam = true;
    T.L.Param = P->getFunctionScopeIndex();
    T.T = extendTrace(nullptr, P->getLocation(), StepKind::Parameter,
                      P->getNameAsString(), describe(FD));
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

  // Reverse post-order in the CFG's own successor order. PostOrderCFGView
  // visits the last successor first (loop bodies, then-branches), which
  // changes which of two equal labels' traces is found first. Its
  // CFGBlockSet skips the null successors of pruned edges.
  std::vector<const CFGBlock *> Order;
  PostOrderCFGView::CFGBlockSet Seen(Cfg.get());
  for (const CFGBlock *B : llvm::post_order_ext(
           static_cast<const CFG *>(Cfg.get()), Seen))
    Order.push_back(B);
  std::reverse(Order.begin(), Order.end());
  std::vector<unsigned> Rank(Cfg->getNumBlockIDs(), ~0u);
  for (unsigned I = 0; I < Order.size(); ++I)
    Rank[Order[I]->getBlockID()] = I;
  struct ByRank {
    const std::vector<unsigned> *Rank;
    bool operator()(const CFGBlock *A, const CFGBlock *B) const {
      return (*Rank)[A->getBlockID()] > (*Rank)[B->getBlockID()];
    }
  };
  DataflowWorklistBase<ByRank, 20> Work(*Cfg, ByRank{&Rank});
  std::vector<State> In(Cfg->getNumBlockIDs());
  In[Cfg->getEntry().getBlockID()] = Entry;
  Work.enqueueBlock(&Cfg->getEntry());
  unsigned Visits = 0;

  auto Propagate = [&](const CFGBlock *B) {
    const Stmt *Cond = B->getTerminatorCondition();
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Succ : B->succs()) {
      const CFGBlock *S = Succ.getReachableBlock();
      unsigned SuccIndex = Index++;
      if (!S)
        continue;
      State Out = Cur;
      if (Cond && B->succ_size() == 2 && isa<Expr>(Cond) &&
          !isa<SwitchStmt>(B->getTerminatorStmt()))
        unionPurposes(Out.Consent,
                      factsWhen(cast<Expr>(Cond), SuccIndex == 0));
      if (In[S->getBlockID()].join(Out))
        Work.enqueueBlock(S);
    }
  };

  while (const CFGBlock *B = Work.dequeue()) {
    if (++Visits > TU.Opts.MaxBlockVisits) {
      Sum = FunctionSummary();
      Sum.Analyzed = true;
      Sum.GaveUp = true;
      return Sum;
    }
    Cur = In[B->getBlockID()];
    transferBlock(B);
    Propagate(B);
  }

  // Reporting pass over the fixpoint.
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
  return Sum;
}

} // namespace

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
