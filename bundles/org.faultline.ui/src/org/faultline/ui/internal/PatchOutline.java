package org.faultline.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.DiffstatEntry;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Trailer;

/**
 * The rows of the Patch view's outline: each patch of a series with its header fields, trailers, declared
 * diffstat, files and problems. A row knows the source line it stands for, so selecting it can reveal
 * that line in the text.
 */
record PatchOutline(String label, int sourceLine, List<PatchOutline> children) {

	static List<PatchOutline> of(PatchSeries series) {
		List<PatchOutline> rows = new ArrayList<>();
		if (series.getCoverLetter() != null)
			rows.add(patch("cover letter", series.getCoverLetter()));
		for (PatchMail mail : series.getPatches()) {
			String position = mail.getSeriesTotal() > 0 ? "[" + mail.getSeriesIndex() + "/" + mail.getSeriesTotal() + "] " : "";
			rows.add(patch(position + mail.getSubject(), mail));
		}
		if (!series.getProblems().isEmpty())
			rows.add(problems(series.getProblems()));
		return rows;
	}

	static List<PatchOutline> of(List<PatchProblem> problems) {
		return List.of(problems(problems));
	}

	private static PatchOutline patch(String label, PatchMail mail) {
		int line = mail.getSourceLine();
		List<PatchOutline> rows = new ArrayList<>();
		rows.add(leaf("Author: " + mail.getAuthorName() + " <" + mail.getAuthorAddress() + ">", line));
		rows.add(leaf("Date: " + mail.getDateText(), line));
		if (mail.getSeriesVersion() > 1)
			rows.add(leaf("Version: v" + mail.getSeriesVersion(), line));
		if (!mail.getTrailers().isEmpty()) {
			List<PatchOutline> trailers = new ArrayList<>();
			for (Trailer trailer : mail.getTrailers())
				trailers.add(leaf(trailer.getKey() + ": " + trailer.getValue(), line));
			rows.add(new PatchOutline("Trailers (" + trailers.size() + ")", line, trailers));
		}
		Diffstat declared = mail.getDeclaredDiffstat();
		if (declared != null) {
			List<PatchOutline> entries = new ArrayList<>();
			for (DiffstatEntry entry : declared.getEntries())
				entries.add(leaf(entry.getPath() + " | " + entry.getChanges() + " " + entry.getGraph(), line));
			rows.add(new PatchOutline("Declared diffstat: " + declared.getFilesChanged() + " files, "
					+ declared.getInsertions() + " insertions(+), " + declared.getDeletions() + " deletions(-)", line, entries));
		}
		List<PatchOutline> files = new ArrayList<>();
		for (FileDiff file : mail.getFileDiffs()) {
			int first = file.getHunks().isEmpty() ? line : file.getHunks().get(0).getSourceLine();
			files.add(leaf(file.getNewPath() + " (" + file.getHunks().size() + " hunks, " + file.getChangeType().getLiteral().toLowerCase()
					+ ")", first));
		}
		rows.add(new PatchOutline("Files (" + files.size() + ")", line, files));
		return new PatchOutline(label, line, rows);
	}

	private static PatchOutline problems(List<PatchProblem> problems) {
		List<PatchOutline> rows = new ArrayList<>();
		for (PatchProblem problem : problems) {
			rows.add(leaf(problem.getSeverity().getLiteral().toLowerCase() + ": " + where(problem) + problem.getMessage(),
					problem.getSourceLine()));
		}
		return new PatchOutline("Problems (" + rows.size() + ")", 0, rows);
	}

	/** "mm/memory.c hunk 2, line 40: " as far as the problem knows where it is. */
	private static String where(PatchProblem problem) {
		StringBuilder where = new StringBuilder();
		if (problem.getPath() != null) {
			where.append(problem.getPath());
			if (problem.getHunkIndex() > 0)
				where.append(" hunk ").append(problem.getHunkIndex());
		}
		if (problem.getSourceLine() > 0)
			where.append(where.isEmpty() ? "" : ", ").append("line ").append(problem.getSourceLine());
		return where.isEmpty() ? "" : where + ": ";
	}

	private static PatchOutline leaf(String label, int sourceLine) {
		return new PatchOutline(label, sourceLine, List.of());
	}

	@Override
	public String toString() {
		return label;
	}
}
