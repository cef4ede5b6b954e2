#include <privacy/annotations.h>
#include <stdint.h>
struct hdr { uint16_t seq; uint8_t type; };
struct pdu { struct hdr hdr; uint32_t len; uint8_t data[64]; };
uint16_t seq_of(const struct pdu *p);
uint8_t first_byte(const struct pdu *p);
void log_seq(const struct pdu *p);
void log_first(const struct pdu *p);
uint32_t parsed_count(const uint8_t *bytes);
void log_parsed(const uint8_t *bytes);
