// RUN: %clang_tidy --checks='-*,privacy-retention' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/broadcast-grants.json'}}" \
// RUN:   -- -x c -std=c11 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A type entry without a category lists members of its type that hold
// nothing personal, whatever their own types say: the RNTI of a random
// access or paging grant is a broadcast value, the one of a UE's grant an
// identifier. Data written into the excluded member still counts.

typedef unsigned short rnti_t;
struct pdsch_info { rnti_t rnti; int harq; };
struct ue_grant { struct pdsch_info pdsch; };
struct rar_grant { struct pdsch_info pdsch; };
struct paging_grant { struct pdsch_info pdsch; int spare; };

void pcap_write(unsigned v);
void pcap_write_grant(const void *grant);

void ue_pdu(const struct ue_grant *g) {
  pcap_write(g->pdsch.rnti);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g->pdsch.rnti' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}

void rar_pdu(const struct rar_grant *g) { pcap_write(g->pdsch.rnti); }

void paging_pdu(struct paging_grant g) {
  unsigned r = g.pdsch.rnti;
  pcap_write(r);
}

void rar_info(const struct rar_grant *g) { pcap_write_grant(g); }

// Known limit: a variable of the member's own type is an object of that
// type, whose category it keeps wherever it points.
void rar_by_pointer(const struct rar_grant *g) {
  const struct pdsch_info *p = &g->pdsch;
  pcap_write_grant(p);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'p->rnti' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}

void ue_info(const struct ue_grant *g) {
  pcap_write_grant(g);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'g->pdsch.rnti' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}

void rar_from_ue(struct rar_grant *r, const struct ue_grant *u) {
  r->pdsch.rnti = u->pdsch.rnti;
  pcap_write(r->pdsch.rnti);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'u->pdsch.rnti' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}
