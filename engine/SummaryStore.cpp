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
#include <nlohmann/json.hpp>

namespace clang::tidy::privacy {

using nlohmann::json;

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Buf;
  if (index::generateUSRForDecl(D, Buf))
    return "";
  return std::string(Buf);
}

static std::string fnv1a(llvm::StringRef Text) {
  return fnv1aHex(std::string_view(Text.data(), Text.size()));
}

SummaryStore::SummaryStore(TranslationUnitAnalysis &TU) : TU(TU) {
  if (!TU.Opts.ReadSummaries)
    return;
  llvm::SmallString<256> Current(TU.Opts.SummaryStore);
  llvm::sys::path::append(Current, SummaryStoreVersion);
  if (llvm::sys::fs::exists(Current))
    return;
  for (const char *Old : OldSummaryStoreVersions) {
    llvm::SmallString<256> P(TU.Opts.SummaryStore);
    llvm::sys::path::append(P, Old);
    if (llvm::sys::fs::exists(P))
      TU.Notices.push_back(
          {DiagnosticIDs::Warning, SourceLocation(),
           "privacy summary store '" + TU.Opts.SummaryStore +
               "' was written by an earlier release (format " + Old +
               ", this build reads " + SummaryStoreVersion +
               "); it is not used: rerun the first pass"});
  }
}

std::string SummaryStore::pathFor(llvm::StringRef USR) const {
  std::string H = fnv1a(USR);
  llvm::SmallString<256> P(TU.Opts.SummaryStore);
  llvm::sys::path::append(P, SummaryStoreVersion, H.substr(0, 2), H + ".json");
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
    std::vector<const TraceNode *> Nodes;
    for (const TraceNode *N = T.get(); N; N = N->Prev.get())
      Nodes.push_back(N);
    json A = json::array();
    for (auto It = Nodes.rbegin(); It != Nodes.rend(); ++It) {
      const TraceNode &N = **It;
      json J = {{"loc", loc(N.Loc)},
                {"kind", stepKindId(N.Kind)},
                {"subject", N.Subject}};
      if (!N.Via.empty())
        J["via"] = N.Via;
      if (N.IsSource) {
        J["source"] = true;
        J["category"] = categoryId(N.Cat).str();
        J["name"] = N.Name;
      }
      A.push_back(std::move(J));
    }
    return A;
  }
  json taint(const Taint &T) {
    json J = {{"category", categoryId(T.L.Cat).str()},
              {"where", fields(T.L.Where)},
              {"pseudonymised", T.L.Pseudonymised},
              {"trace", trace(T.T)}};
    if (T.L.IsParam) {
      J["param"] = T.L.Param;
      J["paramPath"] = fields(T.L.ParamPath);
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
                   {"desc", H.SinkDesc},
                   {"consentHeld", Held},
                   {"consentChecks", Checks},
                   {"callSites", Calls}};
      if (H.Sink.RetentionDays)
        Sink["retentionDays"] = *H.Sink.RetentionDays;
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
    SourceHashes[std::string(Path)] = fnv1a(*Text);
  }
  json Sources = json::array();
  for (const auto &[Path, Hash] : SourceHashes)
    Sources.push_back({{"file", Path}, {"hash", Hash}});
  // The TU's manifest: which sources its summaries came from, so that a
  // driver can skip the first pass of a TU whose sources did not change.
  {
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    if (Main) {
      llvm::SmallString<256> MainPath(Main->getFileEntry().tryGetRealPathName());
      if (MainPath.empty())
        MainPath = Main->getName();
      llvm::sys::fs::make_absolute(MainPath);
      llvm::SmallString<256> P(TU.Opts.SummaryStore);
      llvm::sys::path::append(P, SummaryStoreVersion, "tu",
                              fnv1a(MainPath) + ".json");
      json Manifest = {{"main", std::string(MainPath)}, {"sources", Sources}};
      if (auto Err = writeAtomically(std::string(P), Manifest.dump(1)))
        TU.Notices.push_back({DiagnosticIDs::Error, SourceLocation(),
                              "privacy summary store: " + *Err});
    }
  }
  Writer W(TU);
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
                            "privacy summary store: " + *Err});
      return;
    }
  }
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

bool SummaryStore::isFresh(const std::string &File, const std::string &Hash) {
  auto It = FreshFiles.find(File);
  if (It != FreshFiles.end())
    return It->second;
  auto Buf = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  bool Fresh = Buf && fnv1a((*Buf)->getBuffer()) == Hash;
  FreshFiles[File] = Fresh;
  return Fresh;
}

