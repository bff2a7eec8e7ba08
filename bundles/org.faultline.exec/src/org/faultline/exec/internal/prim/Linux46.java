package org.faultline.exec.internal.prim;

import java.util.Map;
import java.util.TreeMap;

/**
 * Constants of Linux 4.6 on x86-64 (include/linux/mm.h, gfp.h, errno-base.h, fs.h, vm_event_item.h) for the
 * names that real kernel sources use and the model's headers may not define. A version's own #defines take
 * precedence: this table only fills the gaps.
 */
public final class Linux46 {

	public static final long VM_READ = 0x1, VM_WRITE = 0x2, VM_EXEC = 0x4, VM_SHARED = 0x8, VM_MAYREAD = 0x10,
			VM_MAYWRITE = 0x20, VM_MAYEXEC = 0x40, VM_MAYSHARE = 0x80, VM_GROWSDOWN = 0x100, VM_UFFD_MISSING = 0x200,
			VM_PFNMAP = 0x400, VM_LOCKED = 0x2000, VM_RAND_READ = 0x10000, VM_HUGETLB = 0x400000,
			VM_MIXEDMAP = 0x10000000;
	public static final long FAULT_FLAG_WRITE = 0x01, FAULT_FLAG_MKWRITE = 0x02, FAULT_FLAG_ALLOW_RETRY = 0x04,
			FAULT_FLAG_RETRY_NOWAIT = 0x08, FAULT_FLAG_KILLABLE = 0x10, FAULT_FLAG_TRIED = 0x20, FAULT_FLAG_USER = 0x40,
			FAULT_FLAG_REMOTE = 0x80, FAULT_FLAG_INSTRUCTION = 0x100;
	public static final long ENOMEM = 12, EEXIST = 17, EIO = 5;

	private static final Map<String, Long> VALUES = new TreeMap<>();

	static {
		put("VM_NONE", 0);
		put("VM_READ", VM_READ);
		put("VM_WRITE", VM_WRITE);
		put("VM_EXEC", VM_EXEC);
		put("VM_SHARED", VM_SHARED);
		put("VM_MAYREAD", VM_MAYREAD);
		put("VM_MAYWRITE", VM_MAYWRITE);
		put("VM_MAYEXEC", VM_MAYEXEC);
		put("VM_MAYSHARE", VM_MAYSHARE);
		put("VM_GROWSDOWN", VM_GROWSDOWN);
		put("VM_UFFD_MISSING", VM_UFFD_MISSING);
		put("VM_PFNMAP", VM_PFNMAP);
		put("VM_DENYWRITE", 0x800);
		put("VM_UFFD_WP", 0x1000);
		put("VM_LOCKED", VM_LOCKED);
		put("VM_IO", 0x4000);
		put("VM_SEQ_READ", 0x8000);
		put("VM_RAND_READ", VM_RAND_READ);
		put("VM_DONTCOPY", 0x20000);
		put("VM_DONTEXPAND", 0x40000);
		put("VM_LOCKONFAULT", 0x80000);
		put("VM_ACCOUNT", 0x100000);
		put("VM_NORESERVE", 0x200000);
		put("VM_HUGETLB", VM_HUGETLB);
		put("VM_ARCH_1", 0x1000000);
		put("VM_DONTDUMP", 0x4000000);
		put("VM_MIXEDMAP", VM_MIXEDMAP);
		put("VM_HUGEPAGE", 0x20000000);
		put("VM_NOHUGEPAGE", 0x40000000);
		put("VM_MERGEABLE", 0x80000000L);
		put("VM_GROWSUP", 0);
		put("FAULT_FLAG_WRITE", FAULT_FLAG_WRITE);
		put("FAULT_FLAG_MKWRITE", FAULT_FLAG_MKWRITE);
		put("FAULT_FLAG_ALLOW_RETRY", FAULT_FLAG_ALLOW_RETRY);
		put("FAULT_FLAG_RETRY_NOWAIT", FAULT_FLAG_RETRY_NOWAIT);
		put("FAULT_FLAG_KILLABLE", FAULT_FLAG_KILLABLE);
		put("FAULT_FLAG_TRIED", FAULT_FLAG_TRIED);
		put("FAULT_FLAG_USER", FAULT_FLAG_USER);
		put("FAULT_FLAG_REMOTE", FAULT_FLAG_REMOTE);
		put("FAULT_FLAG_INSTRUCTION", FAULT_FLAG_INSTRUCTION);
		put("VM_FAULT_OOM", 0x0001);
		put("VM_FAULT_SIGBUS", 0x0002);
		put("VM_FAULT_MAJOR", 0x0004);
		put("VM_FAULT_WRITE", 0x0008);
		put("VM_FAULT_HWPOISON", 0x0010);
		put("VM_FAULT_HWPOISON_LARGE", 0x0020);
		put("VM_FAULT_SIGSEGV", 0x0040);
		put("VM_FAULT_NOPAGE", 0x0100);
		put("VM_FAULT_LOCKED", 0x0200);
		put("VM_FAULT_RETRY", 0x0400);
		put("VM_FAULT_FALLBACK", 0x0800);
		put("VM_FAULT_DAX_LOCKED", 0x1000);
		put("VM_FAULT_ERROR", 0x0873);
		put("PAGE_SHIFT", 12);
		put("PAGE_SIZE", 4096);
		put("PAGE_MASK", ~4095L);
		put("PTRS_PER_PTE", 512);
		put("PTRS_PER_PMD", 512);
		put("HPAGE_PMD_SIZE", 1L << 21);
		put("HPAGE_PMD_MASK", ~((1L << 21) - 1));
		put("___GFP_IO", 0x40);
		put("___GFP_DIRECT_RECLAIM", 0x400000);
		put("__GFP_IO", 0x40);
		put("__GFP_FS", 0x80);
		put("__GFP_COLD", 0x100);
		put("__GFP_HIGHMEM", 0x02);
		put("__GFP_MOVABLE", 0x08);
		put("GFP_KERNEL", 0x24000c0);
		put("GFP_HIGHUSER", 0x24200c2);
		put("GFP_HIGHUSER_MOVABLE", 0x24200ca);
		put("MM_FILEPAGES", 0);
		put("MM_ANONPAGES", 1);
		put("MM_SWAPENTS", 2);
		put("MM_SHMEMPAGES", 3);
		put("NUMA_NO_NODE", -1);
		put("EIO", EIO);
		put("ENOMEM", ENOMEM);
		put("ENOENT", 2L);
		put("EFAULT", 14);
		put("EBUSY", 16);
		put("EEXIST", EEXIST);
		put("EAGAIN", 11);
		put("EINTR", 4);
		put("AOP_TRUNCATED_PAGE", 0x80001);
		put("PGMAJFAULT", 9);
		put("PGFAULT", 8);
		put("HAVE_PTE_SPECIAL", 1);
		put("LAST_CPUPID_SHIFT", 0);
		put("NULL", 0);
		put("true", 1);
		put("false", 0);
	}

	private Linux46() {
	}

	private static void put(String name, long value) {
		VALUES.put(name, value);
	}

	/** The value of a constant the model's headers do not define, or null if Linux 4.6 has none by that name. */
	public static Long value(String name) {
		return VALUES.get(name);
	}

	public static Map<String, Long> all() {
		return VALUES;
	}
}
