package org.faultline.ui.internal.editor;

import org.eclipse.compare.ISharedDocumentAdapter;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DocumentRangeNode;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.compare.structuremergeviewer.StructureCreator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.faultline.review.view.SourceOutline;
import org.faultline.ui.internal.Messages;

/**
 * The structure pane of a C compare: the file's functions as the fault path's parse found them, so the compare
 * framework lists which functions differ and selecting one shows it.
 */
public final class CStructureCreator extends StructureCreator {

	/** Node types: the file, a function. */
	private static final int FILE = 0, FUNCTION = 1;

	@Override
	public String getName() {
		return Messages.Source_structure;
	}

	@Override
	protected IStructureComparator createStructureComparator(Object input, IDocument document,
			ISharedDocumentAdapter adapter, IProgressMonitor monitor) {
		DocumentRangeNode root = new CNode(null, FILE, input instanceof VersionFile file ? file.path() : "", document, 0,
				document.getLength());
		if (input instanceof VersionFile file)
			for (SourceOutline.Function f : file.functions())
				try {
					int start = document.getLineOffset(f.firstLine() - 1);
					int end = f.lastLine() < document.getNumberOfLines()
							? document.getLineOffset(f.lastLine()) : document.getLength();
					root.addChild(new CNode(root, FUNCTION, f.name(), document, start, end - start));
				} catch (BadLocationException e) {
					// the outline is of this very text; a function past its end is left out
				}
		return root;
	}

	@Override
	public String getContents(Object node, boolean ignoreWhitespace) {
		if (node instanceof DocumentRangeNode range) {
			try {
				String text = range.getDocument().get(range.getRange().getOffset(), range.getRange().getLength());
				return ignoreWhitespace ? text.replaceAll("\\s+", " ").strip() : text;
			} catch (BadLocationException e) {
				return null;
			}
		}
		return null;
	}

	/** The file or a function's range in it, named, compared and shown as C (the differencer asks every node). */
	private static final class CNode extends DocumentRangeNode implements ITypedElement {

		CNode(DocumentRangeNode parent, int type, String name, IDocument document, int start, int length) {
			super(parent, type, name, document, start, length);
		}

		@Override
		public String getName() {
			return getId();
		}

		@Override
		public String getType() {
			return VersionFile.TYPE;
		}

		@Override
		public Image getImage() {
			return null;
		}
	}
}
