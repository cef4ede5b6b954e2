// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%source_dir/examples/models/osmo-hlr.json'}}" \
// RUN:   -- %test_flags -I%S/Inputs 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// examples/models/osmo-hlr.json on the C idioms of osmo-hlr: fields of
// hlr_subscriber and of libosmocore's osmo_gsup_message as sources, LOGP
// (through its back end logp2/logp_stub) as the log sink, osmo_gsup_encode
// as the export sink. docs/evaluation.md measures the model on osmo-hlr.

#include "osmo_stubs.h"

enum { DMAIN, LOGL_DEBUG = 1 };

void notify(const struct hlr_subscriber *subscr) {
  LOGP(DMAIN, LOGL_DEBUG, "IMSI %s: subscriber change\n", subscr->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'subscr->imsi' is logged without recorded consent or anonymisation (AVG/GDPR art. 5 lid 1 sub c) [privacy-logging]
  LOGP(DMAIN, LOGL_DEBUG, "VLR %s\n", subscr->vlr_number);
  // CHECK: :[[@LINE-1]]:3: warning: location data 'subscr->vlr_number' is logged without recorded consent or anonymisation (Telecommunicatiewet art. 11.5a lid 1) [privacy-logging]
  LOGP(DMAIN, LOGL_DEBUG, "subscriber id %lld\n", (long long)subscr->id);
}

void rx(const struct osmo_gsup_message *gsup) {
  LOGP(DMAIN, LOGL_DEBUG, "Unhandled GSUP message type %s\n",
       osmo_gsup_message_type_name(gsup->message_type));
}

void operator_view(struct vty *vty, const struct hlr_subscriber *subscr) {
  // The operator's own VTY session is not a sink in this model.
  vty_out(vty, "IMSI: %s\n", subscr->imsi);
}

void delete_data(const struct hlr_subscriber *subscr) {
  struct osmo_gsup_message del = {.message_type = 1};
  for (int i = 0; i < 16; i++)
    del.imsi[i] = subscr->imsi[i];
  osmo_gsup_encode(osmo_gsup_msgb_alloc("del"), &del);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'del.imsi' is exported without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-export]
  // The fields the message type declares but this message never sets (SMS
  // address, USSD payload) are not exported (docs/evaluation.md, cause C9).
}
