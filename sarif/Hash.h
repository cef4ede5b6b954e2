//===--- Hash.h - The content hash of the summary store ---------*- C++ -*-===//
//
// FNV-1a 64 as 16 hex digits: the plugin stamps summaries with it and the
// privacy-tidy command checks it, so both must compute the same value.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_HASH_H
#define PRIVACY_TIDY_SARIF_HASH_H

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace clang::tidy::privacy {

inline std::string fnv1aHex(std::string_view Text) {
  uint64_t H = 14695981039346656037ULL; // the FNV-1a 64 offset basis
  for (unsigned char C : Text) {
    H ^= C;
    H *= 1099511628211ULL;
  }
  char Out[17];
  std::snprintf(Out, sizeof Out, "%016llx", static_cast<unsigned long long>(H));
  return Out;
}

} // namespace clang::tidy::privacy

#endif
