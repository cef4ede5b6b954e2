//===--- UnannotatedDataCheck.cpp - privacy-unannotated-data --------------===//

#include "UnannotatedDataCheck.h"
#include "TUReport.h"
#include "Visibility.h"
#include "config/RunConfig.h"
#include "engine/ClangCompat.h"
#include "engine/WholeNameRegex.h"
#include "report/Messages.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

using namespace clang::ast_matchers;

namespace clang::tidy::privacy {

namespace {

constexpr llvm::StringLiteral AnnotationPrefix = "privacy:";
constexpr llvm::StringLiteral CategoryPrefix = "privacy:category:";

bool hasPrivacyAttr(const Decl *D) {
  return llvm::any_of(D->specific_attrs<AnnotateAttr>(), [](const auto *A) {
    return A->getAnnotation().starts_with(AnnotationPrefix);
  });
}

bool anyRedeclHasPrivacyAttr(const Decl *D) {
  return llvm::any_of(D->redecls(), hasPrivacyAttr);
}

/// The categories annotated on any redeclaration of \p D, and whether any
/// privacy annotation (category or not) is present.
bool collectCategories(const Decl *D,
                       llvm::SmallVectorImpl<DataCategory> &Categories) {
  bool Any = false;
  for (const Decl *R : D->redecls())
    for (const auto *A : R->specific_attrs<AnnotateAttr>()) {
      StringRef Spelling = A->getAnnotation();
      if (!Spelling.starts_with(AnnotationPrefix))
        continue;
      Any = true;
      if (Spelling.consume_front(CategoryPrefix))
        if (std::optional<DataCategory> C = parseCategoryId(Spelling))
          Categories.push_back(*C);
    }
  return Any;
}

/// A record type names itself, or through `typedef struct { } name;`.
const NamedDecl *nameOfRecord(const RecordDecl *RD) {
  if (RD->getIdentifier())
    return RD;
  if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
    return TD;
  return nullptr;
}

/// The canonical type \p T holds past its reference, pointers and arrays.
QualType pastPointersAndArrays(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  while (T->isPointerType() || T->isArrayType())
    T = T->isPointerType() ? T->getPointeeType().getCanonicalType()
                           : QualType(T->getArrayElementTypeNoTypeQual(), 0)
                                 .getCanonicalType();
  return T;
}

/// Values of these types are flags, modes or code, not personal data
/// (`bool gps_enabled`, `enum imsi_kind k`, `void (*on_imsi)(void)`).
bool isNonDataType(QualType T) {
  if (T.isNull())
    return true;
  // An out-parameter `bool *imsi_present` or an array of flags is still a
  // flag.
  T = pastPointersAndArrays(T);
  if (T->isVoidType() || T->isBooleanType() || T->isEnumeralType() ||
      T->isFunctionType() || T->isFunctionPointerType() ||
      T->isMemberFunctionPointerType() || T->isBlockPointerType() ||
      T->isFunctionReferenceType())
    return true;
  // The std wrappers and containers the check follows hold what their type
  // arguments are: `std::optional<cell_index_t>` is an enum,
  // `std::vector<bool>` flags, `std::function<void()>` a callback. The
  // allocator and comparator arguments of the specialisation are std
  // templates of the same arguments.
  llvm::SmallVector<QualType, 4> Args;
  if (!stdTemplateTypeArgs(T, Args) || Args.empty())
    return false;
  return llvm::all_of(Args, [](QualType A) { return isNonDataType(A); });
}

/// The value a declaration of type \p T holds: through references and the
/// std wrappers of a single value (`std::optional<uint8_t>`).
QualType heldValueType(QualType T) {
  if (T.isNull())
    return T;
  T = T.getNonReferenceType().getCanonicalType();
  for (unsigned Depth = 0; Depth != 8; ++Depth) {
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        T->getAsCXXRecordDecl());
    if (!Spec || !Spec->isInStdNamespace() || !Spec->getIdentifier() ||
        !llvm::is_contained({"optional", "atomic"}, Spec->getName()))
      break;
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() != 1 || Args[0].getKind() != TemplateArgument::Type)
      break;
    T = Args[0].getAsType().getCanonicalType();
  }
  return T;
}

/// A single number held by value: an integer other than a character type,
/// floating point, a `std::optional` of one. Not an array or a pointer,
/// which may be a buffer of words.
bool isNumberValue(QualType T) {
  QualType Held = heldValueType(T);
  if (Held.isNull() || Held->isDependentType())
    return false;
  return !Held->isAnyCharacterType() &&
         (Held->isIntegerType() || Held->isRealFloatingType());
}

/// Whether \p E is a constant or an object constructed from constants only
/// (`std::string("001010000000001")`, `std::vector<uint8_t>(2048, 0)`): a
/// read-only variable so initialised holds the program's own value.
bool isBuiltFromConstants(const Expr *E, ASTContext &Ctx, unsigned Depth = 0) {
  if (!E || Depth > 8)
    return false;
  E = E->IgnoreImplicit();
  if (E->isValueDependent())
    return false;
  if (E->isConstantInitializer(Ctx, /*ForRef=*/false))
    return true;
  auto AllConstant = [&](auto Args) {
    return llvm::all_of(Args, [&](const Expr *A) {
      return isBuiltFromConstants(A, Ctx, Depth + 1);
    });
  };
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return AllConstant(CE->arguments());
  if (const auto *ILE = dyn_cast<InitListExpr>(E))
    return AllConstant(ILE->inits());
  if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
    return isBuiltFromConstants(FC->getSubExpr(), Ctx, Depth + 1);
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
    return isBuiltFromConstants(SIL->getSubExpr(), Ctx, Depth + 1);
  // `std::string(const char *, const allocator & = allocator())`.
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return isBuiltFromConstants(DA->getExpr(), Ctx, Depth + 1);
  return false;
}

/// `bitset`, `bounded_bitset`, `BitSet`: a set of flags.
bool namesBitSet(StringRef Name) {
  llvm::SmallVector<std::string, 8> Words = splitIdentifier(Name);
  for (size_t I = 0, E = Words.size(); I != E; ++I)
    if (Words[I] == "bitset" || Words[I] == "bitsets" ||
        (Words[I] == "bit" && I + 1 != E &&
         (Words[I + 1] == "set" || Words[I + 1] == "sets")))
      return true;
  return false;
}

/// The type a declaration's name describes: the value, the result, the
/// aliased type.
QualType describedType(const NamedDecl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return FD->getReturnType();
  if (const auto *VD = dyn_cast<ValueDecl>(D))
    return VD->getType();
  if (const auto *TD = dyn_cast<TypedefNameDecl>(D))
    return TD->getUnderlyingType();
  return {};
}

