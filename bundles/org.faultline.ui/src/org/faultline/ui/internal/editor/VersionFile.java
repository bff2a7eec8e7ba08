package org.faultline.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.swt.graphics.Image;
import org.faultline.review.view.SourceOutline;

/** A file of one version as the compare framework reads it: read-only text from a commit, and its functions. */
final class VersionFile implements ITypedElement, IEncodedStreamContentAccessor {

	/** The compare type of C sources, for which Faultline's structure creator is registered. */
	static final String TYPE = "c";

	private final String path;

	private final String text;

	private final List<SourceOutline.Function> functions;

	VersionFile(String path, String text, List<SourceOutline.Function> functions) {
		this.path = path;
		this.text = text;
		this.functions = functions;
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
