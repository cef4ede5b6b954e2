//===--- ModelDraft.cpp - Model entries for privacy-tidy init-model -------===//

#include "ModelDraft.h"
#include "NameTokens.h"
#include "report/Messages.h"
#include "support/Paths.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Token.h"
#include <atomic>
#include <set>
#include <unistd.h>

namespace clang::tidy::privacy {

namespace {
class MacroCallCollector : public PPCallbacks {
public:
  MacroCallCollector(const SourceManager &SM, std::vector<MacroCall> &Out)
      : SM(SM), Out(Out) {}
  void MacroDefined(const Token &Name, const MacroDirective *MD) override {
    const MacroInfo *MI = MD->getMacroInfo();
    if (!MI || !MI->isVariadic() ||
        SM.isInSystemHeader(MI->getDefinitionLoc()) ||
        !SM.getFileEntryRefForID(SM.getFileID(MI->getDefinitionLoc())))
      return;
    // The last identifier followed by '(': the call the macro ends in.
    std::string Callee;
    const auto Tokens = MI->tokens();
    for (size_t I = 0; I + 1 < Tokens.size(); ++I)
      if (Tokens[I].is(tok::identifier) && Tokens[I + 1].is(tok::l_paren))
        Callee = Tokens[I].getIdentifierInfo()->getName().str();
    if (!Callee.empty())
      Out.push_back({Name.getIdentifierInfo()->getName().str(), Callee,
                     MI->getDefinitionLoc()});
  }

private:
  const SourceManager &SM;
  std::vector<MacroCall> &Out;
};

/// A name a model can use: modelName, or for a member of an unnamed struct
/// the name through its typedef (`emm_ctx_t::imsi`, not the bare `imsi`,
/// which would match every field of that name).
std::string entryName(const NamedDecl *D, const TypedefIndex *Aliases) {
  std::string Bare;
  for (const std::string &N : modelNames(D, Aliases)) {
    if (N.find("(anonymous") != std::string::npos ||
        N.find("(unnamed") != std::string::npos)
      continue;
    if (N.find("::") != std::string::npos || !isa<FieldDecl>(D))
      return N;
    if (Bare.empty())
      Bare = N;
  }
  return Bare;
}
} // namespace

std::unique_ptr<PPCallbacks> macroCallCollector(const SourceManager &SM,
                                                std::vector<MacroCall> &Out) {
  return std::make_unique<MacroCallCollector>(SM, Out);
}

void ModelDraft::reset(ASTContext *NewCtx) {
  Ctx = NewCtx;
  Holders.clear();
  Aliases.reset();
  Entries.clear();
}

void ModelDraft::add(llvm::StringRef Section, llvm::json::Object Entry,
                     SourceLocation Seen, const std::string &Why) {
  const SourceManager &SM = Ctx->getSourceManager();
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Seen));
  std::string Where =
      P.isValid() ? normalizePath(P.getFilename()) + ":" +
                        std::to_string(P.getLine())
                  : std::string("?");
  Entries.push_back(llvm::json::Object{{"section", Section},
                                       {"entry", std::move(Entry)},
                                       {"seen", Where},
                                       {"why", Why}});
}

void ModelDraft::addDeclaration(const NamedDecl *D, llvm::StringRef Category) {
  if (!Aliases)
    Aliases = std::make_unique<TypedefIndex>(buildTypedefIndex(*Ctx));
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
    std::string Name = FD ? entryName(FD, Aliases.get()) : "";
    if (Name.empty())
      return;
    llvm::json::Array Params{llvm::json::Object{
        {"arg", P->getFunctionScopeIndex()}, {"category", Category}}};
    add("functions",
        llvm::json::Object{{"name", Name}, {"paramCategories", std::move(Params)}},
        D->getLocation());
    return;
  }
  std::string Name = entryName(D, Aliases.get());
  if (Name.empty())
    return;
  if (isa<FunctionDecl>(D))
    add("functions",
        llvm::json::Object{{"name", Name},
                           {"returns", llvm::json::Object{{"category", Category}}}},
        D->getLocation());
  else if (isa<FieldDecl>(D))
    add("fields", llvm::json::Object{{"name", Name}, {"category", Category}},
        D->getLocation());
  else if (const auto *V = dyn_cast<VarDecl>(D); V && V->hasGlobalStorage())
    add("variables", llvm::json::Object{{"name", Name}, {"category", Category}},
        D->getLocation());
  else if (isa<TypeDecl>(D))
    add("types", llvm::json::Object{{"name", Name}, {"category", Category}},
        D->getLocation());
}

void ModelDraft::addSinkCandidate(const FunctionDecl *FD,
                                  const DraftReasonFacts &Why,
                                  SourceLocation Seen) {
  std::string Name = modelName(FD);
  // The format and every variadic argument: what a log line is made of.
  unsigned From = FD->getNumParams() ? FD->getNumParams() - 1 : 0;
  llvm::json::Object Sink{{"kind", "log"},
                          {"args", llvm::json::Object{{"from", From}}}};
  add("functions", llvm::json::Object{{"name", Name}, {"sink", std::move(Sink)}},
      Seen, draftReasonMessage(Why));
}

