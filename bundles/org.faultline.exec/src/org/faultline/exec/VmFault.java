package org.faultline.exec;

import java.util.ArrayList;
import java.util.List;

/** The VM_FAULT_* result bits of Linux 4.6 and their decoding. */
public final class VmFault {

	public static final int OOM = 0x0001, SIGBUS = 0x0002, MAJOR = 0x0004, WRITE = 0x0008, HWPOISON = 0x0010,
			HWPOISON_LARGE = 0x0020, SIGSEGV = 0x0040, NOPAGE = 0x0100, LOCKED = 0x0200, RETRY = 0x0400,
			FALLBACK = 0x0800, DAX_LOCKED = 0x1000, ERROR = 0x0873;

	private static final String[] NAMES = { "OOM", "SIGBUS", "MAJOR", "WRITE", "HWPOISON", "HWPOISON_LARGE",
			"SIGSEGV", "0x80", "NOPAGE", "LOCKED", "RETRY", "FALLBACK", "0x1000" };

	private VmFault() {
	}

	/** "0", or the set bits by name: "MAJOR|LOCKED". */
	public static String decode(long value) {
		if (value == 0)
			return "0";
		List<String> parts = new ArrayList<>();
		for (int bit = 0; bit < NAMES.length; bit++)
			if ((value & 1L << bit) != 0)
				parts.add(NAMES[bit]);
		long rest = value & ~((1L << NAMES.length) - 1);
		if (rest != 0)
			parts.add("0x" + Long.toHexString(rest));
		return String.join("|", parts);
	}
}
