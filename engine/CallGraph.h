//===--- CallGraph.h - The functions of a TU and their calls ---*- C++ -*-===//
//
// The functions the engine analyses, their calls (a virtual call reaches
// every override the TU sees), and the SCCs callees first. Built by hand
// rather than with clang::CallGraph, which walks every body of every header,
// libstdc++ included.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_CALLGRAPH_H
#define PRIVACY_TIDY_ENGINE_CALLGRAPH_H

#include "Engine.h"
#include "llvm/ADT/GraphTraits.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace clang::tidy::privacy {

class IndirectCalls;

class CallGraph {
public:
  struct Node {
    const FunctionDecl *FD = nullptr; ///< nullptr for the root
    unsigned Index = 0;               ///< collection order
    std::vector<const Node *> Callees; ///< by Index, no duplicates
    /// The project variables of static storage it names (the engine
    /// shares their values between functions).
    std::vector<const VarDecl *> Globals;
    /// The functions it names without (only) calling them: callbacks.
    std::vector<const Node *> Named;
  };
  using SCC = std::vector<const Node *>;
  using OverriderMap =
      std::map<const CXXMethodDecl *, std::vector<const CXXMethodDecl *>>;

  /// Collects the functions and their calls; records in Overriders every
  /// collected method under each method it overrides, transitively, and in
  /// Indirect what is stored into function pointers (a call through one
  /// reaches those functions).
  CallGraph(ASTContext &Ctx, DeclFacts &Facts, OverriderMap &Overriders,
            IndirectCalls &Indirect);
  CallGraph(const CallGraph &) = delete;
  CallGraph &operator=(const CallGraph &) = delete;

  /// The SCCs, callees first (llvm::scc_iterator). Deterministic: the
  /// depth-first search starts from the functions in collection order and
  /// follows callees in index order.
  std::vector<SCC> bottomUpSCCs() const;
  static bool isRecursive(const SCC &S);
  /// Functions called from outside their own SCC: their callers may hold
  /// the consent. Not a function whose address is taken (a callback): it
  /// may be called from code out of sight, where no consent holds.
  std::set<const FunctionDecl *> calledFromOtherSCCs(
      const std::vector<SCC> &SCCs) const;
  /// By Index: what the findings and summaries of the functions IsRoot
  /// selects depend on (see EngineOptions::MainFileOnly): their callees, and
  /// the functions that name a global one of those names, with theirs.
  std::vector<bool>
  neededBy(llvm::function_ref<bool(const FunctionDecl *)> IsRoot) const;

  size_t size() const { return Nodes.size(); }
  /// Calls every function in collection order: the entry of the graph.
  const Node *root() const { return &Root; }

private:
  std::vector<Node> Nodes; ///< never grows once edges point into it
  Node Root;
  /// Canonical functions named other than as a direct callee.
  std::set<const FunctionDecl *> Escaping;
  void collectFunctions(ASTContext &Ctx, DeclFacts &Facts,
                        IndirectCalls &Indirect);
  void collectCalls(const SourceManager &SM, const OverriderMap &Overriders,
                    IndirectCalls &Indirect);
};

} // namespace clang::tidy::privacy

namespace llvm {
template <> struct GraphTraits<const clang::tidy::privacy::CallGraph *> {
  using NodeRef = const clang::tidy::privacy::CallGraph::Node *;
  using ChildIteratorType = std::vector<NodeRef>::const_iterator;
  static NodeRef getEntryNode(const clang::tidy::privacy::CallGraph *G) {
    return G->root();
  }
  static ChildIteratorType child_begin(NodeRef N) {
    return N->Callees.begin();
  }
  static ChildIteratorType child_end(NodeRef N) { return N->Callees.end(); }
};
} // namespace llvm

#endif
