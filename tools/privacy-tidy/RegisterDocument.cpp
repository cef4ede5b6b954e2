//===--- RegisterDocument.cpp - The register as a file --------------------===//

#include "RegisterDocument.h"

#include "support/JsonDepth.h"
#include "support/JsonSyntax.h"
#include "support/Paths.h"

namespace clang::tidy::privacy::tool {

using namespace sarif;

namespace {

const json *registerRows(const json &Log) {
  const json &Run = Log["runs"][0];
  auto Properties = Run.find("properties");
  if (Properties == Run.end() || !Properties->is_object())
    return nullptr;
  auto Rows = Properties->find(RegisterProperty);
  return Rows == Properties->end() ? nullptr : &*Rows;
}

std::string csvField(const std::string &Text) {
  if (Text.find_first_of(",\"\r\n") == std::string::npos)
    return Text;
  std::string Quoted = "\"";
  for (char C : Text)
    Quoted += C == '"' ? std::string("\"\"") : std::string(1, C);
  return Quoted + "\"";
}

std::string textOf(const json &Value) {
  if (Value.is_string())
    return Value.get<std::string>();
  if (Value.is_number_integer())
    return std::to_string(Value.get<int64_t>());
  return "";
}

std::string locationsText(const json &Row) {
  std::string Text;
  for (const json &L : Row["locations"]) {
    if (!Text.empty())
      Text += ' ';
    Text += L.value("uri", std::string()) + ":" +
            std::to_string(L.value("line", int64_t(0)));
  }
  return Text;
}

std::optional<std::string> fail(const std::string &Name,
                                const std::string &Pointer,
                                const std::string &Message) {
  return "register baseline: " + Name + ": " + Pointer + ": " + Message;
}

/// The envelope of a register file: version, rows, nothing unknown.
std::optional<std::string> validateEnvelope(const json &Doc,
                                            const std::string &Name) {
  if (!Doc.is_object())
    return fail(Name, "", "expected a JSON object with \"version\" and "
                          "\"rows\" (docs/register.md)");
  for (auto It = Doc.begin(); It != Doc.end(); ++It)
    if (It.key() != "$schema" && It.key() != "version" &&
        It.key() != "rows" && It.key() != "comment")
      return fail(Name, "/" + It.key(),
                  "unknown field (a register has $schema, version, rows, "
                  "comment)");
  if (!Doc.contains("version") || !Doc["version"].is_number_integer() ||
      Doc["version"].get<int64_t>() != RegisterFormatVersion)
    return fail(Name, "/version",
                "expected " + std::to_string(RegisterFormatVersion));
  if (!Doc.contains("rows"))
    return fail(Name, "", "missing 'rows'");
  return std::nullopt;
}

} // namespace

std::optional<std::string> registerDocument(const json &Log,
                                            const std::string &LogName,
                                            json &Out) {
  const json *Rows = registerRows(Log);
  if (!Rows)
    return LogName + " holds no processing register (runs[0].properties[\"" +
           RegisterProperty +
           "\"]): it was written without the sink checks "
           "(privacy-logging, privacy-export, privacy-retention) or by an "
           "older privacy-tidy";
  json Clean = json::array();
  for (json Row : *Rows) {
    for (json &L : Row["locations"])
      L.erase("uriBaseId"); // relative URIs are relative to the source root
    Clean.push_back(std::move(Row));
  }
  Out = {{"$schema", std::string(docsBaseUri()) + "docs/register.schema.json"},
         {"version", RegisterFormatVersion},
         {"rows", std::move(Clean)}};
  return std::nullopt;
}

std::string registerCsv(const json &Document) {
  static const char *const Columns[] = {
      "category", "action",         "sink",      "purpose",
      "basis",    "consentPurpose", "retention"};
  std::string Out;
  for (const char *C : Columns)
    Out += std::string(C) + ",";
  Out += "locations\r\n";
  for (const json &Row : Document["rows"]) {
    for (const char *C : Columns)
      Out += csvField(textOf(Row[C])) + ",";
    Out += csvField(locationsText(Row)) + "\r\n";
  }
  return Out;
}

std::optional<std::string> loadDeclaredRegister(const std::string &Path,
                                                DeclaredRegister &Out) {
  std::string Text;
  if (std::optional<std::string> Error = readWholeFile(Path, Text))
    return "register baseline: " + *Error;
  Out.Name = Path;
  if (jsonTooDeepAt(Text) != std::string::npos)
    return fail(Path, "", "nested deeper than " +
                              std::to_string(MaxJsonDepth) + " levels");
  json Doc = json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (Doc.is_discarded())
    return "register baseline: " +
           describeJsonSyntaxError(Path, Text, "not valid JSON");
  if (std::optional<std::string> Error = validateEnvelope(Doc, Path))
    return Error;
  if (std::optional<std::string> Error =
          validateRegisterRows(Doc["rows"], "register baseline: " + Path,
                               "/rows"))
    return Error;
  for (const json &Row : Doc["rows"])
    Out.Rows.push_back(registerKey(Row));
  return std::nullopt;
}

} // namespace clang::tidy::privacy::tool
