//===--- NameTokens.h - Words of an identifier and the telecom vocabulary -===//
//
// Splits identifiers such as `ueImsi`, `IMSIValue` or `nr_cell_global_id_t`
// into lower-case words and matches them against a table of telecom terms
// that name personal data (IMSI, cell id, call record, SMS text, ...). The
// table is data: NameTokens.cpp holds the shipped vocabulary, users extend it
// through the ExtraTerms and ExtraExcludedWords options of
// privacy-unannotated-data. Nothing here depends on the AST, so the matcher
// can be tested and reused on plain strings.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_NAMETOKENS_H
#define PRIVACY_TIDY_CHECKS_NAMETOKENS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// The data categories of privacy/annotations.h.
enum class DataCategory { Traffic, Location, SubscriberId, Content, Personal };

/// "traffic", "location", "subscriber_id", "content", "personal".
llvm::StringRef categoryId(DataCategory C);
/// The annotation macro: "PRIVACY_TRAFFIC_DATA", ...
llvm::StringRef categoryMacro(DataCategory C);
/// Parses a category id as written in annotations and options.
std::optional<DataCategory> parseCategoryId(llvm::StringRef Id);

/// Splits \p Name into lower-case words at underscores and other
/// punctuation, lower-to-upper case changes (`ueImsi`), the end of an
/// upper-case run (`IMSIValue` -> imsi, value) and letter/digit changes
/// (`imsi2` -> imsi, 2); an acronym keeps its plural `s` (`IMSIs` -> imsis).
/// Empty pieces are dropped.
llvm::SmallVector<std::string, 8> splitIdentifier(llvm::StringRef Name);
/// splitIdentifier without a string per word: \p Lower receives \p Name in
/// lower case and \p Words point into it.
void splitIdentifier(llvm::StringRef Name, llvm::SmallVectorImpl<char> &Lower,
                     llvm::SmallVectorImpl<llvm::StringRef> &Words);

/// What a term needs from the declaration's surroundings before it counts.
enum class TermContext {
  None,
  /// `lat`, `lon`, `lng`, `long`: only with a floating-point type or a
  /// partner coordinate in the name or a sibling field/parameter.
  Coordinate,
  /// `duration`: only inside a call, session or record (CDR) context.
  Traffic,
};

/// A few consecutive words (`access point`); the last may take a plural `s`.
/// The words point into the static vocabulary tables: building the
/// vocabulary then allocates no string per phrase (it is built in every
/// process, for every TU).
using WordPhrase = llvm::SmallVector<llvm::StringRef, 2>;

/// One entry of the vocabulary: a sequence of words naming personal data.
struct NameTerm {
  llvm::SmallVector<std::string, 4> Words;
  DataCategory Category;
  /// Shown in the diagnostic: "IMSI", "cell identity", ...
  std::string Label;
  TermContext Context = TermContext::None;
  /// Phrases that, anywhere else in the name, mean it is not this data
  /// (`gps_time` is a clock, not a position).
  llvm::SmallVector<WordPhrase, 4> ContextExclusions;
  /// Words that, right before or right after the term, make it part of
  /// another phrase: `long double`, `unsigned long`, `long long` are types.
  llvm::SmallVector<std::string, 4> NotAfter;
  llvm::SmallVector<std::string, 4> NotBefore;
  /// Phrases that, in the name of the enclosing record or function, say
  /// the data is about the network, not a subscriber (the latitude of a
  /// `gnb_antenna`). The check decides what encloses a declaration.
  llvm::SmallVector<WordPhrase, 4> OwnerExclusions;
  /// The fewest bits an integer needs to hold this data: 16 for a cell
  /// identity, so a `uint8_t cell_id` is an index; 50 for the 15 digits of
  /// an IMSI or MSISDN, so an `int subscriber_msisdn` is not one. 0 when any
  /// width fits.
  unsigned MinIntegerBits = 0;
  /// A location identity: it names one place, so its plural, or one in a
  /// collection or an area the network defines, is no terminal's location.
  bool OnePlace = false;
};

