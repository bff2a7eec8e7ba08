package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.List;

import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.DiffstatEntry;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchMail;
import org.faultline.patch.internal.DiffModel.FileDiff;
import org.faultline.patch.internal.DiffModel.Hunk;
import org.faultline.patch.internal.DiffModel.Line;
import org.faultline.patch.internal.PatchText.DeclaredDiffstat;

/** Between the engine's records and the EMF model that crosses bundle lines. */
public final class ModelConverter {

	private static final PatchFactory FACTORY = PatchFactory.eINSTANCE;

	private ModelConverter() {
	}

	public static org.faultline.model.patch.FileDiff toModel(FileDiff file) {
		org.faultline.model.patch.FileDiff model = FACTORY.createFileDiff();
		model.setOldPath(file.oldPath());
		model.setNewPath(file.newPath());
		model.setChangeType(file.changeType());
		model.setOldMode(file.oldMode());
		model.setNewMode(file.newMode());
		model.setOldBlob(file.oldBlob());
		model.setNewBlob(file.newBlob());
		model.setBinary(file.binary());
		model.setSourceLine(file.sourceLine());
		for (Hunk hunk : file.hunks())
			model.getHunks().add(toModel(hunk));
		return model;
	}

	private static org.faultline.model.patch.Hunk toModel(Hunk hunk) {
		org.faultline.model.patch.Hunk model = FACTORY.createHunk();
		model.setOldStart(hunk.oldStart());
		model.setOldCount(hunk.oldCount());
		model.setNewStart(hunk.newStart());
		model.setNewCount(hunk.newCount());
		model.setSection(hunk.section());
		model.setSourceLine(hunk.sourceLine());
		for (Line line : hunk.lines()) {
			HunkLine hunkLine = FACTORY.createHunkLine();
			hunkLine.setKind(line.kind());
			hunkLine.setText(line.text());
			hunkLine.setNoNewlineAtEnd(line.noNewlineAtEnd());
			model.getLines().add(hunkLine);
		}
		return model;
	}

	public static Diffstat toModel(DeclaredDiffstat stat) {
		Diffstat model = FACTORY.createDiffstat();
		model.setFilesChanged(stat.filesChanged());
		model.setInsertions(stat.insertions());
		model.setDeletions(stat.deletions());
		for (DeclaredDiffstat.Entry entry : stat.entries()) {
			DiffstatEntry modelEntry = FACTORY.createDiffstatEntry();
			modelEntry.setPath(entry.path());
			modelEntry.setChanges(entry.changes());
			modelEntry.setGraph(entry.graph());
			model.getEntries().add(modelEntry);
		}
		return model;
	}

	/** The file diffs of a mail as records. */
	public static List<FileDiff> fromModel(PatchMail mail) {
		List<FileDiff> files = new ArrayList<>();
		for (org.faultline.model.patch.FileDiff file : mail.getFileDiffs()) {
			List<Hunk> hunks = file.getHunks().stream()
					.map(h -> new Hunk(h.getOldStart(), h.getOldCount(), h.getNewStart(), h.getNewCount(), h.getSection(),
							h.getLines().stream().map(l -> new Line(l.getKind(), l.getText(), l.isNoNewlineAtEnd())).toList(),
							h.getSourceLine()))
					.toList();
			files.add(new FileDiff(file.getOldPath(), file.getNewPath(), file.getChangeType(), file.getOldMode(),
					file.getNewMode(), file.getOldBlob(), file.getNewBlob(), file.isBinary(), hunks,
					file.getSourceLine()));
		}
		return files;
	}
}
