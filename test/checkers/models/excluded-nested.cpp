// RUN: %clang_tidy --checks='-*,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/broadcast-grants-cpp.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// As excluded-nested.c, with C++ names: a type entry without a category in
// a namespace, a reference to the grant, a value class of the identifier
// converted by a modelled function.

#include <cstdint>
#include <vector>

namespace ran {
enum class rnti_t : uint16_t {};
constexpr uint16_t to_value(rnti_t r) { return static_cast<uint16_t>(r); }
struct pdsch_information { rnti_t rnti; unsigned harq_id = 0; };
struct dl_msg_alloc { pdsch_information pdsch_cfg; };
struct rar_information { pdsch_information pdsch_cfg; };
struct dl_paging_allocation { pdsch_information pdsch_cfg; };
struct context_info { uint16_t rnti = 0; int type = 0; };

class pcap {
public:
  void push_pdu(const context_info &ctx, const std::vector<uint8_t> &pdu);
};
} // namespace ran

using namespace ran;

void ue_pdu(pcap &p, const dl_msg_alloc &alloc, const std::vector<uint8_t> &pdu) {
  context_info ctx;
  ctx.rnti = to_value(alloc.pdsch_cfg.rnti);
  p.push_pdu(ctx, pdu);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'alloc.pdsch_cfg.rnti' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}

void rar_pdu(pcap &p, const rar_information &alloc, const std::vector<uint8_t> &pdu) {
  context_info ctx;
  ctx.rnti = to_value(alloc.pdsch_cfg.rnti);
  p.push_pdu(ctx, pdu);
}

void paging_pdus(pcap &p, const std::vector<dl_paging_allocation> &grants,
                 const std::vector<uint8_t> &pdu) {
  for (const dl_paging_allocation &alloc : grants) {
    context_info ctx;
    ctx.rnti = to_value(alloc.pdsch_cfg.rnti);
    p.push_pdu(ctx, pdu);
  }
}

void rar_from_ue(pcap &p, rar_information &rar, const dl_msg_alloc &ue,
                 const std::vector<uint8_t> &pdu) {
  rar.pdsch_cfg.rnti = ue.pdsch_cfg.rnti;
  context_info ctx;
  ctx.rnti = to_value(rar.pdsch_cfg.rnti);
  p.push_pdu(ctx, pdu);
  // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 'ue.pdsch_cfg.rnti' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}
