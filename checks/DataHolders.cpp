//===--- DataHolders.cpp - Can a type hold the data itself? ---------------===//

#include "DataHolders.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::privacy {

namespace {

/// Type nesting is shallow in practice; the bound guards against
/// pathological template recursion.
constexpr unsigned MaxDepth = 16;

/// \p T without references, pointers and array extents (canonical);
/// \p Indirect is set when a reference or pointer was removed.
QualType stripIndirections(QualType T, bool &Indirect) {
  T = T.getCanonicalType();
  while (true) {
    if (T->isReferenceType() || T->isPointerType()) {
      Indirect = true;
      T = T->getPointeeType().getCanonicalType();
    } else if (T->isArrayType()) {
      T = QualType(T->getArrayElementTypeNoTypeQual(), 0).getCanonicalType();
    } else {
      return T;
    }
  }
}

/// Flags, modes and code: `bool`, enums, `void`, functions.
bool isNoValueScalar(QualType T) {
  return T->isVoidType() || T->isBooleanType() || T->isEnumeralType() ||
         T->isFunctionType();
}

/// Part of a callable's interface besides its call operator: special
/// members, conversions, `swap`, and parameterless queries returning bool.
bool isCallableHousekeeping(const CXXMethodDecl *M) {
  if (isa<CXXConstructorDecl, CXXDestructorDecl, CXXConversionDecl>(M) ||
      M->getOverloadedOperator() == OO_Equal)
    return true;
  if (M->getIdentifier() && M->getName() == "swap")
    return true;
  return M->param_empty() && M->getReturnType()->isBooleanType();
}

/// Whether the public members of \p Def and of its public bases are a call
/// operator (\p HasCall) and housekeeping only.
bool onlyCallInterface(const CXXRecordDecl *Def, bool &HasCall,
                       unsigned Depth) {
  if (Depth > MaxDepth)
    return false;
  for (const Decl *D : Def->decls()) {
    if (D->getAccess() != AS_public)
      continue;
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      D = FT->getTemplatedDecl();
    if (isa<FieldDecl>(D))
      return false;
    const auto *M = dyn_cast<CXXMethodDecl>(D);
    if (!M)
      continue; // types, static constants, using-declarations
    if (M->getOverloadedOperator() == OO_Call)
      HasCall = true;
    else if (!isCallableHousekeeping(M))
      return false;
  }
  for (const CXXBaseSpecifier &Base : Def->bases()) {
    if (Base.getAccessSpecifier() != AS_public)
      continue;
    const CXXRecordDecl *BaseDef = Base.getType()->getAsCXXRecordDecl();
    if (!BaseDef || !(BaseDef = BaseDef->getDefinition()) ||
        !onlyCallInterface(BaseDef, HasCall, Depth + 1))
      return false;
  }
  return true;
}

} // namespace

/// The type arguments of a `std` template as the type \p T names them: those
/// of the specialisation, or for a dependent type those written. Packs
/// (`std::variant<A, B>`) are expanded. False if \p T is no `std` template.
bool stdTemplateTypeArgs(QualType T, llvm::SmallVectorImpl<QualType> &Args) {
  llvm::ArrayRef<TemplateArgument> List;
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          T->getAsCXXRecordDecl());
      Spec && Spec->isInStdNamespace())
    List = Spec->getTemplateArgs().asArray();
  else if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *Template =
            TST->getTemplateName().getAsTemplateDecl();
        Template && Template->isInStdNamespace() && !TST->isTypeAlias())
      List = TST->template_arguments();
  if (List.empty())
    return false;
  llvm::SmallVector<llvm::ArrayRef<TemplateArgument>, 2> Work{List};
  while (!Work.empty())
    for (const TemplateArgument &Arg : Work.pop_back_val()) {
      if (Arg.getKind() == TemplateArgument::Pack)
        Work.push_back(Arg.pack_elements());
      else if (Arg.getKind() == TemplateArgument::Type)
        Args.push_back(Arg.getAsType());
    }
  return true;
}

