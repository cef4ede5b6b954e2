//===--- SummaryMarkdown.cpp - New findings as Markdown -------------------===//

#include "SummaryMarkdown.h"
#include "Articles.h"
#include "Waivers.h"

#include "sarif/LogBuilder.h"
#include "support/Paths.h"

#include <cstring>
#include <map>
#include <sstream>

namespace clang::tidy::privacy::tool {

using nlohmann::json;

namespace {

/// The primary article of \p Result, as cited; "(no article)" without taxa.
std::string articleOf(const json &Result,
                      const std::map<std::string, std::string> &Names) {
  std::string Id = primaryTaxon(Result);
  if (Id.empty())
    return "(no article)";
  auto It = Names.find(Id);
  return It == Names.end() ? Id : It->second;
}

/// "src/cdr.cpp:5" relative to the source root, from a physicalLocation.
std::string whereOf(const json &Physical) {
  std::string Uri =
      Physical.value("/artifactLocation/uri"_json_pointer, std::string());
  std::string Path =
      Physical.value("/artifactLocation/uriBaseId"_json_pointer,
                     std::string()) == sarif::SourceRootId
          ? decodeUriPath(Uri).value_or(Uri)
          : filePathFromUri(Uri).value_or(Uri);
  long Line = Physical.value("/region/startLine"_json_pointer, 0L);
  return Line > 0 ? Path + ":" + std::to_string(Line) : Path;
}

std::string primaryWhere(const json &Result) {
  const json Locations = Result.value("locations", json::array());
  if (Locations.empty() || !Locations[0].contains("physicalLocation"))
    return "(no location)";
  return whereOf(Locations[0]["physicalLocation"]);
}

/// "DPIA-2026-03, approved by dpo, expires 2026-01-31: reason".
std::string waiverText(const json &Suppression) {
  const json Properties = Suppression.value("properties", json::object());
  std::string Text;
  auto Add = [&Text](const std::string &Part) {
    Text += (Text.empty() ? "" : ", ") + Part;
  };
  if (Properties.contains("reference"))
    Add(Properties.value("reference", ""));
  if (Properties.contains("approvedBy"))
    Add("approved by " + Properties.value("approvedBy", ""));
  if (Properties.contains("expires"))
    Add("expires " + Properties.value("expires", ""));
  std::string Reason = Suppression.value("justification", std::string());
  if (!Reason.empty())
    Text += (Text.empty() ? "" : ": ") + Reason;
  return Text.empty() ? "(bare NOLINT)" : Text;
}

/// A pull-request comment holds 65,536 characters (a step summary 1 MiB):
/// the table stops here, the counts above it cover every finding.
constexpr size_t MaxFindingRows = 100;

void writeFindings(std::ostream &OS, const std::vector<const json *> &New,
                   const std::map<std::string, std::string> &Names) {
  std::map<std::string, size_t> ByArticle;
  for (const json *Result : New)
    ++ByArticle[articleOf(*Result, Names)];
  OS << "| Article | New findings |\n| --- | ---: |\n";
  for (const auto &[Article, N] : ByArticle)
    OS << "| " << escapeMarkdown(Article) << " | " << N << " |\n";
  OS << "\n| Location | Check | Article | Message |\n"
        "| --- | --- | --- | --- |\n";
  for (size_t I = 0; I < New.size() && I < MaxFindingRows; ++I)
    OS << "| " << escapeMarkdown(primaryWhere(*New[I])) << " | "
       << escapeMarkdown(New[I]->value("ruleId", "")) << " | "
       << escapeMarkdown(articleOf(*New[I], Names)) << " | "
       << escapeMarkdown(New[I]->value("/message/text"_json_pointer, ""))
       << " |\n";
  if (New.size() > MaxFindingRows)
    OS << "\n... and " << New.size() - MaxFindingRows
       << " more new findings: see the SARIF log.\n";
}

void writeRejectedWaivers(std::ostream &OS,
                          const std::vector<const json *> &New) {
  std::ostringstream Rows;
  for (const json *Result : New)
    if (const json *S = rejectedWaiver(*Result))
      Rows << "| "
           << escapeMarkdown(S->contains("location")
                                 ? whereOf((*S)["location"].value(
                                       "physicalLocation", json::object()))
                                 : primaryWhere(*Result))
           << " | " << escapeMarkdown(Result->value("ruleId", "")) << " | "
           << escapeMarkdown(waiverText(*S)) << " | "
           << escapeMarkdown(rejectionText(*S)) << " |\n";
  if (Rows.str().empty())
    return;
  OS << "\n### Waivers that no longer hold\n\n"
        "| Waiver | Check | Waiver text | Why it does not hold |\n"
        "| --- | --- | --- | --- |\n"
     << Rows.str();
}

} // namespace

std::string escapeMarkdown(const std::string &Text) {
  // CommonMark escapes any ASCII punctuation with a backslash; these are the
  // ones that format, link, mention (@), reference (#), open math ($) or end a
  // table cell (|).
  static const char Special[] = "\\`*_{}[]()<>#+!|~@$&";
  std::string Out;
  for (char C : Text) {
    if (C == '\n' || C == '\r') {
      Out += ' ';
      continue;
    }
    if (std::strchr(Special, C))
      Out += '\\';
    Out += C;
  }
  return Out;
}

std::string summaryMarkdown(const json &Log, bool HasBaseline) {
  const json &Run = Log["runs"][0];
  std::vector<const json *> New;
  // Pointers into the log itself, not into a copy.
  for (const json &Result : Run.at("results"))
    if (countsAsNew(Result, HasBaseline))
      New.push_back(&Result);
  std::ostringstream OS;
  if (New.empty()) {
    OS << "## privacy-tidy: no new findings\n";
    return OS.str();
  }
  OS << "## privacy-tidy: " << New.size() << " new finding"
     << (New.size() == 1 ? "" : "s") << "\n\n";
  writeFindings(OS, New, taxonCitations(Run));
  writeRejectedWaivers(OS, New);
  return OS.str();
}

std::optional<std::string> writeSummaryMarkdown(const json &Log,
                                                bool HasBaseline,
                                                const std::string &Path) {
  return writeFileAtomically(Path, summaryMarkdown(Log, HasBaseline));
}

} // namespace clang::tidy::privacy::tool
