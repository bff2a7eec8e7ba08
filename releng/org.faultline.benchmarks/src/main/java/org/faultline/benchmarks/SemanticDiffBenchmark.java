package org.faultline.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.mmtree.ModelledTree;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.Samples;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterC;

import com.github.gumtreediff.actions.EditScript;
import com.github.gumtreediff.actions.SimplifiedChawatheScriptGenerator;
import com.github.gumtreediff.matchers.CompositeMatchers;
import com.github.gumtreediff.matchers.MappingStore;
import com.github.gumtreediff.matchers.Matcher;
import com.github.gumtreediff.tree.Tree;
import com.github.gumtreediff.tree.TreeContext;
import com.github.gumtreediff.tree.TypeSet;

/**
 * Parse + semantic diff of both versions of mm/memory.c, beside GumTree's default matcher (simple GumTree) and
 * edit script on the same tree-sitter parse of the same two files, in the same run. Two inputs: the modelled
 * tree (the seed's before and after), and a real Linux v4.6 checkout named by the environment variable
 * {@value #KERNEL}, whose HEAD's memory.c is the seed's after-image and whose memory.c with the seed applied
 * in reverse (in-core, onto {@code refs/faultline/benchmarks/seed-base}) is its base.
 */
final class SemanticDiffBenchmark implements Benchmark {

	static final String KERNEL = "FAULTLINE_KERNEL";

	private static final String MEMORY_C = "mm/memory.c";

	/** The files of each version, read beforehand; {@code closure}: also time the whole fault path with headers. */
	private record Input(Map<String, String> before, Map<String, String> after, boolean closure) {
	}

	private final Callable<Input> input;

	private SemanticDiffBenchmark(Callable<Input> input) {
		this.input = input;
	}

	static SemanticDiffBenchmark modelled() {
		return new SemanticDiffBenchmark(() -> {
			try (ModelledTree tree = ModelledTree.open()) {
				return new Input(files(tree, tree.baseCommit()), files(tree, tree.v46Commit()), true);
			}
		});
	}

	static SemanticDiffBenchmark realKernel() {
		return new SemanticDiffBenchmark(() -> {
			String dir = System.getenv(KERNEL);
			if (dir == null || dir.isBlank())
				throw new IllegalStateException("set " + KERNEL + " to a Linux v4.6 git checkout");
			try (Repository repo = new FileRepositoryBuilder().setWorkTree(new File(dir)).setMustExist(true).build()) {
				ApplyResult base = ApplyCommand.on(repo).setSeries(Samples.seed()).setReverse(true)
						.setRefName(ApplyCommand.REF_PREFIX + "benchmarks/seed-base").call();
				if (!base.complete())
					throw new IllegalStateException("the seed does not apply in reverse onto HEAD of " + dir);
				return new Input(Map.of(MEMORY_C, blob(repo, base.head(), MEMORY_C)),
						Map.of(MEMORY_C, blob(repo, repo.resolve("HEAD"), MEMORY_C)), false);
			}
		});
	}

