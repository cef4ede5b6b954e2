//===--- Analyzer.h - One function's dataflow, shared state ----*- C++ -*-===//
//
// Private to the engine. The analysis of one function is one Analyzer; its
// parts live in one file per concept:
//   Places.cpp       access paths, aliases, reads and writes of the state
//   PointsTo.cpp     what pointers held in locals and fields may point into
//   Sources.cpp      what declarations and types say is personal
//   Transfer.cpp     the value and effect of each expression and statement
//   CallEffects.cpp  a call: one handler per FunctionSpec effect
//   Summaries.cpp    callee summaries applied at a call; this one's built
//   Sinks.cpp        sink hits, sink objects, consent facts
//   SqlCalls.cpp     the SQL a sink's values go into: stored or a key
//   Solver.cpp       the lattice join and the worklist over the CFG
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_ANALYZER_H
#define PRIVACY_TIDY_ENGINE_ANALYZER_H

#include "CowMap.h"
#include "FunctionAnalysis.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <set>

namespace clang::tidy::privacy {

/// The fields a record's initialiser list gives values to, with their
/// initialisers, in order (a union's: only the member it initialises).
/// Empty when the list initialises no record.
llvm::SmallVector<std::pair<const FieldDecl *, const Expr *>, 4>
fieldInits(const InitListExpr *ILE);

/// A variable or `this`, then at most MaxFieldDepth fields.
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
    if (fitsField(R.Fields, F))
      R.Fields.push_back(F);
    return R;
  }
};

/// An lvalue: where a write goes. Weak writes merge (array elements,
/// container elements, pointees of unknown pointers).
struct LPath {
  AccessPath P;
  bool Weak = false;
  /// Reached through a pointer (`*p`, `p->f`, `p[i]`): the path names the
  /// pointer's place, not the pointee's, so what is written there says
  /// nothing about the truth of the place itself.
  bool Indirect = false;
  /// Reached by reading a pointer (`p` as a call's destination, `*p`,
  /// `p->f`): the write is to what it points to, never re-points it.
  bool Deref = false;
  /// The same place under the other objects the pointer may point into
  /// (State::PointsTo): a write reaches each of them too, weakly.
  std::vector<AccessPath> Also;

  /// The field F of this place, wherever the place may be. A field of a
  /// pointee is a place of its own: a write there re-points it.
  void child(const FieldDecl *F) {
    Deref = false;
    AccessPath C = P.child(F);
    // Beyond MaxFieldDepth the path stops at an ancestor: a write to the
    // field changes a part of it and must not replace the whole (the
    // siblings `msg.gmm.accept.guti` of `msg.gmm.accept.feature.length`).
    if (C.Fields.size() == P.Fields.size())
      Weak = true;
    P = std::move(C);
    for (AccessPath &A : Also)
      A = A.child(F);
  }
};

/// The dataflow state at a program point.
struct State {
  bool Reached = false;
  /// Shared with the states it was copied from until written (CowMap.h).
  CowMap<AccessPath, Value> Env;
  std::map<const VarDecl *, AccessPath> Alias;
  PurposeSet Consent; ///< holds on every path here
  /// Places attached to containers by a `links` call: a write into the key
  /// (or below it) is also a weak write into each container. A may fact:
  /// joins unite.
  std::map<AccessPath, std::set<AccessPath>> Links;
  /// What a pointer held in a local or a field (`p = buf`, `sb.pos =
  /// sb.buf`) may point into, beyond its own place, which by convention
  /// stands for its pointee too. A may fact: joins unite.
  CowMap<AccessPath, std::set<AccessPath>> PointsTo;

  /// Joins O into this state; true if this state changed.
  bool join(const State &O);
  /// The same, taking O's maps when this state is not reached yet.
  bool join(State &&O);
};

/// A pointer or reference to non-const: what the callee may write, the
/// caller sees.
inline bool writesThrough(QualType T) {
  return (T->isPointerType() || T->isReferenceType()) &&
         !T->getPointeeType().isConstQualified();
}

