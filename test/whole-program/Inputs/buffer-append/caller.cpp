#include "buffer.h"
void rx(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu, size_t n, segments *s) {
  byte_buffer pdu(s);
  (void)pdu.append(sdu, n);
  log_hex(pdu.data(), "RX PDU");
}
void rx_copy(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu, size_t n, segments *s) {
  byte_buffer pdu(s);
  (void)pdu.append_copy(sdu, n);
  log_hex(pdu.data(), "RX PDU");
}
void trimmed(PRIVACY_TRAFFIC_DATA size_t n, segments *s) {
  byte_buffer pdu(s);
  pdu.trim_head(n);
  log_hex(pdu.data(), "trimmed");
}
void rx_fill(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu, size_t n, segments *s) {
  byte_buffer pdu(s);
  fill(pdu, sdu, n);
  log_hex(pdu.data(), "filled");
}
void rx_chain(PRIVACY_COMMUNICATION_CONTENT const uint8_t *sdu, size_t n, segments *s) {
  static const uint8_t hdr[1] = {0};
  byte_buffer pdu(s);
  pdu.add(hdr, 1).add(sdu, n);
  log_hex(pdu.data(), "chained");
}
