package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioParser;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * The data real fault-path code uses: arrays (locals, members, of structs, initialised), unions, bit-fields,
 * pointer arithmetic and comparison within an array, compound literals. Each snippet returns a number that
 * only the right semantics give.
 */
class InterpreterDataTest {

	private static long run(String helpers, String body) throws Exception {
		RunResult r = MiniProgram.run(helpers, body);
		assertTrue(r.completed(), r.report());
		assertEquals(List.of(), r.unknown(), r.report());
		assertTrue(r.findings().stream().noneMatch(f -> f.kind() == FindingKind.CRASH), r.report());
		return r.outcome();
	}

	@Test
	void localArraysHoldElementsAndDecayToPointers() throws Exception {
		assertEquals(3 + 30 + 300 + 2, run("", """
					unsigned long a[4];
					unsigned long *p = a, sum = 0;
					int i;
					for (i = 0; i < 4; i++)
						a[i] = i == 0 ? 3 : a[i - 1] * 10;
					a[3] = 0;
					for (p = a; p < a + 4; p++)
						sum += *p;
					return sum + (&a[3] - &a[1]);"""));
	}

	@Test
	void anArrayInitialiserWithDesignatorsAndAnUnsizedArray() throws Exception {
		assertEquals(1 + 0 + 7 + 4 * 10, run("", """
					int a[4] = { 1, [2] = 7 };
					int b[] = { 5, 6, 7, 8 };
					return a[0] + a[1] + a[2] + 10 * (int)(sizeof(b) / sizeof(b[0]));"""));
	}

	@Test
	void arrayMembersArePartOfTheirStructAndCopiedWithIt() throws Exception {
		assertEquals(11 + 2 * 100, run("""
				struct batch {
					int nr;
					unsigned long pfn[8];
				};
				""", """
					struct batch one = { .nr = 0 }, two;
					struct batch *b = &one;
					b->pfn[b->nr++] = 11;
					b->pfn[b->nr++] = 12;
					two = one;
					two.pfn[0] = 99;
					return one.pfn[0] + 100 * two.nr;"""));
	}

	@Test
	void anArrayOfStructsIsWalkedByPointer() throws Exception {
		assertEquals(1 + 2 + 3, run("""
				struct slot {
					unsigned long index;
				};
				""", """
					struct slot slots[3];
					struct slot *s;
					unsigned long sum = 0;
					slots[0].index = 1;
					slots[1].index = 2;
					slots[2].index = 3;
					for (s = &slots[0]; s != &slots[3]; s++)
						sum += s->index;
					return sum;"""));
	}

	@Test
	void runningOffAnArrayIsACrashNotAValue() throws Exception {
		RunResult r = MiniProgram.run("", "\tint a[2] = { 1, 2 };\n\tint *p = a;\n\treturn p[2];");
		assertTrue(r.has(FindingKind.CRASH), r.report());
		assertTrue(r.report().contains("index 2 outside an array of 2"), r.report());
	}

	@Test
	void unionMembersShareTheirStorageAndAnonymousOnesAreTheStructsOwn() throws Exception {
		assertEquals(0x1234 + 2 * 7, run("""
				union word {
					unsigned long val;
					unsigned long raw;
				};
				struct holder {
					union {
						unsigned long index;
						unsigned long freelist;
					};
					struct {
						int a;
						int b;
					};
				};
				""", """
					union word w;
					struct holder h;
					w.val = 0x1234;
					h.index = 7;
					h.a = 1;
					h.b = 2;
					return w.raw + h.freelist * h.b;"""));
	}

	@Test
	void bitFieldsKeepOnlyTheirWidth() throws Exception {
		assertEquals(5 + (-1 + 10) * 10 + 100, run("""
				struct bits {
					unsigned int low : 3;
					int sign : 2;
					unsigned int flag : 1;
				};
				""", """
					struct bits b;
					b.low = 13;
					b.sign = 3;
					b.flag = 2;
					b.flag = 3;
					return b.low + (b.sign + 10) * 10 + b.flag * 100;"""));
	}

	@Test
	void compoundLiteralsOfEntriesArraysAndStructs() throws Exception {
		assertEquals(0x25 + 6 + 9, run("""
				struct pair {
					int x, y;
				};
				static int second(int *a) { return a[1]; }
				""", """
					pte_t pte = (pte_t){ 0x25 };
					struct pair p = (struct pair){ .y = 9 };
					return pte_val(pte) + second((int[]){ 5, 6 }) + p.x + p.y;"""));
	}

	@Test
	void aPointerSurvivesARoundTripThroughAnIntegerWithFlagBitsInItsLowBits() throws Exception {
		assertEquals(40 + 1 + 2 + 1, run("""
				struct anon {
					int v;
				};
				""", """
					struct anon a, *back;
					unsigned long word, cells[4] = { 0 }, *q;
					a.v = 40;
					word = (unsigned long)&a | 1;
					back = (struct anon *)(word & ~1UL);
					q = (unsigned long *)((unsigned long)&cells[0] + 2 * sizeof(cells[0]));
					*q = 2;
					return back->v + (word & 1) + cells[2] + ((unsigned long)&a != (unsigned long)cells);"""));
	}

