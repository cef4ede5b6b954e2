//===--- FuzzSummaryStore.cpp - libFuzzer harness: summary store files ----===//
//
// The whole-program store's reader on arbitrary bytes. A small AST is built
// once (inputs/summary-tu.cpp); each input is written as the store file of
// one of its functions (the one whose USR the input's "usr" names, else the
// first) and read through SummaryStore::lookup exactly as the second pass
// does. A corrupt, stale or foreign file must end as a notice, never a crash
// or an exception. The freshness check reads the files a summary names; the
// inputs name no real project, so it is exercised on absent files.
//
//===----------------------------------------------------------------------===//

#include "FuzzSupport.h"
#include "engine/Engine.h"
#include "engine/SummaryStore.h"
#include "support/Hash.h"
#include "support/StoreLayout.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"

#include <nlohmann/json.hpp>

using namespace clang;
using namespace clang::tidy::privacy;

namespace {

struct Fixture {
  std::unique_ptr<ASTUnit> AST;
  EngineOptions Opts;
  std::unique_ptr<TranslationUnitAnalysis> TU;
  /// Every function of the TU with its USR and the store file it reads.
  struct Function {
    const FunctionDecl *FD;
    std::string USR;
    std::string Path;
  };
  std::vector<Function> Functions;
  std::string TUPath = PRIVACY_FUZZ_SUMMARY_TU;

  Fixture() {
    auto Code = llvm::MemoryBuffer::getFile(TUPath);
    if (!Code) {
      llvm::errs() << "fuzz-summary-store: cannot read "
                   << TUPath << "\n";
      std::abort();
    }
    AST = tooling::buildASTFromCodeWithArgs(
        (*Code)->getBuffer(),
        {"-std=c++17", "-I" PRIVACY_FUZZ_ANNOTATIONS_INCLUDE},
        TUPath);
    if (!AST || AST->getDiagnostics().hasErrorOccurred()) {
      llvm::errs() << "fuzz-summary-store: the fixture does not compile\n";
      std::abort();
    }
    Opts.SummaryStore = privacy_fuzz::scratchDirectory() + "/store";
    Opts.ReadSummaries = true;
    TU = std::make_unique<TranslationUnitAnalysis>(AST->getASTContext(), Opts);
    collect(AST->getASTContext().getTranslationUnitDecl());
    if (Functions.empty())
      std::abort();
  }

  void collect(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
        std::string USR = usrOf(FD);
        std::string H = fnv1aHex(USR);
        std::string Dir = Opts.SummaryStore + "/" + SummaryStoreVersion +
                          "/" + H.substr(0, 2);
        privacy_fuzz::makeDirectories(Dir);
        Functions.push_back({FD, USR, Dir + "/" + H + ".json"});
      } else if (const auto *Inner = dyn_cast<DeclContext>(D)) {
        collect(Inner);
      }
    }
  }

  const Function &target(const uint8_t *Data, size_t Size) const {
    nlohmann::json J = nlohmann::json::parse(Data, Data + Size, nullptr,
                                             /*allow_exceptions=*/false);
    if (J.is_object()) {
      auto It = J.find("usr");
      if (It != J.end() && It->is_string())
        for (const Function &F : Functions)
          if (F.USR == It->get_ref<const std::string &>())
            return F;
    }
    return Functions.front();
  }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static Fixture *F = new Fixture();
  const Fixture::Function &Target = F->target(Data, Size);
  // "@TU@" stands for the fixture's path, so that the seeds' locations
  // resolve wherever the checkout is.
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  for (size_t At = Text.find("@TU@"); At != std::string::npos;
       At = Text.find("@TU@", At + F->TUPath.size()))
    Text.replace(At, 4, F->TUPath);
  privacy_fuzz::writeInput(Target.Path,
                           reinterpret_cast<const uint8_t *>(Text.data()),
                           Text.size());
  // A fresh store each time: lookup caches what it read.
  SummaryStore Store(*F->TU);
  if (const FunctionSummary *S = Store.lookup(Target.FD)) {
    // What the analysis does with an imported summary: walk its traces.
    for (const SinkHit &H : S->Sinks)
      for (const TraceStep &Step : traceSteps(H.Data.T))
        (void)Step.N->Subject.size();
  }
  F->TU->Notices.clear();
  return 0;
}
