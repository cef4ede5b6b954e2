//===--- Fingerprint.h - The one place finding identities are made -*- C++ -*-===//
//
// A finding's identity survives unrelated edits: no line or column numbers,
// no directories. Baselines written by earlier releases match these keys, so
// changing one is a format change (bump FingerprintId in sarif/LogBuilder.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_REPORT_FINGERPRINT_H
#define PRIVACY_TIDY_REPORT_FINGERPRINT_H

#include "policy/Verdict.h"
#include <string>

namespace clang::tidy::privacy {

/// A flow finding: check, category, action, sink file and function, source.
std::string flowFingerprintKey(const LegalPolicy &P, const std::string &Check,
                               const FlowFacts &F, const Verdict &V);

/// A finding without a flow (privacy-annotations, privacy-unannotated-data):
/// the check, the file name and the message.
std::string messageFingerprintKey(const std::string &Check,
                                  const std::string &File,
                                  const std::string &Message);

/// A finding that came without a key: its category, action, data name and
/// the sink's source line without blanks.
std::string lineFingerprintKey(const std::string &Category,
                               const std::string &Action,
                               const std::string &DataName,
                               const std::string &LineText);

/// The partialFingerprints hash of a key (occurrence number not included).
std::string fingerprintHash(const std::string &Check, const std::string &File,
                            const std::string &Key);

} // namespace clang::tidy::privacy

#endif
