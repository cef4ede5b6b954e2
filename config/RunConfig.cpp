//===--- RunConfig.cpp - The run-level options of privacy-tidy -----------===//

#include "RunConfig.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace clang::tidy::privacy {

const std::vector<std::string> &privacyCheckNames() {
  static const std::vector<std::string> Names = [] {
    std::vector<std::string> N = {"privacy-annotations",
                                  "privacy-unannotated-data"};
    std::string Error;
    if (const LegalPolicy *P = embeddedPolicy(Error))
      for (const SinkKindRule &K : P->SinkKinds)
        N.push_back(K.CheckName);
    std::sort(N.begin(), N.end());
    return N;
  }();
  return Names;
}

namespace {
/// The one value of a run-level option, or an error naming the conflict.
std::optional<std::string> lookup(const ClangTidyOptions::OptionMap &Opts,
                                  const std::vector<std::string> &Checks,
                                  const std::string &Key,
                                  std::vector<std::string> &Errors) {
  std::optional<std::string> Value, From;
  auto Consider = [&](const std::string &Name) {
    auto It = Opts.find(Name);
    if (It == Opts.end())
      return;
    std::string V = llvm::StringRef(It->getValue().Value).trim().str();
    if (!Value) {
      Value = V;
      From = Name;
    } else if (*Value != V) {
      Errors.push_back("conflicting values for the run-level option '" + Key +
                       "': '" + *From + "' is '" + *Value + "' but '" + Name +
                       "' is '" + V + "'; the privacy checks share one "
                       "analysis: set it once, as '" + Key + "'");
    }
  };
  Consider(Key);
  for (const std::string &C : Checks)
    Consider(C + "." + Key);
  return Value;
}

std::optional<bool> parseBoolean(llvm::StringRef S) {
  S = S.trim();
  if (S.equals_insensitive("true") || S == "1" || S.equals_insensitive("yes") ||
      S.equals_insensitive("on"))
    return true;
  if (S.equals_insensitive("false") || S == "0" ||
      S.equals_insensitive("no") || S.equals_insensitive("off"))
    return false;
  return std::nullopt;
}
} // namespace

RunConfig readRunConfig(const ClangTidyOptions::OptionMap &Opts,
                        const std::vector<std::string> &CheckNames,
                        const std::string &Reporter) {
  RunConfig C;
  auto Get = [&](const char *Key) {
    return lookup(Opts, CheckNames, Key, C.Errors);
  };
  C.ModelFiles = Get("ModelFiles").value_or("");
  C.DisabledModels = Get("DisabledModels").value_or("");
  C.SarifOutputDir = Get("SarifOutputDir").value_or("");
  C.SummaryStore = Get("SummaryStore").value_or("");
  C.SummaryStoreMode = Get("SummaryStoreMode").value_or("read");
  C.LawFile = Get("LawFile").value_or("");
  if (std::optional<std::string> S = Get("StrictModels")) {
    if (std::optional<bool> B = parseBoolean(*S))
      C.StrictModels = *B;
    else
      C.Warnings.push_back("invalid StrictModels '" + *S + "': using false");
  }
  if (std::optional<std::string> S = Get("ReportPrunedCode")) {
    if (std::optional<bool> B = parseBoolean(*S))
      C.ReportPrunedCode = *B;
    else
      C.Warnings.push_back("invalid ReportPrunedCode '" + *S +
                           "': using false");
  }
  if (std::optional<std::string> S = Get("MaxBlockVisits")) {
    unsigned N = 0;
    // As clang-tidy does with a bad number: say so, use the default.
    if (llvm::StringRef(*S).trim().getAsInteger(10, N))
      C.Warnings.push_back("invalid MaxBlockVisits '" + *S + "': using " +
                           std::to_string(C.MaxBlockVisits));
    else if (N == 0) {
      C.Warnings.push_back("invalid MaxBlockVisits 0: using 1");
      C.MaxBlockVisits = 1;
    } else {
      C.MaxBlockVisits = N;
    }
  }
  applyCommandRunOptions(C);
  if (C.SummaryStoreMode != "read" && C.SummaryStoreMode != "write" &&
      C.SummaryStoreMode != "update")
    C.Errors.push_back("invalid SummaryStoreMode '" + C.SummaryStoreMode +
                       "' for '" + Reporter + "': expected 'write' (first pass), 'update' (a "
                       "repeated first pass) or 'read' (second pass)");
  return C;
}

void storeRunConfig(const RunConfig &C, ClangTidyOptions::OptionMap &Opts) {
  auto Put = [&](const char *Key, std::string Value) {
    Opts[Key] = ClangTidyOptions::ClangTidyValue(Value);
  };
  Put("DisabledModels", C.DisabledModels);
  Put("LawFile", C.LawFile);
  Put("MaxBlockVisits", std::to_string(C.MaxBlockVisits));
  Put("ModelFiles", C.ModelFiles);
  Put("ReportPrunedCode", C.ReportPrunedCode ? "true" : "false");
  Put("SarifOutputDir", C.SarifOutputDir);
  Put("StrictModels", C.StrictModels ? "true" : "false");
  Put("SummaryStore", C.SummaryStore);
  Put("SummaryStoreMode", C.SummaryStoreMode);
}

std::string resolveOptionPath(llvm::StringRef Path, llvm::StringRef MainFile,
                              llvm::StringRef Key) {
  if (Path.empty() || llvm::sys::path::is_absolute(Path))
    return Path.str();
  llvm::SmallString<256> Dir;
  if (MainFile.empty()) {
    llvm::sys::fs::current_path(Dir);
  } else {
    Dir = MainFile;
    llvm::sys::fs::make_absolute(Dir);
    llvm::sys::path::remove_filename(Dir);
  }
  while (!Dir.empty()) {
    llvm::SmallString<256> Config(Dir);
    llvm::sys::path::append(Config, ".clang-tidy");
    if (auto Buf = llvm::MemoryBuffer::getFile(Config))
      if ((*Buf)->getBuffer().contains(Key)) {
        llvm::SmallString<256> R(Dir);
        llvm::sys::path::append(R, Path);
        return std::string(R);
      }
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  llvm::SmallString<256> R(Path);
  llvm::sys::fs::make_absolute(R);
  return std::string(R);
}

EngineOptions engineOptions(const RunConfig &C, llvm::StringRef MainFile) {
  EngineOptions E;
  for (const std::string &F : splitList(C.ModelFiles))
    E.ModelFiles.push_back(resolveOptionPath(F, MainFile, "ModelFiles"));
  E.DisabledModels = splitList(C.DisabledModels);
  // Run-wide strict mode replaces the per-TU warnings about entries that
  // are meant for other translation units.
  E.StrictModels = C.StrictModels && !C.ModelCoverage;
  E.ModelCoverage = C.ModelCoverage;
  E.MaxBlockVisits = C.MaxBlockVisits;
  E.SummaryStore = C.SummaryStore;
  if (!C.SummaryStore.empty()) {
    // update: a repeated first pass, one more file boundary per repetition.
    E.WriteSummaries = C.SummaryStoreMode != "read";
    E.ReadSummaries = C.SummaryStoreMode != "write";
  }
  return E;
}

} // namespace clang::tidy::privacy
