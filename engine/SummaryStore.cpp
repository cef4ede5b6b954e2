//===--- SummaryStore.cpp - Function summaries across translation units -===//

#include "SummaryStore.h"
#include "support/Hash.h"
#include "support/JsonDepth.h"
#include "support/Paths.h"
#include "support/StoreLayout.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <set>
#include <nlohmann/json.hpp>

namespace clang::tidy::privacy {

using nlohmann::json;

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Buf;
  if (index::generateUSRForDecl(D, Buf))
    return "";
  return std::string(Buf);
}

SummaryStore::SummaryStore(TranslationUnitAnalysis &TU) : TU(TU) {
  if (!TU.Opts.ReadSummaries)
    return;
  // A second pass ('read') needs a store; a repeated first pass ('update')
  // may be the first to write one.
  bool ReadOnly = !TU.Opts.WriteSummaries;
  const std::string &Dir = TU.Opts.SummaryStore;
  auto Say = [&](SummaryStoreFacts::Problem What, std::string Detail = "",
                 std::string Format = "") {
    TU.Notices.push_back(
        {ReadOnly ? DiagnosticIDs::Error : DiagnosticIDs::Warning,
         SourceLocation(),
         SummaryStoreFacts{What, Dir, std::move(Detail), std::move(Format)}});
  };
  llvm::SmallString<256> Current(Dir);
  llvm::sys::path::append(Current, SummaryStoreVersion);
  if (llvm::sys::fs::is_directory(Current))
    return;
  if (llvm::sys::fs::exists(Current)) {
    Say(SummaryStoreFacts::Damaged, std::string(Current));
    return;
  }
  for (const char *Old : OldSummaryStoreVersions) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, Old);
    if (llvm::sys::fs::exists(P)) {
      Say(SummaryStoreFacts::EarlierFormat, Old, SummaryStoreVersion);
      return;
    }
  }
  if (!ReadOnly)
    return;
  if (!llvm::sys::fs::is_directory(Dir))
    Say(SummaryStoreFacts::Missing);
  else
    Say(SummaryStoreFacts::Empty, "", SummaryStoreVersion);
}

std::string SummaryStore::pathFor(llvm::StringRef USR) const {
  llvm::SmallString<256> P(TU.Opts.SummaryStore);
  llvm::sys::path::append(
      P, SummaryStoreVersion,
      summaryRelativePath(std::string_view(USR.data(), USR.size())));
  return std::string(P);
}

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

namespace {
class Writer {
public:
  explicit Writer(TranslationUnitAnalysis &TU) : TU(TU) {}

