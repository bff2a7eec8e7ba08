#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H
/*
 * Faultline model: the page-table value types and the core mm structures,
 * each with only the fields that the modelled C code reads or writes.
 * Everything else (page flags, refcounts and mapcounts, mmap_sem, rss
 * counters, anon_vma, ...) is state of the interpreter's primitives.
 */

#include <linux/types.h>

struct address_space;
struct file;
struct vm_operations_struct;

/* Page-table entries are values wrapped in structs, as on x86-64. */
typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pud; } pud_t;
typedef struct { unsigned long pgd; } pgd_t;
typedef struct { unsigned long pgprot; } pgprot_t;

/* A pte table is handed around as its struct page (x86). */
typedef struct page *pgtable_t;

#define PTRS_PER_PTE	512

struct page {
	struct address_space *mapping;
	pgoff_t index;
};

struct mm_struct {
	spinlock_t page_table_lock;
	atomic_long_t nr_ptes;
};

struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;
	unsigned long vm_pgoff;
	struct vm_area_struct *vm_prev;
	struct mm_struct *vm_mm;
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
	const struct vm_operations_struct *vm_ops;
	struct file *vm_file;
};

#endif /* _LINUX_MM_TYPES_H */
