//===--- IndirectCalls.cpp - What a call through a pointer may reach ----===//

#include "IndirectCalls.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::privacy {

/// A function pointer, a function, or an array or member of them.
static bool holdsFunctions(QualType T) {
  while (const auto *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType();
  return T->isFunctionPointerType() || T->isFunctionType();
}

IndirectCalls::Place IndirectCalls::placeOf(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_Deref) { // (*p)(...) calls p
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(E)) {
      E = ASE->getBase();
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      return VD ? cast<ValueDecl>(VD->getCanonicalDecl()) : nullptr;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return dyn_cast<FieldDecl>(ME->getMemberDecl());
    return nullptr;
  }
  return nullptr;
}

/// A value stored into P: functions named, a copy of another place, null,
/// or something unknown (P is then open).
void IndirectCalls::store(Place P, const Expr *Value) {
  if (!P || !Value)
    return;
  Contents &C = Places[P];
  Value = Value->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Value);
      UO && UO->getOpcode() == UO_AddrOf)
    Value = UO->getSubExpr()->IgnoreParenCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Value))
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl())) {
      C.Functions.insert(FD);
      return;
    }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(Value)) {
    store(P, CO->getTrueExpr());
    store(P, CO->getFalseExpr());
    return;
  }
  if (isa<GNUNullExpr, CXXNullPtrLiteralExpr, IntegerLiteral>(Value))
    return;
  if (Place From = placeOf(Value)) {
    if (From != P)
      C.CopiedFrom.insert(From);
    return;
  }
  C.Open = true;
}

/// An initializer: a list spreads over the members of a record and the
/// elements of an array (a table of operations).
void IndirectCalls::storeInit(Place P, const Expr *Init) {
  if (!Init)
    return;
  const auto *ILE = dyn_cast<InitListExpr>(Init->IgnoreParenImpCasts());
  if (!ILE) {
    if (P && holdsFunctions(Init->getType()))
      store(P, Init);
    return;
  }
  if (ILE->isSyntacticForm() && ILE->getSemanticForm())
    ILE = ILE->getSemanticForm();
  if (ILE->getType()->isRecordType()) {
    storeFields(ILE);
    return;
  }
  for (const Expr *E : ILE->inits())
    storeInit(P, E);
}

void IndirectCalls::storeFields(const InitListExpr *ILE) {
  if (!SeenLists.insert(ILE).second)
    return;
  const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
  if (!RD)
    return;
  if (RD->isUnion()) {
    if (const FieldDecl *F = ILE->getInitializedFieldInUnion())
      if (ILE->getNumInits() > 0)
        storeInit(F, ILE->getInit(0));
    return;
  }
  unsigned I = 0;
  for (const FieldDecl *F : RD->fields()) {
    if (F->isUnnamedBitField())
      continue;
    if (I == ILE->getNumInits())
      break;
    storeInit(F, ILE->getInit(I++));
  }
}

void IndirectCalls::noteAssign(const BinaryOperator *BO) {
  if (BO->getOpcode() == BO_Assign && holdsFunctions(BO->getLHS()->getType()))
    store(placeOf(BO->getLHS()), BO->getRHS());
}

void IndirectCalls::noteVar(const VarDecl *VD) {
  if (VD->getInit() && (holdsFunctions(VD->getType()) ||
                        isa<InitListExpr>(VD->getInit()->IgnoreImpCasts())))
    storeInit(cast<ValueDecl>(VD->getCanonicalDecl()), VD->getInit());
}

void IndirectCalls::noteInitList(const InitListExpr *ILE) {
  // Compound literals and nested lists: their members, whatever they
  // initialise.
  if (ILE->isSyntacticForm() && ILE->getSemanticForm())
    ILE = ILE->getSemanticForm();
  if (ILE->getType()->isRecordType())
    storeFields(ILE);
}

void IndirectCalls::noteCall(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  const FunctionDecl *Def = FD ? FD->getDefinition() : nullptr;
  if (!Def)
    return;
  unsigned N = std::min<unsigned>(Def->getNumParams(), CE->getNumArgs());
  for (unsigned I = 0; I < N; ++I)
    if (holdsFunctions(Def->getParamDecl(I)->getType()))
      store(Def->getParamDecl(I), CE->getArg(I));
}

void IndirectCalls::noteAddressOf(const UnaryOperator *UO) {
  // `fill(&handler)`: written where the analysis cannot see.
  if (UO->getOpcode() == UO_AddrOf && holdsFunctions(UO->getSubExpr()->getType()))
    if (Place P = placeOf(UO->getSubExpr()))
      Places[P].Open = true;
}

void IndirectCalls::finish() {
  // Copies in any order: iterate to the fixpoint (places are few).
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (auto &[P, C] : Places)
      for (Place From : C.CopiedFrom) {
        auto It = Places.find(From);
        if (It == Places.end())
          continue;
        for (const FunctionDecl *FD : It->second.Functions)
          Changed |= C.Functions.insert(FD);
        if (It->second.Open && !C.Open)
          Changed = C.Open = true;
      }
  }
}

bool IndirectCalls::isOpen(Place P, const Contents &C) const {
  if (C.Open || isa<FieldDecl>(P))
    return true;
  if (const auto *PVD = dyn_cast<ParmVarDecl>(P)) {
    const auto *FD = dyn_cast<FunctionDecl>(PVD->getDeclContext());
    return !FD || FD->isExternallyVisible();
  }
  const auto *VD = cast<VarDecl>(P);
  return VD->hasGlobalStorage() && VD->isExternallyVisible();
}

IndirectCalls::Targets IndirectCalls::targets(const CallExpr *CE,
                                              const SourceManager &SM) {
  if (CE->getDirectCallee() || isa<CXXMemberCallExpr>(CE))
    return Targets();
  auto [It, New] = Resolved.try_emplace(CE);
  if (New)
    It->second = resolve(CE, SM);
  return It->second;
}

IndirectCalls::Targets IndirectCalls::resolve(const CallExpr *CE,
                                              const SourceManager &SM) const {
  Targets T;
  Place P = placeOf(CE->getCallee());
  auto It = P ? Places.find(P) : Places.end();
  if (It == Places.end())
    return T;
  for (const FunctionDecl *FD : It->second.Functions)
    // A function of more parameters than arguments is no target.
    if (FD->getNumParams() <= CE->getNumArgs() &&
        !llvm::is_contained(T.Functions, FD->getCanonicalDecl()))
      T.Functions.push_back(FD->getCanonicalDecl());
  llvm::sort(T.Functions, [&SM](const FunctionDecl *A, const FunctionDecl *B) {
    return SM.isBeforeInTranslationUnit(A->getLocation(), B->getLocation());
  });
  T.Open = isOpen(P, It->second);
  return T;
}

} // namespace clang::tidy::privacy
