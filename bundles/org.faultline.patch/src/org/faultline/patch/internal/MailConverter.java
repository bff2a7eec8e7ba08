package org.faultline.patch.internal;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchForm;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.Trailer;
import org.faultline.patch.internal.DiffModel.FileDiff;

/** Turns one mail of a source into a PatchMail: header fields, commit text, declared diffstat and diff. */
public final class MailConverter {

	private static final Pattern NAME_ADDRESS = Pattern.compile("^\\s*\"?(.*?)\"?\\s*<([^>]*)>\\s*$");

	private static final Pattern ADDRESS_NAME = Pattern.compile("^\\s*(\\S+@\\S+)\\s*\\((.*)\\)\\s*$");

	/** The mail with what reading it found wrong (warnings; errors are thrown). */
	public record Converted(PatchMail mail, List<Problem> warnings) {
	}

	private MailConverter() {
	}

	public static Converted convert(MailMessage message, PatchForm form) throws PatchInputException {
		PatchFactory factory = PatchFactory.eINSTANCE;
		PatchMail mail = factory.createPatchMail();
		mail.setForm(form);
		mail.setSourceLine(message.bodyLine());
		PatchText text = PatchText.parse(message.body(), message.bodyLine());
		MailMessage headers = withInBodyOverrides(message, text);
		headers.header("Message-Id").ifPresent(id -> mail.setMessageId(stripBrackets(id)));
		headers.header("In-Reply-To").ifPresent(id -> mail.setInReplyTo(stripBrackets(id)));
		headers.header("References").ifPresent(refs -> Arrays.stream(refs.split("\\s+")).filter(r -> !r.isBlank())
				.map(MailConverter::stripBrackets).forEach(mail.getReferences()::add));

		String rawSubject = headers.header("Subject").orElse("");
		String description = text.message();
		if (rawSubject.isEmpty() && form == PatchForm.PLAIN_DIFF) {
			// a plain diff's description reads like a commit message: summary line first
			int newline = description.indexOf('\n');
			rawSubject = newline < 0 ? description : description.substring(0, newline);
			description = newline < 0 ? "" : description.substring(newline + 1).strip();
		}
		SubjectLine subject = SubjectLine.parse(rawSubject);
		mail.setRawSubject(rawSubject);
		mail.setSubject(subject.summary());
		mail.getSubjectTags().addAll(subject.tags());
		mail.setSeriesIndex(subject.index());
		mail.setSeriesTotal(subject.total());
		mail.setSeriesVersion(subject.version());

		mail.setMessage(description);
		for (PatchText.Trailer trailer : text.trailers()) {
			Trailer model = factory.createTrailer();
			model.setKey(trailer.key());
			model.setValue(trailer.value());
			mail.getTrailers().add(model);
		}
		headers.header("From").ifPresent(from -> setAuthor(mail, from));
		headers.header("Date").ifPresent(date -> setDate(mail, date));
		if (text.diffstat() != null)
			mail.setDeclaredDiffstat(ModelConverter.toModel(text.diffstat()));
		DiffParser parser = new DiffParser(text.diffLines(), text.diffFirstLine());
		for (FileDiff file : parser.parse())
			mail.getFileDiffs().add(ModelConverter.toModel(file));
		mail.setCoverLetter(subject.index() == 0 && mail.getFileDiffs().isEmpty());
		if (mail.getSubject().isEmpty()) {
			// a bare diff is known by what it changes
			mail.setSubject(String.join(", ", mail.getFileDiffs().stream()
					.map(f -> f.getNewPath() != null ? f.getNewPath() : f.getOldPath()).toList()));
		}
		return new Converted(mail, parser.warnings());
	}

	private static MailMessage withInBodyOverrides(MailMessage message, PatchText text) {
		if (text.inBodyHeaders().isEmpty())
			return message;
		List<MailMessage.Header> headers = new java.util.ArrayList<>(text.inBodyHeaders());
		headers.addAll(message.headers());
		return new MailMessage(List.copyOf(headers), message.body(), message.bodyLine());
	}

	private static void setAuthor(PatchMail mail, String from) {
		Matcher nameFirst = NAME_ADDRESS.matcher(from);
		Matcher addressFirst = ADDRESS_NAME.matcher(from);
		if (nameFirst.matches()) {
			mail.setAuthorName(nameFirst.group(1).strip());
			mail.setAuthorAddress(nameFirst.group(2).strip());
		} else if (addressFirst.matches()) {
			mail.setAuthorName(addressFirst.group(2).strip());
			mail.setAuthorAddress(addressFirst.group(1));
		} else if (from.contains("@") && !from.strip().contains(" ")) {
			mail.setAuthorName(from.strip());
			mail.setAuthorAddress(from.strip());
		} else {
			mail.setAuthorName(from.strip());
			// archives drop the address; the author's own sign-off still names it
			signOffAddress(mail, from.strip()).ifPresent(mail::setAuthorAddress);
		}
	}

	private static Optional<String> signOffAddress(PatchMail mail, String name) {
		return mail.getTrailers().stream().filter(t -> t.getKey().equalsIgnoreCase("Signed-off-by"))
				.map(t -> NAME_ADDRESS.matcher(t.getValue())).filter(m -> m.matches() && m.group(1).strip().equals(name))
				.map(m -> m.group(2).strip()).findFirst();
	}

	private static void setDate(PatchMail mail, String text) {
		mail.setDateText(text);
		MailDate.parse(text).ifPresent(date -> {
			mail.setDate(Date.from(date.local().toInstant(date.offset())));
			mail.setZoneOffsetMinutes(date.offset().getTotalSeconds() / 60);
			mail.setZoneLabel(date.zoneLabel());
		});
	}

	private static String stripBrackets(String id) {
		return id.strip().replaceAll("^<|>$", "");
	}
}
