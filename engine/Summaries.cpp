//===--- Summaries.cpp - Callee summaries at a call; this one's built ---===//
//
// A summary speaks of parameters (labels with IsParam): at a call they are
// replaced by the arguments' values, and the callee's trace is spliced
// after the caller's. Sinks the callee could not decide are delivered here,
// under the consents that hold at the call.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/DeclCXX.h"

namespace clang::tidy::privacy {

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

Trace concat(Trace Head, const Trace &Tail) {
  // Paths through long call chains keep their two ends: the source side
  // and the sink side are what a reader follows.
  size_t HeadLength = std::min(traceLength(Head), MaxTraceSteps);
  size_t Keep = traceLength(Tail);
  if (HeadLength + Keep > MaxTraceSteps)
    Keep = std::min(Keep, std::max(MaxTraceSteps - HeadLength,
                                   MaxTraceSteps / 4));
  return spliceTrace(Head, Tail, Keep);
}

Value Analyzer::labelValue(const CallSite &C, const Label &L) {
  Value A;
  if (L.Param == VariadicArgs) {
    // Every argument the caller passed to `...`.
    size_t First = C.FD ? C.FD->getNumParams() : C.Args.size();
    // A field read through a pointer taken with va_arg is the object's,
    // even where the pointer alone would be an address (passesAddressOnly).
    for (size_t I = First; I < std::max(C.Args.size(), C.ArgValues.size()); ++I)
      A.merge(!L.ParamPath.empty() && I < C.Args.size() && I >= C.ArgValues.size()
                  ? valueOf(C.Args[I])
                  : argValue(C, I));
  } else {
    A = argValue(C, L.Param);
  }
  for (const FieldDecl *F : L.ParamPath)
    A = project(A, F);
  A.clearConsent();
  if (L.Pseudonymised)
    for (Taint &T : A.Taints.mutableTaints())
      T.L.Pseudonymised = true;
  if (L.ViaNumber)
    A = throughNumber(A);
  if (!L.Where.empty())
    A = embedAt(A, L.Where);
  return A;
}

/// The callee's taints \p From in the caller's terms, added to \p R by
/// \p Add (the personal or the anonymised part of a value).
template <typename AddFn>
static void instantiateTaints(Analyzer &A, const CallSite &C,
                              llvm::ArrayRef<Taint> From, StepKind Step,
                              AddFn Add) {
  std::string Name = calleeName(C);
  SourceLocation Loc = C.E->getBeginLoc();
  for (const Taint &T : From) {
    if (!T.L.IsParam) {
      Taint N = T;
      N.L.Holder = nullptr; // the callee's parameter means nothing here
      N.L.HolderPath.clear();
      N.T = extendTrace(N.T, Loc, Step, Name);
      Add(N);
      continue;
    }
    Value Arg = A.labelValue(C, T.L);
    for (const Taint &U : Arg.Taints) {
      Taint N = U;
      Trace In = extendTrace(U.T, Loc, StepKind::Call, Name);
      N.T = extendTrace(concat(In, T.T), Loc, Step, Name);
      Add(N);
    }
  }
}

Value Analyzer::instantiate(const CallSite &C, const Value &V,
                            StepKind Step) {
  Value R;
  instantiateTaints(*this, C, V.Taints, Step,
                    [&](const Taint &T) { R.add(T); });
  // What the callee anonymised (its own data or the caller's arguments).
  instantiateTaints(*this, C, V.Anonymised, Step,
                    [&](const Taint &T) { R.addAnonymised(T); });
  return R;
}

void Analyzer::instantiateSummary(const CallSite &C, const FunctionSummary &S,
                                  Value &R) {
  std::string Name = calleeName(C);
  R.merge(instantiate(C, S.Return, StepKind::Return));
  instantiateConsent(C, S, R);
  instantiateWrites(C, S, R);
  if (!Reporting || neverTrue(Cur.Consent)) // as recordSink
    return;
  for (const SinkHit &H : S.Sinks)
    instantiateSink(C, H);
}

/// A consent (or refusal) check's result holds its purposes.
void Analyzer::instantiateConsent(const CallSite &C, const FunctionSummary &S,
                                  Value &R) {
  std::string Name = calleeName(C);
  SourceLocation Loc = C.E->getBeginLoc();
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
}

/// What the callee stores through its parameters, `this` (for a
/// constructor: into the new object) and into globals.
void Analyzer::instantiateWrites(const CallSite &C, const FunctionSummary &S,
                                 Value &R) {
  std::string Name = calleeName(C);
  SourceLocation Loc = C.E->getBeginLoc();
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
        LP->child(F);
      // A callee's write at a pointer field (`snprintf(sb->pos, ...)`) is
      // also one into what the field points to here.
      if (!Place.Fields.empty() && Place.Fields.back()->getType()->isPointerType())
        throughPointer(*LP, /*KeepPlaces=*/true);
      LP->Weak = true;
      writePath(*LP, V, Loc, /*AddStep=*/false);
    }
  }
  for (const auto &[GV, W] : S.GlobalWrites) {
    Value V = instantiate(C, W, StepKind::StoredBy);
    V.clearConsent();
    if (V.hasTaint() && TU.GlobalValues[GV].merge(V))
      TU.noteGlobalGrown(GV);
  }
  instantiatePointsTo(C, S);
  instantiateLinks(C, S);
}

