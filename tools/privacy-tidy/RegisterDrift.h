//===--- RegisterDrift.h - The register against a declared one ---*- C++ -*-===//
//
// The drift gate: a processing operation the code performs that the
// reviewed register does not declare fails the run, lawful or not; a
// declared one the code no longer performs is reported as gone. Rows are
// the same when their key fields are (sarif::RegisterKey: locations do not
// count); a shorter declared retention than the declared row's is covered
// by it (docs/register.md).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_REGISTERDRIFT_H
#define PRIVACY_TIDY_TOOLS_REGISTERDRIFT_H

#include "RegisterDocument.h"

namespace clang::tidy::privacy::tool {

struct RegisterDrift {
  std::vector<const sarif::json *> New; ///< rows of the register document
  std::vector<sarif::RegisterKey> Gone; ///< rows of the declared register
  size_t Rows = 0;
};

/// Whether declared row \p Declared covers the operation \p Found.
bool covers(const sarif::RegisterKey &Declared, const sarif::RegisterKey &Found);

/// Compares the rows of \p Document (registerDocument) with \p Declared.
RegisterDrift compareRegister(const sarif::json &Document,
                              const DeclaredRegister &Declared);

/// Prints each new row as an error at its first location (stdout), each
/// gone row as a note, and a summary line (stderr unless \p Quiet).
/// \p Root resolves relative URIs.
void printDrift(const RegisterDrift &Drift, const DeclaredRegister &Declared,
                const std::string &Root, bool Quiet);

} // namespace clang::tidy::privacy::tool

#endif
