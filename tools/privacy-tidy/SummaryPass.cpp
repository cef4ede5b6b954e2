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
#include <sys/stat.h>

namespace clang::tidy::privacy::tool {

namespace {

/// What the store holds for one TU.
struct StoredUnit {
  enum StateKind {
    Absent,  ///< no manifest: never summarised, or the pass did not finish
    Changed, ///< a source changed since its summaries were written
    Damaged, ///< the manifest or a summary it lists is unusable
    Fresh    ///< every summary present, every source unchanged
  } State = Absent;
  std::string Why; ///< what is damaged
};

std::string realPath(const std::string &File) {
  char Buf[PATH_MAX];
  if (::realpath(File.c_str(), Buf))
    return Buf;
  return normalizePath(File);
}

/// Why the stored summary of \p USR is unusable, if it is; the plugin checks
/// its content against the function when it reads it.
std::optional<std::string> damagedSummary(const std::string &Store,
                                          const std::string &USR) {
  std::string Path = Store + "/" + SummaryStoreVersion + "/" +
                     summaryRelativePath(USR);
  struct stat St;
  if (::stat(Path.c_str(), &St) != 0)
    return "its summary '" + Path + "' is missing";
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(Path, Text))
    return "its summary is unreadable: " + *Error;
  nlohmann::json J = nlohmann::json::parse(Text, nullptr, false);
  if (J.is_discarded())
    return "its summary '" + Path + "' is not valid JSON";
  if (!J.is_object() || !J.contains("usr") || J["usr"] != USR)
    return "its summary '" + Path + "' is not the summary it should be";
  return std::nullopt;
}

/// The state of the store's summaries of \p File: its manifest, the sources
/// the manifest names and the summaries it lists.
StoredUnit storedUnit(const std::string &Store, const std::string &File) {
  StoredUnit Out;
  std::string ManifestPath = Store + "/" + SummaryStoreVersion + "/" +
                             manifestRelativePath(realPath(File));
  struct stat St;
  if (::stat(ManifestPath.c_str(), &St) != 0)
    return Out; // Absent
  auto Damaged = [&](const std::string &Why) {
    Out.State = StoredUnit::Damaged;
    Out.Why = Why;
    return Out;
  };
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(ManifestPath, Text))
    return Damaged("its manifest is unreadable: " + *Error);
  nlohmann::json Manifest = nlohmann::json::parse(Text, nullptr, false);
  if (Manifest.is_discarded() || !Manifest.is_object() ||
      !Manifest.contains("sources") || !Manifest["sources"].is_array())
    return Damaged("its manifest '" + ManifestPath + "' is corrupt");
  if (!Manifest.contains("summaries") || !Manifest["summaries"].is_array())
    return Damaged("its manifest '" + ManifestPath +
                   "' lists no summaries (an earlier release wrote it)");
  if (!Manifest.contains("statementTables") ||
      !Manifest["statementTables"].is_array())
    return Damaged("its manifest '" + ManifestPath +
                   "' has no statement tables");
  for (const auto &Source : Manifest["sources"]) {
    if (!Source.is_object() || !Source.contains("file") ||
        !Source["file"].is_string() || !Source.contains("hash") ||
        !Source["hash"].is_string())
      return Damaged("its manifest '" + ManifestPath + "' is corrupt");
    std::string SourceText;
    if (readWholeFile(Source["file"].get<std::string>(), SourceText) ||
        Source["hash"] != fnv1aHex(SourceText)) {
      Out.State = StoredUnit::Changed;
      return Out;
    }
  }
  for (const auto &USR : Manifest["summaries"]) {
    if (!USR.is_string())
      return Damaged("its manifest '" + ManifestPath + "' is corrupt");
    if (std::optional<std::string> Why =
            damagedSummary(Store, USR.get<std::string>()))
      return Damaged(*Why);
  }
  Out.State = StoredUnit::Fresh;
  return Out;
}

