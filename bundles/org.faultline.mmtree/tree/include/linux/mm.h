#ifndef _LINUX_MM_H
#define _LINUX_MM_H
/*
 * Faultline model: the constants, fault interfaces and mm primitives of
 * the page-fault path, Linux v4.6-rc on x86-64.  Constants carry their
 * v4.6 values.  Functions defined in the model's mm/memory.c and
 * mm/filemap.c are declared at the end; every other function declared
 * here is a primitive of the interpreter.
 */

#include <linux/types.h>
#include <linux/mm_types.h>

struct address_space;
struct mem_cgroup;

#define PAGE_SHIFT	12
#define PAGE_SIZE	4096UL
#define PAGE_MASK	0xfffffffffffff000UL

/* vma->vm_flags */
#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008
#define VM_MAYREAD	0x00000010
#define VM_MAYWRITE	0x00000020
#define VM_MAYEXEC	0x00000040
#define VM_MAYSHARE	0x00000080
#define VM_GROWSDOWN	0x00000100
#define VM_UFFD_MISSING	0x00000200
#define VM_PFNMAP	0x00000400
#define VM_LOCKED	0x00002000
#define VM_HUGETLB	0x00400000
#define VM_MIXEDMAP	0x10000000

/* Fault flags, vmf->flags */
#define FAULT_FLAG_WRITE	0x01	/* write fault */
#define FAULT_FLAG_MKWRITE	0x02	/* ->page_mkwrite of an existing pte */
#define FAULT_FLAG_ALLOW_RETRY	0x04	/* may drop mmap_sem and retry */
#define FAULT_FLAG_RETRY_NOWAIT	0x08	/* do not wait when retrying */
#define FAULT_FLAG_KILLABLE	0x10	/* fatal signals interrupt the wait */
#define FAULT_FLAG_TRIED	0x20	/* second attempt after a retry */
#define FAULT_FLAG_USER		0x40	/* fault from user mode */
#define FAULT_FLAG_REMOTE	0x80	/* fault on another task's mm */
#define FAULT_FLAG_INSTRUCTION	0x100	/* instruction fetch */

/* Fault results */
#define VM_FAULT_OOM		0x0001
#define VM_FAULT_SIGBUS		0x0002
#define VM_FAULT_MAJOR		0x0004
#define VM_FAULT_WRITE		0x0008	/* a COW or write was done */
#define VM_FAULT_HWPOISON	0x0010	/* hit a poisoned small page */
#define VM_FAULT_HWPOISON_LARGE	0x0020	/* hit a poisoned huge page */
#define VM_FAULT_SIGSEGV	0x0040
#define VM_FAULT_NOPAGE		0x0100	/* ->fault installed the pte itself */
#define VM_FAULT_LOCKED		0x0200	/* ->fault locked the page */
#define VM_FAULT_RETRY		0x0400	/* mmap_sem was dropped: retry */
#define VM_FAULT_FALLBACK	0x0800	/* huge fault failed: use ptes */
/* OOM | SIGBUS | SIGSEGV | HWPOISON | HWPOISON_LARGE | FALLBACK */
#define VM_FAULT_ERROR		0x0873

/* Allocation flags */
#define __GFP_IO		0x40
#define __GFP_FS		0x80
#define __GFP_COLD		0x100
#define GFP_KERNEL		0x24000c0
#define GFP_HIGHUSER_MOVABLE	0x24200ca

/* Indexes of the per-mm rss counters */
#define MM_FILEPAGES	0
#define MM_ANONPAGES	1
#define MM_SWAPENTS	2
#define MM_SHMEMPAGES	3

#define NUMA_NO_NODE	(-1)

/* What ->fault(), ->map_pages() and the mkwrite handlers are given. */
struct vm_fault {
	unsigned int flags;		/* FAULT_FLAG_* */
	gfp_t gfp_mask;			/* for allocations the handler makes */
	pgoff_t pgoff;			/* file page of the fault */
	void *virtual_address;		/* page-aligned user address */
	struct page *cow_page;		/* private copy target, or NULL */
	struct page *page;		/* ->fault() returns the page here */
	/* ->map_pages() only */
	pgoff_t max_pgoff;		/* last file page to map */
	pte_t *pte;			/* pte of pgoff, table locked */
};

struct vm_operations_struct {
	int (*fault)(struct vm_area_struct *vma, struct vm_fault *vmf);
	int (*pmd_fault)(struct vm_area_struct *vma, unsigned long address,
			 pmd_t *pmd, unsigned int flags);
	void (*map_pages)(struct vm_area_struct *vma, struct vm_fault *vmf);
	int (*page_mkwrite)(struct vm_area_struct *vma, struct vm_fault *vmf);
	int (*pfn_mkwrite)(struct vm_area_struct *vma, struct vm_fault *vmf);
	struct page *(*find_special_page)(struct vm_area_struct *vma,
					  unsigned long addr);
};

