/*
 * mm/memory.c - Faultline model of the Linux page-fault path, as of
 * v4.6-rc (the base that the huge tmpfs series of April 2016 was
 * reviewed against).
 *
 * Only the functions on the fault path are here.  The lines that the seed
 * patch shows are kept verbatim; every other body is a simplified model,
 * described by the comment at the head of each function.  Everything they
 * call that is not defined here is a primitive declared in include/linux.
 */

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/swap.h>
#include <linux/highmem.h>
#include <linux/pagemap.h>
#include <linux/ksm.h>
#include <linux/rmap.h>
#include <linux/export.h>

/*
 * Model of __pte_alloc(): allocate a pte table with no lock held, then
 * install it under the pmd lock unless another thread populated the pmd
 * meanwhile, in which case the new table is freed.  Returns 0 or -ENOMEM.
 */
int __pte_alloc(struct mm_struct *mm, pmd_t *pmd, unsigned long address)
{
	pgtable_t new = pte_alloc_one(mm, address);
	spinlock_t *ptl;

	if (!new)
		return -ENOMEM;
	/* The zeroed table must be visible before the pmd points to it. */
	smp_wmb();

	ptl = pmd_lock(mm, pmd);
	if (likely(pmd_none(*pmd))) {
		atomic_long_inc(&mm->nr_ptes);
		pmd_populate(mm, pmd, new);
		spin_unlock(ptl);
		return 0;
	}
	/* Lost the race: keep the table that is already there. */
	spin_unlock(ptl);
	pte_free(mm, new);
	return 0;
}

/*
 * Model of vm_normal_page(): the refcounted struct page that a present pte
 * maps, or NULL when there is none to refcount: the zero page, pfn-only
 * mappings (VM_PFNMAP, and raw pfns in VM_MIXEDMAP), and other "special"
 * ptes unless the vma can name their page.  Only the pte_special variant
 * (x86) is modelled; the bad-pte reports are left out.
 */
struct page *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
				pte_t pte)
{
	unsigned long pfn = pte_pfn(pte);

	if (unlikely(pte_special(pte))) {
		if (vma->vm_ops && vma->vm_ops->find_special_page)
			return vma->vm_ops->find_special_page(vma, addr);
		return NULL;
	}
	if ((vma->vm_flags & VM_MIXEDMAP) && !pfn_valid(pfn))
		return NULL;
	if (is_zero_pfn(pfn))
		return NULL;
	return pfn_to_page(pfn);
}

/*
 * Model of cow_user_page(): fill the new page @dst with the data of @src.
 * With no source page (a pfn mapping) the data is read through the user
 * address instead, and the page is zeroed if that read faults.  Left out:
 * cache flushing and DMA debugging.
 */
static inline void cow_user_page(struct page *dst, struct page *src,
				 unsigned long va, struct vm_area_struct *vma)
{
	void *kaddr;

	if (likely(src)) {
		copy_user_highpage(dst, src, va, vma);
		return;
	}
	kaddr = kmap_atomic(dst);
	if (__copy_from_user_inatomic(kaddr, (void *)(va & PAGE_MASK),
				      PAGE_SIZE))
		clear_page(kaddr);
	kunmap_atomic(kaddr);
}

/*
 * Model of __get_fault_gfp_mask(): the allocation flags a fault handler
 * may use.  A file mapping uses its address_space's mask, with I/O and
 * filesystem recursion allowed; a special mapping with no file (the vdso)
 * gets GFP_KERNEL.
 */
static inline gfp_t __get_fault_gfp_mask(struct vm_area_struct *vma)
{
	struct file *vm_file = vma->vm_file;

	if (!vm_file)
		return GFP_KERNEL;
	return mapping_gfp_mask(vm_file->f_mapping) | __GFP_FS | __GFP_IO;
}

/*
 * Model of do_page_mkwrite(): tell the filesystem through ->page_mkwrite()
 * that @page is about to become writable.  Called without the pte lock.
 * Returns the handler's VM_FAULT_* bits with VM_FAULT_LOCKED and the page
 * locked, or 0 with the page unlocked if it was truncated meanwhile (the
 * caller then gives up and the fault is retried from user space).
 */
static int do_page_mkwrite(struct vm_area_struct *vma, struct page *page,
			   unsigned long address)
{
	struct vm_fault vmf;
	int ret;

	vmf.virtual_address = (void *)(address & PAGE_MASK);
	vmf.pgoff = page->index;
	vmf.flags = FAULT_FLAG_WRITE | FAULT_FLAG_MKWRITE;
	vmf.gfp_mask = __get_fault_gfp_mask(vma);
	vmf.page = page;
	vmf.cow_page = NULL;

	ret = vma->vm_ops->page_mkwrite(vma, &vmf);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE)))
		return ret;
	if (ret & VM_FAULT_LOCKED) {
		VM_BUG_ON_PAGE(!PageLocked(page), page);
		return ret;
	}
	lock_page(page);
	if (!page->mapping) {
		/* Truncated while it was unlocked. */
		unlock_page(page);
		return 0;
	}
	return ret | VM_FAULT_LOCKED;
}

/*
 * Model of wp_page_reuse(): the write may go to the page the pte already
 * maps, so make the pte young, dirty and writable in place, then release
 * the pte lock.  For a shared file page (@dirty_shared) the page is then
 * dirtied under its page lock (already held if @page_mkwrite), and the
 * caller's reference on it is dropped.  Left out: the NUMA last-cpupid
 * reset and cache flushes.
 */