  json loc(SourceLocation L) {
    PlainLocation P = TU.plain(L);
    if (P.File.empty())
      return nullptr;
    return json::array({P.File, P.Line, P.Column});
  }
  json fields(llvm::ArrayRef<const FieldDecl *> F) {
    json A = json::array();
    for (const FieldDecl *D : F)
      A.push_back(D->getNameAsString());
    return A;
  }
  json trace(const Trace &T) {
    json A = json::array();
    for (const TraceStep &S : traceSteps(T)) {
      const TraceNode &N = *S.N;
      json J = {{"loc", loc(N.Loc)},
                {"kind", stepKindId(N.Kind)},
                {"subject", N.Subject}};
      if (!N.Via.empty())
        J["via"] = N.Via;
      if (S.IsSource) {
        J["source"] = true;
        J["category"] = categoryId(N.Cat).str();
        J["name"] = N.Name;
      }
      A.push_back(std::move(J));
    }
    return A;
  }
  /// The qualified name of a hit's concrete source, for the finding's
  /// identity in the callers' translation units.
  static std::string sourceName(const SinkHit &H) {
    if (H.Data.L.IsParam)
      return {};
    if (!H.SourceName.empty())
      return H.SourceName;
    const auto *ND = dyn_cast_or_null<NamedDecl>(H.Data.L.Source);
    return ND ? ND->getQualifiedNameAsString() : std::string();
  }
  json taint(const Taint &T) {
    json J = {{"category", categoryId(T.L.Cat).str()},
              {"where", fields(T.L.Where)},
              {"pseudonymised", T.L.Pseudonymised},
              {"trace", trace(T.T)}};
    if (T.L.IsParam) {
      J["param"] = T.L.Param;
      J["paramPath"] = fields(T.L.ParamPath);
      if (T.L.ViaNumber)
        J["viaNumber"] = true;
    }
    return J;
  }
  // Sets and maps here are ordered by declaration pointers: sorted by their
  // text, the same summary is the same file in every process.
  json value(const Value &V) {
    std::vector<json> Items;
    for (const Taint &T : V.Taints)
      Items.push_back(taint(T));
    return sortedArray(std::move(Items));
  }
  /// Places mapped to places (`pointsTo`, `links`): each key place with
  /// its places under \p Inner, sorted.
  json placeMap(const std::map<OutPlace, std::set<OutPlace>> &Map,
                const char *Inner) {
    auto Place = [&](const OutPlace &P) {
      return json{{"param", P.Param}, {"fields", fields(P.Fields)}};
    };
    std::vector<json> Items;
    for (const auto &[Key, Values] : Map) {
      std::vector<json> Places;
      for (const OutPlace &P : Values)
        Places.push_back(Place(P));
      json Item = Place(Key);
      Item[Inner] = sortedArray(std::move(Places));
      Items.push_back(std::move(Item));
    }
    return sortedArray(std::move(Items));
  }
  static json sortedArray(std::vector<json> Items) {
    std::vector<std::pair<std::string, json>> Keyed;
    for (json &J : Items)
      Keyed.emplace_back(J.dump(), std::move(J));
    std::sort(Keyed.begin(), Keyed.end(),
              [](const auto &A, const auto &B) { return A.first < B.first; });
    json A = json::array();
    for (auto &K : Keyed)
      A.push_back(std::move(K.second));
    return A;
  }
  /// A bind wrapper's sink condition (SqlBinding.h).
  static json binding(const SqlBinding &B) {
    static const char *const Kinds[] = {"number", "name", "numberParam",
                                        "nameParam"};
    json Choices = json::array();
    for (const SqlChoice &C : B.Choices) {
      json J = {{"kind", Kinds[C.Kind]}};
      if (C.Kind == SqlChoice::ByNumber)
        J["number"] = C.Number;
      else if (C.Kind == SqlChoice::ByName)
        J["name"] = C.Name;
      else
        J["param"] = C.Param;
      if (C.IfParam >= 0) {
        J["ifParam"] = C.IfParam;
        J["ifNonNull"] = C.IfNonNull;
      }
      Choices.push_back(std::move(J));
    }
    return {{"statement", B.Statement}, {"choices", std::move(Choices)}};
  }
  json summary(const FunctionDecl *FD, const FunctionSummary &S,
               const json &Sources) {
    json J = {{"usr", usrOf(FD)},
              {"function", FD->getQualifiedNameAsString()},
              {"sources", Sources},
              {"return", value(S.Return)}};
    for (auto [Key, Set] : {std::pair{"returnsConsent", &S.ReturnsConsent},
                            std::pair{"returnsNegConsent", &S.ReturnsNegConsent}})
      if (*Set) {
        json P = json::array();
        for (llvm::StringRef R : **Set)
          P.push_back(R.str());
        J[Key] = P;
      }
    std::vector<json> W;
    for (const auto &[Place, V] : S.Writes)
      W.push_back({{"param", Place.Param},
                   {"fields", fields(Place.Fields)},
                   {"value", value(V)}});
    J["writes"] = sortedArray(std::move(W));
    if (!S.PointsTo.empty())
      J["pointsTo"] = placeMap(S.PointsTo, "targets");
    if (!S.Links.empty())
      J["links"] = placeMap(S.Links, "into");
    std::vector<json> Sinks;
    for (const SinkHit &H : S.Sinks) {
      json Checks = json::array();
      for (const ConsentSeen &C : H.ConsentChecks)
        Checks.push_back({{"loc", loc(C.Loc)},
                          {"purpose", C.Purpose},
                          {"function", C.Function}});
      json Held = json::array();
      for (llvm::StringRef P : H.ConsentHeld)
        Held.push_back(P.str());
      json Calls = json::array();
      for (SourceLocation L : H.CallSites)
        Calls.push_back(loc(L));
      json Sink = {{"taint", taint(H.Data)},
                   {"kind", sinkKindId(H.Sink.Kind).str()},
                   {"purpose", H.Sink.Purpose},
                   {"loc", loc(H.SinkLoc)},
                   {"desc", H.SinkDesc.Name},
                   {"consentHeld", Held},
                   {"consentChecks", Checks},
                   {"callSites", Calls}};
      if (H.SinkDesc.Kind == SinkSubject::StaticStorage)
        Sink["staticStorage"] = true;
      if (H.Sink.RetentionDays)
        Sink["retentionDays"] = *H.Sink.RetentionDays;
      if (std::string Name = sourceName(H); !Name.empty())
        Sink["sourceName"] = Name;
      // Data its parameter's type declares: each caller decides whether
      // its object holds it (Analyzer::instantiateHeldSink).
      if (const ParmVarDecl *P = H.Data.L.Holder;
          P && cast<FunctionDecl>(P->getDeclContext())->getCanonicalDecl() ==
                   FD->getCanonicalDecl()) {
        Sink["holder"] = P->getFunctionScopeIndex();
        Sink["holderPath"] = fields(H.Data.L.HolderPath);
      }
      if (H.Sql)
        Sink["sql"] = binding(*H.Sql);
      Sinks.push_back(Sink);
    }
    J["sinks"] = sortedArray(std::move(Sinks));
    return J;
  }

private:
  TranslationUnitAnalysis &TU;
};

/// The store's files are written like SARIF fragments: through a unique
/// temporary in the same directory and a rename, so readers see the old
/// file or the new one, never a torn one. No fsync: the store is a cache
/// whose readers detect a corrupt file, and a TU writes hundreds of them.
std::optional<std::string> writeAtomically(const std::string &Path,
                                           const std::string &Text) {
  if (auto Err = createDirectories(
          std::string(llvm::sys::path::parent_path(Path))))
    return Err;
  return writeFileAtomically(Path, Text, /*Sync=*/false);
}
/// The TU's facts of the handle arrays other TUs can see (fields, external
/// variables), for the manifest; sorted by USR.
json handleTablesJson(TranslationUnitAnalysis &TU) {
  std::map<std::string, json> Records;
  for (const auto &[H, T] : TU.sqlTables().tables()) {
    const auto *VD = dyn_cast<VarDecl>(H);
    std::string USR = usrOf(H);
    if ((VD && !VD->isExternallyVisible()) || USR.empty())
      continue;
    json J = {{"usr", USR}};
    if (T.Other) {
      J["other"] = true;
    } else {
      json Texts = json::array();
      for (const auto &[K, Sql] : T.Texts)
        Texts.push_back({{"index", K}, {"sql", Sql}});
      J["texts"] = std::move(Texts);
      J["unknownAt"] = T.UnknownAt;
    }
    Records[USR] = std::move(J);
  }
  json A = json::array();
  for (auto &[USR, J] : Records)
    A.push_back(std::move(J));
  return A;
}
} // namespace

