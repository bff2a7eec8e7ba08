package org.faultline.debug;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/**
 * The "Fault scenario" launch: its type, its attributes and the names the debug model uses. A UI makes a
 * configuration with {@link #newConfiguration} ("Debug this" from a run or a finding) and reads one back with
 * {@link #settings}.
 *
 * <pre>
 * ILaunchConfigurationWorkingCopy wc = FaultlineDebug.newConfiguration("seed read",
 * 		FaultlineDebug.Settings.seed(FaultlineDebug.VERSION_BEFORE, "read-cached-pmd-none"));
 * ILaunch launch = wc.launch(ILaunchManager.DEBUG_MODE, monitor);
 * </pre>
 */
public final class FaultlineDebug {

	/** The debug model's id: its elements, breakpoints and presentation. */
	public static final String MODEL_ID = "org.faultline.debug";

	public static final String PLUGIN_ID = "org.faultline.debug";

	public static final String LAUNCH_CONFIGURATION_TYPE = "org.faultline.debug.faultScenario";

	/** Path of the patch file; empty for the shipped seed patch. */
	public static final String ATTR_PATCH = PLUGIN_ID + ".patch";

	/** Path of a git repository (a checkout or a git directory); empty for the embedded modelled tree. */
	public static final String ATTR_BASE_REPOSITORY = PLUGIN_ID + ".baseRepository";

	/** The revision the patch applies to; empty for the base's default. */
	public static final String ATTR_BASE_REVISION = PLUGIN_ID + ".baseRevision";

	/** {@link #VERSION_BEFORE}, {@link #VERSION_AFTER} or {@link #VERSION_BOTH} (in lockstep). */
	public static final String ATTR_VERSION = PLUGIN_ID + ".version";

	/** A shipped scenario's name. */
	public static final String ATTR_SCENARIO_NAME = PLUGIN_ID + ".scenarioName";

	/** Path of a scenario file. */
	public static final String ATTR_SCENARIO_FILE = PLUGIN_ID + ".scenarioFile";

	/** A scenario's text as edited in the launch dialog; it wins over the file, which wins over the name. */
	public static final String ATTR_SCENARIO_TEXT = PLUGIN_ID + ".scenarioText";

	/** Whether a debug launch suspends at the first statement (else it runs to a breakpoint). */
	public static final String ATTR_STOP_ON_ENTRY = PLUGIN_ID + ".stopOnEntry";

	public static final String VERSION_BEFORE = "before";

	public static final String VERSION_AFTER = "after";

	public static final String VERSION_BOTH = "both";

	/** Marker type of the findings raised while stepping, on the workspace root. */
	public static final String FINDING_MARKER = PLUGIN_ID + ".findingMarker";

	public static final String LINE_BREAKPOINT_MARKER = PLUGIN_ID + ".lineBreakpointMarker";

	public static final String FUNCTION_BREAKPOINT_MARKER = PLUGIN_ID + ".functionBreakpointMarker";

	public static final String FINDING_BREAKPOINT_MARKER = PLUGIN_ID + ".findingBreakpointMarker";

	/** Marker attribute: the repository-relative path of a version's file (breakpoints and findings). */
	public static final String MARKER_PATH = PLUGIN_ID + ".path";

	/** Marker attribute: the commit the file is read from; on a breakpoint, empty for any version. */
	public static final String MARKER_COMMIT = PLUGIN_ID + ".commit";

	/** Marker attribute: the version label, "before" or "after". */
	public static final String MARKER_VERSION = PLUGIN_ID + ".version";

	/** Finding marker attribute: the finding's kind (a {@code FindingKind} literal). */
	public static final String MARKER_FINDING_KIND = PLUGIN_ID + ".findingKind";

	/** Finding marker attribute: the step that raised it. */
	public static final String MARKER_STEP = PLUGIN_ID + ".step";

	/**
	 * What a launch runs; empty strings mean the defaults (seed patch, modelled tree, base's revision).
	 *
	 * @param version {@link #VERSION_BEFORE}, {@link #VERSION_AFTER} or {@link #VERSION_BOTH}
	 */
	public record Settings(String patch, String baseRepository, String baseRevision, String version,
			String scenarioName, String scenarioFile, String scenarioText, boolean stopOnEntry) {

		/** A shipped scenario on the seed patch and the modelled tree. */
		public static Settings seed(String version, String scenarioName) {
			return new Settings("", "", "", version, scenarioName, "", "", true);
		}

		void write(ILaunchConfigurationWorkingCopy wc) {
			wc.setAttribute(ATTR_PATCH, patch);
			wc.setAttribute(ATTR_BASE_REPOSITORY, baseRepository);
			wc.setAttribute(ATTR_BASE_REVISION, baseRevision);
			wc.setAttribute(ATTR_VERSION, version);
			wc.setAttribute(ATTR_SCENARIO_NAME, scenarioName);
			wc.setAttribute(ATTR_SCENARIO_FILE, scenarioFile);
			wc.setAttribute(ATTR_SCENARIO_TEXT, scenarioText);
			wc.setAttribute(ATTR_STOP_ON_ENTRY, stopOnEntry);
		}
	}

	private FaultlineDebug() {
	}

	public static ILaunchConfigurationType type() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(LAUNCH_CONFIGURATION_TYPE);
	}

	/**
	 * A new, unsaved configuration of the fault scenario type with these settings, under a name not yet taken
	 * (made from {@code name}).
	 */
	public static ILaunchConfigurationWorkingCopy newConfiguration(String name, Settings settings)
			throws CoreException {
		String unique = DebugPlugin.getDefault().getLaunchManager().generateLaunchConfigurationName(name);
		ILaunchConfigurationWorkingCopy wc = type().newInstance(null, unique);
		settings.write(wc);
		return wc;
	}

	/** A configuration's settings, with the defaults for what it does not set. */
	public static Settings settings(ILaunchConfiguration c) throws CoreException {
		return new Settings(c.getAttribute(ATTR_PATCH, ""), c.getAttribute(ATTR_BASE_REPOSITORY, ""),
				c.getAttribute(ATTR_BASE_REVISION, ""), c.getAttribute(ATTR_VERSION, VERSION_BEFORE),
				c.getAttribute(ATTR_SCENARIO_NAME, ""), c.getAttribute(ATTR_SCENARIO_FILE, ""),
				c.getAttribute(ATTR_SCENARIO_TEXT, ""), c.getAttribute(ATTR_STOP_ON_ENTRY, true));
	}

	/** A CoreException with an error status of this plug-in. */
	public static CoreException error(String message, Throwable cause) {
		return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
	}
}
