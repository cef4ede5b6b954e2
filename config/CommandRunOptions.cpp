//===--- CommandRunOptions.cpp - Options the privacy-tidy command adds ----===//
//
// See support/RunOptions.h: the privacy-tidy command's own options reach the
// plugin and the summarizer in one environment variable, applied over the
// configured values.
//
//===----------------------------------------------------------------------===//

#include "RunConfig.h"
#include "support/RunOptions.h"
#include "llvm/Support/JSON.h"
#include <cstdlib>

namespace clang::tidy::privacy {

namespace {
void replaceString(const llvm::json::Object &O, llvm::StringRef Key,
                   std::string &Value, std::vector<std::string> &Errors) {
  const llvm::json::Value *V = O.get(Key);
  if (!V)
    return;
  if (std::optional<llvm::StringRef> S = V->getAsString())
    Value = S->str();
  else
    Errors.push_back(std::string(RunOptionsVariable) + ": '" + Key.str() +
                     "' must be a string");
}
} // namespace

void applyCommandRunOptions(RunConfig &C) {
  const char *Text = std::getenv(RunOptionsVariable);
  if (!Text || !*Text)
    return;
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed) {
    C.Errors.push_back(std::string(RunOptionsVariable) + " is not valid JSON: " +
                       llvm::toString(Parsed.takeError()));
    return;
  }
  const llvm::json::Object *O = Parsed->getAsObject();
  if (!O) {
    C.Errors.push_back(std::string(RunOptionsVariable) +
                       " must be a JSON object");
    return;
  }
  replaceString(*O, "SarifOutputDir", C.SarifOutputDir, C.Errors);
  replaceString(*O, "ModelDraftDir", C.ModelDraftDir, C.Errors);
  replaceString(*O, "SummaryStore", C.SummaryStore, C.Errors);
  replaceString(*O, "SummaryStoreMode", C.SummaryStoreMode, C.Errors);
  if (const llvm::json::Array *Models = O->getArray("ModelFiles"))
    for (const llvm::json::Value &M : *Models) {
      std::optional<llvm::StringRef> Path = M.getAsString();
      if (!Path) {
        C.Errors.push_back(std::string(RunOptionsVariable) +
                           ": 'ModelFiles' must hold strings");
        continue;
      }
      // Added to the configured files: --model extends the project's models.
      C.ModelFiles += (C.ModelFiles.empty() ? "" : ";") + Path->str();
    }
  if (std::optional<bool> Coverage = O->getBoolean("ModelCoverage"))
    C.ModelCoverage = *Coverage;
}

} // namespace clang::tidy::privacy
