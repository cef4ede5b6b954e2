//===--- Register.h - Processing operations in SARIF logs --------*- C++ -*-===//
//
// The register of processing operations travels in the run's property bag,
// runs[0].properties["privacy-tidy/register"]: an array of rows, one per
// (category, action, sink, purpose, basis, consent purpose, retention), each
// with the code locations that realise it (docs/register.md, docs/sarif.md).
// The same row shape is the `rows` of a register file (docs/register.schema.json).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_REGISTER_H
#define PRIVACY_TIDY_SARIF_REGISTER_H

#include "LogBuilder.h"
#include "report/Processing.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace clang::tidy::privacy::sarif {

inline constexpr const char RegisterProperty[] = "privacy-tidy/register";

/// What makes two rows the same operation: every field but the locations.
/// An empty Purpose or ConsentPurpose means none (null in JSON).
struct RegisterKey {
  std::string Category, Action, Sink, Purpose, Basis, ConsentPurpose;
  std::optional<int64_t> RetentionDays;
  auto tie() const {
    return std::tie(Category, Action, Sink, Purpose, Basis, ConsentPurpose,
                    RetentionDays);
  }
  bool operator<(const RegisterKey &O) const { return tie() < O.tie(); }
  bool operator==(const RegisterKey &O) const { return tie() == O.tie(); }
};

/// The key of a validated row.
RegisterKey registerKey(const json &Row);
/// The row's key fields as JSON (nulls for none), without locations.
json keyFields(const RegisterKey &K);

/// Checks rows as written in a log or a register file; the error names
/// \p Name and the JSON pointer of the first problem below \p Pointer.
std::optional<std::string> validateRegisterRows(const json &Rows,
                                                const std::string &Name,
                                                const std::string &Pointer);

/// Rows joined by key, their locations united; sorted output.
class ProcessingRegister {
public:
  /// A validated row (its locations already relative to the right root).
  void add(const json &Row);
  /// A record of the plugin, its location made relative to \p SourceRoot.
  void add(const ProcessingRecord &R, const std::string &SourceRoot);
  /// Sorted by key; each row's locations sorted by URI and line.
  json rows() const;

private:
  using LocationKey = std::tuple<std::string, int64_t, std::string>;
  std::map<RegisterKey, std::map<LocationKey, json>> Rows;
};

} // namespace clang::tidy::privacy::sarif

#endif
