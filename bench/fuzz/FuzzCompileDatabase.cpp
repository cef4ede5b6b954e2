//===--- FuzzCompileDatabase.cpp - libFuzzer harness: compile_commands ----===//
//
// Both readers of compile_commands.json on arbitrary bytes:
// - privacy-tidy's loadCompileDatabase (nlohmann/json, instrumented), then
//   selectFiles and selectShard as `privacy-tidy check` calls them;
// - Clang's JSONCompilationDatabase, as privacy-tidy-summarize and
//   clang-tidy -p read it (libclang-cpp is not instrumented: this finds its
//   crashes, but coverage guides only through privacy-tidy's reader).
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "tools/privacy-tidy/CompileDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"

using namespace clang::tidy::privacy::tool;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const std::string Dir = privacy_fuzz::scratchDirectory();
  static const std::string Path = Dir + "/compile_commands.json";
  privacy_fuzz::writeInput(Path, Data, Size);
  CompileDatabase DB;
  if (!loadCompileDatabase(Dir, DB)) {
    std::vector<std::string> Files;
    (void)selectFiles(DB, {}, Files);
    (void)selectFiles(DB, {Dir}, Files);
    for (unsigned N = 1; N <= 3; ++N)
      for (unsigned K = 1; K <= N; ++K)
        (void)selectShard(DB.Files, K, N);
  }
  std::string Error;
  auto Clang = clang::tooling::JSONCompilationDatabase::loadFromBuffer(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), Error,
      clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (Clang) {
    for (const std::string &File : Clang->getAllFiles())
      (void)Clang->getCompileCommands(File);
    (void)Clang->getAllCompileCommands();
  }
  return 0;
}