/// The TUs repetition \p Pass must summarise, announced unless --quiet; a
/// kept store with damaged summaries is repaired, and says so.
std::vector<std::string> pendingFiles(const CheckPlan &Plan, unsigned Pass) {
  const CheckOptions &O = Plan.Options;
  std::vector<std::string> Pending;
  size_t Repaired = 0;
  for (const std::string &File : Plan.AllFiles) {
    // A kept store whose manifest for this TU still matches every
    // source and lists summaries that are all there needs no first pass
    // for it (CI caches the store).
    if (Pass > 0 || O.SummaryStore.empty()) {
      Pending.push_back(File);
      continue;
    }
    StoredUnit Stored = storedUnit(Plan.Store, File);
    if (Stored.State == StoredUnit::Fresh)
      continue;
    Pending.push_back(File);
    if (Stored.State == StoredUnit::Damaged) {
      ++Repaired;
      // Said even with --quiet: the store CI keeps is damaged.
      std::cerr << "privacy-tidy: warning: summary store: the summaries of "
                << displayPath(File) << " are damaged (" << Stored.Why
                << "); summarising it again\n";
    }
  }
  if (!O.Quiet) {
    std::cerr << "privacy-tidy: first pass: summaries of " << Pending.size()
              << " translation units";
    if (Pending.size() < Plan.AllFiles.size())
      std::cerr << " (" << Plan.AllFiles.size() - Pending.size()
                << " unchanged, kept from the store)";
    if (Repaired)
      std::cerr << " (" << Repaired << " repaired)";
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
                                     Plan.Database.ToolDirectory,
                                     "--summary-store=" + Plan.Store};
    if (!Plan.User.ConfigArgument.empty())
      Argv.push_back(Plan.User.ConfigArgument);
    addExtraArgs(O, Argv);
    for (size_t I = K; I < Pending.size(); I += Slots)
      Argv.push_back(Pending[I]);
    std::string Base = Plan.Temp.path() + "/summarize-" + std::to_string(K);
    Jobs.push_back({Argv, Base + ".out", Base + ".err",
                    {runOptions(Plan, "", "write")}});
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
                      Pending[I]);
    std::string Base = Plan.Temp.path() + "/pass1-" + std::to_string(I);
    Jobs.push_back({Argv, Base + ".out", Base + ".err",
                    {runOptions(Plan, "", "update")}});
  }
  return Jobs;
}

/// Whether the output of \p J says that it could not write the store.
bool storeWriteFailed(const Job &J) {
  return outputMentions(J, "privacy summary store: ");
}

/// A pass is done when every TU it summarised committed its manifest. A TU
/// that does not compile fails again in the reporting pass, which reports
/// it; a summarizer that crashed, was killed or could not write the store
/// leaves TUs without summaries, which must not pass unnoticed: the
/// analysis would miss every flow through their functions.
std::optional<int> checkOutcomes(const CheckPlan &Plan,
                                 const std::vector<std::string> &Pending,
                                 const std::vector<Job> &Jobs,
                                 const std::vector<JobOutcome> &Outcomes) {
  std::string Excerpts;
  bool StoreError = false;
  for (size_t J = 0; J < Jobs.size(); ++J) {
    if (!Outcomes[J].Started)
      return error("first pass: " + Outcomes[J].StartError);
    std::string Excerpt = errorExcerpt(Jobs[J]);
    if (Outcomes[J].Signal)
      return error("first pass: '" + Jobs[J].Argv[0] +
                   "' was killed by signal " +
                   std::to_string(Outcomes[J].Signal) +
                   "; the translation units it did not reach have no "
                   "summaries" +
                   (Excerpt.empty() ? "" : ": " + Excerpt));
    if (Outcomes[J].ExitCode == 0)
      continue;
    StoreError |= storeWriteFailed(Jobs[J]);
    if (!Excerpt.empty() && Excerpts.find(Excerpt) == std::string::npos)
      Excerpts += (Excerpts.empty() ? "" : " | ") + Excerpt;
    if (Outcomes[J].ExitCode != 1) // a usage error of privacy-tidy-summarize
      return error("first pass: '" + Jobs[J].Argv[0] + "' exited with code " +
                   std::to_string(Outcomes[J].ExitCode) +
                   (Excerpt.empty() ? "" : ": " + Excerpt));
  }
  std::vector<std::string> Missing;
  std::string FirstWhy;
  for (const std::string &File : Pending) {
    StoredUnit Stored = storedUnit(Plan.Store, File);
    if (Stored.State == StoredUnit::Absent ||
        Stored.State == StoredUnit::Damaged) {
      Missing.push_back(displayPath(File));
      if (FirstWhy.empty() && !Stored.Why.empty())
        FirstWhy = Stored.Why;
    }
  }
  if (Missing.empty())
    return std::nullopt;
  std::string Names;
  for (size_t I = 0; I < Missing.size() && I < 5; ++I)
    Names += (I ? ", " : "") + Missing[I];
  if (Missing.size() > 5)
    Names += ", ...";
  std::string Message =
      "first pass: the summary store '" + Plan.Store + "' has no complete " +
      "summaries of " + std::to_string(Missing.size()) + " translation unit" +
      (Missing.size() == 1 ? "" : "s") + " (" + Names + ")" +
      (FirstWhy.empty() ? "" : ": " + FirstWhy) +
      (Excerpts.empty() ? "" : ": " + Excerpts);
  // --keep-going accepts TUs that do not compile, not a store that cannot
  // be written.
  if (Plan.Options.KeepGoing && !StoreError) {
    std::cerr << "privacy-tidy: warning: " << Message
              << "; calls into them are not followed\n";
    return std::nullopt;
  }
  return error(Message);
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
    if (std::optional<int> Stop = checkOutcomes(Plan, Pending, Jobs, Outcomes))
      return Stop;
  }
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
