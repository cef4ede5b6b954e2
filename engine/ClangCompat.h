//===--- ClangCompat.h - The Clang API differences, in one place -*- C++ -*-===//
//
// privacy-tidy builds against several LLVM majors (PRIVACY_TIDY_LLVM_VERSION;
// 19 and 22 are built and tested). Every difference of the Clang or
// clang-tidy API between them is bridged here, and nowhere else: code that
// meets one calls the helper below instead of the API, so no #if on a
// version appears outside this file. Each entry names the Clang release
// that changed the API. Adding an LLVM version: build it, and put each
// error's fix here.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_CLANGCOMPAT_H
#define PRIVACY_TIDY_ENGINE_CLANGCOMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/Version.h"

// clang-tidy's module registry (ClangTidyModuleRegistry) moved into
// ClangTidyModule.h in LLVM 22; its old header warns and goes in LLVM 24.
// Use as `#include PRIVACY_TIDY_MODULE_REGISTRY_HEADER`.
#if CLANG_VERSION_MAJOR >= 22
#define PRIVACY_TIDY_MODULE_REGISTRY_HEADER "clang-tidy/ClangTidyModule.h"
#else
#define PRIVACY_TIDY_MODULE_REGISTRY_HEADER "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace clang::tidy::privacy::compat {

/// The width of a bit-field whose width is not value-dependent. Clang 20
/// stores the evaluated width and dropped the ASTContext parameter.
inline unsigned bitWidthValue(const FieldDecl &FD,
                              [[maybe_unused]] const ASTContext &Ctx) {
#if CLANG_VERSION_MAJOR >= 20
  return FD.getBitWidthValue();
#else
  return FD.getBitWidthValue(Ctx);
#endif
}

/// Whether a record is the injected-class-name inside a class (`struct S`
/// seen from within S). Clang 22 moved the query to CXXRecordDecl; a C
/// record never is one.
inline bool isInjectedClassName(const RecordDecl &RD) {
#if CLANG_VERSION_MAJOR >= 22
  const auto *CXX = dyn_cast<CXXRecordDecl>(&RD);
  return CXX && CXX->isInjectedClassName();
#else
  return RD.isInjectedClassName();
#endif
}

} // namespace clang::tidy::privacy::compat

#endif // PRIVACY_TIDY_ENGINE_CLANGCOMPAT_H
