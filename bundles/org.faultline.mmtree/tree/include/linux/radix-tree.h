#ifndef _LINUX_RADIX_TREE_H
#define _LINUX_RADIX_TREE_H
/*
 * Faultline model of the radix tree that indexes the page cache.  The tree
 * itself lives in the interpreter; C code only walks it through the
 * primitives below.
 */

#include <linux/types.h>

struct radix_tree_root {
	void *rnode;		/* opaque to the model */
};

struct radix_tree_iter {
	unsigned long index;		/* index of the current slot */
	unsigned long next_index;	/* where the next lookup starts */
};

/* First non-empty slot at or after @start; fills @iter; NULL if none. */
extern void **radix_tree_iter_first(struct radix_tree_root *root,
				    struct radix_tree_iter *iter,
				    unsigned long start);
/* Next non-empty slot at or after iter->next_index; NULL if none. */
extern void **radix_tree_iter_next(struct radix_tree_root *root,
				   struct radix_tree_iter *iter);
/* Make the next step look at iter->index again; returns NULL. */
extern void **radix_tree_iter_retry(struct radix_tree_iter *iter);

/* RCU load of a slot's entry. */
extern void *radix_tree_deref_slot(void **slot);
/* The entry is not a page (shadow, swap or DAX entry, or a retry mark). */
extern int radix_tree_exception(void *entry);
/* The entry says the tree was being changed: look the slot up again. */
extern int radix_tree_deref_retry(void *entry);

/*
 * Visit every non-empty slot from index @start upwards, under RCU.
 * Setting @slot to radix_tree_iter_retry() and doing "continue" visits
 * the current index again.
 */
#define radix_tree_for_each_slot(slot, root, iter, start)		\
	for (slot = radix_tree_iter_first(root, iter, start);		\
	     slot != NULL;						\
	     slot = radix_tree_iter_next(root, iter))

#endif /* _LINUX_RADIX_TREE_H */
