//===--- Taint.h - Values of the privacy dataflow analysis ------*- C++ -*-===//
//
// A Value is what the analysis knows about one expression or memory location:
// which personal data may be in it (Taints) and, for booleans, which recorded
// consents hold when it is true (Consent).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_TAINT_H
#define PRIVACY_TIDY_ENGINE_TAINT_H

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "policy/Law.h"

namespace clang::tidy::privacy {

/// Category and sink-kind ids come from the active law (policy/Law.h).
inline llvm::StringRef categoryId(Category C) { return policy().rule(C).Id; }
inline std::optional<Category> parseCategory(llvm::StringRef Id) {
  return policy().category(std::string_view(Id.data(), Id.size()));
}
inline llvm::StringRef sinkKindId(SinkKind K) { return policy().kind(K).Id; }
inline std::optional<SinkKind> parseSinkKind(llvm::StringRef Id) {
  return policy().sinkKind(std::string_view(Id.data(), Id.size()));
}

/// One step of a path, shared between all values that travelled it. It
/// holds what happened and to what (StepKind, Subject, Via), never English:
/// report/Messages.cpp writes the text.
///
/// A node is either a step, after the steps of Prev, or a splice: Prev's
/// steps followed by the last TailKeep steps of Tail (a callee's path
/// appended at a call, see spliceTrace). A call shares the callee's path
/// instead of copying it: copies of every step at every call site were a
/// fifth of the analysis of a srsRAN Project TU. Read the steps with
/// traceSteps, never by following Prev.
struct TraceNode {
  SourceLocation Loc;
  StepKind Kind = StepKind::Assign;
  /// The first step of a path; a callee's source becomes an ordinary step
  /// when its path is appended to a caller's.
  bool IsSource = false;
  Category Cat;        ///< on source steps: the category declared
  std::string Subject; ///< the variable, function or field the step names
  std::string Via;     ///< the second name some steps carry
  std::string Name;    ///< on source steps: the data's name for messages
  std::shared_ptr<const TraceNode> Prev;
  std::shared_ptr<const TraceNode> Tail; ///< set on splices only
  size_t TailKeep = 0;
  size_t Length = 1; ///< steps of the whole path up to here
};
using Trace = std::shared_ptr<const TraceNode>;
Trace extendTrace(const Trace &T, SourceLocation Loc, StepKind Kind,
                  std::string Subject = {}, std::string Via = {});
/// The first step of a path: personal data of category \p Cat named \p Name.
Trace sourceTrace(SourceLocation Loc, StepKind Kind, Category Cat,
                  std::string Name, std::string Subject, std::string Via = {});
/// \p Head's steps followed by the last \p Keep steps of \p Tail, whose
/// source steps become ordinary steps. Neither path is copied.
Trace spliceTrace(const Trace &Head, const Trace &Tail, size_t Keep);
inline size_t traceLength(const Trace &T) { return T ? T->Length : 0; }
/// A step as it reads in its path: a step of an appended path is no source.
struct TraceStep {
  const TraceNode *N;
  bool IsSource;
};
/// The steps of \p T, first step first.
std::vector<TraceStep> traceSteps(const Trace &T);

/// Fields below a value: `cdr.cell.nci` is {cell, nci}. Bounded by
/// MaxFieldDepth so that recursive types terminate.
using FieldPath = llvm::SmallVector<const FieldDecl *, 2>;
constexpr unsigned MaxFieldDepth = 3;
/// Whether \p F may follow \p P in a path: MaxFieldDepth fields, and one
/// more when \p F is a member of the union the last field is. Which member
/// of a union is read decides what it holds (`mi.u.imsi`, not `mi.u.tmsi`),
/// so a union is never where a path is cut.
bool fitsField(llvm::ArrayRef<const FieldDecl *> P, const FieldDecl *F);
/// Cuts \p P to its longest prefix whose fields each fit.
void boundPath(FieldPath &P);

/// What kind of data a taint is. A concrete label is personal data of one
/// category from one source declaration; a parameter label stands for
/// "whatever the caller passed as parameter N" while a function summary is
/// computed.
struct Label {
  bool IsParam = false;
  int Param = 0;       ///< parameter index; -1 is `this` / the closure
  FieldPath ParamPath; ///< which part of the parameter
  Category Cat;
  const Decl *Source = nullptr; ///< the declaration the data was read from
  FieldPath Where;     ///< where inside this value the data lives
  bool Pseudonymised = false;
  /// Concrete data that is there only because a parameter's type declares
  /// it: the field at HolderPath of the object parameter Holder points to
  /// (or is). Whether the object really holds it is the caller's
  /// knowledge: a function with callers lets each decide (Summaries.cpp).
  /// Not part of the identity: the same data from anywhere else (or from
  /// another holder) makes it unconditional (join), so the paths
  /// and names found are those found without holders.
  const ParmVarDecl *Holder = nullptr;
  FieldPath HolderPath;
  /// A parameter's data that passed through a numeric field on the way
  /// here (`hdr.sn` parsed from the parameter's bytes): the caller drops
  /// the categories numbers do not carry (content) when it instantiates
  /// the label. Not part of the identity; joins keep it only if both have
  /// it (a may fact: another path may carry the bytes).
  bool ViaNumber = false;