bool isFloatingValue(QualType T) {
  return !T.isNull() && pastPointersAndArrays(T)->isRealFloatingType();
}

bool nameHasWord(StringRef Name, llvm::function_ref<bool(StringRef)> Pred) {
  return llvm::any_of(splitIdentifier(Name),
                      [&](const std::string &W) { return Pred(W); });
}

/// The named records and functions that enclose \p D, innermost first. A
/// namespace ends the search: it names a component (`resource_usage`), not
/// the thing \p D is part of.
llvm::SmallVector<const NamedDecl *, 4> enclosingOwners(const Decl *D) {
  llvm::SmallVector<const NamedDecl *, 4> Owners;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (isa<NamespaceDecl, TranslationUnitDecl>(DC))
      break;
    const NamedDecl *Owner = nullptr;
    if (const auto *RD = dyn_cast<RecordDecl>(DC))
      Owner = nameOfRecord(RD);
    else if (const auto *FD = dyn_cast<FunctionDecl>(DC))
      Owner = FD;
    if (Owner && Owner->getIdentifier())
      Owners.push_back(Owner);
  }
  return Owners;
}

/// The declaration a type's verdict is kept under: a record's definition
/// (a specialisation's template pattern), a typedef's first declaration.
const TypeDecl *verdictKey(const TypeDecl *TD) {
  if (const auto *RD = dyn_cast<RecordDecl>(TD)) {
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      RD = Spec->getSpecializedTemplate()->getTemplatedDecl();
    return RD->getDefinition();
  }
  return cast<TypeDecl>(TD->getCanonicalDecl());
}

/// What kind of declaration \p D is, for the message; \p F's RecordKind
/// for a record.
UnannotatedDataFacts::DeclKind declKind(const NamedDecl *D,
                                        UnannotatedDataFacts &F) {
  using U = UnannotatedDataFacts;
  if (isa<FieldDecl>(D))
    return U::Field;
  if (isa<ParmVarDecl>(D))
    return U::Parameter;
  if (isa<VarDecl>(D))
    return U::Variable;
  if (isa<CXXMethodDecl>(D))
    return U::Method;
  if (isa<FunctionDecl>(D))
    return U::Function;
  if (const auto *RD = dyn_cast<RecordDecl>(D)) {
    F.RecordKind = RD->getKindName().str();
    return U::Record;
  }
  if (isa<TypeAliasDecl>(D))
    return U::TypeAlias;
  if (isa<TypedefDecl>(D))
    return U::Typedef;
  return U::Declaration;
}

} // namespace

UnannotatedDataCheck::UnannotatedDataCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : PrivacyCheck(Name, Context),
      Run(readRunConfig(Context->getOptions().CheckOptions,
                        privacyCheckNames(), Name.str())),
      RawExcludedNames(Options.get("ExcludedNames", "")),
      RawExtraTerms(Options.get("ExtraTerms", "")),
      RawExtraExcludedWords(Options.get("ExtraExcludedWords", "")),
      CheckLocalVariables(Options.get("CheckLocalVariables", false)),
      IgnoreSystemHeaders(Options.get("IgnoreSystemHeaders", true)),
      HeadersShown(headerDiagnosticsShown(*Context)),
      IgnoreMacros(Options.getLocalOrGlobal("IgnoreMacros", true)),
      StrictFieldCategories(Options.get("StrictFieldCategories", true)),
      Vocabulary(NameVocabulary::telecomDefaults()) {
  const ClangTidyOptions &TidyOptions = Context->getOptions();
  if (HeadersShown)
    HeaderFilter =
        std::make_unique<llvm::Regex>(*TidyOptions.HeaderFilterRegex);
  if (!TidyOptions.ExcludeHeaderFilterRegex.value_or("").empty())
    ExcludeHeaderFilter =
        std::make_unique<llvm::Regex>(*TidyOptions.ExcludeHeaderFilterRegex);
  llvm::SmallVector<StringRef, 8> Items;
  StringRef(RawExcludedNames).split(Items, ';', -1, /*KeepEmpty=*/false);
  for (StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    // Anchored: `imsi` excludes the name imsi, not every name containing it.
    RegexProblemFacts Problem;
    std::unique_ptr<llvm::Regex> RE = compileWholeNameRegex(Item, Problem);
    if (!RE) {
      configurationDiag("%0") << excludedNameOptionMessage(
          Item.str(), Name.str(), regexProblemMessage(Problem));
      continue;
    }
    ExcludedNames.push_back(std::move(RE));
  }

  Items.clear();
  StringRef(RawExtraTerms).split(Items, ';', -1, /*KeepEmpty=*/false);
  for (StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    auto [Term, CategoryText] = Item.split('=');
    Term = Term.trim();
    CategoryText = CategoryText.trim();
    std::optional<DataCategory> Category = parseCategoryId(CategoryText);
    if (!Item.contains('=') || !Category) {
      configurationDiag("%0") << extraTermOptionMessage(Item.str(), Name.str(),
                                                        /*NoLetters=*/false);
      continue;
    }
    if (!Vocabulary.addTerm(Term, *Category, Term))
      configurationDiag("%0") << extraTermOptionMessage(Item.str(), Name.str(),
                                                        /*NoLetters=*/true);
  }

  Items.clear();
  StringRef(RawExtraExcludedWords).split(Items, ';', -1, /*KeepEmpty=*/false);
  for (StringRef Item : Items) {
    Item = Item.trim();
    if (Item.empty())
      continue;
    if (!llvm::all_of(Item, llvm::isAlnum)) {
      configurationDiag("%0")
          << extraExcludedWordOptionMessage(Item.str(), Name.str());
      continue;
    }
    Vocabulary.addExcludedWord(Item);
  }
}

void UnannotatedDataCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ExcludedNames", RawExcludedNames);
  Options.store(Opts, "ExtraTerms", RawExtraTerms);
  Options.store(Opts, "ExtraExcludedWords", RawExtraExcludedWords);
  Options.store(Opts, "CheckLocalVariables", CheckLocalVariables);
  Options.store(Opts, "IgnoreSystemHeaders", IgnoreSystemHeaders);
  Options.store(Opts, "IgnoreMacros", IgnoreMacros);
  Options.store(Opts, "StrictFieldCategories", StrictFieldCategories);
}

void UnannotatedDataCheck::registerPPCallbacks(const SourceManager &SM,
                                               Preprocessor *PP,
                                               Preprocessor *) {
  // Kept to ask, when a finding is reported, whether the annotation macro is
  // defined at the declaration: only then is the fix-it offered.
  this->PP = PP;
  if (!Run.ModelDraftDir.empty())
    PP->addPPCallbacks(macroCallCollector(SM, MacroCalls));
}

