//===--- SqlTables.cpp - Constant SQL and tables of prepared statements --===//
//
// One walk over the TU's code outside system headers finds every reference
// to a table of SQL texts and to an array of statement handles, and every
// prepare. A reference that is not a read, a clear (`= NULL`) or a
// recognised prepare makes the array unknown; a write of a text table
// makes the table not constant. `sizeof` is not a reference.
//
//===----------------------------------------------------------------------===//

#include "SqlTables.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::privacy {

namespace {

/// The declaration behind the array that \p E subscripts: `a[i]`,
/// `x->a[i]`; the reference in \p Ref.
const ValueDecl *subscripted(const Expr *E, const Expr **Ref = nullptr) {
  const auto *ASE = E ? dyn_cast<ArraySubscriptExpr>(E->IgnoreParens())
                      : nullptr;
  if (!ASE)
    return nullptr;
  const Expr *Base = ASE->getBase()->IgnoreParenImpCasts();
  if (Ref)
    *Ref = Base;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Base))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(Base))
    return ME->getMemberDecl();
  return nullptr;
}

const ValueDecl *canonical(const ValueDecl *D) {
  return cast<ValueDecl>(D->getCanonicalDecl());
}

/// A table of SQL texts this walk judges: internal, an array of pointers
/// to characters, initialised by a list.
bool isTextTable(const VarDecl *VD) {
  const auto *AT = VD->getType()->getAsArrayTypeUnsafe();
  if (!AT || VD->isExternallyVisible() || !VD->getInit())
    return false;
  QualType Elem = AT->getElementType();
  return Elem->isPointerType() && Elem->getPointeeType()->isAnyCharacterType();
}

/// Whether \p Init leaves every handle null.
bool allNull(ASTContext &Ctx, const Expr *Init) {
  if (!Init || isa<ImplicitValueInitExpr>(Init))
    return true;
  const auto *ILE = dyn_cast<InitListExpr>(Init->IgnoreImplicit());
  if (!ILE)
    return false;
  return llvm::all_of(ILE->inits(), [&](const Expr *E) {
    return isa<ImplicitValueInitExpr>(E) ||
           E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
  });
}

} // namespace

bool isHandleArray(const ValueDecl *D) {
  if (!D || !(isa<FieldDecl>(D) || isa<VarDecl>(D)))
    return false;
  const auto *AT = D->getType()->getAsArrayTypeUnsafe();
  if (!AT)
    return false;
  QualType Elem = AT->getElementType();
  return Elem->isPointerType() && Elem->getPointeeType()->isRecordType();
}

/// The walk: references, the reads and clears among them, prepares.
class TableScan : public RecursiveASTVisitor<TableScan> {
public:
  TableScan(SqlTables &Out) : Out(Out), SM(Out.Ctx.getSourceManager()) {}

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && !isa<LinkageSpecDecl>(D)) {
      SourceLocation L = D->getLocation();
      if (L.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(L)))
        return true;
    }
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  // `sizeof(table)`, `ARRAY_SIZE(dbc->stmt)`: not evaluated.
  bool VisitUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *E) {
    if (!E->isArgumentType())
      accountAll(E->getArgumentExpr());
    return true;
  }
  void accountAll(const Stmt *S) {
    if (!S)
      return;
    if (isa<DeclRefExpr>(S) || isa<MemberExpr>(S))
      Accounted.insert(cast<Expr>(S));
    for (const Stmt *Child : S->children())
      accountAll(Child);
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *VD = dyn_cast<VarDecl>(E->getDecl()))
      if (isHandleArray(VD) || isTextTable(VD))
        Refs.push_back({canonical(VD), E});
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (isHandleArray(E->getMemberDecl()))
      Refs.push_back({canonical(E->getMemberDecl()), E});
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *E) {
    const Expr *Ref = nullptr;
    if (E->getCastKind() == CK_LValueToRValue &&
        subscripted(E->getSubExpr(), &Ref))
      Accounted.insert(Ref);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    const Expr *Ref = nullptr;
    if (B->getOpcode() == BO_Assign && subscripted(B->getLHS(), &Ref) &&
        B->getRHS()->isNullPointerConstant(Out.Ctx,
                                           Expr::NPC_ValueDependentIsNotNull))
      Accounted.insert(Ref);
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    const FunctionDecl *FD = C->getDirectCallee();
    const FunctionSpec *S = FD ? Out.Facts.functionSpec(FD) : nullptr;
    if (S && S->Sql && S->Sql->Prepares >= 0 && S->Sql->Text >= 0 &&
        static_cast<unsigned>(std::max(S->Sql->Prepares, S->Sql->Text)) <
            C->getNumArgs())
      Prepares.push_back({C, &*S->Sql});
    return true;
  }
  // Initialisers of the handle arrays themselves.
  bool VisitVarDecl(VarDecl *VD) {
    if (isHandleArray(VD) && !allNull(Out.Ctx, VD->getInit()))
      Out.Tables[canonical(VD)].Other = true;
    return true;
  }
  bool VisitFieldDecl(FieldDecl *FD) {
    if (isHandleArray(FD) && FD->hasInClassInitializer() &&
        !allNull(Out.Ctx, FD->getInClassInitializer()))
      Out.Tables[canonical(FD)].Other = true;
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *CD) {
    for (const CXXCtorInitializer *I : CD->inits())
      if (const FieldDecl *F = I->getMember())
        if (isHandleArray(F) && I->isWritten() &&
            !allNull(Out.Ctx, I->getInit()))
          Out.Tables[canonical(F)].Other = true;
    return true;
  }

  void finish();

