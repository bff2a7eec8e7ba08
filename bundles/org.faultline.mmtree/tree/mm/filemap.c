/*
 * mm/filemap.c - Faultline model of the page-cache side of the page-fault
 * path at v4.6-rc: the ->fault, ->map_pages and ->page_mkwrite methods of
 * ordinary files.
 *
 * The lines that the seed patch shows are kept verbatim; every other body
 * is a simplified model, described by the comment at the head of each
 * function.  Everything they call that is not defined here is a primitive
 * declared in include/linux.
 */

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/pagemap.h>
#include <linux/radix-tree.h>

/*
 * Model of page_cache_read(): allocate a page, insert it into the page
 * cache at @offset (which locks it) and start ->readpage() on it.  Losing
 * the insertion race to another reader is not an error: the caller looks
 * the page up again.  Returns 0 or a negative errno.
 */
static int page_cache_read(struct file *file, pgoff_t offset, gfp_t gfp_mask)
{
	struct address_space *mapping = file->f_mapping;
	struct page *page;
	int ret;

	do {
		page = __page_cache_alloc(gfp_mask | __GFP_COLD);
		if (!page)
			return -ENOMEM;
		ret = add_to_page_cache_lru(page, mapping, offset,
					    gfp_mask & GFP_KERNEL);
		if (ret == 0)
			ret = mapping->a_ops->readpage(file, page);
		else if (ret == -EEXIST)
			ret = 0;
		/* The page cache holds its own reference now, or none. */
		put_page(page);
	} while (ret == AOP_TRUNCATED_PAGE);
	return ret;
}

/*
 * Model of filemap_fault(), the ->fault of page-cache files: find the page
 * at vmf->pgoff, reading it in if needed, and return it locked, with a
 * reference, and VM_FAULT_LOCKED (plus VM_FAULT_MAJOR if it had to be
 * read).  Waiting for the page lock may release mmap_sem, and then the
 * result is VM_FAULT_RETRY.  Left out: readahead policy (two primitives)
 * and the readahead-window shrink after an I/O error.
 */
int filemap_fault(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	struct file *file = vma->vm_file;
	struct address_space *mapping = file->f_mapping;
	struct inode *inode = mapping->host;
	pgoff_t offset = vmf->pgoff;
	struct page *page;
	loff_t size;
	int ret = 0;
	int error;

	size = i_size_read(inode) + PAGE_SIZE - 1;
	if (offset >= size >> PAGE_SHIFT)
		return VM_FAULT_SIGBUS;

	page = find_get_page(mapping, offset);
	if (likely(page)) {
		do_async_mmap_readahead(vma, &file->f_ra, file, page, offset);
		goto lock;
	}
	/* Not cached: a major fault.  Start reading it, then look again. */
	do_sync_mmap_readahead(vma, &file->f_ra, file, offset);
	ret = VM_FAULT_MAJOR;
retry_find:
	page = find_get_page(mapping, offset);
	if (!page) {
		error = page_cache_read(file, offset, vmf->gfp_mask);
		if (error == -ENOMEM)
			return VM_FAULT_OOM;
		if (error < 0)
			return VM_FAULT_SIGBUS;
		goto retry_find;
	}
lock:
	if (!lock_page_or_retry(page, vma->vm_mm, vmf->flags)) {
		put_page(page);
		return ret | VM_FAULT_RETRY;
	}
	/* Truncated or reclaimed while we waited for the lock? */
	if (unlikely(page->mapping != mapping)) {
		unlock_page(page);
		put_page(page);
		goto retry_find;
	}
	VM_BUG_ON_PAGE(page->index != offset, page);

	if (unlikely(!PageUptodate(page))) {
		/* An earlier read failed: try once more, synchronously. */
		ClearPageError(page);
		error = mapping->a_ops->readpage(file, page);
		if (!error) {
			wait_on_page_locked(page);
			if (!PageUptodate(page))
				error = -EIO;
		}
		put_page(page);
		if (!error || error == AOP_TRUNCATED_PAGE)
			goto retry_find;
		return VM_FAULT_SIGBUS;
	}

	/* Beyond EOF now that the page is locked against truncation? */
	size = i_size_read(inode) + PAGE_SIZE - 1;
	if (unlikely(offset >= size >> PAGE_SHIFT)) {
		unlock_page(page);
		put_page(page);
		return VM_FAULT_SIGBUS;
	}

	vmf->page = page;
	return ret | VM_FAULT_LOCKED;
}

