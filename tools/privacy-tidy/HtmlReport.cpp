//===--- HtmlReport.cpp - The auditor's report as one HTML file -----------===//
//
// Heading levels: h1 the page, h2 its sections, h3 a law, h4 an article,
// h5 a finding; the accessibility test checks that none is skipped.
//
//===----------------------------------------------------------------------===//

#include "HtmlReport.h"
#include "HtmlSections.h"

#include <algorithm>
#include <map>
#include <set>

namespace clang::tidy::privacy::tool {

namespace {

const char PseudonymisedSentence[] =
    "Pseudonymised data is still personal data (AVG/GDPR art. 4(5), "
    "recital 26): whoever holds the key or the other tables can link it to "
    "the person again, so every rule for personal data applies to it.";

std::string plural(size_t N, const char *One, const char *Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many);
}

std::string orNone(const std::string &S) { return S.empty() ? "(none)" : S; }

/// The filter keys of a finding, as data-* attributes: "|id|id|" lists so a
/// value never matches part of another.
std::string articleKeys(const FindingView &F) {
  std::string Keys = "|";
  for (const std::string &T : F.Taxa)
    Keys += T + "|";
  return Keys;
}

std::string stateOf(const FindingView &F) {
  if (F.Suppressed)
    return "suppressed";
  return F.BaselineState.empty() ? "open" : F.BaselineState;
}

void openFiltered(HtmlWriter &H, const char *Tag, const FindingView &F,
                  std::string_view Class, std::string_view Id = "") {
  std::string Articles = articleKeys(F), State = stateOf(F);
  if (Id.empty())
    H.open(Tag, {{"class", Class}, {"data-articles", Articles},
                 {"data-category", F.Category}, {"data-check", F.RuleId},
                 {"data-file", F.Where.File}, {"data-state", State}});
  else
    H.open(Tag, {{"class", Class}, {"id", Id}, {"data-articles", Articles},
                 {"data-category", F.Category}, {"data-check", F.RuleId},
                 {"data-file", F.Where.File}, {"data-state", State}});
}

void fact(HtmlWriter &H, std::string_view Name, std::string_view Value) {
  H.element("dt", Name).element("dd", Value);
}

void writeSuppression(HtmlWriter &H, const FindingView &F) {
  H.element("dt", "Suppression").open("dd");
  if (F.Waivers.empty()) {
    H.text("not suppressed").close("dd");
    return;
  }
  for (const WaiverView &W : F.Waivers) {
    H.open("p", {{"class", "waiver"}})
        .text(F.Suppressed ? "suppressed" : "suppression " + W.Status)
        .text(W.Kind.empty() ? "" : " (" + W.Kind + ")")
        .text(": ")
        .text(W.Justification.empty() ? "no justification given"
                                      : W.Justification);
    if (!W.ApprovedBy.empty())
      H.text("; approved by ").text(W.ApprovedBy);
    if (!W.Expires.empty())
      H.text("; expires ").text(W.Expires);
    if (!W.Reference.empty())
      H.text("; reference ").text(W.Reference);
    H.close("p");
  }
  H.close("dd");
}

void writeFacts(HtmlWriter &H, const FindingView &F) {
  H.open("dl", {{"class", "facts"}});
  fact(H, "Check", F.RuleId);
  fact(H, "Level", orNone(F.Level));
  fact(H, "Category", orNone(F.Category));
  fact(H, "Action", orNone(F.Action));
  fact(H, "Purpose", F.Purpose.empty() ? "(none recorded)" : F.Purpose);
  fact(H, "Data", orNone(F.DataName));
  H.element("dt", "Pseudonymised").open("dd");
  if (F.Pseudonymised)
    H.text("yes. ").element("span", PseudonymisedSentence,
                            {{"class", "pseudo-note"}});
  else
    H.text("no");
  H.close("dd");
  fact(H, "Location", F.Where.text());
  if (!F.BaselineState.empty())
    fact(H, "Baseline", F.BaselineState);
  writeSuppression(H, F);
  H.close("dl");
}

/// The path as an ordered list (a list, not a table: a log of 10,000
/// findings must stay light enough to open in two seconds).
void writePath(HtmlWriter &H, const FindingView &F) {
  if (F.Path.empty()) {
    H.open("div", {{"class", "sink-line"}});
    writeSourceLine(H, F.Where);
    H.close("div").element("p", "No data path: this check reports a "
                                "declaration or a single place, not a flow.",
                           {{"class", "no-path"}});
    return;
  }
  H.open("ol", {{"class", "path"}, {"data-steps", std::to_string(F.Path.size())},
                {"aria-label", "Path of the data, from its source to the sink"}});
  for (const PathStepView &S : F.Path) {
    H.open("li", {{"class", "step step-" + S.Kind}})
        .element("span", S.Kind, {{"class", "kind"}})
        .text(" ")
        .element("span", S.Where.text(), {{"class", "loc"}})
        .text(" ")
        .element("span", S.Message, {{"class", "what"}})
        .raw("<br>");
    writeSourceLine(H, S.Where);
    H.close("li");
  }
  H.close("ol");
}

void writeFinding(HtmlWriter &H, const FindingView &F) {
  openFiltered(H, "article", F, "finding level-" + F.Level, F.Id);
  H.open("h5")
      .element("span", F.Id, {{"class", "fid"}})
      .text(" ")
      .text(F.Message);
  if (F.Suppressed)
    H.element("span", "suppressed", {{"class", "badge suppressed"}});
  else if (F.BaselineState == "new")
    H.element("span", "new", {{"class", "badge new"}});
  H.close("h5");
  writeFacts(H, F);
  writePath(H, F); // its last step is the sink, with its source line
  H.close("article");
}

/// The distinct values of one field over some findings, joined.
template <typename Field>
std::string distinct(const ReportModel &M, const std::vector<size_t> &Ids,
                     Field Get) {
  std::set<std::string> Values;
  for (size_t I : Ids)
    Values.insert(orNone(Get(M.Findings[I])));
  std::string Out;
  for (const std::string &V : Values)
    Out += (Out.empty() ? "" : ", ") + V;
  return Out.empty() ? "(none)" : Out;
}

void writeArticle(HtmlWriter &H, const ReportModel &M, const ArticleView &A) {
  std::string Count = std::to_string(A.count());
  H.open("section", {{"class", "article"}, {"id", "art-" + A.Id},
                     {"data-article", A.Id}, {"data-count", Count}})
      .open("h4")
      .text(A.Citation.empty() ? A.Name : A.Citation)
      .text(" ")
      .element("span", "(" + plural(A.count(), "finding", "findings") + ")",
               {{"class", "count"}})
      .close("h4");
  if (!A.ShortText.empty())
    H.element("p", A.ShortText, {{"class", "article-text"}});
  std::vector<size_t> All = A.Primary;
  All.insert(All.end(), A.Also.begin(), A.Also.end());
  H.open("dl", {{"class", "facts"}});
  H.element("dt", "Findings").element("dd", Count, {{"class", "article-count"}});
  fact(H, "Categories", distinct(M, All, [](auto &F) { return F.Category; }));
  fact(H, "Actions", distinct(M, All, [](auto &F) { return F.Action; }));
  H.close("dl");
  for (size_t I : A.Primary)
    writeFinding(H, M.Findings[I]);
  if (!A.Also.empty()) {
    H.element("p", "Also relevant to findings filed under another article:")
        .open("ul", {{"class", "also"}});
    for (size_t I : A.Also) {
      // Shown when the finding is (the script looks it up by data-ref).
      H.open("li", {{"class", "finding-ref"}, {"data-ref", M.Findings[I].Id}});
      writeFindingLink(H, M.Findings[I]);
      H.close("li");
    }
    H.close("ul");
  }
  H.close("section");
}

void writeUnfiled(HtmlWriter &H, const ReportModel &M) {
  if (M.WithoutArticle.empty())
    return;
  H.open("section", {{"class", "law"}, {"id", "no-article"}})
      .element("h3", "Findings not tied to an article")
      .element("p", "Their checks report what the analysis needs (an "
                    "annotation, a model) rather than a breach of an article.");
  std::map<std::string, std::vector<size_t>> ByCheck;
  for (size_t I : M.WithoutArticle)
    ByCheck[M.Findings[I].RuleId].push_back(I);
  for (const auto &[Check, Ids] : ByCheck) {
    H.open("section", {{"class", "check-group"}, {"data-check-group", Check}})
        .element("h4", Check + " (" + plural(Ids.size(), "finding",
                                             "findings") + ")");
    for (size_t I : Ids)
      writeFinding(H, M.Findings[I]);
    H.close("section");
  }
  H.close("section");
}

void writeFindings(HtmlWriter &H, const ReportModel &M) {
  H.open("section", {{"id", "findings"}})
      .element("h2", "Findings by law and article");
  for (const LawView &L : M.Laws) {
    H.open("section", {{"class", "law"}}).element("h3", L.Name);
    if (!L.FullName.empty())
      H.element("p", L.FullName, {{"class", "law-name"}});
    for (const ArticleView &A : L.Articles)
      writeArticle(H, M, A);
    H.close("section");
  }
  writeUnfiled(H, M);
  H.close("section");
}

} // namespace

