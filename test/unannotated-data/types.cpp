// Records, typedefs and aliases: a type whose name says personal data is
// reported once, on its definition, and its uses are not reported again.
// Types from system headers are not reported, so their names speak for the
// declarations of that type.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags -isystem %S/Inputs/system 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "privacy/annotations.h"
#include <telecom_lib.h>

#include <memory>
#include <optional>
#include <stdint.h>
#include <string>
#include <vector>

// CHECK: :[[@LINE+1]]:8: warning: struct 'CellGlobalId' looks like location data (cell global identity) but has no privacy annotation; annotate it with PRIVACY_LOCATION_DATA or add it to a model file [privacy-unannotated-data]
struct CellGlobalId {
  uint32_t plmn;
  // Same category as the reported record: annotating the record covers it.
  uint32_t cell_id;
  // Another category: annotating the record would not say it.
  // CHECK: :[[@LINE+1]]:12: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  uint64_t imsi;
};

// A forward declaration is not a definition; the definition is reported.
struct Ecgi;
// CHECK: :[[@LINE+1]]:8: warning: struct 'Ecgi' looks like location data (ECGI)
struct Ecgi {
  uint32_t eci;
};

// CHECK: :[[@LINE+3]]:3: warning: typedef 'nr_cell_global_id_t' looks like location data (cell global identity)
typedef struct {
  uint32_t nci;
} nr_cell_global_id_t;

// CHECK: :[[@LINE+1]]:18: warning: typedef 'imsi_t' looks like a subscriber identifier (IMSI)
typedef uint64_t imsi_t;
// CHECK: :[[@LINE+1]]:7: warning: type alias 'Msisdn' looks like a subscriber identifier (MSISDN)
using Msisdn = std::string;
// CHECK: :[[@LINE+1]]:7: warning: class 'CallDetailRecord' looks like traffic data (call detail record)
class CallDetailRecord {
  std::string a;
};

// An alias of a reported type is covered by it.
typedef struct CellGlobalId cell_global_id_t;
using CgiList = std::vector<CellGlobalId>;

// Annotated types and their aliases and uses.
struct PRIVACY_SUBSCRIBER_ID Guti {
  uint32_t tmsi;
};
typedef PRIVACY_SUBSCRIBER_ID uint64_t supi_t;
using Imei PRIVACY_SUBSCRIBER_ID = std::string;
typedef Guti guti_t;

// Processing objects and descriptions are not the data.
class ImsiParser {};
struct CdrWriter {};
enum ImsiKind { IMSI_REAL, IMSI_TEST };
struct ImsiTest {};

// Uses of reported or annotated types are not reported, whatever their
// names, through pointers, arrays, references and std containers.
struct Context {
  CellGlobalId serving;
  CellGlobalId *neighbour_cells[8];
  nr_cell_global_id_t ncgi;
  imsi_t imsi;
  std::vector<imsi_t> imsis;
  std::unique_ptr<CallDetailRecord> cdr;
  std::optional<Msisdn> msisdn;
  Guti guti;
  supi_t supi;
  const Imei &imei() const;
  guti_t old_guti;
  cell_global_id_t cgi;
  CgiList cells;
};

// A library type cannot be annotated here, so its name speaks for the field;
// a library typedef of an identifier likewise.
struct Attach {
  // CHECK: :[[@LINE+1]]:32: warning: field 'serving' has type 'osmo_location_area_id', which looks like location data (location area identity), but has no privacy annotation; annotate it with PRIVACY_LOCATION_DATA or add it to a model file
  struct osmo_location_area_id serving;
  // CHECK: :[[@LINE+1]]:15: warning: field 'who' has type 'osmo_imsi_t', which looks like a subscriber identifier (IMSI), but has no privacy annotation
  osmo_imsi_t who;
  // CHECK: :[[@LINE+1]]:28: warning: field 'previous' has type 'osmo_imsi_t', which looks like a subscriber identifier (IMSI)
  std::vector<osmo_imsi_t> previous;
  // The PLMN is the operator, not the subscriber.
  struct osmo_plmn_id plmn;
};

// Templates are reported on the pattern, once, never per instantiation.
template <typename T> struct Tagged {
  // CHECK: :[[@LINE+1]]:5: warning: field 'msisdn' looks like a subscriber identifier (MSISDN)
  T msisdn;
};
Tagged<int> One;
Tagged<long> Two;
// CHECK: :[[@LINE+1]]:25: warning: struct 'TaiDigits' looks like location data (tracking area identity)
template <int N> struct TaiDigits {
  int digits[N];
};
TaiDigits<4> Four;
TaiDigits<8> Eight;

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
