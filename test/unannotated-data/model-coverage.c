// C: a model covers a field under every name the analysis matches it by
// (docs/models.md, "C structs"), and patterns, paramTypes and function
// scopes decide as they do for the analysis. What it does not cover is
// still reported.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/coverage-model-c.json'}}" \
// RUN:   -- -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// Without the model every one of them is reported (NOMODEL), as well as
// what the model does not cover (CHECK).
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c11 %test_flags 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,NOMODEL --implicit-check-not='{{warning|error}}:'

#include <stdint.h>

// The typedef of an anonymous struct: emm_ctx_t::imsi.
typedef struct {
  uint64_t imsi;
  // NOMODEL: :[[@LINE-1]]:12: warning: field 'imsi'
  uint64_t imei; // not modelled
  // CHECK: :[[@LINE-1]]:12: warning: field 'imei'
} emm_ctx_t;

// The typedef name of a tagged struct: ue_t::imei.
typedef struct ue_s {
  char imei[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'imei'
  char imsi[16]; // not modelled
  // CHECK: :[[@LINE-1]]:8: warning: field 'imsi'
} ue_t;

// A named member of an unnamed struct type (mme_ue_t::saved::tai) and a
// member of an anonymous union (mme_ue_t::ecgi).
typedef struct {
  int kind;
  struct {
    uint32_t tai;
    // NOMODEL: :[[@LINE-1]]:14: warning: field 'tai'
    uint32_t lac; // not modelled
    // CHECK: :[[@LINE-1]]:14: warning: field 'lac'
  } saved;
  union {
    uint32_t ecgi;
    // NOMODEL: :[[@LINE-1]]:14: warning: field 'ecgi'
    uint32_t raw;
  };
} mme_ue_t;

// A typedef separate from the struct: sep_t::supi.
struct sep_s {
  char supi[20];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'supi'
  char msisdn[16]; // not modelled (sep_s is no *_ctx_t)
  // CHECK: :[[@LINE-1]]:8: warning: field 'msisdn'
};
typedef struct sep_s sep_t;

// Anonymous members nested deeper: deep_t::lac.
typedef struct {
  struct {
    union {
      struct {
        uint16_t lac;
        // NOMODEL: :[[@LINE-1]]:18: warning: field 'lac'
        uint16_t rac;
      };
      uint32_t both;
    };
  } loc;
} deep_t;

// Glob and regex names: *_ctx_t::msisdn, re:(sgs|mm)_ue_t::guti.
typedef struct mm_s {
  char msisdn[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'msisdn'
} mm_ctx_t;
typedef struct {
  char guti[20];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'guti'
} sgs_ue_t;
typedef struct {
  char msisdn[16]; // other_ue_t is no *_ctx_t
  // CHECK: :[[@LINE-1]]:8: warning: field 'msisdn'
  char guti[20];   // nor (sgs|mm)_ue_t
  // CHECK: :[[@LINE-1]]:8: warning: field 'guti'
} other_ue_t;

// A typedef declared after the struct: late_t::imsi.
struct late_s {
  char imsi[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'imsi'
};
typedef struct late_s late_t;

// A `types` entry by the typedef name.
typedef struct {
  int mcc, mnc;
  long cid;
} cell_global_id_t;
// NOMODEL: :[[@LINE-1]]:3: warning: typedef 'cell_global_id_t'

// Known only through a pointer typedef: ue_ref_t::imsi.
typedef struct {
  char imsi[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'imsi'
  char msisdn[16]; // not modelled
  // CHECK: :[[@LINE-1]]:8: warning: field 'msisdn'
} *ue_ref_t;

// A `types` entry by a tagged struct's typedef covers the struct and its
// fields, as the analysis reads them.
typedef struct auth_vec_s {
  char imsi[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'imsi'
  char msisdn[16];
  // NOMODEL: :[[@LINE-1]]:8: warning: field 'msisdn'
} auth_vec_t;

// Globals by pattern.
char g_home_imsi[16];
// NOMODEL: :[[@LINE-1]]:6: warning: variable 'g_home_imsi'
char g_home_msisdn[16]; // not modelled
// CHECK: :[[@LINE-1]]:6: warning: variable 'g_home_msisdn'

// Parameters by name in the functions the entry names.
void hss_lookup(uint64_t imsi);
// NOMODEL: :[[@LINE-1]]:26: warning: parameter 'imsi'
void vlr_lookup(uint64_t imsi); // not an hss_* function
// CHECK: :[[@LINE-1]]:26: warning: parameter 'imsi'

// Functions: a returned category by pattern; paramCategories only where
// paramTypes match.
uint64_t hlr_get_msisdn(int idx);
// NOMODEL: :[[@LINE-1]]:10: warning: function 'hlr_get_msisdn'
uint64_t hlr_read_msisdn(int idx); // not modelled
// CHECK: :[[@LINE-1]]:10: warning: function 'hlr_read_msisdn'
void page_ue(int cause, uint64_t imsi);
// NOMODEL: :[[@LINE-1]]:34: warning: parameter 'imsi'
void page_ue_by_id(int cause, uint64_t imsi); // paramTypes say `long`
// CHECK: :[[@LINE-1]]:40: warning: parameter 'imsi'
