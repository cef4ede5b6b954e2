//===--- UnannotatedDataCheck.h - privacy-unannotated-data ------*- C++ -*-===//
//
// Advisory: the other privacy checks only follow data somebody annotated.
// This check points at fields, variables, parameters, functions and types
// whose names (split into words) say telecom personal data - IMSI, MSISDN,
// cell id, call record, SMS text - but that carry no privacy annotation and
// no model entry, and offers the annotation macro as a fix-it. Only types
// that can hold the data are candidates (DataHolders.h).
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_CHECKS_UNANNOTATEDDATACHECK_H
#define PRIVACY_TIDY_CHECKS_UNANNOTATEDDATACHECK_H

#include "DataHolders.h"
#include "NameTokens.h"

#include "ModelCoverage.h"
#include "ModelDraft.h"
#include "PrivacyCheck.h"
#include "config/RunConfig.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Regex.h"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy {

/// Reports declarations that look like telecom personal data but are not
/// annotated. See docs/checks/privacy-unannotated-data.md.
class UnannotatedDataCheck : public PrivacyCheck {
public:
  UnannotatedDataCheck(StringRef Name, ClangTidyContext *Context);

  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;
  std::optional<TraversalKind> getCheckTraversalKind() const override {
    // Report on templates, never on their instantiations or implicit code.
    return TK_IgnoreUnlessSpelledInSource;
  }

  /// Wires the check to the engine's model index (ModelCoverage.h): it
  /// answers whether a model file already describes a field, variable,
  /// parameter, function, record or typedef. Until then no declaration
  /// counts as modelled.
  void setModelCoverage(ModelCoverage Coverage) {
    this->Coverage = std::move(Coverage);
  }

  /// Whether clang-tidy shows diagnostics at \p Loc: the main file, or a
  /// header its filters show. Cached per file for the translation unit.
  bool isShownPlace(SourceLocation Loc, const SourceManager &SM);

protected:
  /// The model-file hook: true if a model entry covers \p D. The default
  /// asks the function given to setModelCoverage, if any.
  virtual bool isCoveredByModel(const NamedDecl &D) const {
    return Coverage.Covers && Coverage.Covers(D);
  }

private:
  /// Why a declaration should be annotated and with what.
  struct Suggestion {
    DataCategory Category;
    std::string Label;
    /// Set when the name of this type, not of the declaration, matched.
    const NamedDecl *MatchedType = nullptr;
    /// The vocabulary's term that matched.
    const NameTerm *Term = nullptr;
  };

  /// What the type of a declaration says.
  struct TypeFacts {
    bool Annotated = false;
    /// A type in the chain that is reported itself: its uses are not.
    bool ReportedType = false;
    /// A type from a system header whose name matched.
    std::optional<Suggestion> NameMatch;
  };

  /// Whether \p D's context says \p Term is about the network there: an
  /// owner of \p D (enclosing record or function); for a match of \p D's
  /// type's name, also \p D's own name (`struct gsm0808_cell_id
  /// cell_list[8]`). Location data in physical-layer code is the network's
  /// too.
  bool contextExcludes(const NamedDecl *D, const NameTerm &Term,
                       bool TypeMatched) const;
  /// `uint64_t nr_cell_id[16]`, `struct gsm0808_cell_id cells[8]`: an
  /// array of whole identities of a place is a set of places; bytes
  /// (`uint8_t eutra_cgi[7]`) encode one.
  bool holdsSetOfPlaces(const NamedDecl *D, const NameTerm &Term) const;
  /// Whether \p D is declared in a directory of physical-layer code.
  bool inPhysicalLayerCode(const Decl *D) const;
  std::optional<Suggestion> evaluate(const NamedDecl *D);
  std::optional<Suggestion> evaluateDataDecl(const DeclaratorDecl *D);
  std::optional<Suggestion> evaluateFunction(const FunctionDecl *FD);
  std::optional<Suggestion> evaluateTypeDecl(const TypeDecl *TD);
  /// evaluateTypeDecl with memoisation: a type reported once stays so.
  bool isReportedTypeDecl(const TypeDecl *TD);

