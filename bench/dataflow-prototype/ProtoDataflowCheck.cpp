//===--- ProtoDataflowCheck.cpp - privacy taint on clang::dataflow -------===//
//
// A prototype, not a product: the check `proto-dataflow` runs a minimal
// personal-data taint analysis on clang::dataflow (FlowSensitive) for every
// function defined in the main file, so that the framework's cost can be
// measured against the purpose-built engine (docs/dataflow-decision.md).
//
// It is built the way a real check on the framework would be, in the shape of
// bugprone-unchecked-optional-access:
//  - one AdornedCFG, DataflowAnalysisContext, WatchedLiteralsSolver and
//    Environment per function, with the framework's built-in transfer
//    functions on (they model storage locations, values and the flow
//    condition; that modelling is most of the cost);
//  - taint lives on the framework's StorageLocations, so it is
//    field-sensitive where the framework gives fields their own locations;
//  - a consent check's bool result is an atom of the flow condition, and a
//    sink with a purpose counts as guarded when the flow condition proves the
//    atom of a consent check for that purpose (a SAT query): the path
//    sensitivity the engine does not have;
//  - findings are reported from the post-fixpoint callback.
// Block-visit and SAT budgets are options; functions the framework refuses,
// or that exceed a budget, are counted, never fatal. At the end of each
// translation unit one line `proto-dataflow-stats {...}` goes to stderr.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Analysis/FlowSensitive/AdornedCFG.h"
#include "clang/Analysis/FlowSensitive/Arena.h"
#include "clang/Analysis/FlowSensitive/DataflowAnalysis.h"
#include "clang/Analysis/FlowSensitive/DataflowAnalysisContext.h"
#include "clang/Analysis/FlowSensitive/DataflowEnvironment.h"
#include "clang/Analysis/FlowSensitive/StorageLocation.h"
#include "clang/Analysis/FlowSensitive/Value.h"
#include "clang/Analysis/FlowSensitive/WatchedLiteralsSolver.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <map>
#include <string>

namespace clang::tidy::proto {
namespace {

using namespace clang::dataflow;

// --- What the annotations say -------------------------------------------

std::optional<StringRef> annotationArg(const AnnotateAttr *A) {
  if (A->args_size() == 0)
    return std::nullopt;
  const Expr *E = *A->args_begin();
  if (const auto *CE = dyn_cast<ConstantExpr>(E))
    E = CE->getSubExpr();
  if (const auto *S = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts()))
    return S->getString();
  return std::nullopt;
}

bool hasAnnotationPrefix(const Decl *D, StringRef Prefix) {
  if (!D)
    return false;
  for (const auto *A : D->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation().starts_with(Prefix))
      return true;
  return false;
}

bool isCategoryDecl(const Decl *D) {
  return hasAnnotationPrefix(D, "privacy:category:");
}

/// What a callee is, from its annotations (first declaration that says).
struct CalleeRole {
  bool Anonymizer = false;
  bool Sink = false;
  std::optional<StringRef> ConsentPurpose;
  std::optional<StringRef> SinkPurpose;
};

CalleeRole roleOf(const FunctionDecl *FD) {
  CalleeRole R;
  if (!FD)
    return R;
  for (const FunctionDecl *D : FD->redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
      StringRef N = A->getAnnotation();
      if (N == "privacy:anonymizer")
        R.Anonymizer = true;
      else if (N.starts_with("privacy:sink:"))
        R.Sink = true;
      else if (N == "privacy:consent")
        R.ConsentPurpose = annotationArg(A);
      else if (N == "privacy:purpose")
        R.SinkPurpose = annotationArg(A);
    }
  return R;
}

/// Type-level sources: a typedef or record annotated with a category is
/// personal as a whole; a record with such fields, a container of them, or a
/// pointer/reference to them carries personal data.
class TypeOracle {
public:
  bool isPersonal(QualType T) {
    for (int Depth = 0; Depth < 8 && !T.isNull(); ++Depth) {
      if (const auto *TT = T->getAs<TypedefType>())
        if (isCategoryDecl(TT->getDecl()))
          return true;
      if (const auto *RD = T->getAsRecordDecl())
        return isCategoryDecl(RD);
      if (T->isReferenceType() || T->isPointerType()) {
        T = T->getPointeeType();
        continue;
      }
      const auto *TT = T->getAs<TypedefType>();
      if (!TT)
        return false;
      T = TT->desugar();
    }
    return false;
  }

