//===--- CallEffects.cpp - What a call does to the data ----------------===//
//
// A call is interpreted by a chain of small handlers, one per effect a
// FunctionSpec can state (from an annotation or a model entry), then the
// callee's summary, then the default for unknown code. Each handler applies
// its effect to the result and says whether the call is fully interpreted,
// in the spirit of the Clang Static Analyzer's GenericTaintRule.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "IndirectCalls.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::privacy {

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

std::string calleeName(const CallSite &C) {
  if (C.FD)
    return describe(C.FD);
  if (const auto *Call = dyn_cast<CallExpr>(C.E))
    if (const auto *DRE = dyn_cast<DeclRefExpr>(
            Call->getCallee()->IgnoreParenImpCasts()))
      return DRE->getDecl()->getNameAsString();
  return "";
}

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
        if (const auto *ME =
                dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
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
  if (passesAddressOnly(C, Index))
    return {};
  return valueOf(C.Args[Index]);
}

/// A pointer passed to `...` is an address unless it points to
/// characters: a printf-like callee can print the pointer (`%p`), not what
/// a struct, a number or another pointer holds, and `%s` takes a `char *`.
/// Character pointers (strings, byte buffers) and every pointer to a named
/// parameter keep their data.
bool Analyzer::passesAddressOnly(const CallSite &C, int Index) const {
  if (!C.FD || !C.FD->isVariadic() ||
      static_cast<unsigned>(Index) < C.FD->getNumParams())
    return false;
  const Expr *E = C.Args[Index]->IgnoreParenImpCasts();
  // (void *)ctx: the cast says nothing more than the pointer it converts.
  while (const auto *CE = dyn_cast<ExplicitCastExpr>(E)) {
    if (!CE->getType()->isVoidPointerType())
      break;
    E = CE->getSubExpr()->IgnoreParenImpCasts();
  }
  QualType T = E->getType();
  if (!T->isPointerType())
    return false;
  return !T->getPointeeType()->isAnyCharacterType();
}

/// The type of argument \p I as the callee declares it (the argument's own
/// for `...` and calls through pointers).
static QualType paramType(const CallSite &C, size_t I) {
  return C.FD && I < C.FD->getNumParams()
             ? C.FD->getParamDecl(I)->getType()
             : C.Args[I]->IgnoreParenImpCasts()->getType();
}

/// What buffers are made of: a character or byte (`char`, `uint8_t`,
/// `std::byte`, the wide and Unicode characters).
static bool isByte(QualType T) {
  T = T.getCanonicalType();
  return T->isAnyCharacterType() || T->isStdByteType();
}

/// A size, an offset, a count, an index or a flag: an integer, enum or
/// boolean that is no character or byte.
static bool isNumber(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return T->isIntegralOrEnumerationType() && !isByte(T);
}

Value Analyzer::allArgs(const CallSite &C, bool WithThis,
                        std::optional<int> Except, bool SkipNumbers) {
  Value V = WithThis && Except != ThisArg ? argValue(C, ThisArg) : Value();
  for (size_t I = 0; I < C.Args.size(); ++I)
    if (Except != static_cast<int>(I) &&
        !(SkipNumbers && isNumber(paramType(C, I))))
      V.merge(argValue(C, I));
  V.clearConsent();
  return V;
}

//===----------------------------------------------------------------------===//
// The handlers, in the order they apply
//===----------------------------------------------------------------------===//

Value Analyzer::handleAnyCall(const CallSite &C) {
  const auto *CE = dyn_cast<CallExpr>(C.E);
  if (C.FD || !CE || !TU.Indirect)
    return handleCall(C);
  IndirectCalls::Targets T = TU.Indirect->targets(CE, SM);
  if (T.Functions.empty())
    return handleCall(C);
  Value R;
  for (const FunctionDecl *Target : T.Functions) {
    CallSite D = C;
    D.FD = Target;
    R.merge(handleCall(D));
  }
  if (T.Open)
    R.merge(handleCall(C));
  return R;
}

Value Analyzer::handleCall(const CallSite &C) {
  SourceLocation Loc = C.E->getBeginLoc();
  if (const auto *Call = dyn_cast<CallExpr>(C.E))
    if (Call->getExprLoc().isValid())
      Loc = Call->getExprLoc();
  // The callee may write what escaped; its truth is no longer known.
  forgetUnseenWrites();
  CallEffect E{C, C.FD ? Facts.functionSpec(C.FD) : nullptr, Loc,
               calleeName(C), Value()};
  resultTypeEffect(E);
  using Handler = bool (Analyzer::*)(CallEffect &);
  static constexpr Handler Handlers[] = {
      &Analyzer::vaListEffect,       &Analyzer::pairGetEffect,
      &Analyzer::consentCheckEffect,
      &Analyzer::deletionEffect,     &Analyzer::anonymizerEffect,
      &Analyzer::sinkEffect,         &Analyzer::pseudonymizerEffect,
      &Analyzer::barrierEffect,      &Analyzer::returnSourceEffect,
      &Analyzer::propagationEffect,  &Analyzer::linksEffect,
      &Analyzer::returnsAliasEffect,
      &Analyzer::modelledEffect,     &Analyzer::summaryEffect,
      &Analyzer::specialMemberEffect, &Analyzer::unknownCodeEffect};
  for (Handler H : Handlers)
    if ((this->*H)(E))
      break;
  return std::move(E.R);
}

