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

/// \p VD, when it is a local of \p Owner.
const VarDecl *localVariable(const VarDecl *VD, const FunctionDecl *Owner) {
  const auto *In = dyn_cast<FunctionDecl>(VD->getDeclContext());
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
      if (const auto *DRE = dyn_cast<DeclRefExpr>(ICE->getSubExpr()->IgnoreParens())) {
        Out.Seen.insert(DRE);
        Out.Reads.insert(DRE);
      }
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    if (BO->getOpcode() == BO_Assign)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParens()))
        noteAssigned(DRE, nullptr, BO->getRHS(), Out);
  if (const auto *DS = dyn_cast<DeclStmt>(S))
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D);
          VD && VD->getInit() && localVariable(VD, FD))
        noteAssigned(nullptr, VD, VD->getInit(), Out);
  if (isa<CallExpr>(S))
    notePrepare(cast<Expr>(S), Out);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    Out.Refs.push_back(DRE);
  for (const Stmt *Child : S->children())
    collectStatements(Child, Out);
}

/// `st = NULL` or `st = ctx->stmt[K]` (a handle table, SqlTables.h) and
/// initialisers: the texts of a table element; anything else is unknown.
void Analyzer::noteAssigned(const DeclRefExpr *DRE, const VarDecl *VD,
                            const Expr *Value, StatementTexts &Out) {
  if (DRE)
    VD = localVariable(DRE, FD);
  if (Value->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull)) {
    if (DRE)
      Out.Seen.insert(DRE);
    return;
  }
  // An initialiser other than a table element is judged by statementTexts.
  if (!VD || (!DRE && !isa<ArraySubscriptExpr>(Value->IgnoreParenImpCasts())))
    return;
  if (DRE)
    Out.Seen.insert(DRE);
  if (!TU.handleTexts(Value, Out.Texts[VD]))
    Out.Unknown.insert(VD);
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
  if (!TU.sqlTables().constantTexts(C->at(Spec->Sql->Text), Out.Texts[VD]))
    Out.Unknown.insert(VD);
}

