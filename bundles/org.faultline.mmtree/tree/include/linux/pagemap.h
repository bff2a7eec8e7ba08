#ifndef _LINUX_PAGEMAP_H
#define _LINUX_PAGEMAP_H
/*
 * Faultline model: page-cache lookup and insertion, the page lock, and
 * mmap readahead.  All primitives of the interpreter.
 */

#include <linux/types.h>
#include <linux/mm_types.h>
#include <linux/fs.h>

/* Page at @offset with a reference taken, or NULL; takes no lock. */
extern struct page *find_get_page(struct address_space *mapping,
				  pgoff_t offset);
/* Reference a page found under RCU; 0 if it is being freed. */
extern int page_cache_get_speculative(struct page *page);
/* Allocate a page-cache page; may enter reclaim; NULL on failure. */
extern struct page *__page_cache_alloc(gfp_t gfp);
/* Insert locked; 0, -EEXIST (raced) or -ENOMEM; may enter reclaim. */
extern int add_to_page_cache_lru(struct page *page,
				 struct address_space *mapping,
				 pgoff_t offset, gfp_t gfp);
extern gfp_t mapping_gfp_mask(struct address_space *mapping);

/* The file page index the user address maps, in the vma's file window. */
static inline pgoff_t linear_page_index(struct vm_area_struct *vma,
					unsigned long address)
{
	return ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
}


/* PG_locked */
extern void lock_page(struct page *page);
extern int trylock_page(struct page *page);
extern void unlock_page(struct page *page);
extern void wait_on_page_locked(struct page *page);
/*
 * 1: the page is locked.  0: it is not, and if @flags allowed a retry
 * mmap_sem has been released, so the fault must return VM_FAULT_RETRY.
 */
extern int lock_page_or_retry(struct page *page, struct mm_struct *mm,
			      unsigned int flags);

/*
 * Readahead policy for mmap faults (static helpers of filemap.c in the
 * kernel).  They may add locked, not yet uptodate pages to the page cache
 * and start I/O on them.
 */
extern void do_sync_mmap_readahead(struct vm_area_struct *vma,
				   struct file_ra_state *ra,
				   struct file *file, pgoff_t offset);
extern void do_async_mmap_readahead(struct vm_area_struct *vma,
				    struct file_ra_state *ra,
				    struct file *file, struct page *page,
				    pgoff_t offset);

#endif /* _LINUX_PAGEMAP_H */