namespace {
/// The declarations the check evaluates, in source order: fields,
/// variables, parameters, functions, record definitions and typedefs
/// written by the user where clang-tidy shows diagnostics. The check's own
/// walk rather than declaration matchers: MatchFinder's per-node matching
/// cost more than the check, and a function or record that lies wholly in a
/// header nobody sees is skipped with what it contains.
class CandidateWalker : public RecursiveASTVisitor<CandidateWalker> {
  using Base = RecursiveASTVisitor<CandidateWalker>;

public:
  CandidateWalker(UnannotatedDataCheck &Check, const SourceManager &SM,
                  llvm::function_ref<void(const NamedDecl *)> Visit)
      : Check(Check), SM(SM), Visit(Visit) {}
  // As the check's traversal kind says: templates as written, never their
  // instantiations or implicit code.
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (D && isa<FunctionDecl, TagDecl>(D) && !shown(D->getLocation()) &&
        !shown(D->getBeginLoc()) && !shown(D->getEndLoc()))
      return true;
    return Base::TraverseDecl(D);
  }
  bool VisitNamedDecl(NamedDecl *D) {
    const auto *RD = dyn_cast<RecordDecl>(D);
    bool Kind = RD ? RD->isThisDeclarationADefinition()
                   : isa<FieldDecl, VarDecl, FunctionDecl, TypedefNameDecl>(D);
    if (Kind && !D->isImplicit() && shown(D->getLocation()))
      Visit(D);
    return true;
  }

private:
  bool shown(SourceLocation Loc) {
    return Loc.isValid() && Check.isShownPlace(Loc, SM);
  }
  UnannotatedDataCheck &Check;
  const SourceManager &SM;
  llvm::function_ref<void(const NamedDecl *)> Visit;
};
} // namespace

void UnannotatedDataCheck::registerMatchers(MatchFinder *Finder) {
  // The TU: check() walks its declarations (CandidateWalker).
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  if (Run.ModelDraftDir.empty())
    return;
  // A project logging function: variadic, passing its va_list on to a
  // v*printf-like function.
  Finder->addMatcher(
      functionDecl(isDefinition(), isVariadic(),
                   hasBody(hasDescendant(callExpr(callee(functionDecl(
                       hasAnyName("vprintf", "vfprintf", "vsprintf",
                                  "vsnprintf", "vdprintf", "vasprintf",
                                  "vsyslog")))))))
          .bind("vsink"),
      this);
}

void UnannotatedDataCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  SM = Result.SourceManager;
  if (const auto *TU = Result.Nodes.getNodeAs<TranslationUnitDecl>("tu")) {
    Draft.reset(Ctx);
    CandidateWalker(*this, *SM, [&](const NamedDecl *D) {
      if (std::optional<Suggestion> S = evaluate(D))
        report(D, *S);
    }).TraverseDecl(const_cast<TranslationUnitDecl *>(TU));
    return;
  }
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("vsink")) {
    if (!SM->isInSystemHeader(SM->getExpansionLoc(FD->getLocation())))
      Draft.addSinkCandidate(FD, {DraftReasonFacts::PassesVaList, ""},
                             FD->getLocation());
    return;
  }
}

bool UnannotatedDataCheck::isShownPlace(SourceLocation Loc,
                                        const SourceManager &SM) {
  // Declarations come file by file: the last file's range answers most
  // without SourceManager's search for the FileID.
  if (LastShownFile.isValid() && Loc.isFileID() &&
      SM.isInFileID(Loc, LastShownFile))
    return LastShown;
  // The answer is the file's, unless line directives in it name others.
  FileID File = SM.getFileID(SM.getExpansionLoc(Loc));
  auto It = ShownPlaces.find(File);
  if (It != ShownPlaces.end()) {
    LastShownFile = File;
    LastShown = It->second;
    return It->second;
  }
  bool Shown = SM.isInMainFile(Loc) || isShownHeader(Loc, SM);
  bool Invalid = false;
  const SrcMgr::SLocEntry &Entry = SM.getSLocEntry(File, &Invalid);
  if (Loc.isValid() && !Invalid && Entry.isFile() &&
      !Entry.getFile().hasLineDirectives()) {
    ShownPlaces[File] = Shown;
    LastShownFile = File;
    LastShown = Shown;
  }
  return Shown;
}

/// Whether clang-tidy shows a diagnostic at \p Loc outside the main file:
/// its header filter matches the file and its exclude filter does not (as
/// ClangTidyDiagnosticConsumer decides), and the file is no ignored system
/// header.
bool UnannotatedDataCheck::isShownHeader(SourceLocation Loc,
                                         const SourceManager &SM) {
  if (!HeaderFilter)
    return false;
  Loc = SM.getExpansionLoc(Loc);
  if (IgnoreSystemHeaders && SM.isInSystemHeader(Loc))
    return false;
  FileID File = SM.getFileID(Loc);
  auto [It, New] = ShownFiles.try_emplace(File, true);
  if (New)
    if (OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File)) {
      StringRef Name = Entry->getName();
      It->second = HeaderFilter->match(Name) &&
                   !(ExcludeHeaderFilter && ExcludeHeaderFilter->match(Name));
    }
  return It->second;
}

void UnannotatedDataCheck::onStartOfTranslationUnit() {
  TUReport::reset();
  ShownFiles.clear(); // FileIDs are per translation unit
  ShownPlaces.clear();
  LastShownFile = FileID();
  PhysicalLayerFiles.clear();
}

void UnannotatedDataCheck::onEndOfTranslationUnit() {
  TypeVerdicts.clear();
  TypesInProgress.clear();
  TypeFactsOf.clear();
  Holders.clear();
  if (Coverage.EndTranslationUnit)
    Coverage.EndTranslationUnit();
  if (!Ctx)
    return;
  TUReport::of(*Ctx).finish(name(), *TidyContext, *Ctx, Run.SarifOutputDir);
  if (!Run.ModelDraftDir.empty()) {
    Draft.addMacroCalls(*Ctx, MacroCalls);
    MacroCalls.clear();
    EngineOptions Opts = engineOptions(Run, mainFileName(*Ctx));
    Opts.MainFileOnly = true; // wrappers of the main file and their callees
    Draft.addSinkWrappers(sharedAnalysis(*Ctx, Opts));
    if (std::optional<std::string> Error =
            Draft.write(Run.ModelDraftDir, mainFileName(*Ctx)))
      configurationDiag("%0", DiagnosticIDs::Error)
          << modelDraftUnwritableMessage(*Error);
  }
  Ctx = nullptr;
}