static int wp_page_reuse(struct vm_area_struct *vma, unsigned long address,
			 pte_t *page_table, spinlock_t *ptl, pte_t orig_pte,
			 struct page *page, int page_mkwrite,
			 int dirty_shared)
{
	struct address_space *mapping;
	pte_t entry;
	int dirtied;

	entry = maybe_mkwrite(pte_mkdirty(pte_mkyoung(orig_pte)), vma);
	if (ptep_set_access_flags(vma, address, page_table, entry, 1))
		update_mmu_cache(vma, address, page_table);
	pte_unmap_unlock(page_table, ptl);

	if (!dirty_shared)
		return VM_FAULT_WRITE;

	if (!page_mkwrite)
		lock_page(page);
	dirtied = set_page_dirty(page);
	/* After unlock, ->mapping may be cleared; vm_file pins the mapping. */
	mapping = page->mapping;
	unlock_page(page);
	put_page(page);

	if ((dirtied || page_mkwrite) && mapping)
		balance_dirty_pages_ratelimited(mapping);
	if (!page_mkwrite)
		file_update_time(vma->vm_file);
	return VM_FAULT_WRITE;
}

/*
 * Model of wp_page_copy(): break COW.  Copy @old_page (NULL for the zero
 * page, which is replaced by a zeroed page, and for pfn mappings) into a
 * new anonymous page and map that instead, if the pte did not change while
 * the pte lock was dropped.  Entered with the pte unmapped and unlocked and
 * with a reference on @old_page, which is dropped.  Left out: mmu
 * notifiers, munlock of the old page in VM_LOCKED vmas, cache flushes.
 */
static int wp_page_copy(struct mm_struct *mm, struct vm_area_struct *vma,
			unsigned long address, pte_t *page_table, pmd_t *pmd,
			pte_t orig_pte, struct page *old_page)
{
	struct mem_cgroup *memcg;
	struct page *new_page;
	spinlock_t *ptl;
	pte_t entry;
	int ret = 0;

	if (unlikely(anon_vma_prepare(vma)))
		goto oom;
	if (is_zero_pfn(pte_pfn(orig_pte))) {
		new_page = alloc_zeroed_user_highpage_movable(vma, address);
		if (!new_page)
			goto oom;
	} else {
		new_page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
		if (!new_page)
			goto oom;
		cow_user_page(new_page, old_page, address, vma);
	}
	if (mem_cgroup_try_charge(new_page, mm, GFP_KERNEL, &memcg, false)) {
		put_page(new_page);
		goto oom;
	}
	__SetPageUptodate(new_page);

	page_table = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (unlikely(!pte_same(*page_table, orig_pte))) {
		/* Somebody else resolved the fault: drop our copy. */
		pte_unmap_unlock(page_table, ptl);
		mem_cgroup_cancel_charge(new_page, memcg, false);
		put_page(new_page);
		goto out;
	}

	if (!old_page) {
		inc_mm_counter(mm, MM_ANONPAGES);
	} else if (!PageAnon(old_page)) {
		dec_mm_counter(mm, mm_counter_file(old_page));
		inc_mm_counter(mm, MM_ANONPAGES);
	}
	entry = mk_pte(new_page, vma->vm_page_prot);
	entry = maybe_mkwrite(pte_mkdirty(entry), vma);
	ptep_clear_flush(vma, address, page_table);
	page_add_new_anon_rmap(new_page, vma, address, false);
	mem_cgroup_commit_charge(new_page, memcg, false, false);
	lru_cache_add_active_or_unevictable(new_page, vma);
	set_pte_at(mm, address, page_table, entry);
	update_mmu_cache(vma, address, page_table);
	if (old_page) {
		/* The old pte's mapping and its reference are gone. */
		page_remove_rmap(old_page, false);
		put_page(old_page);
	}
	pte_unmap_unlock(page_table, ptl);
	ret = VM_FAULT_WRITE;
out:
	if (old_page)
		put_page(old_page);
	return ret;
oom:
	if (old_page)
		put_page(old_page);
	return VM_FAULT_OOM;
}

/*
 * Model of wp_pfn_shared(): write fault on a shared mapping whose pte has
 * no struct page.  ->pfn_mkwrite(), if any, runs without the pte lock and
 * the pte is checked again afterwards; then the pte is made writable.
 */
static int wp_pfn_shared(struct mm_struct *mm, struct vm_area_struct *vma,
			 unsigned long address, pte_t *page_table,
			 spinlock_t *ptl, pte_t orig_pte, pmd_t *pmd)
{
	struct vm_fault vmf;
	int ret;

	if (!vma->vm_ops || !vma->vm_ops->pfn_mkwrite)
		return wp_page_reuse(vma, address, page_table, ptl, orig_pte,
				     NULL, 0, 0);

	pte_unmap_unlock(page_table, ptl);
	vmf.virtual_address = (void *)(address & PAGE_MASK);
	vmf.pgoff = linear_page_index(vma, address);
	vmf.flags = FAULT_FLAG_WRITE | FAULT_FLAG_MKWRITE;
	vmf.gfp_mask = 0;
	vmf.page = NULL;
	vmf.cow_page = NULL;
	ret = vma->vm_ops->pfn_mkwrite(vma, &vmf);
	if (ret & VM_FAULT_ERROR)
		return ret;

	page_table = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (!pte_same(*page_table, orig_pte)) {
		pte_unmap_unlock(page_table, ptl);
		return 0;
	}
	return wp_page_reuse(vma, address, page_table, ptl, orig_pte, NULL,
			     0, 0);
}

