//===--- Waiver.h - The structured fields of a NOLINT justification -*- C++ -*-===//
//
// A waiver is a NOLINT directive whose justification says who approved it,
// until when, and under which reference:
//
//   // NOLINT(privacy-export): DPIA-2026-03; approved-by=dpo; expires=2027-06-30; <reason>
//
// Segments are separated by ';'. A segment `key=value` (the key a single word
// of letters and '-') is a field; a leading segment without spaces before the
// first field is the reference; the other segments are the reason. The log
// keeps the fields as suppression properties; privacy-tidy decides whether an
// expiry date is valid and passed (tools/privacy-tidy/Waivers.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_WAIVER_H
#define PRIVACY_TIDY_SARIF_WAIVER_H

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::sarif {

struct WaiverFields {
  std::optional<std::string> Reference;  ///< ref=, or the leading token
  std::optional<std::string> ApprovedBy; ///< approved-by=
  std::optional<std::string> Expires;    ///< expires=, as written
  std::string Reason;                    ///< the text that is no field
  std::vector<std::string> UnknownKeys;  ///< other key=value keys, in order
};

/// The fields of \p Justification; std::nullopt when it has no `key=value`
/// segment (a plain justification).
std::optional<WaiverFields> parseWaiver(const std::string &Justification);

} // namespace clang::tidy::privacy::sarif

#endif
