//===--- Models.cpp - What functions and declarations mean --------------===//

#include "Models.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "support/EmbeddedData.h"
#include "support/JsonSyntax.h"
#include "support/JsonDepth.h"
#include "WholeNameRegex.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <limits>
#include <mutex>
#include <nlohmann/json.hpp>

namespace clang::tidy::privacy {

bool ArgSelector::contains(int Index) const {
  if (From >= 0 && Index >= From)
    return true;
  return llvm::is_contained(Indexes, Index);
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

/// For each top-level alternative of the extended regular expression \p RE,
/// what every name it matches contains: each literal run outside groups
/// (`strto(l|ll)|atof`: strto; atof), and one of the literals of a group of
/// plain alternatives that is not optional (`OpenAPI_[A-Za-z0-9_]+::(supi|
/// gpsi)`: OpenAPI_, ::, and supi or gpsi). None when an alternative has no
/// such requirement or the expression escapes characters. A name without
/// them cannot match, and testing that is far cheaper than
/// llvm::Regex::match.
static std::optional<std::vector<std::vector<std::vector<std::string>>>>
requiredLiterals(llvm::StringRef RE) {
  if (RE.contains('\\'))
    return std::nullopt;
  std::vector<std::vector<std::vector<std::string>>> Alternatives(1);
  std::string Run;
  int Depth = 0;
  size_t GroupStart = 0; // of the outermost group open
  bool InBound = false;  // inside `{m,n}`: counts, not text
  auto EndRun = [&](bool Quantified) {
    if (Quantified && !Run.empty())
      Run.pop_back(); // `ab?`: only `a` is required
    if (!Run.empty())
      Alternatives.back().push_back({Run});
    Run.clear();
  };
  for (size_t I = 0; I < RE.size(); ++I) {
    char C = RE[I];
    if (InBound) {
      InBound = C != '}';
      continue;
    }
    if (C == '[') {
      EndRun(false);
      I = bracketEnd(RE, I); // WholeNameRegex.h: one reading of brackets
      if (I >= RE.size())
        return std::nullopt;
      continue;
    }
    if (!llvm::StringRef(".()*+?{}|^$").contains(C)) {
      if (Depth == 0)
        Run += C;
      continue;
    }
    EndRun(llvm::StringRef("*+?{").contains(C));
    InBound = C == '{';
    if (C == '(' && Depth++ == 0) {
      GroupStart = I;
    } else if (C == ')' && --Depth == 0) {
      // A group of plain alternatives, not optional, puts one of them in
      // every match.
      llvm::StringRef Body = RE.slice(GroupStart + 1, I);
      bool Optional = I + 1 < RE.size() && llvm::StringRef("*?{").contains(
                                                 RE[I + 1]);
      if (!Optional &&
          Body.find_first_of(".()[]*+?{}^$") == llvm::StringRef::npos) {
        llvm::SmallVector<llvm::StringRef, 8> Options;
        Body.split(Options, '|');
        if (llvm::none_of(Options,
                          [](llvm::StringRef O) { return O.empty(); })) {
          std::vector<std::string> Set;
          for (llvm::StringRef O : Options)
            Set.push_back(O.str());
          Alternatives.back().push_back(std::move(Set));
        }
      }
    } else if (C == '|' && Depth == 0) {
      Alternatives.emplace_back();
    }
    if (Depth < 0)
      return std::nullopt;
  }
  EndRun(false);
  if (Depth != 0 || llvm::any_of(Alternatives, [](const auto &A) {
        return A.empty();
      }))
    return std::nullopt;
  return Alternatives;
}

bool NamePattern::compile(llvm::StringRef T, ModelProblemFacts &Problem) {
  Text = T.str();
  if (T.consume_front("re:")) {
    IsRegex = true;
    RegexProblemFacts E;
    Re = compileWholeNameRegex(T, E);
    if (!Re) {
      if (E.BackReferenceNine)
        Problem = {ModelProblemFacts::RegexBackReferenceNine, {T.str()}};
      else
        Problem = {ModelProblemFacts::InvalidRegex, {T.str(), E.RegexError}};
      return false;
    }
    if (auto Literals = requiredLiterals(T))
      Required = std::make_shared<
          const std::vector<std::vector<std::vector<std::string>>>>(
          std::move(*Literals));
    return true;
  }
  if (T.empty()) {
    Problem = {ModelProblemFacts::EmptyName, {}};
    return false;
  }
  return true;
}

static bool globMatch(llvm::StringRef P, llvm::StringRef S) {
  // Iterative '*' matching with backtracking to the last star.
  size_t PI = 0, SI = 0, Star = llvm::StringRef::npos, Mark = 0;
  while (SI < S.size()) {
    if (PI < P.size() && P[PI] == '*') {
      Star = PI++;
      Mark = SI;
    } else if (PI < P.size() && P[PI] == S[SI]) {
      ++PI;
      ++SI;
    } else if (Star != llvm::StringRef::npos) {
      PI = Star + 1;
      SI = ++Mark;
    } else {
      return false;
    }
  }
  while (PI < P.size() && P[PI] == '*')
    ++PI;
  return PI == P.size();
}

bool NamePattern::matches(llvm::StringRef Name) const {
  if (IsRegex) {
    auto Contains = [&](const std::string &L) { return Name.contains(L); };
    auto HasAll = [&](const std::vector<std::vector<std::string>> &Needs) {
      return llvm::all_of(Needs, [&](const std::vector<std::string> &OneOf) {
        return llvm::any_of(OneOf, Contains);
      });
    };
    if (Required && llvm::none_of(*Required, HasAll))
      return false;
    return Re->match(Name);
  }
  return globMatch(Text, Name);
}

std::string modelName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Parts;
  Parts.push_back(D->getNameAsString());
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getNameAsString());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
        Parts.push_back(Spec->getSpecializedTemplate()->getNameAsString());
      else if (RD->getIdentifier())
        Parts.push_back(RD->getNameAsString());
    } else if (isa<FunctionDecl>(DC) || isa<LinkageSpecDecl>(DC) ||
               isa<TranslationUnitDecl>(DC)) {
      if (isa<FunctionDecl>(DC))
        break;
    }
  }
  std::string R;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!R.empty())
      R += "::";
    R += *It;
  }
  return R;
}

namespace {
class TypedefFinder : public RecursiveASTVisitor<TypedefFinder> {
public:
  TypedefIndex Index;
  // A model cannot name a typedef local to a function body; the bodies are
  // most of a TU.
  bool TraverseStmt(Stmt *) { return true; }
  // A typedef is a member of a declaration context, never part of a type
  // (what a type holds that declares one, `typeof(({...}))`, is a
  // statement): the types of the TU's declarations need no walk.
  // Variadic: LLVM 22 adds a `TraverseQualifier` argument.
  template <typename... Rest> bool TraverseType(QualType, Rest...) {
    return true;
  }
  template <typename... Rest> bool TraverseTypeLoc(TypeLoc, Rest...) {
    return true;
  }
  bool VisitTypedefNameDecl(TypedefNameDecl *TD) {
    QualType T = TD->getUnderlyingType();
    // A pointer typedef names its struct too: `typedef struct { ... }
    // *ue_ptr_t;` has no other name.
    if (T->isPointerType())
      T = T->getPointeeType();
    if (const auto *RT = T->getAs<RecordType>()) {
      const auto *RD = cast<RecordDecl>(RT->getDecl()->getCanonicalDecl());
      // Not its own name (the tag, the typedef of an anonymous struct),
      // nor a name twice (C11 repeats typedefs).
      const TypedefNameDecl *Own = RD->getTypedefNameForAnonDecl();
      std::string Name = TD->getNameAsString();
      if (Name == (Own ? Own->getNameAsString() : RD->getNameAsString()))
        return true;
      auto &Names = Index[RD];
      if (!llvm::is_contained(Names, Name))
        Names.push_back(std::move(Name));
    }
    return true;
  }
};
} // namespace

TypedefIndex buildTypedefIndex(ASTContext &Ctx) {
  TypedefFinder F;
  // C declares a model-nameable typedef at file scope only: no walk.
  if (!Ctx.getLangOpts().CPlusPlus) {
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (auto *TD = dyn_cast<TypedefNameDecl>(D))
        F.VisitTypedefNameDecl(TD);
    return std::move(F.Index);
  }
  F.TraverseDecl(Ctx.getTranslationUnitDecl());
  return std::move(F.Index);
}

/// The names one level of a declaration's context may be written as; an
/// empty string stands for "left out".
static llvm::SmallVector<std::string, 2>
contextSegments(const RecordDecl *RD, const TypedefIndex *Aliases) {
  llvm::SmallVector<std::string, 2> Out;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
    Out.push_back(Spec->getSpecializedTemplate()->getNameAsString());
    return Out;
  }
  if (RD->getIdentifier()) {
    Out.push_back(RD->getNameAsString());
  } else if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl()) {
    // typedef struct { ... } emm_ctx_t;
    Out.push_back("");
    Out.push_back(TD->getNameAsString());
  } else {
    Out.push_back("");
    // struct ue_s { struct { ... } saved; }: ue_s::saved::tai too.
    if (const auto *Parent = dyn_cast<RecordDecl>(RD->getParent()))
      for (const FieldDecl *F : Parent->fields())
        if (F->getIdentifier() && F->getType()->getAsRecordDecl() == RD)
          Out.push_back(F->getNameAsString());
  }
  // Its other typedefs: `typedef struct ue_s ue_t;`, `typedef struct { ... }
  // *ue_ptr_t;`.
  if (Aliases) {
    auto It = Aliases->find(cast<RecordDecl>(RD->getCanonicalDecl()));
    if (It != Aliases->end())
      Out.append(It->second.begin(), It->second.end());
  }
  return Out;
}

