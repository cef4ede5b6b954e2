// Fields: word splitting, the term table, the exclusions and the context
// rules for coordinates and durations.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "privacy/annotations.h"

#include <stdint.h>

struct UeContext {
  // CHECK: :[[@LINE+1]]:12: warning: field 'imsi' looks like a subscriber identifier (IMSI) but has no privacy annotation; annotate it with PRIVACY_SUBSCRIBER_ID or add it to a model file [privacy-unannotated-data]
  uint64_t imsi;
  // CHECK: :[[@LINE+1]]:8: warning: field 'ueMsisdn' looks like a subscriber identifier (MSISDN)
  char ueMsisdn[16];
  // CHECK: :[[@LINE+1]]:8: warning: field 'IMSIValue' looks like a subscriber identifier (IMSI)
  char IMSIValue[16];
  // CHECK: :[[@LINE+1]]:15: warning: field 'msisdn_str' looks like a subscriber identifier (MSISDN)
  const char *msisdn_str;
  // CHECK: :[[@LINE+1]]:12: warning: field 'm_imeisv' looks like a subscriber identifier (IMEISV)
  uint64_t m_imeisv;
  // CHECK: :[[@LINE+1]]:12: warning: field 'FiveGGuti' looks like a subscriber identifier (GUTI)
  uint64_t FiveGGuti;
  // CHECK: :[[@LINE+1]]:12: warning: field 's_tmsi' looks like a subscriber identifier (TMSI)
  uint32_t s_tmsi;
  // CHECK: :[[@LINE+1]]:8: warning: field 'supi' looks like a subscriber identifier (SUPI)
  char supi[32];
  // CHECK: :[[@LINE+1]]:8: warning: field 'suci' looks like a subscriber identifier (SUCI)
  char suci[64];
  // CHECK: :[[@LINE+1]]:8: warning: field 'phoneNumber' looks like a subscriber identifier (phone number)
  char phoneNumber[20];
  // CHECK: :[[@LINE+1]]:8: warning: field 'called_party_bcd' looks like a subscriber identifier (called party number)
  char called_party_bcd[12];
  // A plural is the same data.
  // CHECK: :[[@LINE+1]]:13: warning: field 'imsis' looks like a subscriber identifier (IMSI)
  uint64_t *imsis;
  // The number of an IMSI is the IMSI; a number of IMSIs is a count.
  // CHECK: :[[@LINE+1]]:12: warning: field 'imsi_number' looks like a subscriber identifier (IMSI)
  uint64_t imsi_number;
  // An acronym keeps its plural.
  // CHECK: :[[@LINE+1]]:13: warning: field 'IMSIs' looks like a subscriber identifier (IMSI)
  uint64_t *IMSIs;
  // Hungarian `sz` is a string, a trailing `sz` a size.
  // CHECK: :[[@LINE+1]]:8: warning: field 'szImsi' looks like a subscriber identifier (IMSI)
  char szImsi[16];

  // Already annotated, directly or through the type.
  PRIVACY_SUBSCRIBER_ID uint64_t imei;
  PRIVACY_PERSONAL_DATA char guti_text[40];

  // Counts, sizes, indices, flags, formats, limits: not the data itself.
  uint32_t imsi_len;
  uint32_t msisdn_size;
  int num_imsi;
  int imsi_count;
  int nImsi;
  unsigned imsi_sz;
  unsigned tai_list_size;
  int cell_id_idx;
  int gps_enabled;
  bool gps;
  const char *imsi_fmt;
  uint32_t imsi_mask;
  int imsi_present;
  int payload_type;
  uint32_t payload_offset;
  int sms_count;
  // A GNSS receiver as the station clock is not a position.
  uint64_t gps_time;
  int gps_lock;

