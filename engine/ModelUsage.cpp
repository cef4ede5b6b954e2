//===--- ModelUsage.cpp - Which model entries match this TU? --------------===//

#include "ModelUsage.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <set>

namespace clang::tidy::privacy {

namespace {
/// Every name a model entry could match.
class NameCollector : public RecursiveASTVisitor<NameCollector> {
public:
  explicit NameCollector(ASTContext &Ctx) : Aliases(buildTypedefIndex(Ctx)) {}
  std::set<std::string> Functions, Fields, Variables, Types;
  std::set<std::pair<std::string, std::string>> Params, Locals;
  std::vector<const FunctionDecl *> FunctionDecls;
  TypedefIndex Aliases;
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitFunctionDecl(FunctionDecl *D) {
    Functions.insert(modelName(D));
    FunctionDecls.push_back(D);
    return true;
  }
  bool VisitFieldDecl(FieldDecl *D) {
    for (std::string &N : modelNames(D, &Aliases))
      Fields.insert(std::move(N));
    return true;
  }
  bool VisitVarDecl(VarDecl *D) {
    if (D->hasGlobalStorage())
      Variables.insert(modelName(D));
    // Parameters and locals by name: (function, name) pairs.
    bool IsParam = isa<ParmVarDecl>(D);
    if ((IsParam || D->isLocalVarDecl()) && D->getIdentifier())
      if (const auto *FD = dyn_cast_or_null<FunctionDecl>(
              IsParam ? D->getDeclContext() : D->getParentFunctionOrMethod()))
        (IsParam ? Params : Locals)
            .insert({modelName(FD), D->getNameAsString()});
    return true;
  }
  bool VisitTypeDecl(TypeDecl *D) {
    if (D->getIdentifier())
      Types.insert(modelName(D));
    return true;
  }
};

bool anyMatches(const std::set<std::string> &Names, const NamePattern &P) {
  for (const std::string &N : Names)
    if (P.matches(N))
      return true;
  return false;
}
} // namespace

std::vector<ModelEntryUsage> modelUsage(ASTContext &Ctx, const ModelSet &Models,
                                        DeclFacts &Facts) {
  NameCollector Names(Ctx);
  Names.TraverseDecl(Ctx.getTranslationUnitDecl());
  std::vector<ModelEntryUsage> Usage;
  for (size_t I = Models.BuiltinFunctions; I < Models.Functions.size(); ++I) {
    const ModelSet::FunctionEntry &E = Models.Functions[I];
    bool Matched = false;
    if (!E.ParamTypes) {
      Matched = anyMatches(Names.Functions, E.Name);
    } else {
      for (const FunctionDecl *FD : Names.FunctionDecls)
        if (Facts.modelEntry(FD) == &E) {
          Matched = true;
          break;
        }
    }
    Usage.push_back(
        {E.Spec.Origin + ": function '" + E.Name.text() + "'", Matched});
  }
  for (size_t I = Models.BuiltinDecls; I < Models.Decls.size(); ++I) {
    const ModelSet::DeclEntry &E = Models.Decls[I];
    const std::set<std::string> &Set =
        E.Kind == ModelSet::DeclEntry::Field      ? Names.Fields
        : E.Kind == ModelSet::DeclEntry::Variable ? Names.Variables
                                                  : Names.Types;
    Usage.push_back({E.Origin + ": '" + E.Name.text() + "'",
                     anyMatches(Set, E.Name)});
  }
  for (size_t I = Models.BuiltinScoped; I < Models.Scoped.size(); ++I) {
    const ModelSet::ScopedEntry &E = Models.Scoped[I];
    bool IsParam = E.Kind == ModelSet::ScopedEntry::Parameter;
    bool Matched =
        llvm::any_of(IsParam ? Names.Params : Names.Locals, [&](const auto &P) {
          return E.Name.matches(P.second) &&
                 (!E.Function || E.Function->matches(P.first));
        });
    Usage.push_back(
        {E.Origin + ": " + (IsParam ? "parameter '" : "local '") +
             E.Name.text() + "'" +
             (E.Function ? " in '" + E.Function->text() + "'" : std::string()),
         Matched});
  }
  return Usage;
}

} // namespace clang::tidy::privacy