std::vector<std::string> modelNames(const NamedDecl *D,
                                    const TypedefIndex *Aliases) {
  // Qualified names, innermost segment first; the first is modelName().
  std::vector<std::vector<std::string>> Names = {{D->getNameAsString()}};
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    llvm::SmallVector<std::string, 2> Segments;
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Segments.push_back(NS->getNameAsString());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Segments = contextSegments(RD, Aliases);
    } else if (isa<FunctionDecl>(DC)) {
      break;
    } else {
      continue;
    }
    std::vector<std::vector<std::string>> Next;
    for (const auto &N : Names)
      for (const std::string &S : Segments) {
        if (Next.size() >= 8) // a bound: C idioms need a few, not all
          break;
        Next.push_back(N);
        if (!S.empty())
          Next.back().push_back(S);
      }
    Names = std::move(Next);
  }
  std::vector<std::string> Out;
  for (const auto &N : Names) {
    std::string R;
    for (auto It = N.rbegin(); It != N.rend(); ++It)
      R += (R.empty() ? "" : "::") + *It;
    if (!llvm::is_contained(Out, R))
      Out.push_back(R);
  }
  return Out;
}

std::vector<std::string> recordTypeNames(const RecordDecl *RD,
                                         const TypedefIndex *Aliases) {
  std::vector<std::string> Out;
  const RecordDecl *Def = RD->getDefinition() ? RD->getDefinition() : RD;
  if (Def->getIdentifier())
    Out = modelNames(Def, Aliases);
  if (const TypedefNameDecl *TD = Def->getTypedefNameForAnonDecl())
    Out.push_back(modelName(TD));
  if (Aliases) {
    auto It = Aliases->find(cast<RecordDecl>(Def->getCanonicalDecl()));
    if (It != Aliases->end()) {
      // The typedef is named in the record's scope: `ns::ue_t`.
      std::string Scope = modelName(Def);
      Scope.resize(Scope.size() - Def->getName().size());
      for (const std::string &A : It->second)
        Out.push_back(Scope + A);
    }
  }
  return Out;
}

