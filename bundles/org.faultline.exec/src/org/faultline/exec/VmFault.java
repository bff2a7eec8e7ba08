package org.faultline.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The VM_FAULT_* result bits of Linux 4.6, and the decoding of a result by 4.6's names or a version's own. */
public final class VmFault {

	public static final int OOM = 0x0001, SIGBUS = 0x0002, MAJOR = 0x0004, WRITE = 0x0008, HWPOISON = 0x0010,
			HWPOISON_LARGE = 0x0020, SIGSEGV = 0x0040, NOPAGE = 0x0100, LOCKED = 0x0200, RETRY = 0x0400,
			FALLBACK = 0x0800, DAX_LOCKED = 0x1000, ERROR = 0x0873;

	/** 4.6's names of its bits, for a version that names none. */
	private static final Map<Long, String> NAMES_4_6 = Map.ofEntries(Map.entry(0x1L, "OOM"), Map.entry(0x2L, "SIGBUS"),
			Map.entry(0x4L, "MAJOR"), Map.entry(0x8L, "WRITE"), Map.entry(0x10L, "HWPOISON"),
			Map.entry(0x20L, "HWPOISON_LARGE"), Map.entry(0x40L, "SIGSEGV"), Map.entry(0x100L, "NOPAGE"),
			Map.entry(0x200L, "LOCKED"), Map.entry(0x400L, "RETRY"), Map.entry(0x800L, "FALLBACK"));

	/**
	 * The result bits a version may define, each named without its VM_FAULT_ prefix: 4.6's, 4.7-4.10's DAX_LOCKED,
	 * and the later kernels' DONE_COW, NEEDDSYNC and COMPLETED (bit 0x1000 is DAX_LOCKED on some versions and
	 * DONE_COW on others, so a version's own constants decide).
	 */
	private static final List<String> VERSION_NAMES = List.of("OOM", "SIGBUS", "MAJOR", "WRITE", "HWPOISON",
			"HWPOISON_LARGE", "SIGSEGV", "NOPAGE", "LOCKED", "RETRY", "FALLBACK", "DAX_LOCKED", "DONE_COW", "NEEDDSYNC",
			"COMPLETED");

	private VmFault() {
	}

	/**
	 * @param constant a version's value of a name ({@code VM_FAULT_COMPLETED}), null where it has none
	 * @return "0", or the set bits by the names the version gives them ("LOCKED|COMPLETED" on 6.x), a bit it does
	 *         not name in hex; by 4.6's names for a version that names none
	 */
	public static String decode(long value, Function<String, Long> constant) {
		Map<Long, String> names = new HashMap<>();
		for (String name : VERSION_NAMES) {
			Long bit = constant.apply("VM_FAULT_" + name);
			if (bit != null && Long.bitCount(bit) == 1)
				names.putIfAbsent(bit, name);
		}
		if (names.isEmpty())
			names = NAMES_4_6;
		if (value == 0)
			return "0";
		List<String> parts = new ArrayList<>();
		long rest = 0;
		for (long bits = value; bits != 0; bits &= bits - 1) {
			long bit = Long.lowestOneBit(bits);
			if (names.containsKey(bit))
				parts.add(names.get(bit));
			else
				rest |= bit;
		}
		if (rest != 0)
			parts.add("0x" + Long.toHexString(rest));
		return String.join("|", parts);
	}
}