/// The result's type may say it is personal.
void Analyzer::resultTypeEffect(CallEffect &E) {
  const CallSite &C = E.C;
  if (C.IsConstruct || C.E->getType()->isVoidType())
    return;
  // A library accessor (std::forward, optional::value) is no source of
  // its own: name the data after what it was called on.
  bool SystemCallee = C.FD && SM.isInSystemHeader(SM.getExpansionLoc(
                                  C.FD->getLocation()));
  if (SystemCallee)
    E.R.merge(
        staticOfType(C.E->getType(), nullptr, describeArgument(C), E.Loc));
  else
    E.R.merge(staticOfType(C.E->getType(), C.FD));
}

/// `std::get<I>(p)` of a `std::pair` is its member I, as `p.first` is: how
/// a structured binding (`auto &[key, value] : map`) reads a pair, the
/// language's tuple protocol rather than an API. The key beside an Msisdn
/// in a map is then no Msisdn.
bool Analyzer::pairGetEffect(CallEffect &E) {
  const CallSite &C = E.C;
  // Operators have no identifier (getName() would assert).
  const IdentifierInfo *Name = C.FD ? C.FD->getIdentifier() : nullptr;
  if (!Name || !Name->isStr("get") || C.Args.size() != 1 ||
      !C.FD->isInStdNamespace())
    return false;
  const TemplateArgumentList *TA = C.FD->getTemplateSpecializationArgs();
  const auto *Pair = C.Args[0]->getType()->getAsCXXRecordDecl();
  const IdentifierInfo *PairName = Pair ? Pair->getIdentifier() : nullptr;
  if (!TA || TA->size() == 0 ||
      TA->get(0).getKind() != TemplateArgument::Integral || !PairName ||
      !PairName->isStr("pair") || !Pair->isInStdNamespace())
    return false;
  uint64_t Index = TA->get(0).getAsIntegral().getZExtValue();
  for (const FieldDecl *F : Pair->fields())
    if (F->getFieldIndex() == Index) {
      E.R.merge(project(argValue(C, 0), F));
      return true;
    }
  return false;
}

/// `va_start(ap, last)` fills `ap` with the arguments passed to `...`, and
/// `va_copy(dst, src)` copies them: language built-ins, not an API, so the
/// engine knows them. A `va_list` handed to a sink makes the variadic
/// function a sink for those arguments, through its summary.
bool Analyzer::vaListEffect(CallEffect &E) {
  const CallSite &C = E.C;
  if (!C.FD || !C.FD->getBuiltinID() || C.Args.empty())
    return false;
  llvm::StringRef Name = C.FD->getName();
  bool Start = Name == "__builtin_va_start" ||
               Name == "__builtin_c23_va_start" || Name == "__va_start";
  bool Copy = Name == "__builtin_va_copy";
  if (!Start && !Copy)
    return false;
  Value V;
  if (Copy && C.Args.size() > 1) {
    V = argValue(C, 1);
  } else if (Start && FD->isVariadic()) {
    Taint T;
    T.L.IsParam = true;
    T.L.Param = VariadicArgs;
    // At the function's name: the `...` has no location of its own
    // (function types are uniqued, FunctionDecl::getEllipsisLoc shares one).
    T.T = extendTrace(nullptr, FD->getLocation(), StepKind::Parameter, "...",
                      describe(FD));
    V.add(T);
  }
  if (auto LP = lvaluePath(C.Args[0]))
    writePath(*LP, V, E.Loc, /*AddStep=*/false);
  return true;
}

/// A consent check: its result holds the purpose when true.
bool Analyzer::consentCheckEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->ConsentPurpose)
    return false;
  noteConsent(E.Loc, *E.Spec->ConsentPurpose, E.Name);
  insertPurpose(E.R.Consent, TU.Strings.save(*E.Spec->ConsentPurpose));
  return true;
}

/// A call that removes data (a container's erase, a table's set to NULL, a
/// free) stores nothing and returns nothing personal: retention is storage,
/// and removing is none.
bool Analyzer::deletionEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->Deletes)
    return false;
  if (E.Spec->DeletesWhenNull >= 0) {
    const Expr *A = E.C.at(E.Spec->DeletesWhenNull);
    if (!A || !A->IgnoreParenImpCasts()->isNullPointerConstant(
                  Ctx, Expr::NPC_ValueDependentIsNotNull))
      return false;
  }
  E.R = {};
  return true;
}

