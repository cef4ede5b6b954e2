//===--- Fingerprint.cpp - The one place finding identities are made ------===//

#include "Fingerprint.h"
#include "support/Hash.h"
#include "support/Paths.h"

namespace clang::tidy::privacy {

/// The sink's part of a flow's key: the words of 0.1.0, kept here rather
/// than taken from Messages, so that rewording a note cannot change an
/// identity (test/cli/old-baseline.test).
static std::string sinkKey(const SinkSubject &S) {
  if (S.Kind == SinkSubject::StaticStorage)
    return "'" + S.Name + "', which has static storage duration";
  return S.Name;
}

std::string flowFingerprintKey(const LegalPolicy &P, const std::string &Check,
                               const FlowFacts &F, const Verdict &V) {
  return Check + "|" + P.rule(F.Cat).Id + "|" + V.Action + "|" + F.SinkFile +
         "|" + sinkKey(F.SinkDesc) + "|" + F.SourceName + "|" + F.DataName;
}

std::string messageFingerprintKey(const std::string &Check,
                                  const std::string &File,
                                  const std::string &Message) {
  return Check + "|" + baseName(File) + "|" + Message;
}

std::string lineFingerprintKey(const std::string &Category,
                               const std::string &Action,
                               const std::string &DataName,
                               const std::string &LineText) {
  std::string Trimmed;
  for (char C : LineText)
    if (C != ' ' && C != '\t')
      Trimmed += C;
  return Category + "|" + Action + "|" + DataName + "|" + Trimmed;
}

std::string fingerprintHash(const std::string &Check, const std::string &File,
                            const std::string &Key) {
  return fnv1aHex(Check + '\x1f' + baseName(File) + '\x1f' + Key);
}

} // namespace clang::tidy::privacy