/// The fewest bits an integer needs to hold a subscriber number: the 15
/// decimal digits of an IMSI, SUPI, MSISDN, GPSI or IMEI (10^15 < 2^50).
/// The vocabulary's MinIntegerBits of those terms, and what init-model asks
/// of a number before it drafts a sink wrapper for it (ModelDraft).
inline constexpr unsigned SubscriberNumberBits = 50;

/// Which kind of declaration a name belongs to; functions additionally
/// exclude verbs that do not return the data (`is_valid_imsi`, `send_cdr`).
enum class NameRole { Data, Function };

/// A term found in a name, and the words of the name.
struct NameMatch {
  const NameTerm *Term = nullptr;
  unsigned Begin = 0; ///< first word of the match
  unsigned End = 0;   ///< one past the last word of the match
  llvm::SmallVector<std::string, 8> Words;
};

/// The terms and the exclusion words; matching is by whole words only, so
/// `imsic`, `plaintext`, `latency`, `cellular` and `maintain` never match.
class NameVocabulary {
public:
  /// The shipped telecom vocabulary (docs/checks/privacy-unannotated-data.md).
  static NameVocabulary telecomDefaults();

  /// Adds a term; \p Spelling is split like an identifier (`a_number`).
  /// Returns false when it has no words.
  bool addTerm(llvm::StringRef Spelling, DataCategory Category,
               llvm::StringRef Label);
  /// Adds a word that vetoes a match when it appears outside the term.
  void addExcludedWord(llvm::StringRef Word);

  /// The longest term in \p Name (earliest on a tie) unless a word outside it
  /// says the name is about something else: a count, size, index, flag,
  /// format, configuration value, aggregate, error code or a processing
  /// object (`imsi_len`, `num_imsi`, `max_duration`, `cdr_writer`).
  std::optional<NameMatch> match(llvm::StringRef Name, NameRole Role) const;
  std::optional<NameMatch> match(llvm::ArrayRef<llvm::StringRef> Words,
                                 NameRole Role) const;

  /// True if a directory named \p Component holds physical-layer code
  /// (phy, physical, l1, layer1; any case): its cell ids are PCIs, and its
  /// "locations" are resources, never where a terminal is.
  static bool isPhysicalLayerDirectory(llvm::StringRef Component);
  /// True if \p Word is one of the coordinate words (lat, lon, latitude...).
  static bool isCoordinateWord(llvm::StringRef Word);
  /// True if \p Word says a name holds several things (list, array, item,
  /// range, and their plurals).
  static bool isCollectionWord(llvm::StringRef Word);
  /// True if \p Word marks a call/session/record context for `duration`.
  static bool isTrafficContextWord(llvm::StringRef Word);
  /// True if a phrase of \p Term's OwnerExclusions occurs in \p OwnerWords,
  /// the words of an enclosing record's or function's name.
  static bool ownerExcludes(const NameTerm &Term,
                            llvm::ArrayRef<std::string> OwnerWords);

private:
  std::vector<NameTerm> Terms;
  /// Terms by their first word: match() tries only the terms that can
  /// start at one of a name's words.
  llvm::StringMap<llvm::SmallVector<unsigned, 2>> ByFirstWord;
  void addIndexedTerm(NameTerm T);
  /// Vetoes anywhere outside the term.
  llvm::StringSet<> Excluded;
  /// Vetoes only before the term (`num_imsi`, but `imsi_number` is data).
  llvm::StringSet<> ExcludedBefore;
  /// Vetoes only after the term (`imsi_sz`, but Hungarian `szImsi` is data).
  llvm::StringSet<> ExcludedAfter;
  /// Vetoes for functions only (`is`, `set`, `send`, `parse`, ...).
  llvm::StringSet<> FunctionVerbs;
  /// Vetoes for functions only, before the term (`find_ue_by_imsi`).
  llvm::StringSet<> FunctionKeysBefore;
};

} // namespace clang::tidy::privacy

#endif // PRIVACY_TIDY_CHECKS_NAMETOKENS_H