/// An anonymizer's result is no personal data. What went in is kept aside
/// (Value::Anonymised), so the sink it reaches is a lawful flow.
bool Analyzer::anonymizerEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->Anonymizer)
    return false;
  Value In = allArgs(E.C, true);
  for (const Taint &T : In.Taints) {
    Taint A = T;
    A.T = extendTrace(T.T, E.Loc, StepKind::Anonymise, E.Name);
    E.R.addAnonymised(A);
  }
  for (const Taint &T : In.Anonymised)
    E.R.addAnonymised(T);
  return true;
}

/// Whether the sink's argument condition holds (an enum constant among the
/// listed ones).
static bool sinkApplies(const FunctionSpec &Spec, const CallSite &C) {
  if (Spec.SinkWhenArg < 0)
    return true;
  if (const Expr *Arg = C.at(Spec.SinkWhenArg))
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
      return llvm::is_contained(Spec.SinkWhenOneOf,
                                DRE->getDecl()->getNameAsString());
  return false;
}

/// Whether the object of a member call flows into the sink too.
static bool sinksObject(const FunctionSpec &Spec, const CallSite &C) {
  return (Spec.SinkArgs.empty() && Spec.SinksObject && C.This) ||
         Spec.SinkArgs.contains(ThisArg);
}

/// A sink records the arguments it takes; later handlers still apply.
bool Analyzer::sinkEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->Sink || !Reporting || !sinkApplies(*E.Spec, E.C))
    return false;
  const FunctionSpec &Spec = *E.Spec;
  bool AllArgs = Spec.SinkArgs.empty();
  for (size_t I = 0; I < E.C.Args.size(); ++I)
    if (AllArgs || Spec.SinkArgs.contains(I)) {
      std::shared_ptr<const SqlBinding> Binding;
      Value V = sqlStored(E, I, argValue(E.C, I), Binding);
      recordSink(*Spec.Sink, V, E.Loc, E.Name, /*ViaCall=*/true,
                 SourceLocation(), std::move(Binding));
    }
  if (sinksObject(Spec, E.C))
    recordSink(*Spec.Sink, argValue(E.C, ThisArg), E.Loc, E.Name,
               /*ViaCall=*/true);
  return false;
}

/// A pseudonymizer's result is its arguments' data, pseudonymised.
bool Analyzer::pseudonymizerEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->Pseudonymizer)
    return false;
  const CallSite &C = E.C;
  SourceLocation Loc = E.Loc;
  const std::string &Name = E.Name;
  Value A = allArgs(C, true);
  for (Taint T : A.Taints) {
    T.L.Pseudonymised = true;
    T.T = extendTrace(T.T, Loc, StepKind::Pseudonymise, Name);
    E.R.add(T);
  }
  return true;
}

/// A barrier returns nothing personal, not even what its type says.
bool Analyzer::barrierEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->Barrier)
    return false;
  E.R = {};
  return true;
}

/// A source: the result is personal data of the stated categories.
bool Analyzer::returnSourceEffect(CallEffect &E) {
  if (!E.Spec)
    return false;
  const CallSite &C = E.C;
  SourceLocation Loc = E.Loc;
  const std::string &Name = E.Name;
  for (Category Cat : E.Spec->ReturnCategories) {
    Taint Tn;
    Tn.L.Cat = Cat;
    Tn.L.Source = C.FD->getCanonicalDecl();
    Tn.T = sourceTrace(Loc, StepKind::Returns, Cat, Name, Name);
    E.R.add(Tn);
  }
  return false;
}

/// Propagation rules: data from some arguments to others or the result.
bool Analyzer::propagationEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->HasPropagations)
    return false;
  for (const PropagationRule &Rule : E.Spec->Propagations) {
    Value V;
    if (Rule.From.contains(ThisArg))
      V.merge(takenFrom(E, ThisArg, Rule.FromAt));
    for (size_t I = 0; I < E.C.Args.size(); ++I)
      if (Rule.From.contains(I))
        V.merge(takenFrom(E, I, Rule.FromAt));
    V.clearConsent();
    // Anonymised data travels too: the register records where it goes.
    if (!V.hasTaint() && V.Anonymised.empty() && !Rule.Replace)
      continue;
    for (int To : Rule.To)
      propagateTo(E, To, placeAt(E, To, V, Rule.At), Rule.Replace);
  }
  return false;
}

/// The fields named \p Names inside a record type (through references,
/// pointers and arrays); nullopt when one is not found.
static std::optional<FieldPath> fieldPathIn(QualType T,
                                            llvm::ArrayRef<std::string> Names) {
  FieldPath Path;
  for (const std::string &Name : Names) {
    T = T.getNonReferenceType();
    while (T->isPointerType() || T->isArrayType())
      T = T->isPointerType() ? T->getPointeeType()
                             : QualType(T->getArrayElementTypeNoTypeQual(), 0);
    const RecordDecl *RD = T->getAsRecordDecl();
    RD = RD ? RD->getDefinition() : nullptr;
    if (!RD)
      return std::nullopt;
    auto It = llvm::find_if(RD->fields(), [&](const FieldDecl *F) {
      return F->getName() == Name;
    });
    if (It == RD->field_end())
      return std::nullopt;
    Path.push_back(*It);
    T = It->getType();
  }
  return Path;
}

