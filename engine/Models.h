//===--- Models.h - What functions and declarations mean --------*- C++ -*-===//
//
// The knowledge of APIs: which declarations are personal data, which
// functions are sinks, consent checks, anonymisers or propagators. It comes
// from two places with one meaning: annotations in the code and JSON model
// files (shipped ones under annotations/models/ and the user's own). The
// engine asks this index and never names an API itself.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_MODELS_H
#define PRIVACY_TIDY_ENGINE_MODELS_H

#include "llvm/ADT/StringMap.h"
#include "Taint.h"
#include "report/NoticeFacts.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// Argument positions: parameter indexes, ThisArg for the object of a member
/// call, ReturnArg for the result.
constexpr int ThisArg = -1;
constexpr int ReturnArg = -2;
/// A parameter label for every argument passed to a function's `...`: what
/// `va_start` puts into a `va_list`.
constexpr int VariadicArgs = -3;

/// A set of argument positions: explicit indexes and/or "every argument from
/// index N on" (variadic functions).
struct ArgSelector {
  llvm::SmallVector<int, 4> Indexes;
  int From = -1; ///< >= 0: every argument at or after this index
  bool contains(int Index) const;
  bool empty() const { return Indexes.empty() && From < 0; }
};

struct PropagationRule {
  ArgSelector From;
  llvm::SmallVector<int, 2> To; ///< parameter indexes, ThisArg, ReturnArg
  bool Replace = false; ///< the destination's old content is gone (assign, clear)
  /// Field names inside the destination where the data lands ("imsi",
  /// "id.digits"): a builder that fills one field of the object it returns.
  std::vector<std::string> At;
  /// Field names inside each source argument that the data is taken from
  /// ("id"): a getter that returns one field of its argument.
  std::vector<std::string> FromAt;
};

/// What a sink is: its kind (a row of the registry), purpose and period.
struct SinkSpec {
  SinkKind Kind;
  std::string Purpose;
  std::optional<int64_t> RetentionDays;
};

/// What a call does with SQL (model key `sql`): where the SQL text is and
/// which SQL parameter the values it sinks are. Each position is an
/// argument index (or ThisArg); -1 when the shape has none. The shapes:
/// Text + Prepares (sqlite3_prepare*: the statement made from the text),
/// Statement + Parameter (sqlite3_bind_*: the sunk values are that
/// parameter of the statement), Text + Values (PQexecParams: element k of
/// the array is parameter `$k+1`), Statement + IndexOfName
/// (sqlite3_bind_parameter_index: the result is the named parameter's
/// index).
struct SqlSpec {
  int Text = -1;
  int Prepares = -1;
  int Statement = -1;
  int Parameter = -1;
  int Values = -1;
  int IndexOfName = -1;
};

/// The meaning of one function for the analysis. Annotations and model
/// entries fill the same record.
struct FunctionSpec {
  std::optional<SinkSpec> Sink;
  ArgSelector SinkArgs; ///< empty selector: every argument
  /// With every argument, the object of a member call too: an annotated
  /// method of a logger class. A model lists the object explicitly.
  bool SinksObject = false;
  /// The sink applies only when this argument names one of these constants
  /// (curl_easy_setopt with CURLOPT_POSTFIELDS, ...).
  int SinkWhenArg = -1;
  std::vector<std::string> SinkWhenOneOf;
  /// The call's SQL: its sunk values are stored only when the SQL stores
  /// them (SqlCalls.cpp).
  std::optional<SqlSpec> Sql;
  std::optional<std::string> ConsentPurpose;
  bool Anonymizer = false;
  bool Pseudonymizer = false;
  bool Barrier = false; ///< the result is never personal data
  llvm::SmallVector<Category, 1> ReturnCategories;
  std::vector<PropagationRule> Propagations;
  bool HasPropagations = false; ///< replaces the default propagation
  std::optional<int> ReturnsAliasOf; ///< result refers to this argument
  /// The call removes data from this argument (a container, a table) or
  /// frees it: it stores nothing and returns nothing personal. With
  /// DeletesWhenNull >= 0, only when that argument is a null pointer
  /// constant (`table_set(t, key, NULL)`); otherwise the rest of the spec
  /// applies.
  std::optional<int> Deletes;
  int DeletesWhenNull = -1;
  /// Links: the argument (or object) `first` stays attached to `second`
  /// (`tree_add(root, node)`): what is written into it later is in the
  /// container too.
  llvm::SmallVector<std::pair<int, int>, 1> Links;
  std::string Origin; ///< "annotation" or "model libc.json:12"

