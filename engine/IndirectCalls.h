//===--- IndirectCalls.h - What a call through a pointer may reach -*- C++ -*-===//
//
// C code calls through function pointers: a table of operations, a
// callback parameter, a handler variable. The functions such a call may
// reach are the functions stored into the place it calls through (a
// variable, a parameter, a member: field-based, like a points-to analysis
// that does not tell objects apart), followed through copies between such
// places. A place that may also hold functions stored out of sight (a
// member, a global or a parameter other files may reach, a place whose
// address is taken) is open: a call through it is also unknown code.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_INDIRECTCALLS_H
#define PRIVACY_TIDY_ENGINE_INDIRECTCALLS_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include <vector>

namespace clang::tidy::privacy {

class IndirectCalls {
public:
  /// What the code the call graph walks stores into places of function
  /// pointer type (CallGraph's collector calls these).
  void noteAssign(const BinaryOperator *BO);
  void noteVar(const VarDecl *VD);
  void noteInitList(const InitListExpr *ILE);
  /// The arguments of a direct call go to its parameters.
  void noteCall(const CallExpr *CE);
  void noteAddressOf(const UnaryOperator *UO);
  /// Follows the copies between places; call once, after collecting.
  void finish();

  struct Targets {
    std::vector<const FunctionDecl *> Functions; ///< in source order
    bool Open = true; ///< other functions may be stored out of sight
  };
  /// The functions \p CE may call through a pointer; none for a direct
  /// call or a place nothing was seen stored into. Resolved once per call
  /// (after finish()): the solver asks at every visit of its block.
  Targets targets(const CallExpr *CE, const SourceManager &SM);

private:
  using Place = const ValueDecl *; ///< variable, parameter or member
  struct Contents {
    llvm::SetVector<const FunctionDecl *> Functions;
    llvm::SetVector<Place> CopiedFrom;
    bool Open = false;
  };
  llvm::DenseMap<Place, Contents> Places;
  llvm::DenseMap<const CallExpr *, Targets> Resolved;
  llvm::DenseSet<const InitListExpr *> SeenLists;

  static Place placeOf(const Expr *E);
  void store(Place P, const Expr *Value);
  void storeInit(Place P, const Expr *Init);
  void storeFields(const InitListExpr *ILE);
  bool isOpen(Place P, const Contents &C) const;
  Targets resolve(const CallExpr *CE, const SourceManager &SM) const;
};

} // namespace clang::tidy::privacy

#endif // PRIVACY_TIDY_ENGINE_INDIRECTCALLS_H
