package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;
import org.faultline.patch.internal.BlobEvidence;
import org.faultline.patch.internal.DiffModel.Hunk;
import org.faultline.patch.internal.DiffModel.Line;
import org.faultline.patch.internal.FileRepair;
import org.faultline.patch.internal.HunkResult;
import org.faultline.model.patch.LineKind;
import org.junit.jupiter.api.Test;

/**
 * Generator-driven fuzzing with a fixed seed, so a failure is replayed by its seed and execution number. The
 * readers may only throw {@link PatchException}; the repair never throws and whatever it fits is the file's
 * own text. How many executions: {@code -Dfaultline.fuzz.executions=N}, at most {@code -Dfaultline.fuzz.minutes=M}
 * (docs/reliability.md).
 */
class FuzzTest {

	private static final long SEED = Long.getLong("faultline.fuzz.seed", 20_260_303L);

	private static int executions() {
		String value = System.getProperty("faultline.fuzz.executions", "");
		return value.isBlank() ? 2_000 : Integer.parseInt(value.strip());
	}

	/** A long run on demand can be given a time limit; it then says exactly how many executions it made. */
	private static long deadline() {
		String value = System.getProperty("faultline.fuzz.minutes", "");
		return value.isBlank() ? Long.MAX_VALUE : System.nanoTime() + (long) (Double.parseDouble(value) * 60e9);
	}

	/** Texts the mutations start from: each form the readers know. */
	private static final List<byte[]> STARTS = List.of(Samples.bytes(Samples.SEED), Fixtures.bytes("fault.patch"),
			Fixtures.bytes("table.patch"),
			("From faultline Tue Mar  3 10:15:00 2026\nFrom: =?utf-8?q?Ad=C3=A1?= <a@x>\nSubject: [PATCH 1/2] x\n"
					+ "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nbody=\n---\n"
					+ "diff --git a/f.c b/f.c\n--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-b\n+c=3D\n d\n\n"
					+ "From faultline Tue Mar  3 10:15:00 2026\nFrom: B <b@x>\nSubject: [PATCH 2/2] y\n"
					+ "Content-Transfer-Encoding: base64\n\nLS0tIGEvZi5jCisrKyBiL2YuYwpAQCAtMSArMSBAQAotYQorYgo=\n")
					.getBytes(StandardCharsets.UTF_8));

	/** Pieces that steer a reader into its less travelled paths. */
	private static final List<String> TOKENS = List.of("@@ -1,3 +1,2 @@\n", "@@ -0,0 +1 @@", "\ndiff --git a/x b/x\n",
			"--- a/f.c\n+++ b/f.c\n", "\nFrom faultline Mon Jan  1 00:00:00 2026\n", "\r\n", "\n-- \n", "\\ No newline at end of file\n",
			"Content-Transfer-Encoding: base64\n", "=?utf-8?b?w6k=?=", "Binary files a/x and b/y differ\n", "new file mode 120000\n",
			"\t", "  ", "\u0000", "\u00ff", "+", "-", " ", "\n", "/dev/null", "../", ".git/", "Subject: [PATCH 3/2]\n");

	@Test
	void readersThrowOnlyTheDocumentedException() {
		Random random = new Random(SEED);
		long deadline = deadline();
		int rejected = 0;
		int read = 0;
		for (int run = 0; run < executions() && System.nanoTime() < deadline; run++) {
			byte[] input = mutate(STARTS.get(random.nextInt(STARTS.size())), random);
			try {
				PatchReader.read().setSource("fuzz-" + run, input).call();
				read++;
			} catch (PatchException e) {
				rejected++;
				assertTrue(e.getMessage() != null && !e.getMessage().isBlank() && !e.getProblems().isEmpty(),
						"a rejection says why");
			} catch (RuntimeException e) {
				throw new AssertionError("seed " + SEED + " run " + run + ": " + e, e);
			}
		}
		System.out.println("fuzz readers: " + (read + rejected) + " executions, " + read + " read, " + rejected + " rejected");
		assertTrue(read + rejected == executions() || deadline != Long.MAX_VALUE);
	}

