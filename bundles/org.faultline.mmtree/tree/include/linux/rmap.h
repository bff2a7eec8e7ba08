#ifndef _LINUX_RMAP_H
#define _LINUX_RMAP_H
/* Faultline model: reverse mapping (mapcounts and anon_vma links). */

#include <linux/types.h>
#include <linux/mm_types.h>

/* Give the vma an anon_vma; may allocate; non-zero on failure. */
extern int anon_vma_prepare(struct vm_area_struct *vma);
extern void page_add_new_anon_rmap(struct page *page,
				   struct vm_area_struct *vma,
				   unsigned long address, bool compound);
extern void page_add_anon_rmap(struct page *page, struct vm_area_struct *vma,
			       unsigned long address, bool compound);
extern void page_add_file_rmap(struct page *page);
extern void page_remove_rmap(struct page *page, bool compound);
/* Point an exclusively owned anon page at this vma's anon_vma. */
extern void page_move_anon_rmap(struct page *page,
				struct vm_area_struct *vma,
				unsigned long address);

#endif /* _LINUX_RMAP_H */
