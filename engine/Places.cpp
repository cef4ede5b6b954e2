//===--- Places.cpp - Access paths, aliases, reads and writes -----------===//
//
// Where a value lives: an access path, after following the aliases of local
// pointers and references. Reads join what is stored at, below and above a
// path; writes to a variable or field are strong, to elements weak. Globals
// are also written to the TU's flow-insensitive map.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::privacy {

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

static bool keepsPlace(const CastExpr *CE) {
  switch (CE->getCastKind()) {
  case CK_NoOp:
  case CK_ArrayToPointerDecay:
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
  case CK_BitCast:
  case CK_LValueToRValue:
  case CK_ConstructorConversion:
  case CK_UserDefinedConversion:
    return true;
  default:
    return false;
  }
}

/// A variable that names another place (`int *p = &x;`, a reference).
bool Analyzer::aliasedVariable(const Expr *E) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParens());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && Cur.Alias.count(VD);
}

std::optional<LPath> Analyzer::lvaluePath(const Expr *E, unsigned Depth) {
  if (!E || Depth > 8)
    return std::nullopt;
  E = E->IgnoreParens();
  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    if (!keepsPlace(CE))
      return std::nullopt;
    auto Sub = lvaluePath(CE->getSubExpr(), Depth + 1);
    // A pointer read out of its place: what follows is its pointee. A
    // variable that aliases a place (`p = &x`) already resolved to it.
    if (Sub && CE->getCastKind() == CK_LValueToRValue &&
        CE->getType()->isPointerType() && !aliasedVariable(CE->getSubExpr()))
      throughPointer(*Sub);
    return Sub;
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
    auto Base = F ? lvaluePath(ME->getBase(), Depth + 1) : std::nullopt;
    if (Base) {
      Base->child(F);
      Base->Indirect |= ME->isArrow();
    }
    return Base;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf)
      return lvaluePath(UO->getSubExpr(), Depth + 1);
    if (UO->getOpcode() == UO_Deref) {
      auto Base = lvaluePath(UO->getSubExpr(), Depth + 1);
      if (Base)
        Base->Indirect = true;
      return Base;
    }
    return std::nullopt;
  }
  if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
    auto Base = lvaluePath(ASE->getBase(), Depth + 1);
    if (Base) {
      Base->Weak = true;
      Base->Indirect = true;
    }
    return Base;
  }
  // b + 5, p - 1: a pointer into the same object, as &b[5] is.
  if (const auto *BO = dyn_cast<BinaryOperator>(E);
      BO && BO->isAdditiveOp() && BO->getType()->isPointerType()) {
    const Expr *Ptr = BO->getLHS()->getType()->isPointerType() ? BO->getLHS()
                                                                 : BO->getRHS();
    auto Base = lvaluePath(Ptr, Depth + 1);
    if (Base) {
      Base->Weak = true;
      Base->Indirect = true;
    }
    return Base;
  }
  if (isa<CallExpr>(E))
    return lvaluePathOfCall(E, Depth);
  return std::nullopt;
}

/// A getter without a model: a non-const method returning a non-const
/// reference (ASN.1 choice getters, `ue_paging_id.s_tmsi()`), or an
/// `operator->` returning a non-const pointer, gives access to a part of
/// its object, so what is written through the result is in the object.
/// Not a container's element access (`operator[]`, `operator*`, `at`,
/// `front`, `back`): an element written into the whole object would also
/// be in its bookkeeping (srsRAN's `static_vector::sz`, printed by its
/// bounds assertion); a model's `returnsAlias` says those.
static bool isPartAccessor(const FunctionDecl *FD) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (!MD || MD->isStatic() || MD->isConst())
    return false;
  OverloadedOperatorKind Op = MD->getOverloadedOperator();
  if (Op == OO_Subscript || Op == OO_Star || Op == OO_Call)
    return false;
  if (const IdentifierInfo *II = MD->getIdentifier())
    if (II->isStr("at") || II->isStr("front") || II->isStr("back"))
      return false;
  QualType R = MD->getReturnType();
  if (R->isPointerType() && MD->getOverloadedOperator() != OO_Arrow)
    return false;
  if (!R->isLValueReferenceType() && !R->isPointerType())
    return false;
  return !R->getPointeeType().isConstQualified();
}