/// The part of an argument a rule takes: its field at the "fromAt" path,
/// or all of it (also when its type has no such field: the data still
/// flows; StrictModels does not see call-time types).
Value Analyzer::takenFrom(const CallEffect &E, int Arg,
                          llvm::ArrayRef<std::string> FromAt) {
  Value V = argValue(E.C, Arg);
  const Expr *Src = FromAt.empty() ? nullptr : E.C.at(Arg);
  std::optional<FieldPath> Path =
      Src ? fieldPathIn(Src->getType(), FromAt) : std::nullopt;
  if (Path)
    for (const FieldDecl *F : *Path)
      V = project(V, F);
  return V;
}

/// A rule's data placed at its "at" field path inside the destination. A
/// path the destination's type does not have keeps the whole value (the
/// data still flows; StrictModels does not see call-time types).
Value Analyzer::placeAt(const CallEffect &E, int To, const Value &V,
                        llvm::ArrayRef<std::string> At) {
  if (At.empty())
    return V;
  const Expr *Dest = To == ReturnArg ? E.C.E : E.C.at(To);
  if (!Dest)
    return V;
  std::optional<FieldPath> Path = fieldPathIn(Dest->getType(), At);
  return Path ? embedAt(V, *Path) : V;
}

/// One destination of a rule: replaced (assign) or added to (append).
void Analyzer::propagateTo(CallEffect &E, int To, const Value &V,
                           bool Replace) {
  if (To == ReturnArg) {
    E.R.merge(V);
    return;
  }
  SourceLocation Loc = E.Loc;
  const std::string &Name = E.Name;
  const Expr *Obj = E.C.at(To);
  if (Replace) {
    if (!Obj)
      return;
    checkSinkObject(Obj, V, Loc);
    if (auto LP = lvaluePath(Obj))
      writePath(*LP,
                withStep(V, Loc, StepKind::FlowsInto, pathName(LP->P), Name),
                Loc, /*AddStep=*/false);
    return;
  }
  std::string ObjName; // empty: "the object"
  if (Obj)
    if (auto LP = lvaluePath(Obj))
      ObjName = pathName(LP->P);
  writeInto(Obj, V, Loc, ObjName, Name);
}

/// Whether characters can live in a field: a character array or pointer,
/// or a record by value that may hold one. Not a number, and not another
/// object reached through a pointer (`void *priv`, `struct lu *`).
static bool mayHoldText(const FieldDecl *F) {
  QualType T = F->getType().getCanonicalType();
  if (const auto *AT = dyn_cast<ArrayType>(T))
    return AT->getElementType()->isAnyCharacterType();
  if (T->isPointerType())
    return T->getPointeeType()->isAnyCharacterType();
  return T->isRecordType();
}

/// The result is (part of) an argument or the object: operator[], at().
/// A character pointer into a record points at its characters (`const
/// char *osmo_fsm_inst_name(fi)`): what hangs off its other fields (the
/// context behind `fi->priv`) is not there.
bool Analyzer::returnsAliasEffect(CallEffect &E) {
  if (!E.Spec || !E.Spec->ReturnsAliasOf)
    return false;
  Value V = argValue(E.C, *E.Spec->ReturnsAliasOf);
  QualType R = E.C.FD ? E.C.FD->getReturnType() : QualType();
  if (!R.isNull() && R->isPointerType() &&
      R->getPointeeType()->isAnyCharacterType() &&
      llvm::any_of(V.Taints, [](const Taint &T) {
        return !T.L.Where.empty() && !mayHoldText(T.L.Where.front());
      })) {
    Value Text = V;
    Text.Taints.clear();
    for (const Taint &T : V.Taints)
      if (T.L.Where.empty() || mayHoldText(T.L.Where.front()))
        Text.Taints.push_back(T);
    V = std::move(Text);
  }
  E.R.merge(V);
  return true;
}

/// A link attaches an argument to a container (`tree_add(root, node)`): its
/// data now is in the container, and so is what is written into it later
/// (Places.cpp, writeLinked). Later handlers still apply.
bool Analyzer::linksEffect(CallEffect &E) {
  if (!E.Spec || E.Spec->Links.empty())
    return false;
  for (auto [From, Into] : E.Spec->Links) {
    auto Child = lvaluePath(E.C.at(From));
    auto Parent = lvaluePath(E.C.at(Into));
    if (!Child || !Parent)
      continue;
    AccessPath C = resolve(Child->P), P = resolve(Parent->P);
    if (C == P || P.isPrefixOf(C) || C.isPrefixOf(P))
      continue; // a place linked into itself adds nothing
    Cur.Links[C].insert(P);
    std::string ObjName = pathName(P);
    writeInto(E.C.at(Into), argValue(E.C, From), E.Loc, ObjName, E.Name);
  }
  return false;
}

