//===--- CowMap.h - A std::map shared until written ---------------------===//
//
// The solver copies a block's state into each successor and into the state
// it transfers; most of those copies are never written before they are
// joined or dropped (a condition block, a call that changes nothing, the
// second visit of a loop at its fixpoint). A CowMap shares one std::map
// between copies and clones it on the first write through one of them, so
// a copy costs a reference count, and two states that share a map join
// without a walk (sameAs).
//
// Why not llvm::ImmutableMap: the join walks two sorted maps in lockstep
// and changes values in place; a persistent AVL tree would re-insert (and
// allocate) every changed value and needs a factory that outlives every
// state. Copy on write keeps the std::map code as it is.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_ENGINE_COWMAP_H
#define PRIVACY_TIDY_ENGINE_COWMAP_H

#include <map>
#include <memory>

namespace clang::tidy::privacy {

template <typename K, typename V> class CowMap {
public:
  using Map = std::map<K, V>;
  using const_iterator = typename Map::const_iterator;
  using iterator = typename Map::iterator;

  /// Reading never clones.
  const Map &get() const { return M ? *M : emptyMap(); }
  const_iterator begin() const { return get().begin(); }
  const_iterator end() const { return get().end(); }
  const_iterator find(const K &Key) const { return get().find(Key); }
  const_iterator lower_bound(const K &Key) const {
    return get().lower_bound(Key);
  }
  const_iterator upper_bound(const K &Key) const {
    return get().upper_bound(Key);
  }
  size_t size() const { return M ? M->size() : 0; }
  bool empty() const { return !M || M->empty(); }
  /// The same map, not only equal contents: a join with it changes nothing.
  bool sameAs(const CowMap &O) const { return M == O.M; }

  /// The map to write: this state's own from here on. Iterators taken from
  /// it stay valid until the state is copied.
  Map &mut() {
    if (!M)
      M = std::make_shared<Map>();
    else if (M.use_count() > 1)
      M = std::make_shared<Map>(*M);
    return *M;
  }
  V &operator[](const K &Key) { return mut()[Key]; }

private:
  static const Map &emptyMap() {
    static const Map Empty;
    return Empty;
  }
  std::shared_ptr<Map> M;
};

} // namespace clang::tidy::privacy

#endif
