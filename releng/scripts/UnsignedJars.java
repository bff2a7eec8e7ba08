import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the jars of a folder without their signatures, for the ./faultline script's start-up cache: the JVM
 * verifies a signed jar's entries as it loads them, and the JDK's class-data sharing and AOT caches leave the
 * classes of signed jars out, so a signed class path starts slower and caches worse. The product keeps its
 * signed jars; only the copies in the user's cache folder are unsigned.
 *
 * usage: java releng/scripts/UnsignedJars.java FROM-DIR TO-DIR
 */
public final class UnsignedJars {

	/** A signature block: META-INF/NAME.SF and the certificates that sign it. */
	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java UnsignedJars.java FROM-DIR TO-DIR");
			System.exit(2);
		}
		Path to = Files.createDirectories(Path.of(args[1]));
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
			for (Path jar : jars)
				copy(jar, to.resolve(jar.getFileName()));
		}
	}

	private static void copy(Path jar, Path copy) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (SIGNATURE.matcher(entry.getName()).matches())
					continue;
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				in.transferTo(out);
				out.closeEntry();
			}
		}
	}
}