	@Test
	void repairNeverThrowsAndFitsOnlyTheFilesOwnText() {
		Random random = new Random(SEED + 1);
		long deadline = deadline();
		int fitted = 0;
		int failed = 0;
		int run = 0;
		for (; run < executions() && System.nanoTime() < deadline; run++) {
			List<String> file = randomFile(random);
			List<Hunk> hunks = randomHunks(file, random);
			// every eighth with an index line's post-image id of no candidate: the proof and line searches run
			// their (small) budgets, and a random id never proves a repair
			BlobEvidence evidence = run % 8 == 0
					? new BlobEvidence.PostImageId(String.format("%012x", random.nextLong() & 0xffffffffffffL), true,
							StandardCharsets.UTF_8, 8, () -> false)
					: new BlobEvidence.None();
			try {
				for (HunkResult result : FileRepair.fit("f.c", file, hunks, evidence)) {
					if (result.failed()) {
						failed++;
						continue;
					}
					fitted++;
					assertFalse(result.detail().contains("proven by"), "seed " + SEED + " run " + run + ": proven by chance");
					int at = result.repaired().oldCount() == 0 ? 0 : result.appliedAtLine() - 1;
					for (Line line : result.repaired().lines()) {
						if (line.kind() != LineKind.ADDED)
							assertEquals(file.get(at++), line.text(), "seed " + SEED + " run " + run + ": old side is the file's");
					}
				}
			} catch (RuntimeException e) {
				throw new AssertionError("seed " + SEED + " run " + run + ": " + e, e);
			}
		}
		System.out.println("fuzz repair: " + run + " executions, " + fitted + " hunks fitted, " + failed + " refused");
	}

	private static byte[] mutate(byte[] start, Random random) {
		byte[] bytes = start;
		for (int step = 1 + random.nextInt(6); step > 0; step--) {
			int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
			int length = Math.min(bytes.length - at, random.nextInt(64));
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
			out.write(bytes, 0, at);
			switch (random.nextInt(5)) {
				case 0 -> out.write(bytes, at + length, bytes.length - at - length); // cut
				case 1 -> { // repeat
					out.write(bytes, at, length);
					out.write(bytes, at, bytes.length - at);
				}
				case 2 -> { // a token
					out.writeBytes(TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
					out.write(bytes, at, bytes.length - at);
				}
				case 3 -> { // random bytes
					byte[] noise = new byte[1 + random.nextInt(8)];
					random.nextBytes(noise);
					out.writeBytes(noise);
					out.write(bytes, at + Math.min(length, noise.length), bytes.length - at - Math.min(length, noise.length));
				}
				default -> { // a digit changed: counts and line numbers
					out.write(bytes, at, bytes.length - at);
					byte[] changed = out.toByteArray();
					for (int i = at; i < changed.length; i++) {
						if (Character.isDigit(changed[i])) {
							changed[i] = (byte) ('0' + random.nextInt(10));
							break;
						}
					}
					bytes = changed;
					continue;
				}
			}
			bytes = out.toByteArray();
		}
		return bytes;
	}

	private static final String[] WORDS = { "if (x)", "{", "}", "return 0;", "\tfoo(a,", "\t    b);", "", " * note", "/*",
			"*/", "#define A\t1", "case 1:", "out:", "\t\tgoto out;", "x = y +", "\tz;" };

	private static List<String> randomFile(Random random) {
		List<String> file = new ArrayList<>();
		for (int i = random.nextInt(40); i > 0; i--) {
			String indent = "\t".repeat(random.nextInt(3));
			file.add(indent + WORDS[random.nextInt(WORDS.length)]);
		}
		return file;
	}

	/** Hunks cut from the file (maybe damaged, edited, misplaced), or made of nothing it has. */
	private static List<Hunk> randomHunks(List<String> file, Random random) {
		List<Hunk> hunks = new ArrayList<>();
		for (int h = random.nextInt(4); h >= 0; h--) {
			int start = file.isEmpty() ? 0 : random.nextInt(file.size());
			int count = Math.min(file.size() - start, random.nextInt(6));
			List<Line> lines = new ArrayList<>();
			for (int i = start; i < start + count; i++) {
				String text = random.nextInt(3) == 0 ? file.get(i).strip().replaceAll("[ \t]+", " ")
						: file.get(i);
				lines.add(new Line(random.nextBoolean() ? LineKind.CONTEXT : LineKind.REMOVED, text, false));
			}
			for (int i = random.nextInt(3); i > 0; i--) {
				lines.add(random.nextInt(lines.size() + 1),
						new Line(LineKind.ADDED, (random.nextBoolean() ? " " : "") + WORDS[random.nextInt(WORDS.length)], false));
			}
			int oldCount = (int) lines.stream().filter(l -> l.kind() != LineKind.ADDED).count();
			int newCount = (int) lines.stream().filter(l -> l.kind() != LineKind.REMOVED).count();
			int header = Math.max(0, start + 1 + random.nextInt(11) - 5);
			hunks.add(new Hunk(header, oldCount, header, newCount, "", List.copyOf(lines), 1));
		}
		return hunks;
	}
}