  bool carriesPersonal(QualType T, int Depth = 0) {
    if (T.isNull() || Depth > 4)
      return false;
    auto It = Carries.find(T.getAsOpaquePtr());
    if (It != Carries.end())
      return It->second;
    Carries[T.getAsOpaquePtr()] = false; // Breaks recursive types.
    bool Result = computeCarries(T, Depth);
    Carries[T.getAsOpaquePtr()] = Result;
    return Result;
  }

private:
  bool computeCarries(QualType T, int Depth) {
    if (isPersonal(T))
      return true;
    if (T->isReferenceType() || T->isPointerType())
      return carriesPersonal(T->getPointeeType(), Depth + 1);
    if (const auto *AT = T->getAsArrayTypeUnsafe())
      return carriesPersonal(AT->getElementType(), Depth + 1);
    const auto *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return false;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
        if (Arg.getKind() == TemplateArgument::Type &&
            carriesPersonal(Arg.getAsType(), Depth + 1))
          return true;
    if (!RD->hasDefinition())
      return false;
    for (const FieldDecl *F : RD->fields())
      if (isCategoryDecl(F) || isPersonal(F->getType()))
        return true;
    return false;
  }

  llvm::DenseMap<void *, bool> Carries;
};

// --- The lattice ----------------------------------------------------------

/// May-taint state at a program point: the storage locations that hold
/// personal data as a whole, and the consent checks executed on some path.
struct TaintLattice {
  llvm::DenseSet<const StorageLocation *> Tainted;
  llvm::DenseSet<const CallExpr *> Consents;

  LatticeJoinEffect join(const TaintLattice &Other) {
    size_t Before = Tainted.size() + Consents.size();
    Tainted.insert(Other.Tainted.begin(), Other.Tainted.end());
    Consents.insert(Other.Consents.begin(), Other.Consents.end());
    return Before == Tainted.size() + Consents.size()
               ? LatticeJoinEffect::Unchanged
               : LatticeJoinEffect::Changed;
  }

  friend bool operator==(const TaintLattice &A, const TaintLattice &B) {
    if (A.Tainted.size() != B.Tainted.size() ||
        A.Consents.size() != B.Consents.size())
      return false;
    for (const StorageLocation *L : A.Tainted)
      if (!B.Tainted.contains(L))
        return false;
    for (const CallExpr *C : A.Consents)
      if (!B.Consents.contains(C))
        return false;
    return true;
  }
};

// --- The analysis -----------------------------------------------------------

struct Finding {
  SourceLocation Loc;
  std::string Sink;
};

class TaintAnalysis : public DataflowAnalysis<TaintAnalysis, TaintLattice> {
public:
  TaintAnalysis(ASTContext &Ctx, TypeOracle &Types)
      : DataflowAnalysis(Ctx), Types(Types) {}

  TaintLattice initialElement() { return {}; }

  void transfer(const CFGElement &Elt, TaintLattice &L, Environment &Env) {
    auto S = Elt.getAs<CFGStmt>();
    if (!S)
      return;
    const Stmt *St = S->getStmt();
    if (const auto *DS = dyn_cast<DeclStmt>(St)) {
      transferDecl(*DS, L, Env);
      return;
    }
    const auto *E = dyn_cast<Expr>(St);
    if (!E)
      return;
    bool Whole = false;
    bool Any = evaluate(*E, L, Env, Whole);
    if (Any)
      AnyTainted.insert(E);
    if (Whole)
      WholeTainted.insert(E);
    applyEffects(*E, L, Env);
  }