void SummaryStore::writeAll() {
  ASTContext &Ctx = TU.Ctx;
  const SourceManager &SM = Ctx.getSourceManager();
  // Every project file of this TU, with the hash of the text it was
  // analysed from.
  std::map<std::string, std::string> SourceHashes; // sorted: stable output
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
    FileEntryRef FE = It->first;
    FileID FID = SM.translateFile(FE);
    if (FID.isInvalid() || SM.isInSystemHeader(SM.getLocForStartOfFile(FID)))
      continue;
    std::optional<llvm::StringRef> Text = SM.getBufferDataOrNone(FID);
    if (!Text)
      continue;
    llvm::SmallString<256> Path(FE.getFileEntry().tryGetRealPathName());
    if (Path.empty())
      Path = FE.getName();
    llvm::sys::fs::make_absolute(Path);
    SourceHashes[std::string(Path)] = fnv1aHex(*Text);
  }
  json Sources = json::array();
  for (const auto &[Path, Hash] : SourceHashes)
    Sources.push_back({{"file", Path}, {"hash", Hash}});
  // The TU's manifest: which sources its summaries came from and which
  // summaries it wrote, so that a driver can skip the first pass of a TU
  // whose sources did not change and find a summary lost since. It is the
  // TU's commit record: the old one goes first, the new one is written
  // after every summary, so an interrupted or failed pass leaves none.
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  std::string ManifestPath;
  json Manifest;
  if (Main) {
    llvm::SmallString<256> MainPath(Main->getFileEntry().tryGetRealPathName());
    if (MainPath.empty())
      MainPath = Main->getName();
    llvm::sys::fs::make_absolute(MainPath);
    llvm::SmallString<256> P(TU.Opts.SummaryStore);
    llvm::sys::path::append(
        P, SummaryStoreVersion,
        manifestRelativePath(std::string_view(MainPath.data(), MainPath.size())));
    ManifestPath = std::string(P);
    Manifest = {{"main", std::string(MainPath)}, {"sources", Sources}};
    std::error_code EC = llvm::sys::fs::remove(ManifestPath);
    if (EC && EC != std::errc::no_such_file_or_directory) {
      TU.Notices.push_back({DiagnosticIDs::Error, SourceLocation(),
                            SummaryStoreFacts{SummaryStoreFacts::CannotReplace,
                                              ManifestPath, EC.message()}});
      return;
    }
  }
  Manifest["statementTables"] = handleTablesJson(TU);
  Writer W(TU);
  std::set<std::string> Written;
  for (const auto &[FD, S] : TU.Summaries) {
    if (!S.Analyzed || S.GaveUp || !FD->isExternallyVisible())
      continue;
    const FunctionDecl *Def = FD->getDefinition();
    if (!Def || !SM.isInMainFile(SM.getExpansionLoc(Def->getLocation())))
      continue;
    std::string USR = usrOf(FD);
    if (USR.empty())
      continue;
    std::string Text = W.summary(FD, S, Sources).dump(1);
    if (auto Err = writeAtomically(pathFor(USR), Text)) {
      TU.Notices.push_back({DiagnosticIDs::Error, SourceLocation(),
                            SummaryStoreFacts{SummaryStoreFacts::CannotWrite,
                                              "", *Err}});
      return; // no manifest: the TU's summaries are incomplete
    }
    Written.insert(USR);
  }
  if (ManifestPath.empty())
    return;
  Manifest["summaries"] = json::array();
  for (const std::string &USR : Written)
    Manifest["summaries"].push_back(USR);
  if (auto Err = writeAtomically(ManifestPath, Manifest.dump(1)))
    TU.Notices.push_back(
        {DiagnosticIDs::Error, SourceLocation(),
         SummaryStoreFacts{SummaryStoreFacts::CannotWrite, "", *Err}});
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