std::optional<UnannotatedDataCheck::Suggestion>
UnannotatedDataCheck::evaluate(const NamedDecl *D) {
  if (const auto *TD = dyn_cast<TypeDecl>(D)) {
    // Records are reported at their definition, typedefs at their first
    // declaration; the verdict is shared with the uses of the type.
    if (const auto *TND = dyn_cast<TypedefNameDecl>(TD);
        TND && TND->getCanonicalDecl() != TND)
      return std::nullopt;
    // Only the definition itself, not an explicit specialisation whose
    // verdict is its template's.
    if (verdictKey(TD) != TD || !isReportedTypeDecl(TD))
      return std::nullopt;
    return TypeVerdicts.lookup(TD);
  }
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return evaluateFunction(FD);
  if (const auto *DD = dyn_cast<DeclaratorDecl>(D))
    return evaluateDataDecl(DD);
  return std::nullopt;
}

std::optional<UnannotatedDataCheck::Suggestion>
UnannotatedDataCheck::evaluateDataDecl(const DeclaratorDecl *D) {
  if (!D->getIdentifier())
    return std::nullopt;
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (isa<DecompositionDecl>(VD) || isa<ImplicitParamDecl>(VD))
      return std::nullopt;
    if (const auto *PVD = dyn_cast<ParmVarDecl>(VD)) {
      // Parameters are reported once, on the first declaration of their
      // function; parameters of function types and overrides are not (the
      // overridden function is where to annotate).
      const auto *FD = dyn_cast<FunctionDecl>(PVD->getDeclContext());
      if (!FD || FD->isImplicit() || FD->getCanonicalDecl() != FD)
        return std::nullopt;
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
          MD && MD->size_overridden_methods() > 0)
        return std::nullopt;
    } else {
      if ((VD->isLocalVarDecl() && !VD->isStaticLocal()) ||
          VD->isExceptionVariable())
        if (!CheckLocalVariables)
          return std::nullopt;
      if (VD->getCanonicalDecl() != VD)
        return std::nullopt;
      // Constants are configuration, tags and test values, not data that
      // flows: `static const char TEST_IMSI[] = "001010000000001";`.
      if (VD->isConstexpr())
        return std::nullopt;
      const Expr *Init = VD->getAnyInitializer();
      if (Init && VD->getType().isConstQualified() &&
          isBuiltFromConstants(Init, *Ctx))
        return std::nullopt;
    }
  }
  if (!isReportableLocation(D) || isExcludedName(D) || isLocallyAnnotated(D))
    return std::nullopt;
  if (isNonDataType(D->getType()))
    return std::nullopt;

  TypeFacts Facts = inspectType(D->getType());
  if (Facts.Annotated || Facts.ReportedType)
    return std::nullopt;
  std::optional<Suggestion> S = matchName(D, NameRole::Data);
  if (!S && Facts.NameMatch &&
      !holdsSetOfPlaces(D, *Facts.NameMatch->Term) &&
      !contextExcludes(D, *Facts.NameMatch->Term, /*TypeMatched=*/true))
    S = Facts.NameMatch;
  // A name is a question only about a type that can hold the data: not a
  // `struct cmd_element subscriber_msisdn_cmd` or a list head `g_imsi_ops`.
  if (!S || !Holders.canHold(D->getType()))
    return std::nullopt;
  if (const auto *FD = dyn_cast<FieldDecl>(D);
      FD && isCoveredByEnclosingRecord(FD, S->Category))
    return std::nullopt;
  if (isCoveredByModel(*D))
    return std::nullopt;
  return S;
}

std::optional<UnannotatedDataCheck::Suggestion>
UnannotatedDataCheck::evaluateFunction(const FunctionDecl *FD) {
  if (!FD->getIdentifier() || FD->isMain() || FD->getCanonicalDecl() != FD)
    return std::nullopt;
  if (isa<CXXConstructorDecl, CXXDestructorDecl, CXXConversionDecl,
          CXXDeductionGuideDecl>(FD))
    return std::nullopt;
  if (FD->isFunctionTemplateSpecialization() ||
      FD->getMemberSpecializationInfo())
    return std::nullopt;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->size_overridden_methods() > 0)
    return std::nullopt;
  if (!isReportableLocation(FD) || isExcludedName(FD) || isLocallyAnnotated(FD))
    return std::nullopt;
  QualType Result = FD->getReturnType();
  if (Result->isUndeducedType() || isNonDataType(Result))
    return std::nullopt;
  // The C status-code idiom: `int ogs_supi_to_imsi_bcd(const char *supi,
  // char *imsi_bcd)` and `int16_t build_uli(octet_t *o, uli_t *uli)` return
  // success or a length and write the data through a pointer parameter.
  if (Result.getCanonicalType()->isIntegerType() &&
      llvm::any_of(FD->parameters(), [&](const ParmVarDecl *P) {
        QualType T = P->getType().getNonReferenceType().getCanonicalType();
        bool Output = P->getType()->isReferenceType() || T->isPointerType();
        if (T->isPointerType())
          T = T->getPointeeType();
        if (!Output || T.isConstQualified())
          return false;
        if (P->getIdentifier() && matchWords(P->getName(), NameRole::Data))
          return true;
        const TagDecl *Tag = T->getAsTagDecl();
        const auto *Typedef = P->getType()->getPointeeOrArrayElementType()
                                  ->getAs<TypedefType>();
        const NamedDecl *TypeName =
            Typedef ? static_cast<const NamedDecl *>(Typedef->getDecl()) : Tag;
        return TypeName && TypeName->getIdentifier() &&
               matchWords(TypeName->getName(), NameRole::Data);
      }))
    return std::nullopt;

  // `OpenAPI_uli_change_granularity_ToString(granularity)`: a result made
  // from kinds alone (enums, flags) is a kind too, never personal data.
  if (FD->getNumParams() != 0 &&
      llvm::all_of(FD->parameters(), [](const ParmVarDecl *P) {
        QualType T = P->getType().getNonReferenceType().getCanonicalType();
        return T->isEnumeralType() || T->isBooleanType();
      }))
    return std::nullopt;

  TypeFacts Facts = inspectType(Result);
  if (Facts.Annotated || Facts.ReportedType)
    return std::nullopt;
  std::optional<Suggestion> S = matchName(FD, NameRole::Function);
  if (!S && Facts.NameMatch &&
      !contextExcludes(FD, *Facts.NameMatch->Term, /*TypeMatched=*/true))
    S = Facts.NameMatch;
  if (!S || !Holders.canHold(Result) || isCoveredByModel(*FD))
    return std::nullopt;
  return S;
}

