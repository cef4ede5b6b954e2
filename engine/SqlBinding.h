//===--- SqlBinding.h - Where a wrapper binds, in its callers' terms -*- C++ -*-===//
//
// A bind wrapper (`db_bind_text(stmt, "$imsi", imsi)`) binds its value into
// the statement its caller passes, at the parameter its caller names: only
// the caller knows whether that SQL stores it. A summary's sink then carries
// this record, and each call decides (Analyzer::sqlBindingStores).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_SQLBINDING_H
#define PRIVACY_TIDY_ENGINE_SQLBINDING_H

#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// One way the SQL parameter is chosen: a constant number or name, or the
/// number or name the caller passes as a parameter; only when parameter
/// IfParam is (IfNonNull) or is not null, if IfParam is set.
struct SqlChoice {
  enum KindT { ByNumber, ByName, ByNumberParam, ByNameParam } Kind = ByNumber;
  long long Number = 0;
  std::string Name;
  int Param = -1;
  int IfParam = -1;
  bool IfNonNull = true;
  bool operator==(const SqlChoice &O) const {
    return Kind == O.Kind && Number == O.Number && Name == O.Name &&
           Param == O.Param && IfParam == O.IfParam && IfNonNull == O.IfNonNull;
  }
};

/// The value is bound into the statement the caller passes as parameter
/// Statement, at one of Choices: stored if any of them may be.
struct SqlBinding {
  int Statement = -1;
  std::vector<SqlChoice> Choices;
  bool operator==(const SqlBinding &O) const {
    return Statement == O.Statement && Choices == O.Choices;
  }
};

} // namespace clang::tidy::privacy

#endif