bool hasMemberNamed(const RecordDecl *RD, llvm::StringRef Name) {
  for (const FieldDecl *F : RD->fields()) {
    if (F->getIdentifier() && F->getName() == Name)
      return true;
    if (F->isAnonymousStructOrUnion())
      if (const RecordDecl *Inner = F->getType()->getAsRecordDecl();
          Inner && Inner->getDefinition() &&
          hasMemberNamed(Inner->getDefinition(), Name))
        return true;
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Model files
//===----------------------------------------------------------------------===//

namespace {
using nlohmann::json;
using MP = ModelProblemFacts;

/// Model files nest a few levels; deeper nesting is a mistake or an attack
/// on the parser's stack.
constexpr unsigned MaxModelNesting = 64;

/// Line and column (1-based) of byte offsets, from a table of line starts
/// built once.
class LineTable {
public:
  explicit LineTable(llvm::StringRef Text) {
    Starts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        Starts.push_back(I + 1);
  }
  std::pair<unsigned, unsigned> at(size_t Offset) const {
    auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset);
    size_t Line = It - Starts.begin();
    return {static_cast<unsigned>(Line),
            static_cast<unsigned>(Offset - Starts[Line - 1] + 1)};
  }

private:
  std::vector<size_t> Starts;
};

/// The offset of the first bracket nested deeper than MaxModelNesting, if
/// any (strings skipped).
std::optional<size_t> tooDeep(llvm::StringRef Text) {
  size_t At = jsonTooDeepAt({Text.data(), Text.size()}, MaxModelNesting);
  if (At == std::string_view::npos)
    return std::nullopt;
  return At;
}

/// Maps JSON pointers ("/functions/3/sink") of a valid document to the line
/// and column where the value starts: nlohmann keeps no positions. One
/// pass records where the top-level values and the elements of top-level
/// arrays (the entries) start; a deeper pointer, needed only for an error,
/// is found by scanning that one entry. The document nests at most
/// MaxModelNesting levels (checked before).
class PositionIndex {
public:
  /// Nothing is scanned until a position is asked for: a valid file, the
  /// usual case, never needs one.
  explicit PositionIndex(llvm::StringRef Text) : Text(Text) {}

  /// The value of top-level member \p Key when it is a string.
  std::optional<std::string> topLevelString(const std::string &Key) const {
    size_t Pos = skipWs(0);
    std::optional<std::string> Found;
    if (Pos >= Text.size() || Text[Pos] != '{')
      return Found;
    forEachMember(Pos, [&](const std::string &K, size_t, size_t ValuePos) {
      if (K != Key)
        return true;
      if (Text[ValuePos] == '"')
        Found = string(ValuePos);
      return false;
    });
    return Found;
  }

  /// Where the value \p Pointer names starts, or its key with a "key:"
  /// prefix; the nearest enclosing value when there is no such value.

  std::pair<unsigned, unsigned> at(llvm::StringRef Pointer) const {
    bool WantKey = Pointer.consume_front("key:");
    llvm::SmallVector<llvm::StringRef, 8> Segments;
    Pointer.consume_front("/");
    if (!Pointer.empty())
      Pointer.split(Segments, '/');
    index();
    if (!Lines)
      Lines.emplace(Text);
    return Lines->at(find(Segments, WantKey));
  }

private:
  struct Top {
    size_t Key = 0, Value = 0;
    std::vector<size_t> Elements;
  };
  llvm::StringRef Text;
  mutable std::optional<LineTable> Lines;
  mutable bool Indexed = false;
  mutable size_t Root = 0;
  mutable std::map<std::string, Top> TopLevel;

  /// Where the top-level values and the elements of top-level arrays (the
  /// entries) start.
  void index() const {
    if (Indexed)
      return;
    Indexed = true;
    size_t Pos = skipWs(0);
    Root = Pos;
    if (Pos >= Text.size() || Text[Pos] != '{')
      return;
    forEachMember(Pos, [&](const std::string &Key, size_t KeyPos,
                           size_t ValuePos) {
      Top &T = TopLevel[Key];
      T.Key = KeyPos;
      T.Value = ValuePos;
      if (Text[ValuePos] == '[')
        forEachElement(ValuePos, [&](size_t, size_t ElementPos) {
          T.Elements.push_back(ElementPos);
          return true;
        });
      return true;
    });
  }

  size_t find(llvm::ArrayRef<llvm::StringRef> Segments, bool WantKey) const {
    if (Segments.empty())
      return Root;
    auto T = TopLevel.find(Segments[0].str());
    if (T == TopLevel.end())
      return Root;
    if (Segments.size() == 1)
      return WantKey ? T->second.Key : T->second.Value;
    size_t Pos = T->second.Value;
    size_t Next = 1;
    unsigned Index;
    if (Text[Pos] == '[' && !Segments[1].getAsInteger(10, Index)) {
      if (Index >= T->second.Elements.size())
        return Pos;
      Pos = T->second.Elements[Index];
      Next = 2;
    }
    for (size_t I = Next; I < Segments.size(); ++I) {
      bool Last = I + 1 == Segments.size();
      std::optional<std::pair<size_t, size_t>> Child = child(Pos, Segments[I]);
      if (!Child)
        return Pos;
      Pos = Last && WantKey ? Child->first : Child->second;
    }
    return Pos;
  }

  /// The key and value positions of member or element \p Segment of the
  /// value at \p Pos.
  std::optional<std::pair<size_t, size_t>> child(size_t Pos,
                                                 llvm::StringRef Segment) const {
    std::optional<std::pair<size_t, size_t>> Found;
    if (Text[Pos] == '{') {
      forEachMember(Pos, [&](const std::string &Key, size_t KeyPos,
                             size_t ValuePos) {
        if (Key != Segment)
          return true;
        Found = {KeyPos, ValuePos};
        return false;
      });
    } else if (Text[Pos] == '[') {
      unsigned Index;
      if (Segment.getAsInteger(10, Index))
        return std::nullopt;
      forEachElement(Pos, [&](unsigned I, size_t ElementPos) {
        if (I != Index)
          return true;
        Found = {ElementPos, ElementPos};
        return false;
      });
    }
    return Found;
  }

  size_t skipWs(size_t Pos) const {
    while (Pos < Text.size() && isspace(static_cast<unsigned char>(Text[Pos])))
      ++Pos;
    return Pos;
  }
  /// The string starting at \p Pos (its quote); \p Pos moves past it.
  std::string string(size_t &Pos) const {
    std::string S;
    ++Pos; // opening quote
    while (Pos < Text.size() && Text[Pos] != '"') {
      if (Text[Pos] == '\\')
        ++Pos;
      if (Pos < Text.size())
        S += Text[Pos++];
    }
    return ++Pos, S;
  }
  /// The position after the string starting at \p Pos (its quote), without
  /// building it: most strings are skipped.
  size_t skipString(size_t Pos) const {
    ++Pos; // opening quote
    while (true) {
      Pos = Text.find_first_of("\"\\", Pos);
      if (Pos == llvm::StringRef::npos)
        return Text.size() + 1; // as string() does at the end of the text
      if (Text[Pos] == '"')
        return Pos + 1;
      Pos += 2; // an escape and the character it escapes
    }
  }
  /// The position after the value at \p Pos.
  size_t skipValue(size_t Pos) const {
    if (Pos >= Text.size())
      return Pos;
    char C = Text[Pos];
    if (C == '"')
      return skipString(Pos);
    if (C == '{' || C == '[') {
      // Strings skipped, brackets counted: the document is valid JSON.
      unsigned Depth = 0;
      for (; Pos < Text.size(); ++Pos) {
        char D = Text[Pos];
        if (D == '"') {
          Pos = skipString(Pos) - 1;
        } else if (D == '{' || D == '[') {
          ++Depth;
        } else if ((D == '}' || D == ']') && --Depth == 0) {
          return Pos + 1;
        }
      }
      return Pos;
    }
    while (Pos < Text.size() && !strchr(",]} \t\r\n", Text[Pos]))
      ++Pos;
    return Pos;
  }
  /// Calls \p F(key, key position, value position) for each member of the
  /// object at \p Pos while it returns true.
  template <typename Fn> void forEachMember(size_t Pos, Fn F) const {
    Pos = skipWs(Pos + 1);
    while (Pos < Text.size() && Text[Pos] == '"') {
      size_t KeyPos = Pos;
      std::string Key = string(Pos);
      Pos = skipWs(skipWs(Pos) + 1); // ':'
      if (!F(Key, KeyPos, Pos))
        return;
      Pos = skipWs(skipValue(Pos));
      if (Pos < Text.size() && Text[Pos] == ',')
        Pos = skipWs(Pos + 1);
    }
  }
  /// Calls \p F(index, position) for each element of the array at \p Pos
  /// while it returns true.
  template <typename Fn> void forEachElement(size_t Pos, Fn F) const {
    Pos = skipWs(Pos + 1);
    for (unsigned I = 0; Pos < Text.size() && Text[Pos] != ']'; ++I) {
      if (!F(I, Pos))
        return;
      Pos = skipWs(skipValue(Pos));
      if (Pos < Text.size() && Text[Pos] == ',')
        Pos = skipWs(Pos + 1);
    }
  }
};

class ModelParser {
public:
  ModelParser(ModelSet &Set, const std::string &File, llvm::StringRef Text,
              std::vector<ModelError> &Errors)
      : Set(Set), File(File), Text(Text), Errors(Errors) {}

  void run() {
    if (std::optional<size_t> Deep = tooDeep(Text)) {
      auto [Line, Col] = LineTable(Text).at(*Deep);
      Errors.push_back({File, Line, Col,
                        {MP::NestedTooDeep, {std::to_string(MaxModelNesting)}}});
      return;
    }
    json J = json::parse(Text.begin(), Text.end(), nullptr, false);
    if (J.is_discarded()) {
      JsonSyntaxError E = findJsonSyntaxError(Text);
      auto [Line, Col] = LineTable(Text).at(E.Offset);
      Errors.push_back({File, Line, Col, {MP::InvalidJson, {E.Message}}});
      return;
    }
    Index = std::make_unique<PositionIndex>(Text);
    if (!J.is_object()) {
      error("", MP::FileNotObject);
      return;
    }
    checkKeys(J, "", {"$schema", "version", "description", "language",
                      "functions", "types", "fields", "variables",
                      "parameters", "locals", "sinkObjects"});
    if (J.contains("version") && J["version"] != 1)
      error("/version", MP::UnsupportedVersion);
    if (J.contains("language")) {
      if (J["language"] != "c++")
        error("/language", MP::UnsupportedLanguage);
      else
        CxxOnly = true;
    }
    // Reserved, doubling: an entry is copied, not moved, when the vector
    // grows (its SmallVector has no noexcept move).
    if (J.contains("functions") && J["functions"].is_array()) {
      size_t Need = Set.Functions.size() + J["functions"].size();
      if (Need > Set.Functions.capacity())
        Set.Functions.reserve(std::max(Need, 2 * Set.Functions.capacity()));
    }
    forEach(J, "functions", [&](const json &E, const std::string &P) {
      function(E, P);
    });
    for (const char *Kind : {"types", "fields", "variables"})
      forEach(J, Kind, [&](const json &E, const std::string &P) {
        declEntry(E, P, Kind);
      });
    for (const char *Kind : {"parameters", "locals"})
      forEach(J, Kind, [&](const json &E, const std::string &P) {
        scopedEntry(E, P, Kind);
      });
    forEach(J, "sinkObjects", [&](const json &E, const std::string &P) {
      sinkObject(E, P);
    });
  }

  /// The file says `"language": "c++"`.
  bool CxxOnly = false;

private:
  ModelSet &Set;
  std::string File;
  llvm::StringRef Text;
  std::vector<ModelError> &Errors;
  std::unique_ptr<PositionIndex> Index;

  void error(const std::string &Ptr, MP::Problem What,
             std::vector<std::string> Args = {}) {
    auto [Line, Col] = Index ? Index->at(Ptr) : std::make_pair(0u, 0u);
    Errors.push_back({File, Line, Col, {What, std::move(Args)}});
  }
  /// False, after its one error, when \p J is no object: what it lacks
  /// is no further error.
  bool checkKeys(const json &J, const std::string &Ptr,
                 std::initializer_list<const char *> Allowed) {
    if (!J.is_object()) {
      error(Ptr, MP::ExpectedObject);
      return false;
    }
    for (const auto &[Key, V] : J.items()) {
      (void)V;
      bool Ok = false;
      for (const char *A : Allowed)
        Ok |= Key == A;
      if (!Ok) {
        std::vector<std::string> Args = {Key};
        Args.insert(Args.end(), Allowed.begin(), Allowed.end());
        auto [Line, Col] = Index->at("key:" + Ptr + "/" + Key);
        if (!Line)
          std::tie(Line, Col) = Index->at(Ptr + "/" + Key);
        Errors.push_back({File, Line, Col, {MP::UnknownKey, std::move(Args)}});
      }
    }
    return true;
  }
  template <typename Fn>
  void forEach(const json &J, const char *Key, Fn F) {
    if (!J.contains(Key))
      return;
    std::string Ptr = std::string("/") + Key;
    if (!J[Key].is_array()) {
      error(Ptr, MP::NotAnArray, {Key});
      return;
    }
    for (size_t I = 0; I < J[Key].size(); ++I) {
      std::string P = Ptr + "/" + std::to_string(I);
      if (!J[Key][I].is_object()) {
        error(P, MP::EntryNotObject);
        continue;
      }
      F(J[Key][I], P);
    }
  }
  std::string origin(const std::string &Ptr) {
    auto [Line, Col] = Index->at(Ptr);
    (void)Col;
    return "model " + File + ":" + std::to_string(Line);
  }
  /// The required string member \p Key of the entry \p E at \p Ptr, or
  /// null: a missing key is an error at the entry, a value of another type
  /// one at the value.
  const std::string *requiredString(const json &E, const std::string &Ptr,
                                    const char *Key) {
    if (!E.contains(Key)) {
      error(Ptr, MP::MissingString, {Key});
      return nullptr;
    }
    if (!E[Key].is_string()) {
      error(Ptr + "/" + Key, MP::ExpectedString);
      return nullptr;
    }
    return E[Key].get_ptr<const std::string *>();
  }
  bool name(const json &E, const std::string &Ptr, const char *Key,
            NamePattern &Out) {
    const std::string *Text = requiredString(E, Ptr, Key);
    if (!Text)
      return false;
    ModelProblemFacts Err;
    if (!Out.compile(*Text, Err)) {
      error(Ptr + "/" + Key, Err.What, Err.Args);
      return false;
    }
    return true;
  }
  std::optional<Category> category(const json &E, const std::string &Ptr) {
    const std::string *Text = requiredString(E, Ptr, "category");
    if (!Text)
      return std::nullopt;
    auto C = parseCategory(*Text);
    if (!C) {
      std::vector<std::string> Args = {*Text};
      for (const CategoryRule &R : policy().Categories)
        Args.push_back(R.Id);
      error(Ptr + "/category", MP::UnknownCategory, std::move(Args));
    }
    return C;
  }
  /// An argument position: an index, "this" or (when AllowReturn) "return".
  std::optional<int> argPos(const json &V, const std::string &Ptr,
                            bool AllowReturn) {
    if (V.is_number_integer() && V.get<int>() >= 0)
      return V.get<int>();
    if (V.is_string() && V == "this")
      return ThisArg;
    if (AllowReturn && V.is_string() && V == "return")
      return ReturnArg;
    error(Ptr, AllowReturn ? MP::ExpectedPositionOrReturn : MP::ExpectedPosition);
    return std::nullopt;
  }
  bool selector(const json &V, const std::string &Ptr, ArgSelector &Out) {
    if (V.is_string() && V == "all") {
      Out.From = 0;
      return true;
    }
    if (V.is_object()) {
      checkKeys(V, Ptr, {"from"});
      if (V.contains("from") && V["from"].is_number_integer() &&
          V["from"].get<int>() >= 0) {
        Out.From = V["from"].get<int>();
        return true;
      }
      error(Ptr, MP::ExpectedFrom);
      return false;
    }
    json Arr = V.is_array() ? V : json::array({V});
    for (size_t I = 0; I < Arr.size(); ++I) {
      auto P = argPos(Arr[I], Ptr + (V.is_array() ? "/" + std::to_string(I)
                                                  : std::string()),
                      false);
      if (!P)
        return false;
      Out.Indexes.push_back(*P);
    }
    return true;
  }
  bool sinkSpec(const json &S, const std::string &Ptr, SinkSpec &Out,
                ArgSelector *Args) {
    if (!S.is_object()) {
      error(Ptr, MP::SinkNotObject);
      return false;
    }
    if (Args)
      checkKeys(S, Ptr, {"kind", "args", "purpose", "retentionDays", "when"});
    else
      checkKeys(S, Ptr, {"kind", "purpose", "retentionDays"});
    auto K = S.contains("kind") && S["kind"].is_string()
                 ? parseSinkKind(S["kind"].get<std::string>())
                 : std::nullopt;
    if (!K) {
      std::vector<std::string> Kinds;
      for (const SinkKindRule &R : policy().SinkKinds)
        Kinds.push_back(R.Id);
      error(Ptr + "/kind", MP::UnknownSinkKind, std::move(Kinds));
    } else {
      Out.Kind = *K;
    }
    if (S.contains("purpose")) {
      if (!S["purpose"].is_string() || S["purpose"].get<std::string>().empty())
        error(Ptr + "/purpose", MP::PurposeNotText);
      else
        Out.Purpose = S["purpose"].get<std::string>();
    }
    if (S.contains("retentionDays")) {
      if (!S["retentionDays"].is_number_integer() ||
          S["retentionDays"].get<int64_t>() < 0)
        error(Ptr + "/retentionDays", MP::RetentionDaysInvalid);
      else
        Out.RetentionDays = S["retentionDays"].get<int64_t>();
    }
    if (Args && S.contains("args"))
      selector(S["args"], Ptr + "/args", *Args);
    return K.has_value();
  }

  void function(const json &E, const std::string &Ptr) {
    checkKeys(E, Ptr,
              {"name", "paramTypes", "sink", "consent", "anonymizer",
               "pseudonymizer", "barrier", "returns", "paramCategories",
               "propagate", "returnsAlias", "deletes", "links", "sql",
               "comment"});
    ModelSet::FunctionEntry F;
    // A bad name leaves the entry out, after the rest of it is checked: a
    // file is validated completely.
    bool Named = name(E, Ptr, "name", F.Name);
    F.Spec.Origin = origin(Ptr);
    functionParamTypes(E, Ptr, F);
    functionSink(E, Ptr, F);
    if (E.contains("consent") &&
        checkKeys(E["consent"], Ptr + "/consent", {"purpose", "subjectArg"})) {
      const json &C = E["consent"];
      if (!C.contains("purpose") || !C["purpose"].is_string() ||
          C["purpose"].get<std::string>().empty())
        error(Ptr + "/consent", MP::ConsentWithoutPurpose);
      else
        F.Spec.ConsentPurpose = C["purpose"].get<std::string>();
    }
    auto flag = [&](const char *Key, bool &Out) {
      if (!E.contains(Key))
        return;
      if (!E[Key].is_boolean())
        error(Ptr + "/" + Key, MP::NotBoolean, {Key});
      else
        Out = E[Key].get<bool>();
    };
    flag("anonymizer", F.Spec.Anonymizer);
    flag("pseudonymizer", F.Spec.Pseudonymizer);
    flag("barrier", F.Spec.Barrier);
    if (E.contains("returns")) {
      if (checkKeys(E["returns"], Ptr + "/returns", {"category"}))
        if (auto C = category(E["returns"], Ptr + "/returns"))
          F.Spec.ReturnCategories.push_back(*C);
    }
    functionParamCategories(E, Ptr, F);
    functionPropagations(E, Ptr, F);
    if (E.contains("returnsAlias"))
      if (auto A = argPos(E["returnsAlias"], Ptr + "/returnsAlias", false))
        F.Spec.ReturnsAliasOf = *A;
    deletesSpec(E, Ptr, F.Spec);
    linksSpec(E, Ptr, F.Spec);
    sqlSpec(E, Ptr, F.Spec);
    if (Named)
      Set.Functions.push_back(std::move(F));
  }

  // --- parts of a function entry ---

  void functionParamTypes(const json &E, const std::string &Ptr,
                          ModelSet::FunctionEntry &F) {
    if (E.contains("paramTypes")) {
      if (!E["paramTypes"].is_array()) {
        error(Ptr + "/paramTypes", MP::ParamTypesNotArray);
      } else {
        std::vector<NamePattern> Types;
        for (size_t I = 0; I < E["paramTypes"].size(); ++I) {
          NamePattern NP;
          ModelProblemFacts Err;
          const json &T = E["paramTypes"][I];
          if (!T.is_string())
            error(Ptr + "/paramTypes/" + std::to_string(I),
                  MP::ExpectedTypeString);
          else if (!NP.compile(T.get<std::string>(), Err))
            error(Ptr + "/paramTypes/" + std::to_string(I), Err.What, Err.Args);
          Types.push_back(NP);
        }
        F.ParamTypes = std::move(Types);
      }
    }
  }

  void functionSink(const json &E, const std::string &Ptr,
                    ModelSet::FunctionEntry &F) {
    if (E.contains("sink")) {
      SinkSpec S;
      if (sinkSpec(E["sink"], Ptr + "/sink", S, &F.Spec.SinkArgs))
        F.Spec.Sink = S;
      const json &SJ = E["sink"];
      std::string WP = Ptr + "/sink/when";
      if (SJ.is_object() && SJ.contains("when") &&
          checkKeys(SJ["when"], WP, {"arg", "oneOf"})) {
        const json &W = SJ["when"];
        if (!W.contains("arg") || !W["arg"].is_number_integer() ||
            !W.contains("oneOf") || !W["oneOf"].is_array()) {
          error(WP, MP::WhenIncomplete);
        } else {
          F.Spec.SinkWhenArg = W["arg"].get<int>();
          for (const auto &N : W["oneOf"])
            if (N.is_string())
              F.Spec.SinkWhenOneOf.push_back(N.get<std::string>());
        }
      }
    }
  }

  void functionParamCategories(const json &E, const std::string &Ptr,
                               ModelSet::FunctionEntry &F) {
    if (E.contains("paramCategories")) {
      const json &PC = E["paramCategories"];
      for (size_t I = 0; PC.is_array() && I < PC.size(); ++I) {
        std::string P = Ptr + "/paramCategories/" + std::to_string(I);
        if (!checkKeys(PC[I], P, {"arg", "category"}))
          continue;
        auto C = category(PC[I], P);
        auto A = PC[I].contains("arg") ? argPos(PC[I]["arg"], P + "/arg", false)
                                       : std::nullopt;
        if (!PC[I].contains("arg"))
          error(P, MP::MissingArg);
        if (C && A)
          F.ParamCategories.push_back({*A, *C});
      }
      if (!PC.is_array())
        error(Ptr + "/paramCategories", MP::NotAnArray, {"paramCategories"});
    }
  }

  void functionPropagations(const json &E, const std::string &Ptr,
                            ModelSet::FunctionEntry &F) {
    if (E.contains("propagate")) {
      const json &PR = E["propagate"];
      F.Spec.HasPropagations = true;
      for (size_t I = 0; PR.is_array() && I < PR.size(); ++I) {
        std::string P = Ptr + "/propagate/" + std::to_string(I);
        if (!checkKeys(PR[I], P, {"from", "to", "replace", "at", "fromAt"}))
          continue;
        PropagationRule R;
        if (!PR[I].contains("from") || !PR[I].contains("to")) {
          error(P, MP::PropagationIncomplete);
          continue;
        }
        if (!(PR[I]["from"].is_array() && PR[I]["from"].empty()) &&
            !selector(PR[I]["from"], P + "/from", R.From))
          continue;
        if (PR[I].contains("replace")) {
          if (!PR[I]["replace"].is_boolean())
            error(P + "/replace", MP::NotBoolean, {"replace"});
          else
            R.Replace = PR[I]["replace"].get<bool>();
        }
        json To = PR[I]["to"].is_array() ? PR[I]["to"]
                                         : json::array({PR[I]["to"]});
        for (size_t K = 0; K < To.size(); ++K)
          if (auto A = argPos(To[K], P + "/to", true))
            R.To.push_back(*A);
        fieldPath(PR[I], P, "at", R.At);
        fieldPath(PR[I], P, "fromAt", R.FromAt);
        F.Spec.Propagations.push_back(R);
      }
      if (!PR.is_array())
        error(Ptr + "/propagate", MP::NotAnArray, {"propagate"});
    }
  }

  // --- "at" and "fromAt" of a propagation rule (what a builder returns,
  // what a getter reads) ---
  /// `"at": "id.digits"`: a field path, by name, inside the destination
  /// ("at") or inside each source argument ("fromAt").
  void fieldPath(const json &Rule, const std::string &Ptr, const char *Key,
                 std::vector<std::string> &Out) {
    if (!Rule.contains(Key))
      return;
    const json &A = Rule[Key];
    llvm::SmallVector<llvm::StringRef, 3> Names;
    std::string Text = A.is_string() ? A.get<std::string>() : std::string();
    llvm::StringRef(Text).split(Names, '.');
    bool Ok = !Text.empty() && Names.size() <= MaxFieldDepth &&
              llvm::none_of(Names, [](llvm::StringRef N) { return N.empty(); });
    if (!Ok) {
      error(Ptr + "/" + Key, MP::FieldPathInvalid,
            {Key, std::to_string(MaxFieldDepth)});
      return;
    }
    for (llvm::StringRef N : Names)
      Out.push_back(N.str());
  }

  // --- "links" (an argument that stays attached to its container) ---
  /// `"links": {"from": 1, "into": 0}` or an array of such objects; "from"
  /// may be "return" (`msgb_put`: the result points into the argument).
  void linksSpec(const json &E, const std::string &Ptr, FunctionSpec &Out) {
    if (!E.contains("links"))
      return;
    const json &L = E["links"];
    json Arr = L.is_array() ? L : json::array({L});
    for (size_t I = 0; I < Arr.size(); ++I) {
      std::string P = Ptr + "/links" + (L.is_array() ? "/" + std::to_string(I)
                                                     : std::string());
      const json &Link = Arr[I];
      if (!checkKeys(Link, P, {"from", "into"}))
        continue;
      if (!Link.contains("from") || !Link.contains("into")) {
        error(P, MP::LinkIncomplete);
        continue;
      }
      auto From = argPos(Link["from"], P + "/from", true);
      auto Into = argPos(Link["into"], P + "/into", false);
      if (From && Into)
        Out.Links.push_back({*From, *Into});
    }
  }

  // --- "deletes" (retention is storage: removing is no store) ---
  /// `"deletes": <position>` or `{"object": <position>, "whenNull": <index>}`.
  void deletesSpec(const json &E, const std::string &Ptr, FunctionSpec &Out) {
    if (!E.contains("deletes"))
      return;
    const json &D = E["deletes"];
    std::string P = Ptr + "/deletes";
    if (!D.is_object()) {
      if (auto A = argPos(D, P, false))
        Out.Deletes = *A;
      return;
    }
    if (!checkKeys(D, P, {"object", "whenNull"}))
      return;
    if (!D.contains("object")) {
      error(P, MP::DeletesWithoutObject);
      return;
    }
    auto A = argPos(D["object"], P + "/object", false);
    if (D.contains("whenNull")) {
      const json &W = D["whenNull"];
      if (!W.is_number_integer() || W.get<int>() < 0) {
        error(P + "/whenNull", MP::WhenNullInvalid);
        return;
      }
      Out.DeletesWhenNull = W.get<int>();
    }
    if (A)
      Out.Deletes = *A;
  }

  /// `"sql": {"text": 1, "prepares": 3}` and the other shapes of SqlSpec:
  /// each key an argument position, the keys one of the shapes.
  void sqlSpec(const json &E, const std::string &Ptr, FunctionSpec &Out) {
    if (!E.contains("sql"))
      return;
    const json &Q = E["sql"];
    std::string P = Ptr + "/sql";
    checkKeys(Q, P, {"text", "prepares", "statement", "parameter", "values",
                     "indexOfName"});
    if (!Q.is_object())
      return;
    SqlSpec S;
    bool Ok = true;
    auto Pos = [&](const char *Key, int &Field) {
      if (!Q.contains(Key))
        return;
      if (auto A = argPos(Q[Key], P + "/" + Key, false))
        Field = *A;
      else
        Ok = false;
    };
    Pos("text", S.Text);
    Pos("prepares", S.Prepares);
    Pos("statement", S.Statement);
    Pos("parameter", S.Parameter);
    Pos("values", S.Values);
    Pos("indexOfName", S.IndexOfName);
    auto Has = [&](const char *Key) { return Q.contains(Key); };
    unsigned Roles = Has("prepares") + Has("values") + Has("parameter") +
                     Has("indexOfName");
    bool FromText = Has("prepares") || Has("values");
    bool Complete = Roles == 1 && Has("text") == FromText &&
                    Has("statement") == !FromText;
    if (!Complete) {
      error(P, MP::SqlShape);
      return;
    }
    if ((Has("parameter") || Has("values")) && !E.contains("sink")) {
      error(P, MP::SqlWithoutSink, {Has("values") ? "values" : "parameter"});
      return;
    }
    if (Ok)
      Out.Sql = S;
  }

  void declEntry(const json &E, const std::string &Ptr, llvm::StringRef Kind) {
    if (Kind == "types")
      checkKeys(E, Ptr, {"name", "category", "excludeFields", "comment"});
    else
      checkKeys(E, Ptr, {"name", "category", "comment"});
    ModelSet::DeclEntry D;
    D.Kind = Kind == "types"    ? ModelSet::DeclEntry::Type
             : Kind == "fields" ? ModelSet::DeclEntry::Field
                                : ModelSet::DeclEntry::Variable;
    bool Named = name(E, Ptr, "name", D.Name);
    bool Excludes = Kind == "types" && E.contains("excludeFields");
    // A type that is no source may still list members that hold nothing
    // personal whatever their own types say (a broadcast RNTI's grant).
    D.Personal = !Excludes || E.contains("category");
    auto C = D.Personal ? category(E, Ptr) : std::optional<Category>();
    if (Excludes)
      excludeFields(E["excludeFields"], Ptr + "/excludeFields", D.Excludes);
    if (!Named || (D.Personal && !C))
      return;
    if (C)
      D.Cat = *C;
    D.Origin = origin(Ptr);
    Set.Decls.push_back(std::move(D));
  }

  // engine-a: field exclusions, parameters and locals by name.

  /// `"excludeFields": ["size", "spare"]`: member names, each kept with its
  /// place for strict mode's check that the type has such a member.
  void excludeFields(const json &A, const std::string &Ptr,
                     std::vector<ModelSet::ExcludedField> &Out) {
    if (!A.is_array()) {
      error(Ptr, MP::ExcludeFieldsNotArray);
      return;
    }
    for (size_t I = 0; I < A.size(); ++I) {
      std::string P = Ptr + "/" + std::to_string(I);
      if (!A[I].is_string() || A[I].get<std::string>().empty()) {
        error(P, MP::ExpectedMemberName);
        continue;
      }
      auto [Line, Col] = Index->at(P);
      Out.push_back({A[I].get<std::string>(), "model " + File + ":" +
                                                  std::to_string(Line) + ":" +
                                                  std::to_string(Col)});
    }
  }

  /// `{"name": "re:imsi|supi", "function": "re:hlr_.*", "category": ...}`
  /// in "parameters" or "locals".
  void scopedEntry(const json &E, const std::string &Ptr,
                   llvm::StringRef Kind) {
    checkKeys(E, Ptr, {"name", "function", "category", "comment"});
    ModelSet::ScopedEntry S;
    S.Kind = Kind == "parameters" ? ModelSet::ScopedEntry::Parameter
                                  : ModelSet::ScopedEntry::Local;
    bool Named = name(E, Ptr, "name", S.Name);
    bool FunctionOk = true;
    if (E.contains("function")) {
      S.Function.emplace();
      FunctionOk = name(E, Ptr, "function", *S.Function);
    }
    auto C = category(E, Ptr);
    if (!Named || !FunctionOk || !C)
      return;
    S.Cat = *C;
    S.Origin = origin(Ptr);
    Set.Scoped.push_back(std::move(S));
  }

  void sinkObject(const json &E, const std::string &Ptr) {
    checkKeys(E, Ptr, {"variable", "type", "call", "sink", "comment"});
    SinkObjectRule R;
    int Given = 0;
    for (auto [Key, Kind] :
         {std::pair{"variable", SinkObjectRule::VariableName},
          std::pair{"type", SinkObjectRule::TypeName},
          std::pair{"call", SinkObjectRule::CallName}})
      if (E.contains(Key)) {
        ++Given;
        R.Match = Kind;
        R.Pattern = std::make_shared<NamePattern>();
        ModelProblemFacts Err;
        if (!E[Key].is_string())
          error(Ptr + "/" + Key, MP::ExpectedName);
        else if (!R.Pattern->compile(E[Key].get<std::string>(), Err))
          error(Ptr + "/" + Key, Err.What, Err.Args);
      }
    bool Ok = Given == 1;
    if (!Ok)
      error(Ptr, MP::SinkObjectMatch);
    if (!E.contains("sink")) {
      error(Ptr, MP::MissingSink);
      return;
    }
    if (!sinkSpec(E["sink"], Ptr + "/sink", R.Sink, nullptr) || !Ok)
      return;
    R.Origin = origin(Ptr);
    Set.SinkObjects.push_back(std::move(R));
  }
};
} // namespace

void ModelSet::loadText(llvm::StringRef Text, const std::string &DisplayName,
                        std::vector<ModelError> &Errors) {
  // The parser checks types before it reads values; this catches what a
  // check missed, so that a malformed file is an error, never a crash.
  size_t F = Functions.size(), D = Decls.size(), S = Scoped.size(),
         O = SinkObjects.size();
  try {
    ModelParser P(*this, DisplayName, Text, Errors);
    P.run();
    if (P.CxxOnly && ForC) { // checked, then left out: nothing can match
      LeftOutForLanguage.push_back(DisplayName);
      Functions.erase(Functions.begin() + F, Functions.end());
      Decls.erase(Decls.begin() + D, Decls.end());
      Scoped.erase(Scoped.begin() + S, Scoped.end());
      SinkObjects.erase(SinkObjects.begin() + O, SinkObjects.end());
    }
  } catch (const std::exception &E) {
    Errors.push_back(
        {DisplayName, 0, 0, {ModelProblemFacts::Malformed, {E.what()}}});
  }
}

/// Whether a shipped model (valid JSON: the build's tests validate it)
/// says `"language": "c++"`, read without parsing the whole file.
static bool shippedForCxxOnly(llvm::StringRef Text) {
  return PositionIndex(Text).topLevelString("language") ==
         std::optional<std::string>("c++");
}

void ModelSet::loadBuiltins(const std::vector<std::string> &Disabled,
                            std::vector<ModelError> &Errors) {
  parseBuiltins(Disabled, Errors);
}

void ModelSet::loadFiles(const std::vector<std::string> &Paths,
                         std::vector<ModelError> &Errors) {
  for (const std::string &File : Paths) {
    if (llvm::sys::fs::is_directory(File)) {
      Errors.push_back({File, 0, 0, {ModelProblemFacts::IsDirectory, {}}});
      continue;
    }
    auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
    if (!Buf) {
      Errors.push_back({File, 0, 0,
                        {ModelProblemFacts::Unreadable,
                         {Buf.getError().message()}}});
      continue;
    }
    loadText((*Buf)->getBuffer(), File, Errors);
  }
}

const ModelSet::Loaded &
ModelSet::shared(const std::vector<std::string> &Disabled,
                 const std::vector<std::string> &Paths, bool ForC) {
  std::string Key = ForC ? "c" : "c++";
  Key += '\1';
  for (const std::string &D : Disabled)
    Key += D + '\0';
  Key += '\1';
  for (const std::string &P : Paths) {
    Key += P + '\0';
    llvm::sys::fs::file_status S;
    if (!llvm::sys::fs::status(P, S))
      Key += std::to_string(S.getSize()) + ":" +
             std::to_string(
                 S.getLastModificationTime().time_since_epoch().count());
    Key += '\0';
  }
  static std::mutex CacheMutex;
  static std::map<std::string, std::unique_ptr<Loaded>> Cache;
  std::lock_guard<std::mutex> Lock(CacheMutex);
  std::unique_ptr<Loaded> &L = Cache[Key];
  if (!L) {
    L = std::make_unique<Loaded>();
    L->Set.ForC = ForC;
    L->Set.loadBuiltins(Disabled, L->Errors);
    L->Set.loadFiles(Paths, L->Errors);
  }
  return *L;
}

void ModelSet::parseBuiltins(const std::vector<std::string> &Disabled,
                             std::vector<ModelError> &Errors) {
  std::vector<std::string> Known;
  for (llvm::StringRef Name : embeddedFiles("models/")) {
    llvm::StringRef Stem = Name.drop_front(strlen("models/"));
    Stem.consume_back(".json");
    Known.push_back(Stem.str());
  }
  for (const std::string &D : Disabled)
    if (!llvm::is_contained(embeddedFiles("models/"), "models/" + D + ".json")) {
      std::vector<std::string> Args = {D};
      Args.insert(Args.end(), Known.begin(), Known.end());
      Errors.push_back(
          {"DisabledModels", 0, 0, {ModelProblemFacts::NotShipped, Args}});
    }
  for (llvm::StringRef Name : embeddedFiles("models/")) {
    llvm::StringRef Stem = Name.drop_front(strlen("models/"));
    Stem.consume_back(".json");
    if (llvm::is_contained(Disabled, Stem.str()))
      continue;
    // Most of the shipped models are for C++ libraries; a C TU does not
    // even parse them.
    std::string_view Text = embeddedFile(Name);
    if (ForC && shippedForCxxOnly({Text.data(), Text.size()})) {
      LeftOutForLanguage.push_back(Name.str());
      continue;
    }
    loadText(Text, Name.str(), Errors);
  }
  BuiltinFunctions = Functions.size();
  BuiltinDecls = Decls.size();
  BuiltinScoped = Scoped.size();
  BuiltinSinkObjects = SinkObjects.size();
}

llvm::SmallVector<unsigned, 1>
ModelSet::sinkObjectRules(SinkObjectRule::MatchKind K,
                          llvm::StringRef Name) const {
  llvm::SmallVector<unsigned, 1> Out;
  for (unsigned I = 0; I < SinkObjects.size(); ++I)
    if (SinkObjects[I].Match == K && SinkObjects[I].Pattern &&
        SinkObjects[I].Pattern->matches(Name))
      Out.push_back(I);
  return Out;
}

//===----------------------------------------------------------------------===//
// Annotations
//===----------------------------------------------------------------------===//

static std::optional<std::string>
stringArg(const AnnotateAttr *A, unsigned Index = 0, unsigned Count = 1) {
  if (A->args_size() != Count)
    return std::nullopt;
  const Expr *E = A->args_begin()[Index]->IgnoreParenImpCasts();
  if (const auto *CE = dyn_cast<ConstantExpr>(E))
    E = CE->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    if (SL->getCharByteWidth() == 1)
      return SL->getString().str();
  return std::nullopt;
}

/// The integer constant argument of an annotation (an index).
static std::optional<int64_t>
indexArg(const AnnotateAttr *A, const ASTContext &Ctx, unsigned Count = 1) {
  if (A->args_size() != Count)
    return std::nullopt;
  const Expr *E = *A->args_begin();
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx) ||
      !R.Val.getInt().isRepresentableByInt64() ||
      R.Val.getInt().getExtValue() < 0 ||
      R.Val.getInt().getExtValue() > std::numeric_limits<int>::max())
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

