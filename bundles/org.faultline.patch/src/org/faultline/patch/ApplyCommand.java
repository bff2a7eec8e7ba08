package org.faultline.patch;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Trailer;
import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeFactory;
import org.faultline.model.tree.TreeKind;
import org.faultline.model.tree.TreeVersion;
import org.faultline.patch.internal.DiffstatCheck;
import org.faultline.patch.internal.HunkResult;
import org.faultline.patch.internal.ModelConverter;
import org.faultline.patch.internal.TreePatcher;

/**
 * Applies patches in-core onto a commit of a repository, as git am would: each patch becomes a commit with
 * the mail's author and date, the reviewer as committer and subject, body and trailers as message, on top of
 * the previous one. The result goes to a ref of Faultline's own ({@code refs/faultline/...}); the working tree,
 * index, HEAD and branches are never touched, and a temporary ref keeps what is written from a concurrent
 * {@code git gc --prune=now} until the result's ref names it ({@link GcGuard}). A series stops at the first patch
 * that fails.
 *
 * <pre>
 * ApplyResult result = ApplyCommand.on(repository).setBase("v4.6-rc3").setSeries(series).call();
 * </pre>
 */
public final class ApplyCommand {

	/** Where Faultline keeps its results in a user's repository. */
	public static final String REF_PREFIX = "refs/faultline/";

	private final Repository repository;

	private String base = "HEAD";

	private PatchSeries series;

	private boolean reverse;

	private PersonIdent committer;

	private String refName;

	private int startAt = 1;

	private final Set<Integer> skipped = new HashSet<>();

	private IProgressMonitor monitor = new NullProgressMonitor();

	private ApplyCommand(Repository repository) {
		this.repository = repository;
	}

	public static ApplyCommand on(Repository repository) {
		return new ApplyCommand(repository);
	}

	/** The commit to apply onto: any revision string git understands; HEAD when not set. */
	public ApplyCommand setBase(String revision) {
		this.base = revision;
		return this;
	}

	public ApplyCommand setSeries(PatchSeries patches) {
		this.series = patches;
		return this;
	}

	/** Applies the patches backwards: what they add is removed. */
	public ApplyCommand setReverse(boolean reverseApply) {
		this.reverse = reverseApply;
		return this;
	}

	/** The reviewer; by default from the repository's configuration. */
	public ApplyCommand setCommitter(PersonIdent reviewer) {
		this.committer = reviewer;
		return this;
	}

	/** The ref to point at the result; must start with {@value #REF_PREFIX}. */
	public ApplyCommand setRefName(String name) {
		this.refName = name;
		return this;
	}

	/** Continues a series at its n-th patch (1-based), e.g. after fixing or skipping a failed one. */
	public ApplyCommand setStartAt(int position) {
		this.startAt = position;
		return this;
	}

	/** Leaves out the series' n-th patch (1-based). */
	public ApplyCommand skip(int position) {
		skipped.add(position);
		return this;
	}

	public ApplyCommand setProgressMonitor(IProgressMonitor progress) {
		this.monitor = progress == null ? new NullProgressMonitor() : progress;
		return this;
	}

