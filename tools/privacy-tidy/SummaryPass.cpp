//===--- SummaryPass.cpp - The first pass of --whole-program --------------===//
//
// The first repetition runs privacy-tidy-summarize, which writes the same
// summaries as clang-tidy at about half the cost; later ones run clang-tidy
// in 'update' mode, which also reads the store, so each follows calls one
// more file boundary deep.
//
//===----------------------------------------------------------------------===//

#include "SummaryPass.h"
#include "ClangTidyCommand.h"
#include "Console.h"
#include "Plan.h"
#include "Runner.h"

#include "support/Hash.h"
#include "support/StoreLayout.h"
#include "support/Paths.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace clang::tidy::privacy::tool {

namespace {

/// The store's manifest of \p File's translation unit; nothing when it is
/// missing or unreadable.
std::optional<nlohmann::json> readManifest(const std::string &Store,
                                           const std::string &File) {
  std::string Real = normalizePath(File);
  char Buf[PATH_MAX];
  if (::realpath(File.c_str(), Buf))
    Real = Buf;
  std::ifstream In(Store + "/" + SummaryStoreVersion + "/tu/" + fnv1aHex(Real) + ".json");
  if (!In)
    return std::nullopt;
  nlohmann::json Manifest = nlohmann::json::parse(In, nullptr, false);
  if (Manifest.is_discarded() || !Manifest.is_object())
    return std::nullopt;
  return Manifest;
}

/// Whether the store's manifest for \p File lists sources that all still
/// have the content they had when the summaries were written.
bool summariesAreFresh(const std::string &Store, const std::string &File) {
  std::optional<nlohmann::json> Manifest = readManifest(Store, File);
  if (!Manifest || !Manifest->contains("sources") ||
      !(*Manifest)["sources"].is_array())
    return false;
  for (const auto &Source : (*Manifest)["sources"]) {
    if (!Source.is_object() || !Source.contains("file") ||
        !Source["file"].is_string())
      return false;
    std::ifstream S(Source["file"].get<std::string>(), std::ios::binary);
    if (!S)
      return false;
    std::string Text((std::istreambuf_iterator<char>(S)),
                     std::istreambuf_iterator<char>());
    if (Source.value("hash", "") != fnv1aHex(Text))
      return false;
  }
  return true;
}

/// The TUs repetition \p Pass must summarise, announced unless --quiet.
std::vector<std::string> pendingFiles(const CheckPlan &Plan, unsigned Pass) {
  const CheckOptions &O = Plan.Options;
  std::vector<std::string> Pending;
  for (const std::string &File : Plan.AllFiles)
    // A kept store whose manifest for this TU still matches every
    // source needs no first pass for it (CI caches the store).
    if (Pass > 0 || O.SummaryStore.empty() ||
        !summariesAreFresh(Plan.Store, File))
      Pending.push_back(File);
  if (!O.Quiet) {
    std::cerr << "privacy-tidy: first pass: summaries of " << Pending.size()
              << " translation units";
    if (Pending.size() < Plan.AllFiles.size())
      std::cerr << " (" << Plan.AllFiles.size() - Pending.size()
                << " unchanged, kept from the store)";
    std::cerr << "\n";
  }
  return Pending;
}

/// privacy-tidy-summarize: one process per parallel slot, the files dealt
/// out in turn.
std::vector<Job> summarizerJobs(const CheckPlan &Plan,
                                const std::vector<std::string> &Pending) {
  const CheckOptions &O = Plan.Options;
  std::vector<Job> Jobs;
  size_t Slots = std::min<size_t>(Plan.Parallelism, Pending.size());
  for (size_t K = 0; K < Slots; ++K) {
    std::vector<std::string> Argv = {O.Summarizer, "-p",
                                     Plan.Database.Directory,
                                     "--summary-store=" + Plan.Store};
    addExtraArgs(O, Argv);
    for (size_t I = K; I < Pending.size(); I += Slots)
      Argv.push_back(Pending[I]);
    std::string Base = Plan.Temp.path() + "/summarize-" + std::to_string(K);
    Jobs.push_back({Argv, Base + ".out", Base + ".err"});
  }
  return Jobs;
}

/// clang-tidy updating the store, one process per file.
std::vector<Job> updateJobs(const CheckPlan &Plan,
                            const std::vector<std::string> &Pending) {
  std::vector<Job> Jobs;
  for (size_t I = 0; I < Pending.size(); ++I) {
    std::vector<std::string> Argv =
        clangTidyArgv(Plan, Plan.Options.Checks.value_or(DefaultChecks),
                      summaryUpdateConfig(Plan.Store), Pending[I]);
    std::string Base = Plan.Temp.path() + "/pass1-" + std::to_string(I);
    Jobs.push_back({Argv, Base + ".out", Base + ".err"});
  }
  return Jobs;
}

/// A TU that does not compile fails again in the reporting pass, which
/// reports it; a crashed or missing summarizer leaves TUs without
/// summaries, which must not pass unnoticed.
std::optional<int> checkOutcomes(const std::vector<Job> &Jobs,
                                 const std::vector<JobOutcome> &Outcomes) {
  for (size_t J = 0; J < Jobs.size(); ++J) {
    if (!Outcomes[J].Started)
      return error(Outcomes[J].StartError);
    if (Outcomes[J].Signal) {
      std::string Excerpt = errorExcerpt(Jobs[J]);
      std::cerr << "privacy-tidy: warning: first pass: '" << Jobs[J].Argv[0]
                << "' was killed by signal " << Outcomes[J].Signal
                << "; the translation units it did not reach have no "
                   "summaries"
                << (Excerpt.empty() ? "" : ": " + Excerpt) << "\n";
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<int> runSummaryPasses(CheckPlan &Plan) {
  const CheckOptions &O = Plan.Options;
  if (!O.WholeProgram)
    return std::nullopt;
  if (Plan.Store.empty())
    Plan.Store = Plan.Temp.path() + "/summaries";
  if (std::optional<std::string> Error = createDirectories(Plan.Store))
    return error(*Error);
  for (unsigned Pass = 0; Pass < O.SummaryPasses; ++Pass) {
    std::vector<std::string> Pending = pendingFiles(Plan, Pass);
    std::vector<Job> Jobs =
        Pass == 0 ? summarizerJobs(Plan, Pending) : updateJobs(Plan, Pending);
    installInterruptHandlers();
    std::vector<JobOutcome> Outcomes;
    if (!runJobs(Jobs, Plan.Parallelism, Outcomes, [](size_t) {}))
      return interruptedExit();
    if (std::optional<int> Stop = checkOutcomes(Jobs, Outcomes))
      return Stop;
  }
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
