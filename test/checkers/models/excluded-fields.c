// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/excluded-fields.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A type-level category that excludes members which hold none of it: the
// TAI's size and padding are no location, an identity buffer's length is no
// identifier - whether the object is the type itself, a member of that type,
// a parameter, or bytes of a modelled buffer cast to it.
#include <privacy/annotations.h>

PRIVACY_LOG_SINK void log_u(unsigned v);
PRIVACY_LOG_SINK void log_s(const char *s);

typedef struct {
  unsigned short size;
  unsigned char spare;
  unsigned char tac[3];
} tai_t;

struct imsi_buf {
  unsigned char len;
  char digits[15];
};

struct ue {
  tai_t tai;
  PRIVACY_SUBSCRIBER_ID unsigned char *nas_pdu;
};

void from_type(const tai_t *tac, const struct ue *ue) {
  log_u(tac->size);     // excluded
  log_u(tac->spare);    // excluded
  log_u(ue->tai.size);  // excluded, through a member of that type
  log_u(tac->tac[0]);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'tac' is logged
  log_u(ue->tai.tac[1]);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'ue->tai' is logged
}

static void log_size(const tai_t *t) { log_u(t->size); } // excluded
static void log_tac(const tai_t *t) { log_u(t->tac[0]); }
// CHECK: :[[@LINE-1]]:39: warning: location data 't' is logged

void through_callee(const struct ue *ue) {
  log_size(&ue->tai);
  log_tac(&ue->tai);
}

// Bytes of a modelled buffer read through a cast: the digits are the
// identifier, the length is not.
void through_cast(const struct ue *ue) {
  const struct imsi_buf *ib = (const struct imsi_buf *)ue->nas_pdu;
  log_u(ib->len);       // excluded
  log_s(ib->digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'ib' is logged
  // CHECK: :27:40: note: 'ue->nas_pdu', also subscriber identifier, reaches the same sink
}

// The member still counts when personal data is written into it.
void written(tai_t *t, PRIVACY_LOCATION_DATA unsigned short cell) {
  t->size = cell;
  log_u(t->size);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'cell' is logged
}

// A member of an anonymous union is read as a member of the record around
// it (`m->tag`): it can be excluded, and only it.
typedef struct {
  union {
    unsigned char tag;
    unsigned char raw;
  };
  char digits[16];
} mobile_id_t;

void anonymous_member(const mobile_id_t *m) {
  log_u(m->tag);        // excluded
  log_u(m->raw);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm' is logged
  log_s(m->digits);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'm' is logged
}

// Strict mode names a member the type does not have: an error, at the
// member's place in the model file.
// RUN: not %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/excluded-fields-typo.json', StrictModels: true}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STRICT --implicit-check-not='is no direct member'
// STRICT: error: model {{.*}}excluded-fields-typo.json:4:73: 'sparee' is no direct member of 'tai_t' [clang-tidy-config]
// STRICT: error: model {{.*}}excluded-fields-typo.json:5:83: 'lenn' is no direct member of 'mobile_id_t' [clang-tidy-config]

// Without strict mode the same mistake is a warning, once a record of the
// type is read - also when only a member of an anonymous union is (`tag`
// is a member of mobile_id_t, `lenn` is not).
// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/excluded-fields-typo.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LAX --implicit-check-not='is no direct member'
// LAX: warning: model {{.*}}excluded-fields-typo.json:4:73: 'sparee' is no direct member of 'tai_t' [clang-tidy-config]
// LAX: warning: model {{.*}}excluded-fields-typo.json:5:83: 'lenn' is no direct member of 'mobile_id_t' [clang-tidy-config]
