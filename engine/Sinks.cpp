//===--- Sinks.cpp - Sink hits, sink objects and consent facts ----------===//
//
// A hit with concrete data is reported (or, in a function whose callers may
// hold the consent, also deferred to them); a hit with a parameter's data
// goes into the summary. Consent facts come from consent checks' results
// and from branch conditions.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::privacy {

void Analyzer::noteConsent(SourceLocation Loc, llvm::StringRef Purpose,
                           const std::string &Fn) {
  if (!Reporting || Purpose == AnyPurpose || Purpose == AllPurposes)
    return;
  for (const ConsentSeen &S : ConsentChecks)
    if (S.Loc == Loc && S.Purpose == Purpose)
      return;
  ConsentChecks.push_back({Loc, Purpose.str(), Fn});
}

void Analyzer::recordSink(const SinkSpec &S, const Value &V,
                          SourceLocation Loc, const SinkSubject &Desc,
                          bool ViaCall, SourceLocation GroupLoc,
                          std::shared_ptr<const SqlBinding> Sql) {
  // Code under a branch never taken is not checked (its remark says so):
  // a hit there would be judged as if every consent held.
  if (!Reporting || implementsSink(S) || neverTrue(Cur.Consent))
    return;
  auto Hit = [&](const Taint &T) {
    SinkHit H;
    H.Data = T;
    H.Sink = S;
    H.SinkLoc = Loc;
    H.SinkDesc = Desc;
    H.GroupLoc = GroupLoc;
    H.ViaCall = ViaCall;
    H.Sql = Sql;
    return H;
  };
  for (const Taint &T : V.Taints) {
    SinkHit H = Hit(T);
    H.ConsentHeld = Cur.Consent;
    H.ConsentChecks = ConsentChecks;
    dispatch(std::move(H));
  }
  // Anonymised data is lawful everywhere: recorded here for the register,
  // never deferred to callers (no consent of theirs changes it). Data of a
  // caller (a parameter label) is recorded where the caller sees it.
  for (const Taint &T : V.Anonymised) {
    if (T.L.IsParam)
      continue;
    SinkHit H = Hit(T);
    H.Anonymised = true;
    TU.report(H, nullptr);
  }
}

/// The body of a function described as a sink of this kind is how it
/// does what its description says (store_for_billing writing its record
/// to a file): its callers are told. Other sinks in it are its own.
bool Analyzer::implementsSink(const SinkSpec &S) {
  const FunctionSpec *Own = Facts.functionSpec(FD);
  return Own && Own->Sink && Own->Sink->Kind.Index == S.Kind.Index;
}

/// One summary entry per (data, sink): the shortest path found wins, so a
/// recursive detour never replaces the direct path.
void Analyzer::addSummarySink(SinkHit H) {
  auto Key = std::make_tuple(H.Data.L, H.SinkLoc.getRawEncoding(),
                             static_cast<unsigned>(H.Sink.Kind.Index));
  auto Found = SumSinkKeys.find(Key);
  if (Found == SumSinkKeys.end()) {
    // A bound on what one summary carries: in a ring of recursive
    // functions every member would otherwise carry every member's sinks
    // (quadratic, and each hit its whole path). Over it, the summary says
    // so (a remark) and keeps what it has.
    if (Sum.Sinks.size() >= MaxSummarySinks) {
      Sum.Truncated = true;
      // Concrete data is reported here rather than lost: without the
      // callers' consents, so never silently.
      if (!H.Data.L.IsParam)
        TU.report(H, nullptr);
      return;
    }
    SumSinkKeys.emplace(Key, Sum.Sinks.size());
    Sum.Sinks.push_back(std::move(H));
    return;
  }
  auto It = Found;
  SinkHit &Old = Sum.Sinks[It->second];
  Label Joined = Old.Data.L;
  Joined.join(H.Data.L);
  if (H.CallSites.size() + traceLength(H.Data.T) <
      Old.CallSites.size() + traceLength(Old.Data.T))
    Old = std::move(H);
  Old.Data.L = std::move(Joined);
}

void Analyzer::dispatch(SinkHit H) {
  if (H.Data.L.IsParam) {
    addSummarySink(std::move(H));
    return;
  }
  if (TU.DeferrableFunctions.count(FD->getCanonicalDecl())) {
    // Callers may hold the consent: let each caller decide. A hit that no
    // consent can fix is reported now.
    TU.report(H, FD);
    addSummarySink(std::move(H));
    return;
  }
  TU.report(H, nullptr);
}

static std::string typeNameOf(QualType T) {
  T = T.getNonReferenceType();
  while (T->isPointerType())
    T = T->getPointeeType();
  return T.getUnqualifiedType().getAsString();
}

bool Analyzer::isSinkObjectVariable(const VarDecl *VD) const {
  std::string Name = modelName(VD);
  for (const SinkObjectRule &R : TU.Models.SinkObjects)
    if (R.Match == SinkObjectRule::VariableName && R.Pattern &&
        R.Pattern->matches(Name))
      return true;
  return false;
}

