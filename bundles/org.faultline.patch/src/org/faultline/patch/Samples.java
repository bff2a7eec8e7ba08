package org.faultline.patch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Sample patches shipped with Faultline; the CLI and the IDE offer the seed as "the sample". */
public final class Samples {

	/** Hugh Dickins' "[PATCH mmotm 4/5] huge tmpfs: avoid premature exposure of new pagetable revert" as copied from a web archive. */
	public static final String SEED = "seed-huge-tmpfs-4-5.txt";

	private Samples() {
	}

	/** The bytes of a sample, exactly as shipped. */
	public static byte[] bytes(String name) {
		try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
			if (in == null)
				throw new IllegalArgumentException("no sample named " + name);
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The seed, read. */
	public static org.faultline.model.patch.PatchSeries seed() throws PatchException {
		return PatchReader.read().setSource(SEED, bytes(SEED)).call();
	}
}
