//===--- Summarize.cpp - The first pass of whole-program mode -------------===//
//
// privacy-tidy-summarize writes the function summaries of every translation
// unit into a summary store, as clang-tidy with SummaryStoreMode 'write'
// does, at about half the cost: it skips the bodies of functions in system
// headers, which the engine never analyses (the standard library is
// described by models), and it runs no clang-tidy machinery. The engine
// options come from the same .clang-tidy files and -config as clang-tidy's.
//
//===----------------------------------------------------------------------===//

#include "Engine.h"
#include "Models.h"
#include "support/Paths.h"

#include "ClangTidyOptions.h"
#include "config/RunConfig.h"
#include "policy/Verdict.h"
#include "report/Messages.h"
#include "llvm/Support/JSON.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

#ifndef PRIVACY_TIDY_RESOURCE_DIR
#define PRIVACY_TIDY_RESOURCE_DIR ""
#endif

using namespace clang;
using namespace clang::tidy;
using namespace clang::tidy::privacy;

static llvm::cl::OptionCategory ToolCategory("privacy-tidy-summarize options");
static llvm::cl::opt<std::string>
    StoreDir("summary-store", llvm::cl::Required,
             llvm::cl::desc("the summary store to write (a directory)"),
             llvm::cl::cat(ToolCategory));
static llvm::cl::opt<std::string>
    BuildPath("p",
              llvm::cl::desc("build directory with compile_commands.json (or "
                             "the path of the file)"),
              llvm::cl::cat(ToolCategory));
static llvm::cl::list<std::string>
    SourcePaths(llvm::cl::Positional, llvm::cl::desc("[<source> ...]"),
                llvm::cl::cat(ToolCategory));
static llvm::cl::list<std::string>
    ExtraArgs("extra-arg",
              llvm::cl::desc("argument to append to the compiler command"),
              llvm::cl::cat(ToolCategory));
static llvm::cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    llvm::cl::desc("argument to prepend to the compiler command"),
    llvm::cl::cat(ToolCategory));
static llvm::cl::opt<std::string> DumpFlows(
    "dump-flows",
    llvm::cl::desc("also append every flow to a sink that the engine sees, "
                   "lawful ones included, with the law's verdict, as JSON "
                   "lines to this file (a debugging aid)"),
    llvm::cl::init(""), llvm::cl::cat(ToolCategory));
static llvm::cl::opt<std::string> Config(
    "config",
    llvm::cl::desc("configuration in YAML, as clang-tidy's -config: the "
                   "CheckOptions of the privacy checks apply"),
    llvm::cl::init(""), llvm::cl::cat(ToolCategory));

namespace {

/// Which engine options apply to a file: the run-level options as the
/// plugin's checks read them (config/RunConfig.h).
class EngineOptionsSource {
public:
  explicit EngineOptionsSource(std::unique_ptr<ClangTidyOptionsProvider> P)
      : Provider(std::move(P)) {}

  EngineOptions forFile(llvm::StringRef File, std::string &Warning) {
    ClangTidyOptions O = Provider->getOptions(File);
    RunConfig C = readRunConfig(O.CheckOptions, privacyCheckNames(),
                                "privacy-tidy-summarize");
    if (!C.Warnings.empty())
      Warning = C.Warnings.front();
    if (!C.Errors.empty())
      Warning = C.Errors.front();
    if (auto E = selectLawFile(resolveOptionPath(C.LawFile, File, "LawFile")))
      Warning = *E;
    C.SummaryStore = StoreDir;
    C.SummaryStoreMode = "write";
    EngineOptions E = engineOptions(C, File);
    E.MainFileOnly = true;
    return E;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Provider;
};

class SummarizeConsumer : public ASTConsumer {
public:
  SummarizeConsumer(CompilerInstance &CI, EngineOptionsSource &Source,
                    bool &Failed)
      : SM(CI.getSourceManager()), Source(Source), Failed(Failed) {}

  // The engine skips functions in system headers (FunctionCollector), so
  // their bodies need not be parsed. Clang itself keeps bodies it must see
  // (constexpr, deduced return types).
  bool shouldSkipFunctionBody(Decl *D) override {
    return SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
  }

