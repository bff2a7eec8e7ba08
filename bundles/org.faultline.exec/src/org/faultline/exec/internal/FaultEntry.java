package org.faultline.exec.internal;

import org.faultline.exec.internal.interp.CType;
import org.faultline.exec.internal.interp.CompiledFunction;
import org.faultline.exec.internal.interp.CompiledVersion;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Values;

/**
 * Where a version's fault path starts and how it is called, read from the version's own definition rather than
 * from a table of kernel releases: {@code __handle_mm_fault} (or {@code handle_mm_fault} where there is no
 * inner one), its arguments bound by their declared types. The signature changed over the releases: 4.6 takes
 * {@code (mm, vma, address, flags)}, 4.8 drops the mm, 5.8 adds the {@code pt_regs} to {@code handle_mm_fault}.
 */
record FaultEntry(CompiledFunction function) {

	/** The entry of {@code version}; {@code label} names the version in the error when it has none. */
	static FaultEntry of(CompiledVersion version, String label) {
		CompiledFunction f = version.function("__handle_mm_fault");
		if (f == null)
			f = version.function("handle_mm_fault");
		if (f == null)
			throw new IllegalArgumentException(label + " defines neither __handle_mm_fault nor handle_mm_fault");
		for (int i = 0; i < f.parameterCount(); i++)
			if (role(f, i) == Role.UNKNOWN)
				throw new IllegalArgumentException(label + ": " + f.name() + " has a parameter the engine cannot"
						+ " supply: " + f.cellType(i) + " " + f.cellName(i));
		return new FaultEntry(f);
	}

	/** What the fault supplies for a parameter. */
	private enum Role {
		MM, VMA, ADDRESS, FLAGS, NONE, UNKNOWN
	}

	/**
	 * The mm and the vma by their struct; the address is the one word-sized integer, the flags the narrower one;
	 * other pointers (the {@code pt_regs} of accounting) get NULL, which the kernel passes for faults not taken
	 * from a user trap. The parameter's name decides only when its type was not resolved.
	 */
	private static Role role(CompiledFunction f, int i) {
		return switch (f.cellType(i)) {
		case CType.Pointer(CType.Struct(var s)) when s.tag().equals("mm_struct") -> Role.MM;
		case CType.Pointer(CType.Struct(var s)) when s.tag().equals("vm_area_struct") -> Role.VMA;
		case CType.Pointer p -> Role.NONE;
		case CType.Int n when n.bits() == 64 -> Role.ADDRESS;
		case CType.Int n when n.bits() == 32 -> Role.FLAGS;
		default -> switch (f.cellName(i)) {
		case "mm" -> Role.MM;
		case "vma" -> Role.VMA;
		case "address" -> Role.ADDRESS;
		case "flags" -> Role.FLAGS;
		default -> Role.UNKNOWN;
		};
		};
	}

	/** Calls the entry for the fault at {@code run.address} with {@code run.flags}; returns its vm_fault_t. */
	long call(Run run) {
		Object[] args = new Object[function.parameterCount()];
		for (int i = 0; i < args.length; i++)
			args[i] = switch (role(function, i)) {
			case MM -> run.machine.mm;
			case VMA -> run.vma;
			case ADDRESS -> Values.box(run.address);
			case FLAGS -> Values.box(run.flags);
			case NONE, UNKNOWN -> null;
			};
		return Values.asLong(run.callBack(function.name(), args));
	}
}