bool isCallable(QualType T) {
  if (T.isNull())
    return false;
  bool Indirect = false;
  const CXXRecordDecl *RD =
      stripIndirections(T, Indirect)->getAsCXXRecordDecl();
  if (!RD || !(RD = RD->getDefinition()))
    return false;
  if (RD->isLambda())
    return true;
  bool HasCall = false;
  return onlyCallInterface(RD, HasCall, 0) && HasCall;
}

bool DataHolders::canHold(QualType T) {
  if (T.isNull())
    return false;
  llvm::SmallVector<QualType, 4> Work{T};
  unsigned Budget = 64;
  while (!Work.empty() && Budget--) {
    bool Indirect = false;
    QualType Q = stripIndirections(Work.pop_back_val(), Indirect);
    if (Q->isDependentType())
      return true;
    if (isNoValueScalar(Q) || Q->isMemberPointerType())
      continue;
    const RecordDecl *RD = Q->getAsRecordDecl();
    if (!RD)
      return true; // integers, characters, floating point, vectors
    llvm::SmallVector<QualType, 4> Args;
    if (stdTemplateTypeArgs(Q, Args)) {
      Work.append(Args.begin(), Args.end());
      continue;
    }
    if (canHold(RD))
      return true;
  }
  return false;
}

bool DataHolders::canHold(const RecordDecl *RD) {
  const RecordDecl *Def = RD->getDefinition();
  return !Def || classify(Def) == Holds::Value;
}

DataHolders::Holds DataHolders::classify(const RecordDecl *Def) {
  if (auto It = Records.find(Def); It != Records.end())
    return It->second;
  Records[Def] = Holds::Nothing; // while in progress
  Holds Result = Holds::Nothing;
  auto Add = [&](Holds H) {
    if (H == Holds::Behaviour || Result == Holds::Behaviour)
      Result = Holds::Behaviour;
    else if (H == Holds::Value)
      Result = Holds::Value;
  };
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(Def)) {
    if (CXX->isPolymorphic())
      Add(Holds::Behaviour);
    for (const CXXBaseSpecifier &Base : CXX->bases())
      Add(member(Base.getType(), /*Indirect=*/false, 0));
  }
  for (const FieldDecl *F : Def->fields()) {
    if (Result == Holds::Behaviour)
      break;
    Add(member(F->getType(), /*Indirect=*/false, 0));
  }
  Records[Def] = Result;
  return Result;
}

DataHolders::Holds DataHolders::member(QualType T, bool Indirect,
                                       unsigned Depth) {
  if (T.isNull() || Depth > MaxDepth)
    return Holds::Nothing;
  QualType Q = stripIndirections(T, Indirect);
  if (Q->isDependentType())
    return Holds::Value;
  // A callback: `int (*func)(struct vty *, ...)`, a member function
  // pointer.
  if (Q->isFunctionType() || Q->isMemberFunctionPointerType())
    return Holds::Behaviour;
  if (isNoValueScalar(Q) || Q->isMemberPointerType())
    return Holds::Nothing;
  const RecordDecl *RD = Q->getAsRecordDecl();
  if (!RD)
    return Holds::Value;
  llvm::SmallVector<QualType, 4> Args;
  if (stdTemplateTypeArgs(Q, Args)) {
    // `std::string`, `std::vector<ue *>`, `std::function<void()>`: what the
    // arguments hold, each as through a pointer.
    Holds Result = Holds::Nothing;
    for (QualType Arg : Args) {
      Holds H = member(Arg, /*Indirect=*/true, Depth + 1);
      if (H == Holds::Behaviour)
        return H;
      if (H == Holds::Value)
        Result = H;
    }
    return Result;
  }
  const RecordDecl *Def = RD->getDefinition();
  if (!Def)
    return Holds::Nothing; // an opaque handle
  Holds H = classify(Def);
  return Indirect && H == Holds::Behaviour ? Holds::Nothing : H;
}

} // namespace clang::tidy::privacy
