//===--- WholeNameRegex.cpp - A regular expression for a whole name -------===//

#include "WholeNameRegex.h"

#include <optional>

namespace clang::tidy::privacy {

size_t bracketEnd(llvm::StringRef RE, size_t I) {
  size_t J = I + 1;
  if (J < RE.size() && RE[J] == '^')
    ++J;
  if (J < RE.size() && RE[J] == ']')
    ++J;
  while (J < RE.size() && RE[J] != ']') {
    if (RE[J] == '[' && J + 1 < RE.size() &&
        llvm::StringRef(":=.").contains(RE[J + 1])) {
      size_t Close = RE.find(std::string{RE[J + 1], ']'}, J + 2);
      J = Close == llvm::StringRef::npos ? RE.size() : Close + 2;
    } else {
      ++J;
    }
  }
  return J;
}

/// `^(RE)$` with RE's backreferences one up, past the group added; none for
/// `\9`. \p RE is valid, so its brackets are closed.
static std::optional<std::string> anchored(llvm::StringRef RE) {
  std::string Out = "^(";
  for (size_t I = 0; I < RE.size(); ++I) {
    if (RE[I] == '[') {
      size_t End = bracketEnd(RE, I);
      Out += RE.slice(I, End + 1).str();
      I = End;
    } else if (RE[I] == '\\' && I + 1 < RE.size()) {
      char Next = RE[++I];
      if (Next == '9')
        return std::nullopt;
      Out += '\\';
      Out += Next >= '1' && Next <= '8' ? static_cast<char>(Next + 1) : Next;
    } else {
      Out += RE[I];
    }
  }
  return Out + ")$";
}

std::unique_ptr<llvm::Regex> compileWholeNameRegex(llvm::StringRef RE,
                                                   RegexProblemFacts &Problem) {
  if (!llvm::Regex(RE).isValid(Problem.RegexError))
    return nullptr;
  std::optional<std::string> Whole = anchored(RE);
  if (!Whole) {
    Problem.BackReferenceNine = true;
    return nullptr;
  }
  auto Re = std::make_unique<llvm::Regex>(*Whole);
  if (!Re->isValid(Problem.RegexError))
    return nullptr;
  return Re;
}

} // namespace clang::tidy::privacy
