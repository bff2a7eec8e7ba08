package org.faultline.review;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewPackage;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.GcGuard;

/**
 * Reviews kept in git: each review is a commit holding {@value #FILE} (the review document as XMI) on
 * {@code refs/faultline/reviews/<patch id>}, each save a child of the one before, so its history is the
 * review's. Saving writes every object first and moves the ref last, with the value it read as the expected
 * old one: an interrupted save leaves the previous review whole, and a concurrent one is refused, never merged
 * blindly; a temporary ref keeps the new objects from a concurrent {@code git gc --prune=now} until the ref has
 * moved ({@link GcGuard}).
 * Nothing else of the repository is touched.
 * <p>
 * A review of a user's kernel checkout lives in that repository; one of the embedded modelled tree, which is
 * in memory, in a repository of Faultline's own under the user's data folder ({@link #inUserDataFolder()}).
 */
public final class ReviewStore implements AutoCloseable {

	/** Where reviews are kept, one ref per patch id. */
	public static final String REF_PREFIX = ApplyCommand.REF_PREFIX + "reviews/";

	/** The document's file name in a review commit. */
	public static final String FILE = "review.xmi";

	private final Repository repository;

	private final boolean owned;

	private ReviewStore(Repository repository, boolean owned) {
		this.repository = repository;
		this.owned = owned;
	}

	/** Reviews in a repository the caller owns (e.g. the kernel checkout under review). */
	public static ReviewStore in(Repository repository) {
		return new ReviewStore(repository, false);
	}

