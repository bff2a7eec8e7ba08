package org.faultline.exec.internal.prim;

import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Values;

/**
 * The fault a helper works on, as the calling version passes it: 4.6 passes the mm, the vma, the address and
 * the pmd one by one; 4.8 bundles them into a {@code struct fault_env}, 4.11 on into a {@code struct vm_fault}.
 * A helper asks for what it needs and gives the 4.6 position; which form applies is read from the arguments'
 * own struct type, not from a version number.
 */
record FaultArgs(Obj context, Object[] args) {

	static FaultArgs of(Object[] args) {
		return new FaultArgs(args.length > 0 && args[0] instanceof Obj o && isContext(o) ? o : null, args);
	}

	/** Whether {@code o} is a fault's bundle of arguments (fault_env, or vm_fault as the fault path passes it). */
	static boolean isContext(Obj o) {
		return switch (o.type().tag()) {
		case "fault_env", "vm_fault" -> true;
		default -> false;
		};
	}

	/** Argument {@code position} of the 4.6 signature, or the field of that name of the bundle. */
	Object get(String field, int position) {
		return context != null ? context.get(field) : args[position];
	}

	/** Whether it is a write fault: the 4.6 {@code dirty} argument, else FAULT_FLAG_WRITE in the flags. */
	boolean write(int position) {
		if (context == null)
			return Values.truth(args[position]);
		return (Values.asLong(context.get("flags")) & Linux46.FAULT_FLAG_WRITE) != 0;
	}
}