/*
 * Model of wp_page_shared(): write fault on a read-only pte of a shared
 * file page.  Takes the page reference that wp_page_reuse() drops.  With
 * ->page_mkwrite() the pte lock is released around the call, which hands
 * the page back locked, and the pte is checked again afterwards.
 */
static int wp_page_shared(struct mm_struct *mm, struct vm_area_struct *vma,
			  unsigned long address, pte_t *page_table,
			  pmd_t *pmd, spinlock_t *ptl, pte_t orig_pte,
			  struct page *old_page)
{
	int tmp;

	get_page(old_page);
	if (!vma->vm_ops || !vma->vm_ops->page_mkwrite)
		return wp_page_reuse(vma, address, page_table, ptl, orig_pte,
				     old_page, 0, 1);

	pte_unmap_unlock(page_table, ptl);
	tmp = do_page_mkwrite(vma, old_page, address);
	if (unlikely(!tmp || (tmp & (VM_FAULT_ERROR | VM_FAULT_NOPAGE)))) {
		put_page(old_page);
		return tmp;
	}

	page_table = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (!pte_same(*page_table, orig_pte)) {
		unlock_page(old_page);
		pte_unmap_unlock(page_table, ptl);
		put_page(old_page);
		return 0;
	}
	return wp_page_reuse(vma, address, page_table, ptl, orig_pte,
			     old_page, 1, 1);
}

/*
 * Model of do_wp_page(): write fault on a present but read-only pte.
 * Entered with the pte mapped and locked, returns with it unmapped and
 * unlocked.  An anonymous page that only this mm maps is reused in place,
 * a shared writable mapping is made writable (after ->page_mkwrite), and
 * anything else is copied.  Left out: the KSM and THP subtleties of
 * deciding exclusive ownership, which reuse_swap_page() answers.
 */
static int do_wp_page(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long address, pte_t *page_table, pmd_t *pmd,
		spinlock_t *ptl, pte_t orig_pte)
{
	int shared = (vma->vm_flags & (VM_WRITE | VM_SHARED)) ==
			(VM_WRITE | VM_SHARED);
	struct page *old_page;
	int total_mapcount;

	old_page = vm_normal_page(vma, address, orig_pte);
	if (!old_page) {
		/* The zero page, or a pfn without struct page */
		if (shared)
			return wp_pfn_shared(mm, vma, address, page_table, ptl,
					     orig_pte, pmd);
		pte_unmap_unlock(page_table, ptl);
		return wp_page_copy(mm, vma, address, page_table, pmd,
				    orig_pte, NULL);
	}

	if (PageAnon(old_page) && !PageKsm(old_page)) {
		/* Deciding on reuse needs the page lock, which may sleep. */
		if (!trylock_page(old_page)) {
			get_page(old_page);
			pte_unmap_unlock(page_table, ptl);
			lock_page(old_page);
			page_table = pte_offset_map_lock(mm, pmd, address,
							 &ptl);
			if (!pte_same(*page_table, orig_pte)) {
				unlock_page(old_page);
				pte_unmap_unlock(page_table, ptl);
				put_page(old_page);
				return 0;
			}
			/* The pte still maps the page and holds a reference. */
			put_page(old_page);
		}
		if (reuse_swap_page(old_page, &total_mapcount)) {
			if (total_mapcount == 1)
				page_move_anon_rmap(old_page, vma, address);
			unlock_page(old_page);
			return wp_page_reuse(vma, address, page_table, ptl,
					     orig_pte, old_page, 0, 0);
		}
		unlock_page(old_page);
	} else if (shared) {
		return wp_page_shared(mm, vma, address, page_table, pmd, ptl,
				      orig_pte, old_page);
	}

	/* Copy on write; the copy is made without the pte lock. */
	get_page(old_page);
	pte_unmap_unlock(page_table, ptl);
	return wp_page_copy(mm, vma, address, page_table, pmd, orig_pte,
			    old_page);
}

/*
 * Model of do_swap_page(): fault on a pte that holds a swap entry.  Kept:
 * the protocol seen from handle_pte_fault() (pte mapped but unlocked on
 * entry, unmapped and unlocked on return), the page lock that may drop
 * mmap_sem, the recheck of the entry under the pte lock, and the hand-over
 * to do_wp_page() for write faults.  Left out: migration and hwpoison
 * entries, KSM copies, memcg charging, swap-cache freeing policy.
 */
static int do_swap_page(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long address, pte_t *page_table, pmd_t *pmd,
		unsigned int flags, pte_t orig_pte)
{
	swp_entry_t entry = pte_to_swp_entry(orig_pte);
	struct page *page;
	spinlock_t *ptl;
	pte_t pte;
	int ret = 0;

	pte_unmap(page_table);
	page = lookup_swap_cache(entry);
	if (!page) {
		page = swapin_readahead(entry, GFP_HIGHUSER_MOVABLE, vma,
					address);
		if (!page) {
			/* Unless another fault swapped it in meanwhile */
			page_table = pte_offset_map_lock(mm, pmd, address,
							 &ptl);
			if (likely(pte_same(*page_table, orig_pte)))
				ret = VM_FAULT_OOM;
			pte_unmap_unlock(page_table, ptl);
			return ret;
		}
		ret = VM_FAULT_MAJOR;
	}
	if (!lock_page_or_retry(page, mm, flags)) {
		put_page(page);
		return ret | VM_FAULT_RETRY;
	}

	page_table = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (unlikely(!pte_same(*page_table, orig_pte)))
		goto out_nomap;
	if (unlikely(!PageUptodate(page))) {
		ret = VM_FAULT_SIGBUS;
		goto out_nomap;
	}

	/* The swap-cache reference becomes the reference of the pte. */
	inc_mm_counter(mm, MM_ANONPAGES);
	dec_mm_counter(mm, MM_SWAPENTS);
	pte = mk_pte(page, vma->vm_page_prot);
	page_add_anon_rmap(page, vma, address, false);
	set_pte_at(mm, address, page_table, pte);
	swap_free(entry);
	unlock_page(page);

	if (flags & FAULT_FLAG_WRITE) {
		/* do_wp_page() releases the pte lock */
		ret |= do_wp_page(mm, vma, address, page_table, pmd, ptl, pte);
		if (ret & VM_FAULT_ERROR)
			ret &= VM_FAULT_ERROR;
		return ret;
	}
	update_mmu_cache(vma, address, page_table);
	pte_unmap_unlock(page_table, ptl);
	return ret;
out_nomap:
	pte_unmap_unlock(page_table, ptl);
	unlock_page(page);
	put_page(page);
	return ret;
}