/// operator[], at(), front(), operator*: the result is part of an object.
std::optional<LPath> Analyzer::lvaluePathOfCall(const Expr *E,
                                                unsigned Depth) {
  auto C = callSite(E);
  const FunctionSpec *S = C && C->FD ? Facts.functionSpec(C->FD) : nullptr;
  // A result linked to an argument (msgb_put) is a place inside it too.
  std::optional<int> Into = S ? S->ReturnsAliasOf : std::nullopt;
  if (S)
    for (auto [From, To] : S->Links)
      if (!Into && From == ReturnArg)
        Into = To;
  if (!S && C && C->This && isPartAccessor(C->FD))
    Into = ThisArg;
  if (!Into)
    return std::nullopt;
  const Expr *Obj = C->at(*Into);
  auto Base = lvaluePath(Obj, Depth + 1);
  if (Base) {
    Base->Weak = true;
    Base->Indirect = true;
  }
  return Base;
}

std::string Analyzer::pathName(const AccessPath &P) const {
  std::string N = P.Var ? P.Var->getNameAsString() : "this";
  bool Arrow = !P.Var || P.Var->getType()->isPointerType();
  for (const FieldDecl *F : P.Fields) {
    if (F->isAnonymousStructOrUnion())
      continue; // named as C names it: p->id.imsi, not p->id..imsi
    N += (Arrow ? "->" : ".") + F->getNameAsString();
    Arrow = F->getType()->isPointerType();
  }
  return N;
}

Value Analyzer::readPath(const AccessPath &In) {
  AccessPath P = resolve(In);
  Value R;
  bool Exact = false;
  // What is stored at P and below it, placed where it lives in P's value.
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
  // Nothing at P itself: the nearest enclosing value, projected.
  if (!Exact) {
    for (size_t N = P.Fields.size(); N-- > 0;) {
      AccessPath A{P.Var, FieldPath(P.Fields.begin(), P.Fields.begin() + N)};
      auto F = Cur.Env.find(A);
      if (F == Cur.Env.end())
        continue;
      Value V = F->second;
      for (size_t K = N; K < P.Fields.size(); ++K)
        V = project(V, P.Fields[K]);
      R.merge(V);
      break;
    }
  }
  if (const auto *VD = dyn_cast_or_null<VarDecl>(P.Var))
    if (VD->hasGlobalStorage())
      R.merge(readGlobal(VD, P));
  return R;
}

/// A global's value from the TU's map; notes the read, so that a later
/// store into the global causes another pass.
Value Analyzer::readGlobal(const VarDecl *VD, const AccessPath &P) {
  TU.GlobalReadAt[FD->getCanonicalDecl()][VD] = TU.GlobalVersion;
  auto G = TU.GlobalValues.find(VD);
  if (G == TU.GlobalValues.end())
    return {};
  Value V = G->second;
  for (const FieldDecl *F : P.Fields)
    V = project(V, F);
  return V;
}

/// Whether the place \p P of static variable \p VD lies beyond a pointer
/// kept there (`g_free_list->imsi`, `pool.free[i]->imsi`, `g_slots[i]->imsi`):
/// in the object pointed to, which a pointer in static storage only links
/// to (docs/checks/privacy-retention.md). The path names the pointer and its
/// pointee alike, so a pointer's own place without a field below it (a
/// `static char *` buffer) still counts as static storage.
static bool throughStoredPointer(const VarDecl *VD, const AccessPath &P) {
  QualType T = VD->getType();
  for (const FieldDecl *F : P.Fields) {
    while (const ArrayType *AT = T->getAsArrayTypeUnsafe())
      T = AT->getElementType();
    if (T->isPointerType())
      return true;
    T = F->getType();
  }
  return false;
}

