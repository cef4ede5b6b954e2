// std wrappers and containers hold what their type arguments are: an
// optional enum, a vector of bools and a std::function are modes, flags and
// callbacks like a plain enum, bool or function pointer.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <stdint.h>
#include <string>
#include <utility>
#include <variant>
#include <vector>

enum class du_cell_index_t : uint16_t {};

struct UeState {
  du_cell_index_t a_cell_id;
  std::optional<du_cell_index_t> serv_cell_id;
  std::array<du_cell_index_t, 4> cell_ids;
  std::vector<bool> gps_fixes;
  std::atomic<bool> imsi_known;
  std::variant<bool, du_cell_index_t> cell_id_choice;
  std::optional<std::vector<du_cell_index_t>> scell_ids;
  std::function<void(uint64_t)> on_imsi;

  // Wrappers of data are data.
  // CHECK: :[[@LINE+1]]:27: warning: field 'cell_id' looks like location data (cell identity)
  std::optional<uint32_t> cell_id;
  // CHECK: :[[@LINE+1]]:30: warning: field 'msisdn' looks like a subscriber identifier (MSISDN)
  std::optional<std::string> msisdn;
  // CHECK: :[[@LINE+1]]:29: warning: field 'imsi' looks like a subscriber identifier (IMSI)
  std::pair<bool, uint64_t> imsi;
  // CHECK: :[[@LINE+1]]:39: warning: field 'imsi_per_cell' looks like a subscriber identifier (IMSI)
  std::map<du_cell_index_t, uint64_t> imsi_per_cell;
};

// Function results and parameters too.
std::optional<du_cell_index_t> find_cell_id();
// CHECK: :[[@LINE+1]]:25: warning: function 'current_cell_id' looks like it returns location data (cell identity)
std::optional<uint32_t> current_cell_id();
// CHECK: :[[@LINE+1]]:71: warning: parameter 'tmsi' looks like a subscriber identifier (TMSI)
void set_cells(const std::vector<du_cell_index_t> &cell_ids, uint32_t tmsi);
