#include "party.h"
void onAttach(const Session &s) { logParty(s.imsi); }
void onDetach(const Session &s) { logParty(s.imsi); }
void onTimer(const Session &s) { (void)s.id; }
