package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.exec.RunResult;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * What the compiler decides in a recent kernel's C (ADR 0032): kconfig.h's tests, gcc's builtins, static keys
 * and tracepoints declared by macro, token-pasting macros, and the casts a macro body's parse misreads. Each
 * term adds a distinct power of two (or a multiple of ten), so the sum names any term that went wrong.
 */
class CompileTimeLoweringTest {

	private static final String HELPERS = """
			#define __AC(X, Y)	(X##Y)
			#define _AC(X, Y)	__AC(X, Y)
			#define UL(x)		(_AC(x, UL))
			#define BIT(nr)		(UL(1) << (nr))
			#define __round_mask(x, y) ((__typeof__(x))((y)-1))
			#define round_down(x, y) ((x) & ~__round_mask(x, y))
			#define __KERNEL_DIV_ROUND_UP(n, d) (((n) + (d) - 1) / (d))
			#define DIV_ROUND_UP __KERNEL_DIV_ROUND_UP
			DECLARE_STATIC_KEY_TRUE(on_key);
			DECLARE_STATIC_KEY_FALSE(off_key);
			DEFINE_EVENT(fault_class, fault_seen, TP_PROTO(int r), TP_ARGS(r));
			""";

	private static long run(String body) throws Exception {
		RunResult r = MiniProgram.run(HELPERS, body);
		assertTrue(r.completed(), r.report());
		assertEquals(List.of(), r.unknown(), r.report());
		assertTrue(r.findings().stream().noneMatch(f -> f.kind() == FindingKind.CRASH), r.report());
		return r.outcome();
	}

	@Test
	void kconfigTestsReadTheConfiguration() throws Exception {
		assertEquals(1 + 2 + 4, run("""
					return IS_ENABLED(CONFIG_MMU) + 2 * !IS_ENABLED(CONFIG_FAULTLINE_NEVER_SET)
							+ 4 * !IS_MODULE(CONFIG_MMU) + 8 * IS_BUILTIN(CONFIG_FAULTLINE_NEVER_SET);"""));
	}

	@Test
	void builtinsAreDecidedAtLowering() throws Exception {
		assertEquals(1 + 2 + 4, run("""
					unsigned long x = address;
					return __builtin_constant_p(4) + 2 * !__builtin_constant_p(x)
							+ 4 * (__builtin_expect(x == address, 0) != 0);"""));
	}

	@Test
	void staticKeysAndTracepointsDeclaredByMacro() throws Exception {
		assertEquals(1 + 2, run("""
					int r = 0;
					if (static_branch_likely(&on_key))
						r += 1;
					if (!static_branch_unlikely(&off_key))
						r += 2;
					trace_fault_seen(r);
					return r;"""));
	}

	@Test
	void tokenPastingAliasesAndMisreadCasts() throws Exception {
		assertEquals(8 + 12 * 16 + 3 * 1000, run("return BIT(3) + round_down(13UL, 4UL) * 16 + DIV_ROUND_UP(10, 4) * 1000;"));
	}
}
