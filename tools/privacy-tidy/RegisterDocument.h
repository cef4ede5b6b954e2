//===--- RegisterDocument.h - The register as a file -------------*- C++ -*-===//
//
// The processing register privacy-tidy writes (JSON per
// docs/register.schema.json, and CSV), and a declared register: one such
// file, reviewed and committed, that the drift gate compares with.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_REGISTERDOCUMENT_H
#define PRIVACY_TIDY_TOOLS_REGISTERDOCUMENT_H

#include "sarif/Register.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::tool {

/// The register file's format version ("version" in the file).
inline constexpr int RegisterFormatVersion = 1;

/// {"$schema", "version", "rows"} from a merged log's register property;
/// locations keep their URI (relative to the source root) and line. An
/// error when the log carries no register.
std::optional<std::string> registerDocument(const sarif::json &Log,
                                            const std::string &LogName,
                                            sarif::json &Out);

/// The rows as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or
/// line break quoted, quotes doubled), with a header line; the locations
/// of a row are one field, "uri:line" separated by spaces.
std::string registerCsv(const sarif::json &Document);

/// A reviewed register file.
struct DeclaredRegister {
  std::string Name; ///< the path, for messages
  std::vector<sarif::RegisterKey> Rows;
};

/// Reads and checks \p Path; errors name the file and the JSON pointer
/// (or line and column for a syntax error).
std::optional<std::string> loadDeclaredRegister(const std::string &Path,
                                                DeclaredRegister &Out);

} // namespace clang::tidy::privacy::tool

#endif