/// A spec with propagation rules or a sink says all the call does.
bool Analyzer::modelledEffect(CallEffect &E) {
  return E.Spec &&
         (E.Spec->HasPropagations || E.Spec->Sink || !E.Spec->Links.empty());
}

/// The callee's summary (every override's, for a virtual call). A byte
/// buffer's method keeps the default for unknown code too: what it copies
/// to where an accessor points (`std::copy(p, p + n, tail())`, srsRAN's
/// segments) is beyond what a summary records, and whole-program mode
/// must find what the default finds per TU.
bool Analyzer::summaryEffect(CallEffect &E) {
  auto Sums = summariesFor(E.C);
  for (const FunctionSummary *S : Sums)
    instantiateSummary(E.C, *S, E.R);
  if (Sums.empty())
    return false;
  writeToBufferObject(E);
  return true;
}

/// Copies and moves carry the whole value; any operator= replaces the
/// object's content with its argument's.
bool Analyzer::specialMemberEffect(CallEffect &E) {
  const CallSite &C = E.C;
  if (!C.FD || C.Args.empty())
    return false;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(C.FD))
    if (Ctor->isCopyOrMoveConstructor()) {
      E.R.merge(argValue(C, 0));
      return true;
    }
  const auto *MD = dyn_cast<CXXMethodDecl>(C.FD);
  if (!MD || !(MD->isCopyAssignmentOperator() ||
               MD->isMoveAssignmentOperator() ||
               MD->getOverloadedOperator() == OO_Equal))
    return false;
  Value V = argValue(C, 0);
  if (auto LP = lvaluePath(C.This)) {
    PointeeFacts Pointees;
    collectPointees(*LP, C.Args[0], Pointees);
    writePath(*LP, V, E.Loc);
    applyPointees(Pointees);
  }
  E.R = std::move(V);
  return true;
}

/// Unknown code: data may flow from the arguments into a result made of
/// them (see mayCarryArguments), into sink objects among the arguments, and
/// into lambdas it is given.
bool Analyzer::unknownCodeEffect(CallEffect &E) {
  const CallSite &C = E.C;
  SourceLocation Loc = E.Loc;
  const std::string &Name = E.Name;
  Value &R = E.R;
  bool System = C.FD && SM.isInSystemHeader(SM.getExpansionLoc(
                            C.FD->getLocation()));
  bool Carries = C.IsConstruct || mayCarryArguments(C);
  if (Carries || Reporting) {
    Value A = allArgs(C, true);
    // Personal data into code the analysis cannot see: a guess, recorded
    // for the coverage statement (constructors of library types are not).
    // A parameter label is not yet personal data: its callers' calls are.
    if (Reporting && !C.IsConstruct &&
        llvm::any_of(A.Taints, [](const Taint &T) { return !T.L.IsParam; }))
      TU.UnknownCalls.add(Name, Loc);
    if (Carries)
      R.merge(System ? A
                     : withStep(A, Loc, StepKind::PassedThrough, Name));
  }
  if (Reporting && !TU.Models.SinkObjects.empty())
    writeToSinkObjects(E);
  writeToBuffers(E);
  writeToBufferObject(E);
  invokeCallbacks(C);
  return true;
}

static bool isByteContainer(const CXXRecordDecl *RD, unsigned Depth);

/// A record of plain values: numbers, characters and arrays or records of
/// them, no pointer, reference or behaviour (`{uint32_t N_bytes; uint8_t
/// msg[8192];}`, a GUTI's octets, `struct in_addr`). Unknown code given one
/// to write fills it from its other arguments, as it fills a `char *`; a
/// context that links to other objects is not one.
static bool isPlainValueRecord(QualType T, unsigned Depth) {
  const RecordDecl *RD = T->getAsRecordDecl();
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || Depth > 3 || RD->field_empty())
    return false;
  if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD);
      CRD && (!CRD->isTriviallyCopyable() || CRD->getNumBases() != 0))
    return false;
  return llvm::all_of(RD->fields(), [&](const FieldDecl *F) {
    QualType FT = F->getType().getCanonicalType();
    while (const auto *AT = dyn_cast<ArrayType>(FT.getTypePtr()))
      FT = AT->getElementType().getCanonicalType();
    if (FT->isRecordType())
      return isPlainValueRecord(FT, Depth + 1);
    return FT->isIntegerType() || FT->isRealFloatingType();
  });
}

/// Of a record of plain values \p T: whether it holds numbers and an array
/// of bytes (`{uint32_t N_bytes; uint8_t msg[8192];}`), a message as bytes.
static bool isByteMessage(QualType T) {
  const RecordDecl *RD = T->getAsRecordDecl()->getDefinition();
  bool HasBytes = false;
  for (const FieldDecl *F : RD->fields()) {
    QualType FT = F->getType().getCanonicalType();
    if (const auto *AT = dyn_cast<ArrayType>(FT.getTypePtr())) {
      if (!isByte(AT->getElementType()))
        return false;
      HasBytes = true;
    } else if (!FT->isIntegerType()) {
      return false;
    }
  }
  return HasBytes;
}

