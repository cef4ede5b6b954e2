// C: a term qualified by the words around it names something else: a
// constraint or a granularity of it, a record keyed by it (`X based Y`), a
// range of places, a clock's GNSS traceability, an indicator, the duration
// of something other than a call, an MBMS session's duration, information
// about a payload (qualified-terms.cpp). Each rule's positive case is next
// to it.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <stdint.h>

// asn1c's per-type constraint check returns a status.
int cell_identity_constraint(const void *td, const void *sptr);
// CHECK: :[[@LINE+1]]:10: warning: function 'ue_cell_identity' looks like it returns location data (cell identity)
uint32_t ue_cell_identity(const void *ue);

// A TAI-based MDT configuration is keyed by TAIs; a layer-3 indication
// message carries the identity.
struct tai_based_mdt {
  uint16_t tac;
};
// CHECK: :[[@LINE+1]]:8: warning: struct 'imsi_detach_ind' looks like a subscriber identifier (IMSI)
struct imsi_detach_ind {
  uint8_t mi_len;
  uint8_t mi[9];
};

// The bounds of a range of location areas are an area; a UE's LAC is
// a place.
struct location_area_id_range {
  uint16_t start_lac;
  uint16_t end_lac;
};
struct ue_report {
  // CHECK: :[[@LINE+1]]:12: warning: field 'lac' looks like location data (location area code)
  uint16_t lac;
};

// A clock traceable to GNSS is about time; a UE's GNSS fix is a position.
struct clock_quality {
  int traceability_to_gnss;
};
struct ue_measurement {
  // CHECK: :[[@LINE+1]]:10: warning: field 'gnss_fix' looks like location data (GNSS position)
  double gnss_fix[3];
};

// An indicator, a request flag or a granularity is not the place; nor is
// a number named `_ind`, while a record `_ind` is an indication message.
typedef long coarse_ue_location_requested_t;
struct preferred_search {
  int preferred_tai_match_indicator;
  int preferred_tai_match_ind;
  // CHECK: :[[@LINE+1]]:12: warning: field 'last_tai' looks like location data (tracking area identity)
  uint32_t last_tai;
};
void set_reporting(char *uli_change_granularity);

// In charging data, the duration of a QoS reservation or of buffering is
// not the call's; the call's own, total or measured duration is.
struct voice_leg_charging {
  int qos_duration;
  int dl_buffering_duration;
  // CHECK: :[[@LINE+1]]:7: warning: field 'duration' looks like traffic data (call duration)
  int duration;
  // CHECK: :[[@LINE+1]]:7: warning: field 'total_duration' looks like traffic data (call duration)
  int total_duration;
  // CHECK: :[[@LINE+1]]:7: warning: field 'usage_duration' looks like traffic data (call duration)
  int usage_duration;
};

// An MBMS session is a broadcast; a PDU session is one subscriber's.
struct mbms_session_start {
  uint32_t session_duration;
};
struct pdu_session_report {
  // CHECK: :[[@LINE+1]]:12: warning: field 'session_duration' looks like traffic data (session duration)
  uint32_t session_duration;
};

// Information about an RTP payload (its type and format) is not the
// payload.
struct rtp_payload_info {
  uint8_t payload_type;
  uint8_t pt;
};
struct sms_submit {
  // CHECK: :[[@LINE+1]]:11: warning: field 'payload' looks like communication content (payload)
  uint8_t payload[140];
};