bool SummaryStore::isFresh(const std::string &File, const std::string &Hash) {
  auto It = FreshFiles.find(File);
  if (It != FreshFiles.end())
    return It->second;
  auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  bool Fresh = Buf && fnv1aHex((*Buf)->getBuffer()) == Hash;
  FreshFiles[File] = Fresh;
  return Fresh;
}

namespace {
/// What makes a stored summary unusable: it is not what a first pass of
/// this build writes for this function.
struct CorruptSummary : std::exception {
  explicit CorruptSummary(CorruptSummaryFacts::Reason R,
                          std::string Function = {}) {
    Why.What = R;
    Why.Function = std::move(Function);
  }
  CorruptSummaryFacts Why;
};
using Corrupt = CorruptSummaryFacts;

class Reader {
public:
  Reader(TranslationUnitAnalysis &TU, const FunctionDecl *FD)
      : TU(TU), FD(FD), SM(TU.Ctx.getSourceManager()) {}

  SourceLocation loc(const json &J) {
    // translateLineCol wants lines and columns from 1.
    if (!J.is_array() || J.size() != 3 || !J[0].is_string() ||
        !J[1].is_number_unsigned() || !J[2].is_number_unsigned() ||
        J[1] == 0 || J[2] == 0 || J[1] > UINT_MAX || J[2] > UINT_MAX)
      return {};
    auto FE = SM.getFileManager().getOptionalFileRef(J[0].get<std::string>());
    if (!FE)
      return {};
    FileID FID = const_cast<SourceManager &>(SM).getOrCreateFileID(
        *FE, SrcMgr::C_User);
    return SM.translateLineCol(FID, J[1].get<unsigned>(),
                               J[2].get<unsigned>());
  }
  /// Field names resolved against a record type, as far as they match.
  FieldPath fields(const json &Names, QualType T) {
    FieldPath P;
    for (const auto &N : Names) {
      T = T.getNonReferenceType();
      while (T->isPointerType())
        T = T->getPointeeType();
      const RecordDecl *RD = T->getAsRecordDecl();
      if (!RD || !RD->getDefinition() || !N.is_string())
        break;
      const FieldDecl *Found = nullptr;
      for (const FieldDecl *F : RD->getDefinition()->fields())
        if (F->getName() == N.get<std::string>())
          Found = F;
      if (!Found)
        break;
      P.push_back(Found);
      T = Found->getType();
    }
    return P;
  }
  /// A parameter index of this function: `this` of a method, or a declared
  /// parameter (any index of a C function declared without a prototype).
  void checkParam(const json &J) {
    if (!J.is_number_integer())
      throw CorruptSummary(Corrupt::ParamIndexNotNumber);
    int64_t Param = J.get<int64_t>();
    if (Param == ThisArg) {
      if (!isa<CXXMethodDecl>(FD))
        throw CorruptSummary(Corrupt::ThisOfNonMethod, FD->getNameAsString());
      return;
    }
    if (Param == VariadicArgs && FD->isVariadic())
      return;
    if (Param < 0 ||
        (FD->hasPrototype() && static_cast<uint64_t>(Param) >= FD->getNumParams())) {
      CorruptSummary C(Corrupt::ParamIndexBeyond, FD->getNameAsString());
      C.Why.Index = Param;
      C.Why.Count = FD->getNumParams();
      throw C;
    }
  }
  QualType paramType(int Param) {
    if (Param == ThisArg) {
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
        return MD->getThisType();
      return {};
    }
    if (Param >= 0 && static_cast<unsigned>(Param) < FD->getNumParams())
      return FD->getParamDecl(Param)->getType();
    return {};
  }
  /// The parameter whose object a sink hit's data is declared in: a
  /// declared parameter of this function, or the summary is corrupt.
  void holder(const json &H, Label &L) {
    const json &J = H["holder"];
    if (!J.is_number_integer() || J.get<int64_t>() < 0 ||
        J.get<int64_t>() >= static_cast<int64_t>(FD->getNumParams()))
      throw CorruptSummary(Corrupt::HolderNotParameter, FD->getNameAsString());
    L.Holder = FD->getParamDecl(J.get<unsigned>());
    L.HolderPath =
        fields(H.value("holderPath", json::array()), L.Holder->getType());
  }
  /// A declared parameter's index, or the summary is corrupt.
  int declaredParam(const json &J, Corrupt::Reason What) {
    if (!J.is_number_integer() || J.get<int64_t>() < 0 ||
        J.get<int64_t>() >= static_cast<int64_t>(FD->getNumParams()))
      throw CorruptSummary(What, FD->getNameAsString());
    return J.get<int>();
  }
  /// A sink's SQL condition as Writer::binding wrote it.
  std::shared_ptr<const SqlBinding> binding(const json &J) {
    if (!J.is_object() || !J.contains("choices") || !J["choices"].is_array())
      throw CorruptSummary(Corrupt::BindingNoChoices);
    auto B = std::make_shared<SqlBinding>();
    B->Statement = declaredParam(J.value("statement", json()),
                                 Corrupt::BindingStatementNotParameter);
    for (const auto &C : J["choices"]) {
      SqlChoice Ch;
      std::string Kind = C.is_object() ? C.value("kind", "") : "";
      if (Kind == "number" && C["number"].is_number_integer()) {
        Ch.Number = C["number"].get<long long>();
      } else if (Kind == "name" && C["name"].is_string()) {
        Ch.Kind = SqlChoice::ByName;
        Ch.Name = C["name"].get<std::string>();
      } else if (Kind == "numberParam" || Kind == "nameParam") {
        Ch.Kind = Kind == "numberParam" ? SqlChoice::ByNumberParam
                                        : SqlChoice::ByNameParam;
        Ch.Param = declaredParam(C.value("param", json()),
                                 Corrupt::BindingNameNotParameter);
      } else {
        throw CorruptSummary(Corrupt::BindingUnknownChoice);
      }
      if (C.contains("ifParam")) {
        Ch.IfParam =
            declaredParam(C["ifParam"], Corrupt::BindingNullTestNotParameter);
        Ch.IfNonNull = C.value("ifNonNull", true);
      }
      B->Choices.push_back(std::move(Ch));
    }
    return B;
  }
  Trace trace(const json &A) {
    Trace T;
    for (const auto &N : A) {
      auto Node = std::make_shared<TraceNode>();
      Node->Loc = loc(N.value("loc", json()));
      std::optional<StepKind> K = parseStepKind(N.value("kind", ""));
      if (!K)
        return nullptr; // a step this build cannot read: no path, not a wrong one
      Node->Kind = *K;
      Node->Subject = N.value("subject", "");
      Node->Via = N.value("via", "");
      Node->IsSource = N.value("source", false);
      if (Node->IsSource) {
        std::optional<Category> C = parseCategory(N.value("category", ""));
        if (!C)
          return nullptr;
        Node->Cat = *C;
        Node->Name = N.value("name", "");
      }
      Node->Prev = T;
      Node->Length = traceLength(T) + 1;
      T = Node;
    }
    return T;
  }
  std::optional<Taint> taint(const json &J, QualType WhereType) {
    if (!J.is_object())
      throw CorruptSummary(Corrupt::TaintNotObject);
    auto Cat = parseCategory(J.value("category", ""));
    if (!Cat) {
      CorruptSummary C(Corrupt::UnknownCategory);
      C.Why.Value = J.value("category", "");
      throw C;
    }
    Taint T;
    T.L.Cat = *Cat;
    T.L.Pseudonymised = J.value("pseudonymised", false);
    if (J.contains("param")) {
      checkParam(J["param"]);
      T.L.IsParam = true;
      T.L.Param = J["param"].get<int>();
      T.L.ViaNumber = J.value("viaNumber", false);
      QualType PT = paramType(T.L.Param);
      if (!PT.isNull())
        T.L.ParamPath = fields(J.value("paramPath", json::array()), PT);
    } else {
      // The source lives in another TU: the callee stands for it.
      T.L.Source = FD->getCanonicalDecl();
    }
    if (!WhereType.isNull())
      T.L.Where = fields(J.value("where", json::array()), WhereType);
    T.T = trace(J.value("trace", json::array()));
    return T;
  }
  Value value(const json &A, QualType WhereType) {
    Value V;
    if (!A.is_array())
      throw CorruptSummary(Corrupt::ValueNotArray);
    for (const auto &J : A)
      if (auto T = taint(J, WhereType))
        V.add(*T);
    return V;
  }
  /// A parameter and fields inside it; nullopt for a parameter of an
  /// unprototyped C function.
  std::optional<OutPlace> outPlace(const json &J, Corrupt::Reason What) {
    if (!J.is_object() || !J.contains("param"))
      throw CorruptSummary(What);
    checkParam(J["param"]);
    int Param = J["param"].get<int>();
    QualType PT = paramType(Param);
    if (PT.isNull())
      return std::nullopt;
    return OutPlace{Param, fields(J.value("fields", json::array()), PT)};
  }
  /// What placeMap reads: the member holding the places, and what a key
  /// and one of those places without a parameter are.
  struct PlaceMapNames {
    const char *Inner;
    Corrupt::Reason Key, Value;
  };
  /// Member \p Member of \p J as Writer::placeMap wrote it.
  void placeMap(const json &J, const char *Member, PlaceMapNames Names,
                bool ResultKey, std::map<OutPlace, std::set<OutPlace>> &Out) {
    for (const auto &E : J.value(Member, json::array())) {
      std::optional<OutPlace> Key =
          ResultKey && E.is_object() && E.value("param", json()) == ReturnArg
              ? std::optional<OutPlace>(OutPlace{ReturnArg, {}})
              : outPlace(E, Names.Key);
      if (!Key)
        continue;
      for (const auto &V : E.value(Names.Inner, json::array()))
        if (std::optional<OutPlace> Place = outPlace(V, Names.Value))
          Out[*Key].insert(*Place);
    }
  }
  std::unique_ptr<FunctionSummary> summary(const json &J) {
    auto S = std::make_unique<FunctionSummary>();
    S->Analyzed = true;
    S->Return = value(J.value("return", json::array()), FD->getReturnType());
    for (auto [Key, Set] : {std::pair{"returnsConsent", &S->ReturnsConsent},
                            std::pair{"returnsNegConsent", &S->ReturnsNegConsent}})
      if (J.contains(Key) && J[Key].is_array()) {
        PurposeSet P;
        for (const auto &R : J[Key])
          if (R.is_string())
            insertPurpose(P, TU.Strings.save(R.get<std::string>()));
        *Set = P;
      }
    for (const auto &W : J.value("writes", json::array())) {
      if (!W.is_object() || !W.contains("param"))
        throw CorruptSummary(Corrupt::WriteWithoutParameter);
      checkParam(W["param"]);
      int Param = W["param"].get<int>();
      QualType PT = paramType(Param);
      if (PT.isNull())
        continue; // a parameter of an unprototyped C function
      OutPlace Place{Param, fields(W.value("fields", json::array()), PT)};
      S->Writes[Place].merge(value(W.value("value", json::array()), {}));
    }
    placeMap(J, "pointsTo",
             {"targets", Corrupt::PointerWithoutParameter,
              Corrupt::PointerTargetWithoutParameter},
             /*ResultKey=*/false, S->PointsTo);
    // A link's key may be the result ({"param": -2}).
    placeMap(J, "links",
             {"into", Corrupt::LinkedPlaceWithoutParameter,
              Corrupt::ContainerWithoutParameter},
             /*ResultKey=*/true, S->Links);
    for (const auto &H : J.value("sinks", json::array())) {
      auto T = taint(H.value("taint", json::object()), {});
      auto K = parseSinkKind(H.value("kind", ""));
      if (!K) {
        CorruptSummary C(Corrupt::UnknownSinkKind);
        C.Why.Value = H.value("kind", "");
        throw C;
      }
      SinkHit Hit;
      Hit.Data = *T;
      Hit.Sink.Kind = *K;
      Hit.Sink.Purpose = H.value("purpose", "");
      if (H.contains("retentionDays") && H["retentionDays"].is_number_integer())
        Hit.Sink.RetentionDays = H["retentionDays"].get<int64_t>();
      Hit.SinkLoc = loc(H.value("loc", json()));
      if (H.contains("staticStorage") && !H["staticStorage"].is_boolean())
        throw CorruptSummary(Corrupt::StaticStorageNotBoolean);
      Hit.SinkDesc = SinkSubject(H.value("staticStorage", false)
                                     ? SinkSubject::StaticStorage
                                     : SinkSubject::Named,
                                 H.value("desc", ""));
      Hit.SourceName = H.value("sourceName", "");
      if (H.contains("holder"))
        holder(H, Hit.Data.L);
      if (H.contains("sql"))
        Hit.Sql = binding(H["sql"]);
      Hit.Imported = true;
      for (const auto &P : H.value("consentHeld", json::array()))
        if (P.is_string())
          insertPurpose(Hit.ConsentHeld, TU.Strings.save(P.get<std::string>()));
      for (const auto &C : H.value("consentChecks", json::array()))
        Hit.ConsentChecks.push_back({loc(C.value("loc", json())),
                                     C.value("purpose", ""),
                                     C.value("function", "")});
      for (const auto &L : H.value("callSites", json::array()))
        Hit.CallSites.push_back(loc(L));
      S->Sinks.push_back(std::move(Hit));
    }
    return S;
  }

private:
  TranslationUnitAnalysis &TU;
  const FunctionDecl *FD;
  const SourceManager &SM;
};
} // namespace

