package org.faultline.review.tests;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.faultline.patch.OwnPacks;

/**
 * A child process for {@link PackFoldTest}: folds Faultline's packs of a repository once, saying when it starts and
 * when it is done, so that the test can kill it in the middle.
 */
public final class FoldOnce {

	static final String FOLDING = "folding";

	static final String FOLDED = "folded";

	private FoldOnce() {
	}

	public static void main(String[] args) throws Exception {
		try (Repository repository = new FileRepositoryBuilder().setGitDir(new java.io.File(args[0])).setMustExist(true)
				.build()) {
			OwnPacks.recorded(repository); // JGit's classes loaded before the signal, so a kill lands in the fold
			System.out.println(FOLDING);
			System.out.flush();
			System.out.println(FOLDED + " " + OwnPacks.fold(repository));
		}
	}
}
