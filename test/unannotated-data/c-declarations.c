// C: structs, typedefs, globals, static locals and prototypes.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "privacy/annotations.h"

#include <stdbool.h>
#include <stdint.h>

// CHECK: :[[@LINE+1]]:8: warning: struct 'cdr' looks like traffic data (call detail record)
struct cdr {
  // CHECK: :[[@LINE+1]]:8: warning: field 'calling_number' looks like a subscriber identifier (calling number)
  char calling_number[20];
  // CHECK: :[[@LINE+1]]:8: warning: field 'called_number' looks like a subscriber identifier (called number)
  char called_number[20];
  uint32_t duration;
  uint64_t bytes_up;
  uint64_t bytes_down;
  // CHECK: :[[@LINE+1]]:12: warning: field 'ecgi' looks like location data (ECGI)
  uint64_t ecgi;
};

// CHECK: :[[@LINE+1]]:8: warning: struct 'ue_location' looks like location data (UE location)
struct ue_location {
  double lat;
  double lon;
};

typedef struct PRIVACY_LOCATION_DATA {
  uint16_t mcc, mnc, tac;
} tai_t;

// CHECK: :[[@LINE+3]]:3: warning: typedef 'nr_cell_global_id_t' looks like location data (cell global identity)
typedef struct {
  uint64_t nci;
} nr_cell_global_id_t;

struct mm_context {
  tai_t tai;
  nr_cell_global_id_t ncgi;
  // CHECK: :[[@LINE+1]]:12: warning: field 'guti' looks like a subscriber identifier (GUTI)
  uint64_t guti;
  bool gps;
  int lat;
  unsigned imsi_len;
  /* A hash table keyed by IMSI, the SUPI ranges an NF serves. */
  struct ogs_hash_s *imsi_ue_hash;
  const char *supi_ranges[4];
  int ignore_ncgi;
  // CHECK: :[[@LINE+1]]:15: warning: field 'supi' looks like a subscriber identifier (SUPI)
  const char *supi;
};

// Globals: reported on the first declaration.
// CHECK: :[[@LINE+1]]:17: warning: variable 'g_last_imsi' looks like a subscriber identifier (IMSI)
extern uint64_t g_last_imsi;
uint64_t g_last_imsi;
// CHECK: :[[@LINE+1]]:13: warning: variable 'sms_payload_buf' looks like communication content (SMS text)
static char sms_payload_buf[160];

// Constants are not data that flows.
static const char TEST_IMSI[] = "001010000000001";
static const unsigned MAX_MSISDN_DIGITS = 15;

// CHECK: :[[@LINE+2]]:13: warning: function 'ue_imei' looks like it returns a subscriber identifier (IMEI)
// CHECK: :[[@LINE+1]]:60: warning: parameter 'tmsi' looks like a subscriber identifier (TMSI)
const char *ue_imei(const struct mm_context *ctx, uint32_t tmsi);

// A flag about an MSISDN is not an MSISDN; locals are not reported.
int handle_sms(const char *msisdn_flag, int n) {
  // CHECK: :[[@LINE+1]]:15: warning: variable 'last_called_number' looks like a subscriber identifier (called number)
  static char last_called_number[20];
  char imsi[16];
  (void)imsi;
  return last_called_number[0] + n;
}

// A union is reported by its keyword; one whose name says nothing is not.
// CHECK: :[[@LINE+1]]:7: warning: union 'imsi_value' looks like a subscriber identifier (IMSI) but has no privacy annotation; annotate it with PRIVACY_SUBSCRIBER_ID or add it to a model file [privacy-unannotated-data]
union imsi_value {
  uint64_t packed;
  char digits[16];
};
union padding {
  uint64_t raw;
  char bytes[8];
};

/* The type descriptor asn1c generates for a TAI item: no data. */
struct asn_specifics { int size; };
extern const struct asn_specifics asn_SPC_NGAP_TAIBroadcastNR_Item_specs_1;
