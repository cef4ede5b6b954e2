//===--- ForeignFlags.cpp - Options clang rejects in a GCC database -------===//

#include "ForeignFlags.h"
#include "CompileDatabase.h"
#include "Plan.h"
#include "Runner.h"

#include "support/Paths.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

#include <iostream>
#include <set>

namespace clang::tidy::privacy::tool {

using nlohmann::json;

namespace {

/// Rounds of the probe: clang's driver reports unknown options, then those
/// the target does not support.
constexpr unsigned MaxProbes = 3;

/// An option whose next argument belongs to another tool or layer
/// (`-Xclang -fno-...`, `-mllvm -x86-...`): that argument is no driver
/// option and stays with it.
bool passesNextArgument(const std::string &Arg) {
  return Arg == "-mllvm" || Arg == "-Xclang" || Arg == "-Xpreprocessor" ||
         Arg == "-Xassembler" || Arg == "-Xlinker" || Arg == "-Xanalyzer";
}

/// Options that only steer code generation: what GCC builds add and clang
/// may not know. \p Prev is the argument before.
bool isCandidate(const std::string &Arg, const std::string &Prev) {
  return Arg.size() > 2 && Arg[0] == '-' && (Arg[1] == 'f' || Arg[1] == 'm') &&
         !passesNextArgument(Arg) && !passesNextArgument(Prev);
}

/// The target the commands compile for (`--target=X`, `-target X`, or the
/// triple a cross compiler's name starts with, `arm-linux-gnueabihf-gcc`,
/// as clang's driver reads it), so that "not supported for the target" is
/// decided for it.
void targetArguments(const std::vector<std::string> &Args,
                     std::vector<std::string> &Out) {
  for (size_t I = 0; I < Args.size(); ++I) {
    if (Args[I].rfind("--target=", 0) == 0)
      Out = {Args[I]};
    else if (Args[I] == "-target" && I + 1 < Args.size())
      Out = {Args[I], Args[I + 1]};
  }
  if (!Out.empty() || Args.empty())
    return;
  llvm::StringRef Name = llvm::sys::path::filename(Args[0]);
  for (llvm::StringRef Driver : {"-gcc", "-g++", "-clang", "-cc", "-c++"}) {
    size_t At = Name.rfind(Driver);
    if (At != llvm::StringRef::npos && Name.take_front(At).contains('-')) {
      Out = {"--target=" + Name.take_front(At).str()};
      return;
    }
  }
}

/// Runs clang-tidy on an empty C file with \p Options; its output.
std::optional<std::string> probe(const CheckPlan &Plan,
                                 const std::vector<std::string> &Options,
                                 std::string &Output) {
  std::string Base = Plan.Temp.path() + "/flag-probe";
  if (std::optional<std::string> Error =
          writeFileAtomically(Base + ".c", "", /*Sync=*/false))
    return Error;
  // No configuration file and one built-in check: only the driver speaks.
  std::vector<std::string> Argv = {Plan.Options.ClangTidy, "--config={}",
                                   "--checks=-*,misc-unused-parameters",
                                   "--quiet", Base + ".c", "--"};
  Argv.insert(Argv.end(), Options.begin(), Options.end());
  std::vector<Job> Jobs = {{Argv, Base + ".out", Base + ".err", {}}};
  std::vector<JobOutcome> Outcomes;
  runJobs(Jobs, 1, Outcomes, [](size_t) {});
  if (!Outcomes[0].Started)
    return "cannot run clang-tidy '" + Plan.Options.ClangTidy +
           "': " + Outcomes[0].StartError;
  std::string Out, Err;
  (void)readWholeFile(Base + ".out", Out);
  (void)readWholeFile(Base + ".err", Err);
  Output = Out + Err;
  return std::nullopt;
}

} // namespace

std::vector<std::string> rejectedOptions(const std::string &Output) {
  // clang's err_drv_unknown_argument (with or without a suggestion) and
  // err_drv_unsupported_opt_for_target.
  static const llvm::Regex Unknown("error: unknown argument:? '([^']+)'");
  static const llvm::Regex Unsupported(
      "error: unsupported option '([^']+)' for target");
  std::set<std::string> Found;
  llvm::StringRef Rest(Output);
  while (!Rest.empty()) {
    auto [Line, Tail] = Rest.split('\n');
    Rest = Tail;
    llvm::SmallVector<llvm::StringRef, 2> M;
    if (Unknown.match(Line, &M) || Unsupported.match(Line, &M))
      Found.insert(M[1].str());
  }
  return {Found.begin(), Found.end()};
}

bool isRejected(const std::string &Arg,
                const std::vector<std::string> &Rejected) {
  for (const std::string &R : Rejected)
    if (Arg == R || (R.back() == '=' && Arg.rfind(R, 0) == 0))
      return true;
  return false;
}

std::optional<std::string> removeForeignFlags(CheckPlan &Plan) {
  json &Entries = Plan.Database.Entries;
  std::set<std::string> Candidates;
  std::vector<std::string> Target;
  std::vector<std::vector<std::string>> Commands;
  for (const json &Entry : Entries) {
    Commands.push_back(commandArguments(Entry));
    const std::vector<std::string> &Args = Commands.back();
    for (size_t I = 1; I < Args.size(); ++I)
      if (isCandidate(Args[I], Args[I - 1]))
        Candidates.insert(Args[I]);
    if (Target.empty())
      targetArguments(Args, Target);
  }
  if (Candidates.empty())
    return std::nullopt;
  // The driver checks options in phases (unknown ones first, those the
  // target does not support once the others are known), so it is asked
  // again without what it rejected, until it rejects nothing new.
  std::vector<std::string> Rejected;
  for (unsigned Round = 0; Round < MaxProbes; ++Round) {
    std::vector<std::string> Options = Target;
    for (const std::string &C : Candidates)
      if (!isRejected(C, Rejected))
        Options.push_back(C);
    std::string Output;
    if (std::optional<std::string> Error = probe(Plan, Options, Output))
      return Error;
    size_t Before = Rejected.size();
    for (std::string &R : rejectedOptions(Output))
      if (!llvm::is_contained(Rejected, R))
        Rejected.push_back(std::move(R));
    if (Rejected.size() == Before)
      break;
  }
  if (Rejected.empty())
    return std::nullopt;
  llvm::sort(Rejected);
  size_t Changed = 0;
  for (size_t I = 0; I < Entries.size(); ++I) {
    std::vector<std::string> Kept;
    const std::vector<std::string> &Args = Commands[I];
    for (size_t A = 0; A < Args.size(); ++A)
      if (A == 0 || !isCandidate(Args[A], Args[A - 1]) ||
          !isRejected(Args[A], Rejected))
        Kept.push_back(Args[A]);
    if (Kept.size() == Commands[I].size())
      continue;
    Entries[I].erase("command");
    Entries[I]["arguments"] = Kept;
    ++Changed;
  }
  Plan.Database.Changed = true;
  std::string List;
  for (const std::string &R : Rejected)
    List += (List.empty() ? "" : ", ") + R;
  std::cerr << "privacy-tidy: note: left out of the analysis commands, "
               "because clang rejects them: "
            << List << " (" << Changed << " of " << Entries.size()
            << " compile commands)\n";
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
