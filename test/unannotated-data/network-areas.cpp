// A location identity names one place, where a terminal is. A set of them
// (a plural, a list, a list's item type), an area the network defines, the
// network's own configuration and broadcast, and the PCI that physical-layer
// code calls `cell_id` are not a terminal's location. Thresholds of usage
// are configuration, not traffic data.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s --header-filter='.*' -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// Headers sort first: physical-layer code (Inputs/phy) keeps subscriber data.
// CHECK: phy_common.h:11:12: warning: field 'm_tmsi' looks like a subscriber identifier (TMSI)

#include <stdint.h>
#include <string>
#include <vector>

// A type whose name says nothing: its declarations' names speak.
struct area_code {
  uint8_t plmn[3];
  uint16_t code;
};

// One place of one UE.
struct UeContext {
  // CHECK: :[[@LINE+1]]:13: warning: field 'tai' looks like location data (tracking area identity)
  area_code tai;
  // CHECK: :[[@LINE+1]]:12: warning: field 'cell_id' looks like location data (cell identity)
  uint64_t cell_id;
  // CHECK: :[[@LINE+1]]:12: warning: field 'last_visited_lac' looks like location data (location area code)
  uint16_t last_visited_lac;
};
// Identified areas are places: a service area identity locates a UTRAN UE.
struct service_area_id {
  // CHECK: :[[@LINE+1]]:12: warning: field 'lac' looks like location data (location area code)
  uint16_t lac;
};
// CHECK: :[[@LINE+1]]:8: warning: struct 'tracking_area_identity' looks like location data (tracking area identity)
struct tracking_area_identity {
  uint16_t code;
};
// A setter's owner says "set", not a set of places.
// CHECK: :[[@LINE+1]]:38: warning: parameter 'tai' looks like location data (tracking area identity)
void ue_set_tai(void *ue, area_code *tai);

// An array of whole identities is a set of places; bytes encode one.
struct UpfNode {
  uint64_t nr_cell_id[16];
  area_code tai[4];
  // CHECK: :[[@LINE+1]]:11: warning: field 'nr_cgi' looks like location data (NCGI)
  uint8_t nr_cgi[8];
};

// Sets of places: plurals, lists, the items of a list.
struct AmfInfo {
  std::vector<area_code> tai_list;
  std::vector<uint64_t> ecgis;
  uint16_t forbidden_lacs[16];
};
struct TaiListForPaging {
  area_code tai;
};
struct cell_id_cancelled_item {
  uint64_t cell_id;
};
struct nr_cgi_list_item_s {
  uint64_t nr_cell_id;
};
void page_ue_in(const area_code *tais, unsigned n);
// Areas the network defines.
struct area_scope {
  std::vector<uint64_t> cell_id;
};
struct PresenceReportingAreaInfo {
  area_code tai;
};
// The network's own configuration, and what it broadcasts to every terminal.
struct mme_args_t {
  uint16_t lac;
};
struct sib1_cell_access_info {
  uint64_t cell_id;
};
struct PwsWarningMessage {
  uint64_t ecgi;
};
// The physical cell identity of physical-layer code.
int sequence_pbch(void *seq, uint32_t cell_id);
int srs_sync_get_cell_id(void *q);
struct csi_rs_cell_mobility {
  uint16_t cell_id;
};
// Usage thresholds are configuration; the usage itself is traffic data.
struct usage_threshold {
  uint64_t duration;
  uint64_t uplink_volume;
};
struct session_usage {
  // CHECK: :[[@LINE+1]]:12: warning: field 'duration' looks like traffic data (call duration)
  uint64_t duration;
  // CHECK: :[[@LINE+1]]:12: warning: field 'uplink_volume' looks like traffic data (uplink volume)
  uint64_t uplink_volume;
};
struct traffic_report {
  // CHECK: :[[@LINE+1]]:12: warning: field 'uplink_volume' looks like traffic data (uplink volume)
  uint64_t uplink_volume;
};
// A function that builds a message named after an identifier.
void *sgsap_build_tmsi_reallocation_complete(void *ue);

// What the network broadcasts to every terminal is no subscriber's
// communication; a subscriber's message is.
struct write_replace_warning_request {
  std::vector<uint8_t> &warning_msg_contents();
};
struct CellBroadcastMessage {
  uint8_t msg_body[82];
};
struct SmsDeliver {
  // CHECK: :[[@LINE+1]]:11: warning: field 'msg_body' looks like communication content (message body)
  uint8_t msg_body[140];
};

// A neighbour relation is between cells: the network's topology.
struct NeighbourRelation {
  uint64_t nr_cgi;
};
void add_ncell(uint64_t cell_id);
// CHECK: :[[@LINE+1]]:27: warning: parameter 'target_cell_id' looks like location data (cell identity)
void handover_to(uint64_t target_cell_id);

// A record named for a place that lists such places is an area (TAIs with
// a weight), and so is a pointer to one; one TAI is a place (the struct
// is reported, so the fields of its type are not).
// CHECK: :[[@LINE+1]]:8: warning: struct 'Tai' looks like location data (tracking area identity)
struct Tai {
  uint8_t plmn[3];
  uint32_t tac;
};
struct TaiWeightInfo {
  std::vector<Tai> taiList;
  int weight;
};
struct LoadReport {
  const TaiWeightInfo *taiWeight;
  Tai servingTai;
};

// A range (begin() and end()) of places is a set of them too, also when
// the specialisation is only named (generated ASN.1's `using
// tai_cancelled_l = dyn_array<tai_cancelled_item_s>`, the cells of a
// cancelled warning); a string is one place's text.
template <typename T> class dyn_array {
public:
  T *begin();
  T *end();

private:
  T *data_;
};
template <typename T> class boxed {
  T value_;
};
using tai_cancelled_l = dyn_array<Tai>;
using cell_id_cancelled_l = dyn_array<uint32_t>;
struct UeMobility {
  dyn_array<Tai> cancelledTai;
  std::vector<uint64_t> cellId;
  // CHECK: :[[@LINE+1]]:15: warning: field 'lastTai' looks like location data (tracking area identity)
  std::string lastTai;
  // CHECK: :[[@LINE+1]]:19: warning: field 'servingCellId' looks like location data (cell identity)
  boxed<uint32_t> servingCellId;
};

// A network function's profile describes the network: the SUCI
// information an AUSF serves is no SUCI; a UE's SUCI is.
class AusfInfo {
  std::vector<std::string> suciInfos;
};
class AusfUeContext {
  // CHECK: :[[@LINE+1]]:15: warning: field 'suci' looks like a subscriber identifier (SUCI)
  std::string suci;
};

// Location data in physical-layer code (a directory named phy, physical,
// l1 or layer1) is the network's; other data there is not exempt.
#include "Inputs/phy/phy_common.h"

// Names that say broadcast are the network's too.
struct cell_broadcast_item {
  uint32_t lai;
};
