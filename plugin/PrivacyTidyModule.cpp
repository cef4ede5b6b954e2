//===--- PrivacyTidyModule.cpp - the privacy-tidy clang-tidy module -----===//
//
// Loaded with `clang-tidy --load PrivacyTidy.so`. Links nothing from LLVM:
// every symbol comes from the clang-tidy that loads it.
//
//===----------------------------------------------------------------------===//

#include "checks/AnnotationsCheck.h"
#include "checks/ModelCoverage.h"
#include "checks/SinkCheck.h"
#include "checks/UnannotatedDataCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "engine/ClangCompat.h"
#include PRIVACY_TIDY_MODULE_REGISTRY_HEADER
#include "llvm/Config/llvm-config.h"
#include "support/BuildInfo.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::privacy {

class PrivacyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<AnnotationsCheck>("privacy-annotations");
    // One check per sink kind of the registry in rules.json: a new family
    // of sinks is a data edit, not a new class.
    std::string Error;
    if (const LegalPolicy *P = embeddedPolicy(Error))
      for (size_t I = 0; I < P->SinkKinds.size(); ++I)
        Factories.registerCheckFactory(
            P->SinkKinds[I].CheckName,
            [I](StringRef Name, ClangTidyContext *Context)
                -> std::unique_ptr<ClangTidyCheck> {
              return std::make_unique<SinkCheck>(
                  Name, Context, SinkKind{static_cast<uint8_t>(I)});
            });
    else
      llvm::errs() << "error: privacy-tidy: " << Error
                   << "; the flow checks are not registered\n";
    Factories.registerCheckFactory(
        "privacy-unannotated-data",
        [](StringRef Name, ClangTidyContext *Context)
            -> std::unique_ptr<ClangTidyCheck> {
          auto Check = std::make_unique<UnannotatedDataCheck>(Name, Context);
          // What a model file describes is as good as annotated.
          Check->setModelCoverage(modelCoverage(
              readRunConfig(Context->getOptions().CheckOptions,
                            privacyCheckNames(), Name.str())));
          return Check;
        });
  }
};

} // namespace clang::tidy::privacy

#include "clang/Basic/Version.h"

namespace {
/// The loading clang-tidy's major version, from its own libclang.
unsigned hostMajorVersion() {
  std::string V = clang::getClangFullVersion();
  size_t P = V.find("version ");
  if (P == std::string::npos)
    return 0;
  return static_cast<unsigned>(std::atoi(V.c_str() + P + 8));
}

/// Registers the module only inside a clang-tidy of the major version it was
/// built for: class layouts differ between majors, and a mismatch would
/// crash later instead of failing now.
bool registerPrivacyModule() {
  unsigned Host = hostMajorVersion();
  if (Host != CLANG_VERSION_MAJOR) {
    llvm::errs() << "error: privacy-tidy plugin ("
                 << clang::tidy::privacy::buildDescription()
                 << ") was built for clang-tidy " << CLANG_VERSION_MAJOR
                 << " but is loaded into clang-tidy "
                 << (Host ? std::to_string(Host) : std::string("(unknown)"))
                 << "; its checks are not registered. Rebuild it with "
                    "-DPRIVACY_TIDY_LLVM_VERSION="
                 << (Host ? std::to_string(Host) : std::string("<major>"))
                 << ".\n";
    return false;
  }
  // The description names the build (version, commit, LLVM), as the
  // marker string privacy-tidy --version reads from this file does.
  static const std::string Description =
      std::string(clang::tidy::privacy::buildDescription()) +
      ": checks that follow telecom personal data to log, export and "
      "retention sinks.";
  static clang::tidy::ClangTidyModuleRegistry::Add<
      clang::tidy::privacy::PrivacyModule>
      Registration("privacy-module", Description);
  return true;
}

[[maybe_unused]] const bool Registered = registerPrivacyModule();
} // namespace
