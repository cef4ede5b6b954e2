//===--- ModelCoverage.cpp - Is a declaration described by a model? -------===//

#include "ModelCoverage.h"
#include "TUReport.h"
#include "engine/Models.h"

namespace clang::tidy::privacy {

ModelCoverage modelCoverage(const RunConfig &Config) {
  // The model set is the engine's (ModelSet::shared), matched by the
  // engine's DeclFacts. Both are made once per translation unit (a
  // relative path reads .clang-tidy files), not once per declaration.
  struct PerTU {
    const ASTContext *Ctx = nullptr;
    std::unique_ptr<DeclFacts> Facts;
  };
  auto TU = std::make_shared<PerTU>();
  ModelCoverage Out;
  Out.Covers = [Config, TU](const NamedDecl &D) {
    ASTContext &Ctx = D.getASTContext();
    if (!TU->Facts || TU->Ctx != &Ctx) {
      bool ForC = !Ctx.getLangOpts().CPlusPlus;
      EngineOptions E = engineOptions(Config, mainFileName(Ctx));
      // Errors are ignored: the sink checks report them.
      const ModelSet &Models =
          ModelSet::shared(E.DisabledModels, E.ModelFiles, ForC).Set;
      TU->Facts = std::make_unique<DeclFacts>(Ctx, Models);
      TU->Ctx = &Ctx;
    }
    return TU->Facts->isDescribedByModel(&D);
  };
  Out.EndTranslationUnit = [TU] {
    TU->Facts.reset();
    TU->Ctx = nullptr;
  };
  return Out;
}

} // namespace clang::tidy::privacy
