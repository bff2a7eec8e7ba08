#ifndef _LINUX_SWAP_H
#define _LINUX_SWAP_H
/* Faultline model: swap entries, the swap cache and the LRU. */

#include <linux/types.h>
#include <linux/mm_types.h>

typedef struct {
	unsigned long val;
} swp_entry_t;

extern swp_entry_t pte_to_swp_entry(pte_t pte);
/* Swap-cache page for @entry with a reference taken, or NULL. */
extern struct page *lookup_swap_cache(swp_entry_t entry);
/* Read the page (and some neighbours) in; may enter reclaim; NULL = OOM. */
extern struct page *swapin_readahead(swp_entry_t entry, gfp_t gfp,
				     struct vm_area_struct *vma,
				     unsigned long address);
extern void swap_free(swp_entry_t entry);
/* Whether a locked anon page is ours alone, so a write may reuse it. */
extern bool reuse_swap_page(struct page *page, int *total_mapcount);
extern void lru_cache_add_active_or_unevictable(struct page *page,
						struct vm_area_struct *vma);

#endif /* _LINUX_SWAP_H */