  /// Callers apply this spec and never the function's summary (see
  /// Analyzer::handleCall): the body's own findings cannot wait for them.
  bool replacesSummary() const {
    return Sink || ConsentPurpose || Anonymizer || Pseudonymizer || Barrier ||
           HasPropagations || ReturnsAliasOf ||
           (Deletes && DeletesWhenNull < 0);
  }

  bool isInteresting() const {
    return Sink || ConsentPurpose || Anonymizer || Pseudonymizer || Barrier ||
           !ReturnCategories.empty() || HasPropagations || ReturnsAliasOf ||
           Deletes || !Links.empty() || Sql;
  }
};

/// Writing into an object that matches one of these is a sink: a stream
/// such as std::cout, a FILE* such as stderr, an std::ofstream.
class NamePattern;
struct SinkObjectRule {
  enum MatchKind { VariableName, TypeName, CallName } Match;
  std::shared_ptr<NamePattern> Pattern;
  SinkSpec Sink;
  std::string Origin;
};

/// A name pattern: exact, glob with '*', or "re:" + an anchored regex.
class NamePattern {
public:
  bool compile(llvm::StringRef Text, ModelProblemFacts &Problem);
  bool matches(llvm::StringRef Name) const;
  const std::string &text() const { return Text; }
  /// Whether only the name text() itself matches (no '*', no regex).
  bool isLiteral() const {
    return !IsRegex && Text.find('*') == std::string::npos;
  }

private:
  std::string Text;
  bool IsRegex = false;
  std::shared_ptr<llvm::Regex> Re;
  /// What a regex's matches contain, per alternative: each entry one of
  /// its literals (a filter before the regex itself); null when the regex
  /// has no usable ones.
  std::shared_ptr<const std::vector<std::vector<std::vector<std::string>>>>
      Required;
};

/// An error in a model file, with its place; report/Messages words it
/// (modelErrorText).
using ModelError = ModelFileErrorFacts;

/// The qualified name used to match models: inline and anonymous namespaces
/// and template arguments are dropped ("std::basic_string::append").
std::string modelName(const NamedDecl *D);

/// Names of records by their typedefs: `typedef struct ue_s {...} ue_t;`
/// maps ue_s to ue_t. Built once per translation unit, when a model needs it.
using TypedefIndex =
    llvm::DenseMap<const RecordDecl *, llvm::SmallVector<std::string, 1>>;
TypedefIndex buildTypedefIndex(ASTContext &Ctx);

/// Every name a model entry may use for \p D, modelName(D) first: a field of
/// `typedef struct { ... } emm_ctx_t;` is also `emm_ctx_t::imsi`, of
/// `typedef struct ue_s { ... } ue_t;` both `ue_s::imsi` and `ue_t::imsi`, a
/// member of an unnamed struct typed field `saved` both `ue_s::tai` and
/// `ue_s::saved::tai`.
std::vector<std::string> modelNames(const NamedDecl *D,
                                    const TypedefIndex *Aliases);

/// Every name a `types` entry may use for the record \p RD: its own and
/// its typedefs' (`typedef struct {...} tai_t;`, `typedef struct ue_s ue_t;`).
std::vector<std::string> recordTypeNames(const RecordDecl *RD,
                                         const TypedefIndex *Aliases);

