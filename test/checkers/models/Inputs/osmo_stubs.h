// The few libosmocore and osmo-hlr declarations that
// examples/models/osmo-hlr.json names, with LOGP built as libosmocore builds
// it (LOGP -> LOGPSRC -> LOGPSRCC -> logp2/logp_stub).
#pragma once
#include <stddef.h>
#include <stdint.h>

extern void *osmo_log_info;
void logp2(int subsys, unsigned int level, const char *file, int line, int cont,
           const char *format, ...);
void logp_stub(const char *file, int line, int cont, const char *format, ...);
int log_check_level(int subsys, unsigned int level);
#define LOGP(ss, level, fmt, args...) LOGPSRC(ss, level, NULL, 0, fmt, ##args)
#define LOGPSRC(ss, level, caller_file, caller_line, fmt, args...)             \
  LOGPSRCC(ss, level, caller_file, caller_line, 0, fmt, ##args)
#define LOGPSRCC(ss, level, caller_file, caller_line, cont, fmt, args...)      \
  do {                                                                         \
    if (!osmo_log_info) {                                                      \
      logp_stub(__FILE__, __LINE__, cont, fmt, ##args);                        \
      break;                                                                   \
    }                                                                          \
    if (log_check_level(ss, level))                                            \
      logp2(ss, level, __FILE__, __LINE__, cont, fmt, ##args);                 \
  } while (0)

struct osmo_gsup_message {
  int message_type;
  char imsi[17];
  const uint8_t *msisdn_enc;
  const uint8_t *sm_rp_da;
  const uint8_t *ss_info;
};
struct msgb;
struct msgb *osmo_gsup_msgb_alloc(const char *label);
int osmo_gsup_encode(struct msgb *msg, const struct osmo_gsup_message *gsup);
const char *osmo_gsup_message_type_name(int type);

struct hlr_subscriber {
  int64_t id;
  char imsi[16];
  char msisdn[16];
  char vlr_number[32];
};
struct vty;
int vty_out(struct vty *vty, const char *format, ...);