  /// After the fixpoint: a sink call whose arguments are tainted.
  void diagnose(const CFGElement &Elt, const TaintLattice &L,
                const Environment &Env, std::vector<Finding> &Out) {
    auto S = Elt.getAs<CFGStmt>();
    if (!S)
      return;
    const auto *CE = dyn_cast<CallExpr>(S->getStmt());
    if (!CE || Reported.contains(CE))
      return;
    const FunctionDecl *Callee = CE->getDirectCallee();
    CalleeRole Role = roleOf(Callee);
    if (!Role.Sink)
      return;
    bool Tainted = false;
    for (const Expr *Arg : CE->arguments())
      Tainted |= isAny(Arg);
    if (!Tainted)
      return;
    ++SinksReached;
    if (Role.SinkPurpose && consentProven(*Role.SinkPurpose, L, Env)) {
      ++SinksGuarded;
      return;
    }
    Reported.insert(CE);
    Out.push_back({CE->getBeginLoc(), Callee->getNameAsString()});
  }

  unsigned SinksReached = 0;
  unsigned SinksGuarded = 0;
  unsigned SatQueries = 0;

private:
  /// Wrappers the CFG may leave out as elements of their own (the
  /// initializer of a DeclStmt is often an ExprWithCleanups).
  static const Expr *unwrap(const Expr *E) {
    E = E->IgnoreParens();
    if (const auto *FE = dyn_cast<FullExpr>(E))
      return FE->getSubExpr();
    if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
      return MT->getSubExpr();
    if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      return BT->getSubExpr();
    if (const auto *IC = dyn_cast<ImplicitCastExpr>(E))
      return IC->getSubExpr();
    return nullptr;
  }
  bool isAny(const Expr *E) const {
    for (int Depth = 0; E && Depth < 8; ++Depth, E = unwrap(E))
      if (AnyTainted.contains(E->IgnoreParens()))
        return true;
    return false;
  }
  bool isWhole(const Expr *E) const {
    for (int Depth = 0; E && Depth < 8; ++Depth, E = unwrap(E))
      if (WholeTainted.contains(E->IgnoreParens()))
        return true;
    return false;
  }

  static bool locWhole(const StorageLocation *Loc, const TaintLattice &L) {
    return Loc && L.Tainted.contains(Loc);
  }

  /// Whether some part of a record location is tainted (bounded depth).
  static bool locAny(const StorageLocation *Loc, const TaintLattice &L,
                     int Depth = 0) {
    if (!Loc || Depth > 3)
      return false;
    if (L.Tainted.contains(Loc))
      return true;
    if (const auto *R = dyn_cast<RecordStorageLocation>(Loc))
      for (const auto &Child : R->children())
        if (locAny(Child.second, L, Depth + 1))
          return true;
    return false;
  }

  static const StorageLocation *locOf(const Expr &E, const Environment &Env) {
    if (!E.isGLValue())
      return nullptr;
    return Env.getStorageLocation(E);
  }