std::optional<UnannotatedDataCheck::Suggestion>
UnannotatedDataCheck::evaluateTypeDecl(const TypeDecl *TD) {
  if (TD->isImplicit() || !TD->getIdentifier())
    return std::nullopt;
  if (const auto *RD = dyn_cast<RecordDecl>(TD)) {
    if (isa<ClassTemplateSpecializationDecl>(RD) || RD->isLambda() ||
        compat::isInjectedClassName(*RD))
      return std::nullopt;
  } else if (!isa<TypedefNameDecl>(TD)) {
    return std::nullopt; // enums: their values are kinds and modes.
  }
  if (!isReportableLocation(TD) || isExcludedName(TD) || isLocallyAnnotated(TD))
    return std::nullopt;
  // A record whose fields are annotated has been classified field by field:
  // annotating the record as a whole would blur that (a CDR holds
  // subscriber ids, traffic and location data side by side).
  if (const auto *RD = dyn_cast<RecordDecl>(TD))
    if (const RecordDecl *Def = RD->getDefinition())
      if (llvm::any_of(Def->fields(), [](const FieldDecl *F) {
            return anyRedeclHasPrivacyAttr(F);
          }))
        return std::nullopt;
  // An object with behaviour or a mere link is not the data, whatever its
  // name: `struct imsi_op { struct llist_head list; char imsi[17]; struct
  // osmo_timer_list timer; }` - its `imsi` field is.
  if (const auto *RD = dyn_cast<RecordDecl>(TD); RD && !Holders.canHold(RD))
    return std::nullopt;
  if (const auto *TND = dyn_cast<TypedefNameDecl>(TD)) {
    QualType Underlying = TND->getUnderlyingType();
    if (isNonDataType(Underlying) || !Holders.canHold(Underlying))
      return std::nullopt;
    // `typedef struct cell_id cell_id_t;` is covered by the struct.
    TypeFacts Facts = inspectType(Underlying);
    if (Facts.Annotated || Facts.ReportedType)
      return std::nullopt;
  }
  std::optional<Suggestion> S = matchName(TD, NameRole::Data);
  if (!S || isCoveredByModel(*TD))
    return std::nullopt;
  return S;
}

bool UnannotatedDataCheck::isReportedTypeDecl(const TypeDecl *TD) {
  const TypeDecl *Key = verdictKey(TD);
  if (!Key)
    return false;
  if (auto It = TypeVerdicts.find(Key); It != TypeVerdicts.end())
    return It->second.has_value();
  if (!TypesInProgress.try_emplace(Key, true).second)
    return false;
  std::optional<Suggestion> Verdict = evaluateTypeDecl(Key);
  TypesInProgress.erase(Key);
  TypeVerdicts[Key] = Verdict;
  return Verdict.has_value();
}

std::optional<UnannotatedDataCheck::Suggestion>
UnannotatedDataCheck::matchName(const NamedDecl *D, NameRole Role) {
  if (!D->getIdentifier())
    return std::nullopt;
  const std::optional<NameMatch> &M = matchWords(D->getName(), Role);
  if (!M || !contextAllows(D, *M) || !fitsDeclaration(D, *M))
    return std::nullopt;
  return Suggestion{M->Term->Category, M->Term->Label, nullptr, M->Term};
}

bool UnannotatedDataCheck::fitsDeclaration(const NamedDecl *D,
                                           const NameMatch &M) const {
  const NameTerm &Term = *M.Term;
  QualType Described = describedType(D);
  // `uint8_t serving_cell_id`, `std::optional<uint8_t>`, `unsigned id : 5`:
  // too narrow for the data, so an index or a local code.
  if (Term.MinIntegerBits) {
    std::optional<uint64_t> Bits;
    if (const auto *FD = dyn_cast<FieldDecl>(D);
        FD && FD->isBitField() && !FD->getBitWidth()->isValueDependent())
      Bits = compat::bitWidthValue(*FD, *Ctx);
    else if (QualType Held = heldValueType(Described);
             !Held.isNull() && !Held->isDependentType() &&
             Held->isIntegerType())
      Bits = Ctx->getTypeSize(Held);
    if (Bits && *Bits < Term.MinIntegerBits)
      return false;
  }
  // A set of flags is never the content of a communication: the HARQ-ACK
  // bits of `std::bitset<1706> payload`.
  if (Term.Category == DataCategory::Content && !Described.isNull() &&
      isBitSetType(Described))
    return false;
  // Content is the message's bytes: a single number named `payload` is its
  // size (`unsigned get_mac_sdu_subheader_size(unsigned payload)`).
  bool Number = isNumberValue(Described);
  if (Term.Category == DataCategory::Content && Number)
    return false;
  // `ind` is a 3GPP layer-3 indication, a message that may carry the data
  // (`struct gsm48_imsi_detach_ind`), but on a single number an indicator
  // (`int preferred_tai_match_ind`).
  if (Number)
    for (unsigned I = 0, E = M.Words.size(); I != E; ++I)
      if ((I < M.Begin || I >= M.End) && M.Words[I] == "ind")
        return false;
  return !holdsSetOfPlaces(D, Term) &&
         !contextExcludes(D, Term, /*TypeMatched=*/false);
}

bool UnannotatedDataCheck::inPhysicalLayerCode(const Decl *D) const {
  SourceLocation Loc = SM->getExpansionLoc(D->getLocation());
  FileID File = SM->getFileID(Loc);
  auto [It, New] = PhysicalLayerFiles.try_emplace(File, false);
  if (New)
    if (OptionalFileEntryRef Entry = SM->getFileEntryRefForID(File)) {
      StringRef Dir = llvm::sys::path::parent_path(Entry->getName());
      It->second = llvm::any_of(
          llvm::make_range(llvm::sys::path::begin(Dir),
                           llvm::sys::path::end(Dir)),
          NameVocabulary::isPhysicalLayerDirectory);
    }
  return It->second;
}

/// Whether \p RD is a range: it has begin() and end(), as a range-for
/// needs (looked up in the template it instantiates when the specialisation
/// is only named, and in its bases).
static bool isRangeRecord(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
      Spec && !Spec->hasDefinition())
    RD = Spec->getSpecializedTemplate()->getTemplatedDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  bool Begin = false, End = false;
  auto Scan = [&](const CXXRecordDecl *R) {
    for (const CXXMethodDecl *M : R->methods())
      if (M->getIdentifier()) {
        Begin |= M->getName() == "begin";
        End |= M->getName() == "end";
      }
  };
  Scan(RD->getDefinition());
  RD->getDefinition()->forallBases([&](const CXXRecordDecl *Base) {
    Scan(Base);
    return true;
  });
  return Begin && End;
}

