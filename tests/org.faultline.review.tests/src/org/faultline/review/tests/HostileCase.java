package org.faultline.review.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchReader;

/**
 * A child process for {@link MemoryCeilingTest}: runs one case of issue 15's hostile corpus (the inputs of
 * HostileInputTest and HostileSourceTest, made again here) in a heap as small as its command line gives, and
 * prints what it allocated and the most heap it used. Exits with an error when the case fails; an
 * OutOfMemoryError ends it too.
 */
public final class HostileCase {

	/** The cases by name. */
	enum Case {
		TEN_MEGABYTE_LINE, THOUSAND_MESSAGE_MBOX, PATCH_BOMB, HUNDRED_THOUSAND_LINE_FILE, WHOLE_TREE_DELETED,
		HUNDRED_THOUSAND_LINE_C, NESTED_C
	}

	private HostileCase() {
	}

	/** @param args the case's name and an empty folder it may write a repository into */
	public static void main(String[] args) throws Exception {
		Case c = Case.valueOf(args[0]);
		Path dir = Path.of(args[1]);
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
		Input input = input(c); // made before measuring: the input is the case's, not the code's
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long before = threads.getCurrentThreadAllocatedBytes();
		if (!run(input, dir))
			System.exit(2);
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.println("allocated=" + allocated + " peak=" + peak);
	}

	/**
	 * What a case reads: a patch applied to files, or C files parsed.
	 *
	 * @param emptiesTree whether the patch deletes every file, which the result must show
	 */
	private record Input(Map<String, String> files, String patch, List<String> cFiles, boolean emptiesTree) {

		Input(Map<String, String> files, String patch, List<String> cFiles) {
			this(files, patch, cFiles, false);
		}
	}

	private static Input input(Case c) {
		return switch (c) {
			case TEN_MEGABYTE_LINE -> new Input(Map.of("f.c", "a\nb\n"),
					"--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n a\n-b\n+" + "x".repeat(10 << 20) + "\n", null);
			case THOUSAND_MESSAGE_MBOX -> {
				StringBuilder mbox = new StringBuilder();
				for (int n = 1000; n >= 1; n--)
					mbox.append("From faultline Tue Mar  3 10:15:00 2026\nFrom: Ada <ada@example.org>\n")
							.append("Date: Tue, 3 Mar 2026 10:15:00 +0000\nSubject: [PATCH ").append(n).append("/1000] step ")
							.append(n).append("\n\nStep ").append(n).append(".\n---\ndiff --git a/f.c b/f.c\n--- a/f.c\n")
							.append("+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-v").append(n - 1).append("\n+v").append(n)
							.append("\n c\n\n");
				yield new Input(Map.of("f.c", "a\nv0\nc\n"), mbox.toString(), null);
			}
			case PATCH_BOMB -> {
				StringBuilder file = new StringBuilder();
				StringBuilder patch = new StringBuilder("--- a/f.c\n+++ b/f.c\n");
				for (int i = 0; i < 5000; i++) {
					file.append("keep ").append(i).append("\nline ").append(i).append('\n');
					patch.append("@@ -").append(2 * i + 2).append(",1 +").append(2 * i + 2).append(",1 @@\n-line ").append(i)
							.append("\n+LINE ").append(i).append('\n');
				}
				yield new Input(Map.of("f.c", file.toString()), patch.toString(), null);
			}
			case HUNDRED_THOUSAND_LINE_FILE -> {
				StringBuilder source = new StringBuilder();
				for (int i = 0; i < 100_000; i++)
					source.append("\tcount += ").append(i).append(";\n");
				yield new Input(Map.of("big.c", source.toString()), "--- a/big.c\n+++ b/big.c\n@@ -99959,2 +99959,2 @@\n"
						+ " \tcount += 99998;\n-\tcount += 99999;\n+\tcount -= 1;\n", null);
			}
			case WHOLE_TREE_DELETED -> { // 1,000 files of 100 lines in 10 folders, each deleted by its own diff
				Map<String, String> files = new HashMap<>();
				StringBuilder patch = new StringBuilder();
				for (int f = 0; f < 1000; f++) {
					String path = "mm/d" + f / 100 + "/f" + f + ".c";
					StringBuilder text = new StringBuilder();
					for (int i = 0; i < 100; i++)
						text.append("\tcount += ").append(f * 100 + i).append(";\n");
					files.put(path, text.toString());
					patch.append("diff --git a/").append(path).append(" b/").append(path)
							.append("\ndeleted file mode 100644\n--- a/").append(path)
							.append("\n+++ /dev/null\n@@ -1,100 +0,0 @@\n");
					text.toString().lines().forEach(l -> patch.append('-').append(l).append('\n'));
				}
				yield new Input(files, patch.toString(), null, true);
			}
			case HUNDRED_THOUSAND_LINE_C -> {
				StringBuilder text = new StringBuilder();
				for (int lines = 0, f = 0; lines < 100_000; lines += 6, f++)
					text.append("static int fn_").append(f).append("(struct page *page)\n{\n\tif (PageLocked(page))\n")
							.append("\t\treturn -EBUSY;\n\treturn 0;\n}\n");
				yield new Input(null, null, List.of(text.toString()));
			}
			case NESTED_C -> {
				int n = 10_000;
				yield new Input(null, null, List.of("{".repeat(n) + "x++;" + "}".repeat(n) + "\n",
						"if (x) {\n".repeat(n) + "x++;\n" + "}\n".repeat(n),
						"return " + "(".repeat(n) + "x" + ")".repeat(n) + ";\n",
						"#if X > 0\n".repeat(n) + "x++;\n" + "#endif\n".repeat(n), "return x" + " + x".repeat(n) + ";\n")
						.stream().map(body -> "int f(int x)\n{\n" + body + "return 0;\n}\nint g(void) { return 1; }\n")
						.toList());
			}
		};
	}

	/**
	 * @return whether the case ended as its test says: the patch applied whole (leaving no file where it deletes
	 *         them all), every C file's last function found
	 */
	private static boolean run(Input input, Path dir) throws Exception {
		if (input.cFiles() != null) {
			for (String text : input.cFiles()) {
				Program program = SourceSet.from(SourceSet.of(Map.of("mm/f.c", text))).file("mm/f.c")
						.configuration(Configuration.none().with("X", 1)).load();
				if (program.functions().isEmpty() || !program.functions().getLast().name().matches("fn_16666|g"))
					return false;
			}
			return true;
		}
		try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call()) {
			for (var file : input.files().entrySet()) {
				Path path = dir.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.getValue());
			}
			git.add().addFilepattern(".").call();
			git.commit().setMessage("base").setAuthor(UserRepository.USER).setCommitter(UserRepository.USER).call();
			ApplyResult result = ApplyCommand.on(git.getRepository())
					.setSeries(PatchReader.read().setSource("hostile", input.patch().getBytes(StandardCharsets.UTF_8)).call())
					.setCommitter(UserRepository.USER).call();
			if (!result.complete() || !input.emptiesTree())
				return result.complete();
			try (RevWalk commits = new RevWalk(git.getRepository());
					TreeWalk files = new TreeWalk(git.getRepository())) {
				files.addTree(commits.parseCommit(result.head()).getTree());
				files.setRecursive(true);
				return !files.next();
			}
		}
	}
}
