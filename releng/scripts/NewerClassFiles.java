import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites, in the jars of the ./faultline script's start-up cache, class files older than Java 6 (version 50) as
 * Java 8 class files with stack maps, made by the JDK's own class-file API. picocli 4.7.7, the newest on Maven
 * Central, is compiled for Java 5: the JVM checks such classes with the old inferring verifier at every start and
 * its AOT cache cannot keep them, which costs every command 0.3 s. The rewritten classes are checked by the
 * type-checking verifier when the cache is made and are kept in it. Bytecode is not changed, only the version and
 * the stack map frames the newer verifier needs (docs/adr/0023). JDK 24 or newer.
 *
 * usage: java releng/scripts/NewerClassFiles.java DIR (every jar in DIR, in place)
 */
public final class NewerClassFiles {

	/** Java 6: the first version the type-checking verifier and the JDK's caches accept. */
	private static final int OLDEST_KEPT = ClassFile.JAVA_6_VERSION;

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java NewerClassFiles.java DIR");
			System.exit(2);
		}
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			found.forEach(jars::add);
		}
		URL[] urls = new URL[jars.size()];
		for (int i = 0; i < urls.length; i++)
			urls[i] = jars.get(i).toUri().toURL();
		// the stack map frames need the supertypes of the classes a method uses: from any jar of the folder
		try (URLClassLoader classes = new URLClassLoader(urls, null)) {
			ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
					ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
							.orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
			for (Path jar : jars)
				rewrite(classFile, jar);
		}
	}

	private static void rewrite(ClassFile classFile, Path jar) throws IOException {
		Path rewritten = jar.resolveSibling(jar.getFileName() + ".new");
		int changed = 0;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().endsWith(".class") && isOld(bytes)) {
					bytes = newer(classFile, bytes);
					changed++;
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				out.write(bytes);
				out.closeEntry();
			}
		}
		if (changed > 0)
			Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
		else
			Files.delete(rewritten);
	}

	/** The major version is the big-endian short at offset 6, after the magic number and the minor version. */
	private static boolean isOld(byte[] bytes) {
		return bytes.length > 8 && ((bytes[6] & 0xff) << 8 | bytes[7] & 0xff) < OLDEST_KEPT;
	}

	/** Every method body built anew, which makes the builder compute its stack map frames for Java 8. */
	private static byte[] newer(ClassFile classFile, byte[] bytes) {
		ClassModel model = classFile.parse(bytes);
		ClassTransform version = (builder, element) -> {
			if (element instanceof ClassFileVersion)
				builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
			else
				builder.with(element);
		};
		return classFile.transformClass(model, version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
	}
}
