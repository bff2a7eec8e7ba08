package org.faultline.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.swt.graphics.Image;
import org.faultline.review.Version;
import org.faultline.review.view.SourceOutline;

/**
 * A file of one version as the compare framework reads it: read-only text from a commit, its functions and its
 * colouring.
 */
final class VersionFile implements ITypedElement, IEncodedStreamContentAccessor {

	/** The compare type of C sources, for which Faultline's structure creator is registered. */
	static final String TYPE = "c";

	/** No file: what the compare's viewers are made on before they show one. */
	static final VersionFile EMPTY = new VersionFile("", "", List.of());

	private final String path;

	private final String text;

	private final List<SourceOutline.Function> functions;

	private final CColouring colouring;

	private VersionFile(String path, String text, List<SourceOutline.Function> functions) {
		this.path = path;
		this.text = text;
		this.functions = functions;
		colouring = CColouring.of(text);
	}

	/** Reads, outlines and colours a file of a version (off the display thread); a file it lacks is empty. */
	static VersionFile read(Version version, String path) throws IOException {
		String text = version.read(path);
		return new VersionFile(path, text == null ? "" : text, text == null ? List.of() : SourceOutline.of(version, path));
	}

	String path() {
		return path;
	}

	String text() {
		return text;
	}

	List<SourceOutline.Function> functions() {
		return functions;
	}

	CColouring colouring() {
		return colouring;
	}

	@Override
	public String getName() {
		return path;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public String getType() {
		return path.endsWith(".c") || path.endsWith(".h") ? TYPE : ITypedElement.TEXT_TYPE;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String getCharset() {
		return StandardCharsets.UTF_8.name();
	}
}