	/**
	 * @throws PatchException
	 *             when the base cannot be resolved, the ref name is not Faultline's or the repository fails;
	 *             patches that do not apply are reported in the result instead
	 * @throws OperationCanceledException
	 *             when the progress monitor is cancelled; the ref is then left as it was
	 */
	public ApplyResult call() throws PatchException {
		if (series == null || series.getPatches().isEmpty())
			throw PatchExceptions.of("no-patch", "no patch to apply", null);
		List<PatchMail> patches = series.getPatches();
		String ref = refName != null ? refName : REF_PREFIX + "applied/" + slug(patches.getFirst().getSubject());
		if (!ref.startsWith(REF_PREFIX) || !Repository.isValidRefName(ref))
			throw PatchExceptions.of("bad-ref", "results go to a ref under " + REF_PREFIX + ", not '" + ref + "'", null);
		try (GcGuard guard = new GcGuard(repository); RevWalk walk = new RevWalk(repository)) {
			ObjectId baseId = repository.resolve(base + "^{commit}");
			if (baseId == null)
				throw PatchExceptions.of("no-base", "no commit '" + base + "' in " + repository.getDirectory(), null);
			SourceTree tree = sourceTree();
			TreeVersion current = version(tree, walk.parseCommit(baseId), "base " + base, null);
			RevCommit head = walk.parseCommit(baseId);
			List<ApplyReport> reports = new ArrayList<>();
			IProgressMonitor progress = monitor;
			progress.beginTask("Applying " + patches.size() + " patches", patches.size() - startAt + 1);
			ObjectId applied = null;
			for (int i = startAt; i <= patches.size(); i++) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException(); // nothing of this call is on a ref yet
				}
				progress.subTask(patches.get(i - 1).getSubject());
				if (skipped.contains(i)) {
					progress.worked(1);
					continue;
				}
				ApplyReport report = applyOne(walk, guard, patches.get(i - 1), head, current, tree, ref);
				if (progress.isCanceled())
					throw new OperationCanceledException(); // a repair's search stopped short: not the patch's result
				reports.add(report);
				progress.worked(1);
				if (!report.isSuccess())
					break;
				current = report.getResult();
				head = walk.parseCommit(ObjectId.fromString(current.getCommitId()));
				applied = head;
			}
			progress.done();
			if (applied != null) {
				guard.hold(applied);
				updateRef(guard, ref, applied, patches.getFirst().getSubject());
			}
			return new ApplyResult(List.copyOf(reports), applied, applied == null ? null : ref, tree);
		} catch (IOException e) {
			throw PatchExceptions.of("repository", "cannot apply in " + repository.getDirectory() + ": " + e.getMessage(),
					null);
		}
	}

	private ApplyReport applyOne(RevWalk walk, GcGuard guard, PatchMail mail, RevCommit parent,
			TreeVersion baseVersion, SourceTree tree, String ref) throws IOException {
		PatchFactory factory = PatchFactory.eINSTANCE;
		ApplyReport report = factory.createApplyReport();
		report.setPatch(mail);
		report.setBase(baseVersion);
		report.setReverse(reverse);
		TreePatcher.Result result = new TreePatcher(repository, guard::inserter, monitor::isCanceled)
				.apply(parent.getTree(), ModelConverter.fromModel(mail), reverse);
		for (int f = 0; f < result.hunksByFile().size(); f++) {
			for (HunkResult hunk : result.hunksByFile().get(f))
				report.getHunkReports().add(hunkReport(hunk, mail.getFileDiffs().get(f).getHunks().get(hunk.hunkIndex() - 1)));
		}
		result.problems().forEach(p -> report.getProblems().add(p.toModel(mail.getSubject())));
		if (result.failed())
			return report;
		Diffstat applied = DiffstatCheck.applied(result.stats());
		report.setAppliedDiffstat(applied);
		if (mail.getDeclaredDiffstat() != null) {
			DiffstatCheck.compare(mail.getDeclaredDiffstat(), applied, reverse)
					.forEach(p -> report.getProblems().add(p.toModel(mail.getSubject())));
		}
		RevCommit commit = walk.parseCommit(commit(guard, mail, parent, result.tree()));
		report.setResult(version(tree, commit, mail.getSubject(), ref));
		return report;
	}

	private static HunkReport hunkReport(HunkResult hunk, org.faultline.model.patch.Hunk modelHunk) {
		HunkReport report = PatchFactory.eINSTANCE.createHunkReport();
		report.setHunk(modelHunk);
		report.setPath(hunk.path());
		report.setHunkIndex(hunk.hunkIndex());
		report.setOutcome(hunk.outcome());
		report.setOffset(hunk.offset());
		report.setAppliedAtLine(hunk.appliedAtLine());
		report.setRepairedLines(hunk.repairedLines());
		report.setReindentedLines(hunk.reindentedLines());
		report.setConfidence(hunk.confidence());
		report.setDetail(hunk.detail());
		return report;
	}

	private ObjectId commit(GcGuard guard, PatchMail mail, RevCommit parent, ObjectId treeId) throws IOException {
		PersonIdent reviewer = committer != null ? committer : new PersonIdent(repository);
		CommitBuilder commit = new CommitBuilder();
		commit.setTreeId(treeId);
		commit.setParentId(parent);
		commit.setCommitter(reviewer);
		commit.setAuthor(reverse ? reviewer : author(mail, reviewer));
		commit.setMessage(reverse ? revertMessage(mail) : message(mail));
		try (ObjectInserter inserter = guard.inserter()) {
			ObjectId id = inserter.insert(commit);
			inserter.flush();
			return id;
		}
	}

	private static PersonIdent author(PatchMail mail, PersonIdent reviewer) {
		String name = mail.getAuthorName() == null ? reviewer.getName() : mail.getAuthorName();
		String address = mail.getAuthorAddress() == null ? "" : mail.getAuthorAddress();
		if (mail.getDate() == null)
			return new PersonIdent(name, address, reviewer.getWhenAsInstant(), reviewer.getZoneId());
		return new PersonIdent(name, address, mail.getDate().toInstant(),
				ZoneOffset.ofTotalSeconds(mail.getZoneOffsetMinutes() * 60));
	}

	/** git am's message: summary, body, trailers. */
	static String message(PatchMail mail) {
		StringBuilder message = new StringBuilder(mail.getSubject()).append('\n');
		if (mail.getMessage() != null && !mail.getMessage().isBlank())
			message.append('\n').append(mail.getMessage()).append('\n');
		if (!mail.getTrailers().isEmpty()) {
			message.append('\n');
			for (Trailer trailer : mail.getTrailers())
				message.append(trailer.getKey()).append(": ").append(trailer.getValue()).append('\n');
		}
		return message.toString();
	}

	private static String revertMessage(PatchMail mail) {
		return "Revert \"" + mail.getSubject() + "\"\n\nApplied in reverse by Faultline: the patch by "
				+ mail.getAuthorName() + (mail.getDateText() == null ? "" : " of " + mail.getDateText()) + ".\n";
	}

	private void updateRef(GcGuard guard, String ref, ObjectId commit, String subject) throws IOException, PatchException {
		RefUpdate.Result result = guard.update(() -> {
			RefUpdate update = repository.updateRef(ref);
			update.setNewObjectId(commit);
			update.setForceUpdate(true);
			update.setRefLogMessage("faultline apply: " + subject, false);
			return update;
		});
		switch (result) {
			case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {
				// done
			}
			case LOCK_FAILURE -> throw PatchExceptions.of("ref-locked", "cannot update " + ref
					+ ": it is locked by another git process (or by one that crashed: then remove " + ref
					+ ".lock in " + repository.getDirectory() + "); the ref is left as it was", null);
			default -> throw PatchExceptions.of("ref-update", "cannot update " + ref + ": " + result, null);
		}
	}

	private SourceTree sourceTree() {
		SourceTree tree = TreeFactory.eINSTANCE.createSourceTree();
		tree.setKind(TreeKind.GIT_CHECKOUT);
		tree.setName(repository.isBare() || repository.getDirectory() == null ? "repository"
				: repository.getDirectory().getParentFile().getName());
		tree.setRepositoryLocation(repository.getDirectory() == null ? "" : repository.getDirectory().getPath());
		return tree;
	}

	private static TreeVersion version(SourceTree tree, RevCommit commit, String label, String ref) {
		TreeVersion version = TreeFactory.eINSTANCE.createTreeVersion();
		version.setLabel(label);
		version.setRefName(ref);
		version.setCommitId(commit.getName());
		version.setTreeId(commit.getTree().getName());
		version.setSummary(commit.getShortMessage());
		tree.getVersions().add(version);
		return version;
	}

	/** A ref name component from a subject: lower case words joined by dashes. */
	static String slug(String subject) {
		String slug = subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
		return slug.isEmpty() ? "patch" : slug;
	}
}