private:
  SqlTables &Out;
  const SourceManager &SM;
  std::vector<std::pair<const ValueDecl *, const Expr *>> Refs;
  llvm::DenseSet<const Expr *> Accounted;
  std::vector<std::pair<const CallExpr *, const SqlSpec *>> Prepares;
};

void TableScan::finish() {
  // Which text tables are written first: a prepare reads them.
  for (const auto &[D, Ref] : Refs)
    if (!Accounted.count(Ref) && isa<VarDecl>(D) && !isHandleArray(D))
      Out.Written.insert(cast<VarDecl>(D));
  for (const auto &[C, Q] : Prepares) {
    const auto *Addr = dyn_cast<UnaryOperator>(
        C->getArg(Q->Prepares)->IgnoreParenImpCasts());
    const Expr *Ref = nullptr;
    const ValueDecl *H =
        Addr && Addr->getOpcode() == UO_AddrOf
            ? subscripted(Addr->getSubExpr(), &Ref)
            : nullptr;
    if (!isHandleArray(H))
      continue;
    Accounted.insert(Ref);
    Out.notePrepare(C, *Q, Addr->getSubExpr(), Out.Tables[canonical(H)]);
  }
  for (const auto &[D, Ref] : Refs)
    if (!Accounted.count(Ref) && isHandleArray(D))
      Out.Tables[D].Other = true;
}

SqlTables::SqlTables(ASTContext &Ctx, DeclFacts &Facts)
    : Ctx(Ctx), Facts(Facts) {
  TableScan Scan(*this);
  Scan.TraverseDecl(Ctx.getTranslationUnitDecl());
  Scan.finish();
}

/// `&F[i]` prepared from `T[i]` (the same variable), or `&F[k]` from
/// constant SQL at a constant k; anything else is unknown.
void SqlTables::notePrepare(const CallExpr *C, const SqlSpec &Q,
                            const Expr *Dest, HandleTable &T) const {
  const auto *ASE = cast<ArraySubscriptExpr>(Dest->IgnoreParens());
  const Expr *Idx = ASE->getIdx()->IgnoreParenImpCasts();
  const Expr *Text = C->getArg(Q.Text)->IgnoreParenImpCasts();
  const auto *TextASE = dyn_cast<ArraySubscriptExpr>(Text);
  const auto *IdxVar = dyn_cast<DeclRefExpr>(Idx);
  const auto *TextIdx =
      TextASE ? dyn_cast<DeclRefExpr>(TextASE->getIdx()->IgnoreParenImpCasts())
              : nullptr;
  Expr::EvalResult K;
  if (IdxVar && TextIdx && isa<VarDecl>(IdxVar->getDecl()) &&
      IdxVar->getDecl() == TextIdx->getDecl()) {
    const InitListExpr *ILE = tableInit(TextASE->getBase());
    if (!ILE) {
      T.Other = true;
      return;
    }
    for (unsigned I = 0; I < ILE->getNumInits(); ++I) {
      std::vector<std::string> Texts;
      if (constantTexts(ILE->getInit(I), Texts))
        T.Texts[I].insert(Texts.begin(), Texts.end());
      else
        T.UnknownAt.insert(I);
    }
    return;
  }
  if (Idx->isValueDependent() || !Idx->EvaluateAsInt(K, Ctx)) {
    T.Other = true;
    return;
  }
  uint64_t At = K.Val.getInt().getLimitedValue();
  std::vector<std::string> Texts;
  if (constantTexts(C->getArg(Q.Text), Texts))
    T.Texts[At].insert(Texts.begin(), Texts.end());
  else
    T.UnknownAt.insert(At);
}

