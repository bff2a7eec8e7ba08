package org.faultline.ui.internal.editor;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextEvent;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;

/**
 * C syntax colouring for the compare viewers (and the debugger's source editor): comments, strings, preprocessor
 * lines, keywords, numbers. The texts shown are read-only versions, so a text is coloured whole, once, from a
 * {@link CColouring} that the Source page has scanned off the display thread.
 */
public final class CSourceConfiguration extends SourceViewerConfiguration {

	private final Function<String, CColouring> colourings;

	/** Colours each text as it is shown, scanning it then. */
	public CSourceConfiguration() {
		this(CColouring::of);
	}

	/** @param colourings the colouring of a text, scanned before where it can be */
	CSourceConfiguration(Function<String, CColouring> colourings) {
		this.colourings = colourings;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		return new WholeTextColouring(colourings);
	}

	private static TextAttribute attribute(CColouring.Kind kind) {
		return switch (kind) {
		case COMMENT -> attribute("comment", new RGB(63, 127, 95), SWT.NORMAL);
		case STRING -> attribute("string", new RGB(42, 0, 255), SWT.NORMAL);
		case PREPROCESSOR -> attribute("preprocessor", new RGB(100, 70, 150), SWT.NORMAL);
		case KEYWORD -> attribute("keyword", new RGB(127, 0, 85), SWT.BOLD);
		case NUMBER -> attribute("number", new RGB(125, 125, 125), SWT.NORMAL);
		};
	}

	private static TextAttribute attribute(String name, RGB rgb, int style) {
		String key = "org.faultline.ui.c." + name;
		if (!JFaceResources.getColorRegistry().hasValueFor(key))
			JFaceResources.getColorRegistry().put(key, rgb);
		return new TextAttribute(JFaceResources.getColorRegistry().get(key), null, style);
	}

	/**
	 * Applies a text's colouring whole when the viewer shows the text (again), instead of scanning the damaged
	 * region on every change as the platform's reconciler does: the document is set, redraw is switched back on, and
	 * the whole text is rescanned by the platform each time.
	 */
	private static final class WholeTextColouring implements IPresentationReconciler, ITextInputListener, ITextListener {

		private final Function<String, CColouring> colourings;

		private final Map<CColouring.Kind, TextAttribute> attributes = new EnumMap<>(CColouring.Kind.class);

		private TextViewer viewer;

		private CColouring colouring;

		/** Whether the widget holds the text's colouring now. */
		private boolean applied;

		WholeTextColouring(Function<String, CColouring> colourings) {
			this.colourings = colourings;
		}

		@Override
		public void install(ITextViewer textViewer) {
			viewer = (TextViewer) textViewer;
			viewer.addTextInputListener(this);
			viewer.addTextListener(this);
		}

		@Override
		public void uninstall() {
			viewer.removeTextInputListener(this);
			viewer.removeTextListener(this);
		}

		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			colouring = newInput == null ? null : colourings.apply(newInput.get());
			applied = false;
			apply();
		}

		@Override
		public void textChanged(TextEvent event) {
			if (event.getDocumentEvent() != null) {
				// an edit (the debugger's editor): rescan
				colouring = colourings.apply(event.getDocumentEvent().getDocument().get());
				applied = false;
			} else if (event.getText() != null)
				applied = false; // the widget's text was set again, without its styles
			if (event.getViewerRedrawState())
				apply();
		}

		private void apply() {
			if (applied || colouring == null || colouring.firstRun() < 0)
				return;
			viewer.changeTextPresentation(
					colouring.presentation(k -> attributes.computeIfAbsent(k, CSourceConfiguration::attribute)), false);
			StyledText text = viewer.getTextWidget();
			int first = viewer.modelOffset2WidgetOffset(colouring.firstRun());
			// the viewer drops a presentation while its redraw is off: applied when it is switched on
			applied = first >= 0 && first < text.getCharCount() && text.getStyleRangeAtOffset(first) != null;
		}

		@Override
		public IPresentationDamager getDamager(String contentType) {
			return null;
		}

		@Override
		public IPresentationRepairer getRepairer(String contentType) {
			return null;
		}
	}
}
