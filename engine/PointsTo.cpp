//===--- PointsTo.cpp - What pointers in locals and fields point into ---===//
//
// A pointer's place stands for its pointee too: a write through a
// parameter `buf` goes to `buf`'s entry, which the summary reports as a
// write into the caller's buffer. A pointer copied into a local or a field
// (`char *p = buf;`, `struct strbuf sb = { .buf = buf }; sb.pos = sb.buf;`)
// has a place of its own, so a write through the copy (`snprintf(sb.pos,
// ...)`, `*p = c`, `p[i] = c`) would stay there. State::PointsTo records
// the places such a pointer may point into; a write through it reaches
// each of them (weakly, as a may fact), and a read of it sees them.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::privacy {

std::set<AccessPath> Analyzer::placesOf(const LPath &LP) const {
  std::set<AccessPath> R(LP.Also.begin(), LP.Also.end());
  R.insert(resolve(LP.P));
  return R;
}

void Analyzer::throughPointer(LPath &LP, bool KeepPlaces) const {
  std::set<AccessPath> Targets;
  if (KeepPlaces)
    Targets.insert(LP.Also.begin(), LP.Also.end());
  for (const AccessPath &Q : placesOf(LP)) {
    auto It = Cur.PointsTo.find(Q);
    if (It != Cur.PointsTo.end())
      Targets.insert(It->second.begin(), It->second.end());
    else
      Targets.insert(Q); // the pointer's place is its pointee
  }
  Targets.erase(LP.P);
  LP.Also.assign(Targets.begin(), Targets.end());
  LP.Deref = true;
}

/// What the pointer stored at the place E names may point into.
std::set<AccessPath> Analyzer::pointeesOfPlace(const Expr *E) {
  auto LP = lvaluePath(E);
  if (!LP)
    return {};
  throughPointer(*LP);
  return placesOf(*LP);
}

std::set<AccessPath> Analyzer::pointeesOf(const Expr *E, unsigned Depth) {
  if (!E || Depth > 8 || !E->getType()->isPointerType())
    return {};
  E = E->IgnoreParens();
  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    switch (CE->getCastKind()) {
    case CK_LValueToRValue:
    case CK_ArrayToPointerDecay:
      if (auto LP = lvaluePath(CE)) // the hook in lvaluePath reads it
        return placesOf(*LP);
      return {};
    case CK_NoOp:
    case CK_BitCast:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
    case CK_BaseToDerived:
      return pointeesOf(CE->getSubExpr(), Depth + 1);
    default:
      return {};
    }
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf) {
      auto LP = lvaluePath(UO->getSubExpr());
      return LP ? placesOf(*LP) : std::set<AccessPath>{};
    }
    if (UO->isIncrementDecrementOp())
      return pointeesOfPlace(UO->getSubExpr());
    return {};
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isAdditiveOp()) // p + n stays inside p's object
      return pointeesOf(BO->getLHS()->getType()->isPointerType() ? BO->getLHS()
                                                                 : BO->getRHS(),
                        Depth + 1);
    if (BO->getOpcode() == BO_Comma || BO->getOpcode() == BO_Assign)
      return pointeesOf(BO->getRHS(), Depth + 1);
    if (BO->isCompoundAssignmentOp()) // p += n
      return pointeesOfPlace(BO->getLHS());
    return {};
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    std::set<AccessPath> R = pointeesOf(CO->getTrueExpr(), Depth + 1);
    std::set<AccessPath> F = pointeesOf(CO->getFalseExpr(), Depth + 1);
    R.insert(F.begin(), F.end());
    return R;
  }
  return {};
}

void Analyzer::forgetPointees(const AccessPath &P) {
  auto First = Cur.PointsTo.lower_bound(P);
  if (First == Cur.PointsTo.end() || !P.isPrefixOf(First->first))
    return; // nothing to forget: keep the map shared (CowMap)
  auto &PointsTo = Cur.PointsTo.mut();
  for (auto It = PointsTo.lower_bound(P);
       It != PointsTo.end() && P.isPrefixOf(It->first);)
    It = PointsTo.erase(It);
}

/// The record or array value E is made of, when it is a copy of a place.
static const Expr *copiedPlace(const Expr *E) {
  E = E->IgnoreParens();
  if (E->isGLValue()) // operator='s argument
    return E;
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    E = MTE->getSubExpr()->IgnoreParens();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    const CXXConstructorDecl *Ctor = CE->getConstructor();
    return Ctor && Ctor->isCopyOrMoveConstructor() && CE->getNumArgs() >= 1
               ? CE->getArg(0)
               : nullptr;
  }
  if (const auto *CE = dyn_cast<ImplicitCastExpr>(E))
    if (CE->getCastKind() == CK_LValueToRValue ||
        CE->getCastKind() == CK_NoOp)
      return CE->getSubExpr();
  return nullptr;
}

/// The list of `{ ... }` or of a compound literal `(struct s){ ... }`.
static const InitListExpr *initList(const Expr *E) {
  E = E->IgnoreImplicit()->IgnoreParens();
  if (const auto *CL = dyn_cast<CompoundLiteralExpr>(E))
    E = CL->getInitializer()->IgnoreImplicit();
  return dyn_cast<InitListExpr>(E);
}