  /// One JSON line per flow: where it reaches its sink and what the law
  /// says, with the reason a lawful one is lawful.
  void dumpFlows(const TranslationUnitAnalysis &A) {
    const LegalPolicy &P = policy();
    std::error_code EC;
    llvm::raw_fd_ostream Out(DumpFlows, EC, llvm::sys::fs::OF_Append);
    if (EC) {
      llvm::errs() << "privacy-tidy-summarize: error: cannot write '"
                   << DumpFlows << "': " << EC.message() << "\n";
      Failed = true;
      return;
    }
    for (const Flow &F : A.flows()) {
      Verdict V = evaluate(P, F.Facts, {});
      PlainLocation L = A.plain(F.ReportLoc);
      llvm::json::Object J{
          {"file", L.File},
          {"line", L.Line},
          {"category", P.rule(F.Facts.Cat).Id},
          {"sink", P.kind(F.Facts.Kind).Id},
          {"action", V.Action},
          {"violation", V.Violation},
          {"basis", legalBasisId(V.Basis)},
          {"purpose", F.Facts.Purpose},
          {"data", F.Facts.DataName},
          {"function", sinkSubjectText(F.Facts.SinkDesc)}};
      Out << llvm::json::Value(std::move(J)) << "\n";
    }
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    std::string File = Main ? Main->getName().str() : "";
    std::string Warning;
    EngineOptions Opts = Source.forFile(File, Warning);
    if (!Warning.empty() && Said.insert(Warning).second)
      llvm::errs() << File << ": warning: " << Warning << "\n";
    TranslationUnitAnalysis A(Ctx, Opts);
    A.run();
    if (!DumpFlows.empty())
      dumpFlows(A);
    for (const auto &N : A.notices()) {
      if (N.Level != DiagnosticIDs::Error && N.Level != DiagnosticIDs::Warning)
        continue;
      if (N.Level == DiagnosticIDs::Error)
        Failed = true;
      // A model file or store problem is the same in every TU: say it once.
      std::string Message = noticeMessage(N.Facts);
      if (!Said.insert(Message).second)
        continue;
      PlainLocation L = A.plain(N.Loc);
      llvm::errs() << (L.File.empty() ? File : L.File);
      if (L.Line)
        llvm::errs() << ":" << L.Line << ":" << L.Column;
      llvm::errs() << ": "
                   << (N.Level == DiagnosticIDs::Error ? "error" : "warning")
                   << ": " << Message << "\n";
    }
  }

private:
  SourceManager &SM;
  EngineOptionsSource &Source;
  bool &Failed;
  static inline std::set<std::string> Said;
};

class SummarizeAction : public ASTFrontendAction {
public:
  SummarizeAction(EngineOptionsSource &Source, bool &Failed)
      : Source(Source), Failed(Failed) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    // Read by ASTFrontendAction::ExecuteAction, after this point.
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return std::make_unique<SummarizeConsumer>(CI, Source, Failed);
  }

private:
  EngineOptionsSource &Source;
  bool &Failed;
};

class SummarizeActionFactory : public tooling::FrontendActionFactory {
public:
  SummarizeActionFactory(EngineOptionsSource &Source, bool &Failed)
      : Source(Source), Failed(Failed) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<SummarizeAction>(Source, Failed);
  }

private:
  EngineOptionsSource &Source;
  bool &Failed;
};

/// Says \p Message as this tool's error; returns the usage-error status.
int fail(const std::string &Message) {
  llvm::errs() << "privacy-tidy-summarize: error: " << Message << "\n";
  return 2;
}

/// The database named by -p (a directory or a compile_commands.json), unless
/// compiler arguments after "--" gave one already.
std::unique_ptr<tooling::CompilationDatabase>
loadDatabase(std::unique_ptr<tooling::CompilationDatabase> FromArgs,
             std::string &Error) {
  llvm::StringRef Build = BuildPath;
  if (FromArgs) {
    if (!Build.empty())
      Error = "-p and compiler arguments after '--' exclude each other";
    return Error.empty() ? std::move(FromArgs) : nullptr;
  }
  if (Build.empty()) {
    Error = "no compilation database: give -p BUILD_DIR or compiler "
            "arguments after '--'";
    return nullptr;
  }
  std::unique_ptr<tooling::CompilationDatabase> Database;
  std::string Why = "no such directory";
  if (llvm::sys::fs::is_regular_file(Build) &&
      llvm::sys::path::filename(Build) == "compile_commands.json")
    Database = tooling::JSONCompilationDatabase::loadFromFile(
        Build, Why, tooling::JSONCommandLineSyntax::AutoDetect);
  else if (llvm::sys::fs::is_directory(Build))
    Database = tooling::CompilationDatabase::loadFromDirectory(Build, Why);
  if (!Database)
    Error = "cannot load the compilation database of '" + BuildPath +
            "': " + Why;
  return Database;
}