/// PRIVACY_DELETES[_WHEN_NULL], PRIVACY_LINKS_INTO, PRIVACY_RETURNED_AT and
/// PRIVACY_WRITTEN_AT (\p S without "privacy:"); false for other
/// annotations.
static bool readCallEffect(
    const AnnotateAttr *A, llvm::StringRef S, const ASTContext &Ctx,
    DeclAnnotations &Out,
    llvm::function_ref<void(const AnnotateAttr *, AnnotationReadFacts)>
        Problem) {
  using R = AnnotationReadFacts;
  if (S == "deletes") {
    Out.Deletes = true;
  } else if (S == "deletes_when_null") {
    std::optional<int64_t> I = indexArg(A, Ctx);
    if (!I) {
      Problem(A, {R::DeletesWhenNullIndex, {}});
      return true;
    }
    Out.Deletes = true;
    Out.DeletesWhenNull = static_cast<int>(*I);
  } else if (S == "links_into") {
    if (std::optional<std::string> T = stringArg(A); T && *T == "this")
      Out.LinksInto = ThisArg;
    else if (std::optional<int64_t> I = indexArg(A, Ctx))
      Out.LinksInto = static_cast<int>(*I);
    else
      Problem(A, {R::LinksIntoContainer, {}});
  } else if (S == "returned_at" || S == "written_at") {
    bool Written = S == "written_at";
    std::optional<int64_t> Dest =
        Written ? indexArg(A, Ctx, 2) : std::optional<int64_t>(ReturnArg);
    std::optional<std::string> Path = stringArg(A, Written, Written + 1);
    llvm::SmallVector<llvm::StringRef, 3> Names;
    if (Path)
      llvm::StringRef(*Path).split(Names, '.');
    if (!Dest || !Path || Path->empty() || Names.size() > MaxFieldDepth ||
        llvm::any_of(Names, [](llvm::StringRef N) { return N.empty(); })) {
      Problem(A, {Written ? R::WrittenAtPlace : R::ReturnedAtPath,
                  {std::to_string(MaxFieldDepth)}});
      return true;
    }
    Out.AtDest = static_cast<int>(*Dest);
    Out.At.assign(Names.begin(), Names.end());
  } else {
    return false;
  }
  return true;
}

