#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H
/* Faultline model: user page allocation and page data copies. */

#include <linux/types.h>
#include <linux/mm_types.h>

/* A zeroed page for user data; may enter reclaim; NULL on failure. */
extern struct page *alloc_zeroed_user_highpage_movable(
				struct vm_area_struct *vma,
				unsigned long address);
extern void copy_user_highpage(struct page *to, struct page *from,
			       unsigned long vaddr,
			       struct vm_area_struct *vma);
extern void *kmap_atomic(struct page *page);
extern void kunmap_atomic(void *addr);
extern void clear_page(void *addr);
/* Copy without taking faults; returns the number of bytes not copied. */
extern unsigned long __copy_from_user_inatomic(void *to, const void *from,
					       unsigned long n);

#endif /* _LINUX_HIGHMEM_H */
