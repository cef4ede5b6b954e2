// C++: the rules of qualified-terms.c on camel-case names, classes, methods
// and namespaces; each rule's positive case is next to it.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdint>
#include <string>

namespace ngap {
// A constraint check returns a status.
class CellIdentity {
public:
  static int cellIdentityConstraint(const void *sptr);
};
// CHECK: :[[@LINE+1]]:10: warning: function 'ueCellIdentity' looks like it returns location data (cell identity)
uint32_t ueCellIdentity(const void *ue);

// Keyed by TAIs, not a TAI; a layer-3 indication message carries the
// identity.
struct TAIBasedMDT {
  std::uint16_t tac;
};
// CHECK: :[[@LINE+1]]:8: warning: struct 'ImsiDetachInd' looks like a subscriber identifier (IMSI)
struct ImsiDetachInd {
  std::uint8_t mi[9];
};
} // namespace ngap

// A range of location areas is an area; a UE's LAC is a place.
struct LocationAreaIdRange {
  std::uint16_t startLac;
  std::uint16_t endLac;
};
class UeReport {
  // CHECK: :[[@LINE+1]]:17: warning: field 'lac' looks like location data (location area code)
  std::uint16_t lac;
};

// A clock traceable to GNSS is about time; a UE's GNSS fix is a position.
class ClockQuality {
  int traceabilityToGnss;
};
class UeMeasurement {
  // CHECK: :[[@LINE+1]]:10: warning: field 'gnssFix' looks like location data (GNSS position)
  double gnssFix[3];
};

// An indicator, a request flag or a granularity is not the place; nor is
// a number named `Ind`, while a record `Ind` is an indication message.
struct PreferredSearch {
  int preferredTaiMatchIndicator;
  std::uint32_t preferredTaiMatchInd;
  bool ueLocationRequested;
  long coarseUeLocationRequested;
  // CHECK: :[[@LINE+1]]:17: warning: field 'lastTai' looks like location data (tracking area identity)
  std::uint32_t lastTai;
  void setReporting(const std::string &uliChangeGranularity);
};

// In charging data, the duration of a QoS reservation or of buffering is
// not the call's; the call's own, total or measured duration is.
class VoiceLegCharging {
  int qosDuration;
  int dlBufferingDuration;
  // CHECK: :[[@LINE+1]]:7: warning: field 'duration' looks like traffic data (call duration)
  int duration;
  // CHECK: :[[@LINE+1]]:7: warning: field 'measuredDuration' looks like traffic data (call duration)
  int measuredDuration;
};

// An MBMS session is a broadcast; a PDU session is one subscriber's.
struct MbmsSessionStart {
  std::uint32_t sessionDuration;
};
struct PduSessionReport {
  // CHECK: :[[@LINE+1]]:17: warning: field 'sessionDuration' looks like traffic data (session duration)
  std::uint32_t sessionDuration;
};

// Information about an RTP payload is not the payload.
struct RtpPayloadInformation {
  std::uint8_t pt;
};
struct SmsSubmit {
  // CHECK: :[[@LINE+1]]:15: warning: field 'payload' looks like communication content (payload)
  std::string payload;
};
