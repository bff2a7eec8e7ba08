package org.faultline.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.emf.CModelExport;
import org.faultline.exec.FaultlineRun;
import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationExport;
import org.faultline.explore.ExplorationResult;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.exec.ModelExport;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioException;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewFactory;
import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeFactory;
import org.faultline.model.tree.TreeVersion;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;

/**
 * One patch (or series) under review on one base: what the IDE's editor and the CLI's commands stand on. Opening
 * reads the patch, applies it in-core through {@link ApplyCommand} (the only way Faultline applies a patch) and
 * makes the review document; the two versions are parsed and lowered when first asked for, once per tree; the
 * semantic diff and scenario runs are computed on demand and recorded in the document when it is next asked for
 * (a command that only prints them never pays for the copy); annotations are added to it, and it is saved to and
 * found again in a {@link ReviewStore} by the patch's id.
 *
 * <pre>
 * try (ReviewBase base = ReviewBase.modelledTree();
 *         ReviewSession session = ReviewSession.on(base).setSample().open()) {
 *     SemanticDiffResult diff = session.semanticDiff(null, monitor);
 *     Map&lt;String, List&lt;RunResult&gt;&gt; runs = session.run("read-cached-pmd-none", Which.BOTH, false);
 * }
 * </pre>
 */
public final class ReviewSession implements AutoCloseable {

	private final ReviewBase base;

	private final String baseRevision;

	private final PatchSeries series;

	private final ApplyResult applied;

	private final Version before;

	private final Version after;

	private final Review document;

	private final ReviewStore store;

	/** The whole fault path's diff, not yet copied into the document. */
	private SemanticDiffResult unrecordedDiff;

	/** Runs by scenario name, with their scenario, not yet copied into the document. */
	private final Map<String, UnrecordedRuns> unrecordedRuns = new LinkedHashMap<>();

	private record UnrecordedRuns(Scenario scenario, List<RunResult> results) {
	}

	private ReviewSession(Builder b, PatchSeries series, ApplyResult applied, Version before, Version after) {
		this.base = b.base;
		this.baseRevision = b.revision();
		this.series = series;
		this.applied = applied;
		this.before = before;
		this.after = after;
		this.store = b.store;
		this.document = newDocument();
	}

	/**
	 * Reads a patch file: a mail, an mbox, format-patch output, a diff or a web archive copy.
	 *
	 * @throws PatchException when it is missing or cannot be read (the problems name where)
	 */
	public static PatchSeries readPatch(Path file) throws PatchException {
		if (!Files.isRegularFile(file))
			throw new PatchException("no such file: " + file, List.of());
		return PatchReader.read().setSource(file).call();
	}

	/** Faultline's sample, the seed patch. */
	public static PatchSeries sample() throws ReviewException {
		try {
			return Samples.seed();
		} catch (PatchException e) {
			throw new ReviewException("the sample does not read: " + e.getMessage(), e);
		}
	}

	/** Starts describing a session on a base; {@link Builder#open()} opens it. */
	public static Builder on(ReviewBase base) {
		return new Builder(base);
	}

	public ReviewBase base() {
		return base;
	}

	/** The revision the patch was applied to, as given (or the base's default). */
	public String baseRevision() {
		return baseRevision;
	}

	/** The patches read; null when the session compares two revisions without a patch. */
	public PatchSeries series() {
		return series;
	}

	/** How applying went; null without a patch. */
	public ApplyResult applyResult() {
		return applied;
	}

	/** Whether there is an after version: the patch applied, or a second revision was given. */
	public boolean hasAfter() {
		return after != null;
	}

	public Version before() {
		return before;
	}

	/** @throws ReviewException when the patch did not apply (the apply report says why) */
	public Version after() throws ReviewException {
		if (after == null)
			throw new ReviewException(applied == null ? "no after version: give a patch or a second revision"
					: "the patch does not apply to " + baseRevision + " (see faultline apply)");
		return after;
	}

	/**
	 * The review document: the patch, its apply report, the versions, what was computed so far, annotations.
	 * Results computed by a job are copied in here, under the session's lock, so the IDE may ask from its thread.
	 */
	public synchronized Review document() {
		if (unrecordedDiff != null) {
			document.setSemanticDiff(CModelExport.semanticDiff(unrecordedDiff));
			unrecordedDiff = null;
		}
		for (var entry : unrecordedRuns.entrySet())
			record(entry.getKey(), entry.getValue());
		unrecordedRuns.clear();
		return document;
	}

