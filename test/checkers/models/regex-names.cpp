// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/regex-names.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Regex names on qualified names: the literal parts outside groups of one
// alternative, and one word of each group of plain alternatives that is not
// optional, filter the names the regex is run on. The twin in the other
// language is regex-names.c.

#include <privacy/annotations.h>

namespace ns { void emit1(const char *); void emitx(const char *); }
namespace other { void emit2(const char *); }
void emit3(const char *);
namespace log { void cdr_dump(const char *); }
void x_dump_more(const char *);
namespace ue_ctx { void imsi_log(const char *); void imei_log(const char *); }
namespace cell { void save_rec(const char *); void save_imei_rec(const char *); }
void ue_ctx_msisdn_log(const char *);
PRIVACY_SUBSCRIBER_ID const char *imsi();

void f() {
  ns::emit1(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  ns::emitx(imsi());
  other::emit2(imsi());
  emit3(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  log::cdr_dump(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  x_dump_more(imsi());
  // `ue_[a-z]+_(imsi|msisdn)_log` on `ue_ctx::imsi_log`: `::` is no `_`.
  ue_ctx::imsi_log(imsi());
  ue_ctx::imei_log(imsi());
  ue_ctx_msisdn_log(imsi());
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi()' is logged
  // `save(_imsi|_msisdn)?_rec` needs no word of its optional group, but
  // the whole name: `cell::save_rec` is not `save_rec`.
  cell::save_rec(imsi());
  cell::save_imei_rec(imsi());
}