/// A callee's sink hit: concrete data as it is, a parameter's replaced by
/// each taint of the argument.
void Analyzer::instantiateSink(const CallSite &C, const SinkHit &Hit) {
  // A bind wrapper's sink: this call's SQL decides; the callee's
  // parameter terms mean nothing to this function's callers.
  if (Hit.Sql && !bindingStores(C, *Hit.Sql))
    return;
  SinkHit H = Hit;
  H.Sql.reset();
  std::string Name = calleeName(C);
  SourceLocation Loc = C.E->getBeginLoc();
  if (!H.Data.L.IsParam) {
    // The callee read this data itself: the finding belongs to the callee,
    // where its own translation unit reports it too (the merged report
    // keeps one). Data that enters here (a parameter's) is this call's.
    if (H.Data.L.Holder)
      instantiateHeldSink(C, H);
    else
      deliverCalleeSink(H, Loc, /*EntersHere=*/false);
    return;
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
    deliverCalleeSink(std::move(N), Loc, /*EntersHere=*/true);
  }
}

/// Whether \p P is a parameter of the function \p C calls (of an override,
/// for a virtual call): its index then names the call's argument.
static bool isCalleeParam(const CallSite &C, const ParmVarDecl *P) {
  const auto *Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Owner || !C.FD)
    return false;
  if (Owner->getCanonicalDecl() == C.FD->getCanonicalDecl())
    return true;
  return C.Virtual && isa<CXXMethodDecl>(Owner) &&
         Owner->getNumParams() == C.FD->getNumParams();
}

/// A callee's hit of what its parameter's type declares at a field
/// (Label::Holder), decided by what this call passes: the object holds
/// data of that category there - reported as the callee's finding -, it is
/// this function's own parameter - deferred again, to its callers -, or it
/// is a local built here that does not hold it - nothing. An object the
/// analysis does not know (a global, the heap, unknown code's result)
/// may hold every declared field.
void Analyzer::instantiateHeldSink(const CallSite &C, SinkHit H) {
  SourceLocation Loc = C.E->getBeginLoc();
  const ParmVarDecl *Holder = H.Data.L.Holder;
  const FieldPath HeldAt = H.Data.L.HolderPath;
  Label Whole;
  Whole.IsParam = true;
  Whole.Param = static_cast<int>(Holder->getFunctionScopeIndex());
  H.Data.L.Holder = nullptr;
  H.Data.L.HolderPath.clear();
  if (!isCalleeParam(C, Holder) || !C.at(Whole.Param)) {
    deliverCalleeSink(std::move(H), Loc, /*EntersHere=*/false);
    return;
  }
  // The whole object, then its part at the declared field: projected onto
  // that field, the field's own label is concrete (projectField), so whose
  // parameter holds it is read in the whole object.
  Value Obj = labelValue(C, Whole);
  Value A = Obj;
  for (const FieldDecl *F : HeldAt)
    A = project(A, F);
  using HeldBy = std::pair<const ParmVarDecl *, FieldPath>;
  auto HolderOf = [&](const Taint &U) -> HeldBy {
    if (U.L.Holder)
      return {U.L.Holder, U.L.HolderPath};
    for (const Taint &W : Obj.Taints)
      if (W.L.Holder && W.L.Cat == U.L.Cat && W.L.Source == U.L.Source &&
          W.L.Where == HeldAt)
        return {W.L.Holder, W.L.HolderPath};
    return {nullptr, {}};
  };
  bool Held = false;
  std::set<std::pair<const ParmVarDecl *, FieldPath>> Deferred;
  for (const Taint &U : A.Taints) {
    if (U.L.IsParam || !(U.L.Cat == H.Data.L.Cat))
      continue;
    auto [P, Path] = HolderOf(U);
    if (P && cast<FunctionDecl>(P->getDeclContext())->getCanonicalDecl() ==
                 FD->getCanonicalDecl())
      Deferred.insert({P, Path});
    else
      Held = true;
  }
  if (Held || (Deferred.empty() && !localObjectOf(C.at(Whole.Param)))) {
    deliverCalleeSink(std::move(H), Loc, /*EntersHere=*/false);
    return;
  }
  for (const auto &[P, Path] : Deferred) {
    SinkHit N = H;
    N.Data.L.Holder = P;
    N.Data.L.HolderPath = Path;
    deliverCalleeSink(std::move(N), Loc, /*EntersHere=*/false);
  }
}

/// The hit as seen from this call: the consents held here count too.
void Analyzer::deliverCalleeSink(SinkHit N, SourceLocation Loc,
                                 bool EntersHere) {
  if (N.Imported && N.ReportLoc.isInvalid() && EntersHere)
    N.ReportLoc = Loc;
  unionPurposes(N.ConsentHeld, Cur.Consent);
  N.ConsentChecks.insert(N.ConsentChecks.end(), ConsentChecks.begin(),
                         ConsentChecks.end());
  if (N.CallSites.size() >= MaxCallSites) // keep both ends of a long chain
    N.CallSites.erase(N.CallSites.begin() + MaxCallSites / 2);
  N.CallSites.push_back(Loc);
  if (N.ConsentChecks.size() > MaxCallSites)
    N.ConsentChecks.resize(MaxCallSites);
  dispatch(std::move(N));
}

/// What this function leaves in its out-parameters, `this` and globals at
/// its exit, in terms of its parameters.
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
      if (!writesThrough(PVD->getType()))
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

} // namespace clang::tidy::privacy