/*
 * Model of filemap_map_pages(), the ->map_pages of page-cache files: under
 * RCU, map every page of vmf->pgoff..vmf->max_pgoff that is already cached,
 * uptodate and can be locked without waiting, into the none ptes from
 * vmf->pte on; the caller holds the pte lock.  Pages that are missing,
 * busy or under readahead are simply skipped.
 */
void filemap_map_pages(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	struct file *file = vma->vm_file;
	struct address_space *mapping = file->f_mapping;
	unsigned long address = (unsigned long)vmf->virtual_address;
	struct radix_tree_iter iter;
	unsigned long addr;
	struct page *page;
	void **slot;
	pte_t *pte;
	loff_t size;

	rcu_read_lock();
	radix_tree_for_each_slot(slot, &mapping->page_tree, &iter, vmf->pgoff) {
		if (iter.index > vmf->max_pgoff)
			break;
repeat:
		page = radix_tree_deref_slot(slot);
		if (unlikely(!page))
			goto next;
		if (radix_tree_exception(page)) {
			if (radix_tree_deref_retry(page)) {
				slot = radix_tree_iter_retry(&iter);
				continue;
			}
			/* A shadow, swap or DAX entry: nothing to map. */
			goto next;
		}

		/* Pin the page: it may be freed and reused under RCU. */
		if (!page_cache_get_speculative(page))
			goto repeat;
		if (unlikely(page != *slot)) {
			put_page(page);
			goto repeat;
		}

		if (!PageUptodate(page) ||
				PageReadahead(page) ||
				PageHWPoison(page))
			goto skip;
		if (!trylock_page(page))
			goto skip;
		/* Truncated, or no longer uptodate, before we locked it? */
		if (page->mapping != mapping || !PageUptodate(page))
			goto unlock;
		size = i_size_read(mapping->host) + PAGE_SIZE - 1;
		if (page->index >= size >> PAGE_SHIFT)
			goto unlock;

		pte = vmf->pte + page->index - vmf->pgoff;
		if (!pte_none(*pte))
			goto unlock;

		if (file->f_ra.mmap_miss > 0)
			file->f_ra.mmap_miss--;
		addr = address + (page->index - vmf->pgoff) * PAGE_SIZE;
		do_set_pte(vma, addr, page, pte, false, false);
		unlock_page(page);
		goto next;
unlock:
		unlock_page(page);
skip:
		put_page(page);
next:
		if (iter.index == vmf->max_pgoff)
			break;
	}
	rcu_read_unlock();
}

/*
 * Model of filemap_page_mkwrite(), the generic ->page_mkwrite: with the
 * filesystem held against freezing, update the file times, lock the page
 * and dirty it, unless it was truncated meanwhile (VM_FAULT_NOPAGE).
 * Returns VM_FAULT_LOCKED with the page still locked.
 */
int filemap_page_mkwrite(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	struct inode *inode = file_inode(vma->vm_file);
	struct page *page = vmf->page;
	int ret = VM_FAULT_LOCKED;

	sb_start_pagefault(inode->i_sb);
	file_update_time(vma->vm_file);
	lock_page(page);
	if (page->mapping != inode->i_mapping) {
		unlock_page(page);
		ret = VM_FAULT_NOPAGE;
	} else {
		/* Dirty it now, so that a racing freeze write-protects it. */
		set_page_dirty(page);
		wait_for_stable_page(page);
	}
	sb_end_pagefault(inode->i_sb);
	return ret;
}