/* Debug assertion on a page; the interpreter checks it. */
#define VM_BUG_ON_PAGE(cond, page)	vm_bug_on_page(cond, page)
extern void vm_bug_on_page(int cond, struct page *page);

/* Page-table walk and population */
extern pgd_t *pgd_offset(struct mm_struct *mm, unsigned long address);
/* These three call __pud_alloc/__pmd_alloc/__pte_alloc if the slot is none. */
extern pud_t *pud_alloc(struct mm_struct *mm, pgd_t *pgd,
			unsigned long address);
extern pmd_t *pmd_alloc(struct mm_struct *mm, pud_t *pud,
			unsigned long address);
extern int pte_alloc(struct mm_struct *mm, pmd_t *pmd, unsigned long address);
extern pud_t *pud_alloc_one(struct mm_struct *mm, unsigned long address);
extern void pud_free(struct mm_struct *mm, pud_t *pud);
extern pmd_t *pmd_alloc_one(struct mm_struct *mm, unsigned long address);
extern void pmd_free(struct mm_struct *mm, pmd_t *pmd);
extern pgtable_t pte_alloc_one(struct mm_struct *mm, unsigned long address);
extern void pte_free(struct mm_struct *mm, pgtable_t table);
extern int pgd_present(pgd_t pgd);
extern void pgd_populate(struct mm_struct *mm, pgd_t *pgd, pud_t *pud);
extern int pud_present(pud_t pud);
extern void pud_populate(struct mm_struct *mm, pud_t *pud, pmd_t *pmd);
extern void pmd_populate(struct mm_struct *mm, pmd_t *pmd, pgtable_t table);
extern void mm_inc_nr_pmds(struct mm_struct *mm);

/* Page-table locks and mappings of pte tables */
extern spinlock_t *pmd_lock(struct mm_struct *mm, pmd_t *pmd);
extern spinlock_t *pte_lockptr(struct mm_struct *mm, pmd_t *pmd);
extern pte_t *pte_offset_map(pmd_t *pmd, unsigned long address);
extern void pte_unmap(pte_t *pte);
extern pte_t *pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd,
				  unsigned long address, spinlock_t **ptlp);
extern void pte_unmap_unlock(pte_t *pte, spinlock_t *ptl);

/* pmd values */
extern int pmd_none(pmd_t pmd);
extern int pmd_trans_huge(pmd_t pmd);
extern int pmd_devmap(pmd_t pmd);
extern int pmd_protnone(pmd_t pmd);
extern int pmd_write(pmd_t pmd);
/* Atomic read of *pmd: none or huge, so not a pte table to walk. */
extern int pmd_trans_unstable(pmd_t *pmd);

/* pte values */
extern int pte_none(pte_t pte);
extern int pte_present(pte_t pte);
extern int pte_protnone(pte_t pte);
extern int pte_write(pte_t pte);
extern int pte_special(pte_t pte);
extern int pte_same(pte_t a, pte_t b);
extern unsigned long pte_pfn(pte_t pte);
extern pte_t pte_mkdirty(pte_t pte);
extern pte_t pte_mkyoung(pte_t pte);
extern pte_t pte_mkwrite(pte_t pte);
extern pte_t pte_mkspecial(pte_t pte);
extern pte_t pte_modify(pte_t pte, pgprot_t prot);
extern pte_t mk_pte(struct page *page, pgprot_t prot);
extern pte_t pfn_pte(unsigned long pfn, pgprot_t prot);

/* A pte writable only where the vma allows writing (plain C: no primitive). */
static inline pte_t maybe_mkwrite(pte_t pte, struct vm_area_struct *vma)
{
	if (vma->vm_flags & VM_WRITE)
		pte = pte_mkwrite(pte);
	return pte;
}

extern unsigned long my_zero_pfn(unsigned long address);
extern int is_zero_pfn(unsigned long pfn);
extern int pfn_valid(unsigned long pfn);
extern struct page *pfn_to_page(unsigned long pfn);

/* pte stores and TLB/MMU maintenance; the pte lock is held */
extern void set_pte_at(struct mm_struct *mm, unsigned long address,
		       pte_t *ptep, pte_t pte);
extern int ptep_set_access_flags(struct vm_area_struct *vma,
				 unsigned long address, pte_t *ptep,
				 pte_t entry, int dirty);
extern pte_t ptep_clear_flush(struct vm_area_struct *vma,
			      unsigned long address, pte_t *ptep);
extern void update_mmu_cache(struct vm_area_struct *vma,
			     unsigned long address, pte_t *ptep);
