package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.CParser;
import org.junit.jupiter.api.Test;

/** Idioms of real kernel files beyond the modelled tree: none may cost a function or leave a problem. */
class KernelFileIdiomsTest {

	private static final String SOURCE = """
			/* kernel-style idioms, written for this test */
			#include <linux/kernel.h>

			static DEFINE_SPINLOCK(lock);
			static LIST_HEAD(pool);
			unsigned long __percpu *counters;
			int sysctl_x __read_mostly = 3;

			static noinline int __init setup_x(char *str)
			{
				return 1;
			}
			__setup("x=", setup_x);

			static __always_inline int helper(struct page *page __maybe_unused)
			{
				struct foo *f = container_of(page, struct foo, lru);
				unsigned long flags;

				spin_lock_irqsave(&lock, flags);
				list_for_each_entry(f, &pool, list)
					f->n++;
				list_for_each_entry_safe(f, n, &pool, list) {
					if (READ_ONCE(f->n) > 3)
						break;
				}
				spin_unlock_irqrestore(&lock, flags);
				switch (f->n) {
				case 1 ... 3:
					pr_info("small %d\\n", f->n);
					/* fall through */
				case 4:
					fallthrough;
				default:
					break;
				}
				for (;;) {
					if (likely(!!f))
						break;
				}
				BUILD_BUG_ON(sizeof(*f) > 64);
				asm volatile("" : : : "memory");
				return f ? (int)(long)f->n : -EINVAL;
			}

			void __weak arch_hook(void)
			{
			}

			int print_it(const char *fmt, ...) __printf(1, 2);

			static int table[] = { [0 ... 3] = 1, [4] = 2 };

			#if defined(CONFIG_NUMA) && !defined(CONFIG_FLATMEM)
			static void numa_only(void) { }
			#elif IS_ENABLED(CONFIG_SPARSEMEM)
			static void sparse_only(void) { }
			#endif

			static int __meminit more(unsigned long pfn, int (*cb)(struct page *, void *), void *arg)
				__acquires(lock)
			{
				int ret = ({ int __x = cb(pfn_to_page(pfn), arg); __x; });
				typeof(pfn) copy = pfn;
				pr_info(KERN_INFO "pfn %lu\\n", copy);
				return ret;
			}
			EXPORT_SYMBOL_GPL(more);
			""";

	private static TranslationUnit parse() {
		try (CParser parser = new CParser()) {
			return parser.parse("idioms.c", SOURCE);
		}
	}

	@Test
	void everyFunctionIsFoundAndTheOneMisreadConstructIsReported() {
		TranslationUnit unit = parse();
		// a loop macro without braces is read by tree-sitter as "call f->n++": reported, never silently wrong
		assertEquals(List.of("idioms.c:22:3: syntax error: f"), unit.problems().stream().map(Object::toString).toList());
		assertEquals(List.of("setup_x", "helper", "arch_hook", "numa_only", "sparse_only", "more"),
				unit.allFunctions().stream().map(FunctionDefinition::name).toList());
		assertEquals(60, unit.allFunctions().get(5).range().line());
	}

	@Test
	void caseRangesAndInlineAssembly() {
		FunctionDefinition helper = parse().allFunctions().get(1);
		Statement.Switch sw = (Statement.Switch) helper.body().items().stream().filter(Statement.Switch.class::isInstance)
				.findFirst().orElseThrow();
		Statement.Case range = (Statement.Case) ((Statement.Compound) sw.body()).items().get(0);
		assertEquals("3", ((Expression.IntegerLiteral) range.rangeEnd()).text());
		Statement asm = helper.body().items().get(helper.body().items().size() - 2);
		assertInstanceOf(Expression.Asm.class, ((Statement.ExpressionStatement) asm).expression());
		Statement.IteratorLoop loop = (Statement.IteratorLoop) helper.body().items().get(4);
		assertEquals("list_for_each_entry_safe", loop.macro());
		assertEquals(4, loop.arguments().size());
		assertInstanceOf(Statement.Compound.class, loop.body());
	}
}
