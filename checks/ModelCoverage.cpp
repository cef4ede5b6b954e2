//===--- ModelCoverage.cpp - Is a declaration described by a model? -------===//

#include "ModelCoverage.h"
#include "TUReport.h"
#include <map>

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
  // Model sets by resolved file list: one load per project, not per TU.
  auto Cache = std::make_shared<std::map<std::string, ModelSet>>();
  return [Config, Cache](const NamedDecl &D) {
    EngineOptions E = engineOptions(Config, mainFileName(D.getASTContext()));
    std::string Key;
    for (const std::string &F : E.ModelFiles)
      Key += F + ";";
    auto It = Cache->find(Key);
    if (It == Cache->end()) {
      ModelSet Models;
      std::vector<ModelError> Ignored; // the sink checks report them
      Models.loadBuiltins(E.DisabledModels, Ignored);
      Models.loadFiles(E.ModelFiles, Ignored);
      It = Cache->emplace(Key, std::move(Models)).first;
    }
    return describes(It->second, D);
  };
}

} // namespace clang::tidy::privacy
