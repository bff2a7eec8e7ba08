package org.faultline.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The scenarios that ship with the tool ({@code scenarios/*.fault} in this bundle), by name. */
public final class NamedScenarios {

	private NamedScenarios() {
	}

	public static List<String> names() throws IOException {
		return new String(read("index.txt"), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
	}

	/**
	 * @throws ScenarioException when there is no scenario of that name (the message lists the known ones) or it
	 *                           does not parse
	 */
	public static Scenario load(String name) throws ScenarioException, IOException {
		return ScenarioParser.parse("scenarios/" + name + ".fault", text(name));
	}

	/**
	 * A shipped scenario's text, e.g. to start a scenario of one's own from it.
	 *
	 * @throws ScenarioException when there is no scenario of that name (the message lists the known ones)
	 */
	public static String text(String name) throws ScenarioException, IOException {
		if (!names().contains(name))
			throw new ScenarioException(name, 0, "no shipped scenario of that name; known: " + names());
		return new String(read(name + ".fault"), StandardCharsets.UTF_8);
	}

	/** A scenario file if there is one at {@code fileOrName}, else the shipped scenario of that name. */
	public static Scenario fileOrName(String fileOrName) throws ScenarioException, IOException {
		Path file = Path.of(fileOrName);
		if (Files.isRegularFile(file))
			return ScenarioParser.parse(fileOrName, Files.readString(file));
		return load(fileOrName);
	}

	private static byte[] read(String file) throws IOException {
		try (InputStream in = NamedScenarios.class.getClassLoader().getResourceAsStream("scenarios/" + file)) {
			if (in == null)
				throw new IOException("shipped scenario file missing: scenarios/" + file);
			return in.readAllBytes();
		}
	}
}
