//===--- HtmlSummary.cpp - The top of the HTML report ---------------------===//
//
// Counts by article and category, new since the baseline, a bar chart as
// inline SVG, and the filter controls.
//
//===----------------------------------------------------------------------===//

#include "HtmlSections.h"

#include <algorithm>
#include <map>
#include <set>

namespace clang::tidy::privacy::tool {

namespace {

struct ArticleRow {
  const LawView *Law;
  const ArticleView *Article;
  size_t New = 0;
};

std::vector<ArticleRow> articleRows(const ReportModel &M) {
  std::vector<ArticleRow> Rows;
  for (const LawView &L : M.Laws)
    for (const ArticleView &A : L.Articles) {
      if (A.count() == 0)
        continue;
      ArticleRow R{&L, &A, 0};
      for (const auto *Ids : {&A.Primary, &A.Also})
        for (size_t I : *Ids)
          R.New += M.Findings[I].BaselineState == "new" &&
                   !M.Findings[I].Suppressed;
      Rows.push_back(R);
    }
  return Rows;
}

std::string label(const ArticleRow &R) {
  return R.Article->Citation.empty() ? R.Law->Name + " " + R.Article->Name
                                     : R.Article->Citation;
}

/// Horizontal bars, one per article with findings; the table below says
/// the same in text.
void writeChart(HtmlWriter &H, const ReportModel &M,
                const std::vector<ArticleRow> &Rows) {
  if (Rows.empty())
    return;
  size_t Max = 1;
  for (const ArticleRow &R : Rows)
    Max = std::max(Max, R.Article->count());
  const int Bar = 24, LabelWidth = 300, Width = 360;
  std::string Height = std::to_string(Rows.size() * Bar + 8);
  H.open("svg", {{"class", "chart"}, {"role", "img"},
                 {"aria-labelledby", "chart-title"},
                 {"viewBox", "0 0 " + std::to_string(LabelWidth + Width + 60) +
                                 " " + Height},
                 {"xmlns", "http://www.w3.org/2000/svg"}})
      .element("title", "Findings per article", {{"id", "chart-title"}});
  for (size_t I = 0; I < Rows.size(); ++I) {
    size_t N = Rows[I].Article->count();
    std::string Y = std::to_string(I * Bar + 4);
    std::string TextY = std::to_string(I * Bar + 4 + Bar / 2 + 4);
    std::string W = std::to_string(std::max<size_t>(2, N * Width / Max));
    H.element("text", label(Rows[I]),
              {{"x", std::to_string(LabelWidth - 8)}, {"y", TextY},
               {"text-anchor", "end"}})
        .open("rect", {{"x", std::to_string(LabelWidth)}, {"y", Y},
                       {"width", W}, {"height", std::to_string(Bar - 6)},
                       {"class", "bar law-" + std::to_string(
                                                 (Rows[I].Law - M.Laws.data()) % 4)}})
        .close("rect")
        .element("text", std::to_string(N),
                 {{"x", std::to_string(LabelWidth + std::stoi(W) + 6)},
                  {"y", TextY}});
  }
  H.close("svg");
}

void writeArticleTable(HtmlWriter &H, const ReportModel &M,
                       const std::vector<ArticleRow> &Rows) {
  H.open("table", {{"class", "counts"}, {"id", "counts-by-article"}})
      .element("caption", "Findings by article (suppressed ones included)")
      .raw("<thead><tr><th scope=\"col\">Law</th><th scope=\"col\">Article"
           "</th><th scope=\"col\">Findings</th>");
  if (M.HasBaseline)
    H.raw("<th scope=\"col\">New</th>");
  H.raw("</tr></thead><tbody>");
  for (const ArticleRow &R : Rows) {
    H.open("tr", {{"data-article", R.Article->Id}})
        .element("td", R.Law->Name)
        .open("th", {{"scope", "row"}})
        .element("a", label(R), {{"href", "#art-" + R.Article->Id}})
        .close("th")
        .element("td", std::to_string(R.Article->count()),
                 {{"class", "num"}});
    if (M.HasBaseline)
      H.element("td", std::to_string(R.New), {{"class", "num"}});
    H.close("tr");
  }
  H.raw("</tbody></table>");
}

void writeCategoryTable(HtmlWriter &H, const ReportModel &M) {
  std::map<std::string, std::pair<size_t, std::set<std::string>>> Counts;
  for (const FindingView &F : M.Findings) {
    auto &Entry = Counts[F.Category.empty() ? "(none)" : F.Category];
    ++Entry.first;
    if (!F.Action.empty())
      Entry.second.insert(F.Action);
  }
  H.open("table", {{"class", "counts"}, {"id", "counts-by-category"}})
      .element("caption", "Findings by category of personal data")
      .raw("<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">"
           "Findings</th><th scope=\"col\">Actions</th></tr></thead><tbody>");
  for (const auto &[Category, Entry] : Counts) {
    std::string Actions;
    for (const std::string &A : Entry.second)
      Actions += (Actions.empty() ? "" : ", ") + A;
    H.open("tr")
        .element("th", Category, {{"scope", "row"}})
        .element("td", std::to_string(Entry.first), {{"class", "num"}})
        .element("td", Actions.empty() ? "(none)" : Actions)
        .close("tr");
  }
  H.raw("</tbody></table>");
}

void writeTotals(HtmlWriter &H, const ReportModel &M) {
  size_t Suppressed = 0, New = 0;
  for (const FindingView &F : M.Findings) {
    Suppressed += F.Suppressed;
    New += !F.Suppressed && F.BaselineState == "new";
  }
  H.open("ul", {{"class", "totals"}})
      .open("li")
      .element("strong", std::to_string(M.Findings.size()),
               {{"id", "total-findings"}})
      .text(" findings, of which " + std::to_string(Suppressed) +
            " suppressed in the source")
      .close("li")
      .open("li");
  if (M.HasBaseline)
    H.element("strong", std::to_string(New), {{"id", "new-findings"}})
        .text(" new since the baseline (not suppressed)");
  else
    H.text("No baseline was given: every finding counts as new.");
  H.close("li")
      .open("li")
      .text(std::to_string(M.Coverage.Units) + " translation units analysed, " +
            std::to_string(M.Coverage.FailedUnits.size()) + " failed (")
      .element("a", "coverage statement", {{"href", "#coverage"}})
      .text(")")
      .close("li")
      .close("ul");
}

void writeSelect(HtmlWriter &H, const char *Name, const char *Label,
                 const std::map<std::string, std::string> &Options) {
  std::string Id = std::string("filter-") + Name;
  H.open("div", {{"class", "filter"}})
      .element("label", Label, {{"for", Id}})
      .open("select", {{"id", Id}, {"name", Name}})
      .element("option", "all", {{"value", ""}});
  for (const auto &[Value, Text] : Options)
    H.element("option", Text, {{"value", Value}});
  H.close("select").close("div");
}

} // namespace

void writeSummary(HtmlWriter &H, const ReportModel &M) {
  H.open("section", {{"id", "summary"}}).element("h2", "Summary");
  writeTotals(H, M);
  std::vector<ArticleRow> Rows = articleRows(M);
  writeChart(H, M, Rows);
  if (Rows.empty())
    H.element("p", "No finding refers to an article.");
  else
    writeArticleTable(H, M, Rows);
  writeCategoryTable(H, M);
  H.close("section");
}

void writeFilters(HtmlWriter &H, const ReportModel &M) {
  std::map<std::string, std::string> Articles, Categories, Checks, Files;
  for (const LawView &L : M.Laws)
    for (const ArticleView &A : L.Articles)
      if (A.count())
        Articles[A.Id] = A.Citation.empty() ? L.Name + " " + A.Name
                                            : A.Citation;
  for (const FindingView &F : M.Findings) {
    Categories[F.Category] = F.Category.empty() ? "(none)" : F.Category;
    Checks[F.RuleId] = F.RuleId;
    Files[F.Where.File] = F.Where.File.empty() ? "(none)" : F.Where.File;
  }
  H.open("section", {{"id", "filters"}, {"class", "no-print"}})
      .element("h2", "Filter the findings")
      .open("form", {{"id", "filter-form"}});
  writeSelect(H, "article", "Article", Articles);
  writeSelect(H, "category", "Category", Categories);
  writeSelect(H, "check", "Check", Checks);
  writeSelect(H, "file", "File", Files);
  H.raw("<button type=\"reset\">Show all</button></form>")
      .element("p", std::to_string(M.Findings.size()) + " findings shown",
               {{"id", "filter-status"}, {"aria-live", "polite"}})
      .close("section");
}

} // namespace clang::tidy::privacy::tool