bool UnannotatedDataCheck::holdsSetOfPlaces(const NamedDecl *D,
                                            const NameTerm &Term) const {
  if (!Term.OnePlace)
    return false;
  // A record named for a place that lists such places (an NTN cell's TAC
  // list, a TAI with its cells, TAIs with a weight) is an area.
  const RecordDecl *RD = dyn_cast<RecordDecl>(D);
  QualType Described = describedType(D);
  if (!RD && !Described.isNull())
    RD = pastPointersAndArrays(Described)->getAsRecordDecl();
  if (RD && RD->getDefinition() &&
      llvm::any_of(RD->getDefinition()->fields(), [](const FieldDecl *F) {
        return F->getIdentifier() &&
               nameHasWord(F->getName(), NameVocabulary::isCollectionWord);
      }))
    return true;
  if (Described.isNull())
    return false;
  // An array, or a range whose first template argument is the element (a
  // `std::vector<tai_s>`, generated ASN.1's `dyn_array<tai_s>`; not a
  // `std::string`, whose element is a character).
  QualType Element;
  if (const ArrayType *AT =
          Ctx->getAsArrayType(Described.getNonReferenceType())) {
    Element = AT->getElementType();
  } else if (const auto *Spec =
                 dyn_cast_or_null<ClassTemplateSpecializationDecl>(
                     Described.getNonReferenceType()->getAsCXXRecordDecl());
             Spec && isRangeRecord(Spec)) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return false;
    Element = Args[0].getAsType();
  } else {
    return false;
  }
  Element = Element.getCanonicalType();
  if (Element->isDependentType())
    return false;
  return Element->isRecordType() ||
         (Element->isIntegerType() && !Element->isAnyCharacterType() &&
          Ctx->getTypeSize(Element) >= Term.MinIntegerBits);
}

bool UnannotatedDataCheck::contextExcludes(const NamedDecl *D,
                                           const NameTerm &Term,
                                           bool TypeMatched) const {
  // The latitude of a `struct gnb_antenna` or an `orbital_elements` record
  // locates the network.
  if (Term.Category == DataCategory::Location && inPhysicalLayerCode(D))
    return true;
  // No early return on a term without exclusions of its own: a network
  // function's profile excludes every term (NameVocabulary::ownerExcludes).
  if (TypeMatched && D->getIdentifier() &&
      NameVocabulary::ownerExcludes(Term, splitIdentifier(D->getName())))
    return true;
  return llvm::any_of(enclosingOwners(D), [&](const NamedDecl *Owner) {
    return NameVocabulary::ownerExcludes(Term,
                                         splitIdentifier(Owner->getName()));
  });
}

bool UnannotatedDataCheck::isBitSetType(QualType T) const {
  // Every name the type goes by: `dci_payload` -> `std::bitset<140>`.
  unsigned Budget = 32;
  while (!T.isNull() && Budget--) {
    const Type *Ty = T.getTypePtr();
    const NamedDecl *Named = nullptr;
    if (const auto *TT = dyn_cast<TypedefType>(Ty))
      Named = TT->getDecl();
    else if (const auto *TST = dyn_cast<TemplateSpecializationType>(Ty))
      Named = TST->getTemplateName().getAsTemplateDecl();
    else if (const auto *Tag = dyn_cast<TagType>(Ty))
      Named = Tag->getDecl();
    if (Named && Named->getIdentifier() && namesBitSet(Named->getName()))
      return true;
    if (const auto *RT = dyn_cast<ReferenceType>(Ty)) {
      T = RT->getPointeeType();
      continue;
    }
    if (const auto *AT = dyn_cast<ArrayType>(Ty)) {
      T = AT->getElementType();
      continue;
    }
    if (isa<TagType>(Ty)) {
      // std::optional<std::bitset<8>>: the wrapped value.
      QualType Held = heldValueType(T);
      if (Held == T.getCanonicalType())
        return false;
      T = Held;
      continue;
    }
    QualType Next = T.getSingleStepDesugaredType(*Ctx);
    if (Next == T)
      return false;
    T = Next;
  }
  return false;
}

bool UnannotatedDataCheck::contextAllows(const NamedDecl *D,
                                         const NameMatch &M) const {
  switch (M.Term->Context) {
  case TermContext::None:
    return true;
  case TermContext::Coordinate: {
    StringRef Own = M.Words[M.Begin];
    auto IsPartner = [&](StringRef W) {
      return W != Own && NameVocabulary::isCoordinateWord(W);
    };
    // `lat_lon`, `double lat`, or `lat` beside a sibling `lon`.
    if (llvm::any_of(M.Words, IsPartner) || isFloatingValue(describedType(D)))
      return true;
    auto SiblingHasPartner = [&](const NamedDecl *Sibling) {
      return Sibling != D && Sibling->getIdentifier() &&
             nameHasWord(Sibling->getName(), IsPartner);
    };
    if (const auto *FD = dyn_cast<FieldDecl>(D))
      return llvm::any_of(FD->getParent()->fields(), SiblingHasPartner);
    if (const auto *PVD = dyn_cast<ParmVarDecl>(D))
      if (const auto *Fn = dyn_cast<FunctionDecl>(PVD->getDeclContext()))
        return llvm::any_of(Fn->parameters(), SiblingHasPartner);
    return false;
  }
  case TermContext::Traffic: {
    // `duration` counts in a call, session or CDR: the enclosing record for
    // a field, the function for a parameter or local, the class for a
    // method.
    // A namespace is no context: `resource_usage` measures CPU time.
    const NamedDecl *Context = nullptr;
    const DeclContext *DC = D->getDeclContext();
    if (const auto *RD = dyn_cast<RecordDecl>(DC))
      Context = nameOfRecord(RD);
    else if (const auto *Fn = dyn_cast<FunctionDecl>(DC))
      Context = Fn;
    if (!Context || !Context->getIdentifier())
      return false;
    if (nameHasWord(Context->getName(), NameVocabulary::isTrafficContextWord))
      return true;
    const std::optional<NameMatch> &ContextMatch =
        matchWords(Context->getName(), NameRole::Data);
    return ContextMatch && ContextMatch->Term->Context == TermContext::None &&
           ContextMatch->Term->Category == DataCategory::Traffic;
  }
  }
  return false;
}

const std::optional<NameMatch> &
UnannotatedDataCheck::matchWords(StringRef Name, NameRole Role) const {
  // Half the names of a TU recur (`supi`, `type`, `len` in many records).
  auto [It, New] = NameMatches[static_cast<unsigned>(Role)].try_emplace(Name);
  if (New)
    It->second = Vocabulary.match(Name, Role);
  return It->second;
}

