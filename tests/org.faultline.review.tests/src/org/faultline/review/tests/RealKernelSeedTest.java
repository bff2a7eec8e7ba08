package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.Finding;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in ({@code -Dfaultline.kernel=DIR}, a real Linux 4.6 git checkout; README): the seed on its real base. The
 * seed's after-image of mm/memory.c and mm/filemap.c is mainline v4.6's, so its base is the checkout with the
 * seed applied in reverse. The old version must show the three problems the patch's message names, the new
 * one (real v4.6) none of them, and no shipped scenario may find on real v4.6 what the kernel does not have.
 * <p>
 * The checkout is only read: the reverse apply writes its commit into a repository of the test's own that
 * borrows the checkout's objects.
 */
class RealKernelSeedTest {

	/**
	 * Names the seed's pre-image uses that come from the huge-tmpfs series it was written against (the -mm
	 * tree of April 2016), defined in headers the patch does not touch: a v4.6 tree does not have them.
	 */
	private static final Set<String> HUGE_TMPFS_NAMES = Set.of("FAULT_FLAG_MAY_HUGE", "VM_FAULT_HUGE",
			"map_team_by_pmd()");

	@TempDir
	static Path dir;

	private static ExecutableVersion old, v46;

	@BeforeAll
	static void reverseApplyTheSeed() throws Exception {
		String kernel = System.getProperty("faultline.kernel", "");
		assumeTrue(!kernel.isBlank(), "no real kernel tree: run with -Dfaultline.kernel=DIR");
		Path git = Path.of(kernel, ".git");
		assumeTrue(Files.isDirectory(git.resolve("objects")), kernel + " is not a git checkout");
		Repository own = borrowing(git);
		try (ReviewBase base = ReviewBase.of(own);
				ReviewSession session = ReviewSession.on(base).setSample().setReverse(true).setBaseRevision("HEAD")
						.open()) {
			assertTrue(session.hasAfter(), () -> "the seed does not apply in reverse: " + session.applyResult());
			v46 = session.before().executable().withLabel("v4.6");
			old = session.after().executable().withLabel("seed's base");
		}
	}

	/** A repository in the test's folder whose objects are the checkout's, HEAD at the checkout's HEAD. */
	private static Repository borrowing(Path checkoutGit) throws IOException {
		ObjectId head;
		try (Repository checkout = new FileRepositoryBuilder().setGitDir(checkoutGit.toFile()).setMustExist(true)
				.build()) {
			head = checkout.resolve("HEAD^{commit}");
		}
		Repository own = new FileRepositoryBuilder().setGitDir(dir.resolve("own.git").toFile()).build();
		own.create(true);
		Files.writeString(dir.resolve("own.git/objects/info/alternates"),
				checkoutGit.resolve("objects").toAbsolutePath() + "\n");
		var update = own.updateRef("refs/heads/master");
		update.setNewObjectId(head);
		update.forceUpdate();
		return own;
	}

	private static RunResult run(String scenario, ExecutableVersion v) throws Exception {
		return FaultRun.scenario(NamedScenarios.load(scenario)).version(v).setTrace(true).call();
	}

	@Test
	void theOldVersionAllocatesUnderThePageLockAndV46DoesNot() throws Exception {
		RunResult before = run("read-cached-pmd-none", old);
		assertTrue(before.has(FindingKind.ALLOCATION_UNDER_LOCK), before.report());
		RunResult after = run("read-cached-pmd-none", v46);
		assertEquals(List.of(), after.findings(), after.report());
		assertEquals(List.of(), after.unknown(), after.report());
	}

	@Test
	void theOldVersionMapsAPteWithoutATableAndRefaultsOnDaxAndV46DoesNot() throws Exception {
		RunResult before = run("cow-dax-nopage-pmd-none", old);
		assertTrue(before.has(FindingKind.PTE_MAPPED_WITHOUT_TABLE), before.report());
		assertTrue(before.has(FindingKind.REFAULT), before.report());
		RunResult after = run("cow-dax-nopage-pmd-none", v46);
		assertEquals(List.of(), after.findings(), after.report());
		assertEquals(List.of(), after.unknown(), after.report());
	}

	@Test
	void theOldVersionCallsFaultBeforeFaultAroundOnAHotCacheAndV46MapsWithoutIt() throws Exception {
		List<String> before = calls(run("read-hot-faultaround", old));
		assertTrue(before.contains("filemap_fault") && before.contains("filemap_map_pages"), before.toString());
		assertTrue(before.indexOf("filemap_fault") < before.indexOf("filemap_map_pages"), before.toString());
		RunResult after = run("read-hot-faultaround", v46);
		assertTrue(calls(after).contains("filemap_map_pages"), after.report());
		assertTrue(!calls(after).contains("filemap_fault"), after.report());
		assertEquals(List.of(), after.findings(), after.report());
	}

	/**
	 * The old version is incomplete, and only for the huge-tmpfs names its tree lacks: the runs take them as 0,
	 * which is what a tree without that series does (no ->fault returns VM_FAULT_HUGE).
	 */
	@Test
	void theOldVersionIsIncompleteOnlyForTheHugeTmpfsNamesAndV46IsComplete() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (String name : NamedScenarios.names()) {
			for (String u : run(name, old).unknown())
				if (!HUGE_TMPFS_NAMES.contains(u))
					wrong.add(name + " (old): " + u);
			RunResult r = run(name, v46);
			if (r.incomplete() || !r.completed())
				wrong.add(name + " (v4.6): " + (r.incomplete() ? r.incompleteText() : "did not complete"));
		}
		assertEquals(List.of(), wrong, String.join("\n", wrong));
	}

	/** Real v4.6 has none of the problems the engine checks for in any shipped scenario. */
	@Test
	void noShippedScenarioFindsOnV46WhatTheKernelDoesNotHave() throws Exception {
		List<String> found = new ArrayList<>();
		for (String name : NamedScenarios.names())
			for (Finding f : run(name, v46).findings())
				found.add(name + ": " + f);
		assertEquals(List.of(), found, String.join("\n", found));
	}

	private static List<String> calls(RunResult r) {
		return r.trace().stream().filter(e -> e.kind() == TraceEventKind.CALL)
				.map(e -> e.what().substring(0, e.what().indexOf('('))).toList();
	}
}