	/**
	 * The semantic diff of the fault path between the two versions; with {@code function} null (the whole
	 * closure of {@value SemanticDiff#FAULT_PATH_ROOT}) it is also recorded in the document.
	 *
	 * @throws ReviewException when there is no after version, or {@code function} is defined in neither
	 */
	public SemanticDiffResult semanticDiff(String function, IProgressMonitor monitor) throws ReviewException {
		SubMonitor progress = SubMonitor.convert(monitor, "Comparing the fault path", 3);
		Version a = after();
		try {
			var beforeProgram = before.program();
			progress.split(1);
			var afterProgram = a.program();
			progress.split(1);
			SemanticDiff diff = SemanticDiff.between(beforeProgram, afterProgram).progressMonitor(progress.split(1));
			if (function != null)
				diff.function(function);
			SemanticDiffResult result;
			try {
				result = diff.call();
			} catch (IllegalArgumentException e) {
				throw new ReviewException(e.getMessage(), e); // a function defined in neither version
			}
			if (function == null)
				synchronized (this) {
					unrecordedDiff = result;
				}
			return result;
		} catch (IOException e) {
			throw new ReviewException("cannot read the fault path's sources: " + e.getMessage(), e);
		}
	}

	/**
	 * Runs a scenario (a file, or a shipped one by name; null for every shipped one) on the versions chosen; the
	 * runs are recorded in the document (when it is next asked for).
	 *
	 * @return each version's result by scenario name
	 */
	public Map<String, List<RunResult>> run(String scenario, Which which, boolean trace)
			throws ReviewException, ScenarioException {
		if (which != Which.BEFORE)
			after();
		try {
			FaultlineRun request = (scenario == null ? FaultlineRun.everyShippedScenario()
					: FaultlineRun.scenario(scenario)).setWhich(which).setTrace(trace)
					.setVersions(which == Which.AFTER ? null : before.executable(),
							which == Which.BEFORE ? null : after.executable());
			Map<String, List<RunResult>> results = request.callEach();
			Map<String, UnrecordedRuns> ran = new LinkedHashMap<>();
			for (var entry : results.entrySet())
				ran.put(entry.getKey(), new UnrecordedRuns(
						NamedScenarios.fileOrName(scenario != null ? scenario : entry.getKey()), entry.getValue()));
			synchronized (this) {
				// a scenario run again goes after the others, as it does in the document
				ran.keySet().forEach(unrecordedRuns::remove);
				unrecordedRuns.putAll(ran);
			}
			return results;
		} catch (IOException e) {
			throw new ReviewException("cannot run: " + e.getMessage(), e);
		}
	}

	private void record(String name, UnrecordedRuns runs) {
		document.getScenarios().removeIf(s -> s.getName().equals(name));
		document.getScenarios().add(ModelExport.toModel(runs.scenario()));
		document.getRuns().removeIf(r -> r.getScenario().equals(name));
		runs.results().forEach(r -> document.getRuns().add(ModelExport.toModel(r)));
	}

	/**
	 * An exploration of the fault-state space between the two versions, to configure and {@code call()}; give
	 * its result to {@link #record(ExplorationResult)}.
	 */
	public Exploration exploration() throws ReviewException {
		try {
			return Exploration.between(before.executable(), after().executable());
		} catch (IOException e) {
			throw new ReviewException("cannot read the fault path's sources: " + e.getMessage(), e);
		}
	}

	/**
	 * Explores the whole fault-state space between the two versions (as {@link #exploration()} configures it) and
	 * keeps the result in the document ({@link Review#getExploration()}).
	 *
	 * @throws OperationCanceledException when the monitor is cancelled; the document keeps what it had
	 */
	public void explore(IProgressMonitor monitor) throws ReviewException {
		record(exploration().setProgressMonitor(monitor).call());
	}

	/** Keeps an exploration's result in the document, in place of an earlier one. */
	public synchronized void record(ExplorationResult result) {
		document.setExploration(ExplorationExport.toModel(result));
	}

	/**
	 * Adds a draft annotation by {@code author} on {@code target} (see {@link Anchors}) and returns it.
	 */
	public Annotation annotate(AnnotationTarget target, PersonIdent author, String text) {
		Annotation annotation = annotation(author, text);
		annotation.setTarget(target);
		document.getAnnotations().add(annotation);
		return annotation;
	}

	/** Adds a draft reply to an annotation. */
	public Annotation reply(Annotation to, PersonIdent author, String text) {
		Annotation reply = annotation(author, text);
		reply.setTarget(EcoreUtil.copy(to.getTarget()));
		to.getReplies().add(reply);
		return reply;
	}