UnannotatedDataCheck::TypeFacts UnannotatedDataCheck::inspectType(QualType T) {
  // Many declarations share a type. Only an answer computed outside a type
  // verdict in progress is final (a cycle is cut there), so only those are
  // kept.
  if (!TypesInProgress.empty())
    return inspectTypeUncached(T);
  auto It = TypeFactsOf.find(T.getAsOpaquePtr());
  if (It != TypeFactsOf.end())
    return It->second;
  TypeFacts Facts = inspectTypeUncached(T);
  TypeFactsOf[T.getAsOpaquePtr()] = Facts;
  return Facts;
}

UnannotatedDataCheck::TypeFacts
UnannotatedDataCheck::inspectTypeUncached(QualType T) {
  TypeFacts Facts;
  llvm::SmallVector<QualType, 4> Work{T};
  // Type chains are short; the bound only guards against pathological
  // template nesting.
  unsigned Budget = 128;
  while (!Work.empty() && Budget) {
    QualType Q = Work.pop_back_val();
    while (!Q.isNull() && Budget--) {
      const Type *Ty = Q.getTypePtr();
      const TypeDecl *Named = nullptr;
      if (const auto *TT = dyn_cast<TypedefType>(Ty))
        Named = TT->getDecl();
      else if (const auto *Tag = dyn_cast<TagType>(Ty))
        Named = Tag->getDecl();
      else if (const auto *TST = dyn_cast<TemplateSpecializationType>(Ty);
               TST && TST->isTypeAlias())
        if (const auto *Alias = dyn_cast_or_null<TypeAliasTemplateDecl>(
                TST->getTemplateName().getAsTemplateDecl()))
          Named = Alias->getTemplatedDecl();

      if (Named) {
        bool Annotated = anyRedeclHasPrivacyAttr(Named) ||
                         isCoveredByModel(*Named);
        if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Named))
          Annotated = Annotated ||
                      anyRedeclHasPrivacyAttr(
                          Spec->getSpecializedTemplate()->getTemplatedDecl());
        if (const auto *RD = dyn_cast<RecordDecl>(Named);
            RD && !RD->getIdentifier())
          if (const TypedefNameDecl *Name = RD->getTypedefNameForAnonDecl())
            Annotated = Annotated || anyRedeclHasPrivacyAttr(Name);
        // A record classified field by field covers its values: a
        // `const CallDetailRecord &cdr` parameter is already described.
        if (const auto *RD = dyn_cast<RecordDecl>(Named))
          if (const RecordDecl *Def = RD->getDefinition())
            Annotated = Annotated ||
                        llvm::any_of(Def->fields(), [](const FieldDecl *F) {
                          return anyRedeclHasPrivacyAttr(F);
                        });
        if (Annotated) {
          Facts.Annotated = true;
          return Facts;
        }
        if (isReportedTypeDecl(Named)) {
          Facts.ReportedType = true;
          return Facts;
        }
        // A type from outside the project (a library's `osmo_lai`) cannot
        // be reported itself, so its name speaks for the declaration.
        if (!Facts.NameMatch && !isReportableLocation(Named) &&
            !isExcludedName(Named))
          if (std::optional<Suggestion> S = matchName(Named, NameRole::Data)) {
            S->MatchedType = Named;
            Facts.NameMatch = S;
          }
      }

      // std containers and smart pointers hold what their arguments say;
      // the arguments as written keep typedefs such as `imsi_t`, those of
      // the specialisation are canonical.
      if (const auto *TST = dyn_cast<TemplateSpecializationType>(Ty);
          TST && !TST->isTypeAlias())
        if (const TemplateDecl *Template =
                TST->getTemplateName().getAsTemplateDecl();
            Template && Template->isInStdNamespace())
          for (const TemplateArgument &Arg : TST->template_arguments())
            if (Arg.getKind() == TemplateArgument::Type)
              Work.push_back(Arg.getAsType());
      if (const auto *Tag = dyn_cast<TagType>(Ty)) {
        if (const auto *Spec =
                dyn_cast<ClassTemplateSpecializationDecl>(Tag->getDecl());
            Spec && Spec->isInStdNamespace())
          for (const TemplateArgument &Arg :
               Spec->getTemplateArgs().asArray())
            if (Arg.getKind() == TemplateArgument::Type)
              Work.push_back(Arg.getAsType());
        break;
      }
      if (const auto *PT = dyn_cast<PointerType>(Ty))
        Q = PT->getPointeeType();
      else if (const auto *RT = dyn_cast<ReferenceType>(Ty))
        Q = RT->getPointeeType();
      else if (const auto *AT = dyn_cast<ArrayType>(Ty))
        Q = AT->getElementType();
      else if (const auto *TT = dyn_cast<TypedefType>(Ty))
        Q = TT->desugar();
      else {
        QualType Next = Q.getSingleStepDesugaredType(*Ctx);
        if (Next == Q)
          break;
        Q = Next;
      }
    }
  }
  return Facts;
}

bool UnannotatedDataCheck::isCoveredByEnclosingRecord(const FieldDecl *FD,
                                                      DataCategory C) {
  for (const DeclContext *DC = FD->getDeclContext(); DC;
       DC = DC->getParent()) {
    const auto *RD = dyn_cast<RecordDecl>(DC);
    if (!RD)
      break;
    const NamedDecl *Name = nameOfRecord(RD);
    llvm::SmallVector<DataCategory, 2> Categories;
    bool Annotated = collectCategories(RD, Categories);
    if (Name && Name != RD)
      Annotated |= collectCategories(Name, Categories);
    // A record annotated as traffic data does not make its cell id
    // traffic data: Tw art. 11.5a treats location data separately, so with
    // StrictFieldCategories only a record of the same category covers it.
    if (Annotated)
      return !StrictFieldCategories || Categories.empty() ||
             llvm::is_contained(Categories, C);
    if (isCoveredByModel(*RD) || (Name && isCoveredByModel(*Name)))
      return true;
    const TypeDecl *Reported = Name ? dyn_cast<TypeDecl>(Name) : nullptr;
    if (Reported && isReportedTypeDecl(Reported)) {
      std::optional<Suggestion> Verdict =
          TypeVerdicts.lookup(verdictKey(Reported));
      return !StrictFieldCategories || (Verdict && Verdict->Category == C);
    }
  }
  return false;
}

bool UnannotatedDataCheck::isReportableLocation(const Decl *D) const {
  SourceLocation Loc = D->getLocation();
  if (Loc.isInvalid())
    return false;
  if (Loc.isMacroID()) {
    // A name written as a macro argument in the main file is the user's;
    // names produced inside macro bodies or by token pasting are not.
    SourceLocation Spelling = SM->getSpellingLoc(Loc);
    if (SM->isWrittenInScratchSpace(Spelling))
      return false;
    if (IgnoreMacros && !SM->isWrittenInMainFile(Spelling))
      return false;
    if (IgnoreSystemHeaders && SM->isInSystemHeader(SM->getExpansionLoc(Loc)))
      return false;
    Loc = Spelling;
  }
  if (IgnoreSystemHeaders && SM->isInSystemHeader(Loc))
    return false;
  return SM->getFileEntryRefForID(SM->getFileID(Loc)).has_value();
}