/// Whether \p PointsTo already says \p Pointer may point to \p Target.
inline bool mayPointTo(const CowMap<AccessPath, std::set<AccessPath>> &PointsTo,
                       const AccessPath &Pointer, const AccessPath &Target) {
  auto It = PointsTo.find(Pointer);
  return It != PointsTo.end() && It->second.count(Target);
}

/// Whether \p Env need not hold \p V at \p P: it reads the same absent.
/// \p V carries nothing, and P is a local number or pointer itself (not a
/// record, whose filled fields LocalObjects.cpp reads from the state, nor an
/// array), or a place in a global that no enclosing entry would show
/// through. Never a parameter's or `this`'s place: a function summary's
/// writes are read from those.
bool holdsNothing(const std::map<AccessPath, Value> &Env, const AccessPath &P,
                  const Value &V);

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

/// A call being interpreted: what every effect handler reads and the result
/// it builds.
struct CallEffect {
  const CallSite &C;
  const FunctionSpec *Spec; ///< nullptr: no annotation, no model
  SourceLocation Loc;
  std::string Name;
  Value R;
};

std::string describe(const NamedDecl *D);
/// The callee's name; empty for an indirect call (Messages: calleeText).
std::string calleeName(const CallSite &C);
/// The trace T followed by Tail's steps (Tail's source becomes a step),
/// shared, not copied; a long path keeps both ends (MaxTraceSteps).
Trace concat(Trace Head, const Trace &Tail);

/// How a function writes its local aggregates (LocalObjects.cpp).
struct LocalWrites {
  /// Parts whose address goes to a call (any but a sink's) or a pointer.
  std::map<const VarDecl *, std::vector<FieldPath>> Filled;
  /// `m = (struct gsup){ ... }`: the lists it is built from.
  std::map<const VarDecl *, std::vector<const InitListExpr *>> LiteralAssigns;
  std::set<const VarDecl *> OtherAssigns; ///< `m = anything else`
  /// `memset(&m, 0, sizeof m)`, `bzero(&m, n)`: zeroed whole, as by `{0}`.
  std::set<const VarDecl *> Zeroed;
  /// Parts of the callers' objects written through a parameter (`p->f =`,
  /// `&p->f` or `p` given to a call that may write there).
  std::map<const ParmVarDecl *, std::vector<FieldPath>> ParamFilled;
};

/// The SQL texts a function's statement locals were prepared from
/// (SqlCalls.cpp). Every reference to such a local must be a read, a
/// `= NULL`, or the statement argument of a prepare of constant text; a
/// local referenced otherwise is Unknown.
struct StatementTexts {
  std::map<const VarDecl *, std::vector<std::string>> Texts;
  llvm::DenseSet<const VarDecl *> Unknown;
  llvm::DenseSet<const DeclRefExpr *> Seen; ///< accounted-for references
  std::vector<const DeclRefExpr *> Refs;
  llvm::DenseSet<const DeclRefExpr *> Reads; ///< lvalue-to-rvalue uses
  /// Variables referenced other than by a read (written, address taken).
  llvm::DenseSet<const VarDecl *> NotOnlyRead;
  /// A handle table element read directly (`ctx->stmt[K]`): its texts,
  /// empty when unknown.
  llvm::DenseMap<const Expr *, std::vector<std::string>> ReadTexts;
};

/// The state of one function's analysis. Everything is public: the files
/// listed above are its parts, not its clients.
class Analyzer {
public:
  Analyzer(TranslationUnitAnalysis &TU, const FunctionDecl *FD);
  FunctionSummary run();

