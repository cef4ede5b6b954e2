//===--- ModelUsage.cpp - Which model entries match this TU? --------------===//

#include "ModelUsage.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

namespace clang::tidy::privacy {

namespace {
/// What the TU does with each entry of one kind: applied somewhere, or
/// only overridden (by the origins of the entries that win).
struct Marks {
  explicit Marks(size_t N) : Applied(N), OverriddenBy(N) {}
  std::vector<bool> Applied;
  std::vector<std::set<std::string>> OverriddenBy;
  /// Of the entries \p Matching (ascending) that match one declaration,
  /// the last applies and overrides the others.
  template <typename Entries>
  void markLastWins(llvm::ArrayRef<unsigned> Matching,
                    const Entries &All) {
    if (Matching.empty())
      return;
    Applied[Matching.back()] = true;
    for (unsigned I : Matching.drop_back())
      OverriddenBy[I].insert(origin(All[Matching.back()]));
  }
  static const std::string &origin(const ModelSet::FunctionEntry &E) {
    return E.Spec.Origin;
  }
  static const std::string &origin(const SinkObjectRule &R) { return R.Origin; }
};

/// Every name a sink object rule of kind `type` may give the type
/// declared by \p D: its model name, its qualified name as Clang prints it
/// (inline namespaces, a specialization's arguments), with the tag keyword
/// a C type is printed with (`struct ue_s`).
std::vector<std::string> typeNames(const TypeDecl *D, ASTContext &Ctx) {
  std::vector<std::string> Names = {modelName(D),
                                     D->getQualifiedNameAsString()};
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D)) {
    std::string Printed;
    llvm::raw_string_ostream OS(Printed); // unbuffered: Printed is complete
    Spec->getNameForDiagnostic(OS, Ctx.getPrintingPolicy(), /*Qualified=*/true);
    Names.push_back(std::move(Printed));
  }
  if (const auto *Tag = dyn_cast<TagDecl>(D))
    for (size_t I = 0, N = Names.size(); I < N; ++I)
      Names.push_back(Tag->getKindName().str() + " " + Names[I]);
  return Names;
}

/// Marks the entries the analysis applies to a declaration of the TU,
/// asking DeclFacts and ModelSet exactly as the analysis does: one
/// definition of "matches", and of which entry wins.
class EntryMarker : public RecursiveASTVisitor<EntryMarker> {
public:
  EntryMarker(ASTContext &Ctx, const ModelSet &Models, DeclFacts &Facts)
      : Ctx(Ctx), Models(Models), Facts(Facts),
        Functions(Models.Functions.size()), Decls(Models.Decls.size()),
        Scoped(Models.Scoped.size()), SinkObjects(Models.SinkObjects.size()),
        // The shipped rules are not checked.
        CheckSinkObjects(Models.SinkObjects.size() >
                         Models.BuiltinSinkObjects) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  // An implicit copy constructor is called, and modelled, like another.
  bool shouldVisitImplicitCode() const { return true; }
  bool VisitFunctionDecl(FunctionDecl *D) {
    if (!SeenFunctions.insert(D->getCanonicalDecl()).second)
      return true;
    llvm::SmallVector<unsigned, 2> Matching;
    Facts.forEachFunctionEntry(D, [&](unsigned I) { Matching.push_back(I); });
    Functions.markLastWins(Matching, Models.Functions);
    if (CheckSinkObjects)
      markSinkObjects(SinkObjectRule::CallName, {modelName(D)});
    return true;
  }
  bool VisitNamedDecl(NamedDecl *D) {
    Facts.forEachDeclEntry(D, [&](unsigned I) { Decls[I] = true; });
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      Facts.forEachScopedEntry(VD, [&](unsigned I) { Scoped[I] = true; });
      if (CheckSinkObjects)
        markSinkObjects(SinkObjectRule::VariableName, {modelName(VD)});
    }
    return true;
  }
  bool VisitTypeDecl(TypeDecl *D) {
    // A template parameter is no type an object has in an instantiation.
    if (CheckSinkObjects && D->getDeclName() && !isa<TemplateTypeParmDecl>(D))
      markSinkObjects(SinkObjectRule::TypeName, typeNames(D, Ctx));
    return true;
  }

  ASTContext &Ctx;
  const ModelSet &Models;
  DeclFacts &Facts;
  Marks Functions;
  std::vector<bool> Decls, Scoped;
  Marks SinkObjects;

private:
  bool CheckSinkObjects;
  llvm::DenseSet<const FunctionDecl *> SeenFunctions;
  void markSinkObjects(SinkObjectRule::MatchKind K,
                       const std::vector<std::string> &Names) {
    for (const std::string &N : Names)
      SinkObjects.markLastWins(Models.sinkObjectRules(K, N),
                               Models.SinkObjects);
  }
};

std::vector<std::string> sorted(const std::set<std::string> &S) {
  return {S.begin(), S.end()};
}

/// The kind a sink-object rule matches by, as its model key names it.
const char *sinkObjectKind(SinkObjectRule::MatchKind K) {
  switch (K) {
  case SinkObjectRule::VariableName:
    return "variable";
  case SinkObjectRule::TypeName:
    return "type";
  case SinkObjectRule::CallName:
    return "call";
  }
  return "";
}
} // namespace

std::vector<ModelEntryUsage> modelUsage(ASTContext &Ctx, const ModelSet &Models,
                                        DeclFacts &Facts) {
  EntryMarker Used(Ctx, Models, Facts);
  Used.TraverseDecl(Ctx.getTranslationUnitDecl());
  std::vector<ModelEntryUsage> Usage;
  using K = ModelEntryFacts;
  for (size_t I = Models.BuiltinFunctions; I < Models.Functions.size(); ++I)
    Usage.push_back({{K::Function, Models.Functions[I].Spec.Origin,
                      Models.Functions[I].Name.text()},
                     Used.Functions.Applied[I],
                     sorted(Used.Functions.OverriddenBy[I])});
  for (size_t I = Models.BuiltinDecls; I < Models.Decls.size(); ++I)
    Usage.push_back({{K::Declaration, Models.Decls[I].Origin,
                      Models.Decls[I].Name.text()},
                     Used.Decls[I]});
  for (size_t I = Models.BuiltinScoped; I < Models.Scoped.size(); ++I) {
    const ModelSet::ScopedEntry &E = Models.Scoped[I];
    Usage.push_back(
        {{E.Kind == ModelSet::ScopedEntry::Parameter ? K::Parameter : K::Local,
          E.Origin, E.Name.text(),
          E.Function ? E.Function->text() : std::string()},
         Used.Scoped[I]});
  }
  for (size_t I = Models.BuiltinSinkObjects; I < Models.SinkObjects.size();
       ++I) {
    const SinkObjectRule &R = Models.SinkObjects[I];
    Usage.push_back({{K::SinkObject, R.Origin, R.Pattern->text(),
                      sinkObjectKind(R.Match)},
                     Used.SinkObjects.Applied[I],
                     sorted(Used.SinkObjects.OverriddenBy[I])});
  }
  return Usage;
}

} // namespace clang::tidy::privacy