/// Whether an object of record \p RD has a member \p Name read as
/// `obj.Name`: a field of its own, or of an anonymous struct or union
/// inside it (`struct mi { union { uint8_t tag; uint8_t raw; }; }`). What
/// an `excludeFields` name may be.
bool hasMemberNamed(const RecordDecl *RD, llvm::StringRef Name);

/// The model entries loaded from JSON files.
class ModelSet {
public:
  /// Parses one model file; errors are appended (every error, with its
  /// place). DisplayName names the file in messages.
  void loadText(llvm::StringRef Text, const std::string &DisplayName,
                std::vector<ModelError> &Errors);
  /// Loads the shipped models, minus those named in Disabled ("spdlog").
  void loadBuiltins(const std::vector<std::string> &Disabled,
                    std::vector<ModelError> &Errors);
  /// Loads model files by path (ModelFiles); a file that cannot be read is
  /// an error naming it.
  void loadFiles(const std::vector<std::string> &Paths,
                 std::vector<ModelError> &Errors);

  /// The shipped models minus \p Disabled, then the files \p Paths, with
  /// the errors of reading them: what the engine and
  /// privacy-unannotated-data of every TU read, parsed once per process
  /// (again when a file's size or modification time changes).
  struct Loaded;
  /// \p ForC: for a C translation unit, which leaves out the files that
  /// say `"language": "c++"`.
  static const Loaded &shared(const std::vector<std::string> &Disabled,
                              const std::vector<std::string> &Paths,
                              bool ForC);

  /// Loading for a C translation unit: files limited to C++ are left out
  /// (the shipped ones not even parsed).
  bool ForC = false;
  /// With ForC: the files left out for their language, by the names
  /// loadText was given ("models/spdlog.json", a ModelFiles path), so that
  /// the SARIF configuration record lists only the models the TU used.
  std::vector<std::string> LeftOutForLanguage;

private:
  void parseBuiltins(const std::vector<std::string> &Disabled,
                     std::vector<ModelError> &Errors);

public:

  struct FunctionEntry {
    NamePattern Name;
    std::optional<std::vector<NamePattern>> ParamTypes;
    FunctionSpec Spec;
    llvm::SmallVector<std::pair<int, Category>, 1> ParamCategories;
  };
  /// A member a type entry says holds none of the type's personal data
  /// (`size`, `len`, `spare` of a TAI or an identity buffer).
  struct ExcludedField {
    std::string Name;
    std::string Origin; ///< "model f.json:5:27"
  };
  struct DeclEntry {
    enum KindT { Type, Field, Variable } Kind;
    NamePattern Name;
    Category Cat;
    /// False for a type entry with `excludeFields` and no category: its
    /// type is no source, only its listed members hold nothing personal.
    bool Personal = true;
    std::string Origin;
    std::vector<ExcludedField> Excludes; ///< types only
  };
  /// Parameters or local variables by their own name, in the functions
  /// whose qualified name matches Function (every function without it).
  struct ScopedEntry {
    enum KindT { Parameter, Local } Kind;
    NamePattern Name;
    std::optional<NamePattern> Function;
    Category Cat;
    std::string Origin;
  };
  std::vector<FunctionEntry> Functions;
  std::vector<DeclEntry> Decls;
  std::vector<ScopedEntry> Scoped;
  std::vector<SinkObjectRule> SinkObjects;
  /// Entries before these indexes come from the shipped models.
  size_t BuiltinFunctions = 0, BuiltinDecls = 0, BuiltinScoped = 0,
         BuiltinSinkObjects = 0;

  /// The indexes of the sink-object rules of kind \p K whose pattern
  /// matches \p Name, ascending: the last one is the rule that applies
  /// (the last entry wins, as for functions).
  llvm::SmallVector<unsigned, 1> sinkObjectRules(SinkObjectRule::MatchKind K,
                                                 llvm::StringRef Name) const;
};

struct ModelSet::Loaded {
  ModelSet Set;
  std::vector<ModelError> Errors;
};

