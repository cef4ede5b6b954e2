/* Subscriber records kept by a C module; waivers in block comments. */
void store(long imsi);
void keep(long imsi) {
  /* NOLINTNEXTLINE(privacy-retention): DPIA-2026-03; approved-by=dpo; expires=2027-06-30; kept for lawful interception */
  store(imsi); // FAKE-FINDING: privacy-retention subscriber_id retain imsi key=keep|imsi|future
  /* NOLINTNEXTLINE(privacy-retention): DPIA-2025-11; approved-by=dpo; expires=2026-01-31; migration window */
  store(imsi); // FAKE-FINDING: privacy-retention subscriber_id retain imsi key=keep|imsi|expired
  /* NOLINTNEXTLINE(privacy-retention): ref=PRIV-4; approved-by=ciso; expires=2026-02-30; no such day */
  store(imsi); // FAKE-FINDING: privacy-retention subscriber_id retain imsi key=keep|imsi|malformed
}
