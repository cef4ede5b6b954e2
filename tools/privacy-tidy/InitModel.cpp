//===--- InitModel.cpp - privacy-tidy init-model --------------------------===//

#include "InitModel.h"
#include "ClangTidyCommand.h"
#include "ConfigProbe.h"
#include "Console.h"
#include "FileSystem.h"
#include "Plan.h"
#include "Runner.h"

#include "support/Paths.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace clang::tidy::privacy::tool {

namespace {

using nlohmann::json;

const char DefaultDraft[] = "privacy-model.json";

/// One entry of the draft, merged over the TUs that saw it.
struct DraftEntry {
  json Entry;
  std::set<std::string> Seen, Why;
};

/// Options of 'check' that mean nothing for a draft: an error, not ignored.
std::optional<std::string> unsupportedOption(const std::string &Arg) {
  for (const char *Name : {"--whole-program", "--shard", "--baseline",
                           "--fail-on", "--summary-store", "--summary-passes",
                           "--strict-models", "--checks"})
    if (Arg == Name || Arg.rfind(std::string(Name) + "=", 0) == 0)
      return "init-model does not take " + std::string(Name) +
             " (see privacy-tidy --help)";
  return std::nullopt;
}

/// Adds \p Incoming to \p Into: a function's results, parameters and sink
/// from several TUs or several candidates make one entry.
void mergeEntry(json &Into, const json &Incoming) {
  for (auto It = Incoming.begin(); It != Incoming.end(); ++It) {
    if (It.key() != "paramCategories") {
      if (!Into.contains(It.key()))
        Into[It.key()] = It.value();
      continue;
    }
    json &Params = Into["paramCategories"];
    for (const json &P : It.value())
      if (std::none_of(Params.begin(), Params.end(), [&](const json &Q) {
            return Q["arg"] == P["arg"];
          }))
        Params.push_back(P);
    std::sort(Params.begin(), Params.end(),
              [](const json &A, const json &B) { return A["arg"] < B["arg"]; });
  }
}

/// Reads the draft files of every TU into \p Sections (section -> name ->
/// entry); an error for a file that is not the plugin's.
std::optional<std::string>
readDrafts(const std::string &Dir,
           std::map<std::string, std::map<std::string, DraftEntry>> &Sections) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (const auto &E : std::filesystem::directory_iterator(Dir, EC))
    if (E.path().extension() == ".json")
      Files.push_back(E.path().string());
  if (EC)
    return "cannot read the model drafts in '" + Dir + "': " + EC.message();
  std::sort(Files.begin(), Files.end());
  for (const std::string &File : Files) {
    std::string Text;
    if (std::optional<std::string> Error = readWholeFile(File, Text))
      return Error;
    json Draft = json::parse(Text, nullptr, false);
    if (Draft.is_discarded() || !Draft.contains("entries"))
      return "the model draft '" + File + "' of the plugin is unusable";
    for (const json &E : Draft["entries"]) {
      std::string Section = E.value("section", "");
      const json &Entry = E["entry"];
      DraftEntry &D = Sections[Section][Entry.value("name", "")];
      if (D.Entry.is_null())
        D.Entry = Entry;
      else
        mergeEntry(D.Entry, Entry);
      D.Seen.insert(displayPath(E.value("seen", "")));
      if (!E.value("why", "").empty())
        D.Why.insert(E.value("why", ""));
    }
  }
  return std::nullopt;
}

std::string comment(const DraftEntry &D) {
  std::string Text = "draft, review: seen at " + *D.Seen.begin();
  if (D.Seen.size() > 1)
    Text += " and " + std::to_string(D.Seen.size() - 1) + " more place" +
            (D.Seen.size() == 2 ? "" : "s");
  for (const std::string &Why : D.Why)
    Text += "; " + Why;
  return Text;
}

/// The model file: sections in the format's order, entries sorted by name.
json draftModel(
    const std::map<std::string, std::map<std::string, DraftEntry>> &Sections,
    size_t &Count) {
  json Model = {{"version", 1},
                {"description",
                 "Draft written by privacy-tidy init-model from the names "
                 "privacy-unannotated-data finds. Review every entry: keep "
                 "what is personal data or a sink, delete the rest."}};
  for (const char *Section : {"types", "fields", "variables", "functions"}) {
    auto It = Sections.find(Section);
    if (It == Sections.end())
      continue;
    json Entries = json::array();
    for (const auto &[Name, D] : It->second) {
      if (Name.empty())
        continue;
      json Entry = D.Entry;
      Entry["comment"] = comment(D);
      Entries.push_back(std::move(Entry));
      ++Count;
    }
    Model[Section] = std::move(Entries);
  }
  return Model;
}