/// Where unknown code may write text: a pointer to non-const characters,
/// or (C++) a non-const pointer or reference to a container of bytes or
/// characters (`fmt::memory_buffer &`, `std::string *`).
static bool isWritableBuffer(QualType T) {
  if (!T->isPointerType() && !T->isLValueReferenceType())
    return false;
  QualType P = T->getPointeeType();
  if (P.isConstQualified())
    return false;
  if (T->isPointerType() && P->isAnyCharacterType())
    return true;
  return isByteContainer(P->getAsCXXRecordDecl(), 0);
}

/// Where unknown code may write values: a pointer to a non-const record of
/// plain values.
static bool isWritableRecord(QualType T) {
  return T->isPointerType() && !T->getPointeeType().isConstQualified() &&
         isPlainValueRecord(T->getPointeeType(), 0);
}

/// `&qci`, `&ctx->qci`: the address of one `uint8_t` (a named variable or
/// field, no array element) is where unknown code returns a number, as it
/// would by value: no buffer. A plain `char` is a character and stays one.
static bool isAddressOfNumber(const Expr *Arg) {
  const auto *UO =
      Arg ? dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts()) : nullptr;
  if (!UO || UO->getOpcode() != UO_AddrOf)
    return false;
  const Expr *Obj = UO->getSubExpr()->IgnoreParens();
  if (!isa<DeclRefExpr, MemberExpr>(Obj))
    return false;
  QualType T = Obj->getType().getCanonicalType();
  return T->isIntegerType() && !T->isSpecificBuiltinType(BuiltinType::Char_S) &&
         !T->isSpecificBuiltinType(BuiltinType::Char_U) &&
         !T->isWideCharType() && !T->isChar8Type() && !T->isChar16Type() &&
         !T->isChar32Type();
}

/// A character buffer (or a record of plain values, recordSources) given
/// to unknown code: `*_buf(char *buf, size_t len, const T *x)`,
/// `osmo_quote_cstr_buf(sb.pos, n, imsi, -1)`,
/// `inet_ntop(af, src, dst, n)`, srsRAN's `gtpu_ntoa(fmt_buffer, addr)`.
/// What the other arguments hold may be written into it (the way C builds
/// strings), so it is, added to what it holds.
void Analyzer::writeToBuffers(CallEffect &E) {
  const CallSite &C = E.C;
  for (size_t I = 0; I < C.Args.size(); ++I) {
    QualType T = paramType(C, I);
    bool IntoRecord = isWritableRecord(T);
    if ((!IntoRecord && !isWritableBuffer(T)) || isAddressOfNumber(C.Args[I]))
      continue;
    Value Others = IntoRecord ? recordSources(C, I)
                              : allArgs(C, /*WithThis=*/false,
                                        static_cast<int>(I));
    if (!Others.hasTaint())
      continue;
    // Into a byte message (a length and bytes) the data goes as bytes:
    // the whole message holds them. A structured record keeps the data
    // where it was found: its whole is read with it, its fields (a count
    // beside a parsed identity) are not each the data.
    if (IntoRecord && isByteMessage(T->getPointeeType()))
      Others = relocatedToWhole(Others);
    propagateTo(E, static_cast<int>(I),
                withStep(Others, E.Loc, StepKind::WrittenThrough, E.Name),
                /*Replace=*/false);
  }
}

/// What unknown code may write into the record its argument \p I points
/// to: what it reads (arguments by value and through const pointers), and
/// what comes before it through non-const pointers. C puts outputs after
/// inputs, and many C APIs take their inputs without const:
/// `pack(msg_struct *in, ..., byte_msg *out)` and `unpack(byte_msg *in,
/// msg_struct *out)` differ only in order, and a parsed message must not
/// flow back into the bytes it was parsed from.
Value Analyzer::recordSources(const CallSite &C, size_t I) {
  Value V;
  for (size_t J = 0; J < C.Args.size(); ++J) {
    if (J == I)
      continue;
    if (J < I || !writesThrough(paramType(C, J)))
      V.merge(argValue(C, J));
  }
  V.clearConsent();
  return V;
}

/// What an accessor (`data()`, `begin()`) gives access to: a pointer's
/// pointee, what an iterator's `operator*` returns.
static QualType accessedBy(const CXXMethodDecl *MD) {
  QualType R = MD->getReturnType().getNonReferenceType();
  if (R->isPointerType())
    return R->getPointeeType();
  const CXXRecordDecl *It = R->getAsCXXRecordDecl();
  if (!It || !It->hasDefinition())
    return {};
  auto Star = MD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Star);
  for (const NamedDecl *D : It->lookup(Star))
    if (const auto *Op = dyn_cast<CXXMethodDecl>(D); Op && !Op->getNumParams())
      return Op->getReturnType().getNonReferenceType();
  return {};
}

