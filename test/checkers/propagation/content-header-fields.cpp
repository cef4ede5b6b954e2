// RUN: %clang_tidy --checks='-*,privacy-logging' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/content-pdu.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Communication content is the message's bytes: the numbers of a received
// PDU's header (sequence number, length, extension type, TEID) are protocol
// metadata, whether read directly, through a range-for element, a member
// function or a copy; the bytes, the buffer and anything declared content
// are content.
#include <privacy/annotations.h>
#include <cstdint>
#include <string>
#include <vector>

namespace ran {
enum class ext_type : uint8_t { pdu_session, other };
struct equality {}; // an operator mixin: an empty base
struct teid_t : equality {
  uint32_t value;
  uint32_t get() const { return value; }
};
struct ext_header {
  ext_type type;
  std::vector<uint8_t> container;
};
struct header {
  uint16_t seq_number;
  bool has_seq;
  teid_t teid;
  ext_header ext_list[2];
  PRIVACY_COMMUNICATION_CONTENT uint32_t payload_word;
};
struct byte_buffer {
  std::vector<uint8_t> bytes;
  size_t length() const { return bytes.size(); }
};
struct dissected_pdu {
  byte_buffer buf;
  header hdr;
  size_t hdr_len = 0;
  uint16_t sn() const { return hdr.seq_number; }
  const byte_buffer &payload() const { return buf; }
};

PRIVACY_LOG_SINK void log_num(const char *, unsigned long);
PRIVACY_LOG_SINK void log_buf(const byte_buffer &);
PRIVACY_LOG_SINK void log_teid(const teid_t &);
PRIVACY_LOG_SINK void log_text(const std::string &);
PRIVACY_LOG_SINK void log_pair(unsigned long, unsigned long);

class rx_entity {
public:
  void handle_pdu(dissected_pdu &&pdu);
  // A header parsed from its parameter's bytes, then logged: the caller
  // drops content (the callee cannot tell the caller's category).
  void log_count(const byte_buffer &buf) const {
    header h{};
    h.seq_number = static_cast<uint16_t>(buf.bytes[0] << 8 | buf.bytes[1]);
    log_num("count", h.seq_number + 1U);
  }
  // One sink given both, the number first: the byte is still content.
  void log_count_and_byte(const byte_buffer &buf) const {
    header h{};
    h.seq_number = buf.bytes[0];
    log_pair(h.seq_number, buf.bytes[1]);
    // CHECK: :[[@LINE-1]]:5: warning: communication content 'pdu' is logged
  }
  bool read_header(header &hdr, const byte_buffer &buf) const {
    hdr.seq_number = static_cast<uint16_t>((buf.bytes[0] & 0x0fU) << 8U);
    hdr.seq_number |= buf.bytes[1];
    return true;
  }

private:
  uint16_t rx_next = 0;
};

void rx_entity::handle_pdu(dissected_pdu &&pdu) {
  uint16_t sn = pdu.hdr.seq_number;
  log_num("sn", sn);
  log_num("hdr_len", pdu.hdr_len);
  log_num("has_seq", pdu.hdr.has_seq);
  log_num("teid", pdu.hdr.teid.get());
  teid_t teid = pdu.hdr.teid;
  log_num("teid", teid.get());
  log_teid(teid);
  log_num("sn", pdu.sn());
  for (auto ext : pdu.hdr.ext_list)
    log_num("type", static_cast<unsigned>(ext.type));
  rx_next = sn + 1;
  log_num("rx_next", rx_next);

  log_buf(pdu.buf);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'pdu' is logged
  log_buf(pdu.payload());
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'pdu' is logged
  log_num("byte", pdu.buf.bytes[0]);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'pdu' is logged
  for (auto ext : pdu.hdr.ext_list)
    log_num("container", ext.container.front());
  // CHECK: :[[@LINE-1]]:5: warning: communication content 'pdu' is logged
  log_text(std::string(pdu.buf.bytes.begin(), pdu.buf.bytes.end()));
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'pdu' is logged
  log_num("word", pdu.hdr.payload_word);
  // CHECK: :[[@LINE-1]]:3: warning: communication content '{{[^']*}}' is logged

  // A header parsed out of the bytes into its fields: protocol numbers, as
  // the PDCP RX entity reads its SN; a byte kept in a local stays content.
  header parsed{};
  auto it = pdu.buf.bytes.begin();
  parsed.seq_number = static_cast<uint16_t>((*it & 0x0fU) << 8U);
  parsed.seq_number |= *++it;
  uint32_t count = parsed.seq_number + 1U;
  log_num("count", count);
  parsed.teid.value = pdu.buf.bytes[4];
  log_teid(parsed.teid);
  header init{static_cast<uint16_t>(pdu.buf.bytes[0] << 8 | pdu.buf.bytes[1])};
  log_num("sn", init.seq_number);
  log_count(pdu.buf);
  log_count_and_byte(pdu.buf);
  header by_callee{};
  if (read_header(by_callee, pdu.buf))
    log_num("sn", by_callee.seq_number);
  uint8_t first = pdu.buf.bytes[0];
  log_num("first", first);
  // CHECK: :[[@LINE-1]]:3: warning: communication content 'pdu' is logged
}
} // namespace ran

// Only content: the numbers of an identity stay subscriber identifiers.
struct ue_identity {
  uint64_t imsi;
  uint32_t tmsi;
};
void on_identity(const ue_identity &id) {
  ran::log_num("tmsi", id.tmsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'id' is logged
}