/*
 * Model of check_stack_guard_page(): a fault on the lowest page of a
 * VM_GROWSDOWN stack first grows the stack by a page, unless a different
 * mapping abuts it from below.  Returns 0 or a negative errno.  Left out:
 * VM_GROWSUP stacks, which x86 does not have.
 */
static inline int check_stack_guard_page(struct vm_area_struct *vma,
					 unsigned long address)
{
	struct vm_area_struct *prev = vma->vm_prev;

	address &= PAGE_MASK;
	if (!(vma->vm_flags & VM_GROWSDOWN) || address != vma->vm_start)
		return 0;
	/* A split-off piece of the same stack is fine, anything else not. */
	if (prev && prev->vm_end == address)
		return (prev->vm_flags & VM_GROWSDOWN) ? 0 : -ENOMEM;
	return expand_downwards(vma, address - PAGE_SIZE);
}

/*
 * We enter with non-exclusive mmap_sem (to exclude vma changes,
 * but allow concurrent faults), and pte mapped but not yet locked.
 * We return with mmap_sem still held, but pte unmapped and unlocked.
 */
static int do_anonymous_page(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long address, pte_t *page_table, pmd_t *pmd,
		unsigned int flags)
{
	struct mem_cgroup *memcg;
	struct page *page;
	spinlock_t *ptl;
	pte_t entry;

	pte_unmap(page_table);

	/* File mapping without ->vm_ops ? */
	if (vma->vm_flags & VM_SHARED)
		return VM_FAULT_SIGBUS;

	/*
	 * Model of do_anonymous_page(): map the zero page for a read, or a
	 * new zeroed page charged to the memcg for a write, if the pte is
	 * still none under the pte lock.  Left out: nothing on the lock,
	 * refcount or page-table side.
	 */
	if (check_stack_guard_page(vma, address) < 0)
		return VM_FAULT_SIGSEGV;

	/* Use the zero-page for reads */
	if (!(flags & FAULT_FLAG_WRITE) && !mm_forbids_zeropage(mm)) {
		entry = pte_mkspecial(pfn_pte(my_zero_pfn(address),
						vma->vm_page_prot));
		page_table = pte_offset_map_lock(mm, pmd, address, &ptl);
		if (!pte_none(*page_table))
			goto unlock;
		if (userfaultfd_missing(vma))
			goto to_userfault;
		goto setpte;
	}

	/* Allocate and charge a private page before taking the pte lock. */
	if (unlikely(anon_vma_prepare(vma)))
		return VM_FAULT_OOM;
	page = alloc_zeroed_user_highpage_movable(vma, address);
	if (!page)
		return VM_FAULT_OOM;
	if (mem_cgroup_try_charge(page, mm, GFP_KERNEL, &memcg, false)) {
		put_page(page);
		return VM_FAULT_OOM;
	}
	/* Its zeroed contents must be visible before the pte is. */
	__SetPageUptodate(page);

	entry = mk_pte(page, vma->vm_page_prot);
	if (vma->vm_flags & VM_WRITE)
		entry = pte_mkwrite(pte_mkdirty(entry));

	page_table = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (!pte_none(*page_table))
		goto release;
	if (userfaultfd_missing(vma)) {
		mem_cgroup_cancel_charge(page, memcg, false);
		put_page(page);
		goto to_userfault;
	}
	inc_mm_counter(mm, MM_ANONPAGES);
	page_add_new_anon_rmap(page, vma, address, false);
	mem_cgroup_commit_charge(page, memcg, false, false);
	lru_cache_add_active_or_unevictable(page, vma);
setpte:
	set_pte_at(mm, address, page_table, entry);
	update_mmu_cache(vma, address, page_table);
unlock:
	pte_unmap_unlock(page_table, ptl);
	return 0;
release:
	mem_cgroup_cancel_charge(page, memcg, false);
	put_page(page);
	goto unlock;
to_userfault:
	/* Missing-page userfaults are checked under the pte lock. */
	pte_unmap_unlock(page_table, ptl);
	return handle_userfault(vma, address, flags, VM_UFFD_MISSING);
}

/*
 * Model of __do_fault(): ask ->fault() for the page at @pgoff.  On success
 * *page is the page, locked, with a reference (or NULL if the handler had
 * none to give, as DAX does, which then returns holding i_mmap_rwsem for
 * read).  Left out: nothing.
 *
 * The mmap_sem must have been held on entry, and may have been released
 * depending on flags and the ->fault() return value.
 * See filemap_fault() and __lock_page_retry().
 */
