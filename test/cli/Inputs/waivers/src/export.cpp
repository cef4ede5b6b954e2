// Exports by a C++ module; waivers in line comments.
void sendToPartner(long cell);
void exportCell(long cell) {
  // NOLINTNEXTLINE(privacy-export)
  sendToPartner(cell); // FAKE-FINDING: privacy-export location export cell key=exportCell|bare
  // NOLINTNEXTLINE(privacy-export): partner contract PRIV-9, reviewed by legal
  sendToPartner(cell); // FAKE-FINDING: privacy-export location export cell key=exportCell|plain
  // NOLINTNEXTLINE(privacy-export): DPIA-2026-07; approved-by=dpo; expires=2026-12-06; expires today, still valid
  sendToPartner(cell); // FAKE-FINDING: privacy-export location export cell key=exportCell|today
  // NOLINTNEXTLINE(privacy-export): DPIA-2026-01; approved-by=dpo; expires=2026-12-05; expired yesterday
  sendToPartner(cell); // FAKE-FINDING: privacy-export location export cell key=exportCell|yesterday
  // NOLINTNEXTLINE(privacy-export): DPIA-2026-08; approved-by=dpo; expiry=2020-01-01; typo in the key
  sendToPartner(cell); // FAKE-FINDING: privacy-export location export cell key=exportCell|unknown
}