	@Test
	void iterationAndExpressionMacrosRunByExpandingTheirDefinitions() throws Exception {
		assertEquals((1 + 2 + 3) * 2 + 100, run("""
				struct node {
					struct node *next;
					int value;
				};
				#define for_each_node(pos, head) \\
					for (pos = (head); pos != NULL; pos = pos->next)
				#define doubled(n, member) ((n)->member * 2)
				#define plus_hundred(x) ({ int __v = (x); __v + 100; })
				""", """
					struct node a, b, c, *pos;
					int sum = 0;
					a.next = &b;
					b.next = &c;
					c.next = NULL;
					a.value = 1;
					b.value = 2;
					c.value = 3;
					for_each_node(pos, &a) {
						sum += doubled(pos, value);
					}
					return plus_hundred(sum);"""));
	}

	@Test
	void aLoopMacroWithoutADefinitionIsAnUnrunnableConstructNotAGuess() throws Exception {
		RunResult r = MiniProgram.run("", "\tint n = 0;\n\tundefined_for_each(&n) {\n\t\tn++;\n\t}\n\treturn n;");
		assertTrue(r.has(FindingKind.CRASH), r.report());
		assertTrue(r.report().contains("loop macro undefined_for_each"), r.report());
	}

	@Test
	void aListIsWalkedByTheKernelsOwnListMacrosWithContainerOf() throws Exception {
		assertEquals(4 + 5, run("""
				struct chain {
					struct chain *next, *prev;
				};
				struct item {
					int value;
					struct chain link;
				};
				#define container_of(ptr, type, member) ({ \\
					const typeof(((type *)0)->member) *__mptr = (ptr); \\
					(type *)((char *)__mptr - offsetof(type, member)); })
				#define list_entry(ptr, type, member) container_of(ptr, type, member)
				#define list_first_entry(ptr, type, member) list_entry((ptr)->next, type, member)
				#define list_next_entry(pos, member) list_entry((pos)->member.next, typeof(*(pos)), member)
				#define list_for_each_entry(pos, head, member) \\
					for (pos = list_first_entry(head, typeof(*pos), member); \\
					     &pos->member != (head); \\
					     pos = list_next_entry(pos, member))
				""", """
					struct chain head;
					struct item a, b, *pos;
					int sum = 0;
					head.next = &a.link;
					a.link.next = &b.link;
					b.link.next = &head;
					a.value = 4;
					b.value = 5;
					list_for_each_entry(pos, &head, link) {
						sum += pos->value;
					}
					return sum;"""));
	}

	@Test
	void macrosThatPasteStringifyOrTakeVariableArgumentsRunByTheirExpansion() throws Exception {
		assertEquals(7 + 2 * 3 + 10 + 100 + 9, run("""
				struct counters {
					int hits_total;
					int misses_total;
				};
				static int checked(int value, const char *what)
				{
					return value;
				}
				static int sum3(int a, int b, int c)
				{
					return a + b + c;
				}
				static int noop(int ignored)
				{
					return 100;
				}
				#define TOTAL(c, name) ((c)->name ## _total)
				#define CHECKED(x) checked(x, #x)
				#define SUM(first, ...) sum3(first, __VA_ARGS__)
				#define DROP(x, ...) noop(x, ## __VA_ARGS__)
				#define GNU_SUM(first, rest...) sum3(first, rest)
				#define SET_TOTALS(c, h, m) do { (c)->hits_total = (h); (c)->misses_total = (m); } while (0)
				""", """
					struct counters c, *p = &c;
					int two = 2;
					SET_TOTALS(p, 7, 3);
					return CHECKED(TOTAL(p, hits)) + two * TOTAL(&c, misses) + SUM(1, 4, 5) + DROP(0)
							+ GNU_SUM(2, 3, 4);"""));
	}

	@Test
	void globalArraysAndStructsStartWithTheirInitialisersInEveryRun() throws Exception {
		String helpers = """
				struct prot {
					int bits;
					int (*check)(int);
				};
				static int odd(int v)
				{
					return v & 1;
				}
				static int table[] = { 3, [4] = 40, 50 };
				static struct prot prot_ro = { .bits = 4, .check = odd };
				""";
		String body = """
					int before = table[0] + table[4] + table[5] + (int)(sizeof(table) / sizeof(table[0]));
					table[0] = 1000;
					return before + prot_ro.bits + prot_ro.check(9);""";
		ExecutableVersion v = MiniProgram.version(helpers, body);
		for (int run = 0; run < 2; run++) {
			RunResult r = FaultRun.scenario(ScenarioParser.parse("mini", MiniProgram.SCENARIO)).version(v).call();
			assertEquals(List.of(), r.unknown(), r.report());
			assertEquals(3 + 40 + 50 + 6 + 4 + 1, r.outcome(), r.report());
		}
	}
}