	@Override
	public void run() throws Exception {
		Input in = input.call();
		Map<String, String> before = in.before();
		Map<String, String> after = in.after();
		System.out.printf("memory.c: %d lines before, %d lines after%n", before.get(MEMORY_C).lines().count(),
				after.get(MEMORY_C).lines().count());
		// a new parser each run: the first version is parsed from scratch, the second reuses what did not change
		Timing memory = Timing.measure(30, 101, () -> {
			try (CParser parser = new CParser()) {
				return SemanticDiff.between(load(parser, before, false), load(parser, after, false)).call();
			}
		});
		System.out.println("Faultline, parse + semantic diff of memory.c: " + memory);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Timing parallel = Timing.measure(30, 101, () -> {
				try (CParser first = new CParser(); CParser second = new CParser()) {
					Future<Program> b = pool.submit(() -> load(first, before, false));
					Program a = load(second, after, false);
					return SemanticDiff.between(b.get(), a).call();
				}
			});
			System.out.println("Faultline, the two versions parsed in parallel from scratch: " + parallel);
		} finally {
			pool.shutdown();
		}
		if (in.closure()) {
			Timing faultPath = Timing.measure(30, 101, () -> {
				try (CParser parser = new CParser()) {
					return SemanticDiff.between(load(parser, before, true), load(parser, after, true)).call();
				}
			});
			System.out.println("Faultline, memory.c + filemap.c + the headers they include (whole closure): "
					+ faultPath);
		}
		Matcher matcher = new CompositeMatchers.SimpleGumtree();
		try (TSParser parser = new TSParser()) {
			parser.setLanguage(new TreeSitterC());
			Timing full = Timing.measure(30, 101, () -> editScript(matcher,
					gumTree(parser, before.get(MEMORY_C)), gumTree(parser, after.get(MEMORY_C))));
			System.out.println("GumTree " + matcher.getClass().getSimpleName()
					+ ", tree-sitter parse + GumTree trees + match + edit script of memory.c: " + full);
			Tree src = gumTree(parser, before.get(MEMORY_C));
			Tree dst = gumTree(parser, after.get(MEMORY_C));
			System.out.printf("GumTree trees: %d and %d nodes, edit script of %d actions%n", src.getMetrics().size,
					dst.getMetrics().size, editScript(matcher, src, dst));
			Timing matchOnly = Timing.measure(30, 101, () -> editScript(matcher, src, dst));
			System.out.println("GumTree " + matcher.getClass().getSimpleName()
					+ ", match + edit script only (trees built beforehand): " + matchOnly);
		}
	}

	/** memory.c alone (its includes are not looked up), or memory.c, filemap.c and their headers. */
	private static int editScript(Matcher matcher, Tree src, Tree dst) {
		MappingStore mappings = matcher.match(src, dst);
		EditScript script = new SimplifiedChawatheScriptGenerator().computeActions(mappings);
		return script.size();
	}

	private static Program load(CParser parser, Map<String, String> image, boolean faultPath) throws IOException {
		if (!faultPath)
			return SourceSet.from(SourceSet.of(Map.of("mm/memory.c", image.get("mm/memory.c")))).parser(parser)
					.file("mm/memory.c").load();
		return SourceSet.from(SourceSet.of(image)).parser(parser).includeDirectory("include").file("mm/memory.c")
				.file("mm/filemap.c").load();
	}

	private static String blob(Repository repo, ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repo);
				TreeWalk file = TreeWalk.forPath(repo, path, walk.parseCommit(commit).getTree())) {
			return new String(repo.open(file.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Map<String, String> files(ModelledTree tree, RevCommit commit) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (ObjectReader reader = tree.repository().newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			while (walk.next())
				files.put(walk.getPathString(),
						new String(reader.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
		}
		return files;
	}

	/** The tree-sitter syntax tree as a GumTree tree: node types as types, leaf text as labels. */
	private static Tree gumTree(TSParser parser, String source) {
		byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
		TreeContext context = new TreeContext();
		try (TSTree tree = parser.parseString(null, source); TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode())) {
			Tree root = copy(cursor, context, bytes);
			context.setRoot(root);
			return root;
		}
	}

	private static Tree copy(TSTreeCursor cursor, TreeContext context, byte[] source) {
		TSNode node = cursor.currentNode();
		boolean leaf = node.getChildCount() == 0;
		String label = leaf ? new String(source, node.getStartByte(), node.getEndByte() - node.getStartByte(),
				StandardCharsets.UTF_8) : "";
		Tree t = context.createTree(TypeSet.type(node.getType()), label);
		t.setPos(node.getStartByte());
		t.setLength(node.getEndByte() - node.getStartByte());
		if (cursor.gotoFirstChild()) {
			do {
				t.addChild(copy(cursor, context, source));
			} while (cursor.gotoNextSibling());
			cursor.gotoParent();
		}
		return t;
	}
}