static int __do_fault(struct vm_area_struct *vma, unsigned long address,
			pgoff_t pgoff, unsigned int flags,
			struct page *cow_page, struct page **page)
{
	struct vm_fault vmf;
	int ret;

	vmf.virtual_address = (void *)(address & PAGE_MASK);
	vmf.pgoff = pgoff;
	vmf.flags = flags;
	vmf.page = NULL;
	vmf.gfp_mask = __get_fault_gfp_mask(vma);
	vmf.cow_page = cow_page;

	ret = vma->vm_ops->fault(vma, &vmf);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		return ret;
	if (!vmf.page)
		goto out;

	if (unlikely(PageHWPoison(vmf.page))) {
		if (ret & VM_FAULT_LOCKED)
			unlock_page(vmf.page);
		put_page(vmf.page);
		return VM_FAULT_HWPOISON;
	}

	if (unlikely(!(ret & VM_FAULT_LOCKED)))
		lock_page(vmf.page);
	else
		VM_BUG_ON_PAGE(!PageLocked(vmf.page), vmf.page);

out:
	*page = vmf.page;
	return ret;
}

/**
 * do_set_pte - map @page at @address through the locked pte @pte
 * @vma: the vma of the fault
 * @address: user address to map
 * @page: the page, whose reference passes to the new pte
 * @pte: the pte, mapped and locked by the caller
 * @write: map writable (and dirty) if the vma allows writes
 * @anon: @page is a new anonymous page rather than a page-cache page
 *
 * Model: accounts the page in the mm's rss, adds its reverse mapping and
 * writes the pte.  Left out: cache flushes.
 */
void do_set_pte(struct vm_area_struct *vma, unsigned long address,
		struct page *page, pte_t *pte, bool write, bool anon)
{
	pte_t entry = mk_pte(page, vma->vm_page_prot);

	if (write)
		entry = maybe_mkwrite(pte_mkdirty(entry), vma);
	if (anon) {
		inc_mm_counter(vma->vm_mm, MM_ANONPAGES);
		page_add_new_anon_rmap(page, vma, address, false);
	} else {
		inc_mm_counter(vma->vm_mm, mm_counter_file(page));
		page_add_file_rmap(page);
	}
	set_pte_at(vma->vm_mm, address, pte, entry);
	/* No TLB flush: the pte was none before. */
	update_mmu_cache(vma, address, pte);
}

/*
 * How much of the file around a read fault ->map_pages() may map: a
 * power of two, at most one pte table.  (A debugfs knob in the kernel.)
 */
static unsigned long fault_around_bytes = 65536;

/*
 * Model of do_fault_around(): with the pte table locked, let ->map_pages()
 * map the page-cache pages of the fault_around_bytes-aligned window around
 * @address, clipped to the vma, starting at the first none pte of the
 * window.  The window never leaves the pte table of @pte.
 */
static void do_fault_around(struct vm_area_struct *vma, unsigned long address,
		pte_t *pte, pgoff_t pgoff, unsigned int flags)
{
	unsigned long size = (fault_around_bytes >> PAGE_SHIFT) * PAGE_SIZE;
	unsigned long start = address & ~(size - 1);
	unsigned long end = start + size;
	unsigned long off;
	struct vm_fault vmf;

	if (start < vma->vm_start)
		start = vma->vm_start;
	if (end > vma->vm_end)
		end = vma->vm_end;

	/* Step back from the faulting pte to the start of the window. */
	off = (address - start) >> PAGE_SHIFT;
	pte -= off;
	pgoff -= off;

	/* Skip the ptes at the start of the window that are populated. */
	while (!pte_none(*pte)) {
		start += PAGE_SIZE;
		if (start >= end)
			return;
		pte++;
		pgoff++;
	}

	vmf.virtual_address = (void *)start;
	vmf.pte = pte;
	vmf.pgoff = pgoff;
	vmf.max_pgoff = pgoff + ((end - start) >> PAGE_SHIFT) - 1;
	vmf.flags = flags;
	vmf.gfp_mask = __get_fault_gfp_mask(vma);
	vmf.page = NULL;
	vmf.cow_page = NULL;
	vma->vm_ops->map_pages(vma, &vmf);
}

/*
 * Models of the three ways of resolving a fault on a none pte through
 * ->fault(): read, private write (copy into a new anonymous page) and
 * shared write.  Each one gets the page from __do_fault(), then takes the
 * pte lock and installs the page only if the pte is still none.  A read
 * fault also maps the cached pages around it, with do_fault_around().
 * Left out: nothing on the lock, refcount or page-table side.
 */

static int do_read_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long address, pmd_t *pmd,
		pgoff_t pgoff, unsigned int flags, pte_t orig_pte)
{
	struct page *fault_page;
	spinlock_t *ptl;
	pte_t *pte;
	int ret = 0;

	/*
	 * Let's call ->map_pages() first and use ->fault() as fallback
	 * if page by the offset is not ready to be mapped (cold cache or
	 * something).
	 */
	if (vma->vm_ops->map_pages && fault_around_bytes >> PAGE_SHIFT > 1) {
		pte = pte_offset_map_lock(mm, pmd, address, &ptl);
		do_fault_around(vma, address, pte, pgoff, flags);
		if (!pte_same(*pte, orig_pte))
			goto unlock_out;
		pte_unmap_unlock(pte, ptl);
	}

	ret = __do_fault(vma, address, pgoff, flags, NULL, &fault_page);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		return ret;

	pte = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (unlikely(!pte_same(*pte, orig_pte))) {
		pte_unmap_unlock(pte, ptl);
		unlock_page(fault_page);
		put_page(fault_page);
		return ret;
	}
	do_set_pte(vma, address, fault_page, pte, false, false);
	unlock_page(fault_page);
unlock_out:
	pte_unmap_unlock(pte, ptl);
	return ret;
}

