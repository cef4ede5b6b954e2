//===--- ConfigProbe.cpp - Will the privacy checks run? -------------------===//

#include "ConfigProbe.h"
#include "ClangTidyCommand.h"
#include "Console.h"
#include "FileSystem.h"
#include "Plan.h"
#include "Runner.h"

#include "support/Paths.h"

#include <iostream>
#include <map>
#include <sstream>

namespace clang::tidy::privacy::tool {

namespace {

/// The directory of the .clang-tidy file nearest to \p File; empty if none.
std::string nearestConfigDirectory(const std::string &File) {
  std::string Dir = parentDirectory(File);
  while (true) {
    if (fileExists(Dir + "/.clang-tidy"))
      return Dir;
    if (Dir == "/" || Dir.empty())
      return "";
    Dir = parentDirectory(Dir);
  }
}

/// Units sharing one configuration, and what the probe found for them.
struct ConfigGroup {
  std::string Directory; ///< of the nearest .clang-tidy; empty: none
  std::vector<size_t> Units;
  std::optional<std::string> ProbeChecks;
};

std::string outputOf(const Job &J) {
  std::string Out, Err;
  readWholeFile(J.StdoutPath, Out);
  readWholeFile(J.StderrPath, Err);
  return Out + "\n" + Err;
}

/// The first line of \p Text containing \p Needle, trimmed.
std::string lineWith(const std::string &Text, const std::string &Needle) {
  std::istringstream In(Text);
  for (std::string Line; std::getline(In, Line);)
    if (Line.find(Needle) != std::string::npos)
      return Line.substr(Line.find_first_not_of(" \t"));
  return "";
}

/// The privacy checks in clang-tidy's "Enabled checks:" list.
std::vector<std::string> enabledPrivacyChecks(const std::string &Text) {
  std::vector<std::string> Checks;
  std::istringstream In(Text);
  bool InList = false;
  for (std::string Line; std::getline(In, Line);) {
    if (Line.rfind("Enabled checks:", 0) == 0) {
      InList = true;
      continue;
    }
    size_t Start = Line.find_first_not_of(" \t");
    if (!InList || Start == 0 || Start == std::string::npos)
      continue;
    std::string Name = Line.substr(Start);
    if (Name.rfind("privacy-", 0) == 0)
      Checks.push_back(Name);
  }
  return Checks;
}

/// Why the probe \p J says the privacy checks cannot run as configured, if
/// it does; otherwise \p Checks are the privacy checks it lists.
std::optional<std::string> diagnose(const CheckPlan &Plan, const Job &J,
                                    const JobOutcome &Outcome,
                                    std::vector<std::string> &Checks) {
  const CheckOptions &O = Plan.Options;
  std::string Text = outputOf(J);
  if (!Outcome.Started)
    return Outcome.StartError;
  if (Text.find("-load request ignored") != std::string::npos)
    return "the plugin '" + O.Plugin + "' did not load into clang-tidy '" +
           O.ClangTidy + "' (" + lineWith(Text, "Error opening") +
           "): no privacy check would run";
  std::string Parse = lineWith(Text, "Error parsing ");
  if (!Parse.empty())
    return "a .clang-tidy file does not parse with this clang-tidy, which "
           "would silently fall back to other settings: " +
           lineWith(Text, "error:") + " (" + Parse + ")";
  if (Text.find("invalid configuration") != std::string::npos)
    return "the configuration of " + Plan.User.ConfigOrigin +
           " does not parse: " + lineWith(Text, "error:");
  if (Outcome.Signal || (Outcome.ExitCode != 0 &&
                         Text.find("No checks enabled") == std::string::npos))
    return "clang-tidy --list-checks failed: " + errorExcerpt(J);
  Checks = enabledPrivacyChecks(Text);
  return std::nullopt;
}

/// The Checks line of clang-tidy --dump-config for \p G's configuration.
std::optional<std::string> effectiveChecks(const CheckPlan &Plan,
                                           const ConfigGroup &G) {
  const std::string &File = Plan.Units[G.Units.front()].File;
  std::vector<std::string> Argv = clangTidyArgv(Plan, std::nullopt, File);
  Argv.insert(Argv.end() - 1, "--dump-config");
  std::string Base = Plan.Temp.path() + "/dump-" + std::to_string(G.Units.front());
  std::vector<Job> Jobs = {{Argv, Base + ".out", Base + ".err", {}}};
  std::vector<JobOutcome> Outcomes;
  if (!runJobs(Jobs, 1, Outcomes, [](size_t) {}) || !Outcomes[0].succeeded())
    return std::nullopt;
  std::string Line = lineWith(outputOf(Jobs[0]), "Checks:");
  if (Line.rfind("Checks:", 0) != 0)
    return std::nullopt;
  size_t Value = Line.find_first_not_of(' ', 7);
  return "Checks: " + (Value == std::string::npos ? "" : Line.substr(Value));
}

/// A configuration that enables no privacy check: one that names them has
/// disabled them, an error; one that does not (a project's lint settings)
/// gets every privacy check.
std::optional<std::string> withoutPrivacyChecks(const CheckPlan &Plan,
                                                const ConfigGroup &G,
                                                std::string &Checks) {
  if (Plan.Options.Checks)
    return "--checks '" + *Plan.Options.Checks +
           "' enables no privacy-* check";
  std::optional<std::string> Effective = effectiveChecks(Plan, G);
  if (!Effective)
    return std::string("clang-tidy --dump-config failed");
  if (Effective->find("privacy") == std::string::npos) {
    Checks = DefaultChecks;
    return std::nullopt;
  }
  std::string Source = G.Directory.empty() ? std::string()
                                           : G.Directory + "/.clang-tidy";
  if (!Plan.User.ConfigOrigin.empty())
    Source += (Source.empty() ? "" : " with ") + Plan.User.ConfigOrigin;
  return "its configuration (" + Source + ") disables every privacy-* check (" +
         *Effective + "), so clang-tidy would report nothing without "
         "analysing; enable them in its Checks, or pass --checks";
}

std::string joinChecks(const std::vector<std::string> &Checks) {
  std::string Out = "-*";
  for (const std::string &C : Checks)
    Out += "," + C;
  return Out;
}

} // namespace

std::optional<int> probeConfigurations(CheckPlan &Plan) {
  const CheckOptions &O = Plan.Options;
  std::map<std::string, ConfigGroup> Groups;
  for (size_t I = 0; I < Plan.Units.size(); ++I) {
    std::string Dir = nearestConfigDirectory(Plan.Units[I].File);
    ConfigGroup &G = Groups[Dir];
    G.Directory = Dir;
    G.Units.push_back(I);
  }
  std::vector<Job> Jobs;
  std::vector<ConfigGroup *> Order;
  for (auto &[Dir, G] : Groups) {
    // Without --checks and without any configuration: every privacy check.
    G.ProbeChecks = O.Checks;
    if (!O.Checks && Dir.empty() && Plan.User.ConfigArgument.empty())
      G.ProbeChecks = DefaultChecks;
    const std::string &File = Plan.Units[G.Units.front()].File;
    std::vector<std::string> Argv = clangTidyArgv(Plan, G.ProbeChecks, File);
    Argv.insert(Argv.end() - 1, "--list-checks");
    std::string Base =
        Plan.Temp.path() + "/probe-" + std::to_string(Jobs.size());
    Jobs.push_back({Argv, Base + ".out", Base + ".err",
                    {runOptions(Plan, "", "read")}});
    Order.push_back(&G);
  }
  std::vector<JobOutcome> Outcomes;
  installInterruptHandlers();
  if (!runJobs(Jobs, Plan.Parallelism, Outcomes, [](size_t) {}))
    return interruptedExit();
  bool Failed = false;
  for (size_t K = 0; K < Jobs.size(); ++K) {
    const ConfigGroup &G = *Order[K];
    std::vector<std::string> Enabled;
    std::optional<std::string> Why =
        diagnose(Plan, Jobs[K], Outcomes[K], Enabled);
    std::string Checks = O.Checks ? *O.Checks : joinChecks(Enabled);
    if (!Why && Enabled.empty())
      Why = withoutPrivacyChecks(Plan, G, Checks);
    if (Why) {
      size_t N = G.Units.size();
      error(displayPath(Plan.Units[G.Units.front()].File) +
            (N > 1 ? " (and " + std::to_string(N - 1) + " more)" : "") +
            ": " + *Why);
      Failed = true;
      continue;
    }
    for (size_t I : G.Units)
      Plan.Units[I].Checks = Checks;
  }
  if (Failed)
    return ExitError;
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