/// The facts of the function's locals, built on first use.
const StatementTexts &Analyzer::statementFacts() {
  if (!Statements) {
    Statements = std::make_unique<StatementTexts>();
    collectStatements(FD->getBody(), *Statements);
    for (const DeclRefExpr *DRE : Statements->Refs)
      if (!Statements->Reads.count(DRE))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          Statements->NotOnlyRead.insert(VD);
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
  statementFacts();
  StatementTexts &S = *Statements;
  if (E && isa<ArraySubscriptExpr>(E->IgnoreParenImpCasts())) {
    auto [It, New] = S.ReadTexts.try_emplace(E);
    if (New && !TU.handleTexts(E, It->second))
      It->second.clear();
    return It->second.empty() ? nullptr : &It->second;
  }
  const VarDecl *VD = localVariable(E, FD);
  if (!VD || S.Unknown.count(VD))
    return nullptr;
  const Expr *Init = VD->getInit();
  if (Init && !isa<ArraySubscriptExpr>(Init->IgnoreParenImpCasts()) &&
      !Init->IgnoreImplicit()->isNullPointerConstant(
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

/// The statements \p Texts, read.
static std::vector<SqlStatement> readAll(const std::vector<std::string> &Texts) {
  std::vector<SqlStatement> Out;
  for (const std::string &T : Texts)
    Out.push_back(SqlStatement::read(T));
  return Out;
}

/// Whether one of \p Statements may store the parameter numbered \p N or
/// named one of \p Names.
static bool storesAt(const std::vector<SqlStatement> &Statements,
                     std::optional<long long> N,
                     const std::vector<std::string> &Names) {
  return llvm::any_of(Statements, [&](const SqlStatement &Q) {
    return N ? Q.storesNumber(*N)
             : llvm::any_of(Names, [&](const std::string &Name) {
                 return Q.storesName(Name);
               });
  });
}

/// Whether the bound parameter \p Param may be stored by one of \p Texts
/// (bindingChoices); what depends on this function's parameters is stored.
bool Analyzer::parameterStored(const Expr *Param,
                               const std::vector<std::string> &Texts) {
  std::vector<SqlChoice> Choices;
  if (!bindingChoices(Param, Choices))
    return true;
  std::vector<SqlStatement> Statements = readAll(Texts);
  for (const SqlChoice &Ch : Choices) {
    if (Ch.Kind == SqlChoice::ByNumberParam || Ch.Kind == SqlChoice::ByNameParam)
      return true;
    if (Ch.Kind == SqlChoice::ByNumber ? storesAt(Statements, Ch.Number, {})
                                     : storesAt(Statements, std::nullopt,
                                                {Ch.Name}))
      return true;
  }
  return false;
}

Value Analyzer::sqlStored(const CallEffect &E, int Arg, Value V,
                          std::shared_ptr<const SqlBinding> &Binding) {
  if (!E.Spec || !E.Spec->Sql)
    return V;
  const SqlSpec &Q = *E.Spec->Sql;
  if (Q.Values >= 0) {
    std::vector<std::string> Texts;
    if (Arg != Q.Values || !TU.sqlTables().constantTexts(E.C.at(Q.Text), Texts))
      return V;
    if (llvm::none_of(Texts, [](const std::string &T) {
          return SqlStatement::read(T).storesAny();
        }))
      return {};
    return storedValues(E.C.at(Q.Values), std::move(V), Texts);
  }
  if (Q.Parameter < 0 || Arg == Q.Statement || Arg == Q.Parameter)
    return V;
  const Expr *Statement = E.C.at(Q.Statement);
  if (const std::vector<std::string> *Texts = statementTexts(Statement))
    return parameterStored(E.C.at(Q.Parameter), *Texts) ? V : Value();
  // A bind wrapper: the statement is the caller's.
  auto B = std::make_shared<SqlBinding>();
  B->Statement = readOnlyParam(Statement);
  if (B->Statement >= 0 && bindingChoices(E.C.at(Q.Parameter), B->Choices))
    Binding = std::move(B);
  return V;
}

/// The index of this function's parameter that \p E names, when the body
/// only reads it; -1 otherwise.
int Analyzer::readOnlyParam(const Expr *E) {
  const auto *DRE =
      E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P || IsLambda || P->getDeclContext() != FD ||
      statementFacts().NotOnlyRead.count(P))
    return -1;
  return static_cast<int>(P->getFunctionScopeIndex());
}

/// The local \p E names, when the body only reads it after its
/// initialiser.
const VarDecl *Analyzer::readOnlyLocal(const Expr *E) {
  const VarDecl *VD = localVariable(E, FD);
  if (!VD || !VD->getInit() || statementFacts().NotOnlyRead.count(VD))
    return nullptr;
  return VD;
}

/// `p`, `!p`, `p != NULL`, `p == NULL` of a read-only pointer parameter:
/// which, and whether the condition is true when it is not null.
bool Analyzer::nullTest(const Expr *Cond, int &Param, bool &NonNullWhenTrue) {
  Cond = Cond->IgnoreParenImpCasts();
  bool Negated = false;
  if (const auto *U = dyn_cast<UnaryOperator>(Cond);
      U && U->getOpcode() == UO_LNot) {
    Negated = true;
    Cond = U->getSubExpr()->IgnoreParenImpCasts();
  } else if (const auto *B = dyn_cast<BinaryOperator>(Cond);
             B && B->isEqualityOp()) {
    auto IsNull = [&](const Expr *X) {
      return X->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
    };
    const Expr *Other = IsNull(B->getRHS())   ? B->getLHS()
                        : IsNull(B->getLHS()) ? B->getRHS()
                                              : nullptr;
    if (!Other)
      return false;
    Negated = B->getOpcode() == BO_EQ;
    Cond = Other->IgnoreParenImpCasts();
  }
  if (!Cond->getType()->isPointerType())
    return false;
  Param = readOnlyParam(Cond);
  NonNullWhenTrue = !Negated;
  return Param >= 0;
}

/// The SQL parameters \p Param may name, in this function's terms: a
/// constant number or name (a constant string, or the name given to an
/// `indexOfName` call), a parameter's number or name, a read-only local's
/// initialiser, either branch of `?:` (under its null test of a
/// parameter). False when one is not known.
bool Analyzer::bindingChoices(const Expr *Param, std::vector<SqlChoice> &Out,
                              int IfParam, bool IfNonNull, unsigned Depth) {
  if (!Param || Param->isValueDependent() || Depth > MaxConstantDepth)
    return false;
  SqlChoice Ch;
  Ch.IfParam = IfParam;
  Ch.IfNonNull = IfNonNull;
  Expr::EvalResult N;
  if (Param->getType()->isIntegerType() && Param->EvaluateAsInt(N, Ctx)) {
    Ch.Number = N.Val.getInt().getExtValue();
    Out.push_back(Ch);
    return true;
  }
  const Expr *E = Param->IgnoreParenImpCasts();
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    int P = -1;
    bool NonNull = true;
    if (IfParam >= 0 || !nullTest(CO->getCond(), P, NonNull))
      return bindingChoices(CO->getTrueExpr(), Out, IfParam, IfNonNull,
                            Depth + 1) &&
             bindingChoices(CO->getFalseExpr(), Out, IfParam, IfNonNull,
                            Depth + 1);
    return bindingChoices(CO->getTrueExpr(), Out, P, NonNull, Depth + 1) &&
           bindingChoices(CO->getFalseExpr(), Out, P, !NonNull, Depth + 1);
  }
  if (const VarDecl *VD = readOnlyLocal(E))
    return bindingChoices(VD->getInit(), Out, IfParam, IfNonNull, Depth + 1);
  if ((Ch.Param = readOnlyParam(E)) >= 0) {
    Ch.Kind = E->getType()->isIntegerType() ? SqlChoice::ByNumberParam
                                            : SqlChoice::ByNameParam;
    Out.push_back(Ch);
    return true;
  }
  const Expr *NameArg = E;
  if (auto C = callSite(E)) {
    const FunctionSpec *S = C->FD ? Facts.functionSpec(C->FD) : nullptr;
    NameArg = S && S->Sql && S->Sql->IndexOfName >= 0
                  ? C->at(S->Sql->IndexOfName)
                  : nullptr;
    if (NameArg && (Ch.Param = readOnlyParam(NameArg)) >= 0) {
      Ch.Kind = SqlChoice::ByNameParam;
      Out.push_back(Ch);
      return true;
    }
  }
  std::vector<std::string> Names;
  if (!TU.sqlTables().constantTexts(NameArg, Names))
    return false;
  Ch.Kind = SqlChoice::ByName;
  for (std::string &Name : Names) {
    Ch.Name = std::move(Name);
    Out.push_back(Ch);
  }
  return true;
}

/// Whether \p Ch applies at the call \p C: its null test is not decided
/// the other way by a constant argument.
static bool choiceApplies(ASTContext &Ctx, const SqlTables &Tables,
                          const CallSite &C, const SqlChoice &Ch) {
  const Expr *A = Ch.IfParam >= 0 ? C.at(Ch.IfParam) : nullptr;
  if (!A)
    return true;
  if (A->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return !Ch.IfNonNull;
  std::vector<std::string> Texts;
  if (Tables.constantTexts(A, Texts))
    return Ch.IfNonNull;
  return true;
}

bool Analyzer::bindingStores(const CallSite &C, const SqlBinding &B) {
  const std::vector<std::string> *Texts = statementTexts(C.at(B.Statement));
  if (!Texts)
    return true;
  std::vector<SqlStatement> Statements = readAll(*Texts);
  for (const SqlChoice &Ch : B.Choices) {
    if (!choiceApplies(Ctx, TU.sqlTables(), C, Ch))
      continue;
    std::optional<long long> Number;
    std::vector<std::string> Names;
    const Expr *A = Ch.Param >= 0 ? C.at(Ch.Param) : nullptr;
    Expr::EvalResult N;
    if (Ch.Kind == SqlChoice::ByNumber) {
      Number = Ch.Number;
    } else if (Ch.Kind == SqlChoice::ByName) {
      Names.push_back(Ch.Name);
    } else if (Ch.Kind == SqlChoice::ByNumberParam) {
      if (!A || A->isValueDependent() || !A->getType()->isIntegerType() ||
          !A->EvaluateAsInt(N, Ctx))
        return true;
      Number = N.Val.getInt().getExtValue();
    } else if (!TU.sqlTables().constantTexts(A, Names)) {
      return true;
    }
    if (storesAt(Statements, Number, Names))
      return true;
  }
  return false;
}

} // namespace clang::tidy::privacy