static int do_cow_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long address, pmd_t *pmd,
		pgoff_t pgoff, unsigned int flags, pte_t orig_pte)
{
	struct page *fault_page, *new_page;
	struct mem_cgroup *memcg;
	spinlock_t *ptl;
	pte_t *pte;
	int ret;

	/* Allocate and charge the private copy before calling ->fault(). */
	if (unlikely(anon_vma_prepare(vma)))
		return VM_FAULT_OOM;
	new_page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
	if (!new_page)
		return VM_FAULT_OOM;
	if (mem_cgroup_try_charge(new_page, mm, GFP_KERNEL, &memcg, false)) {
		put_page(new_page);
		return VM_FAULT_OOM;
	}

	ret = __do_fault(vma, address, pgoff, flags, new_page, &fault_page);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		goto uncharge_out;

	/* Without a page (DAX), ->fault() filled cow_page itself. */
	if (fault_page)
		copy_user_highpage(new_page, fault_page, address, vma);
	__SetPageUptodate(new_page);

	pte = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (unlikely(!pte_same(*pte, orig_pte))) {
		pte_unmap_unlock(pte, ptl);
		if (fault_page) {
			unlock_page(fault_page);
			put_page(fault_page);
		} else {
			/* DAX guards against truncation by i_mmap_rwsem. */
			i_mmap_unlock_read(vma->vm_file->f_mapping);
		}
		goto uncharge_out;
	}
	do_set_pte(vma, address, new_page, pte, true, true);
	mem_cgroup_commit_charge(new_page, memcg, false, false);
	lru_cache_add_active_or_unevictable(new_page, vma);
	pte_unmap_unlock(pte, ptl);

	if (fault_page) {
		unlock_page(fault_page);
		put_page(fault_page);
	} else {
		i_mmap_unlock_read(vma->vm_file->f_mapping);
	}
	return ret;
uncharge_out:
	mem_cgroup_cancel_charge(new_page, memcg, false);
	put_page(new_page);
	return ret;
}

static int do_shared_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long address, pmd_t *pmd,
		pgoff_t pgoff, unsigned int flags, pte_t orig_pte)
{
	struct page *fault_page;
	struct address_space *mapping;
	spinlock_t *ptl;
	pte_t *pte;
	int dirtied = 0;
	int ret, tmp;

	ret = __do_fault(vma, address, pgoff, flags, NULL, &fault_page);
	if (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))
		return ret;

	/* Tell the filesystem first that the page will become writable. */
	if (vma->vm_ops->page_mkwrite) {
		unlock_page(fault_page);
		tmp = do_page_mkwrite(vma, fault_page, address);
		if (unlikely(!tmp ||
				(tmp & (VM_FAULT_ERROR | VM_FAULT_NOPAGE)))) {
			put_page(fault_page);
			return tmp;
		}
	}

	pte = pte_offset_map_lock(mm, pmd, address, &ptl);
	if (unlikely(!pte_same(*pte, orig_pte))) {
		pte_unmap_unlock(pte, ptl);
		unlock_page(fault_page);
		put_page(fault_page);
		return ret;
	}
	do_set_pte(vma, address, fault_page, pte, true, false);
	pte_unmap_unlock(pte, ptl);

	/*
	 * Dirty the page while it is locked.  Once unlocked, truncation may
	 * clear its ->mapping: keep a copy, which vm_file keeps alive.
	 */
	if (set_page_dirty(fault_page))
		dirtied = 1;
	mapping = fault_page->mapping;
	unlock_page(fault_page);
	if ((dirtied || vma->vm_ops->page_mkwrite) && mapping)
		balance_dirty_pages_ratelimited(mapping);
	if (!vma->vm_ops->page_mkwrite)
		file_update_time(vma->vm_file);
	return ret;
}

/*
 * Model of do_fault(): a fault on a none pte of a vma with vm_ops, sent
 * to the read, COW or shared handler.  Left out: nothing.
 *
 * We enter with non-exclusive mmap_sem (to exclude vma changes, but allow
 * concurrent faults).  Whether mmap_sem is still held on return depends
 * on the fault flags, and is signalled by VM_FAULT_RETRY in the
 * return value. See filemap_fault() and __lock_page_or_retry().
 */
static int do_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long address, pte_t *page_table, pmd_t *pmd,
		unsigned int flags, pte_t orig_pte)
{
	pgoff_t pgoff = linear_page_index(vma, address);

	pte_unmap(page_table);
	/* The VMA was not fully populated on mmap() or missing VM_DONTEXPAND */
	if (!vma->vm_ops->fault)
		return VM_FAULT_SIGBUS;
	if (!(flags & FAULT_FLAG_WRITE))
		return do_read_fault(mm, vma, address, pmd, pgoff, flags,
				orig_pte);
	if (!(vma->vm_flags & VM_SHARED))
		return do_cow_fault(mm, vma, address, pmd, pgoff, flags,
				orig_pte);
	return do_shared_fault(mm, vma, address, pmd, pgoff, flags, orig_pte);
}

static int numa_migrate_prep(struct page *page, struct vm_area_struct *vma,
			     unsigned long addr, int page_nid)
{
	/*
	 * Model of numa_migrate_prep(): pin @page and pick the node it should
	 * move to, or NUMA_NO_NODE.  Left out: NUMA fault statistics.
	 */
	get_page(page);
	if (page_nid == numa_node_id())
		return NUMA_NO_NODE;
	return mpol_misplaced(page, vma, addr);
}

