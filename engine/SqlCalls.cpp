//===--- SqlCalls.cpp - The SQL a sink's values go into ------------------===//
//
// A model's `sql` says where a call's SQL text is (FunctionSpec::Sql). When
// that text is a constant and, for a statement handle, every way the handle
// is set in the function is a prepare of constant text, SqlStatement reads
// whether the bound parameter is stored. Anything else is stored, as if the
// call had no `sql`.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "SqlText.h"

namespace clang::tidy::privacy {

namespace {

constexpr unsigned MaxConstantDepth = 8;

/// A variable whose value is fixed by its initialiser: `const char sql[]`,
/// `const char *const sql`, an array of `const char *const`.
const VarDecl *constantVariable(const ASTContext &Ctx, const Expr *E) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || isa<ParmVarDecl>(VD) || !VD->getType().isConstant(Ctx) ||
      !VD->getAnyInitializer())
    return nullptr;
  return VD;
}

/// The texts a constant string expression may have: a literal (adjacent
/// pieces are one), a constant variable or an element of a constant array
/// initialised by literals (every element for an index that is not
/// constant), either branch of `?:`. False when one is not constant.
bool constantTexts(const ASTContext &Ctx, const Expr *E,
                   std::vector<std::string> &Out, unsigned Depth = 0) {
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
    return constantTexts(Ctx, CO->getTrueExpr(), Out, Depth + 1) &&
           constantTexts(Ctx, CO->getFalseExpr(), Out, Depth + 1);
  if (isa<DeclRefExpr>(E)) {
    const VarDecl *VD = constantVariable(Ctx, E);
    return VD && constantTexts(Ctx, VD->getAnyInitializer(), Out, Depth + 1);
  }
  const auto *ASE = dyn_cast<ArraySubscriptExpr>(E);
  const VarDecl *Table = ASE ? constantVariable(Ctx, ASE->getBase()) : nullptr;
  const auto *ILE = Table ? dyn_cast<InitListExpr>(
                                Table->getAnyInitializer()->IgnoreParenImpCasts())
                          : nullptr;
  if (!ILE || ILE->getNumInits() == 0)
    return false;
  Expr::EvalResult Index;
  if (!ASE->getIdx()->isValueDependent() &&
      ASE->getIdx()->EvaluateAsInt(Index, Ctx)) {
    uint64_t I = Index.Val.getInt().getLimitedValue();
    return I < ILE->getNumInits() &&
           constantTexts(Ctx, ILE->getInit(I), Out, Depth + 1);
  }
  for (const Expr *Init : ILE->inits())
    if (!constantTexts(Ctx, Init, Out, Depth + 1))
      return false;
  return true;
}

/// The local variable \p E names, declared in \p Owner.
const VarDecl *localVariable(const Expr *E, const FunctionDecl *Owner) {
  const auto *DRE = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts())
                      : nullptr;
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  const auto *In = VD ? dyn_cast<FunctionDecl>(VD->getDeclContext()) : nullptr;
  if (!In || isa<ParmVarDecl>(VD) ||
      In->getCanonicalDecl() != Owner->getCanonicalDecl())
    return nullptr;
  return VD;
}

} // namespace

void Analyzer::collectStatements(const Stmt *S, StatementTexts &Out) {
  if (!S)
    return;
  if (const auto *ICE = dyn_cast<ImplicitCastExpr>(S))
    if (ICE->getCastKind() == CK_LValueToRValue)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(ICE->getSubExpr()->IgnoreParens()))
        Out.Seen.insert(DRE);
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    if (BO->getOpcode() == BO_Assign &&
        BO->getRHS()->isNullPointerConstant(Ctx,
                                            Expr::NPC_ValueDependentIsNotNull))
      if (const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParens()))
        Out.Seen.insert(DRE);
  if (isa<CallExpr>(S))
    notePrepare(cast<Expr>(S), Out);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    Out.Refs.push_back(DRE);
  for (const Stmt *Child : S->children())
    collectStatements(Child, Out);
}

/// A prepare (`sql` with `prepares`) of `&local`: the local's texts. A
/// local array given as `values` is read there.
void Analyzer::notePrepare(const Expr *Call, StatementTexts &Out) {
  std::optional<CallSite> C = callSite(Call);
  const FunctionSpec *Spec = C && C->FD ? Facts.functionSpec(C->FD) : nullptr;
  if (!Spec || !Spec->Sql)
    return;
  if (const Expr *Values = C->at(Spec->Sql->Values))
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Values->IgnoreParenImpCasts()))
      Out.Seen.insert(DRE);
  if (Spec->Sql->Prepares < 0)
    return;
  const Expr *Dest = C->at(Spec->Sql->Prepares);
  const auto *Addr =
      Dest ? dyn_cast<UnaryOperator>(Dest->IgnoreParenImpCasts()) : nullptr;
  if (!Addr || Addr->getOpcode() != UO_AddrOf)
    return;
  const VarDecl *VD = localVariable(Addr->getSubExpr(), FD);
  if (!VD)
    return;
  Out.Seen.insert(cast<DeclRefExpr>(Addr->getSubExpr()->IgnoreParenImpCasts()));
  if (!constantTexts(Ctx, C->at(Spec->Sql->Text), Out.Texts[VD]))
    Out.Unknown.insert(VD);
}

