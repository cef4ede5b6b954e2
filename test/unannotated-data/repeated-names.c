// A TU names the same identifier and the same type many times (a `supi`
// field in every record of an SBI API); each declaration gets the answer
// of its own role and place, whichever came first: a name with a verb is
// a function's action but a variable's data.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A function that encodes an MSISDN returns bytes, not the subscriber's
// number: no finding, although the field below with the same name is one.
char *encode_msisdn(const char *in);

struct amf_ue {
  // CHECK: :[[@LINE+1]]:8: warning: field 'supi' looks like a subscriber identifier (SUPI)
  char supi[32];
  // CHECK: :[[@LINE+1]]:8: warning: field 'encode_msisdn' looks like a subscriber identifier (MSISDN)
  char encode_msisdn[16];
};

struct smf_ue {
  // CHECK: :[[@LINE+1]]:8: warning: field 'supi' looks like a subscriber identifier (SUPI)
  char supi[32];
};

// The type is reported once; its uses before and after are not.
struct mme_ue;
// CHECK: :[[@LINE+1]]:37: warning: typedef 'imsi_t' looks like a subscriber identifier (IMSI)
typedef struct { char digits[16]; } imsi_t;
struct mme_ue {
  imsi_t imsi;
  imsi_t stored;
};
struct hss_ue {
  imsi_t stored;
};
void keep(const imsi_t *stored);

// A counter is not the data, however often its name comes back.
struct counters {
  unsigned supi_count;
};
struct more_counters {
  unsigned supi_count;
};
