package org.faultline.c.parse.internal;

import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Direct access to tree-sitter's tree cursor and node functions. The binding's public accessors each make two
 * native calls (a null check first) and its cursor re-attaches every node to its tree in Java; a syntax copy
 * makes tens of thousands of calls, so it uses the binding's own native entry points (protected in
 * {@link TSParser}) on a cursor it owns. Never instantiated; every pointer comes from the binding itself and
 * is used only while the {@link TSTree} it belongs to is open.
 */
final class NativeTree extends TSParser {

	private NativeTree() {
		throw new AssertionError("static access only");
	}

	/** @return a new cursor (native pointer) on the root of an open tree; free it with {@link #deleteCursor}. */
	static long cursor(TSTree tree) {
		return ts_tree_cursor_new(tree.getRootNode());
	}

	static void deleteCursor(long cursor) {
		ts_tree_cursor_delete(cursor);
	}

	static TSNode node(long cursor) {
		return ts_tree_cursor_current_node(cursor);
	}

	static int fieldId(long cursor) {
		return ts_tree_cursor_current_field_id(cursor);
	}

	static String fieldName(long cursor) {
		return ts_tree_cursor_current_field_name(cursor);
	}

	static boolean firstChild(long cursor) {
		return ts_tree_cursor_goto_first_child(cursor);
	}

	static boolean nextSibling(long cursor) {
		return ts_tree_cursor_goto_next_sibling(cursor);
	}

	/** @return whether the cursor moved to the first child of its node that ends after {@code offset} */
	static boolean firstChildForByte(long cursor, int offset) {
		return ts_tree_cursor_goto_first_child_for_byte(cursor, offset) >= 0;
	}

	static boolean parent(long cursor) {
		return ts_tree_cursor_goto_parent(cursor);
	}

	static int childCount(TSNode node) {
		return ts_node_child_count(node);
	}

	/** @return the node's child at {@code index}, which must be less than {@link #childCount} */
	static TSNode child(TSNode node, int index) {
		return ts_node_child(node, index);
	}

	static int symbol(TSNode node) {
		return ts_node_symbol(node);
	}

	static String type(TSNode node) {
		return ts_node_type(node);
	}

	static boolean named(TSNode node) {
		return ts_node_is_named(node);
	}

	static boolean missing(TSNode node) {
		return ts_node_is_missing(node);
	}

	/** @return whether the node is or holds an error or a missing token */
	static boolean hasError(TSNode node) {
		return ts_node_has_error(node);
	}

	/** @return whether the node is one the grammar allows anywhere (in C: a comment) */
	static boolean extra(TSNode node) {
		return ts_node_is_extra(node);
	}

	static int startByte(TSNode node) {
		return ts_node_start_byte(node);
	}

	static int endByte(TSNode node) {
		return ts_node_end_byte(node);
	}
}