void ModelDraft::addMacroCalls(ASTContext &C, const std::vector<MacroCall> &Calls) {
  const SourceManager &SM = C.getSourceManager();
  for (const MacroCall &Call : Calls) {
    for (const NamedDecl *ND :
         C.getTranslationUnitDecl()->lookup(&C.Idents.get(Call.Callee))) {
      const auto *FD = dyn_cast<FunctionDecl>(ND);
      // A variadic function that returns a pointer builds something of its
      // arguments (asprintf, open5gs' ogs_msprintf, libbson's BCON_NEW):
      // what it returns may be logged, it does not log.
      if (!FD || !FD->isVariadic() || FD->getReturnType()->isPointerType() ||
          SM.isInSystemHeader(SM.getExpansionLoc(FD->getLocation())))
        continue;
      addSinkCandidate(FD, {DraftReasonFacts::VariadicMacro, Call.Macro},
                       Call.Loc);
      break;
    }
  }
}

/// Text: characters in an array, behind a pointer, or a `std` string.
static bool isText(QualType T) {
  T = T.getCanonicalType();
  if (T->isArrayType() || T->isPointerType())
    return T->getPointeeOrArrayElementType()->isAnyCharacterType();
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         (RD->getName() == "basic_string" ||
          RD->getName() == "basic_string_view");
}

/// Whether the part of parameter \p L that reaches a sink can be the data
/// itself, as an entry's `args` (the whole argument) would claim. The
/// parameter's type must hold data as privacy-unannotated-data decides it
/// (DataHolders); of an object with behaviour only a text field counts
/// (osmo-hlr's `struct imsi_op` has a timer, its `imsi` is printed), so a
/// coroutine whose context's awaiter storage and frame pointers reach
/// `printf` (srsRAN's `CORO_BEGIN`) is no wrapper. A flag, an enum or an
/// integer too narrow for a subscriber identifier (`int state_index`)
/// never is, nor any part of a callable (isCallable: a lambda, a functor,
/// a type-erased task such as srsRAN's `unique_task`), which is code.
bool ModelDraft::canBeTheData(const FunctionDecl *Def, const Label &L) {
  if (static_cast<unsigned>(L.Param) >= Def->getNumParams())
    return true; // variadic arguments
  QualType ParamType = Def->getParamDecl(L.Param)->getType();
  if (isCallable(ParamType))
    return false;
  bool Holds = Holders.canHold(ParamType);
  if (L.ParamPath.empty())
    return Holds;
  QualType T = L.ParamPath.back()->getType().getCanonicalType();
  if (T->isBooleanType() || T->isEnumeralType())
    return false;
  if (T->isIntegerType() && !T->isAnyCharacterType())
    return Ctx->getTypeSize(T) >= SubscriberNumberBits;
  return Holds || isText(T);
}

void ModelDraft::addSinkWrappers(TranslationUnitAnalysis &A) {
  const SourceManager &SM = Ctx->getSourceManager();
  for (const auto &[FD, S] : A.Summaries) {
    const FunctionDecl *Def = FD->getDefinition();
    if (!Def || !SM.isInMainFile(SM.getExpansionLoc(Def->getLocation())) ||
        Def->isMain() || A.Facts->functionSpec(FD)) // modelled already
      continue;
    // A lambda's call operator has no name an entry could match it by
    // ("operator()" would match every call operator).
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Def);
        MD && MD->getParent()->isLambda())
      continue;
    // One sink per entry (a model entry has one): the first kind found.
    std::optional<SinkKind> Kind;
    std::set<int> Params;
    std::string Via;
    for (const SinkHit &H : S.Sinks) {
      if (!H.Data.L.IsParam || H.Data.L.Param < 0 || H.Anonymised ||
          !H.ViaCall || (Kind && !(*Kind == H.Sink.Kind)) ||
          !canBeTheData(Def, H.Data.L))
        continue;
      Kind = H.Sink.Kind;
      Params.insert(H.Data.L.Param);
      if (Via.empty())
        Via = sinkSubjectText(H.SinkDesc);
    }
    if (!Kind)
      continue;
    llvm::json::Array Args;
    for (int P : Params)
      Args.push_back(P);
    llvm::json::Object Sink{{"kind", sinkKindId(*Kind).str()},
                            {"args", std::move(Args)}};
    add("functions",
        llvm::json::Object{{"name", modelName(Def)}, {"sink", std::move(Sink)}},
        Def->getLocation(),
        draftReasonMessage({DraftReasonFacts::PassesParameters, Via}));
  }
}

std::optional<std::string> ModelDraft::write(const std::string &Dir,
                                             const std::string &MainFile) {
  static std::atomic<unsigned> Counter{0};
  std::string Path = normalizePath(Dir) + "/draft-" +
                     std::to_string(::getpid()) + "-" +
                     std::to_string(Counter++) + ".json";
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::json::Value(llvm::json::Object{
      {"mainFile", MainFile}, {"entries", std::move(Entries)}});
  OS.flush();
  Entries.clear();
  return writeFileAtomically(Path, Text);
}

} // namespace clang::tidy::privacy
