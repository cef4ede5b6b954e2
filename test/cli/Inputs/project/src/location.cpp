// FAKE-INCLUDE: ../include/subscriber.h
struct CellId { int id; };
CellId currentCell(); // FAKE-STEP: source the result of 'currentCell' is location data
void share() {
  CellId loc = currentCell(); // FAKE-STEP: step copied into 'loc'
  sendToPartner(loc); // FAKE-STEP: call passed to 'sendToPartner'
  exportRecord(loc); // FAKE-FINDING: privacy-export location export loc key=share|loc|exportRecord
}
