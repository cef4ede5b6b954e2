// RUN: %clang_tidy --checks='-*,privacy-logging,privacy-export,privacy-retention' %s \
// RUN:   -- -std=c++17 %test_flags 2>&1 | FileCheck %s --implicit-check-not='{{warning|error}}:'

// PRIVACY_DELETES on a method (its object), PRIVACY_LINKS_INTO("this") and
// PRIVACY_RETURNED_AT in C++; each beside an unannotated twin.
#include <privacy/annotations.h>
#include <cstring>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &text);

class Table {
public:
  PRIVACY_DELETES void *remove(const std::string &key);
  void *find(const std::string &key);
};
static Table g_by_imsi;
static void *g_last;

void forget(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  g_last = g_by_imsi.remove(imsi);
  g_last = g_by_imsi.find(imsi);
  // CHECK: :[[@LINE-1]]:10: warning: subscriber identifier 'imsi' is retained
}

struct Node {
  char value[32];
};
class Tree {
public:
  void add(PRIVACY_LINKS_INTO("this") Node *n);
  void add_unknown(Node *n);
};
PRIVACY_EXPORT_SINK void publish(const Tree &t);

void attach(PRIVACY_SUBSCRIBER_ID const char *imsi, Node *n, Node *m) {
  Tree t;
  t.add(n);
  std::strcpy(n->value, imsi);
  publish(t);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
  Tree u;
  u.add_unknown(m);
  std::strcpy(m->value, imsi);
  publish(u);
}

struct Subscriber {
  std::string imsi;
  unsigned tmsi = 0;
};
Subscriber *make_subscriber(PRIVACY_RETURNED_AT("imsi") const std::string &imsi,
                            unsigned tmsi);

void build(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  Subscriber *s = make_subscriber(imsi, 7);
  log_line(std::to_string(s->tmsi));
  log_line(s->imsi);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is logged
}
