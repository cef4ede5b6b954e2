// RUN: %clang_tidy --checks='-*,privacy-export' %s \
// RUN:   -config="{CheckOptions: {ModelFiles: '%S/Inputs/links.json'}}" \
// RUN:   -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// A node attached to a tree, then filled: the tree's export carries the
// node's data ("links": {"from": 0, "into": "this"}). A node filled but not
// attached, or attached to another tree, does not.
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

void build(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  Tree tree;
  Node leaf;
  tree.add(&leaf);
  leaf.value = imsi;
  publish(tree);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 'imsi' is exported without recorded consent or anonymisation
}

void build_other(PRIVACY_SUBSCRIBER_ID const std::string &imsi) {
  Tree shown, hidden;
  Node a, b;
  shown.add(&a);
  hidden.add(&b);
  a.depth = 1;
  b.value = imsi;
  publish(shown);
}
