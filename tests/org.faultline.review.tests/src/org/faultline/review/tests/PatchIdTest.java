package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;
import org.faultline.model.patch.PatchMail;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;
import org.faultline.review.PatchId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review key is what git patch-id --stable says, for the damaged seed and for git's own output. */
class PatchIdTest {

	@TempDir
	Path dir;

	@Test
	void theDamagedSeedHasTheIdGitGivesTheAppliedCommit() throws Exception {
		try (Git git = UserRepository.create(dir.resolve("linux"))) {
			var repo = git.getRepository();
			var applied = org.faultline.patch.ApplyCommand.on(repo).setSeries(Samples.seed()).call();
			String formatPatch = git(null, "format-patch", "--stdout", "-1", applied.head().name());
			String gitId = git(formatPatch, "patch-id", "--stable").split(" ")[0];
			assertEquals(gitId, PatchId.of(Samples.seed().getPatches().get(0)), "damaged copy, git's id");
			PatchMail clean = PatchReader.read().setSource("clean.patch", formatPatch.getBytes(StandardCharsets.UTF_8))
					.call().getPatches().get(0);
			assertEquals(gitId, PatchId.of(clean), "git's own format-patch");
			clean.getFileDiffs().get(0).getHunks().get(0).getLines().get(0).setText("something else");
			assertNotEquals(gitId, PatchId.of(clean));
		}
	}

	/** Runs git in the checkout, with {@code input} (or nothing) on its standard input. */
	private String git(String input, String... args) throws Exception {
		String[] command = new String[args.length + 3];
		command[0] = "git";
		command[1] = "-C";
		command[2] = dir.resolve("linux").toString();
		System.arraycopy(args, 0, command, 3, args.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (input != null)
			try (var in = process.getOutputStream()) {
				in.write(input.getBytes(StandardCharsets.UTF_8));
			}
		else
			process.getOutputStream().close();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		process.getInputStream().transferTo(out);
		process.waitFor(60, TimeUnit.SECONDS);
		assertEquals(0, process.exitValue(), out.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}
}
