package org.faultline.exec;

/** A scenario text that cannot be read, with where: "source:line: message". */
public class ScenarioException extends Exception {

	private static final long serialVersionUID = 1L;

	public ScenarioException(String source, int line, String message) {
		super(source + ":" + line + ": " + message);
	}
}