/// Annotation facts of one declaration (all redeclarations merged).
struct DeclAnnotations {
  llvm::SmallVector<Category, 1> Categories;
  llvm::SmallVector<SourceLocation, 1> CategoryLocs;
  FunctionSpec Spec; ///< steps and sinks on functions, sinks on params/vars
  bool HasSink = false;
  bool HasRetentionDays = false; ///< written, even if its value is invalid
  /// What a call does to the argument this annotation is on (a parameter;
  /// the object for a method, the result for a function), the model keys
  /// `deletes`, `links` and propagation `at`; DeclFacts::functionSpec
  /// turns them into positions. PRIVACY_DELETES[_WHEN_NULL(index)]:
  bool Deletes = false;
  int DeletesWhenNull = -1;
  /// PRIVACY_LINKS_INTO(container): a parameter index or ThisArg.
  std::optional<int> LinksInto;
  /// PRIVACY_RETURNED_AT("id.digits") and PRIVACY_WRITTEN_AT(dest,
  /// "id.digits"): the field path inside the result or argument AtDest.
  std::vector<std::string> At;
  int AtDest = ReturnArg;
  bool hasCallEffects() const { return Deletes || LinksInto || !At.empty(); }
};

/// Answers "what does this declaration mean" for one translation unit,
/// memoized, from annotations and models together.
class DeclFacts {
public:
  DeclFacts(ASTContext &Ctx, const ModelSet &Models)
      : Ctx(Ctx), Models(Models) {}