  TranslationUnitAnalysis &TU;
  const FunctionDecl *FD;
  ASTContext &Ctx;
  DeclFacts &Facts;
  const SourceManager &SM;
  bool IsLambda = false;
  std::unique_ptr<CFG> Cfg;
  State Cur;
  bool Reporting = false; ///< the pass over the fixpoint, which records
  llvm::DenseMap<const Expr *, Value> Cache;
  /// Calls returning `void *` that the body converts to a pointer to a
  /// record, with that type (resultTypeAsUsed); scanned on first need.
  std::optional<llvm::DenseMap<const Expr *, QualType>> VoidResultUses;
  FunctionSummary Sum;
  std::vector<ConsentSeen> ConsentChecks;
  std::map<std::tuple<Label, unsigned, unsigned>, size_t> SumSinkKeys;
  bool ReturnConsentSeen = false, ReturnNegConsentSeen = false;
  PurposeSet ReturnConsent, ReturnNegConsent;
  /// Locals whose address escapes (&v, a reference binding, a by-reference
  /// capture, an array decaying to a pointer): code the analysis does not
  /// see (a callee, a write through an unknown pointer) may change them.
  llvm::DenseSet<const VarDecl *> Escaped;
  /// Whether the body creates a lambda: creating one instantiates its
  /// summary in a reporting visit, which changes the state (no one-pass).
  bool HasLambda = false;
  /// An edge never taken, found by a reporting visit (a coverage fact).
  struct PrunedEdge {
    const CFGBlock *From;
    unsigned Succ; ///< the index of the edge among From's successors
    /// The variables that hold personal data where the edge leaves From.
    std::set<const ValueDecl *> Holding;
  };
  std::vector<PrunedEdge> PrunedEdges;
  /// LocalObjects.cpp: how the function writes its locals whole or where
  /// the analysis does not follow (an address given to a call), built once.
  std::unique_ptr<LocalWrites> Locals;
  std::map<const VarDecl *, std::vector<FieldPath>> Initialised;
  const LocalWrites &localWrites();
  bool builtHere(const VarDecl *VD);
  bool implementsSink(const SinkSpec &S);
  const std::vector<FieldPath> &filledFields(const VarDecl *VD);
  /// Puts LocalWrites::ParamFilled into the summary (FunctionSummary::ParamFills).
  void summariseFills();
  /// V without the declared field categories of fields VD never received.
  Value onlyFilledFields(const VarDecl *VD, const Value &V);
  bool CaptureFieldsBuilt = false;
  llvm::DenseMap<const ValueDecl *, FieldDecl *> CaptureFields;

  // Sources.cpp
  Value staticOfDecl(const Decl *D);
  Value staticOfType(QualType T, const NamedDecl *Named);
  Value staticOfType(QualType T, const NamedDecl *Named,
                     const std::string &Name, SourceLocation NameLoc);
  Value staticOfPath(const AccessPath &P);
  /// Whether the member \p ME reads, or one it is read through, is an
  /// excluded member (`excludeFields`): then its declaration and type are
  /// no source.
  bool underExcludedMember(const MemberExpr *ME);
  void markHeldBy(const ParmVarDecl *P, Value &V) const;
  Value withHolder(const Decl *D, Value V) const;
  Value visibleThrough(QualType T, unsigned Depth);
  /// The part of \p V at member \p F: projectField, except that the whole
  /// object's data stays out of a member its type's model excludes.
  Value project(const Value &V, const FieldDecl *F);
  const FieldDecl *captureField(const ValueDecl *VD);