/// One record of a manifest's "statementTables" (handleTablesJson).
static std::pair<std::string, HandleTable> handleRecord(const json &R) {
  if (!R.is_object() || !R.contains("usr") || !R["usr"].is_string())
    throw CorruptSummary(Corrupt::TableNoDeclaration);
  HandleTable T;
  T.Other = R.value("other", false);
  for (const auto &E : R.value("texts", json::array())) {
    if (!E.is_object() || !E.contains("index") ||
        !E["index"].is_number_unsigned() || !E.contains("sql") ||
        !E["sql"].is_array())
      throw CorruptSummary(Corrupt::TableEntryIncomplete);
    for (const auto &Sql : E["sql"])
      T.Texts[E["index"].get<uint64_t>()].insert(Sql.get<std::string>());
  }
  for (const auto &K : R.value("unknownAt", json::array()))
    T.UnknownAt.insert(K.get<uint64_t>());
  return {R["usr"].get<std::string>(), std::move(T)};
}

/// Every manifest's statement tables, joined; the tables a manifest whose
/// sources changed names are unknown, and all are when one is damaged.
void SummaryStore::loadHandleTables() {
  TablesLoaded = true;
  auto Damaged = [&](const std::string &Path, CorruptSummaryFacts Why) {
    TablesUnknown = true;
    SummaryStoreFacts F{SummaryStoreFacts::Corrupt, Path};
    F.Why = std::move(Why);
    TU.Notices.push_back({DiagnosticIDs::Error, SourceLocation(), F});
  };
  llvm::SmallString<256> Dir(TU.Opts.SummaryStore);
  llvm::sys::path::append(Dir, SummaryStoreVersion, "tu");
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    if (llvm::sys::path::extension(It->path()) != ".json")
      continue;
    auto Buf = llvm::MemoryBuffer::getFile(It->path(), /*IsText=*/true);
    llvm::StringRef Text = Buf ? (*Buf)->getBuffer() : "";
    json J = Buf && jsonTooDeepAt({Text.data(), Text.size()}) ==
                        std::string_view::npos
                 ? json::parse(Text.begin(), Text.end(), nullptr, false)
                 : json(json::value_t::discarded);
    try {
      if (!J.is_object())
        throw CorruptSummary(Corrupt::NotManifest);
      if (!J.contains("statementTables") || !J["statementTables"].is_array())
        throw CorruptSummary(Corrupt::NoStatementTables);
      const json &Records = J["statementTables"];
      bool Fresh = true;
      if (!Records.empty())
        for (const auto &Src : J.value("sources", json::array()))
          Fresh = Fresh && isFresh(Src.value("file", ""), Src.value("hash", ""));
      for (const auto &R : Records) {
        auto [USR, T] = handleRecord(R);
        T.Other = T.Other || !Fresh;
        auto [Old, New] = HandleTables.try_emplace(USR, T);
        if (!New)
          Old->second = agree(Old->second, T);
      }
    } catch (const CorruptSummary &C) {
      Damaged(It->path(), C.Why);
    } catch (const std::exception &) {
      Damaged(It->path(), {Corrupt::TablesMalformed});
    }
  }
}