  // When the location was seen, which areas a node serves, protocol
  // extension containers.
  uint64_t ue_location_timestamp;
  uint16_t served_tai[16];
  // The identifiers an NF serves (an NRF profile), tables keyed by one.
  char *supi_ranges;
  void *imsi_ue_hash;
  void *guti_hashtable;
  // A flag, and the type descriptor asn1c generates for an NCGI.
  uint64_t ignore_ncgi;
  const char *asn_SPC_NR_CGI_specs_1;
  void *TAIItemExtIEs;

  // Words that merely contain the letters of a term.
  int imsic;
  char plaintext[8];
  int detail;
  int latency;
  int cellular;
  int taint;
  int maintain;
  int relac;
  int cellidx_unused_marker;
};

// Coordinates: `lat`/`lon` are location data when floating point or beside a
// partner coordinate; a lone integer `lat` is more likely a latency.
struct Position {
  // CHECK: :[[@LINE+1]]:10: warning: field 'latitude' looks like location data (latitude)
  double latitude;
  // CHECK: :[[@LINE+1]]:10: warning: field 'longitude' looks like location data (longitude)
  double longitude;
};
struct FixedPoint {
  // CHECK: :[[@LINE+1]]:11: warning: field 'lat' looks like location data (latitude)
  int32_t lat;
  // CHECK: :[[@LINE+1]]:11: warning: field 'lng' looks like location data (longitude)
  int32_t lng;
};
struct Probe {
  // CHECK: :[[@LINE+1]]:9: warning: field 'last_lat' looks like location data (latitude)
  float last_lat;
  int lat;
  // CHECK: :[[@LINE+1]]:8: warning: field 'gps_fix' looks like location data (GPS position)
  char gps_fix[32];
};

// `long` is a longitude, except as part of a C type name.
struct Variant {
  long double long_double_value;
  long long long_long_value;
  unsigned long unsigned_long_value;
  long int long_int_value;
  // CHECK: :[[@LINE+1]]:9: warning: field 'long_deg' looks like location data (longitude)
  float long_deg;
  // A later `long` may still be the coordinate.
  // CHECK: :[[@LINE+1]]:10: warning: field 'long_double_long' looks like location data (longitude)
  double long_double_long;
};

// Durations: traffic data in a call, session or CDR context only.
struct Session {
  // CHECK: :[[@LINE+1]]:12: warning: field 'duration' looks like traffic data (call duration)
  uint32_t duration;
  // CHECK: :[[@LINE+1]]:12: warning: field 'bytesUp' looks like traffic data (uplink volume)
  uint64_t bytesUp;
  // CHECK: :[[@LINE+1]]:12: warning: field 'dl_bytes' looks like traffic data (downlink volume)
  uint64_t dl_bytes;
  uint32_t max_duration;
  uint32_t duration_threshold;
  uint32_t avg_call_duration;
};
struct Animation {
  uint32_t duration;
};

// Content.
struct Sms {
  // CHECK: :[[@LINE+1]]:8: warning: field 'sms_text' looks like communication content (SMS text)
  char sms_text[160];
  // CHECK: :[[@LINE+1]]:12: warning: field 'messageBody' looks like communication content (message body)
  uint8_t *messageBody;
  uint16_t message_body_len;
};

// A record annotated with one category covers fields of that category; a
// location field inside a traffic record keeps its own category.
struct PRIVACY_TRAFFIC_DATA CallRecord {
  uint32_t duration;
  uint64_t bytes_down;
  // CHECK: :[[@LINE+1]]:12: warning: field 'cell_id' looks like location data (cell identity)
  uint32_t cell_id;
  PRIVACY_LOCATION_DATA uint32_t tai;
};
struct PRIVACY_PERSONAL_DATA Anything {
  // CHECK: :[[@LINE+1]]:12: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  uint64_t imsi;
};

// Static data members are reported on their declaration in the class.
class Registry {
  // CHECK: :[[@LINE+1]]:19: warning: variable 'last_msisdn' looks like a subscriber identifier (MSISDN)
  static uint64_t last_msisdn;
  static const int IMSI_DIGITS = 15;
};
uint64_t Registry::last_msisdn = 0;