  // Places.cpp
  AccessPath resolve(const AccessPath &P) const;
  bool aliasedVariable(const Expr *E) const;
  std::optional<LPath> lvaluePath(const Expr *E, unsigned Depth = 0);
  std::optional<LPath> lvaluePathOfCall(const Expr *E, unsigned Depth);
  std::string pathName(const AccessPath &P) const;
  Value readPath(const AccessPath &P);
  Value readGlobal(const VarDecl *VD, const AccessPath &P);
  void writePath(const LPath &LP, Value V, SourceLocation Loc,
                 bool AddStep = true);
  void writeGlobal(const VarDecl *VD, const AccessPath &P, const Value &V,
                   SourceLocation Loc, bool Stores = true);
  QualType placeType(const VarDecl *VD, const AccessPath &P) const;
  const RecordDecl *objectRecordOf(const Taint &T) const;
  /// The type of the part of this function's parameter a parameter label
  /// stands for (through its ParamPath, references removed); null for
  /// other labels.
  QualType paramPartType(const Label &L) const;
  bool isPointedNumber(const Taint &T) const;
  /// A pointer to a number other than a character: it links to the number
  /// (a character pointer is a string or bytes, the data itself).
  static bool pointsToNumber(QualType T);
  /// What a write of V into a place of static storage of type Place keeps
  /// (retention is storage, not linking an object).
  Value storedData(const Value &V, QualType Place) const;
  /// Forgets what is known about the truth of P and of everything below it.
  void forgetConsent(const AccessPath &P);
  /// Forgets the truth of every place that code the analysis does not see
  /// may write: escaped locals, globals, `this`, referents of references.
  void forgetUnseenWrites();
  bool unseenCodeMayWrite(const AccessPath &P) const;
  /// Data flows into the object \p Obj (named \p ObjName) through \p Fn.
  void writeInto(const Expr *Obj, const Value &V, SourceLocation Loc,
                 const std::string &ObjName, const std::string &Fn);

  // PointsTo.cpp
  /// LP is the place a pointer read out of it points to (`*p`, `p->f`,
  /// `p` as a destination): adds the pointer's other targets to LP.Also.
  void throughPointer(LPath &LP, bool KeepPlaces = false) const;
  std::set<AccessPath> placesOf(const LPath &LP) const;
  /// The places the pointer value E may point into.
  std::set<AccessPath> pointeesOf(const Expr *E, unsigned Depth = 0);
  std::set<AccessPath> pointeesOfPlace(const Expr *E);
  /// What the pointers at and below Dest point into after `Dest = E` (an
  /// assignment, an initialiser, a copy): read before the write, applied
  /// after it.
  using PointeeFacts = std::vector<std::pair<LPath, std::set<AccessPath>>>;
  void collectPointees(const LPath &Dest, const Expr *E, PointeeFacts &Out,
                       unsigned Depth = 0);
  void applyPointees(const PointeeFacts &Facts);
  void forgetPointees(const AccessPath &P);
  /// What is stored where the pointer value E may point.
  Value readPointees(const Expr *E);
  /// The summary's PointsTo: pointers left in out-parameters' fields that
  /// point into another parameter's object.
  void buildPointsTo(const State &Exit);
  void instantiatePointsTo(const CallSite &C, const FunctionSummary &S);

  // Transfer.cpp
  Value valueOf(const Expr *E);
  Value compute(const Expr *E);
  Value readDeclRef(const DeclRefExpr *DRE);
  Value computeInitList(const InitListExpr *ILE);
  Value computeLambda(const LambdaExpr *LE);
  void transferElement(const CFGElement &E);
  void transferBlock(const CFGBlock *B);
  void transferInitializer(const CXXCtorInitializer &Init);
  void transferVarDecl(const VarDecl *VD);
  void transferReturn(const ReturnStmt *RS);
  void linkResult(const AccessPath &Dest, const Expr *Init);
  /// The containers the value of \p E stays attached to: those a call's
  /// model or summary links its result into, or those of a place.
  std::set<AccessPath> containersOf(const Expr *E);
  /// The summary's Links (Places.cpp).
  void buildLinks(const State &Exit);
  void instantiateLinks(const CallSite &C, const FunctionSummary &S);
  /// The parameter (or ThisArg) \p P is rooted at, if any.
  std::optional<int> paramOf(const AccessPath &P) const;