  /// Computes the taint of `E` from its children, which the CFG has
  /// evaluated before it. `Whole` is set when the object as a whole is
  /// personal (reading any part of it is), the result when any part is.
  bool evaluate(const Expr &E, const TaintLattice &L, const Environment &Env,
                bool &Whole) {
    const StorageLocation *Loc = locOf(E, Env);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(&E)) {
      const ValueDecl *D = DRE->getDecl();
      Whole = locWhole(Loc, L) || isCategoryDecl(D) ||
              Types.isPersonal(D->getType());
      return Whole || locAny(Loc, L) ||
             (isa<ParmVarDecl>(D) && Types.carriesPersonal(D->getType()));
    }
    if (const auto *ME = dyn_cast<MemberExpr>(&E)) {
      const ValueDecl *D = ME->getMemberDecl();
      Whole = locWhole(Loc, L) || isWhole(ME->getBase()) ||
              isCategoryDecl(D) || Types.isPersonal(D->getType());
      return Whole || locAny(Loc, L);
    }
    if (const auto *CE = dyn_cast<CallExpr>(&E)) {
      CalleeRole Role = roleOf(CE->getDirectCallee());
      if (Role.Anonymizer || Role.ConsentPurpose)
        return false;
      bool Any = Types.carriesPersonal(CE->getType());
      for (const Expr *Arg : CE->arguments())
        Any |= isAny(Arg);
      if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE))
        Any |= isAny(MCE->getImplicitObjectArgument());
      Whole = Any;
      return Any;
    }
    if (isa<CXXConstructExpr>(&E) || isa<InitListExpr>(&E) ||
        isa<CastExpr>(&E) || isa<UnaryOperator>(&E) ||
        isa<BinaryOperator>(&E) || isa<AbstractConditionalOperator>(&E) ||
        isa<MaterializeTemporaryExpr>(&E) || isa<CXXBindTemporaryExpr>(&E) ||
        isa<ExprWithCleanups>(&E) || isa<ArraySubscriptExpr>(&E) ||
        isa<CXXDefaultArgExpr>(&E) || isa<CXXStdInitializerListExpr>(&E)) {
      bool Any = locAny(Loc, L);
      for (const Stmt *Child : E.children())
        if (const auto *CE = dyn_cast_or_null<Expr>(Child))
          Any |= isAny(CE);
      if (const auto *CO = dyn_cast<AbstractConditionalOperator>(&E))
        Any &= !isAny(CO->getCond()) || isAny(CO->getTrueExpr()) ||
               isAny(CO->getFalseExpr());
      Whole = Any;
      return Any;
    }
    Whole = locWhole(Loc, L);
    return Whole;
  }

  /// The object an expression names, following `os << a << b` to `os`.
  static const Expr *rootObject(const Expr *E) {
    while (true) {
      E = E->IgnoreParenImpCasts();
      const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      if (!Op || Op->getNumArgs() == 0 ||
          (Op->getOperator() != OO_LessLess &&
           Op->getOperator() != OO_PlusEqual))
        return E;
      E = Op->getArg(0);
    }
  }

  void taintObject(const Expr *E, TaintLattice &L, const Environment &Env) {
    E = rootObject(E);
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenImpCasts();
    if (const StorageLocation *Loc = locOf(*E, Env))
      L.Tainted.insert(Loc);
  }

  void applyEffects(const Expr &E, TaintLattice &L, Environment &Env) {
    if (const auto *BO = dyn_cast<BinaryOperator>(&E)) {
      if (!BO->isAssignmentOp())
        return;
      const StorageLocation *Loc = locOf(*BO->getLHS(), Env);
      if (!Loc)
        return;
      if (isAny(BO->getRHS()))
        L.Tainted.insert(Loc);
      else if (BO->getOpcode() == BO_Assign)
        L.Tainted.erase(Loc);
      return;
    }
    const auto *CE = dyn_cast<CallExpr>(&E);
    if (!CE)
      return;
    const FunctionDecl *Callee = CE->getDirectCallee();
    CalleeRole Role = roleOf(Callee);
    if (Role.ConsentPurpose) {
      // One atom per consent call for the whole function, so the lattice
      // stays finite; the branch on it enters the flow condition.
      BoolValue *&V = ConsentValue[CE];
      if (!V)
        V = &Env.makeAtomicBoolValue();
      Env.setValue(*CE, *V);
      L.Consents.insert(CE);
      return;
    }
    if (Role.Anonymizer || Role.Sink)
      return;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (Op->getNumArgs() < 2)
        return;
      OverloadedOperatorKind K = Op->getOperator();
      if (K != OO_Equal && K != OO_PlusEqual && K != OO_LessLess)
        return;
      bool Rhs = false;
      for (unsigned I = 1; I < Op->getNumArgs(); ++I)
        Rhs |= isAny(Op->getArg(I));
      if (Rhs)
        taintObject(Op->getArg(0), L, Env);
      else if (K == OO_Equal)
        if (const StorageLocation *Loc = locOf(*Op->getArg(0), Env))
          L.Tainted.erase(Loc);
      return;
    }
    bool ArgsTainted = false;
    for (const Expr *Arg : CE->arguments())
      ArgsTainted |= isAny(Arg);
    if (!ArgsTainted || !Callee)
      return;
    // Tainted input flows into what the callee may write: a non-const
    // object of a member call and non-const reference or pointer arguments.
    if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE))
      if (const auto *MD = MCE->getMethodDecl(); MD && !MD->isConst())
        taintObject(MCE->getImplicitObjectArgument(), L, Env);
    for (unsigned I = 0; I < CE->getNumArgs() && I < Callee->getNumParams();
         ++I) {
      QualType P = Callee->getParamDecl(I)->getType();
      if ((P->isLValueReferenceType() || P->isPointerType()) &&
          !P->getPointeeType().isConstQualified())
        taintObject(CE->getArg(I), L, Env);
    }
  }

  void transferDecl(const DeclStmt &DS, TaintLattice &L, Environment &Env) {
    for (const Decl *D : DS.decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD)
        continue;
      const StorageLocation *Loc = Env.getStorageLocation(*VD);
      if (!Loc)
        continue;
      if (isCategoryDecl(VD) || isAny(VD->getInit()))
        L.Tainted.insert(Loc);
      else if (!VD->getType()->isReferenceType())
        L.Tainted.erase(Loc);
    }
  }

  /// One SAT query per sink: does the flow condition imply that some
  /// consent check for the sink's purpose returned true?
  bool consentProven(StringRef Purpose, const TaintLattice &L,
                     const Environment &Env) {
    const Formula *AnyConsent = nullptr;
    for (const CallExpr *C : L.Consents) {
      CalleeRole Role = roleOf(C->getDirectCallee());
      if (!Role.ConsentPurpose || *Role.ConsentPurpose != Purpose)
        continue;
      auto It = ConsentValue.find(C);
      if (It == ConsentValue.end())
        continue;
      const Formula &F = It->second->formula();
      AnyConsent = AnyConsent ? &Env.arena().makeOr(*AnyConsent, F) : &F;
    }
    if (!AnyConsent)
      return false;
    ++SatQueries;
    return Env.proves(*AnyConsent);
  }

  TypeOracle &Types;
  // Taint of each expression at its (single) program point. A may-analysis
  // with gen/kill transfer is monotone, so the values only grow toward the
  // fixpoint and need not live in the lattice.
  llvm::DenseSet<const Expr *> AnyTainted;
  llvm::DenseSet<const Expr *> WholeTainted;
  llvm::DenseMap<const CallExpr *, BoolValue *> ConsentValue;
  llvm::DenseSet<const CallExpr *> Reported;
};

