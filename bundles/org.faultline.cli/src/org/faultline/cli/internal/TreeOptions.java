package org.faultline.cli.internal;

import java.nio.file.Path;

import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;

import picocli.CommandLine.Option;

/** {@code --tree} and {@code --base}: the tree a command reviews on, for every command that takes one. */
public final class TreeOptions {

	@Option(names = "--tree", paramLabel = "DIR", description = "A git checkout (e.g. a kernel tree) instead of the "
			+ "embedded modelled mm tree; it is only read, and given refs under refs/faultline/.")
	Path tree;

	@Option(names = "--base", paramLabel = "REF", description = "The commit to apply onto (default: HEAD of --tree, "
			+ "or the modelled tree's huge tmpfs (model)).")
	String base;

	ReviewBase open() throws ReviewException {
		return tree == null ? ReviewBase.modelledTree() : ReviewBase.repository(tree);
	}

	/** A session on {@code opened} at the revision given, if any. */
	ReviewSession.Builder session(ReviewBase opened) {
		ReviewSession.Builder builder = ReviewSession.on(opened);
		if (base != null)
			builder.setBaseRevision(base);
		return builder;
	}
}
