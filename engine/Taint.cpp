//===--- Taint.cpp - Values of the privacy dataflow analysis ------------===//

#include "Taint.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <tuple>

namespace clang::tidy::privacy {

Trace extendTrace(const Trace &T, SourceLocation Loc, StepKind Kind,
                  std::string Subject, std::string Via) {
  auto N = std::make_shared<TraceNode>();
  N->Loc = Loc;
  N->Kind = Kind;
  N->Subject = std::move(Subject);
  N->Via = std::move(Via);
  N->Prev = T;
  N->Length = traceLength(T) + 1;
  return N;
}

Trace sourceTrace(SourceLocation Loc, StepKind Kind, Category Cat,
                  std::string Name, std::string Subject, std::string Via) {
  auto N = std::make_shared<TraceNode>();
  N->Loc = Loc;
  N->Kind = Kind;
  N->IsSource = true;
  N->Cat = Cat;
  N->Name = std::move(Name);
  N->Subject = std::move(Subject);
  N->Via = std::move(Via);
  return N;
}

Trace spliceTrace(const Trace &Head, const Trace &Tail, size_t Keep) {
  Keep = std::min(Keep, traceLength(Tail));
  if (!Keep)
    return Head;
  auto N = std::make_shared<TraceNode>();
  N->Prev = Head;
  N->Tail = Tail;
  N->TailKeep = Keep;
  N->Length = traceLength(Head) + Keep;
  return N;
}

/// Appends the steps of \p T from its \p Skip-th on to \p Out; \p Appended
/// when \p T is read as part of another path (no source steps then).
static void collectSteps(const TraceNode *T, size_t Skip, bool Appended,
                         std::vector<TraceStep> &Out) {
  llvm::SmallVector<const TraceNode *, 16> Chain;
  while (T) {
    // Nodes wholly before Skip are not visited: a long appended path
    // costs only the steps kept of it.
    Chain.clear();
    for (const TraceNode *N = T; N && N->Length > Skip; N = N->Prev.get())
      Chain.push_back(N);
    T = nullptr;
    for (const TraceNode *N : llvm::reverse(Chain)) {
      if (!N->Tail) {
        Out.push_back({N, N->IsSource && !Appended});
        continue;
      }
      size_t Before = traceLength(N->Prev);
      size_t TailSkip = N->Tail->Length - N->TailKeep +
                        (Skip > Before ? Skip - Before : 0);
      if (N != Chain.front()) {
        collectSteps(N->Tail.get(), TailSkip, /*Appended=*/true, Out);
        continue;
      }
      // The path's last node: its tail is read in this loop, so that a
      // chain of calls, each a splice of the next, takes no stack.
      T = N->Tail.get();
      Skip = TailSkip;
      Appended = true;
    }
  }
}

std::vector<TraceStep> traceSteps(const Trace &T) {
  std::vector<TraceStep> Out;
  Out.reserve(traceLength(T));
  collectSteps(T.get(), 0, /*Appended=*/false, Out);
  return Out;
}

static auto key(const Label &L) {
  return std::make_tuple(L.IsParam, L.Param,
                         llvm::ArrayRef<const FieldDecl *>(L.ParamPath),
                         static_cast<unsigned>(L.Cat.Index), L.Source,
                         llvm::ArrayRef<const FieldDecl *>(L.Where),
                         L.Pseudonymised);
}

bool Label::operator<(const Label &O) const {
  // ArrayRef has no operator<; compare element-wise through std::lexicographical.
  if (IsParam != O.IsParam)
    return IsParam < O.IsParam;
  if (Param != O.Param)
    return Param < O.Param;
  if (ParamPath != O.ParamPath)
    return std::lexicographical_compare(ParamPath.begin(), ParamPath.end(),
                                        O.ParamPath.begin(), O.ParamPath.end());
  if (Cat != O.Cat)
    return Cat < O.Cat;
  if (Source != O.Source)
    return std::less<const Decl *>()(Source, O.Source);
  if (Where != O.Where)
    return std::lexicographical_compare(Where.begin(), Where.end(),
                                        O.Where.begin(), O.Where.end());
  return Pseudonymised < O.Pseudonymised;
}

bool Label::sameHolder(const Label &O) const {
  return Holder == O.Holder && HolderPath == O.HolderPath;
}

bool Label::joinChanges(const Label &O) const {
  return (Holder && !sameHolder(O)) || (ViaNumber && !O.ViaNumber);
}

bool Label::join(const Label &O) {
  if (!joinChanges(O))
    return false;
  if (!sameHolder(O)) {
    Holder = nullptr;
    HolderPath.clear();
  }
  ViaNumber &= O.ViaNumber;
  return true;
}

bool Label::operator==(const Label &O) const { return key(*this) == key(O); }

void insertPurpose(PurposeSet &S, llvm::StringRef P) {
  if (P != AnyPurpose && P != AllPurposes)
    insertPurpose(S, AnyPurpose);
  auto It = std::lower_bound(S.begin(), S.end(), P);
  if (It == S.end() || *It != P)
    S.insert(It, P);
}

PurposeSet intersectPurposes(const PurposeSet &A, const PurposeSet &B) {
  if (llvm::is_contained(A, AllPurposes))
    return B;
  if (llvm::is_contained(B, AllPurposes))
    return A;
  PurposeSet R;
  for (llvm::StringRef P : A)
    if (std::binary_search(B.begin(), B.end(), P))
      R.push_back(P);
  return R;
}

bool unionPurposes(PurposeSet &Into, const PurposeSet &From) {
  bool Changed = false;
  for (llvm::StringRef P : From) {
    auto It = std::lower_bound(Into.begin(), Into.end(), P);
    if (It == Into.end() || *It != P) {
      Into.insert(It, P);
      Changed = true;
    }
  }
  return Changed;
}

llvm::SmallVector<Taint, 2> &TaintList::mut() {
  if (!P)
    P = llvm::makeIntrusiveRefCnt<Rep>();
  else if (P->UseCount() != 1) {
    auto Copy = llvm::makeIntrusiveRefCnt<Rep>();
    Copy->V = P->V;
    P = std::move(Copy);
  }
  return P->V;
}

bool TaintList::insertSorted(const Taint &T) {
  // Found without unsharing: most additions in a fixpoint add nothing.
  auto Less = [](const Taint &A, const Taint &B) { return A.L < B.L; };
  const Taint *It = std::lower_bound(begin(), end(), T, Less);
  size_t At = It - begin();
  if (It != end() && It->L == T.L) {
    // The first path found is kept, its label joined (Label::join).
    if (!It->L.joinChanges(T.L))
      return false;
    return mut()[At].L.join(T.L);
  }
  llvm::SmallVector<Taint, 2> &V = mut();
  V.insert(V.begin() + At, T);
  return true;
}

bool TaintList::wouldChange(const TaintList &O) const {
  const Taint *A = begin(), *B = O.begin();
  while (B != O.end()) {
    if (A == end() || B->L < A->L)
      return true; // a label only O has
    if (A->L < B->L) {
      ++A;
      continue;
    }
    if (A->L.joinChanges(B->L))
      return true;
    ++A;
    ++B;
  }
  return false;
}

bool TaintList::mergeFrom(const TaintList &O) {
  if (O.empty() || sharedWith(O))
    return false;
  if (empty()) {
    P = O.P;
    return true;
  }
  auto Less = [](const Taint &A, const Taint &B) { return A.L < B.L; };
  // Most joins at a fixpoint add nothing: find that out without copying.
  if (!wouldChange(O))
    return false;
  // Kept taints win on equal labels (the first path found stays), their
  // labels joined (Label::join).
  llvm::SmallVector<Taint, 2> Out;
  Out.reserve(size() + O.size());
  const Taint *A = begin(), *B = O.begin();
  bool Changed = false;
  while (A != end() || B != O.end()) {
    if (B == O.end() || (A != end() && Less(*A, *B))) {
      Out.push_back(*A++);
    } else if (A == end() || Less(*B, *A)) {
      Out.push_back(*B++);
      Changed = true;
    } else {
      Out.push_back(*A++);
      Changed |= Out.back().L.join(B++->L);
    }
  }
  if (!Changed)
    return false;
  P = llvm::makeIntrusiveRefCnt<Rep>();
  P->V = std::move(Out);
  return true;
}

bool Value::add(const Taint &T) { return Taints.insertSorted(T); }

bool Value::addAnonymised(const Taint &T) { return Anonymised.insertSorted(T); }

bool Value::merge(const Value &O) {
  if (O.empty() && O.Anonymised.empty())
    return false;
  if (empty() && Anonymised.empty()) {
    *this = O;
    return true;
  }
  bool Changed = Taints.mergeFrom(O.Taints);
  Changed |= Anonymised.mergeFrom(O.Anonymised);
  Changed |= unionPurposes(Consent, O.Consent);
  Changed |= unionPurposes(NegConsent, O.NegConsent);
  return Changed;
}

bool Value::operator==(const Value &O) const {
  if (Taints.size() != O.Taints.size() || Consent != O.Consent ||
      NegConsent != O.NegConsent || Anonymised.size() != O.Anonymised.size())
    return false;
  for (size_t I = 0; I < Taints.size(); ++I)
    if (!(Taints[I].L == O.Taints[I].L) ||
        !Taints[I].L.sameHolder(O.Taints[I].L) ||
        Taints[I].L.ViaNumber != O.Taints[I].L.ViaNumber)
      return false;
  for (size_t I = 0; I < Anonymised.size(); ++I)
    if (!(Anonymised[I].L == O.Anonymised[I].L))
      return false;
  return true;
}

bool fitsField(llvm::ArrayRef<const FieldDecl *> P, const FieldDecl *F) {
  if (P.size() < MaxFieldDepth)
    return true;
  if (P.size() > MaxFieldDepth || !F->getParent()->isUnion())
    return false;
  QualType T = P.back()->getType();
  while (const auto *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType();
  const RecordDecl *Last = T->getAsRecordDecl();
  return Last && Last->getCanonicalDecl() == F->getParent()->getCanonicalDecl();
}

void boundPath(FieldPath &P) {
  for (size_t I = 0; I < P.size(); ++I)
    if (!fitsField(llvm::ArrayRef<const FieldDecl *>(P).take_front(I), P[I])) {
      P.resize(I);
      return;
    }
}

namespace {
enum class Shape { Numeric, Empty, Other };
} // namespace

/// A number, an enum or a bool, or a record made only of them beside empty
/// bases (a strong typedef such as srsRAN's TEID, whose operators are
/// empty mixin bases): what a protocol header's field holds.
static Shape shapeOf(QualType T, unsigned Depth) {
  T = T.getCanonicalType();
  if (T->isArithmeticType() || T->isEnumeralType())
    return Shape::Numeric;
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD || Depth >= MaxFieldDepth || !RD->getDefinition() || RD->isUnion())
    return Shape::Other;
  RD = RD->getDefinition();
  Shape S = Shape::Empty;
  auto Add = [&](QualType Part) {
    Shape P = shapeOf(Part, Depth + 1);
    if (P == Shape::Other)
      S = Shape::Other;
    else if (P == Shape::Numeric && S == Shape::Empty)
      S = Shape::Numeric;
  };
  if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
    for (const CXXBaseSpecifier &B : CRD->bases())
      Add(B.getType());
  for (const FieldDecl *G : RD->fields())
    Add(G->getType());
  return S;
}

/// Whether a taint of the whole object, or one located at its field \p F
/// (written there, as a callee's summary puts it), stays out of F: the
/// field is a number and the category is not carried by numbers
/// (CategoryRule::InNumericFields: content is the message's bytes, its
/// header's sequence number is not). \p Numeric caches F's type test.
static bool isNumericField(const FieldDecl *F, std::optional<bool> &Numeric) {
  if (!Numeric)
    Numeric = shapeOf(F->getType().getNonReferenceType(), 0) == Shape::Numeric;
  return *Numeric;
}

/// Whether \p F is a member of a class template specialization that has
/// the type \p TD declares as a type argument, while F is of another type:
/// the key beside an Msisdn in `std::pair<const int, Msisdn>`.
static bool besideTypeArgument(const FieldDecl *F, const TypeDecl *TD) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(F->getParent());
  if (!Spec)
    return false;
  // A typedef's underlying type; a tag's type (asked through TypeDecl:
  // Clang 22 deletes the TagDecl overload and makes tag types lazily).
  QualType Declared =
      isa<TypedefNameDecl>(TD)
          ? cast<TypedefNameDecl>(TD)->getUnderlyingType()
          : TD->getASTContext().getTypeDeclType(TD);
  auto Same = [&](QualType T) {
    return T.getCanonicalType().getUnqualifiedType() ==
           Declared.getCanonicalType().getUnqualifiedType();
  };
  if (Same(F->getType()))
    return false;
  for (const TemplateArgument &A : Spec->getTemplateArgs().asArray())
    if (A.getKind() == TemplateArgument::Type && Same(A.getAsType()))
      return true;
  return false;
}