void writeFindingLink(HtmlWriter &H, const FindingView &F) {
  H.element("a", F.Id + " " + F.Where.text(), {{"href", "#" + F.Id}});
}

void writeSourceLine(HtmlWriter &H, const CodePlace &P) {
  if (P.Source)
    H.element("code", *P.Source, {{"class", "src"}});
  else
    H.element("span", "source not available", {{"class", "no-src"}});
}

std::string renderHtmlReport(const ReportModel &M,
                             const std::vector<std::string> &Inputs) {
  HtmlWriter H;
  H.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\"><meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        "<meta name=\"generator\" content=\"privacy-tidy\">")
      .element("title", "privacy-tidy report")
      .raw("<style>")
      .raw(reportStyle())
      .raw("</style></head><body><header>")
      .element("h1", "Privacy report")
      .element("p", M.Coverage.ToolName + " " + M.Coverage.ToolVersion +
                        ", analysis of " + orNone(M.Coverage.StartTime) +
                        " (UTC)",
               {{"class", "subtitle"}})
      .raw("<nav aria-label=\"Contents\"><ul><li><a href=\"#summary\">Summary"
           "</a></li><li><a href=\"#findings\">Findings</a></li><li><a "
           "href=\"#waivers\">Waivers</a></li>");
  if (M.Register)
    H.raw("<li><a href=\"#register\">Processing register</a></li>");
  H.raw("<li><a href=\"#coverage\">Coverage statement</a></li></ul></nav>"
        "</header><main>");
  writeSummary(H, M);
  writeFilters(H, M);
  writeFindings(H, M);
  writeWaivers(H, M);
  writeRegister(H, M);
  writeCoverage(H, M, Inputs);
  H.raw("</main><script>").raw(reportScript()).raw("</script></body></html>\n");
  return H.take();
}

} // namespace clang::tidy::privacy::tool