/// \p Args followed by the id of every rule of law.json's \p Rules.
template <typename Rules>
static std::vector<std::string> withIds(std::vector<std::string> Args,
                                        const Rules &Rs) {
  for (const auto &R : Rs)
    Args.push_back(R.Id);
  return Args;
}

void readAnnotations(
    const Decl *D, const ASTContext &Ctx, DeclAnnotations &Out,
    llvm::function_ref<void(const AnnotateAttr *, AnnotationReadFacts)>
        Problem) {
  using R = AnnotationReadFacts;
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef S = A->getAnnotation();
    if (!S.consume_front("privacy:"))
      continue;
    if (readCallEffect(A, S, Ctx, Out, Problem))
      continue;
    if (S.consume_front("category:")) {
      if (auto C = parseCategory(S)) {
        if (!llvm::is_contained(Out.Categories, *C)) {
          Out.Categories.push_back(*C);
          Out.CategoryLocs.push_back(A->getLocation());
        }
      } else {
        Problem(A, {R::UnknownCategory,
                    withIds({S.str()}, policy().Categories)});
      }
    } else if (S == "anonymizer") {
      Out.Spec.Anonymizer = true;
    } else if (S == "pseudonymizer") {
      Out.Spec.Pseudonymizer = true;
    } else if (S == "consent") {
      auto P = stringArg(A);
      if (!P)
        Problem(A, {R::ConsentWithoutPurpose, {}});
      else if (P->empty())
        Problem(A, {R::ConsentPurposeEmpty, {}});
      else {
        if (Out.Spec.ConsentPurpose && *Out.Spec.ConsentPurpose != *P &&
            !A->isInherited())
          Problem(A, {R::ConflictingConsentPurposes,
                      {*Out.Spec.ConsentPurpose, *P}});
        Out.Spec.ConsentPurpose = *P;
      }
    } else if (S.consume_front("sink:")) {
      auto K = parseSinkKind(S);
      if (!K) {
        Problem(A,
                {R::UnknownSinkKind, withIds({S.str()}, policy().SinkKinds)});
        continue;
      }
      if (!Out.Spec.Sink)
        Out.Spec.Sink.emplace();
      else if (Out.HasSink && Out.Spec.Sink->Kind != *K && !A->isInherited())
        Problem(A, {R::ConflictingSinks,
                    withIds({}, policy().SinkKinds)});
      Out.Spec.Sink->Kind = *K;
      Out.HasSink = true;
    } else if (S == "purpose") {
      auto P = stringArg(A);
      if (!P)
        Problem(A, {R::PurposeWithoutText, {}});
      else if (P->empty())
        Problem(A, {R::SinkPurposeEmpty, {}});
      else {
        if (!Out.Spec.Sink)
          Out.Spec.Sink.emplace();
        Out.Spec.Sink->Purpose = *P;
      }
    } else if (S == "retention_days") {
      Out.HasRetentionDays = true;
      std::optional<int64_t> Days;
      bool TooLarge = false;
      std::string Written;
      if (A->args_size() == 1) {
        const Expr *E = *A->args_begin();
        Expr::EvalResult R;
        if (!E->isValueDependent() && E->EvaluateAsInt(R, Ctx)) {
          const llvm::APSInt &V = R.Val.getInt();
          // An unsigned value above INT64_MAX would read as negative.
          if (V.isRepresentableByInt64())
            Days = V.getExtValue();
          else if (V.isNegative())
            Days = INT64_MIN;
          else {
            TooLarge = true;
            llvm::SmallString<24> Text;
            V.toString(Text, 10);
            Written = std::string(Text);
          }
        }
      }
      if (TooLarge) {
        Problem(A, {R::RetentionTooLarge,
                    {Written,
                     std::to_string(std::numeric_limits<int64_t>::max())}});
      } else if (!Days) {
        Problem(A, {R::RetentionNotNumber, {}});
      } else if (*Days < 0) {
        Problem(A, {R::RetentionNegative, {std::to_string(*Days)}});
      } else {
        if (!Out.Spec.Sink)
          Out.Spec.Sink.emplace();
        Out.Spec.Sink->RetentionDays = *Days;
      }
    } else {
      Problem(A, {R::UnknownAnnotation, {S.str()}});
    }
  }
}

