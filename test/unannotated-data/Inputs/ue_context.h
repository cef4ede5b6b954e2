// A project header: reported where the header filter lets it through.
#pragma once
#include <stdint.h>

struct UeContextHeader {
  uint64_t stored_imsi;
};

// A macro whose body spells the name: that is the header's name, not the
// user's.
#define DECLARE_SERVING_CELL uint32_t serving_cell_id;