/// A container of bytes or characters: its own or a base's `data()` or
/// `begin()` gives bytes or characters (`std::string`,
/// `std::vector<uint8_t>`, srsRAN's `byte_buffer`), not a map, a context or
/// a logger. Its content is what is put into it.
static bool isByteContainer(const CXXRecordDecl *RD, unsigned Depth) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || Depth > 4)
    return false;
  IdentifierTable &Ids = RD->getASTContext().Idents;
  for (StringRef Name : {"data", "begin"})
    for (const NamedDecl *D : RD->lookup(&Ids.get(Name)))
      if (const auto *MD = dyn_cast<CXXMethodDecl>(D->getUnderlyingDecl());
          MD && !MD->getNumParams() && !MD->isStatic())
        if (QualType E = accessedBy(MD); !E.isNull() && isByte(E))
          return true;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (isByteContainer(B.getType()->getAsCXXRecordDecl(), Depth + 1))
      return true;
  return false;
}

/// The C++ way to build a buffer: a non-const member function without a
/// model called on a container of bytes or characters (`buf.append(pdu)`,
/// `out.push_back(b)`, `chain.append(slice)`) may write its arguments
/// other than sizes and indexes into the object, so it holds them too.
/// Unknown code and summarised members alike (see summaryEffect).
void Analyzer::writeToBufferObject(CallEffect &E) {
  const CallSite &C = E.C;
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(C.FD);
  if (!C.This || !MD || MD->isConst())
    return;
  Value Given = allArgs(C, /*WithThis=*/false, std::nullopt,
                        /*SkipNumbers=*/true);
  QualType T = C.This->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (!Given.hasTaint() || !isByteContainer(T->getAsCXXRecordDecl(), 0))
    return;
  const Expr *Obj = chainedObject(C.This);
  std::string ObjName; // empty: "the object"
  if (auto LP = lvaluePath(Obj))
    ObjName = pathName(LP->P);
  writeInto(Obj, withStep(Given, E.Loc, StepKind::WrittenThrough, E.Name),
            E.Loc, ObjName, E.Name);
}

/// The object a chain of calls works on: in `t.add(a).add(imsi)` the
/// second call's object is the first call's result, and a non-const method
/// returning a reference to its own class returns the object it is called
/// on (the builder idiom), unless its model says the result is another
/// argument. So both calls write into `t`; `t << a << imsi` likewise.
const Expr *Analyzer::chainedObject(const Expr *Obj) {
  for (unsigned Depth = 0; Obj && Depth < 16; ++Depth) {
    const Expr *Call = Obj->IgnoreParenImpCasts();
    const CXXMethodDecl *MD = nullptr;
    const Expr *Inner = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
      MD = MC->getMethodDecl();
      Inner = MC->getImplicitObjectArgument();
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call);
               OC && OC->getNumArgs() > 0) {
      MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
      Inner = OC->getArg(0);
    }
    if (!MD || MD->isConst() || !MD->getReturnType()->isLValueReferenceType())
      break;
    const CXXRecordDecl *R =
        MD->getReturnType()->getPointeeType()->getAsCXXRecordDecl();
    if (!R || R->getCanonicalDecl() != MD->getParent()->getCanonicalDecl())
      break;
    if (const FunctionSpec *S = Facts.functionSpec(MD);
        S && S->ReturnsAliasOf && *S->ReturnsAliasOf != ThisArg)
      break;
    Obj = Inner;
  }
  return Obj;
}

/// Unknown code given a sink object (a stream, a FILE, a channel that a
/// model names) may write the other arguments into it.
void Analyzer::writeToSinkObjects(CallEffect &E) {
  const CallSite &C = E.C;
  SourceLocation Loc = E.Loc;
  const std::string &Name = E.Name;
  auto Objects = llvm::SmallVector<std::pair<const Expr *, int>, 4>();
  if (C.This)
    Objects.push_back({C.This, ThisArg});
  for (size_t I = 0; I < C.Args.size(); ++I)
    Objects.push_back({C.Args[I], static_cast<int>(I)});
  for (auto [Obj, Index] : Objects) {
    Value Others = allArgs(C, /*WithThis=*/C.This != nullptr, Index);
    if (Others.hasTaint())
      checkSinkObject(
          Obj, withStep(Others, Loc, StepKind::WrittenThrough, Name), Loc);
  }
}

/// A character (`char`, the wide and Unicode character types), not a
/// small number (`signed char`, `unsigned char`, `uint8_t`).
static bool isCharacter(QualType T) {
  return T->isAnyCharacterType() &&
         !T->isSpecificBuiltinType(BuiltinType::UChar) &&
         !T->isSpecificBuiltinType(BuiltinType::SChar);
}