/*
 * Model of do_numa_page(): a NUMA-balancing hinting fault on a PROT_NONE
 * pte.  Under the pte lock the pte is made accessible again; after the
 * lock is dropped the page may be migrated to the faulting node.  Left
 * out: task placement statistics and the read-only-on-migration-failure
 * details.
 */
static int do_numa_page(struct mm_struct *mm, struct vm_area_struct *vma,
		unsigned long addr, pte_t pte, pte_t *ptep, pmd_t *pmd)
{
	struct page *page;
	spinlock_t *ptl;
	int target_nid;

	/* @pte was read without the lock: check it again under it. */
	ptl = pte_lockptr(mm, pmd);
	spin_lock(ptl);
	if (unlikely(!pte_same(*ptep, pte))) {
		pte_unmap_unlock(ptep, ptl);
		return 0;
	}
	pte = pte_mkyoung(pte_modify(pte, vma->vm_page_prot));
	set_pte_at(mm, addr, ptep, pte);
	update_mmu_cache(vma, addr, ptep);

	page = vm_normal_page(vma, addr, pte);
	if (!page) {
		pte_unmap_unlock(ptep, ptl);
		return 0;
	}
	target_nid = numa_migrate_prep(page, vma, addr, page_to_nid(page));
	pte_unmap_unlock(ptep, ptl);
	if (target_nid == NUMA_NO_NODE) {
		put_page(page);
		return 0;
	}
	/* Migration consumes the reference taken by numa_migrate_prep(). */
	migrate_misplaced_page(page, vma, target_nid);
	return 0;
}

/*
 * Model of create_huge_pmd(): a fault on a none pmd where a huge page may
 * be mapped.  VM_FAULT_FALLBACK asks for the pte path instead.
 */
static int create_huge_pmd(struct mm_struct *mm, struct vm_area_struct *vma,
			unsigned long address, pmd_t *pmd, unsigned int flags)
{
	if (vma_is_anonymous(vma))
		return do_huge_pmd_anonymous_page(mm, vma, address, pmd, flags);
	if (vma->vm_ops->pmd_fault)
		return vma->vm_ops->pmd_fault(vma, address, pmd, flags);
	return VM_FAULT_FALLBACK;
}

/*
 * Model of wp_huge_pmd(): a write fault on a read-only huge pmd: COW (or
 * split) of an anonymous huge page, or the filesystem's ->pmd_fault().
 */
static int wp_huge_pmd(struct mm_struct *mm, struct vm_area_struct *vma,
			unsigned long address, pmd_t *pmd, pmd_t orig_pmd,
			unsigned int flags)
{
	if (vma_is_anonymous(vma))
		return do_huge_pmd_wp_page(mm, vma, address, pmd, orig_pmd);
	if (vma->vm_ops->pmd_fault)
		return vma->vm_ops->pmd_fault(vma, address, pmd, flags);
	return VM_FAULT_FALLBACK;
}

/*
 * Model of handle_pte_fault(): dispatch a fault on a pte, by what the pte
 * holds: nothing (anonymous or file fault), a swap entry, a NUMA hint, or
 * a present page that only needs its accessed/dirty bits set or a COW.
 * The last case also serves architectures whose MMU does not set those
 * bits itself; afterwards it calls the update_mmu_cache() hook that ports
 * with external mmu caches can use to update those (ie the Sparc or
 * PowerPC hashed page tables that act as extended TLBs).
 *
 * We enter with non-exclusive mmap_sem (to exclude vma changes,
 * but allow concurrent faults), and pte mapped but not yet locked.
 * We return with pte unmapped and unlocked.
 *
 * The mmap_sem may have been released depending on flags and our
 * return value. See filemap_fault() and __lock_page_or_retry().
 */
static int handle_pte_fault(struct mm_struct *mm,
		     struct vm_area_struct *vma, unsigned long address,
		     pte_t *pte, pmd_t *pmd, unsigned int flags)
{
	pte_t entry;
	spinlock_t *ptl;

	/*
	 * some architectures can have larger ptes than wordsize,
	 * e.g.ppc44x-defconfig has CONFIG_PTE_64BIT=y and CONFIG_32BIT=y,
	 * so no single load of the entry is atomic there.  The tests below
	 * only need one consistent snapshot that is not read again, and
	 * we later double check anyway with the ptl lock held. So here
	 * a barrier will do.
	 */
	entry = *pte;
	barrier();
	if (!pte_present(entry)) {
		if (pte_none(entry)) {
			if (vma_is_anonymous(vma))
				return do_anonymous_page(mm, vma, address,
							 pte, pmd, flags);
			else
				return do_fault(mm, vma, address, pte, pmd,
						flags, entry);
		}
		return do_swap_page(mm, vma, address,
					pte, pmd, flags, entry);
	}

	if (pte_protnone(entry))
		return do_numa_page(mm, vma, address, entry, pte, pmd);

	ptl = pte_lockptr(mm, pmd);
	spin_lock(ptl);
	if (unlikely(!pte_same(*pte, entry)))
		goto unlock;
	if (flags & FAULT_FLAG_WRITE) {
		if (!pte_write(entry))
			return do_wp_page(mm, vma, address, pte, pmd, ptl,
					  entry);
		entry = pte_mkdirty(entry);
	}
	entry = pte_mkyoung(entry);
	if (ptep_set_access_flags(vma, address, pte, entry,
				  flags & FAULT_FLAG_WRITE)) {
		update_mmu_cache(vma, address, pte);
	} else if (flags & FAULT_FLAG_WRITE) {
		/* Spurious write fault: the TLB may hold a stale entry. */
		flush_tlb_fix_spurious_fault(vma, address);
	}
unlock:
	pte_unmap_unlock(pte, ptl);
	return 0;
}