void Analyzer::checkSinkObject(const Expr *Obj, const Value &V,
                               SourceLocation Loc) {
  if (!Reporting || !Obj || !V.hasTaint() || TU.Models.SinkObjects.empty())
    return;
  std::string Desc;
  // A chain (std::cout << a << b) writes the object once in its statement:
  // its hits share the chain's first call as their group, so that they are
  // one finding; each keeps its own place.
  const Expr *FirstCall = nullptr;
  const SinkObjectRule *Match =
      matchSinkObject(followReturnedObject(Obj, &FirstCall), Desc);
  if (!Match)
    return;
  recordSink(Match->Sink, V, Loc, Desc, /*ViaCall=*/false,
             FirstCall ? loc(FirstCall) : Loc);
}

/// Follows calls that return their object (stream << a << b); \p FirstCall
/// is set to the innermost call followed, if any.
const Expr *Analyzer::followReturnedObject(const Expr *E,
                                           const Expr **FirstCall) {
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MTE->getSubExpr();
      continue;
    }
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = BTE->getSubExpr();
      continue;
    }
    if (isa<CallExpr>(E)) {
      auto C = callSite(E);
      const FunctionSpec *S = C && C->FD ? Facts.functionSpec(C->FD) : nullptr;
      if (S && S->ReturnsAliasOf) {
        if (const Expr *Next = C->at(*S->ReturnsAliasOf)) {
          if (FirstCall)
            *FirstCall = E;
          E = Next;
          continue;
        }
      }
    }
    break;
  }
  return E;
}

/// The sink-object rule the object matches: by variable, by the call that
/// made it, by its type; of the rules matching one name, the last (a
/// user's rule overrides a shipped one).
const SinkObjectRule *Analyzer::matchSinkObject(const Expr *E,
                                                std::string &Desc) {
  const SinkObjectRule *Match = nullptr;
  auto Try = [&](SinkObjectRule::MatchKind K, const std::string &Name) {
    if (Match)
      return;
    auto Rules = TU.Models.sinkObjectRules(K, Name);
    if (!Rules.empty()) {
      Match = &TU.Models.SinkObjects[Rules.back()];
      Desc = Name;
    }
  };
  const ValueDecl *VD = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    VD = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(E))
    VD = ME->getMemberDecl();
  if (VD && isa<VarDecl>(VD))
    Try(SinkObjectRule::VariableName, modelName(VD));
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Try(SinkObjectRule::CallName, modelName(Callee));
  QualType T = E->getType();
  Try(SinkObjectRule::TypeName, typeNameOf(T));
  QualType Pointee = T.getNonReferenceType();
  while (Pointee->isPointerType())
    Pointee = Pointee->getPointeeType();
  if (const auto *RD = Pointee->getAsRecordDecl())
    Try(SinkObjectRule::TypeName, modelName(RD));
  return Match;
}

/// consent(x) == true, ok != false, consent(x) == 0 ...: the other operand
/// and whether the comparison is true when it is.
static std::optional<std::pair<const Expr *, bool>>
comparedToBool(const BinaryOperator *BO) {
  auto BoolConst = [&](const Expr *E) -> std::optional<bool> {
    E = E->IgnoreParenImpCasts();
    if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
      return B->getValue();
    if (const auto *I = dyn_cast<IntegerLiteral>(E))
      return I->getValue() != 0;
    return std::nullopt;
  };
  const Expr *Other = nullptr;
  std::optional<bool> K;
  if ((K = BoolConst(BO->getRHS())))
    Other = BO->getLHS();
  else if ((K = BoolConst(BO->getLHS())))
    Other = BO->getRHS();
  if (!Other)
    return std::nullopt;
  return std::make_pair(Other, (BO->getOpcode() == BO_EQ) == *K);
}

/// The consent purposes that hold when C has the given truth.
PurposeSet Analyzer::factsWhen(const Expr *C, bool Truth) {
  if (!C)
    return {};
  C = C->IgnoreParenImpCasts();
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(C))
    return factsWhen(EWC->getSubExpr(), Truth);
  if (const auto *UO = dyn_cast<UnaryOperator>(C))
    if (UO->getOpcode() == UO_LNot)
      return factsWhen(UO->getSubExpr(), !Truth);
  if (const auto *BO = dyn_cast<BinaryOperator>(C)) {
    if (BO->getOpcode() == BO_LAnd || BO->getOpcode() == BO_LOr) {
      PurposeSet L = factsWhen(BO->getLHS(), Truth);
      PurposeSet R = factsWhen(BO->getRHS(), Truth);
      bool Union = (BO->getOpcode() == BO_LAnd) == Truth;
      if (Union) {
        unionPurposes(L, R);
        return L;
      }
      return intersectPurposes(L, R);
    }
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE)
      if (auto Cmp = comparedToBool(BO))
        return factsWhen(Cmp->first, Cmp->second ? Truth : !Truth);
    return {};
  }
  Value V = valueOf(C);
  return Truth ? V.Consent : V.NegConsent;
}

} // namespace clang::tidy::privacy
