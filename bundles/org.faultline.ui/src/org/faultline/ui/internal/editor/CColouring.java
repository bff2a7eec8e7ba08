package org.faultline.ui.internal.editor;

import java.util.Arrays;
import java.util.function.Function;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.custom.StyleRange;

/**
 * The C colouring of a text: its runs of comments, strings, preprocessor lines, keywords and numbers. Scanning needs
 * no display, so a whole file is scanned in the job that opens a review; the display thread only turns the runs
 * into a presentation (scanning a 4,000-line file there took half of the Source page's first showing).
 */
final class CColouring {

	enum Kind {
		COMMENT, STRING, PREPROCESSOR, KEYWORD, NUMBER
	}

	private static final String[] KEYWORDS = { "auto", "break", "case", "char", "const", "continue", "default", "do",
			"double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
			"return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
			"volatile", "while", "bool", "true", "false", "NULL" };

	private final String text;

	/** Offset, length and kind of each run, in order. */
	private final int[] runs;

	private CColouring(String text, int[] runs) {
		this.text = text;
		this.runs = runs;
	}

	static CColouring of(String text) {
		RuleBasedScanner scanner = scanner();
		scanner.setRange(new Document(text), 0, text.length());
		int[] runs = new int[256];
		int n = 0;
		for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			if (!(token.getData() instanceof Kind kind))
				continue;
			if (n + 3 > runs.length)
				runs = Arrays.copyOf(runs, runs.length * 2);
			runs[n++] = scanner.getTokenOffset();
			runs[n++] = scanner.getTokenLength();
			runs[n++] = kind.ordinal();
		}
		return new CColouring(text, Arrays.copyOf(runs, n));
	}

	/** Whether this is the colouring of that text. */
	boolean colours(String other) {
		return text.equals(other);
	}

	/** The runs with their kind's attribute, as a presentation of the whole text. */
	TextPresentation presentation(Function<Kind, TextAttribute> attributes) {
		TextPresentation presentation = new TextPresentation(runs.length / 3);
		Kind[] kinds = Kind.values();
		for (int i = 0; i < runs.length; i += 3) {
			TextAttribute a = attributes.apply(kinds[runs[i + 2]]);
			presentation.addStyleRange(new StyleRange(runs[i], runs[i + 1], a.getForeground(), a.getBackground(), a.getStyle()));
		}
		return presentation;
	}

	/** Where the first run starts, -1 for a text with none. */
	int firstRun() {
		return runs.length == 0 ? -1 : runs[0];
	}

	private static RuleBasedScanner scanner() {
		IToken comment = new Token(Kind.COMMENT);
		IToken string = new Token(Kind.STRING);
		IToken keyword = new Token(Kind.KEYWORD);
		WordRule words = new WordRule(new CWordDetector(), Token.UNDEFINED);
		for (String k : KEYWORDS)
			words.addWord(k, keyword);
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment),
				new SingleLineRule("\"", "\"", string, '\\'), new SingleLineRule("'", "'", string, '\\'),
				new EndOfLineRule("#", new Token(Kind.PREPROCESSOR), '\\'), words, new NumberRule(new Token(Kind.NUMBER)) });
		return scanner;
	}

	private static final class CWordDetector implements IWordDetector {
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
