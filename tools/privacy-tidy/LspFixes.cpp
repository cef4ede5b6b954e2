//===--- LspFixes.cpp - The fix-its clang-tidy exported -------------------===//

#include "LspFixes.h"

#include "support/Paths.h"

#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

#include <sys/stat.h>

namespace clang::tidy::privacy::tool {

namespace yaml = llvm::yaml;

namespace {

/// The YAML tree as JSON values (every scalar a string). LLVM's parser
/// streams: a node must be read while its parent is being iterated.
llvm::json::Value toJson(yaml::Node *N) {
  if (auto *S = llvm::dyn_cast_or_null<yaml::ScalarNode>(N)) {
    llvm::SmallString<128> Storage;
    return S->getValue(Storage).str();
  }
  if (auto *M = llvm::dyn_cast_or_null<yaml::MappingNode>(N)) {
    llvm::json::Object Out;
    for (yaml::KeyValueNode &KV : *M) {
      std::string Key = toJson(KV.getKey()).getAsString().value_or("").str();
      Out[Key] = toJson(KV.getValue());
    }
    return Out;
  }
  if (auto *L = llvm::dyn_cast_or_null<yaml::SequenceNode>(N)) {
    llvm::json::Array Out;
    for (yaml::Node &Item : *L)
      Out.push_back(toJson(&Item));
    return Out;
  }
  return nullptr;
}

std::string text(const llvm::json::Object &O, llvm::StringRef Key) {
  return O.getString(Key).value_or("").str();
}

size_t number(const llvm::json::Object &O, llvm::StringRef Key) {
  size_t Value = 0;
  O.getString(Key).value_or("").getAsInteger(10, Value);
  return Value;
}

/// One entry of "Diagnostics": the message's place and replacements.
std::optional<ExportedFix> readDiagnostic(const llvm::json::Value &Entry) {
  const llvm::json::Object *D = Entry.getAsObject();
  const llvm::json::Object *Message =
      D ? D->getObject("DiagnosticMessage") : nullptr;
  const llvm::json::Array *Replacements =
      Message ? Message->getArray("Replacements") : nullptr;
  if (!Replacements || Replacements->empty())
    return std::nullopt;
  std::string Directory = text(*D, "BuildDirectory");
  ExportedFix Fix;
  Fix.Check = text(*D, "DiagnosticName");
  Fix.File = normalizePath(text(*Message, "FilePath"), Directory);
  Fix.Offset = number(*Message, "FileOffset");
  for (const llvm::json::Value &R : *Replacements) {
    const llvm::json::Object *Fields = R.getAsObject();
    // A fix-it that edits another file cannot be offered on this one.
    if (!Fields ||
        normalizePath(text(*Fields, "FilePath"), Directory) != Fix.File)
      return std::nullopt;
    Fix.Replacements.push_back({number(*Fields, "Offset"),
                                number(*Fields, "Length"),
                                text(*Fields, "ReplacementText")});
  }
  return Fix;
}

} // namespace

std::optional<std::string> readExportedFixes(const std::string &Path,
                                             std::vector<ExportedFix> &Out) {
  struct stat St;
  if (::stat(Path.c_str(), &St) != 0)
    return std::nullopt;
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(Path, Text))
    return Error;
  llvm::SourceMgr Sources;
  std::string Diagnostics;
  llvm::raw_string_ostream ErrorStream(Diagnostics);
  Sources.setDiagHandler(
      [](const llvm::SMDiagnostic &D, void *Stream) {
        D.print(nullptr, *static_cast<llvm::raw_ostream *>(Stream), false);
      },
      &ErrorStream);
  yaml::Stream Stream(Text, Sources);
  for (yaml::Document &Doc : Stream) {
    llvm::json::Value Top = toJson(Doc.getRoot());
    const llvm::json::Object *Root = Top.getAsObject();
    if (const llvm::json::Array *List =
            Root ? Root->getArray("Diagnostics") : nullptr)
      for (const llvm::json::Value &D : *List)
        if (std::optional<ExportedFix> Fix = readDiagnostic(D))
          Out.push_back(std::move(*Fix));
  }
  if (Stream.failed())
    return "clang-tidy's exported fixes '" + Path +
           "' are not valid YAML: " + llvm::StringRef(Diagnostics).trim().str();
  return std::nullopt;
}

LspPosition positionOfOffset(const std::string &Text, size_t Offset) {
  LspPosition P;
  size_t End = std::min(Offset, Text.size());
  for (size_t I = 0; I < End; ++I) {
    unsigned char C = static_cast<unsigned char>(Text[I]);
    if (C == '\n') {
      ++P.Line;
      P.Character = 0;
    } else if ((C & 0xC0) != 0x80) {
      // UTF-16: one unit per character, two for a four-byte sequence.
      P.Character += C >= 0xF0 ? 2 : 1;
    }
  }
  return P;
}

void attachFixes(const std::vector<ExportedFix> &Fixes,
                 const std::string &File, const std::string &Text,
                 std::vector<LspFinding> &Findings) {
  for (const ExportedFix &Fix : Fixes) {
    if (Fix.File != File)
      continue;
    LspPosition At = positionOfOffset(Text, Fix.Offset);
    for (LspFinding &F : Findings) {
      if (F.Check != Fix.Check || !(F.At == At) || !F.Fix.empty())
        continue;
      for (const ExportedFix::Replacement &R : Fix.Replacements)
        F.Fix.push_back({positionOfOffset(Text, R.Offset),
                         positionOfOffset(Text, R.Offset + R.Length), R.Text});
      break;
    }
  }
}

} // namespace clang::tidy::privacy::tool
