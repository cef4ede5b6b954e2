// C: a location identity names one place; sets of places, areas the network
// defines, its own configuration and broadcast, and the PCI of
// physical-layer code are not a terminal's location (network-areas.cpp).
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s --header-filter='.*' -- -std=c11 %test_flags -isystem %S/Inputs/system 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// Headers sort first: physical-layer code (Inputs/phy) keeps subscriber data.
// CHECK: phy_common.h:11:12: warning: field 'm_tmsi' looks like a subscriber identifier (TMSI)

#include <stdint.h>
#include <telecom_lib.h>

typedef struct area_code_s {
  uint8_t plmn[3];
  uint16_t code;
} area_code_t;

// One place of one UE.
typedef struct ue_ctx_s {
  // CHECK: :[[@LINE+1]]:15: warning: field 'tai' looks like location data (tracking area identity)
  area_code_t tai;
  // CHECK: :[[@LINE+1]]:12: warning: field 'e_cgi' looks like location data (ECGI)
  uint32_t e_cgi;
} ue_ctx_t;
// CHECK: :[[@LINE+1]]:48: warning: parameter 'tai' looks like location data (tracking area identity)
void mme_ue_set_tai(ue_ctx_t *ue, area_code_t *tai);
typedef struct routing_area_info_s {
  // CHECK: :[[@LINE+1]]:12: warning: field 'lac' looks like location data (location area code)
  uint16_t lac;
} routing_area_info_t;

// An array of whole identities is a set of places; bytes encode one.
typedef struct pfcp_node_s {
  uint32_t e_cell_id[8];
  uint16_t lac[16];
  area_code_t tai[4];
  // CHECK: :[[@LINE+1]]:11: warning: field 'eutra_cgi' looks like location data (ECGI)
  uint8_t eutra_cgi[7];
} pfcp_node_t;

// Sets of places.
typedef struct ogs_eps_tai_list_s {
  int num;
  area_code_t tai[16];
} ogs_eps_tai_list_t;
struct amf_info {
  area_code_t tai_list[8];
  uint32_t ecgis[8];
};
typedef struct S1AP_TAIItem {
  area_code_t tAI;
} S1AP_TAIItem_t;
void paging_send(ue_ctx_t *ue, const area_code_t *tais, int n);
// Areas the network defines.
struct network_area_info {
  uint32_t ecgi;
};
// Configuration and broadcast.
typedef struct s1ap_args_s {
  uint16_t lac;
} s1ap_args_t;
struct pws_warning_area {
  uint32_t cell_id;
};
// Physical layer: the PCI.
int srsran_sequence_pbch(void *seq, int cp, uint32_t cell_id);
// Usage thresholds.
struct usage_threshold_rm {
  uint64_t duration;
  uint64_t downlink_volume;
};
// A message builder.
void *sgsap_build_tmsi_reallocation_complete(ue_ctx_t *ue);

// A library's type named like one place speaks for a declaration, unless
// the declaration's owner or its own name says it is one of a set.
struct handover {
  // CHECK: :[[@LINE+1]]:26: warning: field 'target' has type 'gsm0808_cell_id', which looks like location data (cell identity)
  struct gsm0808_cell_id target;
  struct gsm0808_cell_id candidate_cell_list[8];
  struct gsm0808_cell_id cell_id[8];
};
struct cell_id_list_entry {
  struct cell_id_list_entry *next;
  struct gsm0808_cell_id cell_id;
};
int cell_id_list_add_cell(void *ctx, struct cell_id_list_entry **list,
                          const struct gsm0808_cell_id *cid);

// What the network broadcasts to every terminal is no subscriber's
// communication; a subscriber's message is.
typedef struct sbc_pws_data_s {
  uint32_t message_length;
  uint8_t message_contents[1024];
} sbc_pws_data_t;
typedef uint8_t *WarningMessageContents_t;
struct sms_submit {
  // CHECK: :[[@LINE+1]]:11: warning: field 'message_contents' looks like communication content (message content)
  uint8_t message_contents[140];
};

// A neighbour relation is between cells: the network's topology.
int add_neighbor(void *vty, void *addr, const struct gsm0808_cell_id *cell_id);
struct neighbour_cfg_entry {
  uint32_t ecgi;
};
struct meas_report {
  uint32_t neigh_cell_id;
  // CHECK: :[[@LINE+1]]:12: warning: field 'serving_cell_id' looks like location data (cell identity)
  uint32_t serving_cell_id;
};

// A record named for a place that lists such places is an area (an NTN
// cell's TACs, a TAI with its cells), and so is a pointer to one; one TAI
// is a place (the struct is reported, so the fields of its type are not).
// CHECK: :[[@LINE+1]]:8: warning: struct 'ue_tai' looks like location data (tracking area identity)
struct ue_tai {
  uint8_t plmn_id[3];
  uint16_t tac;
};
struct ntn_tai_info {
  uint8_t plmn_id[3];
  uint16_t tac_list[8];
};
struct ncgi_tai {
  struct ue_tai tai;
  uint64_t cell_list[16];
};
struct ntn_cell_cfg_ref {
  struct ntn_tai_info *ntn_tai;
};

// A network function's profile describes the network: the SUCI
// information a UDM serves is no SUCI; a UE's SUCI is.
struct udm_info {
  char *suci_infos;
  char *routing_indicators;
};
struct udm_ue {
  // CHECK: :[[@LINE+1]]:9: warning: field 'suci' looks like a subscriber identifier (SUCI)
  char *suci;
};

// Location data in physical-layer code (a directory named phy, physical,
// l1 or layer1) is the network's; other data there is not exempt.
#include "Inputs/phy/phy_common.h"

// Names that say broadcast are the network's too.
struct cell_broadcast_item {
  uint32_t lai;
};
