//===--- Waivers.h - Which in-source waivers the gate honours ---*- C++ -*-===//
//
// A NOLINT waiver may carry an expiry date and must, with
// --require-justification, say why (sarif/Waiver.h parses the fields). A
// waiver the gate does not honour stays in the log with status "rejected"
// and properties.rejectedBecause, so its finding counts as new again and the
// auditor sees why.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_WAIVERS_H
#define PRIVACY_TIDY_TOOLS_WAIVERS_H

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace clang::tidy::privacy::tool {

/// Whether \p Date is a real calendar date written YYYY-MM-DD.
bool isIsoDate(const std::string &Date);

/// \p Today when given (--today), else $PRIVACY_TIDY_TODAY, else the current
/// UTC date; an error for a value that is not a YYYY-MM-DD date.
std::optional<std::string> resolveToday(std::string &Today);

struct WaiverReview {
  size_t Expired = 0;
  size_t Malformed = 0;   ///< expires= is not a date
  size_t Unjustified = 0; ///< bare NOLINT under --require-justification
};

/// Rejects the suppressions of \p Log the gate must not honour: expired
/// (expires < \p Today), a malformed expiry date, and, when
/// \p RequireJustification, a privacy check's NOLINT without justification.
/// Warns on stderr about unknown waiver fields (paths resolved against
/// \p Root).
WaiverReview reviewWaivers(nlohmann::json &Log, const std::string &Today,
                           bool RequireJustification, const std::string &Root);

/// Why \p Suppression was rejected: "expired on 2026-01-31", ...
std::string rejectionText(const nlohmann::json &Suppression);

/// Why a suppression of \p Result was rejected, as a note for the console;
/// std::nullopt when none was.
std::optional<std::string> rejectedWaiverNote(const nlohmann::json &Result);

/// The rejected suppression of \p Result, or null.
const nlohmann::json *rejectedWaiver(const nlohmann::json &Result);

/// Whether the gate counts \p Result as new: not suppressed, and either new
/// against the baseline or no longer waived.
bool countsAsNew(const nlohmann::json &Result, bool HasBaseline);

/// ", 1 waiver expired, ..." for the run summary; empty when nothing was
/// rejected.
std::string waiverSummary(const WaiverReview &Review);

} // namespace clang::tidy::privacy::tool

#endif
