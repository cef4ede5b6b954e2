//===--- DataHolders.h - Can a type hold the data itself? -------*- C++ -*-===//
//
// privacy-unannotated-data reads names, and a name that says IMSI is only a
// candidate when the declaration's type can hold an IMSI itself: characters,
// integers, strings, a record of such values, a `std` container or wrapper
// of them. A record that carries behaviour - a function pointer, a
// `std::function`, a virtual function, directly or in a member held by value
// - is an object that works on data: a VTY command element
// (`struct cmd_element subscriber_msisdn_cmd`, made by `DEFUN`), a timer, an
// operation record that embeds one. A record without any value - a list
// head (`LLIST_HEAD(g_imsi_ops)`), an empty tag - links objects. The data
// in either is in their fields, which are evaluated on their own.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_DATAHOLDERS_H
#define PRIVACY_TIDY_CHECKS_DATAHOLDERS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::privacy {

/// The type arguments of a `std` template as the type \p T names them: those
/// of the specialisation, or for a dependent type those written. Packs
/// (`std::variant<A, B>`) are expanded. False if \p T is no `std` template.
bool stdTemplateTypeArgs(QualType T, llvm::SmallVectorImpl<QualType> &Args);

/// Whether \p T, through references, pointers and arrays, is code rather
/// than data: a lambda's closure type, or a class whose whole public
/// interface is a call operator - a functor, a type-erased task such as
/// srsRAN's `unique_task`. Besides `operator()` (its own or a public
/// base's) such a class has only constructors, a destructor, assignments,
/// conversions (`explicit operator bool`), `swap` and queries without
/// parameters that return bool (`is_empty`), and no public field. What it
/// keeps (captures, a small buffer) is not the data even when it could hold
/// some. A matrix with `operator()(i, j)` also has `rows()`: data.
/// (`std::function` holds no data already: its argument is a function type.)
bool isCallable(QualType T);

/// Answers, memoized per translation unit, whether a type can hold data.
class DataHolders {
public:
  /// Whether a declaration of type \p T can hold a value itself: through
  /// references, pointers, arrays and the type arguments of `std`
  /// templates, some scalar other than a flag, enum or function, or a
  /// record that holds values and no behaviour. Types that cannot be
  /// inspected (dependent, incomplete records) can.
  bool canHold(QualType T);
  /// The same for a record: some value, no behaviour. A record without a
  /// definition can.
  bool canHold(const RecordDecl *RD);
  /// Forgets the records of the translation unit that ended.
  void clear() { Records.clear(); }

private:
  /// What a record, or a member of one, contributes.
  enum class Holds { Nothing, Value, Behaviour };
  Holds classify(const RecordDecl *Def);
  /// A member of type \p T; \p Indirect when reached through a pointer,
  /// a reference or a `std` template argument: a link to an object with
  /// behaviour does not make its holder one.
  Holds member(QualType T, bool Indirect, unsigned Depth);
  /// Records being classified count as Nothing (`struct llist_head
  /// *next`).
  llvm::DenseMap<const RecordDecl *, Holds> Records;
};

} // namespace clang::tidy::privacy

#endif // PRIVACY_TIDY_CHECKS_DATAHOLDERS_H
