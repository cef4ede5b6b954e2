//===--- FuzzModels.cpp - libFuzzer harness: model files ------------------===//
//
// ModelSet::loadText on arbitrary bytes: every input must end as model
// entries and/or ModelErrors, never a crash, a hang or an exception. Then
// what was loaded is used as the engine uses it (name matching, argument
// selectors, errors formatted), so a half-initialised entry shows here.
//
//===----------------------------------------------------------------------===//

#include "engine/Models.h"
#include "report/Messages.h"

#include <cstdint>
#include <string>
#include <vector>

using namespace clang::tidy::privacy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  ModelSet Set;
  std::vector<ModelError> Errors;
  Set.loadText(Text, "fuzz.json", Errors);
  for (const ModelError &E : Errors)
    (void)modelErrorText(E);
  static const char *const Names[] = {"printf", "std::basic_string::append",
                                      "log_line", "", "a::b::c"};
  for (const ModelSet::FunctionEntry &F : Set.Functions) {
    for (const char *N : Names)
      (void)F.Name.matches(N);
    if (F.ParamTypes)
      for (const NamePattern &P : *F.ParamTypes)
        (void)P.matches("const char *");
    for (int I = -2; I < 4; ++I)
      (void)F.Spec.SinkArgs.contains(I);
    for (const PropagationRule &R : F.Spec.Propagations)
      (void)R.From.contains(1);
  }
  for (const ModelSet::DeclEntry &D : Set.Decls)
    for (const char *N : Names)
      (void)D.Name.matches(N);
  for (const SinkObjectRule &R : Set.SinkObjects)
    if (R.Pattern)
      (void)R.Pattern->matches("std::cout");
  return 0;
}