  // CallEffects.cpp
  std::optional<CallSite> callSite(const Expr *E);
  Value handleCall(const CallSite &C);
  /// handleCall, or for a call through a function pointer each function
  /// stored into it (IndirectCalls), and unknown code if it is open.
  Value handleAnyCall(const CallSite &C);
  Value argValue(const CallSite &C, int Index);
  bool passesAddressOnly(const CallSite &C, int Index) const;
  /// What unknown code may write into the record argument \p I points
  /// to: what it reads, and what comes before it through non-const
  /// pointers (CallEffects.cpp).
  Value recordSources(const CallSite &C, size_t I);
  /// What the arguments (and the object) hold, consent cleared; without
  /// the one at position \p Except (what may be written into it) and,
  /// with \p SkipNumbers, without sizes, counts and indexes.
  Value allArgs(const CallSite &C, bool WithThis,
                std::optional<int> Except = std::nullopt,
                bool SkipNumbers = false);
  std::string describeArgument(const CallSite &C);
  void writeToBuffers(CallEffect &E);
  void writeToBufferObject(CallEffect &E);
  const Expr *chainedObject(const Expr *Obj);
  bool mayCarryArguments(const CallSite &C);
  QualType resultTypeAsUsed(const Expr *Call);
  bool libraryTypeHolds(QualType T, QualType Element, unsigned Depth) const;
  void invokeCallbacks(const CallSite &C);
  // One handler per effect; true when the call is fully interpreted.
  void resultTypeEffect(CallEffect &E);
  bool vaListEffect(CallEffect &E);
  bool pairGetEffect(CallEffect &E);
  bool consentCheckEffect(CallEffect &E);
  bool deletionEffect(CallEffect &E);
  bool anonymizerEffect(CallEffect &E);
  bool sinkEffect(CallEffect &E);
  bool pseudonymizerEffect(CallEffect &E);
  bool barrierEffect(CallEffect &E);
  bool returnSourceEffect(CallEffect &E);
  bool propagationEffect(CallEffect &E);
  void propagateTo(CallEffect &E, int To, const Value &V, bool Replace);
  Value takenFrom(const CallEffect &E, int Arg,
                  llvm::ArrayRef<std::string> FromAt);
  Value placeAt(const CallEffect &E, int To, const Value &V,
                llvm::ArrayRef<std::string> At);
  bool returnsAliasEffect(CallEffect &E);
  bool linksEffect(CallEffect &E);
  /// A write at P reaches the containers P is linked into.
  void writeLinked(const AccessPath &P, const Value &V, SourceLocation Loc,
                   unsigned Depth);
  bool modelledEffect(CallEffect &E);
  bool summaryEffect(CallEffect &E);
  bool specialMemberEffect(CallEffect &E);
  bool unknownCodeEffect(CallEffect &E);
  void writeToSinkObjects(CallEffect &E);

  // Summaries.cpp
  std::vector<const FunctionSummary *> summariesFor(const CallSite &C);
  Value labelValue(const CallSite &C, const Label &L);
  Value instantiate(const CallSite &C, const Value &V, StepKind Step);
  void instantiateSummary(const CallSite &C, const FunctionSummary &S,
                          Value &R);
  void instantiateConsent(const CallSite &C, const FunctionSummary &S,
                          Value &R);
  void instantiateWrites(const CallSite &C, const FunctionSummary &S,
                         Value &R);
  void instantiateSink(const CallSite &C, const SinkHit &H);
  void instantiateHeldSink(const CallSite &C, SinkHit H);
  const VarDecl *localObjectOf(const Expr *E);
  /// A callee's hit as seen from a call at Loc. EntersHere: the data is
  /// the call's argument, so an imported hit is reported at the call;
  /// otherwise at the sink, in the callee.
  void deliverCalleeSink(SinkHit N, SourceLocation Loc, bool EntersHere);
  void buildWrites(const State &Exit);

  // Sinks.cpp
  /// \p GroupLoc: the chain of calls into one sink object the hit belongs
  /// to (Flow::GroupLoc); invalid for any other sink.
  void recordSink(const SinkSpec &S, const Value &V, SourceLocation Loc,
                  const SinkSubject &Desc, bool ViaCall = false,
                  SourceLocation GroupLoc = SourceLocation(),
                  std::shared_ptr<const SqlBinding> Sql = nullptr);
  void dispatch(SinkHit H);
  void addSummarySink(SinkHit H);
  void checkSinkObject(const Expr *Obj, const Value &V, SourceLocation Loc);
  const Expr *followReturnedObject(const Expr *E,
                                   const Expr **FirstCall = nullptr);
  const SinkObjectRule *matchSinkObject(const Expr *E, std::string &Desc);
  bool isSinkObjectVariable(const VarDecl *VD) const;
  PurposeSet factsWhen(const Expr *C, bool Truth);
  void noteConsent(SourceLocation Loc, llvm::StringRef Purpose,
                   const std::string &Fn);