void Analyzer::collectPointees(const LPath &Dest, const Expr *E,
                               PointeeFacts &Out, unsigned Depth) {
  if (!E || Depth > 8)
    return;
  if (E->getType()->isPointerType()) {
    std::set<AccessPath> S = pointeesOf(E);
    if (!S.empty())
      Out.emplace_back(Dest, std::move(S));
    return;
  }
  if (const InitListExpr *ILE = initList(E)) {
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    if (!RD || ILE->isTransparent()) {
      LPath Elem = Dest; // elements collapse into the array
      Elem.Weak = true;
      for (const Expr *Init : ILE->inits())
        collectPointees(Elem, Init, Out, Depth + 1);
      return;
    }
    for (auto [F, Init] : fieldInits(ILE)) {
      LPath Field = Dest;
      Field.child(F);
      collectPointees(Field, Init, Out, Depth + 1);
    }
    return;
  }
  // A copy of an object (`sb2 = sb`): its pointers point where the
  // original's do.
  if (const Expr *Src = copiedPlace(E))
    if (auto From = lvaluePath(Src)) {
      AccessPath F = resolve(From->P);
      for (auto It = Cur.PointsTo.lower_bound(F);
           It != Cur.PointsTo.end() && F.isPrefixOf(It->first); ++It) {
        LPath To = Dest;
        for (size_t I = F.Fields.size(); I < It->first.Fields.size(); ++I)
          To.child(It->first.Fields[I]);
        Out.emplace_back(To, It->second);
      }
    }
}

/// The write of the value has already forgotten what a strong write
/// replaced (writePath): the facts only add.
void Analyzer::applyPointees(const PointeeFacts &Facts) {
  for (const auto &[Dest, Targets] : Facts)
    for (const AccessPath &Q : placesOf(Dest))
      for (const AccessPath &T : Targets)
        if (!(T == Q) && !mayPointTo(Cur.PointsTo, Q, T))
          Cur.PointsTo[Q].insert(T);
}

Value Analyzer::readPointees(const Expr *E) {
  Value R;
  if (Cur.PointsTo.empty())
    return R;
  auto Own = lvaluePath(E);
  if (!Own)
    return R;
  for (const AccessPath &Q : Own->Also) {
    Value V = readPath(Q);
    V.clearConsent(); // what it points to is not the pointer's truth
    R.merge(V);
  }
  return R;
}


//===----------------------------------------------------------------------===//
// Across calls: a callee that fills a struct's pointers (`strbuf_init(&sb,
// buf)`) tells its callers where they point.
//===----------------------------------------------------------------------===//

std::optional<int> Analyzer::paramOf(const AccessPath &P) const {
  if (!P.Var) {
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (MD && MD->isInstance() && !IsLambda)
      return ThisArg;
    return std::nullopt;
  }
  if (const auto *PVD = dyn_cast<ParmVarDecl>(P.Var))
    return static_cast<int>(PVD->getFunctionScopeIndex());
  return std::nullopt;
}

void Analyzer::buildPointsTo(const State &Exit) {
  for (const auto &[Key, Targets] : Exit.PointsTo) {
    std::optional<int> Out = paramOf(Key);
    // A re-pointed parameter is the callee's own copy; a field of an
    // object passed by value or through a const pointer is not written.
    if (!Out || Key.Fields.empty())
      continue;
    if (Key.Var && !writesThrough(Key.Var->getType()))
      continue;
    for (const AccessPath &T : Targets)
      if (std::optional<int> In = paramOf(T))
        Sum.PointsTo[OutPlace{*Out, Key.Fields}].insert(
            OutPlace{*In, T.Fields});
  }
}

void Analyzer::instantiatePointsTo(const CallSite &C,
                                   const FunctionSummary &S) {
  if (C.IsConstruct)
    return; // the new object is a value here, not a place
  PointeeFacts Facts;
  for (const auto &[Place, Targets] : S.PointsTo) {
    auto Dest = lvaluePath(C.at(Place.Param));
    if (!Dest)
      continue;
    for (const FieldDecl *F : Place.Fields)
      Dest->child(F);
    Dest->Weak = true; // the callee may not have taken that path
    std::set<AccessPath> Into;
    for (const OutPlace &T : Targets) {
      const Expr *Arg = C.at(T.Param);
      if (!Arg)
        continue;
      if (T.Fields.empty() && Arg->getType()->isPointerType()) {
        std::set<AccessPath> P = pointeesOf(Arg);
        Into.insert(P.begin(), P.end());
        continue;
      }
      if (auto LP = lvaluePath(Arg)) {
        for (const FieldDecl *F : T.Fields)
          LP->child(F);
        throughPointer(*LP, /*KeepPlaces=*/true);
        std::set<AccessPath> P = placesOf(*LP);
        Into.insert(P.begin(), P.end());
      }
    }
    if (!Into.empty())
      Facts.emplace_back(*Dest, std::move(Into));
  }
  applyPointees(Facts);
}

} // namespace clang::tidy::privacy
