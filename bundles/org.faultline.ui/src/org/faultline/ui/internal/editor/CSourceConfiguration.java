package org.faultline.ui.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.jface.resource.JFaceResources;

/**
 * C syntax colouring for the compare viewers (and the debugger's source editor): comments, strings, preprocessor
 * lines, keywords, numbers.
 */
public final class CSourceConfiguration extends SourceViewerConfiguration {

	private static final String[] KEYWORDS = { "auto", "break", "case", "char", "const", "continue", "default", "do",
			"double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
			"return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
			"volatile", "while", "bool", "true", "false", "NULL" };

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner());
		reconciler.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	private static RuleBasedScanner scanner() {
		IToken comment = token("comment", new RGB(63, 127, 95), SWT.NORMAL);
		IToken string = token("string", new RGB(42, 0, 255), SWT.NORMAL);
		IToken preprocessor = token("preprocessor", new RGB(100, 70, 150), SWT.NORMAL);
		IToken keyword = token("keyword", new RGB(127, 0, 85), SWT.BOLD);
		IToken number = token("number", new RGB(125, 125, 125), SWT.NORMAL);
		WordRule words = new WordRule(new CWordDetector(), Token.UNDEFINED);
		for (String k : KEYWORDS)
			words.addWord(k, keyword);
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment),
				new SingleLineRule("\"", "\"", string, '\\'), new SingleLineRule("'", "'", string, '\\'),
				new EndOfLineRule("#", preprocessor, '\\'), words, new NumberRule(number) });
		return scanner;
	}

	private static IToken token(String name, RGB rgb, int style) {
		String key = "org.faultline.ui.c." + name;
		if (!JFaceResources.getColorRegistry().hasValueFor(key))
			JFaceResources.getColorRegistry().put(key, rgb);
		return new Token(new TextAttribute(JFaceResources.getColorRegistry().get(key), null, style));
	}

	private static final class CWordDetector implements org.eclipse.jface.text.rules.IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}
	}
}
