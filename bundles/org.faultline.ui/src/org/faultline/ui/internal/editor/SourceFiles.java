package org.faultline.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.faultline.model.patch.FileDiff;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;

/**
 * The files a review's patches touch, each of both versions, as the Source page shows them: read, outlined and
 * coloured by the job that opens the review, so that showing one costs the display thread only the compare's
 * widgets.
 */
public final class SourceFiles {

	/** The file the Source page opens on when the patch touches it. */
	static final String DEFAULT_FILE = "mm/memory.c";

	private final Map<String, VersionFile[]> files;

	private SourceFiles(Map<String, VersionFile[]> files) {
		this.files = files;
	}

	/** Reads every patched file of both versions; the session must have an after version. */
	public static SourceFiles read(ReviewSession session, IProgressMonitor monitor) throws ReviewException, IOException {
		List<String> paths = patched(session);
		SubMonitor progress = SubMonitor.convert(monitor, paths.size());
		Map<String, VersionFile[]> files = new LinkedHashMap<>();
		for (String path : paths) {
			files.put(path,
					new VersionFile[] { VersionFile.read(session.before(), path), VersionFile.read(session.after(), path) });
			progress.split(1);
		}
		return new SourceFiles(files);
	}

	private static List<String> patched(ReviewSession session) {
		Set<String> paths = new LinkedHashSet<>();
		for (var report : session.document().getApplyReports())
			for (FileDiff f : report.getPatch().getFileDiffs())
				paths.add(f.getNewPath() == null || f.getNewPath().equals("/dev/null") ? f.getOldPath() : f.getNewPath());
		return new ArrayList<>(paths);
	}

	List<String> paths() {
		return new ArrayList<>(files.keySet());
	}

	/** The file's before and after versions; null for a file the patches do not touch. */
	VersionFile[] versions(String path) {
		return files.get(path);
	}
}
