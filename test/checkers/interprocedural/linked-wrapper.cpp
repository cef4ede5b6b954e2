// RUN: %clang_tidy --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/links.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// Links across functions in C++: a member function and a free function of
// the project that attach a node to a tree (`Tree::add`, "links" into
// "this") leave the caller's node attached, through their summaries. A
// function that only uses both does not.
#include <privacy/annotations.h>
#include <string>

struct Node {
  std::string value;
  int depth = 0;
};
struct Tree {
  void add(Node *n);
};
PRIVACY_EXPORT_SINK void publish(const Tree &t);

struct Forest {
  Tree trunk;
  void plant(Node *n) { trunk.add(n); }
  void look(Node *n) { n->depth++; }
};

static void attach(Tree &t, Node *n) { t.add(n); }
static void measure(Tree &t, Node *n) {
  (void)t;
  n->depth = 2;
}

void grow(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  Forest forest;
  Node leaf;
  forest.plant(&leaf);
  leaf.value = imsi; // filled after plant() attached it
  publish(forest.trunk);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported without recorded consent or anonymisation
}

void graft(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  Tree tree;
  Node leaf;
  attach(tree, &leaf);
  leaf.value = imsi;
  publish(tree);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported
}

void not_attached(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  Forest forest;
  Tree tree;
  Node a, b;
  forest.look(&a);
  measure(tree, &b);
  a.value = imsi;
  b.value = imsi;
  publish(forest.trunk);
  publish(tree);
}