/*
 * Model of __handle_mm_fault(): walk the page tables of @mm down to the
 * pmd of @address, populating the upper levels, give huge pages a chance
 * at the pmd level, and hand the fault to handle_pte_fault().  Left out:
 * nothing on the page-table side; hugetlbfs is one primitive.
 */
static int __handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			     unsigned long address, unsigned int flags)
{
	pgd_t *pgd;
	pud_t *pud;
	pmd_t *pmd;
	pte_t *pte;

	if (!arch_vma_access_permitted(vma, flags & FAULT_FLAG_WRITE,
				       flags & FAULT_FLAG_INSTRUCTION,
				       flags & FAULT_FLAG_REMOTE))
		return VM_FAULT_SIGSEGV;

	if (unlikely(is_vm_hugetlb_page(vma)))
		return hugetlb_fault(mm, vma, address, flags);

	pgd = pgd_offset(mm, address);
	pud = pud_alloc(mm, pgd, address);
	if (!pud)
		return VM_FAULT_OOM;
	pmd = pmd_alloc(mm, pud, address);
	if (!pmd)
		return VM_FAULT_OOM;

	if (pmd_none(*pmd) && transparent_hugepage_enabled(vma)) {
		int ret = create_huge_pmd(mm, vma, address, pmd, flags);

		if (!(ret & VM_FAULT_FALLBACK))
			return ret;
	} else {
		pmd_t orig_pmd = *pmd;
		int ret;

		barrier();
		if (pmd_trans_huge(orig_pmd) || pmd_devmap(orig_pmd)) {
			if (pmd_protnone(orig_pmd))
				return do_huge_pmd_numa_page(mm, vma, address,
							     orig_pmd, pmd);
			if (!(flags & FAULT_FLAG_WRITE) ||
			    pmd_write(orig_pmd)) {
				huge_pmd_set_accessed(mm, vma, address, pmd,
						      orig_pmd,
						      flags & FAULT_FLAG_WRITE);
				return 0;
			}
			ret = wp_huge_pmd(mm, vma, address, pmd, orig_pmd,
					  flags);
			if (!(ret & VM_FAULT_FALLBACK))
				return ret;
		}
	}

	/*
	 * Use pte_alloc() instead of pte_alloc_map, because we can't
	 * run pte_offset_map on the pmd, if an huge pmd could
	 * materialize from under us from a different thread.
	 */
	if (unlikely(pte_alloc(mm, pmd, address)))
		return VM_FAULT_OOM;
	/*
	 * If a huge pmd materialized under us just retry later. Use
	 * pmd_trans_unstable() instead of pmd_trans_huge() to ensure the pmd
	 * didn't become pmd_trans_huge under us and then back to pmd_none, as
	 * a result of MADV_DONTNEED running immediately after a huge pmd fault
	 * in a different thread of this mm, in turn leading to a misleading
	 * pmd_trans_huge() retval. All we have to ensure is that it is a
	 * regular pmd that we can walk with pte_offset_map() and we can do that
	 * through an atomic read in C, which is what pmd_trans_unstable()
	 * provides.
	 */
	if (unlikely(pmd_trans_unstable(pmd) || pmd_devmap(*pmd)))
		return 0;
	/*
	 * A regular pmd is established and it can't morph into a huge pmd
	 * from under us anymore at this point because we hold the mmap_sem
	 * read mode and khugepaged takes it in write mode. So now it's
	 * safe to run pte_offset_map().
	 */
	pte = pte_offset_map(pmd, address);

	return handle_pte_fault(mm, vma, address, pte, pmd, flags);
}

/*
 * Model of handle_mm_fault(), the entry point of the architecture fault
 * handlers, called with mmap_sem held for read.  Left out: fault event
 * counting and the memcg OOM handling around the fault.
 */
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, unsigned int flags)
{
	return __handle_mm_fault(mm, vma, address, flags);
}

/*
 * Model of __pud_alloc(): allocate a pud table with no lock held and link
 * it into the pgd entry under mm->page_table_lock, unless another thread
 * did so first.  Returns 0 or -ENOMEM.
 */
int __pud_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address)
{
	pud_t *new = pud_alloc_one(mm, address);

	if (!new)
		return -ENOMEM;
	/* The zeroed table must be visible before the pgd points to it. */
	smp_wmb();

	spin_lock(&mm->page_table_lock);
	if (!pgd_present(*pgd)) {
		pgd_populate(mm, pgd, new);
		new = NULL;
	}
	spin_unlock(&mm->page_table_lock);
	if (new)
		pud_free(mm, new);
	return 0;
}

/*
 * Model of __pmd_alloc(): the same for a pmd table under a pud entry
 * (x86-64, four levels).  Returns 0 or -ENOMEM.
 */
int __pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address)
{
	pmd_t *new = pmd_alloc_one(mm, address);

	if (!new)
		return -ENOMEM;
	/* The zeroed table must be visible before the pud points to it. */
	smp_wmb();

	spin_lock(&mm->page_table_lock);
	if (!pud_present(*pud)) {
		mm_inc_nr_pmds(mm);
		pud_populate(mm, pud, new);
		new = NULL;
	}
	spin_unlock(&mm->page_table_lock);
	if (new)
		pmd_free(mm, new);
	return 0;
}