static bool staysOutOf(const Taint &T, const FieldDecl *F,
                       std::optional<bool> &Numeric) {
  if (T.L.IsParam)
    return false;
  // A type argument's category is in the members of that type, not in
  // the one beside it (`kv.first` of a map to an Msisdn).
  if (const auto *TD = dyn_cast_or_null<TypeDecl>(T.L.Source);
      TD && T.L.Where.empty() && besideTypeArgument(F, TD))
    return true;
  if (policy().rule(T.L.Cat).InNumericFields)
    return false;
  // A field declared of the category keeps it (its own label, located at
  // itself).
  if (!T.L.Where.empty() && T.L.Source == T.L.Where.back())
    return false;
  return isNumericField(F, Numeric);
}

Value storableIn(const Value &V, const FieldDecl *F) {
  std::optional<bool> Numeric;
  if ((!V.hasTaint() && V.Anonymised.empty()) || !isNumericField(F, Numeric))
    return V;
  return throughNumber(V);
}

Value throughNumber(const Value &V) {
  Value R;
  R.Consent = V.Consent;
  R.NegConsent = V.NegConsent;
  for (const Taint &T : V.Taints) {
    if (!T.L.IsParam && !policy().rule(T.L.Cat).InNumericFields)
      continue;
    Taint N = T;
    N.L.ViaNumber |= N.L.IsParam;
    R.add(N);
  }
  for (const Taint &T : V.Anonymised)
    if (T.L.IsParam || policy().rule(T.L.Cat).InNumericFields)
      R.addAnonymised(T);
  return R;
}

