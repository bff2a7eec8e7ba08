package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchSeries;

/**
 * Puts the mails of one source in series order: by n/m when the subjects number them, else in thread order
 * (In-Reply-To / References depth, then source order). A cover letter [0/m] is kept apart; mails without a
 * diff that are no cover letter (replies) are left out with a note; of several versions the newest is kept.
 */
public final class SeriesAssembler {

	private SeriesAssembler() {
	}

	public static PatchSeries assemble(String source, List<MailConverter.Converted> mails) {
		PatchSeries series = PatchFactory.eINSTANCE.createPatchSeries();
		series.setSource(source);
		int newest = mails.stream().mapToInt(c -> c.mail().getSeriesVersion()).max().orElse(1);
		List<PatchMail> patches = new ArrayList<>();
		for (MailConverter.Converted converted : mails) {
			PatchMail mail = converted.mail();
			converted.warnings().forEach(w -> series.getProblems().add(w.toModel(source)));
			if (mail.getSeriesVersion() != newest) {
				series.getProblems().add(Problem.warning("older-version", "left out v" + mail.getSeriesVersion()
						+ " mail '" + mail.getSubject() + "': the source also has v" + newest, null, -1, mail.getSourceLine())
						.toModel(source));
			} else if (mail.isCoverLetter() && series.getCoverLetter() == null) {
				series.setCoverLetter(mail);
			} else if (mail.getFileDiffs().isEmpty()) {
				series.getProblems().add(Problem.warning("no-diff", "mail '" + mail.getSubject() + "' has no diff",
						null, -1, mail.getSourceLine()).toModel(source));
			} else {
				patches.add(mail);
			}
		}
		boolean numbered = patches.stream().allMatch(p -> p.getSeriesIndex() > 0);
		Comparator<PatchMail> order = numbered ? Comparator.comparingInt(PatchMail::getSeriesIndex)
				: Comparator.comparingInt(SeriesAssembler::threadDepth);
		patches.sort(order); // stable: source order breaks ties
		series.getPatches().addAll(patches);
		return series;
	}

	private static int threadDepth(PatchMail mail) {
		return Math.max(mail.getReferences().size(), mail.getInReplyTo() == null ? 0 : 1);
	}
}