/// The analysis of every unit; false when one failed (each is said).
bool runUnits(CheckPlan &Plan, const std::string &DraftDir) {
  std::vector<Job> Jobs;
  for (const Unit &U : Plan.Units) {
    std::string Base = Plan.Temp.path() + "/draft-" + std::to_string(Jobs.size());
    Jobs.push_back({clangTidyArgv(Plan, U.Checks, U.File), Base + ".out",
                    Base + ".err", {runOptions(Plan, "", "read", DraftDir)}});
  }
  std::vector<JobOutcome> Outcomes;
  installInterruptHandlers();
  if (!runJobs(Jobs, Plan.Parallelism, Outcomes, [](size_t) {}))
    return false;
  bool Ok = true;
  for (size_t I = 0; I < Jobs.size(); ++I) {
    if (Outcomes[I].succeeded())
      continue;
    std::string Excerpt = errorExcerpt(Jobs[I]);
    error(displayPath(Plan.Units[I].File) + ": " +
          (Outcomes[I].Started ? "clang-tidy failed" : Outcomes[I].StartError) +
          (Excerpt.empty() ? "" : ": " + Excerpt));
    Ok = false;
  }
  return Ok;
}

} // namespace

int runInitModel(int Argc, char **Argv) {
  std::vector<std::string> Args;
  bool Force = false, HasOutput = false, HasHeaderFilter = false;
  for (int I = 2; I < Argc; ++I) {
    std::string Arg = Argv[I];
    if (Arg == "--force") {
      Force = true;
      continue;
    }
    if (std::optional<std::string> Error = unsupportedOption(Arg))
      return error(*Error);
    HasOutput |= Arg == "-o" || Arg == "--output" || Arg.rfind("-o", 0) == 0 ||
                 Arg.rfind("--output=", 0) == 0;
    HasHeaderFilter |= Arg.rfind("--header-filter", 0) == 0;
    Args.push_back(Arg);
  }
  if (!HasOutput) {
    Args.push_back("-o");
    Args.push_back(DefaultDraft);
  }
  // Project headers hold most declarations worth modelling.
  if (!HasHeaderFilter)
    Args.push_back("--header-filter=.*");
  Args.push_back("-q");
  std::vector<char *> Ptrs;
  for (std::string &A : Args)
    Ptrs.push_back(A.data());
  ArgumentStream Stream(static_cast<int>(Ptrs.size()), Ptrs.data(), 0);
  CheckPlan Plan;
  if (std::optional<std::string> Error = planCheck(Stream, Plan))
    return error(*Error);
  const std::string &Output = Plan.Options.Output;
  if (fileExists(Output) && !Force)
    return error("'" + Output + "' exists; init-model does not overwrite it "
                 "without --force");
  Plan.Options.Checks = "-*,privacy-unannotated-data";
  if (std::optional<int> Stop = probeConfigurations(Plan))
    return *Stop;
  std::string DraftDir = Plan.Temp.path() + "/drafts";
  if (std::optional<std::string> Error = createDirectories(DraftDir))
    return error(*Error);
  if (!runUnits(Plan, DraftDir))
    return interrupted() ? interruptedExit() : ExitError;
  std::map<std::string, std::map<std::string, DraftEntry>> Sections;
  if (std::optional<std::string> Error = readDrafts(DraftDir, Sections))
    return error(*Error);
  size_t Count = 0;
  json Model = draftModel(Sections, Count);
  if (std::optional<std::string> Error =
          writeFileAtomically(Output, Model.dump(2) + "\n"))
    return error(*Error);
  std::cerr << "privacy-tidy: wrote " << Count << " draft model entr"
            << (Count == 1 ? "y" : "ies") << " from " << Plan.Units.size()
            << " translation unit" << (Plan.Units.size() == 1 ? "" : "s")
            << " to " << Output << "; review each before use\n";
  return ExitClean;
}

} // namespace clang::tidy::privacy::tool
