package org.faultline.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every string the Faultline UI shows, from messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.faultline.ui.internal.messages";

	public static String Page_overview;

	public static String Page_semantic;

	public static String Page_source;

	public static String Page_faultPaths;

	public static String Page_runs;

	public static String Overview_from;

	public static String Overview_series;

	public static String Overview_base;

	public static String Overview_trailers;

	public static String Overview_none;

	public static String Overview_declared;

	public static String Overview_applied;

	public static String Overview_diffstatDiffers;

	public static String Overview_hunks;

	public static String Overview_hunksFailed;

	public static String Overview_hunk;

	public static String Overview_badge;

	public static String Overview_explanation;

	public static String Overview_problems;

	public static String Overview_findings;

	public static String Semantic_function;

	public static String Semantic_status;

	public static String Semantic_title;

	public static String Semantic_absent;

	public static String Semantic_signature;

	public static String Semantic_contract;

	public static String Semantic_when;

	public static String Semantic_subject;

	public static String Semantic_before;

	public static String Semantic_after;

	public static String Semantic_decisions;

	public static String Semantic_decisionsHelp;

	public static String Semantic_callee;

	public static String Semantic_both;

	public static String Semantic_beforeAlso;

	public static String Semantic_afterAlso;

	public static String Semantic_calls;

	public static String Semantic_moves;

	public static String Semantic_balance;

	public static String Semantic_resource;

	public static String Semantic_net;

	public static String Source_file;

	public static String Source_side;

	public static String Source_structure;

	public static String Graph_legend;

	public static String Graph_fit;

	public static String Graph_zoomIn;

	public static String Graph_zoomOut;

	public static String Graph_scale;

	public static String Graph_zoomHint;

	public static String Runs_scenariosTab;

	public static String Runs_groupsTab;

	public static String Runs_groupsTabCount;

	public static String Runs_scenario;

	public static String Runs_before;

	public static String Runs_after;

	public static String Runs_differences;

	public static String Runs_same;

	public static String Runs_notRun;

	public static String Runs_step;

	public static String Runs_beforeEvent;

	public static String Runs_afterEvent;

	public static String Runs_explore;

	public static String Runs_cancelExplore;

	public static String Runs_exploring;

	public static String Runs_notExplored;

	public static String Runs_exploreCancelled;

	public static String Runs_exploreFailed;

	public static String Runs_groupCount;

	public static String Runs_findingIn;

	public static String Runs_representative;

	public static String Runs_cause;

	public static String Runs_noFinding;

	public static String Runs_detailRun;

	public static String Runs_detailFinding;

	public static String Runs_detailGroup;

	public static String Runs_detailStep;

	public static String Annotate_title;

	public static String Annotate_menu;

	public static String Annotate_rulerMenu;

	public static String Annotate_prompt;

	public static String Annotate_empty;

	public static String Annotate_nothing;

	public static String Annotations_show;

	public static String Annotations_all;

	public static String Annotations_drafts;

	public static String Annotations_published;

	public static String Annotations_target;

	public static String Annotations_text;

	public static String Annotations_author;

	public static String Annotations_state;

	public static String Annotations_draft;

	public static String Annotations_sent;

	public static String Annotations_reply;

	public static String Annotations_replyTo;

	public static String Annotations_goTo;

	public static String Annotations_noReview;

	public static String Annotations_summary;

	public static String Editor_notAPatch;

	public static String Editor_importing;

	public static String Editor_importingTab;

	public static String Editor_cannotRead;

	public static String Editor_saving;

	public static String Editor_saveFailed;

	public static String Editor_closing;

	public static String Editor_pageFailed;

	public static String ReviewJob_name;

	public static String ReviewJob_base;

	public static String ReviewJob_apply;

	public static String ReviewJob_diff;

	public static String ReviewJob_runs;

	public static String ReviewJob_failed;

	public static String Wizard_title;

	public static String Wizard_patchTitle;

	public static String Wizard_patchDescription;

	public static String Wizard_fromFile;

	public static String Wizard_fromClipboard;

	public static String Wizard_fromSample;

	public static String Wizard_browse;

	public static String Wizard_patches;

	public static String Wizard_position;

	public static String Wizard_subject;

	public static String Wizard_author;

	public static String Wizard_reading;

	public static String Wizard_cannotRead;

	public static String Wizard_cancelled;

	public static String Wizard_clipboardEmpty;

	public static String Wizard_clipboardSource;

	public static String Wizard_tickOne;

	public static String Wizard_baseTitle;

	public static String Wizard_baseDescription;

	public static String Wizard_directory;

	public static String Wizard_revision;

	public static String Wizard_notARepository;

	public static String Wizard_noRevision;

	public static String Base_modelled;

	public static String Base_repository;

	public static String Preferences_description;

	public static String Preferences_base;

	public static String Preferences_repository;

	public static String Preferences_revision;

	public static String Preferences_reviewerName;

	public static String Preferences_reviewerAddress;

	public static String Reply_title;

	public static String Reply_noReview;

	public static String Reply_exportTitle;

	public static String Reply_exportMessage;

	public static String Reply_from;

	public static String Reply_fromHint;

	public static String Reply_trailer;

	public static String Reply_noTrailer;

	public static String Reply_drafts;

	public static String Reply_publish;

	public static String Reply_copy;

	public static String Reply_save;

	public static String Reply_cannotWrite;

	public static String Reply_cannotSave;

	public static String Reply_importTitle;

	public static String Reply_importMessage;

	public static String Reply_readFile;

	public static String Reply_import;

	public static String Reply_cannotRead;

	public static String Reply_cannotImport;

	public static String Reply_imported;

	public static String Reply_trailers;

	public static String Reply_unplaced;

	public static String Reply_unplacedItem;

	public static String Markers_update;

	public static String ApplyFailed_title;

	public static String ApplyFailed_message;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