/// The facts of the function's locals, built on first use.
const StatementTexts &Analyzer::statementFacts() {
  if (!Statements) {
    Statements = std::make_unique<StatementTexts>();
    collectStatements(FD->getBody(), *Statements);
    for (const DeclRefExpr *DRE : Statements->Refs)
      if (const VarDecl *VD = localVariable(DRE, FD))
        if (!Statements->Seen.count(DRE))
          Statements->Unknown.insert(VD);
  }
  return *Statements;
}

/// The texts the statement \p E may have been prepared from; null when
/// unknown.
const std::vector<std::string> *Analyzer::statementTexts(const Expr *E) {
  const StatementTexts &S = statementFacts();
  const VarDecl *VD = localVariable(E, FD);
  if (!VD || S.Unknown.count(VD))
    return nullptr;
  const Expr *Init = VD->getInit();
  if (Init && !Init->IgnoreImplicit()->isNullPointerConstant(
                  Ctx, Expr::NPC_ValueDependentIsNotNull))
    return nullptr;
  auto It = S.Texts.find(VD);
  return It == S.Texts.end() ? nullptr : &It->second;
}

/// What of the `values` array \p E one of \p Texts stores: the elements
/// `$k+1` that it may store, when the array is a local initialised by a
/// list and only given as `values` (`const char *v[2] = {msisdn, imsi}`);
/// otherwise the whole array.
Value Analyzer::storedValues(const Expr *E, Value Whole,
                             const std::vector<std::string> &Texts) {
  const VarDecl *VD = localVariable(E, FD);
  const auto *ILE =
      VD && VD->getInit() ? dyn_cast<InitListExpr>(VD->getInit()) : nullptr;
  if (!ILE || statementFacts().Unknown.count(VD))
    return Whole;
  std::vector<SqlStatement> Statements;
  for (const std::string &T : Texts)
    Statements.push_back(SqlStatement::read(T));
  Value Stored;
  for (unsigned K = 0; K < ILE->getNumInits(); ++K) {
    std::string Name = "$" + std::to_string(K + 1);
    if (llvm::any_of(Statements, [&](const SqlStatement &Q) {
          return Q.storesName(Name);
        }))
      Stored.merge(valueOf(ILE->getInit(K)));
  }
  return Stored;
}

/// Whether the bound parameter \p Param may be stored by one of \p Texts:
/// a constant number, or a name (a constant string, or a call such as
/// sqlite3_bind_parameter_index with `sql` `indexOfName`).
bool Analyzer::parameterStored(const Expr *Param,
                               const std::vector<std::string> &Texts) {
  if (!Param || Param->isValueDependent())
    return true;
  Expr::EvalResult N;
  std::vector<std::string> Names;
  bool ByNumber = Param->getType()->isIntegerType() &&
                  Param->EvaluateAsInt(N, Ctx);
  if (!ByNumber) {
    const Expr *NameArg = Param;
    if (auto C = callSite(Param->IgnoreParenImpCasts())) {
      const FunctionSpec *S = C->FD ? Facts.functionSpec(C->FD) : nullptr;
      NameArg = S && S->Sql && S->Sql->IndexOfName >= 0
                    ? C->at(S->Sql->IndexOfName)
                    : nullptr;
    }
    if (!constantTexts(Ctx, NameArg, Names))
      return true;
  }
  for (const std::string &T : Texts) {
    SqlStatement Q = SqlStatement::read(T);
    if (ByNumber ? Q.storesNumber(N.Val.getInt().getExtValue())
                 : llvm::any_of(Names, [&](const std::string &Name) {
                     return Q.storesName(Name);
                   }))
      return true;
  }
  return false;
}

Value Analyzer::sqlStored(const CallEffect &E, int Arg, Value V) {
  if (!E.Spec || !E.Spec->Sql)
    return V;
  const SqlSpec &Q = *E.Spec->Sql;
  if (Q.Values >= 0) {
    std::vector<std::string> Texts;
    if (Arg != Q.Values || !constantTexts(Ctx, E.C.at(Q.Text), Texts))
      return V;
    if (llvm::none_of(Texts, [](const std::string &T) {
          return SqlStatement::read(T).storesAny();
        }))
      return {};
    return storedValues(E.C.at(Q.Values), std::move(V), Texts);
  }
  if (Q.Parameter < 0 || Arg == Q.Statement || Arg == Q.Parameter)
    return V;
  const std::vector<std::string> *Texts = statementTexts(E.C.at(Q.Statement));
  if (!Texts || parameterStored(E.C.at(Q.Parameter), *Texts))
    return V;
  return {};
}

} // namespace clang::tidy::privacy
