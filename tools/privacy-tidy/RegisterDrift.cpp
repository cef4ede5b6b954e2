//===--- RegisterDrift.cpp - The register against a declared one ----------===//

#include "RegisterDrift.h"

#include "support/Paths.h"

#include <iostream>

namespace clang::tidy::privacy::tool {

using namespace sarif;

namespace {

/// "category=traffic action=retain sink=store() purpose=billing
/// basis=purpose consentPurpose=- retention=90": every key field, so the
/// reviewer can find or add the row.
std::string rowText(const RegisterKey &K) {
  auto OrDash = [](const std::string &S) { return S.empty() ? "-" : S; };
  return "category=" + K.Category + " action=" + K.Action + " sink=" + K.Sink +
         " purpose=" + OrDash(K.Purpose) + " basis=" + K.Basis +
         " consentPurpose=" + OrDash(K.ConsentPurpose) + " retention=" +
         (K.RetentionDays ? std::to_string(*K.RetentionDays) : "-");
}

/// "/abs/src/offers.cpp:28" for the row's first location.
std::string whereText(const json &Row, const std::string &Root) {
  if (!Row.contains("locations") || Row["locations"].empty())
    return "<unknown>";
  const json &L = Row["locations"][0];
  std::string Uri = L.value("uri", std::string());
  std::string Path = Uri.rfind("file:", 0) == 0
                         ? filePathFromUri(Uri).value_or(Uri)
                         : normalizePath(decodeUriPath(Uri).value_or(Uri), Root);
  return Path + ":" + std::to_string(L.value("line", int64_t(0)));
}

} // namespace

bool covers(const RegisterKey &Declared, const RegisterKey &Found) {
  RegisterKey D = Declared, F = Found;
  D.RetentionDays = F.RetentionDays = std::nullopt;
  if (!(D == F))
    return false;
  if (Declared.RetentionDays == Found.RetentionDays)
    return true;
  // Keeping data for less time than declared stays within what was approved.
  return Declared.RetentionDays && Found.RetentionDays &&
         *Found.RetentionDays < *Declared.RetentionDays;
}

RegisterDrift compareRegister(const json &Document,
                              const DeclaredRegister &Declared) {
  RegisterDrift Drift;
  std::vector<bool> Used(Declared.Rows.size(), false);
  for (const json &Row : Document["rows"]) {
    ++Drift.Rows;
    RegisterKey K = registerKey(Row);
    bool Covered = false;
    for (size_t I = 0; I < Declared.Rows.size(); ++I)
      if (covers(Declared.Rows[I], K))
        Covered = Used[I] = true;
    if (!Covered)
      Drift.New.push_back(&Row);
  }
  for (size_t I = 0; I < Declared.Rows.size(); ++I)
    if (!Used[I])
      Drift.Gone.push_back(Declared.Rows[I]);
  return Drift;
}

void printDrift(const RegisterDrift &Drift, const DeclaredRegister &Declared,
                const std::string &Root, bool Quiet) {
  for (const json *Row : Drift.New)
    std::cout << whereText(*Row, Root)
              << ": error: processing operation not in the declared register "
              << Declared.Name << ": " << rowText(registerKey(*Row))
              << " [privacy-register]\n";
  for (const RegisterKey &K : Drift.Gone)
    std::cout << Declared.Name
              << ": note: declared processing operation no longer found: "
              << rowText(K) << " [privacy-register]\n";
  std::cout << std::flush;
  if (Quiet)
    return;
  std::cerr << "privacy-tidy: register: " << Drift.Rows << " processing "
            << (Drift.Rows == 1 ? "operation" : "operations") << " ("
            << Drift.New.size() << " not declared, " << Drift.Gone.size()
            << " declared gone) against " << Declared.Name << "\n";
}

} // namespace clang::tidy::privacy::tool
