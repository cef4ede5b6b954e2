// Enclosing records and functions: coordinates of network equipment (an
// antenna, a site, a satellite's orbit, a gateway) are not a subscriber's
// location; a GNSS system id is not a position; a namespace gives no call
// context to `duration`.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <chrono>
#include <stdint.h>

// Equipment in the enclosing record's name.
struct access_point_position {
  int64_t latitude;
  int64_t longitude;
};
struct orbital_elements {
  uint32_t longitude;
  double inclination;
};
struct orbital_t {
  double longitude;
};
struct EphemerisData {
  double lat;
  double lon;
};
struct NtnGatewayInfo {
  double latitude;
};
// Through an unnamed record, up to the named one.
struct SatelliteState {
  struct {
    double lat;
    double lon;
  } subpoint;
};
// In the declaration's own name, and in the function of a parameter.
struct CellConfig {
  double antenna_lat;
  double antenna_lon;
  double gnb_latitude;
  double site_longitude;
};
void set_trp_position(double lat, double lon);

// The same coordinates of a subscriber.
struct UePosition {
  // CHECK: :[[@LINE+1]]:10: warning: field 'latitude' looks like location data (latitude)
  double latitude;
  // CHECK: :[[@LINE+1]]:10: warning: field 'longitude' looks like location data (longitude)
  double longitude;
};
// CHECK: :[[@LINE+2]]:33: warning: parameter 'lat' looks like location data (latitude)
// CHECK: :[[@LINE+1]]:46: warning: parameter 'lon' looks like location data (longitude)
void report_ue_position(int32_t lat, int32_t lon);
// A namespace is not an enclosing record.
namespace satellite_ntn {
struct UeFix {
  // CHECK: :[[@LINE+1]]:10: warning: field 'latitude' looks like location data (latitude)
  double latitude;
};
} // namespace satellite_ntn
// Not visible in names: a generic coordinate record that an NTN gateway
// uses is still reported (exclude it with ExcludedNames).
struct GeodeticCoordinates {
  // CHECK: :[[@LINE+1]]:10: warning: field 'latitude' looks like location data (latitude)
  double latitude;
};

// GNSS ids, systems and the time of day are not positions.
struct gnss_id {
  enum options { gps, galileo } value;
};
struct NtnConfig {
  uint8_t gnss_system;
  uint8_t gps_constellation;
  uint32_t gps_tod;
  // CHECK: :[[@LINE+1]]:8: warning: field 'gnss_fix' looks like location data (GNSS position)
  char gnss_fix[32];
};

// `duration` needs a call context from the enclosing record or function,
// never from a namespace, and as a whole word (`rusage` is not `usage`).
namespace resource_usage {
using rusage_meas_duration = std::chrono::nanoseconds;
using duration = std::chrono::microseconds;
} // namespace resource_usage
struct rusage_sample {
  uint64_t duration;
};
struct UsageRecord {
  // CHECK: :[[@LINE+1]]:12: warning: field 'duration' looks like traffic data (call duration)
  uint32_t duration;
};
// CHECK: :[[@LINE+1]]:30: warning: parameter 'duration' looks like traffic data (call duration)
void on_session_end(uint32_t duration);
