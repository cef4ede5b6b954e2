//===--- ModelUsage.cpp - Which model entries match this TU? --------------===//

#include "ModelUsage.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::privacy {

namespace {
/// Marks the entries the analysis applies to a declaration of the TU,
/// asking DeclFacts exactly as the analysis does: one definition of
/// "matches".
class EntryMarker : public RecursiveASTVisitor<EntryMarker> {
public:
  EntryMarker(const ModelSet &Models, DeclFacts &Facts)
      : Models(Models), Facts(Facts), Functions(Models.Functions.size()),
        Decls(Models.Decls.size()), Scoped(Models.Scoped.size()) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  // An implicit copy constructor is called, and modelled, like another.
  bool shouldVisitImplicitCode() const { return true; }
  bool VisitFunctionDecl(FunctionDecl *D) {
    // The last entry whose name and paramTypes match; the others that
    // match its name are never applied to it.
    if (const ModelSet::FunctionEntry *E = Facts.modelEntry(D))
      Functions[E - Models.Functions.data()] = true;
    return true;
  }
  bool VisitNamedDecl(NamedDecl *D) {
    Facts.forEachDeclEntry(D, [&](unsigned I) { Decls[I] = true; });
    if (const auto *VD = dyn_cast<VarDecl>(D))
      Facts.forEachScopedEntry(VD, [&](unsigned I) { Scoped[I] = true; });
    return true;
  }

  const ModelSet &Models;
  DeclFacts &Facts;
  std::vector<bool> Functions, Decls, Scoped;
};
} // namespace

std::vector<ModelEntryUsage> modelUsage(ASTContext &Ctx, const ModelSet &Models,
                                        DeclFacts &Facts) {
  EntryMarker Used(Models, Facts);
  Used.TraverseDecl(Ctx.getTranslationUnitDecl());
  std::vector<ModelEntryUsage> Usage;
  for (size_t I = Models.BuiltinFunctions; I < Models.Functions.size(); ++I)
    Usage.push_back({Models.Functions[I].Spec.Origin + ": function '" +
                         Models.Functions[I].Name.text() + "'",
                     Used.Functions[I]});
  for (size_t I = Models.BuiltinDecls; I < Models.Decls.size(); ++I)
    Usage.push_back({Models.Decls[I].Origin + ": '" +
                         Models.Decls[I].Name.text() + "'",
                     Used.Decls[I]});
  for (size_t I = Models.BuiltinScoped; I < Models.Scoped.size(); ++I) {
    const ModelSet::ScopedEntry &E = Models.Scoped[I];
    bool IsParam = E.Kind == ModelSet::ScopedEntry::Parameter;
    Usage.push_back(
        {E.Origin + ": " + (IsParam ? "parameter '" : "local '") +
             E.Name.text() + "'" +
             (E.Function ? " in '" + E.Function->text() + "'" : std::string()),
         Used.Scoped[I]});
  }
  return Usage;
}

} // namespace clang::tidy::privacy
