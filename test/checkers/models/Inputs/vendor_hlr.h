// A third-party header the project cannot annotate: a vendor's HLR client.
// The model files beside it say what its declarations mean.
#ifndef VENDOR_HLR_H
#define VENDOR_HLR_H

namespace vendor {
struct CellId {
  int mcc, mnc, lac, ci;
};
struct Session {
  unsigned long long imsi;
  CellId cell;
  int state;
};
unsigned long long lookup_imsi(const char *msisdn);
int session_count();
} // namespace vendor

extern "C" char g_current_msisdn[16];

#endif
