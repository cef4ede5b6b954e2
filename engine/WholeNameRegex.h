//===--- WholeNameRegex.h - Regular expressions for whole names -*- C++ -*-===//
//
// Model names (`"re:..."`) and privacy-unannotated-data's ExcludedNames are
// extended regular expressions that must match a name as a whole. Anchoring
// by text, `^(` + RE + `)$`, is wrong for an RE that closes the group itself:
// `a)|(b` would become `^(a)|(b)$`, any name that starts with a or ends in b.
// Both places compile their expressions here.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_WHOLENAMEREGEX_H
#define PRIVACY_TIDY_ENGINE_WHOLENAMEREGEX_H

#include "report/NoticeFacts.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>

namespace clang::tidy::privacy {

/// \p RE as a regular expression that matches whole names only. \p RE must
/// be valid on its own (so its parentheses are balanced and it cannot close
/// the anchoring group); its backreferences keep their groups (`(a)\1` is
/// compiled as `^((a)\2)$`). Null, with \p Problem set (llvm::Regex's
/// words, or BackReferenceNine), when \p RE is invalid or refers back to
/// group 9, which would become 10.
std::unique_ptr<llvm::Regex> compileWholeNameRegex(llvm::StringRef RE,
                                                   RegexProblemFacts &Problem);

/// The index of the `]` that closes the bracket expression starting at
/// \p I in \p RE (`[^]a[:digit:]]`: a `]` first in it is a member, and so
/// is every character of a class, collating element or equivalence class;
/// a backslash is no escape), or RE.size() when it is not closed.
size_t bracketEnd(llvm::StringRef RE, size_t I);

} // namespace clang::tidy::privacy

#endif
