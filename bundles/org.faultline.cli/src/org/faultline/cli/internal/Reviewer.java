package org.faultline.cli.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.util.SystemReader;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Who is reviewing: given as "NAME <EMAIL>", else git's user.name and user.email. */
final class Reviewer {

	private static final Pattern NAME_AND_ADDRESS = Pattern.compile("\\s*(.+?)\\s*<([^<>]+)>\\s*");

	private Reviewer() {
	}

	/** {@code given}, else the repository's (or the user's) git configuration. */
	static PersonIdent of(String given, ReviewBase base, CommandSpec spec) throws ReviewException {
		if (given != null) {
			Matcher m = NAME_AND_ADDRESS.matcher(given);
			if (!m.matches())
				throw new ParameterException(spec.commandLine(), "the reviewer must be \"NAME <EMAIL>\", not " + given);
			return new PersonIdent(m.group(1), m.group(2));
		}
		UserConfig user = base.repository().getConfig().get(UserConfig.KEY);
		if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
			// the modelled tree's repository is in memory and has no configuration of its own
			try {
				user = SystemReader.getInstance().getUserConfig().get(UserConfig.KEY);
			} catch (IOException | ConfigInvalidException e) {
				throw new ReviewException("cannot read git's user configuration: " + e.getMessage(), e);
			}
		}
		if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit())
			throw new ReviewException("who is reviewing? give \"NAME <EMAIL>\" (--author, --from) or set git's "
					+ "user.name and user.email");
		return new PersonIdent(user.getAuthorName(), user.getAuthorEmail());
	}
}
