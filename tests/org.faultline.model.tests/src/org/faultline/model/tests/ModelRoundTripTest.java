package org.faultline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.LineKind;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.patch.Severity;
import org.faultline.model.patch.Trailer;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewFactory;
import org.faultline.model.tree.SourceTree;
import org.faultline.model.tree.TreeFactory;
import org.faultline.model.tree.TreeKind;
import org.faultline.model.tree.TreeVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRoundTripTest {

	private static final PatchFactory PATCH = PatchFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void reviewDocumentWithPatchTreeAndAnnotationsSurvivesSaveAndReload() throws IOException {
		PatchSeries series = PATCH.createPatchSeries();
		PatchMail mail = PATCH.createPatchMail();
		mail.setSubject("huge tmpfs: avoid premature exposure of new pagetable revert");
		mail.setSeriesIndex(4);
		mail.setSeriesTotal(5);
		mail.getTrailers().add(trailer("Reported-by", "Xiong Zhou <jencce.kernel@xxxxxxxxx>"));
		mail.getTrailers().add(trailer("Signed-off-by", "Hugh Dickins <hughd@xxxxxxxxxx>"));
		FileDiff file = PATCH.createFileDiff();
		file.setOldPath("mm/memory.c");
		file.setNewPath("mm/memory.c");
		Hunk hunk = PATCH.createHunk();
		hunk.setOldStart(45);
		hunk.setOldCount(7);
		hunk.getLines().add(line(LineKind.REMOVED, "#include <linux/pageteam.h>"));
		file.getHunks().add(hunk);
		mail.getFileDiffs().add(file);
		series.getPatches().add(mail);

		SourceTree tree = TreeFactory.eINSTANCE.createSourceTree();
		tree.setKind(TreeKind.EMBEDDED_MODEL);
		TreeVersion before = TreeFactory.eINSTANCE.createTreeVersion();
		before.setLabel("before");
		before.setCommitId("0123456789abcdef0123456789abcdef01234567");
		tree.getVersions().add(before);

		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setId("r1");
		review.setSeries(series);
		review.setPatch(mail);
		review.setTree(tree);
		review.setBefore(before);
		Annotation note = ReviewFactory.eINSTANCE.createAnnotation();
		note.setId("a1");
		note.setText("pte_alloc now runs before ->fault");
		LineTarget target = ReviewFactory.eINSTANCE.createLineTarget();
		target.setPath("mm/memory.c");
		target.setFirstLine(3460);
		target.setLastLine(3464);
		note.setTarget(target);
		review.getAnnotations().add(note);

		save(resourceSet(), "review.xmi", review);

		ResourceSet loading = resourceSet();
		Review reloaded = (Review) loading.getResource(uri("review.xmi"), true).getContents().get(0);
		EcoreUtil.resolveAll(loading);
		assertEquals(1, loading.getResources().size(), "one self-contained document");
		PatchMail reloadedMail = reloaded.getPatch();
		assertEquals("huge tmpfs: avoid premature exposure of new pagetable revert", reloadedMail.getSubject());
		assertEquals(4, reloadedMail.getSeriesIndex());
		assertEquals(2, reloadedMail.getTrailers().size());
		assertEquals("Signed-off-by", reloadedMail.getTrailers().get(1).getKey());
		Hunk reloadedHunk = reloadedMail.getFileDiffs().get(0).getHunks().get(0);
		assertSame(reloadedMail.getFileDiffs().get(0), reloadedHunk.getFileDiff(), "hunk knows its file");
		assertEquals(LineKind.REMOVED, reloadedHunk.getLines().get(0).getKind());
		assertEquals("before", reloaded.getBefore().getLabel());
		assertEquals(TreeKind.EMBEDDED_MODEL, reloaded.getBefore().getTree().getKind());
		LineTarget reloadedTarget = (LineTarget) reloaded.getAnnotations().get(0).getTarget();
		assertEquals(3460, reloadedTarget.getFirstLine());
		assertTrue(reloaded.getAnnotations().get(0).isDraft(), "annotations start as drafts");
		assertEquals(1, reloadedMail.getSeriesVersion(), "an unversioned patch is v1");
	}

	@Test
	void applyReportSucceedsOnlyWithAResultAndNoError() {
		ApplyReport report = PATCH.createApplyReport();
		assertFalse(report.isSuccess(), "no result commit yet");
		report.setResult(TreeFactory.eINSTANCE.createTreeVersion());
		assertTrue(report.isSuccess());
		PatchProblem warning = PATCH.createPatchProblem();
		warning.setSeverity(Severity.WARNING);
		report.getProblems().add(warning);
		assertTrue(report.isSuccess(), "warnings do not fail an apply");
		PatchProblem error = PATCH.createPatchProblem();
		error.setSeverity(Severity.ERROR);
		report.getProblems().add(error);
		assertFalse(report.isSuccess());
	}

	private static Trailer trailer(String key, String value) {
		Trailer trailer = PATCH.createTrailer();
		trailer.setKey(key);
		trailer.setValue(value);
		return trailer;
	}

	private static HunkLine line(LineKind kind, String text) {
		HunkLine line = PATCH.createHunkLine();
		line.setKind(kind);
		line.setText(text);
		return line;
	}

	private ResourceSet resourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return set;
	}

	private void save(ResourceSet set, String name, org.eclipse.emf.ecore.EObject root) throws IOException {
		Resource resource = set.createResource(uri(name));
		resource.getContents().add(root);
		resource.save(Map.of());
	}

	private URI uri(String name) {
		return URI.createFileURI(dir.resolve(name).toString());
	}
}
