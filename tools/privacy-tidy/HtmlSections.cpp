//===--- HtmlSections.cpp - Waivers, register and coverage sections -------===//

#include "HtmlSections.h"

#include <set>

namespace clang::tidy::privacy::tool {

namespace {

void headerRow(HtmlWriter &H, const std::vector<std::string> &Names) {
  H.raw("<thead><tr>");
  for (const std::string &N : Names)
    H.element("th", N, {{"scope", "col"}});
  H.raw("</tr></thead>");
}

/// A list of coverage notes as a table, or \p None when there are none.
void writeNotes(HtmlWriter &H, const char *Id, const char *Caption,
                const std::vector<CoverageNote> &Notes, const char *None) {
  if (Notes.empty()) {
    H.element("p", None, {{"id", Id}, {"data-count", "0"}});
    return;
  }
  H.open("table", {{"id", Id}, {"data-count", std::to_string(Notes.size())}})
      .element("caption", Caption);
  headerRow(H, {"Location", "What the tool said", "Source line"});
  H.raw("<tbody>");
  for (const CoverageNote &N : Notes) {
    H.open("tr").element("th", N.Where.text(), {{"scope", "row"}});
    H.element("td", N.Message).open("td");
    writeSourceLine(H, N.Where);
    H.close("td").close("tr");
  }
  H.raw("</tbody></table>");
}

std::string cellText(const sarif::json &V) {
  if (V.is_string())
    return V.get<std::string>();
  if (V.is_array()) {
    std::string Out;
    for (const sarif::json &E : V)
      Out += (Out.empty() ? "" : ", ") + cellText(E);
    return Out;
  }
  if (V.is_null())
    return "";
  return V.dump(-1, ' ', false, sarif::json::error_handler_t::replace);
}

/// The rows of the register: an array of objects, or {"rows": [...]}.
const sarif::json *registerRows(const sarif::json &Register) {
  if (Register.is_array())
    return &Register;
  if (Register.is_object() && Register.contains("rows") &&
      Register["rows"].is_array())
    return &Register["rows"];
  return nullptr;
}

void writeConfiguration(HtmlWriter &H, const CoverageView &C) {
  if (C.Configuration.empty()) {
    H.element("p", "The log does not record which law.json and model files "
                   "were used (it predates this record, or no flow check "
                   "ran).");
    return;
  }
  H.open("table", {{"id", "configuration"}})
      .element("caption", "Law and model files used (FNV-1a 64 hashes)");
  headerRow(H, {"Role", "File", "Hash"});
  H.raw("<tbody>");
  for (const ConfigFile &F : C.Configuration)
    H.open("tr")
        .element("th", F.Role, {{"scope", "row"}})
        .element("td", F.Name)
        .open("td")
        .element("code", F.Hash)
        .close("td")
        .close("tr");
  H.raw("</tbody></table>");
}

void writeRunFacts(HtmlWriter &H, const CoverageView &C,
                   const std::vector<std::string> &Inputs) {
  H.open("dl", {{"class", "facts"}});
  H.element("dt", "Tool").element("dd", C.ToolName + " " + C.ToolVersion);
  H.element("dt", "Analysis started (UTC)")
      .element("dd", C.StartTime.empty() ? "(not recorded)" : C.StartTime);
  H.element("dt", "Analysis ended (UTC)")
      .element("dd", C.EndTime.empty() ? "(not recorded)" : C.EndTime);
  H.element("dt", "Command line").open("dd");
  if (C.CommandLines.empty())
    H.text("(not recorded: the log was written by the plugin or by "
           "privacy-tidy merge)");
  for (const std::string &Line : C.CommandLines)
    H.element("code", Line, {{"class", "cmd"}}).raw("<br>");
  H.close("dd");
  H.element("dt", "SARIF logs read").open("dd");
  for (const std::string &Input : Inputs)
    H.element("code", Input).raw(" ");
  H.close("dd").close("dl");
}

} // namespace

void writeWaivers(HtmlWriter &H, const ReportModel &M) {
  H.open("section", {{"id", "waivers"}}).element("h2", "Waivers");
  std::vector<const FindingView *> Waived;
  bool Approver = false, Expiry = false, Reference = false;
  // Waivers in force and those the gate rejected (expired, ...): an
  // auditor reviews both.
  for (const FindingView &F : M.Findings)
    if (!F.Waivers.empty()) {
      Waived.push_back(&F);
      for (const WaiverView &W : F.Waivers) {
        Approver |= !W.ApprovedBy.empty();
        Expiry |= !W.Expires.empty();
        Reference |= !W.Reference.empty();
      }
    }
  if (Waived.empty()) {
    H.element("p", "No finding is suppressed in the source.")
        .close("section");
    return;
  }
  std::vector<std::string> Columns = {"Finding", "Check", "Status",
                                      "Justification"};
  if (Approver)
    Columns.push_back("Approved by");
  if (Expiry)
    Columns.push_back("Expires");
  if (Reference)
    Columns.push_back("Reference");
  H.open("table", {{"id", "waiver-table"}})
      .element("caption", "Findings suppressed in the source, with the "
                          "justification written there; a rejected waiver "
                          "no longer suppresses its finding");
  headerRow(H, Columns);
  H.raw("<tbody>");
  for (const FindingView *F : Waived) {
    const WaiverView &W = F->Waivers.front();
    H.open("tr").open("th", {{"scope", "row"}});
    writeFindingLink(H, *F);
    H.close("th").element("td", F->RuleId);
    H.element("td", F->Suppressed ? std::string("in force")
                    : W.RejectedBecause.empty()
                        ? "rejected"
                        : "rejected (" + W.RejectedBecause + ")");
    H.element("td", W.Justification.empty() ? "(no justification given)"
                                             : W.Justification);
    if (Approver)
      H.element("td", W.ApprovedBy);
    if (Expiry)
      H.element("td", W.Expires);
    if (Reference)
      H.element("td", W.Reference);
    H.close("tr");
  }
  H.raw("</tbody></table></section>");
}

/// A register location as "uri:line".
std::string locationCell(const sarif::json &Locations) {
  std::string Out;
  if (!Locations.is_array())
    return cellText(Locations);
  for (const sarif::json &L : Locations) {
    std::string One = cellText(L);
    if (L.is_object() && L.contains("uri") && L["uri"].is_string()) {
      One = L["uri"].get<std::string>();
      if (L.contains("line") && L["line"].is_number_integer())
        One += ":" + std::to_string(L["line"].get<long long>());
    }
    Out += (Out.empty() ? "" : ", ") + One;
  }
  return Out;
}

/// The register's rows (docs/register.md), in its own column order.
void writeRegister(HtmlWriter &H, const ReportModel &M) {
  if (!M.Register)
    return;
  H.open("section", {{"id", "register"}})
      .element("h2", "Processing register");
  const sarif::json *Rows = registerRows(*M.Register);
  if (!Rows) {
    H.element("p", "The log carries a register this report cannot read as "
                   "rows.")
        .close("section");
    return;
  }
  static const std::pair<const char *, const char *> Columns[] = {
      {"category", "Category"},       {"action", "Action"},
      {"sink", "Sink"},               {"purpose", "Purpose"},
      {"basis", "Legal basis"},       {"consentPurpose", "Consent purpose"},
      {"retention", "Retention"},     {"locations", "Locations"}};
  std::vector<std::string> Labels;
  for (const auto &C : Columns)
    Labels.push_back(C.second);
  H.open("table", {{"id", "register-table"}})
      .element("caption", "Processing operations drawn from the code");
  headerRow(H, Labels);
  H.raw("<tbody>");
  for (const sarif::json &Row : *Rows) {
    H.open("tr");
    for (const auto &C : Columns) {
      const sarif::json *V =
          Row.is_object() && Row.contains(C.first) ? &Row[C.first] : nullptr;
      std::string Text = !V ? ""
                         : std::string(C.first) == "locations"
                             ? locationCell(*V)
                             : cellText(*V);
      H.element("td", Text);
    }
    H.close("tr");
  }
  H.raw("</tbody></table></section>");
}

void writeCoverage(HtmlWriter &H, const ReportModel &M,
                   const std::vector<std::string> &Inputs) {
  const CoverageView &C = M.Coverage;
  H.open("section", {{"id", "coverage"}})
      .element("h2", "Coverage statement")
      .element("p", "What the analysis did not check, or had to guess. A "
                    "clean report says nothing about code listed here.");
  H.open("ul", {{"class", "totals"}})
      .element("li", std::to_string(C.Units) + " translation units analysed; " +
                         std::to_string(C.FailedUnits.size()) + " failed.",
               {{"id", "coverage-units"}})
      .element("li", std::to_string(C.Budget.size()) +
                         " functions whose analysis stopped at its budget.")
      .element("li", std::to_string(C.UnknownCallCount) +
                         " calls passed personal data to a function without "
                         "a body or model.",
               {{"id", "coverage-unknown"}})
      .element("li", std::to_string(C.Unannotated) +
                         " privacy-unannotated-data candidates not yet "
                         "annotated or modelled.",
               {{"id", "coverage-unannotated"}})
      .close("ul");
  writeNotes(H, "failed-units", "Translation units that failed",
             C.FailedUnits, "No translation unit failed.");
  writeNotes(H, "budget", "Functions cut at their budget", C.Budget,
             "No function's analysis hit its budget.");
  writeNotes(H, "other-bounds", "Other bounds of the analysis",
             C.OtherBounds, "No other bound of the analysis was reached.");
  writeNotes(H, "unknown-calls",
             "Calls that passed personal data to a function without a body "
             "or model (a sample per translation unit)",
             C.UnknownCalls,
             "No call passed personal data to a function without a body or "
             "model.");
  writeNotes(H, "other-notices", "Other notices of the tool", C.OtherNotices,
             "The tool gave no other notice.");
  writeConfiguration(H, C);
  writeRunFacts(H, C, Inputs);
  H.close("section");
}

} // namespace clang::tidy::privacy::tool
