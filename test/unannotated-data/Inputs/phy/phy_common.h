// Physical-layer code (a directory named phy): its cell ids are PCIs, its
// "UE locations" are control-channel candidates.
#pragma once
#include <stdint.h>

int srsran_cellid_isvalid(uint32_t cell_id);
uint32_t srsran_pdcch_ue_locations_ncce(uint32_t nof_cce, uint32_t max_candidates);
typedef struct {
  uint32_t cell_id;
  // The physical layer does carry subscriber data: a UE's temporary identity.
  uint32_t m_tmsi;
} srsran_cell_search_result_t;