extern void flush_tlb_fix_spurious_fault(struct vm_area_struct *vma,
					 unsigned long address);

/* Page references and flags */
extern void get_page(struct page *page);
extern void put_page(struct page *page);
extern int PageAnon(struct page *page);
extern int PageLocked(struct page *page);
extern int PageUptodate(struct page *page);
extern int PageReadahead(struct page *page);
extern int PageHWPoison(struct page *page);
extern void __SetPageUptodate(struct page *page);
extern void ClearPageError(struct page *page);
extern int set_page_dirty(struct page *page);
extern int page_to_nid(struct page *page);

/* Page allocation; may enter reclaim */
extern struct page *alloc_page_vma(gfp_t gfp, struct vm_area_struct *vma,
				   unsigned long address);

/* Writeback; both may sleep */
extern void balance_dirty_pages_ratelimited(struct address_space *mapping);
extern void wait_for_stable_page(struct page *page);

/* rss counters */
extern void inc_mm_counter(struct mm_struct *mm, int member);
extern void dec_mm_counter(struct mm_struct *mm, int member);
extern int mm_counter_file(struct page *page);

/* memcg charges: try (may reclaim), then commit or cancel */
extern int mem_cgroup_try_charge(struct page *page, struct mm_struct *mm,
				 gfp_t gfp_mask, struct mem_cgroup **memcgp,
				 bool compound);
extern void mem_cgroup_commit_charge(struct page *page,
				     struct mem_cgroup *memcg, bool lrucare,
				     bool compound);
extern void mem_cgroup_cancel_charge(struct page *page,
				     struct mem_cgroup *memcg, bool compound);

/* vma properties and stack growth */
static inline bool vma_is_anonymous(struct vm_area_struct *vma)
{
	return !vma->vm_ops;
}
extern int is_vm_hugetlb_page(struct vm_area_struct *vma);
extern int transparent_hugepage_enabled(struct vm_area_struct *vma);
extern int mm_forbids_zeropage(struct mm_struct *mm);
extern bool arch_vma_access_permitted(struct vm_area_struct *vma,
				      bool write, bool execute, bool foreign);
extern int expand_downwards(struct vm_area_struct *vma,
			    unsigned long address);

/* userfaultfd: hands the fault to user space, releasing mmap_sem */
extern int userfaultfd_missing(struct vm_area_struct *vma);
extern int handle_userfault(struct vm_area_struct *vma,
			    unsigned long address, unsigned int flags,
			    unsigned long reason);

/* hugetlbfs and transparent huge pmds */
extern int hugetlb_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			 unsigned long address, unsigned int flags);
extern int do_huge_pmd_anonymous_page(struct mm_struct *mm,
				      struct vm_area_struct *vma,
				      unsigned long address, pmd_t *pmd,
				      unsigned int flags);
extern int do_huge_pmd_wp_page(struct mm_struct *mm,
			       struct vm_area_struct *vma,
			       unsigned long address, pmd_t *pmd,
			       pmd_t orig_pmd);
extern int do_huge_pmd_numa_page(struct mm_struct *mm,
				 struct vm_area_struct *vma,
				 unsigned long address, pmd_t orig_pmd,
				 pmd_t *pmd);
extern void huge_pmd_set_accessed(struct mm_struct *mm,
				  struct vm_area_struct *vma,
				  unsigned long address, pmd_t *pmd,
				  pmd_t orig_pmd, int dirty);

/* NUMA balancing */
extern int numa_node_id(void);
extern int mpol_misplaced(struct page *page, struct vm_area_struct *vma,
			  unsigned long address);
extern int migrate_misplaced_page(struct page *page,
				  struct vm_area_struct *vma, int node);

/* Defined in the model's mm/memory.c */
extern int __pud_alloc(struct mm_struct *mm, pgd_t *pgd,
		       unsigned long address);
extern int __pmd_alloc(struct mm_struct *mm, pud_t *pud,
		       unsigned long address);
extern int __pte_alloc(struct mm_struct *mm, pmd_t *pmd,
		       unsigned long address);
extern struct page *vm_normal_page(struct vm_area_struct *vma,
				   unsigned long addr, pte_t pte);
extern void do_set_pte(struct vm_area_struct *vma, unsigned long address,
		       struct page *page, pte_t *pte, bool write, bool anon);
extern int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long address, unsigned int flags);

/* Defined in the model's mm/filemap.c */
extern int filemap_fault(struct vm_area_struct *vma, struct vm_fault *vmf);
extern void filemap_map_pages(struct vm_area_struct *vma,
			      struct vm_fault *vmf);
extern int filemap_page_mkwrite(struct vm_area_struct *vma,
				struct vm_fault *vmf);

#endif /* _LINUX_MM_H */
