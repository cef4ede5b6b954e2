//===--- Waivers.cpp - Which in-source waivers the gate honours -----------===//

#include "Waivers.h"
#include "Console.h"

#include "sarif/Merge.h"

#include <cstdlib>
#include <ctime>
#include <iostream>
#include <set>

namespace clang::tidy::privacy::tool {

using nlohmann::json;

namespace {

bool allDigits(const std::string &S, size_t From, size_t Count) {
  for (size_t I = From; I < From + Count; ++I)
    if (S[I] < '0' || S[I] > '9')
      return false;
  return true;
}

std::string currentUtcDate() {
  std::time_t Now = std::time(nullptr);
  std::tm Utc{};
  gmtime_r(&Now, &Utc);
  char Buffer[16];
  std::strftime(Buffer, sizeof Buffer, "%Y-%m-%d", &Utc);
  return Buffer;
}

/// The suppression the gate may still honour (inSource, not rejected).
json *activeSuppression(json &Result) {
  auto It = Result.find("suppressions");
  if (It == Result.end() || !It->is_array())
    return nullptr;
  for (json &S : *It)
    if (S.value("status", std::string()) != "rejected")
      return &S;
  return nullptr;
}

/// Why \p S must not be honoured, or "" when it may.
std::string rejectionReason(const json &S, const std::string &RuleId,
                            const std::string &Today,
                            bool RequireJustification) {
  const json Properties = S.value("properties", json::object());
  if (Properties.contains("expires")) {
    std::string Expires = Properties.value("expires", std::string());
    if (!isIsoDate(Expires))
      return "malformed-expires";
    // ISO dates compare as strings; the waiver holds on its expiry day.
    if (Expires < Today)
      return "expired";
  }
  if (RequireJustification && RuleId.compare(0, 8, "privacy-") == 0 &&
      S.value("justification", std::string()).empty())
    return "no-justification";
  return "";
}

/// Once per waiver: a NOLINTBEGIN block may waive many findings.
void warnUnknownFields(const json &S, const std::string &Root,
                       std::set<std::string> &Warned) {
  const json Properties = S.value("properties", json::object());
  if (!Properties.contains("unknownFields"))
    return;
  std::string Where =
      S.contains("location") && S["location"].contains("physicalLocation")
          ? locationText(S["location"]["physicalLocation"], Root)
          : std::string("<unknown>");
  if (!Warned.insert(Where).second)
    return;
  for (const json &Key : Properties["unknownFields"])
    std::cerr << Where << ": warning: unknown waiver field '"
              << Key.get<std::string>()
              << "' (known: ref, approved-by, expires); it is ignored\n";
}

} // namespace

bool isIsoDate(const std::string &Date) {
  if (Date.size() != 10 || Date[4] != '-' || Date[7] != '-' ||
      !allDigits(Date, 0, 4) || !allDigits(Date, 5, 2) ||
      !allDigits(Date, 8, 2))
    return false;
  int Year = std::stoi(Date.substr(0, 4));
  int Month = std::stoi(Date.substr(5, 2));
  int Day = std::stoi(Date.substr(8, 2));
  static const int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (Month < 1 || Month > 12 || Day < 1)
    return false;
  bool Leap = (Year % 4 == 0 && Year % 100 != 0) || Year % 400 == 0;
  return Day <= Days[Month - 1] + (Month == 2 && Leap ? 1 : 0);
}

std::optional<std::string> resolveToday(std::string &Today) {
  if (!Today.empty())
    return isIsoDate(Today) ? std::nullopt
                            : std::optional<std::string>(
                                  "--today needs a date YYYY-MM-DD, not '" +
                                  Today + "'");
  const char *Env = std::getenv("PRIVACY_TIDY_TODAY");
  if (Env && *Env) {
    if (!isIsoDate(Env))
      return "PRIVACY_TIDY_TODAY needs a date YYYY-MM-DD, not '" +
             std::string(Env) + "'";
    Today = Env;
    return std::nullopt;
  }
  Today = currentUtcDate();
  return std::nullopt;
}

WaiverReview reviewWaivers(json &Log, const std::string &Today,
                           bool RequireJustification, const std::string &Root) {
  WaiverReview Review;
  std::set<std::string> Warned;
  for (json &Result : Log["runs"][0]["results"]) {
    json *S = activeSuppression(Result);
    if (!S)
      continue;
    warnUnknownFields(*S, Root, Warned);
    std::string Reason = rejectionReason(
        *S, Result.value("ruleId", std::string()), Today,
        RequireJustification);
    if (Reason.empty())
      continue;
    (*S)["status"] = "rejected";
    (*S)["properties"]["rejectedBecause"] = Reason;
    if (Reason == "expired")
      ++Review.Expired;
    else if (Reason == "malformed-expires")
      ++Review.Malformed;
    else
      ++Review.Unjustified;
  }
  return Review;
}

const json *rejectedWaiver(const json &Result) {
  auto It = Result.find("suppressions");
  if (It == Result.end() || !It->is_array() || sarif::isSuppressed(Result))
    return nullptr;
  for (const json &S : *It)
    if (S.contains("properties") &&
        S["properties"].contains("rejectedBecause"))
      return &S;
  return nullptr;
}

std::string rejectionText(const json &Suppression) {
  const json Properties = Suppression.value("properties", json::object());
  std::string Reason = Properties.value("rejectedBecause", std::string());
  std::string Expires = Properties.value("expires", std::string());
  if (Reason == "expired")
    return "expired on " + Expires;
  if (Reason == "malformed-expires")
    return "has a malformed expiry date 'expires=" + Expires +
           "' (expected YYYY-MM-DD)";
  return "gives no justification (--require-justification)";
}

std::optional<std::string> rejectedWaiverNote(const json &Result) {
  const json *S = rejectedWaiver(Result);
  if (!S)
    return std::nullopt;
  return "the waiver here " + rejectionText(*S) +
         "; it does not suppress the finding";
}

bool countsAsNew(const json &Result, bool HasBaseline) {
  if (sarif::isSuppressed(Result))
    return false;
  if (rejectedWaiver(Result))
    return true;
  return !HasBaseline ||
         Result.value("baselineState", std::string()) != "unchanged";
}

std::string waiverSummary(const WaiverReview &Review) {
  std::string Text;
  auto Add = [&Text](size_t N, const char *One, const char *Many) {
    if (N)
      Text += ", " + std::to_string(N) + " " + (N == 1 ? One : Many);
  };
  Add(Review.Expired, "waiver expired", "waivers expired");
  Add(Review.Malformed, "waiver with a malformed expiry date",
      "waivers with a malformed expiry date");
  Add(Review.Unjustified, "NOLINT without justification",
      "NOLINTs without justification");
  return Text;
}

} // namespace clang::tidy::privacy::tool
