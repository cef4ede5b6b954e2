//===--- CoverageNotices.cpp - Coverage facts for the SARIF log -----------===//

#include "CoverageNotices.h"
#include "policy/Law.h"
#include "report/Messages.h"
#include "sarif/CoverageKeys.h"
#include "support/EmbeddedData.h"
#include "support/Hash.h"
#include "support/Paths.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::privacy {

namespace {

ToolNotice configuration(const std::string &Role, const std::string &Name,
                         std::string_view Text) {
  ToolNotice N;
  N.Level = "note";
  N.Message = configurationNotice(Role, Name);
  N.ConfigRole = Role;
  N.ConfigName = Name;
  N.ConfigHash = fnv1aHex(Text);
  return N;
}

/// law.json, rules.json and the model files the TU's analysis used: not
/// those its language left out (a C++-only model in a C TU), which it never
/// read; the invocation's arguments still name every configured file.
void addConfiguration(const TranslationUnitAnalysis &A,
                      std::vector<ToolNotice> &Records) {
  const EngineOptions &Opts = A.Opts;
  auto Used = [&](const std::string &Name) {
    return !llvm::is_contained(A.Models.LeftOutForLanguage, Name);
  };
  const LegalPolicy &P = policy();
  ToolNotice Law = configuration("law", P.LawSource, "");
  Law.ConfigHash = P.LawHash;
  Records.push_back(Law);
  ToolNotice Rules = configuration("rules", "rules.json (embedded)", "");
  Rules.ConfigHash = P.RulesHash;
  Records.push_back(Rules);
  for (std::string_view Name : embeddedFiles("models/")) {
    std::string Stem(Name.substr(7, Name.size() - 7 - 5)); // models/X.json
    if (!llvm::is_contained(Opts.DisabledModels, Stem) &&
        Used(std::string(Name)))
      Records.push_back(configuration(
          "model", std::string(Name) + " (shipped)", embeddedFile(Name)));
  }
  for (const std::string &File : Opts.ModelFiles) {
    std::string Text;
    if (Used(File) &&
        !readWholeFile(File, Text)) // unreadable: the engine said so
      Records.push_back(configuration("model", File, Text));
  }
}

} // namespace

ToolNotice noticeRecord(const TranslationUnitAnalysis &A,
                        const TranslationUnitAnalysis::Notice &N) {
  ToolNotice T;
  T.Level = N.Level == DiagnosticIDs::Error     ? "error"
            : N.Level == DiagnosticIDs::Warning ? "warning"
                                                : "note";
  T.Loc = A.plain(N.Loc);
  T.Message = noticeMessage(N.Facts);
  T.Coverage = N.Coverage;
  return T;
}

void addCoverageRecords(const TranslationUnitAnalysis &A,
                        std::vector<ToolNotice> &Records) {
  for (const auto &[Callee, Loc] : A.UnknownCalls.samples()) {
    ToolNotice N;
    N.Level = "note";
    N.Loc = A.plain(Loc);
    N.Message = unknownCallNotice(Callee);
    N.Coverage = sarif::CoverageUnknownCall;
    N.Callee = calleeText(Callee);
    Records.push_back(std::move(N));
  }
  if (unsigned Omitted = A.UnknownCalls.omitted()) {
    ToolNotice N;
    N.Level = "note";
    N.Message = unknownCallsOmittedNotice(Omitted);
    N.Coverage = sarif::CoverageUnknownCall;
    N.Omitted = Omitted;
    Records.push_back(std::move(N));
  }
  addConfiguration(A, Records);
}

} // namespace clang::tidy::privacy