//===----------------------------------------------------------------------===//
// DeclFacts
//===----------------------------------------------------------------------===//

template <typename Entry>
static void buildIndex(const std::vector<Entry> &Entries,
                       DeclFacts::EntryIndex &Index) {
  for (unsigned I = 0; I < Entries.size(); ++I) {
    if (Entries[I].Name.isLiteral())
      Index.Literal[Entries[I].Name.text()].push_back(I);
    else
      Index.Patterns.push_back(I);
  }
  Index.Built = true;
}

std::vector<unsigned>
DeclFacts::EntryIndex::candidates(llvm::StringRef Name) const {
  std::vector<unsigned> Out;
  auto It = Literal.find(Name);
  if (It == Literal.end())
    return Patterns;
  Out.resize(It->second.size() + Patterns.size());
  std::merge(It->second.begin(), It->second.end(), Patterns.begin(),
             Patterns.end(), Out.begin());
  return Out;
}

const DeclAnnotations &DeclFacts::annotations(const Decl *D) {
  D = D->getCanonicalDecl();
  auto &Slot = Annots[D];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<DeclAnnotations>();
  auto Ignore = [](const AnnotateAttr *, AnnotationReadFacts) {};
  for (const Decl *R : D->redecls())
    readAnnotations(R, Ctx, *Slot, Ignore);
  return *Slot;
}

llvm::SmallVector<Category, 1> DeclFacts::declCategories(const Decl *D) {
  D = D->getCanonicalDecl();
  auto It = DeclCats.find(D);
  if (It != DeclCats.end())
    return It->second;
  llvm::SmallVector<Category, 1> Cats = annotations(D).Categories;
  if (const auto *ND = dyn_cast<NamedDecl>(D))
    addModelDeclCategories(ND, Cats);
  if (const auto *VD = dyn_cast<VarDecl>(D); VD && !Models.Scoped.empty())
    addScopedCategories(VD, Cats);
  DeclCats[D] = Cats;
  return Cats;
}