bool UnannotatedDataCheck::isExcludedName(const NamedDecl *D) const {
  if (ExcludedNames.empty() || !D->getIdentifier())
    return false;
  std::string Qualified = D->getQualifiedNameAsString();
  return llvm::any_of(ExcludedNames, [&](const auto &RE) {
    return RE->match(D->getName()) || RE->match(Qualified);
  });
}

bool UnannotatedDataCheck::isLocallyAnnotated(const NamedDecl *D) const {
  if (anyRedeclHasPrivacyAttr(D))
    return true;
  const auto *PVD = dyn_cast<ParmVarDecl>(D);
  if (!PVD)
    return false;
  const auto *FD = dyn_cast<FunctionDecl>(PVD->getDeclContext());
  if (!FD)
    return false;
  // A function the developer already modelled (a sink, an anonymiser, a
  // consent check) has been looked at; and a parameter annotation on any
  // redeclaration counts.
  if (anyRedeclHasPrivacyAttr(FD))
    return true;
  unsigned Index = PVD->getFunctionScopeIndex();
  return llvm::any_of(FD->redecls(), [&](const FunctionDecl *R) {
    return Index < R->getNumParams() && hasPrivacyAttr(R->getParamDecl(Index));
  });
}

void UnannotatedDataCheck::report(const NamedDecl *D, const Suggestion &S) {
  StringRef Macro = categoryMacro(S.Category);
  std::optional<FixItHint> Fix = makeFixIt(D, S);
  // The text once, for the diagnostic and the SARIF report alike; names
  // as Clang prints a NamedDecl argument.
  auto Printed = [&](const NamedDecl *N) {
    std::string Name;
    llvm::raw_string_ostream OS(Name);
    N->getNameForDiagnostic(OS, Ctx->getPrintingPolicy(), false);
    return OS.str();
  };
  UnannotatedDataFacts F;
  F.Kind = declKind(D, F);
  F.Name = Printed(D);
  if (S.MatchedType)
    F.MatchedType = Printed(S.MatchedType);
  F.CategoryId = categoryId(S.Category).str();
  F.Label = S.Label;
  F.Macro = Macro.str();
  std::string Message = unannotatedDataMessage(F);
  auto Diag = diag(D->getLocation(), "%0") << Message;
  if (Fix)
    Diag << *Fix;
  if (!Run.SarifOutputDir.empty())
    TUReport::of(*Ctx).add(
        messageRecord(*Ctx, name().str(), D->getLocation(), Message));
  if (!Run.ModelDraftDir.empty())
    Draft.addDeclaration(D, categoryId(S.Category));
}

std::optional<FixItHint>
UnannotatedDataCheck::makeFixIt(const NamedDecl *D, const Suggestion &S) const {
  StringRef Macro = categoryMacro(S.Category);
  const LangOptions &LangOpts = Ctx->getLangOpts();
  SourceLocation Loc;
  std::string Text;

  if (isa<RecordDecl>(D)) {
    // struct PRIVACY_LOCATION_DATA CellGlobalId { ... };
    Loc = D->getLocation();
    Text = (Macro + " ").str();
  } else if (const auto *Alias = dyn_cast<TypeAliasDecl>(D)) {
    // using Msisdn PRIVACY_SUBSCRIBER_ID = std::string; (the attribute is
    // dropped when written after the '=').
    if (Alias->getLocation().isMacroID())
      return std::nullopt;
    Loc = Lexer::getLocForEndOfToken(Alias->getLocation(), 0, *SM, LangOpts);
    Text = (" " + Macro).str();
  } else if (const auto *Typedef = dyn_cast<TypedefDecl>(D)) {
    // typedef PRIVACY_SUBSCRIBER_ID uint64_t imsi_t;
    SourceLocation Begin = Typedef->getBeginLoc();
    Token Tok;
    if (Begin.isMacroID() ||
        Lexer::getRawToken(Begin, Tok, *SM, LangOpts,
                           /*IgnoreWhiteSpace=*/true) ||
        !Tok.is(tok::raw_identifier) || Tok.getRawIdentifier() != "typedef")
      return std::nullopt;
    Loc = Tok.getEndLoc();
    Text = (" " + Macro).str();
  } else if (const auto *DD = dyn_cast<DeclaratorDecl>(D)) {
    // PRIVACY_SUBSCRIBER_ID static const char *imsi; the GNU attribute may
    // precede the storage class and qualifiers, and then applies to the
    // declarator - to every declarator of the statement, so a group such as
    // `uint64_t imsi, count;` gets no fix-it.
    Loc = DD->getInnerLocStart();
    auto SharesSpecifiers = [&](const Decl *Other) {
      return Other && Other != DD && Other->getBeginLoc() == DD->getBeginLoc();
    };
    if (!isa<ParmVarDecl>(DD)) {
      // The declarators of one statement are neighbours in their context:
      // only those two can share the specifiers (a file scope holds
      // thousands of declarations; their source ranges are not cheap).
      const Decl *Prev = nullptr;
      for (const Decl *Other : DD->getDeclContext()->decls()) {
        if (Other == DD)
          break;
        Prev = Other;
      }
      if (SharesSpecifiers(Prev) ||
          SharesSpecifiers(DD->getNextDeclInContext()))
        return std::nullopt;
      if (const auto *VD = dyn_cast<VarDecl>(DD); VD && VD->isLocalVarDecl())
        for (const DynTypedNode &Parent : Ctx->getParents(*VD))
          if (const auto *DS = Parent.get<DeclStmt>();
              DS && !DS->isSingleDecl())
            return std::nullopt;
    }
    Text = (Macro + " ").str();
  } else {
    return std::nullopt;
  }

  if (Loc.isInvalid() || Loc.isMacroID() || !isMacroUsableAt(Macro, Loc))
    return std::nullopt;
  return FixItHint::CreateInsertion(Loc, Text);
}

bool UnannotatedDataCheck::isMacroUsableAt(StringRef Macro,
                                           SourceLocation Loc) const {
  // The fix-it must compile where it lands: the macro has to be defined
  // (privacy/annotations.h included) before this point of the translation
  // unit, not merely somewhere in it.
  if (!PP)
    return false;
  const IdentifierInfo *II = PP->getIdentifierInfo(Macro);
  if (!II || !II->hadMacroDefinition())
    return false;
  return static_cast<bool>(PP->getMacroDefinitionAtLoc(II, Loc));
}

} // namespace clang::tidy::privacy
