// Integer widths: no cell identity, tracking area code or location area code
// fits in fewer than 16 bits, so a narrower integer with such a name is an
// index or a local code (an 8-bit `serving_cell_id` is ServCellIndex 0..31).
// The physical cell identity (PCI) is radio configuration, not a cell's
// identity; ExtraTerms brings it back where it is location data.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s \
// RUN:   --config="{CheckOptions: {privacy-unannotated-data.ExtraTerms: 'phys_cell_id=location'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --check-prefixes=CHECK,PCI --implicit-check-not='{{warning|error}}:'

#include <optional>
#include <stdint.h>

struct UeCells {
  // Indexes of the UE's configured cells.
  uint8_t serving_cell_id;
  uint8_t sched_cell_id;
  std::optional<uint8_t> pucch_cell_id;
  char cell_identity;
  uint8_t lac;
  // Physical cell identities.
  // PCI: :[[@LINE+1]]:12: warning: field 'phys_cell_id' looks like location data (phys_cell_id)
  uint16_t phys_cell_id;
  uint16_t physical_cell_id;
  uint16_t pci_cell_id;
  uint16_t phy_cell_id;

  // Wide enough to be the identity.
  // CHECK: :[[@LINE+1]]:12: warning: field 'nr_cell_id' looks like location data (cell identity)
  uint64_t nr_cell_id;
  // CHECK: :[[@LINE+1]]:27: warning: field 'target_cell_id' looks like location data (cell identity)
  std::optional<uint32_t> target_cell_id;
  // CHECK: :[[@LINE+1]]:12: warning: field 'tracking_area_code' looks like location data (tracking area code)
  uint16_t tracking_area_code;
  // Bytes of an encoded identity, not one narrow number.
  // CHECK: :[[@LINE+1]]:11: warning: field 'eutra_cgi' looks like location data (ECGI)
  uint8_t eutra_cgi[7];
  // Other data keeps any width.
  // CHECK: :[[@LINE+1]]:11: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  uint8_t imsi[8];
};

// Bit-fields count by their width.
struct PackedCell {
  unsigned cell_id : 5;
  // CHECK: :[[@LINE+1]]:12: warning: field 'ecgi' looks like location data (ECGI)
  unsigned ecgi : 28;
};

// Typedefs, function results and parameters.
typedef uint8_t du_cell_id_t;
// CHECK: :[[@LINE+1]]:18: warning: typedef 'nr_cell_id_t' looks like location data (cell identity)
typedef uint64_t nr_cell_id_t;
uint8_t get_serving_cell_id();
// CHECK: :[[@LINE+1]]:10: warning: function 'get_cell_id' looks like it returns location data (cell identity)
uint32_t get_cell_id();
// CHECK: :[[@LINE+1]]:43: warning: parameter 'ncgi' looks like location data (NCGI)
void configure(uint8_t scell_id, uint64_t ncgi, uint8_t cell_id);
