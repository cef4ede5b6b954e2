//===--- Sources.cpp - What declarations and types say is personal ------===//
//
// The static taint of a read: the annotation or model of the declaration
// read, of its type, and of the annotated fields inside its type. These are
// where traces begin.
//
//===----------------------------------------------------------------------===//

#include "Analyzer.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::privacy {

/// A type's name as a note shows it: an unnamed struct by the typedef
/// that names it, or as Clang prints it (`struct (unnamed struct)`), never
/// empty.
static std::string typeDeclName(const Decl *D) {
  const auto *ND = dyn_cast_or_null<NamedDecl>(D);
  if (!ND)
    return "?";
  if (!ND->getDeclName().isEmpty())
    return ND->getNameAsString();
  const auto *TD = dyn_cast<TagDecl>(ND);
  if (!TD)
    return "?";
  if (const TypedefNameDecl *Name = TD->getTypedefNameForAnonDecl())
    return Name->getNameAsString();
  PrintingPolicy Policy(TD->getASTContext().getLangOpts());
  Policy.AnonymousTagLocations = false;
  Policy.SuppressTagKeyword = false;
  // Through TypeDecl: Clang 22 deletes the overload for a TagDecl.
  return TD->getASTContext()
      .getTypeDeclType(static_cast<const TypeDecl *>(TD))
      .getAsString(Policy);
}

Value Analyzer::staticOfType(QualType T, const NamedDecl *Named) {
  return staticOfType(T, Named, Named ? Named->getNameAsString() : "value",
                      Named ? Named->getLocation() : SourceLocation());
}

Value Analyzer::staticOfType(QualType T, const NamedDecl *,
                             const std::string &Name, SourceLocation NameLoc) {
  Value V;
  if (T.isNull())
    return V;
  // A structured binding's holder has no name: name the fields alone.
  std::string Prefix =
      Name.empty() ? "" : Name + (T->isPointerType() ? "->" : ".");
  const Decl *AnnotatedType = nullptr;
  for (Category C : Facts.typeCategories(T, &AnnotatedType)) {
    Taint Tn;
    Tn.L.Cat = C;
    Tn.L.Source = AnnotatedType;
    std::string TypeName = typeDeclName(AnnotatedType);
    Tn.T = sourceTrace(NameLoc.isValid() ? NameLoc : AnnotatedType->getLocation(), StepKind::HasType, C, Name, Name, TypeName);
    V.add(Tn);
  }
  for (const auto &F : Facts.annotatedFields(T)) {
    Taint Tn;
    Tn.L.Cat = F.Cat;
    Tn.L.Source = F.Source;
    Tn.L.Where = F.Path;
    std::string FieldName;
    for (const FieldDecl *P : F.Path)
      if (!P->isAnonymousStructOrUnion()) // the C name skips it: ue.id.imsi
        FieldName += (FieldName.empty() ? "" : ".") + P->getNameAsString();
    if (const auto *TD = dyn_cast<TypeDecl>(F.Source))
      Tn.T = sourceTrace(F.Path.back()->getLocation(), StepKind::HasType, F.Cat, Prefix + FieldName, FieldName, TD->getNameAsString());
    else
      Tn.T = sourceTrace(F.Source->getLocation(), StepKind::DeclaredAs, F.Cat, Prefix + FieldName, F.Path.back()->getNameAsString());
    V.add(Tn);
  }
  return V;
}

Value Analyzer::staticOfDecl(const Decl *D) {
  auto It = TU.StaticOfDecl.find(D);
  if (It != TU.StaticOfDecl.end())
    return withHolder(D, It->second);
  Value V;
  const auto *ND = cast<NamedDecl>(D);
  std::string Name = ND->getNameAsString();
  auto Cats = Facts.declCategories(D);
  if (const auto *PVD = dyn_cast<ParmVarDecl>(D))
    if (const auto *Owner = dyn_cast<FunctionDecl>(PVD->getDeclContext()))
      for (Category C : Facts.paramCategories(Owner, PVD->getFunctionScopeIndex()))
        if (!llvm::is_contained(Cats, C))
          Cats.push_back(C);
  for (Category C : Cats) {
    Taint Tn;
    Tn.L.Cat = C;
    Tn.L.Source = D->getCanonicalDecl();
    // At the declared name, as Clang's own "declared here" notes: the
    // annotation itself is usually a macro expansion.
    Tn.T = sourceTrace(D->getLocation(), StepKind::DeclaredAs, C, Name, Name);
    V.add(Tn);
  }
  if (const auto *VD = dyn_cast<ValueDecl>(D))
    V.merge(staticOfType(VD->getType(), ND));
  TU.StaticOfDecl[D] = V;
  return withHolder(D, std::move(V));
}

