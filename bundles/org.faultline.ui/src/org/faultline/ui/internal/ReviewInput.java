package org.faultline.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.faultline.review.ReviewStore;
import org.faultline.review.view.FaultPathGraph;
import org.faultline.review.view.RunComparison;
import org.faultline.ui.internal.editor.SemanticFunction;
import org.faultline.ui.internal.editor.SourceFiles;

/**
 * An open review: the session the editor's pages read and call, the store it is saved to, and the repository base
 * it owns (null for the shared modelled tree), closed with the editor.
 */
public final class ReviewInput implements IEditorInput {

	private final String source;

	private final ReviewSession session;

	private final ReviewStore store;

	private final ReviewBase ownedBase;

	private final FaultPathGraph graph;

	private final RunComparison runs;

	private final SourceFiles sources;

	private final SemanticFunction opening;

	/** The editors that show this review (Window > New Editor makes a second one): the last to close closes it. */
	private int editors;

	ReviewInput(String source, ReviewSession session, ReviewStore store, ReviewBase ownedBase, FaultPathGraph graph,
			RunComparison runs, SourceFiles sources, SemanticFunction opening) {
		this.source = source;
		this.session = session;
		this.store = store;
		this.ownedBase = ownedBase;
		this.graph = graph;
		this.runs = runs;
		this.sources = sources;
		this.opening = opening;
	}

	/** The function the Semantic page opens on, worked out; null when the patch did not apply or the path lacks it. */
	public SemanticFunction opening() {
		return opening;
	}

	/** The patched files of both versions, read for the Source page; null when the patch did not apply. */
	public SourceFiles sources() {
		return sources;
	}

	/** The runs of both versions paired by scenario; null when the patch did not apply. */
	public RunComparison runs() {
		return runs;
	}

	/** The fault path laid out for the text font; null when the patch did not apply. */
	public FaultPathGraph graph() {
		return graph;
	}

	public ReviewSession session() {
		return session;
	}

	public ReviewStore store() {
		return store;
	}

	/** An editor shows this review (or someone else keeps it open until {@link #release()}). */
	public synchronized void retain() {
		editors++;
	}

	/** An editor that showed this review closed: the review closes when none shows it any more. */
	public synchronized void release() {
		if (--editors == 0)
			close();
	}

	/** Closes the session, and the base and its store when the review opened them. */
	public void close() {
		session.close();
		if (ownedBase != null) {
			store.close();
			ownedBase.close();
		}
	}

	@Override
	public String getName() {
		var patch = session.document().getPatch();
		return patch != null ? patch.getSubject() : source;
	}

	@Override
	public String getToolTipText() {
		return source + " on " + session.base().name();
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