  const DeclAnnotations &annotations(const Decl *D);
  /// The categories a declaration (variable, field, parameter, function's
  /// return) carries, from annotations and models. Locs: where declared.
  llvm::SmallVector<Category, 1> declCategories(const Decl *D);
  /// Categories of a type (through typedef sugar, pointers, references,
  /// arrays); TypeDecl set to the annotated type declaration.
  llvm::SmallVector<Category, 1> typeCategories(QualType T,
                                                const Decl **TypeDecl);
  /// Fields of a record type (recursively, bounded) that carry categories.
  struct AnnotatedField {
    FieldPath Path;
    Category Cat;
    const Decl *Source;
  };
  const std::vector<AnnotatedField> &annotatedFields(QualType T);
  /// The meaning of a function (annotations first, then models); null when
  /// neither says anything.
  const FunctionSpec *functionSpec(const FunctionDecl *FD);
  /// Categories of a parameter of a function (annotation or model).
  llvm::SmallVector<Category, 1> paramCategories(const FunctionDecl *FD,
                                                 unsigned Index);
  /// Whether a model entry describes \p D, matched exactly as the analysis
  /// matches it (every C struct name, patterns, `paramTypes`, the last
  /// function entry winning): a `fields`, `types` or `variables` entry, a
  /// `parameters` or `locals` entry by name, a parameter's
  /// `paramCategories`, or a function entry saying what the function
  /// returns or is (sink, anonymiser, pseudonymiser, consent check).
  /// Annotations do not count. For privacy-unannotated-data.
  bool isDescribedByModel(const NamedDecl *D);
  /// Whether a type entry says member \p F of its type holds none of the
  /// data the whole object carries (`excludeFields`).
  bool isExcludedMember(const FieldDecl *F);
  /// Names in `excludeFields` that a record read in this translation unit
  /// does not have, as (origin of the name, name, type name).
  struct MissingMember {
    std::string Origin, Name, Type;
  };
  const std::vector<MissingMember> &missingMembers() const {
    return MissingMembers;
  }
  ASTContext &context() { return Ctx; }
  /// The model entry that describes \p FD (the last one whose name and
  /// paramTypes match, the types as its first declaration writes them), or
  /// null.
  const ModelSet::FunctionEntry *modelEntry(const FunctionDecl *FD);
  /// The indexes into ModelSet::Functions of every entry whose name and
  /// paramTypes match \p FD, ascending: the last is modelEntry(FD), the
  /// others it overrides (StrictModels names them).
  void forEachFunctionEntry(const FunctionDecl *FD,
                            llvm::function_ref<void(unsigned)> Apply);
  /// The indexes into ModelSet::Decls of the `fields`, `types` and
  /// `variables` entries that name \p ND by one of its modelNames(): the
  /// entries the analysis applies to it (StrictModels asks the same).
  void forEachDeclEntry(const NamedDecl *ND,
                        llvm::function_ref<void(unsigned)> Apply);
  /// The indexes into ModelSet::Scoped of the `parameters` or `locals`
  /// entries that name the parameter or local \p VD in its function.
  void forEachScopedEntry(const VarDecl *VD,
                          llvm::function_ref<void(unsigned)> Apply);

private:
  ASTContext &Ctx;
  const ModelSet &Models;
  llvm::DenseMap<const Decl *, std::unique_ptr<DeclAnnotations>> Annots;
  llvm::DenseMap<const Decl *, llvm::SmallVector<Category, 1>> DeclCats;
  llvm::DenseMap<const NamedDecl *, bool> Described; ///< isDescribedByModel
  bool describedByModel(const NamedDecl *D);
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionSpec>> Specs;
  llvm::DenseMap<const FunctionDecl *, const ModelSet::FunctionEntry *>
      ModelEntries;
  llvm::DenseMap<const Type *, std::vector<AnnotatedField>> Fields;
  std::unique_ptr<TypedefIndex> Aliases; ///< built on first use
public:
  /// Model entries by name: a literal name finds its entries directly, the
  /// patterns are tried one by one. Indexes ascend; built on first use.
  struct EntryIndex {
    bool Built = false;
    llvm::StringMap<llvm::SmallVector<unsigned, 1>> Literal;
    std::vector<unsigned> Patterns;
    /// The indexes of the entries that may match \p Name, ascending.
    std::vector<unsigned> candidates(llvm::StringRef Name) const;
  };

private:
  EntryIndex FunctionIndex, DeclIndex, ScopedIndex;
  /// PRIVACY_DELETES, PRIVACY_LINKS_INTO, PRIVACY_*_AT on \p FD (any
  /// redeclaration) and its parameters, added to \p Spec (made if null).
  void addCallEffectAnnotations(const FunctionDecl *FD,
                                std::unique_ptr<FunctionSpec> &Spec);
  /// The categories of the `fields`, `types` and `variables` entries that
  /// name \p ND by one of its modelNames().
  void addModelDeclCategories(const NamedDecl *ND,
                              llvm::SmallVectorImpl<Category> &Cats);
  /// Parameters and locals by name (engine-a).
  void addScopedCategories(const VarDecl *VD,
                           llvm::SmallVectorImpl<Category> &Cats);
  llvm::DenseMap<const FunctionDecl *, std::string> FunctionNames;
  /// Excluded member names by record (engine-a); built on first use.
  std::optional<bool> AnyExclusions;
  llvm::DenseMap<const RecordDecl *, llvm::SmallVector<std::string, 2>>
      ExcludedByRecord;
  std::vector<MissingMember> MissingMembers;
  llvm::SmallVector<Category, 1> typeCategories(QualType T,
                                                const Decl **TypeDecl,
                                                unsigned Depth);
  llvm::SmallVector<Category, 1>
  writtenArgumentCategories(QualType T, const Decl **TypeDecl, unsigned Depth);
  void collectFields(const RecordDecl *RD, FieldPath &Prefix,
                     std::vector<AnnotatedField> &Out, unsigned Depth);
};

/// Reads the `privacy:` annotate attributes of one declaration. Problems
/// (unknown strings, bad arguments) are reported through Problem, as facts
/// (report/Messages: annotationReadMessage).
void readAnnotations(
    const Decl *D, const ASTContext &Ctx, DeclAnnotations &Out,
    llvm::function_ref<void(const AnnotateAttr *, AnnotationReadFacts)>
        Problem);

/// A ';'-separated option value (ModelFiles, DisabledModels), trimmed.
std::vector<std::string> splitList(llvm::StringRef List);


} // namespace clang::tidy::privacy

#endif