std::optional<HandleTable> SummaryStore::handleTable(const ValueDecl *H) {
  if (!TablesLoaded)
    loadHandleTables();
  if (TablesUnknown) {
    HandleTable None;
    None.Other = true;
    return None;
  }
  auto It = HandleTables.find(usrOf(H));
  if (It == HandleTables.end())
    return std::nullopt;
  return It->second;
}

const FunctionSummary *SummaryStore::lookup(const FunctionDecl *FD) {
  std::string USR = usrOf(FD);
  if (USR.empty())
    return nullptr;
  auto It = Loaded.find(USR);
  if (It != Loaded.end())
    return It->second.get();
  std::unique_ptr<FunctionSummary> Result;
  std::string Path = pathFor(USR);
  // A store that cannot be read is an error, never an empty store: the
  // analysis would miss every flow through the function.
  auto Damaged = [&](CorruptSummaryFacts Why) {
    SummaryStoreFacts F{SummaryStoreFacts::Corrupt, Path};
    F.Why = std::move(Why);
    TU.Notices.push_back({DiagnosticIDs::Error, SourceLocation(), F});
  };
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf) {
    // No file: a function no first pass summarised (defined outside the
    // project, or not externally visible).
    if (Buf.getError() != std::errc::no_such_file_or_directory)
      TU.Notices.push_back(
          {DiagnosticIDs::Error, SourceLocation(),
           SummaryStoreFacts{SummaryStoreFacts::Unreadable, Path,
                             Buf.getError().message()}});
  } else {
    llvm::StringRef Text = (*Buf)->getBuffer();
    // The parser's result is freed recursively: refuse absurd nesting first.
    json J = jsonTooDeepAt({Text.data(), Text.size()}) == std::string_view::npos
                 ? json::parse(Text.begin(), Text.end(), nullptr, false)
                 : json(json::value_t::discarded);
    if (J.is_discarded()) {
      Damaged({Corrupt::NotJson});
    } else if (!J.is_object() || !J.contains("usr") || J["usr"] != USR) {
      Damaged({Corrupt::NotSummaryOf, FD->getNameAsString()});
    } else {
      bool Fresh = true;
      std::string StaleFile;
      try {
        for (const auto &Src : J.value("sources", json::array()))
          if (!isFresh(Src.value("file", ""), Src.value("hash", ""))) {
            Fresh = false;
            StaleFile = Src.value("file", "");
            break;
          }
      } catch (const std::exception &) {
        Fresh = false;
        Damaged({Corrupt::SourcesMalformed});
      }
      if (!Fresh) {
        if (!StaleFile.empty())
          TU.Notices.push_back(
              {DiagnosticIDs::Remark, SourceLocation(),
               SummaryStoreFacts{SummaryStoreFacts::Stale, StaleFile, "", "",
                                 FD->getNameAsString()}});
      } else {
        // A valid JSON file of the wrong shape is as untrustworthy as a
        // torn one.
        try {
          Result = Reader(TU, FD).summary(J);
        } catch (const CorruptSummary &C) {
          Result.reset();
          Damaged(C.Why);
        } catch (const std::exception &) {
          Result.reset();
          Damaged({Corrupt::WrongType});
        }
      }
    }
  }
  const FunctionSummary *R = Result.get();
  Loaded[USR] = std::move(Result);
  return R;
}

} // namespace clang::tidy::privacy
