//===--- Options.cpp - The privacy-tidy command line ----------------------===//

#include "Options.h"
#include "Waivers.h"

namespace clang::tidy::privacy::tool {

ArgumentStream::ArgumentStream(int Argc, char **Argv, int First) {
  for (int I = First; I < Argc; ++I)
    Args.emplace_back(Argv[I]);
}

bool ArgumentStream::option(const char *Long, const char *Short,
                            std::string &Value,
                            std::optional<std::string> &Error) {
  const std::string &Arg = Args[Pos];
  for (const char *Name : {Long, Short}) {
    if (!Name)
      continue;
    std::string N = Name;
    if (Arg == N) {
      if (Pos + 1 >= Args.size()) {
        Error = N + " needs a value";
        ++Pos;
        return true;
      }
      Value = Args[Pos + 1];
      Pos += 2;
      return true;
    }
    if (N.size() > 2 && Arg.compare(0, N.size() + 1, N + "=") == 0) {
      Value = Arg.substr(N.size() + 1);
      ++Pos;
      return true;
    }
    if (N.size() == 2 && Arg.size() > 2 && Arg.compare(0, 2, N) == 0) {
      Value = Arg.substr(2);
      ++Pos;
      return true;
    }
  }
  return false;
}

bool ArgumentStream::flag(const char *Long, const char *Short) {
  if (Args[Pos] == Long || (Short && Args[Pos] == Short)) {
    ++Pos;
    return true;
  }
  return false;
}

namespace {

std::optional<unsigned> parseCount(const std::string &Text) {
  if (Text.empty() || Text.size() > 6 ||
      Text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return static_cast<unsigned>(std::stoul(Text));
}

std::optional<std::string> parseShard(const std::string &Value,
                                      CheckOptions &O) {
  size_t Slash = Value.find('/');
  std::optional<unsigned> K, N;
  if (Slash != std::string::npos) {
    K = parseCount(Value.substr(0, Slash));
    N = parseCount(Value.substr(Slash + 1));
  }
  if (!K || !N || *N == 0 || *K == 0 || *K > *N)
    return "--shard needs K/N with 1 <= K <= N, not '" + Value + "'";
  O.ShardK = *K;
  O.ShardN = *N;
  return std::nullopt;
}

bool parseFlag(ArgumentStream &Args, CheckOptions &O) {
  if (Args.flag("--keep-going"))
    O.KeepGoing = true;
  else if (Args.flag("--quiet", "-q"))
    O.Quiet = true;
  else if (Args.flag("--whole-program"))
    O.WholeProgram = true;
  else if (Args.flag("--require-justification"))
    O.RequireJustification = true;
  else if (Args.flag("--keep-warning-flags"))
    O.KeepWarningFlags = true;
  else if (Args.flag("--strict-models"))
    O.StrictModels = true;
  else
    return false;
  return true;
}

/// Options whose value must be checked; a bad value becomes \p Error.
bool parseCheckedOption(ArgumentStream &Args, CheckOptions &O,
                        std::string &Value, std::optional<std::string> &Error) {
  if (Args.option("--jobs", "-j", Value, Error)) {
    std::optional<unsigned> N = parseCount(Value);
    if (!N || *N == 0)
      Error = "-j needs a positive number, not '" + Value + "'";
    else
      O.Jobs = *N;
  } else if (Args.option("--shard", nullptr, Value, Error)) {
    if (std::optional<std::string> Bad = parseShard(Value, O))
      Error = Bad;
  } else if (Args.option("--fail-on", nullptr, Value, Error)) {
    if (Value != "none" && Value != "new" && Value != "any")
      Error = "--fail-on must be none, new or any, not '" + Value + "'";
    else
      O.FailOn = Value;
  } else if (Args.option("--progress", nullptr, Value, Error)) {
    if (Value != "auto" && Value != "bar" && Value != "lines" &&
        Value != "none")
      Error =
          "--progress must be auto, bar, lines or none, not '" + Value + "'";
    else
      O.ProgressMode = Value;
  } else if (Args.option("--summary-passes", nullptr, Value, Error)) {
    std::optional<unsigned> N = parseCount(Value);
    if (!N || *N == 0)
      Error = "--summary-passes needs a positive number, not '" + Value + "'";
    else
      O.SummaryPasses = *N;
  } else {
    return false;
  }
  return true;
}

/// Options whose value is taken as given.
bool parsePlainOption(ArgumentStream &Args, CheckOptions &O, std::string &Value,
                      std::optional<std::string> &Error) {
  if (Args.option("-p", nullptr, Value, Error))
    O.BuildPath = Value;
  else if (Args.option("--output", "-o", Value, Error))
    O.Output = Value;
  else if (Args.option("--html", nullptr, Value, Error))
    O.HtmlOutput = Value;
  else if (Args.option("--baseline", nullptr, Value, Error))
    O.BaselinePath = Value;
  else if (Args.option("--register-baseline", nullptr, Value, Error))
    O.RegisterBaseline = Value;
  else if (Args.option("--checks", nullptr, Value, Error))
    O.Checks = Value;
  else if (Args.option("--extra-arg", nullptr, Value, Error))
    O.ExtraArgs.push_back(Value);
  else if (Args.option("--extra-arg-before", nullptr, Value, Error))
    O.ExtraArgsBefore.push_back(Value);
  else if (Args.option("--clang-tidy", nullptr, Value, Error))
    O.ClangTidy = Value;
  else if (Args.option("--plugin", nullptr, Value, Error))
    O.Plugin = Value;
  else if (Args.option("--source-root", nullptr, Value, Error))
    O.SourceRoot = Value;
  else if (Args.option("--summary-store", nullptr, Value, Error))
    O.SummaryStore = Value;
  else if (Args.option("--summarizer", nullptr, Value, Error))
    O.Summarizer = Value;
  else if (Args.option("--today", nullptr, Value, Error))
    O.Today = Value;
  else if (Args.option("--github-sarif", nullptr, Value, Error))
    O.GithubSarif = Value;
  else if (Args.option("--summary-markdown", nullptr, Value, Error))
    O.SummaryMarkdown = Value;
  else if (Args.option("--model", nullptr, Value, Error))
    O.Models.push_back(Value);
  else if (Args.option("--config", nullptr, Value, Error))
    O.Config = Value;
  else if (Args.option("--config-file", nullptr, Value, Error))
    O.ConfigFile = Value;
  else if (Args.option("--header-filter", nullptr, Value, Error))
    O.HeaderFilter = Value;
  else
    return false;
  return true;
}

std::optional<size_t> parseByteCount(const std::string &Value,
                                     std::optional<std::string> &Error) {
  if (Value.empty() || Value.size() > 12 ||
      Value.find_first_not_of("0123456789") != std::string::npos ||
      std::stoull(Value) == 0) {
    Error = "--max-upload-bytes needs a positive number, not '" + Value + "'";
    return std::nullopt;
  }
  return static_cast<size_t>(std::stoull(Value));
}

bool isOption(const std::string &Arg) {
  return Arg.size() > 1 && Arg[0] == '-';
}

} // namespace

std::optional<std::string> parseCheckOptions(ArgumentStream &Args,
                                             CheckOptions &O,
                                             const ExtraOptions &Extra) {
  std::optional<std::string> Error;
  std::string Value;
  while (!Args.done() && !Error) {
    if (Args.peek() == "--") {
      Args.take();
      while (!Args.done())
        O.Files.push_back(Args.take());
    } else if ((Extra && Extra(Args, Error)) || parseFlag(Args, O) ||
               parseCheckedOption(Args, O, Value, Error) ||
               parsePlainOption(Args, O, Value, Error)) {
      continue;
    } else if (isOption(Args.peek())) {
      return "unknown option '" + Args.peek() + "' (see privacy-tidy --help)";
    } else {
      O.Files.push_back(Args.take());
    }
  }
  if (Error)
    return Error;
  if (O.BuildPath.empty() && !Extra)
    return std::string("check needs -p BUILD_DIR (the directory with "
                       "compile_commands.json)");
  return resolveToday(O.Today);
}

std::optional<std::string> parseMergeOptions(ArgumentStream &Args,
                                             MergeOptions &O) {
  std::optional<std::string> Error;
  std::string Value;
  while (!Args.done() && !Error) {
    if (Args.option("--source-root", nullptr, Value, Error))
      O.SourceRoot = Value;
    else if (isOption(Args.peek()))
      return "unknown option '" + Args.peek() + "' (see privacy-tidy --help)";
    else if (O.Output.empty())
      O.Output = Args.take();
    else
      O.Inputs.push_back(Args.take());
  }
  if (Error)
    return Error;
  if (O.Output.empty() || O.Inputs.empty())
    return std::string("merge needs an output file and at least one input: "
                       "privacy-tidy merge OUT.sarif IN...");
  return std::nullopt;
}

std::optional<std::string> parseLspOptions(ArgumentStream &Args,
                                           LspOptions &O) {
  std::optional<std::string> Error;
  std::string Value;
  while (!Args.done() && !Error) {
    if (Args.option("-p", nullptr, Value, Error))
      O.BuildPath = Value;
    else if (Args.option("--summary-store", nullptr, Value, Error))
      O.SummaryStore = Value;
    else if (Args.option("--clang-tidy", nullptr, Value, Error))
      O.ClangTidy = Value;
    else if (Args.option("--plugin", nullptr, Value, Error))
      O.Plugin = Value;
    else if (Args.option("--checks", nullptr, Value, Error))
      O.Checks = Value;
    else if (Args.option("--extra-arg", nullptr, Value, Error))
      O.ExtraArgs.push_back(Value);
    else if (Args.option("--extra-arg-before", nullptr, Value, Error))
      O.ExtraArgsBefore.push_back(Value);
    else if (Args.flag("--test-hold-first-analysis"))
      O.HoldFirstAnalysis = true;
    else if (Args.flag("--stdio"))
      continue; // what some clients pass to every server
    else
      return "unknown argument '" + Args.peek() +
             "' for lsp (see privacy-tidy --help)";
  }
  return Error;
}

std::optional<std::string> parseConvertOptions(ArgumentStream &Args,
                                               ConvertOptions &O) {
  std::optional<std::string> Error;
  std::string Value;
  std::vector<std::string> Files;
  while (!Args.done() && !Error) {
    if (Args.option("--profile", nullptr, Value, Error))
      O.Profile = Value;
    else if (Args.option("--summary-markdown", nullptr, Value, Error))
      O.SummaryMarkdown = Value;
    else if (Args.option("--max-upload-bytes", nullptr, Value, Error))
      O.MaxUploadBytes = parseByteCount(Value, Error);
    else if (isOption(Args.peek()))
      return "unknown option '" + Args.peek() + "' (see privacy-tidy --help)";
    else
      Files.push_back(Args.take());
  }
  if (Error)
    return Error;
  if (O.Profile != "github")
    return "convert needs --profile github" +
           (O.Profile.empty() ? std::string()
                              : ", not '" + O.Profile + "'");
  if (Files.size() != 2)
    return std::string("convert needs one input and one output: privacy-tidy "
                       "convert --profile github IN.sarif OUT.sarif");
  O.Input = Files[0];
  O.Output = Files[1];
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
