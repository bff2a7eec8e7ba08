package org.faultline.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.diff.SemanticDiffFormatter;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.mmtree.ModelledTree;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline diff}: applies a patch in-core and prints the semantic diff of the fault path between the
 * base and the result (signatures, contracts, decisions, calls, moves, resource ownership).
 */
@Command(name = "diff", description = { "Compare the page-fault path before and after a patch: parameters, "
		+ "stated locking contracts, the condition under which each callee is reached, calls added, removed or "
		+ "reordered, code moved between functions, and who maps, locks and references what. Without PATCH: "
		+ "the seed patch on the embedded modelled mm tree." })
public final class DiffSubcommand implements Callable<Integer> {

	@Mixin
	private HelpOption help;

	/** The files the fault path lives in, and where their headers are. */
	private static final List<String> FAULT_PATH_FILES = List.of("mm/memory.c", "mm/filemap.c");
	private static final String INCLUDE = "include";

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "PATCH", description = "The patch (default: the seed).")
	private Path patch;

	@Option(names = "--function", paramLabel = "F", description = "Show only this function (default: the whole "
			+ "closure of __handle_mm_fault).")
	private String function;

	@Option(names = "--tree", paramLabel = "DIR", description = "A git checkout (e.g. a kernel tree) to apply onto.")
	private Path tree;

	@Option(names = "--base", paramLabel = "REF", description = "The commit to apply onto (default: HEAD, or the "
			+ "modelled tree's huge tmpfs (model)).")
	private String base;

	@Option(names = "--all", description = "Also list unchanged functions and decision rows, and primitives.")
	private boolean all;

	@Override
	public Integer call() throws PatchException, IOException {
		PrintWriter out = spec.commandLine().getOut();
		PatchSeries series = read();
		if (tree == null) {
			try (ModelledTree modelled = ModelledTree.open()) {
				return diff(modelled.repository(), base == null ? ModelledTree.BASE_REF : base, series, out);
			}
		}
		File dir = tree.toFile();
		if (!dir.isDirectory())
			throw new PatchException("no such directory: " + tree, List.of());
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir);
		if (builder.getGitDir() == null)
			throw new PatchException("not a git repository: " + tree, List.of());
		try (Repository repository = builder.setMustExist(true).build()) {
			return diff(repository, base == null ? "HEAD" : base, series, out);
		}
	}

	private PatchSeries read() throws PatchException {
		if (patch == null)
			return PatchReader.read().setSource(Samples.SEED, Samples.bytes(Samples.SEED)).call();
		if (!Files.isRegularFile(patch))
			throw new PatchException("no such file: " + patch, List.of());
		return PatchReader.read().setSource(patch).call();
	}

	private int diff(Repository repository, String baseRevision, PatchSeries series, PrintWriter out)
			throws PatchException, IOException {
		ApplyResult result = ApplyCommand.on(repository).setSeries(series).setBase(baseRevision)
				.setProgressMonitor(new StderrProgress(spec.commandLine().getErr())).call();
		if (!result.complete())
			throw new PatchException("the patch does not apply to " + baseRevision + " (see faultline apply)", List.of());
		ObjectId baseId = repository.resolve(baseRevision + "^{commit}");
		try (RevWalk walk = new RevWalk(repository); CParser parser = new CParser()) {
			RevCommit before = walk.parseCommit(baseId);
			RevCommit after = walk.parseCommit(result.head());
			SemanticDiff diff = SemanticDiff.between(load(repository, before.getTree(), parser),
					load(repository, after.getTree(), parser));
			if (function != null)
				diff.function(function);
			SemanticDiffResult semantic = diff.call();
			out.print((all ? SemanticDiffFormatter.complete() : SemanticDiffFormatter.changesOnly()).format(semantic));
			out.flush();
			return 0;
		}
	}

	private static Program load(Repository repository, RevTree tree, CParser parser) throws IOException {
		SourceSet set = SourceSet.from(path -> read(repository, tree, path)).parser(parser).includeDirectory(INCLUDE);
		FAULT_PATH_FILES.forEach(set::file);
		return set.load();
	}

	/** A file of a commit's tree, or null when the tree has no such file. */
	private static String read(Repository repository, RevTree tree, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
			if (walk == null)
				return null;
			return new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
		}
	}
}