// --- The check --------------------------------------------------------------

struct Stats {
  unsigned Functions = 0;
  unsigned Ok = 0;
  unsigned BuildFailed = 0;
  unsigned OverBlockBudget = 0;
  unsigned OverSatBudget = 0;
  unsigned OtherError = 0;
  unsigned Findings = 0;
  unsigned SinksReached = 0;
  unsigned SinksGuarded = 0;
  unsigned SatQueries = 0;
  double Seconds = 0;
  std::map<std::string, unsigned> Errors;
};

class ProtoDataflowCheck : public ClangTidyCheck {
public:
  ProtoDataflowCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context),
        MaxBlockVisits(Options.get("MaxBlockVisits", kDefaultMaxBlockVisits)),
        MaxSatIterations(Options.get("MaxSATIterations",
                                     static_cast<int64_t>(1'000'000))) {}

  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "MaxBlockVisits", MaxBlockVisits);
    Options.store(Opts, "MaxSATIterations", MaxSatIterations);
  }

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

  void registerMatchers(ast_matchers::MatchFinder *Finder) override {
    using namespace ast_matchers;
    Finder->addMatcher(functionDecl(isDefinition(), hasBody(stmt()),
                                    isExpansionInMainFile(),
                                    unless(isExpansionInSystemHeader()))
                           .bind("fn"),
                       this);
  }

  void check(const ast_matchers::MatchFinder::MatchResult &Result) override {
    if (Result.SourceManager->getDiagnostics().hasUncompilableErrorOccurred())
      return;
    const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
    if (!FD || FD->isTemplated() || FD->isDeleted() || FD->isDefaulted())
      return;
    if (File.empty())
      File = Result.SourceManager
                 ->getFilename(Result.SourceManager->getLocForStartOfFile(
                     Result.SourceManager->getMainFileID()))
                 .str();
    ++S.Functions;
    auto Start = std::chrono::steady_clock::now();
    std::vector<Finding> Found = analyze(*FD, *Result.Context);
    S.Seconds += std::chrono::duration<double>(
                     std::chrono::steady_clock::now() - Start)
                     .count();
    for (const Finding &F : Found)
      diag(F.Loc, "personal data reaches sink '%0' without consent or "
                  "anonymisation") << F.Sink;
    S.Findings += Found.size();
  }

  void onEndOfTranslationUnit() override {
    llvm::errs() << "proto-dataflow-stats {\"file\": \"" << File
                 << "\", \"functions\": " << S.Functions
                 << ", \"ok\": " << S.Ok
                 << ", \"build_failed\": " << S.BuildFailed
                 << ", \"over_block_budget\": " << S.OverBlockBudget
                 << ", \"over_sat_budget\": " << S.OverSatBudget
                 << ", \"other_error\": " << S.OtherError
                 << ", \"findings\": " << S.Findings
                 << ", \"sinks_reached\": " << S.SinksReached
                 << ", \"sinks_guarded\": " << S.SinksGuarded
                 << ", \"sat_queries\": " << S.SatQueries
                 << ", \"seconds\": " << S.Seconds << ", \"errors\": {";
    bool First = true;
    for (const auto &[Msg, N] : S.Errors) {
      llvm::errs() << (First ? "" : ", ") << "\"";
      llvm::errs().write_escaped(Msg) << "\": " << N;
      First = false;
    }
    llvm::errs() << "}}\n";
    S = Stats();
    File.clear();
  }