// A pointer's own entry may go too: what lies below it has entries of its
// own, which a read of the pointer collects either way (readPath). A
// global's value from other functions is read beside the state anyway
// (readGlobal).
bool holdsNothing(const std::map<AccessPath, Value> &Env, const AccessPath &P,
                  const Value &V) {
  if (!V.empty() || !V.Anonymised.empty())
    return false;
  const auto *VD = dyn_cast_or_null<VarDecl>(P.Var);
  if (!VD || isa<ParmVarDecl>(VD) || VD->isImplicit())
    return false;
  if (VD->hasLocalStorage()) {
    QualType T = VD->getType();
    return P.Fields.empty() && !T->isReferenceType() && T->isScalarType();
  }
  for (size_t N = 0; N < P.Fields.size(); ++N)
    if (Env.count(AccessPath{P.Var, FieldPath(P.Fields.begin(),
                                              P.Fields.begin() + N)}))
      return false;
  return true;
}

void Analyzer::writePath(const LPath &LP, Value V, SourceLocation Loc,
                         bool AddStep) {
  AccessPath P = resolve(LP.P);
  if (!P.Fields.empty())
    V = storableIn(V, P.Fields.back());
  // Compiler-made variables (range-for iterators, structured bindings'
  // holder) are no step a reader can follow.
  bool Visible = !P.Var || (!P.Var->isImplicit() && !P.Var->getName().empty());
  if (V.hasTaint() && AddStep && Visible)
    V = withStep(V, Loc, StepKind::Assign, pathName(P));
  // Through a pointer that may point elsewhere too: each target gets it,
  // after the place itself (a target may lie below it).
  if (!LP.Also.empty()) {
    LPath Own = LP;
    Own.Also.clear();
    writePath(Own, V, Loc, /*AddStep=*/false);
    for (const AccessPath &A : LP.Also)
      if (!(A == P))
        writePath(LPath{A, /*Weak=*/true, /*Indirect=*/true}, V, Loc,
                  /*AddStep=*/false);
    return;
  }
  // Globals of libraries (std::cout, stdout) are devices, not storage.
  if (const auto *VD = dyn_cast_or_null<VarDecl>(P.Var))
    if (VD->hasGlobalStorage() && V.hasTaint() &&
        !SM.isInSystemHeader(SM.getExpansionLoc(VD->getLocation())) &&
        !isSinkObjectVariable(VD))
      writeGlobal(VD, P, V, Loc, !throughStoredPointer(VD, P));
  // Truth facts (consent results, literal flags) hold only for the place
  // itself: a write through a pointer is to the pointee, which the path
  // does not tell apart from the pointer, and a weak write may leave the
  // old value in place.
  if (LP.Indirect)
    V.clearConsent();
  if (LP.Weak) {
    if (!Cur.Links.empty())
      writeLinked(P, V, Loc, 0);
    // Nothing to add to nothing (holdsNothing).
    if (Cur.Env.find(P) == Cur.Env.end() && holdsNothing(Cur.Env.get(), P, V)) {
      if (LP.Indirect)
        forgetUnseenWrites();
      return;
    }
    Value &Old = Cur.Env[P];
    PurposeSet C = intersectPurposes(Old.Consent, V.Consent);
    PurposeSet NC = intersectPurposes(Old.NegConsent, V.NegConsent);
    Old.merge(V);
    Old.Consent = std::move(C);
    Old.NegConsent = std::move(NC);
    if (LP.Indirect)
      forgetUnseenWrites();
    return;
  }
  if (!Cur.Links.empty())
    writeLinked(P, V, Loc, 0);
  // A strong write replaces the value and everything below it, and what
  // the pointers there pointed to, unless it goes through the pointer.
  if (!LP.Deref)
    forgetPointees(P);
  // A place that holds nothing reads the same absent (holdsNothing): most
  // counters and flags of a long function never enter the state, and its
  // joins and copies stay small.
  bool Forget = holdsNothing(Cur.Env.get(), P, V);
  auto Below = Cur.Env.lower_bound(P);
  if (!Forget || (Below != Cur.Env.end() && P.isPrefixOf(Below->first))) {
    auto &Env = Cur.Env.mut();
    auto It = Env.lower_bound(P);
    while (It != Env.end() && P.isPrefixOf(It->first))
      It = Env.erase(It);
    if (!Forget)
      Env.emplace_hint(It, P, std::move(V));
  }
  // The pointer may point at an escaped local the alias map does not know.
  if (LP.Indirect)
    forgetUnseenWrites();
}

