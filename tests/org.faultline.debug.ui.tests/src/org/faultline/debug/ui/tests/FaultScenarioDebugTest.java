package org.faultline.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.breakpoints.CFunctionBreakpoint;
import org.faultline.debug.breakpoints.CLineBreakpoint;
import org.faultline.debug.model.FaultDebugTarget;
import org.faultline.debug.model.FaultStackFrame;
import org.faultline.debug.model.VersionThread;
import org.faultline.debug.ui.internal.FaultModelPresentation;
import org.faultline.debug.ui.internal.VersionStorageInput;
import org.faultline.debug.ui.internal.editor.VersionSourceEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

/**
 * The seed's read fault on a file VMA whose pmd is none and whose page is cached, stepped through in the Debug
 * perspective with the platform's own commands: into {@code __do_fault} up to the page-table allocation (the page
 * lock is held there, in the Variables view), over the allocation (the finding it raises is a marker in the editor
 * and the Problems view, whose double-click opens it again), and back (the earlier line and state). Then the same
 * scenario on both versions in lockstep: one editor per version side by side, suspended where they diverge.
 * Screenshots of each stage.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultScenarioDebugTest {

	private static final String SCENARIO = "read-cached-pmd-none";

	private static final String STEP_OVER = "org.eclipse.debug.ui.commands.StepOver";

	private static final String RESUME = "org.eclipse.debug.ui.commands.Resume";

	private static final String STEP_BACK = "org.faultline.debug.ui.stepBack";

	private IWorkbenchWindow window;

	private IWorkbenchPage page;

	private Shell shell;

	private final AtomicInteger suspends = new AtomicInteger();

	private final AtomicReference<Object> diverged = new AtomicReference<>();

	/** The debug events seen, for the message of a failed wait. */
	private final List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());

	private final IDebugEventSetListener events = set -> {
		for (DebugEvent e : set) {
			seen.add(e.getKind() + "/" + e.getDetail() + " " + e.getSource());
			if (e.getKind() == DebugEvent.SUSPEND)
				suspends.incrementAndGet();
			if (e.getDetail() == FaultDebugTarget.DIVERGED)
				diverged.set(e.getData());
		}
	};

	@BeforeEach
	void debugPerspective() throws Exception {
		// no prompts: the test shows the Debug perspective itself
		DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
		DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		shell = window.getShell();
		shell.setBounds(0, 0, 1600, 1000);
		page = PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, window);
		page.closeAllEditors(false);
		DebugPlugin.getDefault().addDebugEventListener(events);
	}

	@AfterEach
	void cleanUp() throws CoreException {
		DebugPlugin.getDefault().removeDebugEventListener(events);
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
			if (launch.canTerminate())
				launch.terminate();
			DebugPlugin.getDefault().getLaunchManager().removeLaunch(launch);
		}
		var breakpoints = DebugPlugin.getDefault().getBreakpointManager();
		breakpoints.removeBreakpoints(breakpoints.getBreakpoints(FaultlineDebug.MODEL_ID), true);
		for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager()
				.getLaunchConfigurations(FaultlineDebug.type()))
			c.delete();
		page.closeAllEditors(false);
	}

	@Test
	@Order(3)
	void launchDialogShowsTheTabsAndAScenarioErrorWithItsLine() throws Exception {
		ILaunchConfiguration configuration = FaultlineDebug
				.newConfiguration("seed read", FaultlineDebug.Settings.seed(FaultlineDebug.VERSION_BEFORE, SCENARIO))
				.doSave();
		AtomicReference<Throwable> failed = new AtomicReference<>();
		List<String> tabs = new ArrayList<>();
		AtomicReference<String> error = new AtomicReference<>();
		shell.getDisplay().timerExec(500, () -> {
			Shell dialogShell = Arrays.stream(shell.getDisplay().getShells())
					.filter(s -> s.getData() instanceof ILaunchConfigurationDialog).findFirst().orElse(null);
			try {
				assertNotNull(dialogShell, "the launch dialog is open");
				dialogShell.setSize(1100, 820);
				ILaunchConfigurationDialog dialog = (ILaunchConfigurationDialog) dialogShell.getData();
				for (ILaunchConfigurationTab tab : dialog.getTabs())
					tabs.add(tab.getName());
				dialog.setActiveTab(0);
				Workbench.screenshot(dialogShell, "launch-review-tab.png");
				dialog.setActiveTab(1);
				Workbench.screenshot(dialogShell, "launch-scenario-tab.png");
				ILaunchConfigurationTab scenarioTab = dialog.getTabs()[1];
				Button edited = radio(scenarioTab, "Edited here:");
				for (Button b : Workbench.find(scenarioTab.getControl(), Button.class, b -> (b.getStyle() & SWT.RADIO) != 0))
					b.setSelection(b == edited);
				edited.notifyListeners(SWT.Selection, null);
				StyledText text = Workbench.find(scenarioTab.getControl(), StyledText.class, t -> true).get(0);
				text.setText("scenario mine\nvma file private start=0x7f0000000000 pages=512 flags=read\nfualt address=0x7f0000003000\n");
				Workbench.settle(300);
				error.set(scenarioTab.getErrorMessage());
				Workbench.screenshot(dialogShell, "launch-scenario-error.png");
				Workbench.find(dialogShell, Button.class, b -> b.getText().replace("&", "").equals("Revert")).get(0)
						.notifyListeners(SWT.Selection, null);
				Workbench.settle(200);
			} catch (Throwable t) {
				failed.set(t);
			} finally {
				if (dialogShell != null)
					dialogShell.close();
			}
		});
		DebugUITools.openLaunchConfigurationDialog(shell, configuration, IDebugUIConstants.ID_DEBUG_LAUNCH_GROUP, null);
		if (failed.get() != null)
			throw new AssertionError(failed.get());
		assertEquals(List.of("Review", "Scenario", "Common"), tabs);
		assertNotNull(error.get(), "a misspelt directive is an error");
		assertTrue(error.get().contains(":3:"), "the error names line 3: " + error.get());
	}

	private static Button radio(ILaunchConfigurationTab tab, String label) {
		return Workbench.find(tab.getControl(), Button.class, b -> label.equals(b.getText())).get(0);
	}

	@Test
	@Order(1)
	void stepsIntoDoFaultToThePageTableAllocationAndBack() throws Exception {
		new CFunctionBreakpoint("__do_fault");
		FaultDebugTarget target = launch(FaultlineDebug.VERSION_BEFORE, false);
		VersionThread thread = target.versionThreads().get(0);
		waitUntil(() -> "__do_fault".equals(top(thread).getName()), "suspended where __do_fault is entered");

		List<Long> stepTimes = new ArrayList<>();
		int steps = 0;
		int previousLine = -1;
		while (!lineText(top(thread)).contains("pte_alloc(")) {
			assertTrue(++steps < 40, "the page-table allocation comes within 40 steps of __do_fault's entry");
			previousLine = top(thread).getLineNumber();
			stepTimes.add(run(STEP_OVER, thread));
			assertEquals("__do_fault", top(thread).getName(), "stepping over stays in __do_fault");
		}
		FaultStackFrame atAllocation = top(thread);
		int allocationLine = atAllocation.getLineNumber();
		String lockHeld = variablesShow("page lock", "held by this fault");
		Workbench.screenshot(shell, "debug-do_fault-page-lock-held.png");

		ITextEditor editor = editorOf(atAllocation);
		assertTrue(editor instanceof VersionSourceEditor, "the frame's file opens in the version source editor");
		assertFalse(editor.isEditable(), "a version's file is read-only");
		toggleALineBreakpointFromTheRunMenu(editor, allocationLine + 1);

		stepTimes.add(run(STEP_OVER, thread));
		IMarker finding = waitForFinding();
		assertEquals("ALLOCATION_UNDER_LOCK", finding.getAttribute(FaultlineDebug.MARKER_FINDING_KIND, ""));
		int findingLine = finding.getAttribute(IMarker.LINE_NUMBER, -1);
		System.out.printf("debug UI: the finding is at %s:%d, the allocation at line %d%n",
				finding.getAttribute(FaultlineDebug.MARKER_PATH, ""), findingLine, allocationLine);
		ITextEditor shown = editorOf(top(thread));
		waitUntil(() -> annotatedLine(shown, finding) == findingLine,
				"the finding is a marker at its line in the editor's ruler");
		page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
		var problems = page.showView("org.eclipse.ui.views.ProblemView");
		Workbench.settle(2000);
		// as a reviewer going to the finding: its line, with the marker in the ruler, and its row in Problems
		shown.getAdapter(org.eclipse.ui.ide.IGotoMarker.class).gotoMarker(finding);
		for (Tree t : Workbench.find((Control) problems.getSite().getService(MPart.class).getWidget(), Tree.class,
				t -> true))
			for (TreeItem item : t.getItems()) {
				item.setExpanded(true);
				var expand = new org.eclipse.swt.widgets.Event();
				expand.item = item;
				t.notifyListeners(SWT.Expand, expand);
			}
		Workbench.screenshot(shell, "debug-finding-marker.png");
		openFromTheProblemsView(problems, finding, shown);

		// back through the allocation's statements to the allocation line, where the finding is not raised yet
		List<Long> backTimes = new ArrayList<>();
		int backSteps = 0;
		do {
			assertTrue(++backSteps < 40, "stepping back reaches the allocation line again");
			backTimes.add(run(STEP_BACK, thread));
		} while (!("__do_fault".equals(top(thread).getName()) && top(thread).getLineNumber() == allocationLine));
		waitUntil(() -> findings().isEmpty(), "stepping back before the finding takes its marker away");
		// and one more: the line before, with the state before it
		backTimes.add(run(STEP_BACK, thread));
		assertEquals(previousLine, top(thread).getLineNumber(), "step back returns to the previous line");
		page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
		assertEquals(lockHeld, variablesShow("page lock", "held by this fault"), "the earlier state, page lock held");
		variablesShow("Findings", "0 findings");
		Workbench.screenshot(shell, "debug-after-step-back.png");

		System.out.println("debug UI: each step over, in order (ms): "
				+ stepTimes.stream().map(t -> String.format("%.0f", t / 1e6)).toList());
		stepTimes.sort(null);
		backTimes.sort(null);
		System.out.printf("debug UI: %d steps over, median %.1f ms, longest %.1f ms; %d steps back, median %.1f ms, "
				+ "longest %.1f ms (command to the Debug view showing the new frame)%n", stepTimes.size(),
				stepTimes.get(stepTimes.size() / 2) / 1e6, stepTimes.get(stepTimes.size() - 1) / 1e6, backTimes.size(),
				backTimes.get(backTimes.size() / 2) / 1e6, backTimes.get(backTimes.size() - 1) / 1e6);
	}

	@Test
	@Order(2)
	void lockstepShowsBothVersionsSideBySideAndStopsWhereTheyDiverge() throws Exception {
		FaultDebugTarget target = launch(FaultlineDebug.VERSION_BOTH, true);
		assertTrue(target.isLockstep());
		VersionThread first = target.versionThreads().get(0);
		int divergences = 0;
		while (target.divergence().isEmpty()) {
			assertTrue(++divergences < 50, "the versions diverge within 50 resumes");
			run(RESUME, first);
			assertFalse(target.isTerminated(), "the versions of the seed diverge before the fault ends");
		}
		waitUntil(() -> diverged.get() != null, "the target announces the divergence");
		waitUntil(() -> versionEditors().size() == 2, "an editor for each version");
		List<IEditorPart> editors = versionEditors();
		List<String> versions = editors.stream()
				.map(e -> ((VersionStorageInput) e.getEditorInput()).getStorage().version()).sorted().toList();
		assertEquals(List.of("after", "before"), versions);
		MPart left = editors.get(0).getSite().getService(MPart.class);
		MPart right = editors.get(1).getSite().getService(MPart.class);
		assertNotEquals(left.getParent(), right.getParent(), "the versions' editors are in two stacks, side by side");
		for (IEditorPart e : editors)
			assertTrue(page.isPartVisible(e), e.getTitle() + " is visible");
		String label = new FaultModelPresentation().getText(first);
		assertTrue(label.contains("diverge"), "the thread says the versions diverge: " + label);
		waitUntil(() -> debugViewRows().stream().filter(r -> r.contains("diverged")).count() == 2,
				"the Debug view labels both threads as diverged");
		Workbench.screenshot(shell, "lockstep-diverged.png");
	}

	/**
	 * Run > Toggle Breakpoint with the caret on a line of a version's file: a line breakpoint for that version, in
	 * the ruler at that line; toggling again removes it.
	 */
	private void toggleALineBreakpointFromTheRunMenu(ITextEditor editor, int line) throws Exception {
		var document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		page.activate(editor);
		editor.selectAndReveal(document.getLineOffset(line - 1), 0);
		var breakpoints = DebugPlugin.getDefault().getBreakpointManager();
		int before = breakpoints.getBreakpoints(FaultlineDebug.MODEL_ID).length;
		window.getService(IHandlerService.class).executeCommand("org.eclipse.debug.ui.commands.ToggleBreakpoint", null);
		waitUntil(() -> breakpoints.getBreakpoints(FaultlineDebug.MODEL_ID).length == before + 1,
				"Toggle Breakpoint adds a breakpoint");
		CLineBreakpoint added = Arrays.stream(breakpoints.getBreakpoints(FaultlineDebug.MODEL_ID))
				.filter(CLineBreakpoint.class::isInstance).map(CLineBreakpoint.class::cast).findFirst().orElseThrow();
		VersionStorageInput input = (VersionStorageInput) editor.getEditorInput();
		assertEquals(line, added.getLineNumber());
		assertEquals(input.getStorage().path(), added.getPath());
		assertEquals(input.getStorage().commit().name(), added.getCommit(), "the breakpoint is for this version");
		waitUntil(() -> annotatedLine(editor, added.getMarker()) == line, "the breakpoint is in the ruler at its line");
		window.getService(IHandlerService.class).executeCommand("org.eclipse.debug.ui.commands.ToggleBreakpoint", null);
		waitUntil(() -> breakpoints.getBreakpoints(FaultlineDebug.MODEL_ID).length == before,
				"Toggle Breakpoint again removes it");
		waitUntil(() -> annotatedLine(editor, added.getMarker()) == -1, "and its annotation");
	}

	// --- driving the launch

	private FaultDebugTarget launch(String version, boolean stopOnEntry) throws Exception {
		FaultlineDebug.Settings settings = new FaultlineDebug.Settings("", "", "", version, SCENARIO, "", "",
				stopOnEntry);
		ILaunchConfiguration configuration = FaultlineDebug.newConfiguration("seed " + version, settings).doSave();
		int before = suspends.get();
		DebugUITools.launch(configuration, ILaunchManager.DEBUG_MODE);
		waitUntil(() -> suspends.get() > before && target() != null && target().isSuspended(), "the launch suspends");
		waitForDebugView(target());
		return target();
	}

	/** The rows of the Debug view as it shows them. */
	private List<String> debugViewRows() {
		var view = page.findView(IDebugUIConstants.ID_DEBUG_VIEW);
		Control c = (Control) view.getSite().getService(MPart.class).getWidget();
		List<String> rows = new ArrayList<>();
		for (Tree t : Workbench.find(c, Tree.class, x -> true))
			collectRows(t.getItems(), rows);
		return rows;
	}

	private static void collectRows(TreeItem[] items, List<String> rows) {
		for (TreeItem i : items) {
			rows.add(i.getText());
			collectRows(i.getItems(), rows);
		}
	}

	private static FaultDebugTarget target() {
		for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches())
			if (launch.getDebugTarget() instanceof FaultDebugTarget t && !t.isTerminated())
				return t;
		return null;
	}

	/**
	 * Runs a command as the Debug view's toolbar does, on the element the Debug view has chosen, once it is
	 * enabled, and waits for the thread to suspend again. Returns the time from the command to the suspend event.
	 * The Debug view must have chosen the thread's present top frame first: on a loaded machine it may still show
	 * a frame of an earlier suspend, on which the command does nothing (seen in a fresh-clone CI run, 2026-12-03).
	 */
	private long run(String commandId, VersionThread thread) throws Exception {
		waitForDebugView((FaultDebugTarget) thread.getDebugTarget());
		Command command = window.getService(ICommandService.class).getCommand(commandId);
		waitUntil(command::isEnabled, commandId + " is enabled");
		int before = suspends.get();
		long start = System.nanoTime();
		window.getService(IHandlerService.class).executeCommand(commandId, null);
		Object context = DebugUITools.getDebugContext();
		waitUntil(() -> suspends.get() > before && thread.isSuspended() || thread.isTerminated(),
				commandId + " on " + context + " ends in a suspend; events " + recentEvents());
		if (!thread.isTerminated())
			waitForDebugView((FaultDebugTarget) thread.getDebugTarget());
		return System.nanoTime() - start;
	}

	private String recentEvents() {
		synchronized (seen) {
			return seen.subList(Math.max(0, seen.size() - 8), seen.size()).toString();
		}
	}

	/**
	 * Waits until the Debug view has chosen the current top frame of one of the target's threads: the debug context
	 * the commands act on.
	 */
	private static void waitForDebugView(FaultDebugTarget target) {
		waitUntil(() -> DebugUITools.getDebugContext() instanceof FaultStackFrame f
				&& f.getThread() instanceof VersionThread t && t.getDebugTarget() == target && top(t) != null
				&& f.getLineNumber() == top(t).getLineNumber() && f.getName().equals(top(t).getName()),
				"the Debug view chooses a thread's top frame");
	}

	private static FaultStackFrame top(VersionThread thread) {
		return (FaultStackFrame) thread.getTopStackFrame();
	}

	private static String lineText(FaultStackFrame frame) throws CoreException {
		String[] lines = new String(frame.source().bytes(), StandardCharsets.UTF_8).split("\n", -1);
		return lines[frame.getLineNumber() - 1];
	}

	private ITextEditor editorOf(FaultStackFrame frame) {
		for (IEditorReference ref : page.getEditorReferences())
			if (ref.getEditor(false) instanceof ITextEditor e && e.getEditorInput() instanceof VersionStorageInput in
					&& in.getStorage().equals(frame.source()))
				return e;
		return null;
	}

	/**
	 * A double-click on the finding's row in the Problems view opens the version's file at the finding's line in the
	 * debugger's editor, even when that editor was closed.
	 */
	private void openFromTheProblemsView(IViewPart problems, IMarker finding, ITextEditor shown) throws Exception {
		page.closeEditor(shown, false);
		Tree tree = (Tree) ((StructuredViewer) problems.getSite().getSelectionProvider()).getControl();
		TreeItem[] item = new TreeItem[1];
		waitUntil(() -> (item[0] = markerItem(tree.getItems(), finding)) != null,
				"the Problems view lists the finding");
		tree.setSelection(item[0]);
		var doubleClick = new org.eclipse.swt.widgets.Event();
		doubleClick.item = item[0];
		tree.notifyListeners(SWT.DefaultSelection, doubleClick);
		String path = finding.getAttribute(FaultlineDebug.MARKER_PATH, "");
		String commit = finding.getAttribute(FaultlineDebug.MARKER_COMMIT, "");
		int line = finding.getAttribute(IMarker.LINE_NUMBER, -1);
		waitUntil(() -> page.getActiveEditor() instanceof VersionSourceEditor e
				&& e.getEditorInput() instanceof VersionStorageInput in && in.getStorage().path().equals(path)
				&& in.getStorage().commit().name().equals(commit)
				&& e.getSelectionProvider().getSelection() instanceof ITextSelection s && s.getStartLine() == line - 1,
				"the finding's double-click opens " + path + " of its version at line " + line);
		Workbench.screenshot(shell, "debug-finding-opened-from-problems.png");
	}

	/** The tree item (at any depth, expanded on the way) that stands for a marker; null when none does. */
	private static TreeItem markerItem(TreeItem[] items, IMarker marker) {
		for (TreeItem item : items) {
			if (Adapters.adapt(item.getData(), IMarker.class) instanceof IMarker m && m.equals(marker))
				return item;
			item.setExpanded(true);
			TreeItem found = markerItem(item.getItems(), marker);
			if (found != null)
				return found;
		}
		return null;
	}

	private List<IEditorPart> versionEditors() {
		List<IEditorPart> out = new ArrayList<>();
		for (IEditorReference ref : page.getEditorReferences())
			if (ref.getEditor(false) instanceof VersionSourceEditor e && page.isPartVisible(e))
				out.add(e);
		return out;
	}

	private static List<IMarker> findings() {
		try {
			return List.of(ResourcesPlugin.getWorkspace().getRoot().findMarkers(FaultlineDebug.FINDING_MARKER, false, 0));
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private IMarker waitForFinding() {
		waitUntil(() -> !findings().isEmpty(), "the step raises a finding, shown as a marker");
		return findings().get(0);
	}

	/** The line (1-based) where the editor shows the marker's annotation; -1 when it does not. */
	private static int annotatedLine(ITextEditor editor, IMarker marker) {
		if (editor == null)
			return -1;
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (var it = model.getAnnotationIterator(); it.hasNext();)
			if (it.next() instanceof MarkerAnnotation a && a.getMarker().equals(marker))
				try {
					return editor.getDocumentProvider().getDocument(editor.getEditorInput())
							.getLineOfOffset(model.getPosition(a).getOffset()) + 1;
				} catch (org.eclipse.jface.text.BadLocationException e) {
					return -1;
				}
		return -1;
	}

	/**
	 * Expands the Variables view until a row shows both texts, and returns that row's text: what a reviewer reads
	 * there, not the model behind it.
	 */
	private String variablesShow(String name, String value) throws Exception {
		var view = page.showView(IDebugUIConstants.ID_VARIABLE_VIEW);
		Control viewControl = (Control) view.getSite().getService(MPart.class).getWidget();
		Tree tree = Workbench.find(viewControl, Tree.class, t -> true).get(0);
		var viewer = (org.eclipse.debug.internal.ui.viewers.model.provisional.ITreeModelViewer) ((org.eclipse.debug.ui.AbstractDebugView) view)
				.getViewer();
		AtomicReference<String> found = new AtomicReference<>();
		try {
			waitUntil(() -> {
				openMachine(viewer);
				found.set(expandAndFind(tree.getItems(), name, value));
				return found.get() != null;
			}, "the Variables view shows " + name + " " + value);
		} catch (AssertionError e) {
			Workbench.screenshot(shell, "failed-variables.png");
			throw e;
		}
		return found.get();
	}

	/**
	 * Asks the Variables view to open the frame's Machine and its locks, as the view does to restore what a user
	 * opened (a model delta with EXPAND on the path), at most twice a second.
	 */
	private void openMachine(org.eclipse.debug.internal.ui.viewers.model.provisional.ITreeModelViewer viewer) {
		if (!(viewer.getInput() instanceof FaultStackFrame frame) || System.currentTimeMillis() - lastExpand < 500)
			return;
		lastExpand = System.currentTimeMillis();
		try {
			for (var machine : frame.getVariables())
				if (machine.getName().equals("Machine")) {
					var root = new org.eclipse.debug.internal.ui.viewers.model.provisional.ModelDelta(frame,
							org.eclipse.debug.internal.ui.viewers.model.provisional.IModelDelta.NO_CHANGE);
					var machineNode = root.addNode(machine,
							org.eclipse.debug.internal.ui.viewers.model.provisional.IModelDelta.EXPAND);
					for (var part : machine.getValue().getVariables())
						if (part.getName().equals("locks"))
							machineNode.addNode(part, org.eclipse.debug.internal.ui.viewers.model.provisional.IModelDelta.EXPAND);
					viewer.updateViewer(root);
				}
		} catch (org.eclipse.debug.core.DebugException e) {
			throw new AssertionError(e);
		}
	}

	/** The rows the search opens: the machine, its locks, the findings. */
	private static final List<String> OPENED = List.of("Machine", "locks", "Findings");

	private long lastExpand;

	/**
	 * Opens rows as a reviewer clicking their twisties does (the view fetches children when a row expands).
	 */
	private String expandAndFind(TreeItem[] items, String name, String value) {
		for (TreeItem item : items) {
			if (item.getData() == null)
				continue; // not filled in yet
			String row = item.getText(0) + " = " + item.getText(1);
			if (row.contains(name) && row.contains(value))
				return row;
			if (OPENED.contains(item.getText(0)) && item.getItemCount() > 0 && !item.getExpanded()) {
				item.setExpanded(true);
				var e = new org.eclipse.swt.widgets.Event();
				e.item = item;
				item.getParent().notifyListeners(SWT.Expand, e);
			}
			String inside = expandAndFind(item.getItems(), name, value);
			if (inside != null)
				return inside;
		}
		return null;
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
		Workbench.waitUntil(condition, 60, what);
	}
}