	private static Annotation annotation(PersonIdent author, String text) {
		Annotation annotation = ReviewFactory.eINSTANCE.createAnnotation();
		annotation.setId(UUID.randomUUID().toString());
		annotation.setAuthor(author.getName() + " <" + author.getEmailAddress() + ">");
		annotation.setCreated(Date.from(author.getWhenAsInstant()));
		annotation.setText(text);
		return annotation;
	}

	/**
	 * Saves the document (annotations included) to the session's store.
	 *
	 * @return the commit the review now is on
	 */
	public ObjectId save(PersonIdent reviewer) throws ReviewException {
		if (store == null)
			throw new ReviewException("this session has no review store to save to");
		if (applied == null)
			throw new ReviewException("only the review of a patch can be saved");
		return store.save(document(), reviewer);
	}

	/**
	 * Makes the document from what opening gave: copies of the patches applied, the tree and the apply reports,
	 * taken together so that their references stay within the document, and the caller's series stays whole.
	 */
	private Review newDocument() {
		Review review = ReviewFactory.eINSTANCE.createReview();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		SourceTree tree = applied != null ? (SourceTree) copier.copy(applied.tree())
				: TreeFactory.eINSTANCE.createSourceTree();
		if (applied != null) {
			PatchSeries patches = PatchFactory.eINSTANCE.createPatchSeries();
			patches.setSource(series.getSource());
			for (ApplyReport report : applied.reports())
				patches.getPatches().add((PatchMail) copier.copy(report.getPatch()));
			for (ApplyReport report : applied.reports())
				review.getApplyReports().add((ApplyReport) copier.copy(report));
			copier.copyReferences();
			review.setSeries(patches);
			review.setPatch(patches.getPatches().getLast());
			review.setId(PatchId.of(patches.getPatches()));
		}
		base.describe(tree);
		review.setTree(tree);
		review.setBefore(version(tree, before));
		if (after != null)
			review.setAfter(version(tree, after));
		return review;
	}

	/** The tree's version for a side, made if applying did not already describe that commit. */
	private static TreeVersion version(SourceTree tree, Version side) {
		for (TreeVersion v : tree.getVersions())
			if (side.commitId().name().equals(v.getCommitId()))
				return v;
		TreeVersion v = TreeFactory.eINSTANCE.createTreeVersion();
		v.setLabel(side.label());
		v.setCommitId(side.commitId().name());
		v.setTreeId(side.commit().getTree().name());
		v.setSummary(side.commit().getShortMessage());
		tree.getVersions().add(v);
		return v;
	}

	/** Brings back the reviewer's part of a stored review of the same patch: annotations, trailers, reviewer. */
	private void restore(Review stored) {
		document.getAnnotations().addAll(stored.getAnnotations());
		document.getGivenTrailers().addAll(stored.getGivenTrailers());
		document.getEarlierRevisions().addAll(stored.getEarlierRevisions());
		document.setReviewerName(stored.getReviewerName());
		document.setReviewerAddress(stored.getReviewerAddress());
	}

	/**
	 * Builds both versions now (parse and lowering) rather than when each is first asked for: what an editor
	 * does right after opening, in its job.
	 */
	public void build(IProgressMonitor monitor) throws ReviewException {
		SubMonitor progress = SubMonitor.convert(monitor, "Building the versions before and after", 2);
		try {
			for (Version side : after == null ? List.of(before) : List.of(before, after)) {
				side.executable();
				progress.split(1);
			}
		} catch (IOException e) {
			throw new ReviewException("cannot read the fault path's sources: " + e.getMessage(), e);
		}
	}

	/** A session holds no resource of its own today; closing it keeps callers right when one does. */
	@Override
	public void close() {
	}

	/** What to review: the patch (or none, to compare two revisions), the revision, how to apply. */
	public static final class Builder {

		private final ReviewBase base;

		private String baseRevision;

		private String afterRevision;

		private PatchSeries series;

		private boolean sample;

		private Path patchFile;

		private boolean reverse;

		private boolean prefetch;

		private int startAt = 1;

		private final Set<Integer> skipped = new HashSet<>();

		private PersonIdent committer;

		private String refName;

		private ReviewStore store;

		private IProgressMonitor monitor = new NullProgressMonitor();

		private Builder(ReviewBase base) {
			this.base = base;
		}

		/** The revision the patch applies to (any revision string git understands); default: the base's. */
		public Builder setBaseRevision(String revision) {
			this.baseRevision = revision;
			return this;
		}

		/** Without a patch: the after version is this revision. */
		public Builder setAfterRevision(String revision) {
			this.afterRevision = revision;
			return this;
		}