void DeclFacts::forEachDeclEntry(const NamedDecl *ND,
                                 llvm::function_ref<void(unsigned)> Apply) {
  // The kinds of declaration the analysis asks about: fields, variables of
  // static storage, and the types typeCategories() reaches (a typedef, a
  // tag), never a template parameter.
  ModelSet::DeclEntry::KindT Kind;
  if (isa<FieldDecl>(ND))
    Kind = ModelSet::DeclEntry::Field;
  else if (const auto *VD = dyn_cast<VarDecl>(ND); VD && VD->hasGlobalStorage())
    Kind = ModelSet::DeclEntry::Variable;
  else if (isa<TagDecl, TypedefNameDecl>(ND))
    Kind = ModelSet::DeclEntry::Type;
  else
    return;
  if (Models.Decls.empty())
    return;
  if (!DeclIndex.Built)
    buildIndex(Models.Decls, DeclIndex);
  if (!Aliases)
    Aliases = std::make_unique<TypedefIndex>(buildTypedefIndex(Ctx));
  // A record goes by its typedefs as a type as well: a `types` entry for
  // `ue_t` describes `struct ue_s`, as its `excludeFields` do.
  const auto *RD = dyn_cast<RecordDecl>(ND);
  for (const std::string &Name : RD ? recordTypeNames(RD, Aliases.get())
                                    : modelNames(ND, Aliases.get()))
    for (unsigned I : DeclIndex.candidates(Name)) {
      const auto &E = Models.Decls[I];
      if (E.Kind == Kind && E.Name.matches(Name))
        Apply(I);
    }
}

void DeclFacts::addModelDeclCategories(const NamedDecl *ND,
                                       llvm::SmallVectorImpl<Category> &Cats) {
  forEachDeclEntry(ND, [&](unsigned I) {
    const ModelSet::DeclEntry &E = Models.Decls[I];
    if (E.Personal && !llvm::is_contained(Cats, E.Cat))
      Cats.push_back(E.Cat);
  });
}

bool DeclFacts::isDescribedByModel(const NamedDecl *D) {
  D = cast<NamedDecl>(D->getCanonicalDecl());
  // privacy-unannotated-data asks again for a record with each of its
  // fields; the names and patterns are matched once.
  auto [It, New] = Described.try_emplace(D, false);
  if (New)
    It->second = describedByModel(D);
  return It->second;
}

bool DeclFacts::describedByModel(const NamedDecl *D) {
  llvm::SmallVector<Category, 1> Cats;
  addModelDeclCategories(D, Cats);
  if (const auto *VD = dyn_cast<VarDecl>(D); VD && !Models.Scoped.empty())
    addScopedCategories(VD, Cats);
  if (!Cats.empty())
    return true;
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    // What the analysis applies: paramCategories(), from the entry of the
    // function the parameter belongs to.
    const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
    const ModelSet::FunctionEntry *E =
        FD ? modelEntry(FD->getCanonicalDecl()) : nullptr;
    int Index = P->getFunctionScopeIndex();
    return E && llvm::any_of(E->ParamCategories,
                             [&](const auto &PC) { return PC.first == Index; });
  }
  const auto *FD = dyn_cast<FunctionDecl>(D);
  const ModelSet::FunctionEntry *E = FD ? modelEntry(FD) : nullptr;
  return E && (!E->Spec.ReturnCategories.empty() || E->Spec.Sink ||
               E->Spec.Anonymizer || E->Spec.Pseudonymizer ||
               E->Spec.ConsentPurpose);
}

//===----------------------------------------------------------------------===//
// engine-a: parameters and locals by name; members excluded from a type
//===----------------------------------------------------------------------===//

void DeclFacts::forEachScopedEntry(const VarDecl *VD,
                                   llvm::function_ref<void(unsigned)> Apply) {
  bool IsParam = isa<ParmVarDecl>(VD);
  if (Models.Scoped.empty() || (!IsParam && !VD->isLocalVarDecl()) ||
      !VD->getIdentifier())
    return;
  const auto *Owner = dyn_cast_or_null<FunctionDecl>(
      IsParam ? VD->getDeclContext() : VD->getParentFunctionOrMethod());
  if (!ScopedIndex.Built)
    buildIndex(Models.Scoped, ScopedIndex);
  auto Kind = IsParam ? ModelSet::ScopedEntry::Parameter
                      : ModelSet::ScopedEntry::Local;
  llvm::StringRef Name = VD->getName();
  // Patterns are compiled once per model file; a declaration is matched
  // once (declCategories is memoized), a function's name made once.
  for (unsigned I : ScopedIndex.candidates(Name)) {
    const ModelSet::ScopedEntry &E = Models.Scoped[I];
    if (E.Kind != Kind || !E.Name.matches(Name))
      continue;
    if (E.Function) {
      if (!Owner)
        continue;
      auto [It, New] = FunctionNames.try_emplace(Owner->getCanonicalDecl());
      if (New)
        It->second = modelName(Owner);
      if (!E.Function->matches(It->second))
        continue;
    }
    Apply(I);
  }
}

void DeclFacts::addScopedCategories(const VarDecl *VD,
                                    llvm::SmallVectorImpl<Category> &Cats) {
  forEachScopedEntry(VD, [&](unsigned I) {
    if (!llvm::is_contained(Cats, Models.Scoped[I].Cat))
      Cats.push_back(Models.Scoped[I].Cat);
  });
}

bool DeclFacts::isExcludedMember(const FieldDecl *F) {
  if (!AnyExclusions)
    AnyExclusions = llvm::any_of(Models.Decls, [](const auto &E) {
      return !E.Excludes.empty();
    });
  if (!*AnyExclusions || !F->getIdentifier())
    return false;
  // A member of an anonymous struct or union is read as one of the record
  // around it (`m.tag`): that record's entry names it.
  const RecordDecl *Owner = F->getParent();
  while (Owner->isAnonymousStructOrUnion() &&
         isa<RecordDecl>(Owner->getParent()))
    Owner = cast<RecordDecl>(Owner->getParent());
  const auto *RD = cast<RecordDecl>(Owner->getCanonicalDecl());
  auto It = ExcludedByRecord.find(RD);
  if (It == ExcludedByRecord.end()) {
    if (!Aliases)
      Aliases = std::make_unique<TypedefIndex>(buildTypedefIndex(Ctx));
    llvm::SmallVector<std::string, 2> Names;
    const RecordDecl *Def = RD->getDefinition();
    for (const std::string &N : recordTypeNames(RD, Aliases.get()))
      for (const ModelSet::DeclEntry &E : Models.Decls)
        if (E.Kind == ModelSet::DeclEntry::Type && !E.Excludes.empty() &&
            E.Name.matches(N))
          for (const ModelSet::ExcludedField &X : E.Excludes) {
            Names.push_back(X.Name);
            // Never silent: a name the type does not have excludes nothing.
            if (Def && !hasMemberNamed(Def, X.Name))
              MissingMembers.push_back({X.Origin, X.Name, N});
          }
    It = ExcludedByRecord.try_emplace(RD, std::move(Names)).first;
  }
  return llvm::is_contained(It->second, F->getName());
}

//===----------------------------------------------------------------------===//
// end engine-a
//===----------------------------------------------------------------------===//

llvm::SmallVector<Category, 1>
DeclFacts::typeCategories(QualType T, const Decl **TypeDecl) {
  return typeCategories(T, TypeDecl, 0);
}

/// engine-a: the categories of the template arguments as written
/// (`std::vector<Msisdn>`): the specialisation's own arguments are
/// canonical, the annotated alias is only in the sugar.
llvm::SmallVector<Category, 1>
DeclFacts::writtenArgumentCategories(QualType T, const Decl **TypeDecl,
                                     unsigned Depth) {
  const auto *TST = T->getAs<TemplateSpecializationType>();
  if (!TST || Depth >= 2)
    return {};
  for (const TemplateArgument &A : TST->template_arguments())
    if (A.getKind() == TemplateArgument::Type) {
      auto Cats = typeCategories(A.getAsType(), TypeDecl, Depth + 1);
      if (!Cats.empty())
        return Cats;
    }
  return {};
}

llvm::SmallVector<Category, 1>
DeclFacts::typeCategories(QualType T, const Decl **TypeDecl, unsigned Depth) {
  // Walk the sugar: every typedef level and the underlying tag may carry a
  // category. Pointers, references and arrays carry their element's.
  for (unsigned Guard = 0; !T.isNull() && Guard < 16; ++Guard) {
    if (const auto *TT = T->getAs<TypedefType>()) {
      // getAs desugars to the first typedef; check it, then continue below it.
      auto Cats = declCategories(TT->getDecl());
      if (!Cats.empty()) {
        if (TypeDecl)
          *TypeDecl = TT->getDecl();
        return Cats;
      }
      T = TT->getDecl()->getUnderlyingType();
      continue;
    }
    if (const auto *TD = T->getAsTagDecl()) {
      const TagDecl *Def = TD->getDefinition() ? TD->getDefinition() : TD;
      auto Cats = declCategories(Def);
      if (Cats.empty())
        if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Def))
          Cats = declCategories(Spec->getSpecializedTemplate()->getTemplatedDecl());
      if (!Cats.empty() && TypeDecl)
        *TypeDecl = Def;
      if (Cats.empty())
        Cats = writtenArgumentCategories(T, TypeDecl, Depth);
      return Cats;
    }
    if (T->isPointerType() || T->isReferenceType()) {
      T = T->getPointeeType();
      continue;
    }
    if (const auto *AT = T->getAsArrayTypeUnsafe()) {
      T = AT->getElementType();
      continue;
    }
    break;
  }
  return {};
}

