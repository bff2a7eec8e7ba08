package org.faultline.c.ast;

/**
 * Where a node is in its file: 1-based lines and columns (columns count bytes of the UTF-8 text), the end
 * column exclusive, plus the byte offsets into the file.
 */
public record SourceRange(String file, int line, int column, int endLine, int endColumn, int startByte,
		int endByte) {

	/** @return "file:line:column", the form used in messages. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column;
	}

	/** @return whether {@code other} lies inside this range of the same file. */
	public boolean contains(SourceRange other) {
		return file.equals(other.file) && startByte <= other.startByte && other.endByte <= endByte;
	}
}