	/**
	 * Reviews in the bare repository {@code gitDir}, made if it does not exist yet.
	 *
	 * @throws ReviewException when it exists and is not a git repository, or cannot be made
	 */
	public static ReviewStore at(Path gitDir) throws ReviewException {
		try {
			Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build();
			if (!repository.getObjectDatabase().exists()) {
				if (Files.exists(gitDir) && Files.list(gitDir).findAny().isPresent())
					throw new ReviewException("not a git repository, and not empty: " + gitDir);
				repository.create(true);
			}
			return new ReviewStore(repository, true);
		} catch (IOException | IllegalStateException e) {
			throw new ReviewException("cannot open the review store " + gitDir + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The store for reviews of the embedded modelled tree: {@code reviews.git} in {@code $FAULTLINE_DATA}, else
	 * in {@code $XDG_DATA_HOME/faultline}, else in {@code ~/.local/share/faultline}.
	 */
	public static ReviewStore inUserDataFolder() throws ReviewException {
		return at(userDataFolder().resolve("reviews.git"));
	}

	static Path userDataFolder() {
		String own = System.getenv("FAULTLINE_DATA");
		if (own != null && !own.isBlank())
			return Path.of(own);
		String xdg = System.getenv("XDG_DATA_HOME");
		Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
		return data.resolve("faultline");
	}

	/** The store that belongs with a base: its own repository, or the user data folder's for the modelled tree. */
	public static ReviewStore forBase(ReviewBase base) throws ReviewException {
		return base.isModelledTree() ? inUserDataFolder() : in(base.repository());
	}

	public Repository repository() {
		return repository;
	}

	/**
	 * Saves a review as a new commit on its ref.
	 *
	 * @return the commit
	 * @throws ReviewException when the review has no id, or the ref moved or is locked meanwhile (nothing is
	 *             changed then)
	 */
	public ObjectId save(Review review, PersonIdent author) throws ReviewException {
		if (review.getId() == null || review.getId().isBlank())
			throw new ReviewException("a review without a patch id cannot be stored");
		String ref = REF_PREFIX + review.getId();
		try (GcGuard guard = new GcGuard(repository)) {
			Ref current = GcGuard.exactRef(repository, ref);
			ObjectId id;
			try (ObjectInserter inserter = guard.inserter()) {
				ObjectId blob = inserter.insert(Constants.OBJ_BLOB, xmi(review));
				TreeFormatter tree = new TreeFormatter();
				tree.append(FILE, FileMode.REGULAR_FILE, blob);
				CommitBuilder commit = new CommitBuilder();
				commit.setTreeId(inserter.insert(tree));
				if (current != null)
					commit.setParentId(current.getObjectId());
				commit.setAuthor(author);
				commit.setCommitter(author);
				commit.setMessage("Review of " + review.getPatch().getSubject() + "\n\n" + review.getAnnotations().size()
						+ " annotations.\n");
				id = inserter.insert(commit);
				inserter.flush();
			}
			guard.hold(id);
			RefUpdate.Result result = guard.update(() -> {
				RefUpdate update = repository.updateRef(ref);
				update.setNewObjectId(id);
				update.setExpectedOldObjectId(current == null ? ObjectId.zeroId() : current.getObjectId());
				update.setRefLogMessage("faultline review: save", false);
				return update;
			});
			return switch (result) {
			case NEW, FAST_FORWARD, FORCED -> id;
			case LOCK_FAILURE -> throw new ReviewException(lockFailure(ref));
			default -> throw new ReviewException("cannot save the review: updating " + ref + " gave " + result);
			};
		} catch (IOException e) {
			throw new ReviewException("cannot save the review in " + repository.getDirectory() + ": " + e.getMessage(), e);
		}
	}

	/** Why a ref could not be moved: a lock file left behind, or a save that came in between. */
	private String lockFailure(String ref) {
		File dir = repository.getDirectory();
		File lock = dir == null ? null : new File(dir, ref + ".lock");
		if (lock != null && lock.exists())
			return "cannot save the review: " + lock + " exists: another git process holds the ref (git gc packing"
					+ " refs, another Faultline saving this review), or one was stopped; try again, and remove the file"
					+ " only if no git or Faultline process is running. The saved review is as it was";
		return "cannot save the review: " + ref + " in " + dir + " was changed meanwhile; the saved review there is"
				+ " as it was: open it again to go on";
	}

	/** The last saved review of a patch, if there is one. */
	public Optional<Review> load(String patchId) throws ReviewException {
		String ref = REF_PREFIX + patchId;
		try {
			Ref current = GcGuard.exactRef(repository, ref);
			if (current == null)
				return Optional.empty();
			try (RevWalk walk = new RevWalk(repository)) {
				RevCommit commit = walk.parseCommit(current.getObjectId());
				try (TreeWalk file = TreeWalk.forPath(repository, FILE, commit.getTree())) {
					if (file == null)
						throw new ReviewException(ref + " in " + repository.getDirectory() + " has no " + FILE);
					return Optional.of(parse(repository.open(file.getObjectId(0)).getBytes(), ref));
				}
			}
		} catch (IOException e) {
			throw new ReviewException("cannot read " + ref + " in " + repository.getDirectory() + ": " + e.getMessage(), e);
		}
	}

	/** The patch ids of every stored review. */
	public List<String> list() throws ReviewException {
		try {
			List<String> ids = new ArrayList<>();
			for (Ref ref : repository.getRefDatabase().getRefsByPrefix(REF_PREFIX))
				ids.add(ref.getName().substring(REF_PREFIX.length()));
			return ids;
		} catch (IOException e) {
			throw new ReviewException("cannot list the reviews in " + repository.getDirectory() + ": " + e.getMessage(), e);
		}
	}

	private static byte[] xmi(Review review) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createURI(FILE));
		Review copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(review);
		resource.getContents().add(copy);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return out.toByteArray();
	}

	private static Review parse(byte[] xmi, String where) throws ReviewException {
		ReviewPackage.eINSTANCE.eClass(); // registers the review package and those it uses, also outside OSGi
		Resource resource = new XMIResourceImpl(URI.createURI(FILE));
		try {
			resource.load(new ByteArrayInputStream(xmi), Map.of());
		} catch (IOException | RuntimeException e) {
			throw new ReviewException("the review on " + where + " cannot be read: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Review review))
			throw new ReviewException("the review on " + where + " holds no review document");
		return review;
	}

	@Override
	public void close() {
		if (owned)
			repository.close();
	}
}
