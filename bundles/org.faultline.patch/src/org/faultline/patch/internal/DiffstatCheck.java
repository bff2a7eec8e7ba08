package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.List;

import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.DiffstatEntry;
import org.faultline.model.patch.PatchFactory;

/** Compares what a mail declares in its diffstat with what applying it changed, per file and in total. */
public final class DiffstatCheck {

	private DiffstatCheck() {
	}

	public static Diffstat applied(List<TreePatcher.FileStat> stats) {
		Diffstat diffstat = PatchFactory.eINSTANCE.createDiffstat();
		for (TreePatcher.FileStat stat : stats) {
			DiffstatEntry entry = PatchFactory.eINSTANCE.createDiffstatEntry();
			entry.setPath(stat.path());
			entry.setChanges(stat.insertions() + stat.deletions());
			diffstat.getEntries().add(entry);
			diffstat.setInsertions(diffstat.getInsertions() + stat.insertions());
			diffstat.setDeletions(diffstat.getDeletions() + stat.deletions());
		}
		diffstat.setFilesChanged(stats.size());
		return diffstat;
	}

	/**
	 * @param reverse
	 *            whether the patch was applied in reverse, which swaps declared insertions and deletions
	 * @return a warning per mismatch
	 */
	public static List<Problem> compare(Diffstat declared, Diffstat applied, boolean reverse) {
		List<Problem> problems = new ArrayList<>();
		for (DiffstatEntry entry : declared.getEntries()) {
			String declaredPath = entry.getPath().replaceFirst("^\\.\\.\\.", "");
			DiffstatEntry match = applied.getEntries().stream()
					.filter(a -> a.getPath().equals(declaredPath) || a.getPath().endsWith(declaredPath)).findFirst()
					.orElse(null);
			if (match == null) {
				problems.add(mismatch(entry.getPath() + ": declared " + entry.getChanges() + " changed lines, none applied"));
			} else if (match.getChanges() != entry.getChanges()) {
				problems.add(mismatch(entry.getPath() + ": declared " + entry.getChanges() + " changed lines, applied "
						+ match.getChanges()));
			}
		}
		int insertions = reverse ? declared.getDeletions() : declared.getInsertions();
		int deletions = reverse ? declared.getInsertions() : declared.getDeletions();
		if (declared.getFilesChanged() != applied.getFilesChanged() || insertions != applied.getInsertions()
				|| deletions != applied.getDeletions()) {
			problems.add(mismatch("declared " + summary(declared.getFilesChanged(), insertions, deletions)
					+ ", applied " + summary(applied.getFilesChanged(), applied.getInsertions(), applied.getDeletions())));
		}
		return problems;
	}

	public static String summary(int files, int insertions, int deletions) {
		return files + (files == 1 ? " file, " : " files, ") + insertions + " insertions(+), " + deletions
				+ " deletions(-)";
	}

	private static Problem mismatch(String message) {
		return Problem.warning("diffstat-mismatch", message, null, -1, 0);
	}
}