/// Whether the result of unknown code can be made of its arguments
/// (docs/models.md, "Functions without a body or a model"). Strings,
/// characters, floating-point values, byte buffers (`void *`, pointers to
/// non-records), the arguments' own record types and library types
/// (strings, containers, iterators) are. Integers, enums and booleans
/// (status codes, counts, lengths, indexes) are not, nor is what a lookup
/// by a key returns: an object or pointer of a project record none of the
/// arguments has (its personal content is what its declaration says).
/// The project record a std smart pointer or optional owns, or null.
static QualType ownedRecord(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || !Spec->getIdentifier() ||
      !llvm::is_contained({"shared_ptr", "unique_ptr", "weak_ptr", "optional"},
                          Spec->getName()))
    return {};
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
    return {};
  QualType E = Args[0].getAsType();
  const CXXRecordDecl *RD = E->getAsCXXRecordDecl();
  if (!RD || RD->isInStdNamespace())
    return {};
  return E;
}

namespace {
/// The calls returning `void *` that a body converts to a pointer to a
/// record (`ue = hash_get(h, key)`, a cast, a `return`), with that type.
struct VoidResultUseFinder : RecursiveASTVisitor<VoidResultUseFinder> {
  llvm::DenseMap<const Expr *, QualType> Uses;
  bool VisitCastExpr(CastExpr *CE) {
    const Expr *Sub = CE->getSubExpr()->IgnoreParens();
    QualType T = CE->getType();
    if (CE->getCastKind() == CK_BitCast &&
        Sub->getType()->isVoidPointerType() && isa<CallExpr>(Sub) &&
        T->isPointerType() && T->getPointeeType()->isRecordType())
      Uses[Sub] = T;
    return true;
  }
};
} // namespace

/// The type the result of \p Call is used as: the record pointer a
/// `void *` result is converted to where the call is written, else its
/// own. Such a result is the object an untyped table or list found, not a
/// byte buffer made of the key.
QualType Analyzer::resultTypeAsUsed(const Expr *Call) {
  QualType RT = Call->getType();
  if (!RT->isVoidPointerType())
    return RT;
  if (!VoidResultUses) {
    VoidResultUseFinder Finder;
    if (Stmt *Body = FD->getBody())
      Finder.TraverseStmt(Body);
    VoidResultUses = std::move(Finder.Uses);
  }
  auto It = VoidResultUses->find(Call);
  return It == VoidResultUses->end() ? RT : It->second;
}

bool Analyzer::mayCarryArguments(const CallSite &C) {
  QualType RT = resultTypeAsUsed(C.E);
  if (RT->isVoidType() || RT->isBooleanType() || RT->isEnumeralType())
    return false;
  // A number is a status, a count, a length, an index or a handle: what
  // an unknown function computes about its arguments, not their data. A
  // personal number has a type or a model that says so.
  // A reference (std::get, an element accessor) is part of an argument.
  QualType Canon = RT.getCanonicalType();
  if (Canon->isIntegerType() && !isCharacter(Canon) && C.E->isPRValue())
    return false;
  auto Core = [](QualType T) {
    T = T.getNonReferenceType();
    while (T->isPointerType() || T->isArrayType())
      T = T->isPointerType() ? T->getPointeeType()
                             : QualType(T->getArrayElementTypeNoTypeQual(), 0);
    return T.getCanonicalType().getUnqualifiedType();
  };
  QualType R = Core(RT);
  // std::shared_ptr<ue>, std::optional<ue>: the project record it owns is
  // the result, as a `ue *` would be.
  if (QualType Owned = ownedRecord(R); !Owned.isNull())
    R = Core(Owned);
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
  if (llvm::any_of(C.Args, Same))
    return true;
  // Library code giving access to an element of a container or iterator
  // over project records (`*it`, `it->imsi`, a range-for over
  // `std::vector<ue>`): the element is part of that argument.
  bool Library = C.FD && (C.FD->isInStdNamespace() ||
                          SM.isInSystemHeader(
                              SM.getExpansionLoc(C.FD->getLocation())));
  auto Holds = [&](const Expr *A) {
    return A && libraryTypeHolds(Core(A->getType()), R, 0);
  };
  return Library && (Holds(C.This) || llvm::any_of(C.Args, Holds));
}

/// Whether library type \p T (a container, an iterator, a pair) names
/// \p Element among its template arguments, directly or nested
/// (`std::map<int, ue>::iterator` is over `std::pair<const int, ue>`).
bool Analyzer::libraryTypeHolds(QualType T, QualType Element,
                                unsigned Depth) const {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!Spec || Depth > 3 ||
      !(Spec->isInStdNamespace() ||
        SM.isInSystemHeader(SM.getExpansionLoc(Spec->getLocation()))))
    return false;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() != TemplateArgument::Type)
      continue;
    QualType A = Arg.getAsType();
    while (A->isPointerType() || A->isReferenceType())
      A = A->getPointeeType();
    A = A.getCanonicalType().getUnqualifiedType();
    if (A == Element || libraryTypeHolds(A, Element, Depth + 1))
      return true;
  }
  return false;
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
    Value Others = allArgs(C, /*WithThis=*/false, static_cast<int>(I));
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

} // namespace clang::tidy::privacy
