//===--- ModelCoverage.cpp - Is a declaration described by a model? -------===//

#include "ModelCoverage.h"
#include "TUReport.h"

namespace clang::tidy::privacy {

namespace {
bool describes(const ModelSet &Models, const NamedDecl &D) {
  std::string Name = modelName(&D);
  for (const auto &E : Models.Decls)
    if (E.Name.matches(Name))
      return true;
  // Parameters and locals by name.
  if (const auto *VD = dyn_cast<VarDecl>(&D); VD && VD->getIdentifier()) {
    bool IsParam = isa<ParmVarDecl>(VD);
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(
        IsParam ? VD->getDeclContext() : VD->getParentFunctionOrMethod());
    for (const auto &E : Models.Scoped)
      if ((E.Kind == ModelSet::ScopedEntry::Parameter) == IsParam &&
          (IsParam || VD->isLocalVarDecl()) && E.Name.matches(VD->getName()) &&
          (!E.Function || (Fn && E.Function->matches(modelName(Fn)))))
        return true;
  }
  const Decl *Owner = &D;
  int Param = -1;
  if (const auto *P = dyn_cast<ParmVarDecl>(&D)) {
    Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
    Param = P->getFunctionScopeIndex();
    if (!Owner)
      return false;
    Name = modelName(cast<NamedDecl>(Owner));
  }
  if (!isa<FunctionDecl>(Owner))
    return false;
  for (const auto &E : Models.Functions) {
    if (!E.Name.matches(Name))
      continue;
    if (Param < 0)
      return !E.Spec.ReturnCategories.empty() || E.Spec.Sink ||
             E.Spec.Anonymizer || E.Spec.Pseudonymizer ||
             E.Spec.ConsentPurpose.has_value();
    for (const auto &[I, C] : E.ParamCategories)
      if (I == Param)
        return true;
  }
  return false;
}
} // namespace

std::function<bool(const NamedDecl &)> modelCoverage(const RunConfig &Config) {
  // The model set is the engine's (ModelSet::shared); the file list is
  // resolved once per translation unit (a relative path reads .clang-tidy
  // files), not once per declaration.
  struct LastTU {
    std::string MainFile;
    const ModelSet *Models = nullptr;
  };
  auto Last = std::make_shared<LastTU>();
  return [Config, Last](const NamedDecl &D) {
    std::string MainFile = mainFileName(D.getASTContext());
    bool ForC = !D.getASTContext().getLangOpts().CPlusPlus;
    MainFile += ForC ? "\1c" : "\1c++";
    if (!Last->Models || Last->MainFile != MainFile) {
      EngineOptions E = engineOptions(Config, mainFileName(D.getASTContext()));
      // Errors are ignored: the sink checks report them.
      Last->Models =
          &ModelSet::shared(E.DisabledModels, E.ModelFiles, ForC).Set;
      Last->MainFile = std::move(MainFile);
    }
    return describes(*Last->Models, D);
  };
}

} // namespace clang::tidy::privacy
