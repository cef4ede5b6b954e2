// A path with a space and a non-ASCII character.
void store(long imsi) {
  archive(imsi); // FAKE-FINDING: privacy-retention subscriber_id retain imsi key=store|imsi|archive pseudo
}