/// A place attached to a container (a `links` call) passes what is written
/// into it, or below it, on to the container: the parent's later export
/// carries the child's data. Weak: the container has other content too.
void Analyzer::writeLinked(const AccessPath &P, const Value &V,
                           SourceLocation Loc, unsigned Depth) {
  if (!V.hasTaint() || Depth > 4)
    return;
  for (const auto &[Child, Parents] : Cur.Links) {
    if (!Child.isPrefixOf(P))
      continue;
    Value Part = embedAt(V, llvm::ArrayRef<const FieldDecl *>(P.Fields)
                                .drop_front(Child.Fields.size()));
    Part.clearConsent();
    for (const AccessPath &Parent : Parents) {
      Value &Old = Cur.Env[Parent];
      Old.merge(Part);
      if (const auto *VD = dyn_cast_or_null<VarDecl>(Parent.Var);
          VD && VD->hasGlobalStorage())
        writeGlobal(VD, Parent, Part, Loc);
      writeLinked(Parent, Part, Loc, Depth + 1);
    }
  }
}

std::set<AccessPath> Analyzer::containersOf(const Expr *E) {
  std::set<AccessPath> Out;
  const Expr *Stripped = E->IgnoreParenCasts();
  if (auto C = callSite(Stripped)) {
    auto Add = [&](int Param, const FieldPath &Fields) {
      if (auto Parent = lvaluePath(C->at(Param))) {
        for (const FieldDecl *F : Fields)
          Parent->child(F);
        Out.insert(resolve(Parent->P));
      }
    };
    if (const FunctionSpec *S = C->FD ? Facts.functionSpec(C->FD) : nullptr) {
      for (auto [From, Into] : S->Links)
        if (From == ReturnArg)
          Add(Into, {});
    } else if (C->This && isPartAccessor(C->FD)) {
      Add(ThisArg, {}); // `auto &ies = pdu.paging();`: a part of pdu
    }
    for (const FunctionSummary *S : summariesFor(*C))
      if (auto It = S->Links.find(OutPlace{ReturnArg, {}});
          It != S->Links.end())
        for (const OutPlace &Into : It->second)
          Add(Into.Param, Into.Fields);
    return Out;
  }
  if (Cur.Links.empty() || !Stripped->isGLValue())
    return Out;
  if (auto LP = lvaluePath(Stripped))
    if (auto It = Cur.Links.find(resolve(LP->P)); It != Cur.Links.end())
      Out = It->second;
  return Out;
}

void Analyzer::buildLinks(const State &Exit) {
  for (const auto &[Child, Parents] : Exit.Links) {
    std::optional<int> In = paramOf(Child);
    if (!In)
      continue;
    for (const AccessPath &Parent : Parents)
      if (std::optional<int> Into = paramOf(Parent); Into && *Into != *In)
        Sum.Links[OutPlace{*In, Child.Fields}].insert(
            OutPlace{*Into, Parent.Fields});
  }
}

/// A callee that attached one argument to another (`add_child(root,
/// node)`) leaves them attached here: what is written into the child later
/// reaches the container (writeLinked). The data the child held then is in
/// the callee's writes already.
void Analyzer::instantiateLinks(const CallSite &C, const FunctionSummary &S) {
  auto PlaceAt = [&](const OutPlace &O) -> std::optional<AccessPath> {
    auto LP = lvaluePath(C.at(O.Param));
    if (!LP)
      return std::nullopt;
    for (const FieldDecl *F : O.Fields)
      LP->child(F);
    return resolve(LP->P);
  };
  for (const auto &[Child, Containers] : S.Links) {
    if (Child.Param == ReturnArg)
      continue; // the variable assigned the result: linkResult
    std::optional<AccessPath> Ch = PlaceAt(Child);
    if (!Ch)
      continue;
    for (const OutPlace &Into : Containers)
      if (std::optional<AccessPath> P = PlaceAt(Into))
        if (!(*Ch == *P) && !P->isPrefixOf(*Ch) && !Ch->isPrefixOf(*P))
          Cur.Links[*Ch].insert(*P);
  }
}

