//===--- Hash.h - The one stable hash of privacy-tidy -----------*- C++ -*-===//
//
// FNV-1a 64 as 16 hex digits, the same on every platform: summary-store
// names and source hashes, SARIF fragment names and result fingerprints.
// The plugin and the privacy-tidy command must compute the same value.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_HASH_H
#define PRIVACY_TIDY_SUPPORT_HASH_H

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