  // SqlCalls.cpp
  /// What of \p V, sunk by a call at \p Arg, its SQL may store
  /// (FunctionSpec::Sql): nothing when the SQL is known and keeps it only
  /// as a key (SELECT, DELETE, the WHERE of an UPDATE), the stored elements
  /// of a `values` array, all of \p V when the SQL is not known.
  /// \p Binding is set when the statement is this function's parameter:
  /// its callers decide (SinkHit::Sql).
  Value sqlStored(const CallEffect &E, int Arg, Value V,
                  std::shared_ptr<const SqlBinding> &Binding);
  /// Whether the call \p C of a bind wrapper may store: the SQL of the
  /// statement it passes at the parameter it names.
  bool bindingStores(const CallSite &C, const SqlBinding &B);
  bool bindingChoices(const Expr *Param, std::vector<SqlChoice> &Out,
                      int IfParam = -1, bool IfNonNull = true,
                      unsigned Depth = 0);
  int readOnlyParam(const Expr *E);
  const VarDecl *readOnlyLocal(const Expr *E);
  bool nullTest(const Expr *Cond, int &Param, bool &NonNullWhenTrue);
  std::unique_ptr<StatementTexts> Statements; ///< built on first use
  void collectStatements(const Stmt *S, StatementTexts &Out);
  void notePrepare(const Expr *Call, StatementTexts &Out);
  void noteAssigned(const DeclRefExpr *DRE, const VarDecl *VD,
                    const Expr *Value, StatementTexts &Out);
  const StatementTexts &statementFacts();
  const std::vector<std::string> *statementTexts(const Expr *E);
  Value storedValues(const Expr *E, Value Whole,
                     const std::vector<std::string> &Texts);
  bool parameterStored(const Expr *Param,
                       const std::vector<std::string> &Texts);

  // Solver.cpp
  State entryState() const;
  std::vector<const CFGBlock *> reversePostOrder() const;
  /// The fixpoint of In (In[entry] set), worklist ordered by \p Rank;
  /// false over the budget.
  bool solve(const std::vector<unsigned> &Rank, std::vector<State> &In);
  void propagate(const CFGBlock *B, std::vector<State> &In,
                 llvm::function_ref<void(const CFGBlock *)> Changed);
  void reportingPass(const std::vector<const CFGBlock *> &Order,
                     std::vector<State> &In);
  /// Whether every edge the solver follows goes forward in Order: then
  /// each block is visited once, at its fixpoint state.
  bool isAcyclic(const std::vector<const CFGBlock *> &Order,
                 const std::vector<unsigned> &Rank) const;
  /// After B's transfer in a reporting visit: its edges never taken.
  void notePrunedEdges(const CFGBlock *B);
  /// What the reporting visits leave for the end: pruned code, the
  /// summary's writes, points-to, links and consent facts.
  void finishReporting(const std::vector<State> &In);
  void findEscapes();
  /// The edges the analysis treats as never taken and the code only they
  /// lead to (a pruned-branch coverage fact; PrunedCode.cpp).
  struct PrunedEffects;
  PrunedEffects prunedEffects(const CFGBlock *Target, const PrunedEdge &Edge,
                              llvm::function_ref<bool(const CFGBlock *)> Dead);
  const VarDecl *staticStore(const Stmt *S, const PrunedEdge &Edge,
                             std::optional<SinkKind> &Kind);
  bool mayCarryPersonal(const Expr *E, const PrunedEdge &Edge);
  void reportPrunedCode(const std::vector<State> &In);

  SourceLocation loc(const Expr *E) const {
    SourceLocation L = E->getExprLoc();
    return L.isValid() ? L : E->getBeginLoc();
  }
};

} // namespace clang::tidy::privacy

#endif