		/** A patch file: a mail, an mbox, format-patch output, a diff or a web archive copy. */
		public Builder setPatch(Path file) {
			this.patchFile = file;
			return this;
		}

		/** Patches already read. */
		public Builder setSeries(PatchSeries patches) {
			this.series = patches;
			this.sample = false;
			return this;
		}

		/** Faultline's sample, the seed patch, read when the session opens. */
		public Builder setSample() {
			this.series = null;
			this.sample = true;
			return this;
		}

		public Builder setReverse(boolean backwards) {
			this.reverse = backwards;
			return this;
		}

		/**
		 * Parses the base's fault path on another thread while {@link #open()} reads and applies the patch, for a
		 * caller that will compare or run the versions (two cores do both at once); off by default.
		 */
		public Builder setPrefetch(boolean early) {
			this.prefetch = early;
			return this;
		}

		/** Starts a series at its n-th patch (1-based). */
		public Builder setStartAt(int position) {
			this.startAt = position;
			return this;
		}

		/** Leaves out the series' n-th patch (1-based). */
		public Builder skip(int position) {
			skipped.add(position);
			return this;
		}

		/** Who applies: the committer of the commits applying makes; default from the repository's configuration. */
		public Builder setCommitter(PersonIdent who) {
			this.committer = who;
			return this;
		}

		/** The ref the applied patch is put on, under {@code refs/faultline/}; default: from its subject. */
		public Builder setRefName(String name) {
			this.refName = name;
			return this;
		}

		/** Where the review is saved and found again; without one, the session keeps nothing. */
		public Builder setStore(ReviewStore reviews) {
			this.store = reviews;
			return this;
		}

		public Builder setProgressMonitor(IProgressMonitor progress) {
			this.monitor = progress == null ? new NullProgressMonitor() : progress;
			return this;
		}

		private String revision() {
			return baseRevision != null ? baseRevision : base.defaultRevision();
		}

		/**
		 * Reads and applies the patch, if any, and opens the session. A patch that does not apply is no error
		 * here: {@link ReviewSession#applyResult()} tells how each hunk went, and there is no after version.
		 *
		 * @throws PatchException when the patch cannot be read (the problems name where)
		 * @throws ReviewException when a revision does not exist or the repository cannot be read
		 * @throws OperationCanceledException when the monitor is cancelled
		 */
		public ReviewSession open() throws PatchException, ReviewException {
			Repository repository = base.repository();
			try (RevWalk walk = new RevWalk(repository)) {
				RevCommit baseCommit = walk.parseCommit(resolve(revision()));
				Version before = new Version(label("before", revision()), repository, baseCommit);
				if (prefetch)
					before.prefetch();
				PatchSeries patches = read();
				if (monitor.isCanceled())
					throw new OperationCanceledException();
				ApplyResult result = null;
				RevCommit afterCommit = null;
				String afterName = afterRevision;
				if (patches != null) {
					ApplyCommand apply = ApplyCommand.on(repository).setSeries(patches).setBase(revision())
							.setReverse(reverse).setStartAt(startAt).setCommitter(committer).setRefName(refName)
							.setProgressMonitor(monitor); // applying is the long part: one step per patch
					skipped.forEach(apply::skip);
					result = apply.call();
					if (result.complete() && result.head() != null) {
						afterCommit = walk.parseCommit(result.head());
						afterName = result.head().name();
					}
				} else if (afterRevision != null)
					afterCommit = walk.parseCommit(resolve(afterRevision));
				ReviewSession session = new ReviewSession(this, patches, result, before,
						afterCommit == null ? null : new Version(label("after", afterName), repository, afterCommit));
				if (store != null && result != null)
					store.load(session.document.getId()).ifPresent(session::restore);
				return session;
			} catch (IOException e) {
				throw new ReviewException("cannot read " + repository.getDirectory() + ": " + e.getMessage(), e);
			}
		}

		/**
		 * How runs and reports name a side: plainly for the modelled tree's own two images, with the revision
		 * otherwise.
		 */
		private String label(String side, String revision) {
			return base.isModelledTree() && series == null && !sample && patchFile == null ? side
					: side + " (" + revision + ")";
		}

		private ObjectId resolve(String revision) throws ReviewException, IOException {
			ObjectId id = base.repository().resolve(revision + "^{commit}");
			if (id == null)
				throw new ReviewException("no commit '" + revision + "' in " + base.repository().getDirectory());
			return id;
		}

		private PatchSeries read() throws PatchException, ReviewException {
			if (sample)
				return sample();
			return series != null || patchFile == null ? series : readPatch(patchFile);
		}
	}
}
