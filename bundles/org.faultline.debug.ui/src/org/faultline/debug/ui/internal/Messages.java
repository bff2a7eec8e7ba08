package org.faultline.debug.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every string the Faultline debug UI shows, from messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.faultline.debug.ui.internal.messages";

	public static String ReviewTab_name;

	public static String ReviewTab_patch;

	public static String ReviewTab_sample;

	public static String ReviewTab_patchFile;

	public static String ReviewTab_browse;

	public static String ReviewTab_base;

	public static String ReviewTab_modelledTree;

	public static String ReviewTab_repository;

	public static String ReviewTab_revision;

	public static String ReviewTab_revisionHint;

	public static String ReviewTab_version;

	public static String ReviewTab_before;

	public static String ReviewTab_after;

	public static String ReviewTab_both;

	public static String ReviewTab_stopOnEntry;

	public static String ReviewTab_noPatch;

	public static String ReviewTab_noSuchPatch;

	public static String ReviewTab_noRepository;

	public static String ReviewTab_notRepository;

	public static String ScenarioTab_name;

	public static String ScenarioTab_shipped;

	public static String ScenarioTab_file;

	public static String ScenarioTab_edited;

	public static String ScenarioTab_copy;

	public static String ScenarioTab_syntax;

	public static String ScenarioTab_noFile;

	public static String ScenarioTab_noSuchFile;

	public static String ScenarioTab_unreadable;

	public static String ScenarioTab_empty;

	public static String ScenarioTab_noName;

	public static String ScenarioTab_explored;

	public static String ScenarioTab_exploreHint;

	public static String ScenarioTab_explore;

	public static String ScenarioTab_cause;

	public static String ScenarioTab_count;

	public static String ScenarioTab_representative;

	public static String ScenarioTab_findings;

	public static String ScenarioTab_findingsNone;

	public static String ScenarioTab_groupComment;

	public static String ScenarioTab_noDifference;

	public static String ScenarioTab_exploreFailed;

	public static String Presentation_diverged;

	public static String Presentation_threadDiverged;

	public static String Presentation_lineBreakpoint;

	public static String Presentation_functionBreakpoint;

	public static String Presentation_findingBreakpoint;

	public static String Presentation_anyFinding;

	public static String Input_tooltip;

	public static String Lockstep_diverged;

	public static String Lockstep_divergedTitle;

	public static String Lockstep_cannotOpen;

	public static String Finding_cannotOpen;

	public static String DebugThis_notAFile;

	public static String DebugThis_failed;

	public static String DebugThis_title;

	public static String StepBack_job;

	public static String StepBack_failed;

	public static String SuspendOnFinding_title;

	public static String SuspendOnFinding_message;

	public static String SuspendOnFinding_any;

	public static String SuspendOnFinding_failed;

	public static String Toggle_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
