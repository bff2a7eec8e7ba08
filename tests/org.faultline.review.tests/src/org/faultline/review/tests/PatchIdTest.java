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
	void theIdIsGitsAndAWebArchiveCopyHasTheSameOne() throws Exception {
		try (Git git = UserRepository.create(dir.resolve("linux"))) {
			var applied = org.faultline.patch.ApplyCommand.on(git.getRepository()).setSeries(Samples.seed()).call();
			String formatPatch = git(null, "format-patch", "--stdout", "-1", applied.head().name());
			String gitId = git(formatPatch, "patch-id", "--stable").split(" ")[0];
			assertEquals(gitId, PatchId.of(read("clean.patch", formatPatch)), "git's own format-patch");
			assertEquals(gitId, PatchId.of(read("archive.txt", webArchiveCopy(formatPatch))),
					"the same patch with its whitespace collapsed as a web archive shows it");
			PatchMail changed = read("clean.patch", formatPatch);
			changed.getFileDiffs().get(0).getHunks().get(0).getLines().get(0).setText("something else");
			assertNotEquals(gitId, PatchId.of(changed));
		}
	}

	private static PatchMail read(String name, String text) throws Exception {
		return PatchReader.read().setSource(name, text.getBytes(StandardCharsets.UTF_8)).call().getPatches().get(0);
	}

	/** What a web archive page makes of a mail: no leading whitespace, every run of whitespace one space. */
	private static String webArchiveCopy(String mail) {
		StringBuilder copy = new StringBuilder();
		for (String line : mail.split("\n", -1))
			copy.append(line.strip().replaceAll("\\s+", " ")).append('\n');
		return copy.toString();
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