void DeclFacts::collectFields(const RecordDecl *RD, FieldPath &Prefix,
                              std::vector<AnnotatedField> &Out,
                              unsigned Depth) {
  if (!RD || Depth >= MaxFieldDepth)
    return;
  RD = RD->getDefinition();
  if (!RD)
    return;
  for (const FieldDecl *F : RD->fields()) {
    // An excluded member holds nothing personal of its own, down to the
    // members of its type.
    if (isExcludedMember(F))
      continue;
    Prefix.push_back(F);
    auto Cats = declCategories(F);
    const Decl *TD = nullptr;
    auto TCats = typeCategories(F->getType(), &TD);
    for (Category C : Cats)
      Out.push_back({Prefix, C, F});
    for (Category C : TCats)
      if (!llvm::is_contained(Cats, C))
        Out.push_back({Prefix, C, TD ? TD : F});
    if (Cats.empty() && TCats.empty()) {
      QualType FT = F->getType();
      if (const auto *AT = FT->getAsArrayTypeUnsafe())
        FT = AT->getElementType();
      if (const auto *FRD = FT->getAsRecordDecl())
        collectFields(FRD, Prefix, Out, Depth + 1);
    }
    Prefix.pop_back();
  }
  if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
    for (const auto &B : CXX->bases())
      if (const auto *BRD = B.getType()->getAsRecordDecl())
        collectFields(BRD, Prefix, Out, Depth + 1);
}

const std::vector<DeclFacts::AnnotatedField> &
DeclFacts::annotatedFields(QualType T) {
  T = T.getNonReferenceType();
  for (unsigned Guard = 0; Guard < 4; ++Guard) {
    if (T->isPointerType())
      T = T->getPointeeType();
    else if (const auto *AT = T->getAsArrayTypeUnsafe())
      T = AT->getElementType();
    else
      break;
  }
  const Type *Key = T.getCanonicalType().getTypePtr();
  auto It = Fields.find(Key);
  if (It != Fields.end())
    return It->second;
  std::vector<AnnotatedField> Out;
  if (const auto *RD = T->getAsRecordDecl()) {
    FieldPath Prefix;
    collectFields(RD, Prefix, Out, 0);
  }
  return Fields[Key] = std::move(Out);
}

/// Whether entry \p E, whose name matches, applies to \p FD by its
/// paramTypes (none: every overload), the types as \p FD writes them.
static bool paramTypesMatch(const ModelSet::FunctionEntry &E,
                            const FunctionDecl *FD, ASTContext &Ctx) {
  if (!E.ParamTypes)
    return true;
  // A trailing "..." matches any further parameters (variadic templates
  // have one instantiation per argument count).
  const auto &Types = *E.ParamTypes;
  bool Open = !Types.empty() && Types.back().text() == "...";
  size_t Fixed = Open ? Types.size() - 1 : Types.size();
  if (Open ? FD->getNumParams() < Fixed : FD->getNumParams() != Fixed)
    return false;
  PrintingPolicy PP(Ctx.getLangOpts());
  PP.SuppressScope = false;
  for (unsigned I = 0; I < Fixed; ++I)
    if (!Types[I].matches(FD->getParamDecl(I)->getType().getAsString(PP)))
      return false;
  return true;
}

void DeclFacts::forEachFunctionEntry(const FunctionDecl *FD,
                                     llvm::function_ref<void(unsigned)> Apply) {
  // The parameter types as the first declaration writes them, whichever
  // declaration asks: one answer per function.
  FD = FD->getCanonicalDecl();
  if (Models.Functions.empty())
    return;
  if (!FunctionIndex.Built)
    buildIndex(Models.Functions, FunctionIndex);
  std::string Name = modelName(FD);
  for (unsigned C : FunctionIndex.candidates(Name)) {
    const ModelSet::FunctionEntry &E = Models.Functions[C];
    if (E.Name.matches(Name) && paramTypesMatch(E, FD, Ctx))
      Apply(C);
  }
}

const ModelSet::FunctionEntry *DeclFacts::modelEntry(const FunctionDecl *FD) {
  // The last entry forEachFunctionEntry would give, memoized: the hot path
  // tries the candidates from the end and stops at the first match.
  FD = FD->getCanonicalDecl();
  auto It = ModelEntries.find(FD);
  if (It != ModelEntries.end())
    return It->second;
  const ModelSet::FunctionEntry *Found = nullptr;
  if (!Models.Functions.empty()) {
    if (!FunctionIndex.Built)
      buildIndex(Models.Functions, FunctionIndex);
    std::string Name = modelName(FD);
    std::vector<unsigned> Candidates = FunctionIndex.candidates(Name);
    // Later entries win: user model files load after the shipped ones.
    for (auto C = Candidates.rbegin(); C != Candidates.rend(); ++C) {
      const ModelSet::FunctionEntry &E = Models.Functions[*C];
      if (E.Name.matches(Name) && paramTypesMatch(E, FD, Ctx)) {
        Found = &E;
        break;
      }
    }
  }
  ModelEntries[FD] = Found;
  return Found;
}

const FunctionSpec *DeclFacts::functionSpec(const FunctionDecl *FD) {
  FD = FD->getCanonicalDecl();
  auto It = Specs.find(FD);
  if (It != Specs.end())
    return It->second.get();
  std::unique_ptr<FunctionSpec> Spec;
  const DeclAnnotations &A = annotations(FD);
  // A template instantiation carries the annotations of its pattern.
  const DeclAnnotations *Pattern = nullptr;
  if (const FunctionDecl *P = FD->getTemplateInstantiationPattern())
    Pattern = &annotations(P);
  const DeclAnnotations &Use =
      (!A.Spec.isInteresting() && A.Categories.empty() && Pattern) ? *Pattern
                                                                   : A;
  if (Use.Spec.isInteresting() || !Use.Categories.empty()) {
    Spec = std::make_unique<FunctionSpec>(Use.Spec);
    Spec->ReturnCategories = Use.Categories;
    Spec->Origin = "annotation";
    Spec->SinksObject = true;
    // Sinks on individual parameters restrict which arguments are sunk.
    for (unsigned I = 0; I < FD->getNumParams(); ++I)
      if (annotations(FD->getParamDecl(I)).HasSink)
        Spec->SinkArgs.Indexes.push_back(I);
  } else {
    // A function with no sink annotation of its own may still sink some of
    // its parameters (PRIVACY_LOG_SINK on a parameter).
    FunctionSpec ParamSinks;
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      const DeclAnnotations &PA = annotations(FD->getParamDecl(I));
      if (PA.HasSink) {
        ParamSinks.Sink = PA.Spec.Sink;
        ParamSinks.SinkArgs.Indexes.push_back(I);
      }
    }
    if (ParamSinks.Sink) {
      ParamSinks.Origin = "annotation";
      Spec = std::make_unique<FunctionSpec>(ParamSinks);
    } else if (const auto *E = modelEntry(FD)) {
      Spec = std::make_unique<FunctionSpec>(E->Spec);
    }
  }
  addCallEffectAnnotations(FD, Spec);
  if (!Spec)
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      for (const CXXMethodDecl *O : MD->overridden_methods())
        if (const FunctionSpec *OS = functionSpec(O)) {
          // An override does what the method it overrides is declared to do.
          Spec = std::make_unique<FunctionSpec>(*OS);
          break;
        }
  const FunctionSpec *R = Spec.get();
  Specs[FD] = std::move(Spec);
  return R;
}

void DeclFacts::addCallEffectAnnotations(const FunctionDecl *FD,
                                         std::unique_ptr<FunctionSpec> &Spec) {
  // The position each annotation stands for: a parameter, the object of a
  // method (deletes), the result of a function (links).
  llvm::SmallVector<std::pair<int, const DeclAnnotations *>, 4> Found;
  const DeclAnnotations &Own = annotations(FD);
  if (Own.hasCallEffects())
    Found.push_back({ReturnArg, &Own});
  for (const FunctionDecl *R : FD->redecls())
    for (unsigned I = 0; I < R->getNumParams(); ++I) {
      if (!R->getParamDecl(I)->hasAttrs())
        continue;
      const DeclAnnotations &PA = annotations(R->getParamDecl(I));
      if (PA.hasCallEffects())
        Found.push_back({static_cast<int>(I), &PA});
    }
  if (Found.empty())
    return;
  if (!Spec) {
    Spec = std::make_unique<FunctionSpec>();
    Spec->Origin = "annotation";
  }
  bool Method = isa<CXXMethodDecl>(FD) && !cast<CXXMethodDecl>(FD)->isStatic();
  for (const auto &Entry : Found) {
    int Pos = Entry.first;
    const DeclAnnotations *A = Entry.second;
    // On the function itself, deleting means the object (a method only:
    // privacy-annotations reports it elsewhere) and links the result.
    if (A->Deletes && (Pos != ReturnArg || Method)) {
      Spec->Deletes = Pos == ReturnArg ? ThisArg : Pos;
      Spec->DeletesWhenNull = A->DeletesWhenNull;
    }
    if (A->LinksInto &&
        !llvm::is_contained(Spec->Links, std::make_pair(Pos, *A->LinksInto)))
      Spec->Links.push_back({Pos, *A->LinksInto});
    bool Known = llvm::any_of(Spec->Propagations, [&](const auto &P) {
      return P.From.Indexes.size() == 1 && P.From.Indexes[0] == Pos &&
             P.To.size() == 1 && P.To[0] == A->AtDest && P.At == A->At;
    });
    if (!A->At.empty() && Pos != ReturnArg && !Known) {
      PropagationRule R;
      R.From.Indexes.push_back(Pos);
      R.To.push_back(A->AtDest);
      R.At = A->At;
      Spec->Propagations.push_back(std::move(R));
      Spec->HasPropagations = true;
    }
  }
}

llvm::SmallVector<Category, 1> DeclFacts::paramCategories(const FunctionDecl *FD,
                                                          unsigned Index) {
  llvm::SmallVector<Category, 1> Cats;
  if (Index < FD->getNumParams())
    Cats = annotations(FD->getParamDecl(Index)).Categories;
  if (const auto *E = modelEntry(FD->getCanonicalDecl()))
    for (const auto &[I, C] : E->ParamCategories)
      if (I == static_cast<int>(Index) && !llvm::is_contained(Cats, C))
        Cats.push_back(C);
  return Cats;
}

std::vector<std::string> splitList(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  List.split(Parts, ';', -1, false);
  std::vector<std::string> R;
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      R.push_back(P.trim().str());
  return R;
}

} // namespace clang::tidy::privacy
