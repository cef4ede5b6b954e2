// The translation unit of the summary-store harness (fuzz-summary-store).
// The harness parses it once and offers each input as the stored summary of
// one of its functions (the one whose "usr" the input names); the seed
// corpus is the first pass over this same file (scripts/fuzz-seeds.sh).
#include <privacy/annotations.h>

struct Inner {
  int code;
  char *name;
};

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID char *imsi;
  char *plan;
  Inner inner;
  Subscriber *next;
};

PRIVACY_LOG_SINK void log_line(const char *line);
PRIVACY_CONSENT_CHECK("marketing") bool has_marketing_consent(const Subscriber &s);

void log_party(const char *party) { log_line(party); }
void log_imsi(const Subscriber *s) { log_line(s->imsi); }
const char *describe(const Subscriber &s) { return s.imsi; }
void copy_out(Subscriber *dst, const Subscriber *src) { dst->imsi = src->imsi; }
void copy_inner(Inner &dst, const Subscriber &src) { dst.name = src.imsi; }
bool may_profile(const Subscriber &s) { return has_marketing_consent(s); }
void log_if_allowed(const Subscriber &s) {
  if (has_marketing_consent(s))
    log_line(s.imsi);
}
void log_all(const char *a, const char *b, ...) { log_line(a); log_line(b); }

struct Account {
  Subscriber owner;
  const char *imsi() const { return owner.imsi; }
  void log() const { log_line(owner.imsi); }
  void set(const Subscriber &s) { owner = s; }
};