/// The initialiser list of the table \p Base names, when its elements never
/// change: a constant variable, or a text table only read in this TU.
const InitListExpr *SqlTables::tableInit(const Expr *Base) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || isa<ParmVarDecl>(VD) || !VD->getAnyInitializer())
    return nullptr;
  bool Fixed = VD->getType().isConstant(Ctx) ||
               (isTextTable(VD) &&
                !Written.count(cast<VarDecl>(VD->getCanonicalDecl())));
  if (!Fixed)
    return nullptr;
  return dyn_cast<InitListExpr>(VD->getAnyInitializer()->IgnoreParenImpCasts());
}

bool SqlTables::constantTexts(const Expr *E, std::vector<std::string> &Out,
                              unsigned Depth) const {
  if (!E || Depth > MaxConstantDepth || E->isValueDependent())
    return false;
  E = E->IgnoreParenCasts();
  if (const auto *SL = dyn_cast<StringLiteral>(E)) {
    if (SL->getCharByteWidth() != 1)
      return false;
    Out.push_back(SL->getString().str());
    return true;
  }
  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return constantTexts(CO->getTrueExpr(), Out, Depth + 1) &&
           constantTexts(CO->getFalseExpr(), Out, Depth + 1);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD && !isa<ParmVarDecl>(VD) && VD->getType().isConstant(Ctx) &&
           constantTexts(VD->getAnyInitializer(), Out, Depth + 1);
  }
  const auto *ASE = dyn_cast<ArraySubscriptExpr>(E);
  const InitListExpr *ILE = ASE ? tableInit(ASE->getBase()) : nullptr;
  if (!ILE || ILE->getNumInits() == 0)
    return false;
  Expr::EvalResult Index;
  if (!ASE->getIdx()->isValueDependent() &&
      ASE->getIdx()->EvaluateAsInt(Index, Ctx)) {
    uint64_t I = Index.Val.getInt().getLimitedValue();
    return I < ILE->getNumInits() &&
           constantTexts(ILE->getInit(I), Out, Depth + 1);
  }
  for (const Expr *Init : ILE->inits())
    if (!constantTexts(Init, Out, Depth + 1))
      return false;
  return true;
}

/// The constant values \p E may have: a constant, or `?:` of them.
static bool constantIndices(ASTContext &Ctx, const Expr *E,
                            std::vector<uint64_t> &Out, unsigned Depth = 0) {
  if (!E || E->isValueDependent() || Depth > MaxConstantDepth)
    return false;
  Expr::EvalResult K;
  if (E->EvaluateAsInt(K, Ctx)) {
    Out.push_back(K.Val.getInt().getLimitedValue());
    return true;
  }
  const auto *CO = dyn_cast<ConditionalOperator>(E->IgnoreParenImpCasts());
  return CO && constantIndices(Ctx, CO->getTrueExpr(), Out, Depth + 1) &&
         constantIndices(Ctx, CO->getFalseExpr(), Out, Depth + 1);
}

const ValueDecl *SqlTables::handleRead(const Expr *E,
                                       std::vector<uint64_t> &Indices) const {
  const ValueDecl *H = E ? subscripted(E->IgnoreParenImpCasts()) : nullptr;
  if (!isHandleArray(H))
    return nullptr;
  const auto *ASE = cast<ArraySubscriptExpr>(E->IgnoreParenImpCasts());
  if (!constantIndices(Ctx, ASE->getIdx(), Indices))
    return nullptr;
  return canonical(H);
}

bool HandleTable::textsAt(uint64_t K, std::vector<std::string> &Out) const {
  auto It = Texts.find(K);
  if (Other || UnknownAt.count(K) || It == Texts.end())
    return false;
  Out.insert(Out.end(), It->second.begin(), It->second.end());
  return true;
}

HandleTable agree(const HandleTable &A, const HandleTable &B) {
  if (A == B)
    return A;
  HandleTable None;
  None.Other = true;
  return None;
}

} // namespace clang::tidy::privacy
