//===--- SqlTables.h - Constant SQL and tables of prepared statements -*- C++ -*-===//
//
// Two facts of a translation unit that the SQL of a bound value depends on.
// A table of SQL texts (`static const char *stmt_sql[] = {...}`) whose
// elements never change: `const`, or internal and only ever read. And an
// array of statement handles (a field `stmt[N]` of a context struct, or a
// global) whose every write is a prepare from such a table at the same
// index (or from constant SQL at a constant index) or a clear: element k
// holds a statement of the SQL at k. Whole-program mode joins the handle
// facts of every TU through the summary store (SummaryStore.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_SQLTABLES_H
#define PRIVACY_TIDY_ENGINE_SQLTABLES_H

#include "Models.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseSet.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// How deep constant SQL (`?:`, a constant variable, a table element) and a
/// binding's choices are followed.
inline constexpr unsigned MaxConstantDepth = 8;

/// What code says of one array of statement handles.
struct HandleTable {
  /// Written otherwise than by a prepare or a clear (or, across TUs, two
  /// TUs disagree): nothing is known.
  bool Other = false;
  std::map<uint64_t, std::set<std::string>> Texts; ///< index -> SQL
  std::set<uint64_t> UnknownAt; ///< prepared from SQL not known
  bool operator==(const HandleTable &O) const {
    return Other == O.Other && Texts == O.Texts && UnknownAt == O.UnknownAt;
  }
  /// The texts element \p K may have been prepared from; false if unknown.
  bool textsAt(uint64_t K, std::vector<std::string> &Out) const;
};

/// The join of two translation units' facts: the same, or nothing known.
HandleTable agree(const HandleTable &A, const HandleTable &B);

class SqlTables {
public:
  /// Scans every function and initialiser outside system headers.
  SqlTables(ASTContext &Ctx, DeclFacts &Facts);

  /// The texts a constant string expression may have: a literal (adjacent
  /// pieces are one), a constant variable or an element of a constant or
  /// never-written table initialised by literals (every element for an
  /// index that is not constant), either branch of `?:`. False when one is
  /// not constant.
  bool constantTexts(const Expr *E, std::vector<std::string> &Out,
                     unsigned Depth = 0) const;
  /// The array of handles \p E reads an element of (`X->F[K]`, `G[K]`),
  /// with the indices K may have (a constant, or `?:` of them); null if not.
  const ValueDecl *handleRead(const Expr *E,
                              std::vector<uint64_t> &Indices) const;
  /// This TU's facts, by the canonical field or variable.
  const std::map<const ValueDecl *, HandleTable> &tables() const {
    return Tables;
  }

private:
  ASTContext &Ctx;
  DeclFacts &Facts;
  llvm::DenseSet<const VarDecl *> Written; ///< text tables not only read
  std::map<const ValueDecl *, HandleTable> Tables;
  const InitListExpr *tableInit(const Expr *Base) const;
  void notePrepare(const CallExpr *C, const SqlSpec &Q, const Expr *Dest,
                   HandleTable &T) const;
  friend class TableScan;
};

/// Whether \p D is an array of statement handles: an array (field or
/// variable) of pointers to records.
bool isHandleArray(const ValueDecl *D);

} // namespace clang::tidy::privacy

#endif