/// A parameter's value as the function that owns it sees it (markHeldBy);
/// the cached value is the same for every function.
Value Analyzer::withHolder(const Decl *D, Value V) const {
  if (const auto *PVD = dyn_cast<ParmVarDecl>(D))
    markHeldBy(PVD, V);
  return V;
}

/// The fields that this function's parameter's type declares personal are
/// what the caller's object may hold (Label::Holder); the type's own
/// category is the whole object's, whatever its fields hold.
void Analyzer::markHeldBy(const ParmVarDecl *P, Value &V) const {
  const auto *Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Owner || Owner->getCanonicalDecl() != FD->getCanonicalDecl())
    return; // a lambda's view of its enclosing function's parameter
  auto Held = [](const Taint &T) { return !T.L.IsParam && !T.L.Where.empty(); };
  if (llvm::none_of(V.Taints, Held))
    return;
  // Holder is no part of a label's identity: the order stays.
  for (Taint &T : V.Taints.mutableTaints())
    if (Held(T)) {
      T.L.Holder = P;
      T.L.HolderPath = T.L.Where;
    }
}

/// What a function can see as personal from a parameter's type alone:
/// the type's own taint and that of its template arguments (containers).
Value Analyzer::visibleThrough(QualType T, unsigned Depth) {
  Value V = staticOfType(T, nullptr);
  if (Depth >= 2)
    return V;
  QualType U = T.getNonReferenceType();
  while (U->isPointerType())
    U = U->getPointeeType();
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          U->getAsRecordDecl()))
    for (const TemplateArgument &A : Spec->getTemplateArgs().asArray())
      if (A.getKind() == TemplateArgument::Type)
        V.merge(visibleThrough(A.getAsType(), Depth + 1));
  return V;
}

Value Analyzer::staticOfPath(const AccessPath &P) {
  Value V;
  if (const auto *VD = dyn_cast_or_null<VarDecl>(P.Var))
    V = staticOfDecl(VD);
  bool Excluded = false; // below an excluded member nothing is a source
  for (const FieldDecl *F : P.Fields) {
    V = project(V, F);
    Excluded = Excluded || Facts.isExcludedMember(F);
    if (!Excluded)
      V.merge(staticOfDecl(F));
  }
  return V;
}

bool Analyzer::underExcludedMember(const MemberExpr *ME) {
  while (ME) {
    if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
        F && Facts.isExcludedMember(F))
      return true;
    ME = dyn_cast<MemberExpr>(ME->getBase()->IgnoreParenImpCasts());
  }
  return false;
}

Value Analyzer::project(const Value &V, const FieldDecl *F) {
  if (!Facts.isExcludedMember(F))
    return projectField(V, F);
  // Data of the whole object (a TAI, an identity buffer) is not in `size`
  // or `spare`; data written into the member itself, and a parameter's
  // (decided at each call, by the caller's object), still is.
  Value Kept;
  Kept.Anonymised = V.Anonymised;
  for (const Taint &T : V.Taints)
    if (!T.L.Where.empty() || T.L.IsParam)
      Kept.add(T);
  return projectField(Kept, F);
}

const FieldDecl *Analyzer::captureField(const ValueDecl *VD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD)
    return nullptr;
  if (!CaptureFieldsBuilt) {
    CaptureFieldsBuilt = true;
    FieldDecl *ThisField = nullptr;
    MD->getParent()->getCaptureFields(CaptureFields, ThisField);
  }
  return CaptureFields.lookup(VD);
}

} // namespace clang::tidy::privacy