private:
  std::vector<Finding> analyze(const FunctionDecl &FD, ASTContext &Ctx) {
    std::vector<Finding> Found;
    llvm::Expected<AdornedCFG> ACFG = AdornedCFG::build(FD);
    if (!ACFG) {
      ++S.BuildFailed;
      ++S.Errors["build: " + llvm::toString(ACFG.takeError())];
      return Found;
    }
    auto Solver = std::make_unique<WatchedLiteralsSolver>(MaxSatIterations);
    DataflowAnalysisContext DACtx(*Solver);
    Environment Env(DACtx, FD);
    TaintAnalysis Analysis(Ctx, Types);
    std::vector<Finding> Pending;
    CFGEltCallbacks<TaintAnalysis> Callbacks;
    Callbacks.After = [&](const CFGElement &Elt,
                          const DataflowAnalysisState<TaintLattice> &State) {
      Analysis.diagnose(Elt, State.Lattice, State.Env, Pending);
    };
    auto Result = runDataflowAnalysis(*ACFG, Analysis, Env, Callbacks,
                                      MaxBlockVisits);
    S.SinksReached += Analysis.SinksReached;
    S.SinksGuarded += Analysis.SinksGuarded;
    S.SatQueries += Analysis.SatQueries;
    if (!Result) {
      std::string Msg;
      bool TimedOut = false;
      llvm::handleAllErrors(
          Result.takeError(), [&](const llvm::ErrorInfoBase &E) {
            Msg = E.message();
            TimedOut = E.convertToErrorCode() ==
                       std::make_error_code(std::errc::timed_out);
          });
      ++(TimedOut ? S.OverBlockBudget : S.OtherError);
      ++S.Errors["run: " + Msg];
      return Found;
    }
    if (Solver->reachedLimit()) {
      // Results computed after the solver gave up are unreliable; a real
      // check drops them, as diagnoseFunction does.
      ++S.OverSatBudget;
      ++S.Errors["SAT solver timed out"];
      return Found;
    }
    ++S.Ok;
    return Pending;
  }

  const int32_t MaxBlockVisits;
  const int64_t MaxSatIterations;
  TypeOracle Types;
  Stats S;
  std::string File;
};

class ProtoModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ProtoDataflowCheck>("proto-dataflow");
  }
};

} // namespace

static ClangTidyModuleRegistry::Add<ProtoModule>
    Registration("proto-dataflow-module",
                 "Prototype privacy taint analysis on clang::dataflow.");

} // namespace clang::tidy::proto
