package org.faultline.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the Java code of {@code org.faultline.model} from its {@code model/*.genmodel} files without
 * Eclipse or OSGi.
 * <p>
 * {@code write} regenerates the bundle in place. {@code check} generates into a scratch copy of the bundle
 * and fails when anything differs from the committed code, so a hand edit of generated code or a
 * genmodel change without regeneration breaks the build.
 */
public final class ModelCodegen {

	private static final String PROJECT = "org.faultline.model";

	/** What generation writes; everything else in the bundle is left alone by EMF. */
	private static final List<String> GENERATED = List.of("src-gen", "plugin.xml", "plugin.properties");

	private ModelCodegen() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3 || !List.of("check", "write").contains(args[0])) {
			System.err.println("usage: ModelCodegen check|write <model bundle dir> <scratch dir>");
			System.exit(2);
		}
		Path bundle = Path.of(args[1]).toAbsolutePath().normalize();
		Path scratch = Path.of(args[2]).toAbsolutePath().normalize();
		if (args[0].equals("write")) {
			deleteGenerated(bundle);
			generateAll(bundle);
			System.out.println("Regenerated " + bundle);
			return;
		}
		Path copy = scratch.resolve(PROJECT);
		deleteTree(copy);
		copyBundleInputs(bundle, copy);
		generateAll(copy);
		List<String> differences = compare(bundle, copy);
		if (!differences.isEmpty()) {
			System.err.println("Generated model code is out of date; run releng/scripts/generate-model.sh. Differences:");
			differences.forEach(d -> System.err.println("  " + d));
			System.exit(1);
		}
		System.out.println("Model code is exactly what the genmodels generate (" + GENERATED + ").");
	}

	private static void generateAll(Path bundle) throws IOException {
		List<Path> genModels;
		try (Stream<Path> files = Files.list(bundle.resolve("model"))) {
			genModels = files.filter(p -> p.toString().endsWith(".genmodel")).sorted().toList();
		}
		if (genModels.isEmpty())
			throw new IllegalStateException("no .genmodel in " + bundle.resolve("model"));
		for (Path genModel : genModels)
			generate(bundle, genModel.getFileName().toString());
		if (!Files.isDirectory(bundle.resolve("src-gen"))) {
			// EMF reports success and writes nothing when the platform URI is not mapped
			throw new IllegalStateException("generation wrote nothing into " + bundle.resolve("src-gen"));
		}
	}

	private static void generate(Path bundle, String genModelFile) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + PROJECT + "/", false),
				URI.createFileURI(bundle + "/"));

		URI uri = URI.createPlatformResourceURI("/" + PROJECT + "/model/" + genModelFile, false);
		GenModel genModel = (GenModel) resources.getResource(uri, true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR)
			throw new IllegalStateException(genModelFile + " is not valid: " + describe(valid));

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
		if (result.getSeverity() == Diagnostic.ERROR)
			throw new IllegalStateException("generating " + genModelFile + " failed: " + describe(result));
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
		for (Diagnostic child : diagnostic.getChildren())
			text.append("\n    ").append(describe(child));
		return text.toString();
	}

	private static void copyBundleInputs(Path bundle, Path copy) throws IOException {
		try (Stream<Path> files = Files.walk(bundle)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path relative = bundle.relativize(source);
				if (relative.toString().isEmpty() || isGenerated(relative) || relative.startsWith("target")
						|| relative.startsWith("bin")) {
					continue;
				}
				Path target = copy.resolve(relative.toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static boolean isGenerated(Path relative) {
		return GENERATED.stream().anyMatch(g -> relative.startsWith(g));
	}

	private static List<String> compare(Path committed, Path generated) throws IOException {
		TreeSet<String> paths = new TreeSet<>();
		paths.addAll(generatedFiles(committed));
		paths.addAll(generatedFiles(generated));
		List<String> differences = new ArrayList<>();
		for (String path : paths) {
			Path a = committed.resolve(path);
			Path b = generated.resolve(path);
			if (!Files.exists(a)) {
				differences.add("missing from the bundle: " + path);
			} else if (!Files.exists(b)) {
				differences.add("not generated any more: " + path);
			} else if (Files.mismatch(a, b) != -1) {
				differences.add("differs: " + path);
			}
		}
		return differences;
	}

	private static List<String> generatedFiles(Path bundle) throws IOException {
		List<String> files = new ArrayList<>();
		for (String root : GENERATED) {
			Path start = bundle.resolve(root);
			if (!Files.exists(start))
				continue;
			try (Stream<Path> walk = Files.walk(start)) {
				walk.filter(Files::isRegularFile).forEach(p -> files.add(bundle.relativize(p).toString()));
			}
		}
		return files;
	}

	/** Generation merges into existing files; starting without them makes its output depend on the genmodels alone. */
	private static void deleteGenerated(Path bundle) throws IOException {
		for (String generated : GENERATED)
			deleteTree(bundle.resolve(generated));
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root))
			return;
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
