package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.exec.RunResult;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * What a recent kernel's fault path writes with macros beyond expressions (ADR 0037): a statement that is a
 * macro use declaring a variable ({@code XA_STATE}, {@code DECLARE_WAITQUEUE}) whose initialiser is a macro
 * expanding to an initializer list, a cast through a macro parameter naming a typedef ({@code _AT}), the
 * distance between two struct page pointers, compile-time assertions and {@code current}; and the xarray walk
 * of fault-around over the machine's page cache. Each term adds a distinct multiple, so the sum names any
 * term that went wrong.
 */
class DeclaringMacroTest {

	private static final String HELPERS = """
			struct pair {
				long first;
				long second;
			};
			struct walk {
				void *xa;
				unsigned long xa_index;
				void *xa_node;
			};
			typedef unsigned long faultline_val_t;
			#define _AT(T, X)	((T)(X))
			#define __PAIR_INIT(x, y) { .first = x, .second = (y) * 2 }
			#define DECLARE_PAIR(name, x) struct pair name = __PAIR_INIT(x, x + 1)
			#define __WALK(array, index) { .xa = array, .xa_index = index, .xa_node = (void *)3UL }
			#define WALK(name, array, index) struct walk name = __WALK(array, index)
			#define current get_current()
			""";

	private static final String CACHED = """
			scenario cached
			vma file private start=0x7f0000000000 pages=512 flags=read,mayread size=2097152
			fault address=0x7f0000003000 flags=user
			pmd table
			page index=1 uptodate
			page index=3 uptodate
			page index=9 uptodate
			ops fault=none map_pages=no page_mkwrite=no
			""";

	private static long run(String scenario, String body) throws Exception {
		RunResult r = MiniProgram.run(scenario, HELPERS, body);
		assertTrue(r.completed(), r.report());
		assertEquals(List.of(), r.unknown(), r.report());
		assertTrue(r.findings().stream().noneMatch(f -> f.kind() == FindingKind.CRASH), r.report());
		return r.outcome();
	}

	@Test
	void aMacroDeclaresItsVariableInTheEnclosingBlock() throws Exception {
		assertEquals(5 + 12 * 10 + 7 * 1000, run(MiniProgram.SCENARIO, """
					DECLARE_PAIR(p, 5);
					if (p.first != 5)
						return 0;
					return p.first + p.second * 10 + _AT(faultline_val_t, 7) * 1000;"""));
	}

	@Test
	void pagesAreAsFarApartAsTheirPfnsAndCurrentIsTheFaultingTask() throws Exception {
		assertEquals(1 + 2 + 4, run(MiniProgram.SCENARIO, """
					struct page *a = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
					struct page *b = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
					int r = (b - a == 1) + 2 * (a - a == 0) + 4 * (current->mm == mm);
					compiletime_assert(sizeof(long) == 8, "a 64-bit build");
					put_page(a);
					put_page(b);
					return r;"""));
	}

	/** xas_next_entry/xas_find from XAS_RESTART: the entry at the index itself, then the next ones up to max. */
	@Test
	void anXarrayWalkVisitsThePresentEntriesUpToItsLimit() throws Exception {
		assertEquals(1 + 3 * 10 + 100 + 1000, run(CACHED, """
					WALK(xas, &vma->vm_file->f_mapping->i_pages, 1);
					long sum = 0;
					struct page *p = xas_next_entry(&xas, 8);
					sum += xas.xa_index;
					p = xas_find(&xas, 8);
					sum += xas.xa_index * 10;
					if (xas_reload(&xas) == p && !xa_is_value(p) && !xas_retry(&xas, p))
						sum += 100;
					if (!xas_next_entry(&xas, 8) && !xas_find(&xas, 20))
						sum += 1000;
					return sum;"""));
	}
}