namespace {
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
      T = Node;
    }
    return T;
  }
  std::optional<Taint> taint(const json &J, QualType WhereType) {
    auto Cat = parseCategory(J.value("category", ""));
    if (!Cat)
      return std::nullopt;
    Taint T;
    T.L.Cat = *Cat;
    T.L.Pseudonymised = J.value("pseudonymised", false);
    if (J.contains("param") && J["param"].is_number_integer()) {
      T.L.IsParam = true;
      T.L.Param = J["param"].get<int>();
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
      return V;
    for (const auto &J : A)
      if (auto T = taint(J, WhereType))
        V.add(*T);
    return V;
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
      int Param = W.contains("param") && W["param"].is_number_integer()
                      ? W["param"].get<int>()
                      : -3;
      QualType PT = paramType(Param);
      if (PT.isNull())
        continue;
      OutPlace Place{Param, fields(W.value("fields", json::array()), PT)};
      S->Writes[Place].merge(value(W.value("value", json::array()), {}));
    }
    for (const auto &H : J.value("sinks", json::array())) {
      auto T = taint(H.value("taint", json::object()), {});
      auto K = parseSinkKind(H.value("kind", ""));
      if (!T || !K)
        continue;
      SinkHit Hit;
      Hit.Data = *T;
      Hit.Sink.Kind = *K;
      Hit.Sink.Purpose = H.value("purpose", "");
      if (H.contains("retentionDays") && H["retentionDays"].is_number_integer())
        Hit.Sink.RetentionDays = H["retentionDays"].get<int64_t>();
      Hit.SinkLoc = loc(H.value("loc", json()));
      Hit.SinkDesc = H.value("desc", "");
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

const FunctionSummary *SummaryStore::lookup(const FunctionDecl *FD) {
  std::string USR = usrOf(FD);
  if (USR.empty())
    return nullptr;
  auto It = Loaded.find(USR);
  if (It != Loaded.end())
    return It->second.get();
  std::unique_ptr<FunctionSummary> Result;
  std::string Path = pathFor(USR);
  if (auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true)) {
    llvm::StringRef Text = (*Buf)->getBuffer();
    json J = jsonTooDeepAt({Text.data(), Text.size()}) == std::string_view::npos
                 ? json::parse(Text.begin(), Text.end(), nullptr, false)
                 : json(json::value_t::discarded);
    auto Usr = J.is_object() ? J.find("usr") : J.end();
    auto Sources = J.is_object() ? J.find("sources") : J.end();
    bool Shaped =
        Usr != J.end() && Usr->is_string() &&
        (Sources == J.end() ||
         (Sources->is_array() &&
          llvm::all_of(*Sources, [](const json &S) {
            return S.is_object() && S.contains("file") && S["file"].is_string() &&
                   S.contains("hash") && S["hash"].is_string();
          })));
    // value() throws on a key of the wrong type: the shape is checked first.
    if (!Shaped || *Usr != USR) {
      TU.Notices.push_back({DiagnosticIDs::Warning, SourceLocation(),
                            "privacy summary store: '" + Path +
                                "' is corrupt; rerun the first pass"});
    } else {
      bool Fresh = true;
      std::string StaleFile;
      for (const auto &Src : J.value("sources", json::array()))
        if (!isFresh(Src.value("file", ""), Src.value("hash", ""))) {
          Fresh = false;
          StaleFile = Src.value("file", "");
          break;
        }
      if (!Fresh)
        TU.Notices.push_back(
            {DiagnosticIDs::Remark, SourceLocation(),
             "the stored privacy summary of '" + FD->getNameAsString() +
                 "' is stale ('" + StaleFile +
                 "' changed since the first pass); it is not used until the "
                 "first pass runs again"});
      else {
        // A valid JSON file of the wrong shape is as untrustworthy as a
        // torn one.
        try {
          Result = Reader(TU, FD).summary(J);
        } catch (const std::exception &) {
          TU.Notices.push_back({DiagnosticIDs::Warning, SourceLocation(),
                                "privacy summary store: '" + Path +
                                    "' is corrupt; rerun the first pass"});
        }
      }
    }
  }
  const FunctionSummary *R = Result.get();
  Loaded[USR] = std::move(Result);
  return R;
}

} // namespace clang::tidy::privacy
