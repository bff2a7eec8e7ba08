package org.faultline.review.tests;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The command line of a child JVM that runs a main class of this fragment with the test runtime's bundles. */
final class ChildJvm {

	private ChildJvm() {
	}

	/**
	 * java with this OSGi runtime's bundles on a plain class path, native access allowed. Bundle locations may be
	 * relative to the framework's install area.
	 */
	static List<String> command(Class<?> main, List<String> options, String... args) throws Exception {
		Path installArea = Path.of(new URI(System.getProperty("osgi.install.area")));
		List<String> classPath = new ArrayList<>();
		classPath.add(new File(main.getProtectionDomain().getCodeSource().getLocation().getPath()).getPath());
		Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			String location = bundle.getLocation().replaceFirst("^.*?reference:", "").replaceFirst("^file:", "");
			File file = installArea.resolve(location).normalize().toFile();
			if (file.isFile())
				classPath.add(file.getPath());
			else if (new File(file, "target/classes").isDirectory())
				classPath.add(new File(file, "target/classes").getPath());
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		// tree-sitter's JNI library: without it the JDK prints a warning into the child's output (as the product's
		// launch arguments say too)
		command.add("--enable-native-access=ALL-UNNAMED");
		command.addAll(options);
		command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), main.getName()));
		command.addAll(List.of(args));
		return command;
	}
}