  bool operator<(const Label &O) const;
  bool operator==(const Label &O) const;
  bool sameHolder(const Label &O) const;
  /// This label also stands for \p O: a holder both do not share is
  /// dropped, and so is ViaNumber unless both have it. True if it changed.
  bool join(const Label &O);
  /// Whether join(O) would change this label.
  bool joinChanges(const Label &O) const;
};

struct Taint {
  Label L;
  Trace T; ///< not part of the identity: the first path found is kept
};

/// Interned purpose strings of the consents that hold. AnyPurpose is in
/// the set whenever some consent holds, so that paths with different
/// consents still cover a sink that declares no purpose.
constexpr llvm::StringLiteral AnyPurpose = "*";
/// Every purpose: the consent facts of a value that is never true (a
/// literal false), so that joining it with a consent result keeps that one.
constexpr llvm::StringLiteral AllPurposes = "<all>";
using PurposeSet = llvm::SmallVector<llvm::StringRef, 1>;
/// Whether the set says the value it came from is never true (a literal
/// false, or a place known to hold one); as a state's consents: the code
/// there is never reached.
inline bool neverTrue(const PurposeSet &S) {
  return llvm::is_contained(S, AllPurposes);
}
void insertPurpose(PurposeSet &S, llvm::StringRef P);
PurposeSet intersectPurposes(const PurposeSet &A, const PurposeSet &B);
bool unionPurposes(PurposeSet &Into, const PurposeSet &From);

/// A list of taints sorted by label, shared by its copies until one of them
/// changes: values are copied on every read of a place and every cached
/// expression, and changed far less often (a copy is a reference count).
class TaintList {
public:
  const Taint *begin() const { return P ? P->V.begin() : nullptr; }
  const Taint *end() const { return P ? P->V.end() : nullptr; }
  size_t size() const { return P ? P->V.size() : 0; }
  bool empty() const { return size() == 0; }
  const Taint &operator[](size_t I) const { return P->V[I]; }
  const Taint &front() const { return P->V.front(); }
  operator llvm::ArrayRef<Taint>() const { return {begin(), end()}; }
  /// Whether both are the same list (equal without comparing).
  bool sharedWith(const TaintList &O) const { return P == O.P; }
  void clear() { P.reset(); }
  void reserve(size_t N) { mut().reserve(N); }
  void push_back(const Taint &T) { mut().push_back(T); }
  /// Adds T at its place unless a taint with its label is there.
  bool insertSorted(const Taint &T);
  /// Adds O's taints whose labels are not here (one pass over both); true
  /// if any was added.
  bool mergeFrom(const TaintList &O);
  /// Whether mergeFrom(O) would change this list.
  bool wouldChange(const TaintList &O) const;
  /// The taints to change in place (the list is unshared first).
  llvm::MutableArrayRef<Taint> mutableTaints() { return mut(); }

private:
  struct Rep : llvm::ThreadSafeRefCountedBase<Rep> {
    llvm::SmallVector<Taint, 2> V;
  };
  llvm::IntrusiveRefCntPtr<Rep> P;
  llvm::SmallVector<Taint, 2> &mut();
};

struct Value {
  TaintList Taints; ///< sorted by label
  /// Personal data that passed an anonymizer on the way here: no personal
  /// data any more, kept only so that the sink it reaches is recorded as a
  /// lawful flow (the processing register). Sorted by label.
  TaintList Anonymised;
  PurposeSet Consent;                 ///< consents that hold if this is true
  PurposeSet NegConsent;              ///< consents that hold if this is false

  bool empty() const { return Taints.empty() && !hasConsentFacts(); }
  /// A consent result or a literal flag: what holds when it is true/false.
  bool hasConsentFacts() const {
    return !Consent.empty() || !NegConsent.empty();
  }
  void clearConsent() {
    Consent.clear();
    NegConsent.clear();
  }
  bool hasTaint() const { return !Taints.empty(); }
  /// Adds T unless a taint with the same label is present; true if added.
  bool add(const Taint &T);
  bool merge(const Value &O); ///< true if anything was added
  bool addAnonymised(const Taint &T); ///< true if added
  bool operator==(const Value &O) const;
  bool operator!=(const Value &O) const { return !(*this == O); }
};

/// The value's part at field F: taints that cover the whole value stay,
/// taints located at F move up, taints located elsewhere are dropped.
Value projectField(const Value &V, const FieldDecl *F);
/// What a field keeps of a value written into it: a numeric field (as
/// projectField decides) not the categories numbers do not carry. A number
/// a parser puts into a header field (`h.seq = p->data[4]`) is the
/// protocol's, not the message's content.
Value storableIn(const Value &V, const FieldDecl *F);
/// What a value keeps after passing through a number: not the categories
/// numbers do not carry; parameter labels are marked ViaNumber.
Value throughNumber(const Value &V);
/// The value with each taint located at the whole of it (Where empty):
/// data whose place inside the value is unknown.
Value relocatedToWhole(const Value &V);
/// The value placed at field path P of a bigger value.
Value embedAt(const Value &V, llvm::ArrayRef<const FieldDecl *> P);
/// Appends a step to every trace in V.
Value withStep(const Value &V, SourceLocation Loc, StepKind Kind,
               const std::string &Subject = {}, const std::string &Via = {});

} // namespace clang::tidy::privacy

#endif