Value projectField(const Value &V, const FieldDecl *F) {
  Value R;
  std::optional<bool> Numeric;
  if (llvm::none_of(V.Anonymised,
                    [&](const Taint &T) { return staysOutOf(T, F, Numeric); }))
    R.Anonymised = V.Anonymised; // a part of an anonymised result is too
  else
    for (const Taint &T : V.Anonymised)
      if (!staysOutOf(T, F, Numeric))
        R.addAnonymised(T);
  for (const Taint &T : V.Taints) {
    if (staysOutOf(T, F, Numeric))
      continue;
    Taint N = T;
    if (T.L.Where.empty()) {
      if (N.L.IsParam && fitsField(N.L.ParamPath, F))
        N.L.ParamPath.push_back(F);
    } else if (T.L.Where.front() == F) {
      N.L.Where.erase(N.L.Where.begin());
      // The declared field itself, read on its own: its category holds
      // whatever a caller filled (Label::Holder is for whole objects).
      if (N.L.Where.empty()) {
        N.L.Holder = nullptr;
        N.L.HolderPath.clear();
      }
    } else {
      continue; // located elsewhere
    }
    // A caller's data read as a number: the caller judges its category.
    if (N.L.IsParam && isNumericField(F, Numeric))
      N.L.ViaNumber = true;
    R.add(N);
  }
  return R;
}

Value relocatedToWhole(const Value &V) {
  Value R = V;
  R.Taints.clear();
  for (const Taint &T : V.Taints) {
    Taint N = T;
    N.L.Where.clear();
    R.add(N);
  }
  return R;
}

Value embedAt(const Value &V, llvm::ArrayRef<const FieldDecl *> P) {
  if (P.empty())
    return V;
  // The truth of a part is not the truth of the whole (p->ctx == 0 says
  // nothing of p): consent facts stay with the place they were found at.
  Value R;
  R.Anonymised = V.Anonymised;
  for (const Taint &T : V.Taints) {
    Taint N = T;
    FieldPath W(P.begin(), P.end());
    W.append(T.L.Where.begin(), T.L.Where.end());
    boundPath(W);
    N.L.Where = std::move(W);
    R.add(N);
  }
  return R;
}

Value withStep(const Value &V, SourceLocation Loc, StepKind Kind,
               const std::string &Subject, const std::string &Via) {
  if (V.Taints.empty() || Loc.isInvalid())
    return V;
  Value R = V;
  for (Taint &T : R.Taints.mutableTaints())
    T.T = extendTrace(T.T, Loc, Kind, Subject, Via);
  return R;
}

} // namespace clang::tidy::privacy
