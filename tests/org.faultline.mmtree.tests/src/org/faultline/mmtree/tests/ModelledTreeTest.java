package org.faultline.mmtree.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.lib.Constants;
import org.faultline.mmtree.ModelledTree;
import org.faultline.mmtree.internal.ModelResources;
import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeKind;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

class ModelledTreeTest {

	@Test
	void buildingTwiceGivesTheSameCommitIds() throws Exception {
		try (ModelledTree first = ModelledTree.open(); ModelledTree second = ModelledTree.open()) {
			assertEquals(first.v46Commit(), second.v46Commit());
			assertEquals(first.baseCommit(), second.baseCommit());
		}
	}

	@Test
	void historyIsTheV46ModelThenHugeTmpfs() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			assertEquals(1, tree.baseCommit().getParentCount());
			assertEquals(tree.v46Commit(), tree.baseCommit().getParent(0));
			assertEquals(0, tree.v46Commit().getParentCount());
			assertEquals("model of v4.6-rc", tree.v46Commit().getShortMessage());
			assertEquals("huge tmpfs (model)", tree.baseCommit().getShortMessage());
			assertEquals(tree.baseCommit(), tree.repository().exactRef(Constants.HEAD).getObjectId(),
					"HEAD is the seed's base");
			assertEquals(tree.v46Commit(), tree.repository().exactRef(ModelledTree.V4_6_RC_TAG).getObjectId());

			SourceTree model = tree.toSourceTree();
			assertEquals(TreeKind.EMBEDDED_MODEL, model.getKind());
			assertEquals(tree.baseCommit().name(), model.getVersions().get(1).getCommitId());
		}
	}

	@Test
	void hugeTmpfsChangesTheFaultPathAndAddsPageteam() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			Map<String, byte[]> v46 = TreeFiles.read(tree.repository(), tree.v46Commit());
			Map<String, byte[]> huge = TreeFiles.read(tree.repository(), tree.baseCommit());
			Set<String> changed = new TreeSet<>();
			for (String path : union(v46.keySet(), huge.keySet())) {
				if (!v46.containsKey(path) || !huge.containsKey(path)
						|| !java.util.Arrays.equals(v46.get(path), huge.get(path))) {
					changed.add(path);
				}
			}
			assertEquals(Set.of("include/linux/mm.h", "include/linux/pageteam.h", "mm/filemap.c", "mm/memory.c"), changed);
			String before = new String(huge.get("mm/memory.c"), StandardCharsets.UTF_8);
			String after = new String(v46.get("mm/memory.c"), StandardCharsets.UTF_8);
			assertTrue(before.contains("#include <linux/pageteam.h>"));
			assertFalse(after.contains("#include <linux/pageteam.h>"));
			assertNotEquals(signature(before, "handle_pte_fault"), signature(after, "handle_pte_fault"));
		}
	}

	@Test
	void treeFileListNamesExactlyTheEmbeddedTree() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(ModelledTree.class);
		assertNotNull(bundle, "runs inside OSGi");
		String prefix = "/tree/";
		List<String> entries = new ArrayList<>();
		for (URL url : Collections.list(bundle.findEntries("tree", "*", true))) {
			String path = url.getPath();
			if (!path.endsWith("/"))
				entries.add(path.substring(path.indexOf(prefix) + prefix.length()));
		}
		Collections.sort(entries);
		assertEquals(entries, ModelResources.treeFiles());
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	private static String signature(String source, String function) {
		int start = source.indexOf(function + "(struct mm_struct");
		return source.substring(start, source.indexOf(')', start));
	}
}