  std::optional<Suggestion> matchName(const NamedDecl *D, NameRole Role);
  bool contextAllows(const NamedDecl *D, const NameMatch &M) const;
  /// Whether the declaration's type and surroundings can hold the data of
  /// the matched term: wide enough an integer, not a set of flags for
  /// content, not inside a record or function about network equipment.
  bool fitsDeclaration(const NamedDecl *D, const NameMatch &M) const;
  /// std::bitset or a type named *bitset*, through typedefs, references,
  /// arrays and std::optional.
  bool isBitSetType(QualType T) const;
  /// What a type says, kept per type for the TU (inspectTypeUncached).
  TypeFacts inspectType(QualType T);
  TypeFacts inspectTypeUncached(QualType T);
  /// Vocabulary.match, kept per name and role.
  const std::optional<NameMatch> &matchWords(StringRef Name,
                                             NameRole Role) const;
  bool isCoveredByEnclosingRecord(const FieldDecl *FD, DataCategory C);
  bool isReportableLocation(const Decl *D) const;
  bool isExcludedName(const NamedDecl *D) const;
  bool isLocallyAnnotated(const NamedDecl *D) const;

  void report(const NamedDecl *D, const Suggestion &S);
  std::optional<FixItHint> makeFixIt(const NamedDecl *D,
                                     const Suggestion &S) const;
  bool isMacroUsableAt(StringRef Macro, SourceLocation Loc) const;

  // Options. The run-level ones, read once: SarifOutputDir, and
  // ModelDraftDir for privacy-tidy init-model (candidates as model
  // entries, ModelDraft.h).
  const RunConfig Run;
  ModelDraft Draft;
  std::vector<MacroCall> MacroCalls;
  const std::string RawExcludedNames;
  const std::string RawExtraTerms;
  const std::string RawExtraExcludedWords;
  const bool CheckLocalVariables;
  const bool IgnoreSystemHeaders;
  /// Without a header filter, header declarations are skipped
  /// (headerDiagnosticsShown).
  const bool HeadersShown;
  /// clang-tidy's own header filters, to skip the headers it will not show.
  std::unique_ptr<llvm::Regex> HeaderFilter, ExcludeHeaderFilter;
  llvm::DenseMap<FileID, bool> ShownFiles; ///< per translation unit
  llvm::DenseMap<FileID, bool> ShownPlaces; ///< isShownPlace, per TU
  FileID LastShownFile; ///< isShownPlace's last cacheable file, per TU
  bool LastShown = false;
  mutable llvm::DenseMap<FileID, bool> PhysicalLayerFiles; ///< per TU
  bool isShownHeader(SourceLocation Loc, const SourceManager &SM);
  const bool IgnoreMacros;
  const bool StrictFieldCategories;

  NameVocabulary Vocabulary;
  std::vector<std::unique_ptr<llvm::Regex>> ExcludedNames;
  ModelCoverage Coverage;

  // Per translation unit.
  ASTContext *Ctx = nullptr;
  const SourceManager *SM = nullptr;
  Preprocessor *PP = nullptr;
  llvm::DenseMap<const Decl *, std::optional<Suggestion>> TypeVerdicts;
  llvm::DenseMap<const Decl *, bool> TypesInProgress;
  llvm::DenseMap<void *, TypeFacts> TypeFactsOf; ///< inspectType
  /// matchWords, by role; names do not depend on the TU.
  mutable llvm::StringMap<std::optional<NameMatch>>
      NameMatches[static_cast<unsigned>(NameRole::Function) + 1];
  /// Whether a type can hold the data a name suggests.
  DataHolders Holders;
};

} // namespace clang::tidy::privacy

#endif // PRIVACY_TIDY_CHECKS_UNANNOTATEDDATACHECK_H
