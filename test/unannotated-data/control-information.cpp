// Payloads of control information: a set of flags (std::bitset, a type named
// *bitset*) is never communication content, and the payload of a MIB, SIB,
// DCI, UCI, HARQ or CSI report - or of the PBCH, PDCCH and PUCCH that carry
// only those - is radio-protocol control information.
// RUN: %clang_tidy --checks='-*,privacy-unannotated-data' %s -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <array>
#include <bitset>
#include <optional>
#include <stddef.h>
#include <stdint.h>
#include <vector>

template <size_t N> class bounded_bitset {
  uint64_t words[(N + 63) / 64];
};

// Sets of flags.
struct harq_information {
  std::bitset<1706> payload;
};
struct UciIndication {
  bounded_bitset<64> payload;
  std::optional<std::bitset<8>> message_payload;
};
using dci_payload = std::bitset<140>;
struct DciMessage {
  dci_payload payload;
  const std::bitset<12> &payload_ref();
};

// Control information in the name.
struct ssb_pdu {
  std::array<uint8_t, 4> mib_payload;
  uint8_t pbch_payload[4];
};
struct BroadcastPdu {
  std::vector<uint8_t> sib1_payload;
  std::vector<uint8_t> csi_payload;
  std::vector<uint8_t> uci_payload;
};

// User data.
struct PdschPdu {
  // CHECK: :[[@LINE+1]]:24: warning: field 'payload' looks like communication content (payload)
  std::vector<uint8_t> payload;
};
// The control words count in the payload's own name only: a HARQ process
// buffer holds a transport block of user data.
struct harq_buffer {
  // CHECK: :[[@LINE+1]]:11: warning: field 'payload' looks like communication content (payload)
  uint8_t payload[1500];
};
// CHECK: :[[@LINE+1]]:7: warning: type alias 'user_payload' looks like communication content (payload)
using user_payload = std::vector<uint8_t>;
// CHECK: :[[@LINE+1]]:16: warning: function 'pdsch_payload' looks like it returns communication content (payload)
const uint8_t *pdsch_payload();

// Control information named by the owner: a method of a UCI message, a
// record nested in a PDCCH processor, a MAC CE record, a BSR unpacker.
class pucch_uci_message {
public:
  const std::vector<uint8_t> &get_full_payload() const { return full; }

private:
  std::vector<uint8_t> full;
};
class pdcch_processor {
public:
  struct pdu_t {
    std::vector<uint8_t> payload;
  };
};
struct ta_cmd_ce_payload {
  unsigned tag_id;
};
void unpack_bsr(const std::vector<uint8_t> &payload);
// The payload of a text message is what the subscriber wrote.
struct sms_record {
  std::vector<uint8_t> payload;
  // CHECK: :[[@LINE-1]]:24: warning: field 'payload' looks like communication content (payload)
};
