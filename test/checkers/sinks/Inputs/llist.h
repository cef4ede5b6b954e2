/* The shape of libosmocore's linuxlist.h: inline list operations. */
#ifndef LLIST_H
#define LLIST_H
struct llist_head {
  struct llist_head *next, *prev;
};
#define LLIST_HEAD_INIT(name) {&(name), &(name)}
#define LLIST_HEAD(name) struct llist_head name = LLIST_HEAD_INIT(name)
static inline void __llist_add(struct llist_head *_new,
                               struct llist_head *prev,
                               struct llist_head *next) {
  next->prev = _new;
  _new->next = next;
  _new->prev = prev;
  prev->next = _new;
}
static inline void llist_add(struct llist_head *_new,
                             struct llist_head *head) {
  __llist_add(_new, head, head->next);
}
static inline void __llist_del(struct llist_head *prev,
                               struct llist_head *next) {
  next->prev = prev;
  prev->next = next;
}
static inline void llist_del(struct llist_head *entry) {
  __llist_del(entry->prev, entry->next);
  entry->next = (struct llist_head *)0;
  entry->prev = (struct llist_head *)0;
}
#endif