void Analyzer::forgetConsent(const AccessPath &P) {
  // Most places hold no consent result: look before writing (CowMap).
  bool Any = false;
  for (auto It = Cur.Env.lower_bound(P);
       !Any && It != Cur.Env.end() && P.isPrefixOf(It->first); ++It)
    Any = It->second.hasConsentFacts();
  if (!Any)
    return;
  auto &Env = Cur.Env.mut();
  for (auto It = Env.lower_bound(P); It != Env.end() && P.isPrefixOf(It->first);
       ++It)
    It->second.clearConsent();
}

bool Analyzer::unseenCodeMayWrite(const AccessPath &P) const {
  if (!P.Var)
    return true; // `this`: the object lives elsewhere
  const auto *VD = dyn_cast<VarDecl>(P.Var);
  if (!VD)
    return true;
  return VD->hasGlobalStorage() || VD->getType()->isReferenceType() ||
         VD->getType().isVolatileQualified() || Escaped.count(VD);
}

void Analyzer::forgetUnseenWrites() {
  auto Stale = [&](const AccessPath &P, const Value &V) {
    return V.hasConsentFacts() && unseenCodeMayWrite(P);
  };
  // Called at every call: look before writing (CowMap).
  if (llvm::none_of(Cur.Env, [&](const auto &E) {
        return Stale(E.first, E.second);
      }))
    return;
  for (auto &[P, V] : Cur.Env.mut())
    if (Stale(P, V))
      V.clearConsent();
}

//===----------------------------------------------------------------------===//
// Retention is storage: what a write into static storage really keeps
//===----------------------------------------------------------------------===//

/// The declared type of the place a path names.
QualType Analyzer::placeType(const VarDecl *VD, const AccessPath &P) const {
  return P.Fields.empty() ? VD->getType() : P.Fields.back()->getType();
}

static const RecordDecl *canonicalRecord(QualType T) {
  const RecordDecl *RD = T.isNull() ? nullptr : T->getAsRecordDecl();
  return RD ? cast<RecordDecl>(RD->getCanonicalDecl()) : nullptr;
}

/// The record whose object a taint stands for when the taint is the
/// object's declared content rather than data copied out of it: a field
/// inside the object (`Where`), a record type with a category, or the
/// object a pointer parameter of this function points to.
const RecordDecl *Analyzer::objectRecordOf(const Taint &T) const {
  if (!T.L.Where.empty())
    return cast<RecordDecl>(T.L.Where.front()->getParent()->getCanonicalDecl());
  if (!T.L.IsParam) {
    if (const auto *RD = dyn_cast_or_null<RecordDecl>(T.L.Source))
      return cast<RecordDecl>(RD->getCanonicalDecl());
    if (const auto *TD = dyn_cast_or_null<TypedefNameDecl>(T.L.Source))
      return canonicalRecord(TD->getUnderlyingType());
    return nullptr;
  }
  QualType PT = paramPartType(T.L);
  return !PT.isNull() && PT->isPointerType()
             ? canonicalRecord(PT->getPointeeType())
             : nullptr;
}

QualType Analyzer::paramPartType(const Label &L) const {
  if (!L.IsParam || L.Param < 0 ||
      static_cast<unsigned>(L.Param) >= FD->getNumParams())
    return {};
  QualType PT = FD->getParamDecl(L.Param)->getType().getNonReferenceType();
  for (const FieldDecl *F : L.ParamPath)
    PT = F->getType().getNonReferenceType();
  return PT;
}

bool Analyzer::pointsToNumber(QualType T) {
  T = T.getNonReferenceType();
  if (!T->isPointerType())
    return false;
  QualType P = T->getPointeeType().getCanonicalType();
  // `std::byte` is an enumeration of characters: bytes.
  if (const auto *ET = P->getAs<EnumType>())
    if (QualType U = ET->getDecl()->getIntegerType(); !U.isNull())
      P = U.getCanonicalType();
  return (P->isIntegralOrEnumerationType() || P->isRealFloatingType()) &&
         !P->isCharType() && !P->isAnyCharacterType();
}

