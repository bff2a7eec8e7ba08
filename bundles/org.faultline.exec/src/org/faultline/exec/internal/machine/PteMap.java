package org.faultline.exec.internal.machine;

/**
 * One pte table mapping not yet unmapped: where it was made, and whether it holds an RCU read section that
 * its pte_unmap leaves (6.5 on, {@code __pte_offset_map} maps under rcu_read_lock).
 */
public record PteMap(String where, boolean rcu) {

	@Override
	public String toString() {
		return where;
	}
}
