//===--- Waiver.cpp - The structured fields of a NOLINT justification -----===//

#include "Waiver.h"
#include "SourceText.h"

namespace clang::tidy::privacy::sarif {

namespace {

std::vector<std::string> segments(const std::string &Text) {
  std::vector<std::string> Out;
  size_t Pos = 0;
  while (Pos <= Text.size()) {
    size_t Semi = Text.find(';', Pos);
    if (Semi == std::string::npos)
      Semi = Text.size();
    std::string Segment = trim(Text.substr(Pos, Semi - Pos));
    if (!Segment.empty())
      Out.push_back(Segment);
    Pos = Semi + 1;
  }
  return Out;
}

bool isKeyChar(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || C == '-';
}

/// `key=value` with the key one word: "expires=2027-06-30" is a field, "x = y
/// is fine" is not ("x " would be a key with a space).
bool splitField(const std::string &Segment, std::string &Key,
                std::string &Value) {
  size_t Eq = Segment.find('=');
  if (Eq == std::string::npos || Eq == 0)
    return false;
  for (size_t I = 0; I < Eq; ++I)
    if (!isKeyChar(Segment[I]))
      return false;
  Key = Segment.substr(0, Eq);
  for (char &C : Key)
    if (C >= 'A' && C <= 'Z')
      C = static_cast<char>(C - 'A' + 'a');
  Value = trim(Segment.substr(Eq + 1));
  return true;
}

void setField(WaiverFields &W, const std::string &Key,
              const std::string &Value) {
  if (Key == "approved-by")
    W.ApprovedBy = Value;
  else if (Key == "expires")
    W.Expires = Value;
  else if (Key == "ref" || Key == "reference")
    W.Reference = Value;
  else
    W.UnknownKeys.push_back(Key);
}

} // namespace

std::optional<WaiverFields> parseWaiver(const std::string &Justification) {
  WaiverFields W;
  bool AnyField = false;
  std::optional<std::string> Leading;
  std::string Reason;
  std::string Key, Value;
  for (const std::string &Segment : segments(Justification)) {
    if (splitField(Segment, Key, Value)) {
      AnyField = true;
      setField(W, Key, Value);
      continue;
    }
    // A single token before any field is the reference (DPIA-2026-03).
    if (!AnyField && !Leading && Reason.empty() &&
        Segment.find_first_of(" \t") == std::string::npos) {
      Leading = Segment;
      continue;
    }
    Reason += (Reason.empty() ? "" : "; ") + Segment;
  }
  if (!AnyField)
    return std::nullopt;
  if (Leading && W.Reference)
    Reason = *Leading + (Reason.empty() ? "" : "; " + Reason);
  else if (Leading)
    W.Reference = Leading;
  W.Reason = Reason;
  return W;
}

} // namespace clang::tidy::privacy::sarif