/// The files to summarise: those given, else the whole database; each must
/// have a compile command.
std::vector<std::string> selectFiles(const tooling::CompilationDatabase &DB,
                                     std::string &Error) {
  std::vector<std::string> Files = SourcePaths;
  if (Files.empty())
    Files = DB.getAllFiles();
  if (Files.empty())
    Error = "no source files" +
            (BuildPath.empty() ? std::string()
                               : ": the compilation database of '" +
                                     BuildPath + "' is empty");
  for (const std::string &File : Files)
    if (Error.empty() && DB.getCompileCommands(File).empty())
      Error = "'" + File + "' is not in the compilation database of '" +
              BuildPath + "'";
  return Files;
}

/// The store directory, absolute (ClangTool changes the working directory
/// to each command's) and created.
std::optional<std::string> prepareStore() {
  llvm::SmallString<256> Store(StoreDir);
  llvm::sys::fs::make_absolute(Store);
  llvm::sys::path::remove_dots(Store, /*remove_dot_dot=*/true);
  StoreDir = std::string(Store);
  return createDirectories(StoreDir);
}

/// The .clang-tidy files, or -config instead of them, as clang-tidy reads
/// them.
std::unique_ptr<ClangTidyOptionsProvider> optionsProvider(std::string &Error) {
  ClangTidyGlobalOptions Global;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  if (Config.empty())
    return std::make_unique<FileOptionsProvider>(Global, Defaults,
                                                 ClangTidyOptions());
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      parseConfiguration(llvm::MemoryBufferRef(Config, "-config"));
  if (!Parsed) {
    Error = "invalid -config: " + Parsed.getError().message();
    return nullptr;
  }
  return std::make_unique<ConfigOptionsProvider>(
      Global, Defaults, std::move(*Parsed), ClangTidyOptions());
}

/// Runs the first pass over \p Files: 1 if a TU failed, else 0.
int summarize(tooling::CompilationDatabase &DB,
              const std::vector<std::string> &Files,
              EngineOptionsSource &Source) {
  tooling::ClangTool Tool(DB, Files);
  // As clang-tidy: the arguments in the order given.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      tooling::CommandLineArguments(ExtraArgsBefore.begin(),
                                    ExtraArgsBefore.end()),
      tooling::ArgumentInsertPosition::BEGIN));
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      tooling::CommandLineArguments(ExtraArgs.begin(), ExtraArgs.end()),
      tooling::ArgumentInsertPosition::END));
  // Summaries need no warnings; the clang driver of the compilation
  // database may not know where Clang's own headers are.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-w", tooling::ArgumentInsertPosition::END));
  if (llvm::StringRef(PRIVACY_TIDY_RESOURCE_DIR).size())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        "-resource-dir=" PRIVACY_TIDY_RESOURCE_DIR,
        tooling::ArgumentInsertPosition::BEGIN));
  bool Failed = false;
  SummarizeActionFactory Factory(Source, Failed);
  int Result = Tool.run(&Factory);
  return Result || Failed ? 1 : 0;
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::cl::HideUnrelatedOptions(ToolCategory);
  // As clang-tidy: compiler arguments after "--" instead of a database.
  std::string Error;
  std::unique_ptr<tooling::CompilationDatabase> FromArgs =
      tooling::FixedCompilationDatabase::loadFromCommandLine(Argc, Argv,
                                                             Error);
  if (!Error.empty())
    return fail(Error);
  if (!llvm::cl::ParseCommandLineOptions(
          Argc, Argv,
          "Writes the privacy summaries of translation units for "
          "privacy-tidy's whole-program mode (the first pass): of the given "
          "source files, or of every file of the compilation database.\n",
          &llvm::errs()))
    return 2;
  std::unique_ptr<tooling::CompilationDatabase> Database =
      loadDatabase(std::move(FromArgs), Error);
  if (!Database)
    return fail(Error);
  std::vector<std::string> Files = selectFiles(*Database, Error);
  if (!Error.empty())
    return fail(Error);
  if (std::optional<std::string> Failure = prepareStore())
    return fail(*Failure);
  std::unique_ptr<ClangTidyOptionsProvider> Provider = optionsProvider(Error);
  if (!Provider)
    return fail(Error);
  EngineOptionsSource Source(std::move(Provider));
  return summarize(*Database, Files, Source);
}