/// Whether taint \p T stands for a number a pointer points to: a parameter
/// or a source declared as a pointer to a number. Such a pointer links to
/// the number where it is, as a pointer to an object does.
bool Analyzer::isPointedNumber(const Taint &T) const {
  if (T.L.IsParam) {
    QualType PT = paramPartType(T.L);
    return !PT.isNull() && pointsToNumber(PT);
  }
  const auto *VD = dyn_cast_or_null<ValueDecl>(T.L.Source);
  return VD && T.L.Where.empty() && pointsToNumber(VD->getType());
}

/// Whether a place of type \p Place links to objects of \p RD (or to
/// numbers, when \p RD is null) rather than holding copies: a pointer
/// (through arrays), or a library container of pointers that holds no \p RD
/// by value.
static bool linksTo(QualType Place, const RecordDecl *RD, unsigned Depth = 0) {
  Place = Place.getNonReferenceType();
  while (const ArrayType *AT = Place->getAsArrayTypeUnsafe())
    Place = AT->getElementType();
  if (Place->isPointerType())
    return true;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Place->getAsRecordDecl());
  if (!Spec || Depth > 2 || !Spec->isInStdNamespace())
    return false;
  bool Links = false;
  for (const TemplateArgument &A : Spec->getTemplateArgs().asArray()) {
    if (A.getKind() != TemplateArgument::Type)
      continue;
    QualType T = A.getAsType();
    if (RD && canonicalRecord(T) == RD)
      return false; // a copy of the object
    Links |= linksTo(T, RD, Depth + 1);
  }
  return Links;
}

/// The data a write of \p V into a place of type \p Place keeps. A pointer
/// to an object (a list link, a pool's free list, a table of contexts) keeps
/// the object where it already is: the object's declared personal content
/// is stored where it is written, not where its address goes; so is a
/// number a pointer links to (a pool of TMSIs: `pool.free[tail] = m_tmsi`).
/// Data the value itself carries (a string, a copied struct, a key, a
/// field's value) is stored.
Value Analyzer::storedData(const Value &V, QualType Place) const {
  Value R;
  R.Anonymised = V.Anonymised;
  for (const Taint &T : V.Taints) {
    const RecordDecl *RD = objectRecordOf(T);
    if ((!RD && !isPointedNumber(T)) || !linksTo(Place, RD))
      R.add(T);
  }
  return R;
}

/// Data kept in static storage outlives every request: a retention sink,
/// unless the place is in an object a pointer there only links to
/// (\p Stores false). Concrete data also goes to the TU's map, for the
/// functions that read it.
void Analyzer::writeGlobal(const VarDecl *VD, const AccessPath &P,
                           const Value &V, SourceLocation Loc, bool Stores) {
  const DeclAnnotations &A = Facts.annotations(VD);
  SinkSpec S;
  if (std::optional<SinkKind> K = policy().storageKind())
    S.Kind = *K;
  if (A.HasSink && A.Spec.Sink)
    S = *A.Spec.Sink;
  if (Stores && (A.HasSink || policy().storageKind()))
    recordSink(S, storedData(V, placeType(VD, P)), Loc,
               SinkSubject(SinkSubject::StaticStorage, VD->getNameAsString()));
  Value G = V;
  G.clearConsent();
  Value Concrete;
  for (const Taint &T : G.Taints)
    if (!T.L.IsParam)
      Concrete.add(T);
  if (TU.GlobalValues[VD].merge(embedAt(Concrete, P.Fields)))
    TU.noteGlobalGrown(VD);
}

void Analyzer::writeInto(const Expr *Obj, const Value &V, SourceLocation Loc,
                         const std::string &ObjName, const std::string &Fn) {
  if (!Obj || (!V.hasTaint() && V.Anonymised.empty()))
    return;
  Value S = withStep(V, Loc, StepKind::FlowsInto, ObjName, Fn);
  checkSinkObject(Obj, S, Loc);
  if (auto LP = lvaluePath(Obj)) {
    LP->Weak = true;
    writePath(*LP, S, Loc, /*AddStep=*/false);
  }
}

} // namespace clang::tidy::privacy
