package org.faultline.patch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.internal.MailConverter;
import org.faultline.patch.internal.PatchInputException;
import org.faultline.patch.internal.SeriesAssembler;
import org.faultline.patch.internal.SourceSplitter;

/**
 * Reads patches in every form a reviewer gets them: a mail (.eml), an mbox of a series, git format-patch
 * files, plain unified diffs (git or quilt style) and text copied from a web archive page.
 *
 * <pre>
 * PatchSeries series = PatchReader.read().setSource(path).call();
 * </pre>
 */
public final class PatchReader {

	private String label;

	private byte[] content;

	private PatchReader() {
	}

	/** A new reader; give it a source, then {@link #call()}. */
	public static PatchReader read() {
		return new PatchReader();
	}

	/** Reads from a file; its path labels problems. */
	public PatchReader setSource(Path file) throws PatchException {
		try {
			return setSource(file.toString(), Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			throw PatchExceptions.of("cannot-read", "no such file: " + file, file.toString());
		} catch (IOException e) {
			throw PatchExceptions.of("cannot-read", "cannot read " + file + ": " + e.getMessage(), file.toString());
		}
	}

	/** Reads from bytes in memory, labelled for problems. */
	public PatchReader setSource(String sourceLabel, byte[] bytes) {
		this.label = sourceLabel;
		this.content = bytes.clone();
		return this;
	}

	/**
	 * @return the patches in series order, with the cover letter when there is one and warnings about what was
	 *         left out
	 * @throws PatchException
	 *             on a source that is no patch or a diff that is malformed
	 */
	public PatchSeries call() throws PatchException {
		if (content == null)
			throw new IllegalStateException("no source set");
		List<MailConverter.Converted> mails = new ArrayList<>();
		try {
			for (SourceSplitter.Part part : SourceSplitter.split(content))
				mails.add(MailConverter.convert(part.mail(), part.form()));
		} catch (PatchInputException e) {
			throw PatchExceptions.of(e.problem(), label);
		} catch (IllegalArgumentException e) {
			throw PatchExceptions.of("malformed-mail", "malformed mail in " + label + ": " + e.getMessage(), label);
		}
		PatchSeries series = SeriesAssembler.assemble(label, mails);
		if (series.getPatches().isEmpty())
			throw PatchExceptions.of("no-patch", "no diff found in " + label, label);
		return series;
	}
}
