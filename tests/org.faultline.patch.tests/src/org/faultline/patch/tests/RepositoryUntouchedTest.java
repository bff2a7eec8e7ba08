package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Ref;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's repository after apply and series apply: working tree, index, HEAD, branches and tags hash the
 * same as before, and only refs under refs/faultline/ changed; a locked ref is a clear error, never a torn ref.
 */
class RepositoryUntouchedTest {

	@TempDir
	Path folder;

	private static final String ONE = "--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";

	private static String mail(int n, String from, String to) {
		return "From faultline Tue Mar  3 10:15:00 2026\nFrom: Ada <ada@example.org>\nDate: Tue, 3 Mar 2026 10:15:00 +0000\n"
				+ "Subject: [PATCH " + n + "/2] step " + n + "\n\nStep.\n---\n--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-"
				+ from + "\n+" + to + "\n c\n\n";
	}

	private static PatchSeries read(String text) throws PatchException {
		return PatchReader.read().setSource("p", text.getBytes(StandardCharsets.UTF_8)).call();
	}

	private TestRepository repositoryWithTagsAndBranches() throws Exception {
		TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\nb\nc\n"));
		repo.git().tag().setName("v1").setMessage("annotated").setTagger(TestRepository.REVIEWER).setSigned(false).call();
		repo.git().tag().setName("light").setAnnotated(false).call();
		repo.git().branchCreate().setName("topic").call();
		Files.writeString(folder.resolve("f.c"), "a\nb\nc\nuncommitted\n"); // a dirty working tree stays dirty
		Files.writeString(folder.resolve("new.txt"), "untracked\n");
		return repo;
	}

	private static Map<String, String> refsOutsideFaultline(TestRepository repo) throws Exception {
		Map<String, String> refs = new TreeMap<>();
		for (Ref ref : repo.repository().getRefDatabase().getRefs()) {
			if (!ref.getName().startsWith(ApplyCommand.REF_PREFIX))
				refs.put(ref.getName(), ref.getObjectId().name() + (ref.isSymbolic() ? " -> " + ref.getTarget().getName() : ""));
		}
		return refs;
	}

	@Test
	void applyAndSeriesLeaveEverythingButFaultlineRefs() throws Exception {
		try (TestRepository repo = repositoryWithTagsAndBranches()) {
			String hash = repo.userStateHash();
			Map<String, String> refs = refsOutsideFaultline(repo);
			byte[] index = Files.readAllBytes(folder.resolve(".git/index"));

			ApplyResult one = ApplyCommand.on(repo.repository()).setSeries(read(ONE)).setCommitter(TestRepository.REVIEWER)
					.call();
			ApplyResult series = ApplyCommand.on(repo.repository()).setSeries(read(mail(1, "b", "one") + mail(2, "one", "two")))
					.setCommitter(TestRepository.REVIEWER).call();

			assertTrue(one.complete() && series.complete());
			assertEquals(hash, repo.userStateHash());
			assertEquals(refs, refsOutsideFaultline(repo));
			assertArrayEquals(index, Files.readAllBytes(folder.resolve(".git/index")));
			assertEquals(2, repo.repository().getRefDatabase().getRefsByPrefix(ApplyCommand.REF_PREFIX).size());
			assertEquals("a\ntwo\nc\n", repo.read(series.head(), "f.c"));
		}
	}

	@Test
	void theHashSeesAChangeOfTagOrWorkingTree() throws Exception {
		try (TestRepository repo = repositoryWithTagsAndBranches()) {
			String hash = repo.userStateHash();
			repo.git().tag().setName("another").setAnnotated(false).call();
			String tagged = repo.userStateHash();
			Files.writeString(folder.resolve("new.txt"), "changed\n");
			assertFalse(hash.equals(tagged) || tagged.equals(repo.userStateHash()), "the check can fail");
		}
	}

	@Test
	void aLockedRefIsAClearErrorAndStaysAsItWas() throws Exception {
		try (TestRepository repo = repositoryWithTagsAndBranches()) {
			ApplyResult first = ApplyCommand.on(repo.repository()).setSeries(read(ONE)).setCommitter(TestRepository.REVIEWER)
					.call();
			Path ref = folder.resolve(".git").resolve(first.refName());
			byte[] before = Files.readAllBytes(ref);
			Path lock = ref.resolveSibling(ref.getFileName() + ".lock");
			Files.writeString(lock, "held by another git\n");
			String hash = repo.userStateHash();

			PatchException e = assertThrows(PatchException.class, () -> ApplyCommand.on(repo.repository())
					.setSeries(read(ONE.replace("+B", "+BB"))).setCommitter(TestRepository.REVIEWER).call());

			assertEquals("ref-locked", e.getProblems().getFirst().getCode());
			assertTrue(e.getMessage().startsWith("cannot update " + first.refName() + ": it is locked by another git process"),
					e.getMessage());
			assertArrayEquals(before, Files.readAllBytes(ref), "the ref is not torn");
			assertEquals("held by another git\n", Files.readString(lock), "the lock is not ours to take");
			assertEquals(hash, repo.userStateHash());
			Files.delete(lock);
		}
	}
}
