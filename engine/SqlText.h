//===--- SqlText.h - Which parameters an SQL statement stores ---*- C++ -*-===//
//
// A small, conservative reader of one SQL statement: it answers whether the
// value bound to a parameter is stored (retention) or only used to find or
// remove rows. Anything it cannot read is "stored", as if it knew no SQL.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_SQLTEXT_H
#define PRIVACY_TIDY_ENGINE_SQLTEXT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::privacy {

class SqlStatement {
public:
  /// Reads \p Sql: SELECT and DELETE store no parameter, INSERT and REPLACE
  /// (with ON CONFLICT, with a SELECT) store every one, UPDATE those before
  /// its WHERE. Any other statement, or more than one, stores them all.
  static SqlStatement read(llvm::StringRef Sql);

  /// Whether the value bound to parameter number \p N (1-based, SQLite's
  /// numbering of `?`, `?NNN`, `:name`, `@name`, `$name`) may be stored;
  /// true for a number no parameter has.
  bool storesNumber(long long N) const;
  /// The same for a parameter named \p Name (`$imsi`, `:imsi`, `$1`).
  bool storesName(llvm::StringRef Name) const;
  /// Whether any parameter may be stored.
  bool storesAny() const;

private:
  struct Parameter {
    std::string Name; ///< empty for `?` and `?NNN`
    long long Number = 0;
    bool Stored = true;
  };
  bool Understood = false;
  std::vector<Parameter> Parameters;
  friend class SqlReader;
};

} // namespace clang::tidy::privacy

#endif
