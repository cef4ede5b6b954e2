//===--- NoticeFacts.h - What the analysis did not do, as facts -*- C++ -*-===//
//
// The engine records what it did not cover (a branch it treats as never
// taken, a budget, a bound) and what it found wrong in its inputs as facts;
// report/Messages.cpp writes the sentence (noticeMessage), so the engine
// holds no English and a front end can read the facts themselves.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_REPORT_NOTICEFACTS_H
#define PRIVACY_TIDY_REPORT_NOTICEFACTS_H

#include <string>
#include <tuple>
#include <variant>
#include <vector>

namespace clang::tidy::privacy {

/// Code only reachable through a branch the analysis treats as never taken:
/// its sinks are not checked.
struct PrunedBranchFacts {
  std::string Function;
  /// The condition's source text; empty when Clang found it constant.
  std::string Condition;
  bool AlwaysTrue = false; ///< the value Condition always has here
  unsigned Calls = 0;      ///< calls in that code
  std::string FirstCall;   ///< the first one's callee; empty: indirect
  /// Stores of personal data into static storage in that code (retention
  /// sinks when reached), assignments to such a variable included.
  unsigned Stores = 0;
  std::string FirstStore; ///< the variable the first one writes
  bool operator==(const PrunedBranchFacts &O) const {
    return std::tie(Function, Condition, AlwaysTrue, Calls, FirstCall, Stores,
                    FirstStore) == std::tie(O.Function, O.Condition,
                                            O.AlwaysTrue, O.Calls, O.FirstCall,
                                            O.Stores, O.FirstStore);
  }
};

/// A function whose analysis stopped at its budget of block visits.
struct BudgetFacts {
  std::string Function;
  unsigned MaxBlockVisits = 0;
};

/// A summary that kept at most MaxSinks sinks of the functions it calls.
struct SummaryBoundFacts {
  std::string Function;
  unsigned MaxSinks = 0;
};

/// Mutually recursive functions whose summaries still changed after Rounds.
struct RecursionBoundFacts {
  std::string Function; ///< the first of them
  unsigned Functions = 0;
  unsigned Rounds = 0;
};

/// A user model entry that matches no declaration of the translation unit.
/// A user model entry, as facts (engine/ModelUsage); report/Messages
/// words it ("model f.json:4: function 'lookup'"), the same in every TU, so
/// a run can unite its TUs' records by that text.
struct ModelEntryFacts {
  enum EntryKind {
    Function,   ///< a `functions` entry
    Declaration, ///< a `types`, `fields` or `variables` entry
    Parameter,  ///< a `parameters` entry; Scope: its function pattern
    Local,      ///< a `locals` entry; Scope: its function pattern
    SinkObject, ///< a `sinkObjects` rule; Scope: "variable", "type", "call"
  } Kind = Declaration;
  std::string Origin; ///< "model f.json:4"
  std::string Name;
  std::string Scope;
};

struct UnmatchedModelEntryFacts {
  ModelEntryFacts Entry;
};

/// A user model entry whose name matches declarations of the translation
/// unit, where later entries win over it everywhere (the last entry wins):
/// it changes nothing there.
struct OverriddenModelEntryFacts {
  ModelEntryFacts Entry;
  std::vector<std::string> By; ///< the winners' origins, "model f.json:8"
};

/// A member an entry's `excludeFields` names that its type does not have.
struct MissingMemberFacts {
  std::string Origin; ///< "model f.json:5:27"
  std::string Member;
  std::string Type;
};

/// A whole-program summary store the analysis cannot use, or one of its files.
/// Why a stored summary or manifest cannot be used (engine/SummaryStore).
struct CorruptSummaryFacts {
  enum Reason {
    NotJson, NotSummaryOf, SourcesMalformed, WrongType, NotManifest,
    NoStatementTables, TablesMalformed, TableNoDeclaration,
    TableEntryIncomplete, ParamIndexNotNumber, ThisOfNonMethod,
    ParamIndexBeyond, HolderNotParameter, BindingStatementNotParameter,
    BindingNameNotParameter, BindingNullTestNotParameter, BindingNoChoices,
    BindingUnknownChoice, TaintNotObject, UnknownCategory, ValueNotArray,
    WriteWithoutParameter, PointerWithoutParameter,
    PointerTargetWithoutParameter, LinkedPlaceWithoutParameter,
    ContainerWithoutParameter, UnknownSinkKind, StaticStorageNotBoolean,
  } What = WrongType;
  std::string Function; ///< the summarised function, where it is named
  std::string Value;    ///< the unknown category or sink kind
  int64_t Index = 0;    ///< ParamIndexBeyond: the index
  unsigned Count = 0;   ///< ParamIndexBeyond: the function's parameters
};

struct SummaryStoreFacts {
  enum Problem {
    Damaged,       ///< Detail: the path that should be its directory
    EarlierFormat, ///< Detail: that format; Format: this build's
    Missing,       ///< no such directory
    Empty,         ///< Format: the directory it lacks
    CannotReplace, ///< Path: a manifest; Detail: the system's error
    CannotWrite,   ///< Detail: the writer's error, naming the file
    Corrupt,       ///< Path: a summary or manifest; Why: what is wrong
    Unreadable,    ///< Path: a summary; Detail: the system's error
    Stale,         ///< Function's summary; Path: the file changed since
  } What;
  std::string Path; ///< the store's directory, unless said otherwise
  std::string Detail;
  std::string Format;
  std::string Function;
  CorruptSummaryFacts Why; ///< Corrupt
};

/// A misplaced or inconsistent privacy annotation (privacy-annotations).
struct AnnotationProblemFacts {
  enum Problem {
    StepsOffFunction,     ///< anonymizer/pseudonymizer/consent check on Name
    SinkMisplaced,        ///< a sink annotation on Name, no function
    PurposeWithoutSink,   ///< purpose or retention days on Name, no sink
    ConsentCheckReturn,   ///< consent check Name returns Type
    BothAnonymizers,      ///< Name is anonymizer and pseudonymizer
    AnonymizerPersonal,   ///< anonymizer Name returns personal Type
    CategoryOnVoid,       ///< a category on Name, which returns void
    NoRetentionDays,      ///< retention sink Name without a period
    DaysWithoutRetention, ///< retention days on Name, no retention sink
    CallEffectsMisplaced, ///< call-effect annotations on Name
    NoObject,             ///< Macro("this") on Name: Function has no object
    NoSuchArgument,       ///< Macro on Name names Index of Function's Params
    LinksIntoItself,      ///< PRIVACY_LINKS_INTO on parameter Name
    DeletesNoObject,      ///< PRIVACY_DELETES on Name, no object
    WrittenAtItself,      ///< PRIVACY_WRITTEN_AT on parameter Name
    AtOffParameter,       ///< PRIVACY_RETURNED_AT / _WRITTEN_AT on Name
    ResultOfVoid,         ///< Function returns void (OnParameter: RETURNED_AT)
  } What;
  std::string Name;
  std::string Function;
  std::string Type;
  std::string Macro;
  int Index = 0;
  unsigned Params = 0;
  bool OnParameter = false;
};


//===----------------------------------------------------------------------===//
// What readers and privacy-unannotated-data find, as facts (model files,
// name patterns, annotations, init-model's reasons); report/Messages words
// them
//===----------------------------------------------------------------------===//

/// A problem of a model file. Args, where the kind has any: the JSON key
/// for NotAnArray, MissingString, NotBoolean and SqlWithoutSink ("values"
/// or "parameter"); the key and then the allowed keys for UnknownKey; the
/// value and then the category ids for UnknownCategory; the sink kind ids
/// for UnknownSinkKind; the key and the maximum depth for
/// FieldPathInvalid; the maximum for NestedTooDeep; the name and then the
/// shipped models for NotShipped; the pattern (without "re:") for
/// InvalidRegex and RegexBackReferenceNine, then llvm::Regex's words for
/// InvalidRegex; the reader's or the library's own detail for InvalidJson,
/// Unreadable and Malformed.
struct ModelProblemFacts {
  enum Problem {
    NestedTooDeep, InvalidJson, FileNotObject, UnsupportedVersion,
    UnsupportedLanguage, ExpectedObject, UnknownKey, NotAnArray,
    EntryNotObject, MissingString, ExpectedString, InvalidRegex,
    RegexBackReferenceNine, EmptyName,
    UnknownCategory, ExpectedPosition, ExpectedPositionOrReturn,
    ExpectedFrom, SinkNotObject, UnknownSinkKind, PurposeNotText,
    RetentionDaysInvalid, ConsentWithoutPurpose, NotBoolean,
    ParamTypesNotArray, ExpectedTypeString, WhenIncomplete, MissingArg,
    PropagationIncomplete, FieldPathInvalid, LinkIncomplete,
    DeletesWithoutObject, WhenNullInvalid, SqlShape, SqlWithoutSink,
    ExcludeFieldsNotArray, ExpectedMemberName, ExpectedName,
    SinkObjectMatch, MissingSink, Malformed, IsDirectory, Unreadable,
    NotShipped,
  } What = FileNotObject;
  std::vector<std::string> Args;
};

/// A problem of a model file at its place (engine/Models.h: ModelError).
struct ModelFileErrorFacts {
  std::string File;
  unsigned Line = 0, Column = 0; ///< 0: the file as a whole
  ModelProblemFacts Problem;
};

/// Why a whole-name regular expression does not compile
/// (engine/WholeNameRegex: a model's "re:" name, ExcludedNames).
struct RegexProblemFacts {
  bool BackReferenceNine = false; ///< it refers back to group 9
  std::string RegexError;         ///< else llvm::Regex's own words
};

/// A declaration whose name or type privacy-unannotated-data takes for
/// personal data without an annotation.
struct UnannotatedDataFacts {
  enum DeclKind {
    Field, Parameter, Variable, Method, Function, Record, TypeAlias, Typedef,
    Declaration,
  } Kind = Declaration;
  std::string RecordKind;  ///< Record: its keyword ("struct", "union")
  std::string Name;        ///< as Clang prints it in a diagnostic
  std::string MatchedType; ///< the type whose name matched; empty: the name
  std::string CategoryId;  ///< "traffic", "location", "subscriber_id", ...
  std::string Label;       ///< the vocabulary's label: "IMSI", "cell identity"
  std::string Macro;       ///< the annotation to add
};

/// A `privacy:` annotation the reader cannot use (engine/Models.cpp
/// readAnnotations; privacy-annotations reports it). Args: the maximum
/// field depth for ReturnedAtPath and WrittenAtPlace; the text after
/// "privacy:category:" and then the category ids for UnknownCategory; the
/// text after "privacy:sink:" and then the sink kind ids for
/// UnknownSinkKind; the sink kind ids for ConflictingSinks; the two
/// purposes for ConflictingConsentPurposes; the days as written and the
/// maximum for RetentionTooLarge; the days for RetentionNegative; the text
/// after "privacy:" for UnknownAnnotation.
struct AnnotationReadFacts {
  enum Problem {
    DeletesWhenNullIndex, LinksIntoContainer, ReturnedAtPath, WrittenAtPlace,
    UnknownCategory, ConsentWithoutPurpose, ConsentPurposeEmpty,
    ConflictingConsentPurposes, UnknownSinkKind, ConflictingSinks,
    PurposeWithoutText, SinkPurposeEmpty, RetentionTooLarge,
    RetentionNotNumber, RetentionNegative, UnknownAnnotation,
  } What = UnknownAnnotation;
  std::vector<std::string> Args;
};

/// Why privacy-tidy init-model drafts a function as a sink (ModelDraft).
struct DraftReasonFacts {
  enum Reason {
    PassesVaList,     ///< it passes its va_list to a printf-like function
    VariadicMacro,    ///< the variadic macro Name calls it
    PassesParameters, ///< it passes its parameters to sink Name
  } What;
  std::string Name;
};

using NoticeFacts =
    std::variant<PrunedBranchFacts, BudgetFacts, SummaryBoundFacts,
                 RecursionBoundFacts, UnmatchedModelEntryFacts,
                 OverriddenModelEntryFacts, MissingMemberFacts,
                 SummaryStoreFacts, ModelFileErrorFacts>;

} // namespace clang::tidy::privacy

#endif
