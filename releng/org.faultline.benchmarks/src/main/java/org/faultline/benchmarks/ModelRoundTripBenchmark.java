package org.faultline.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.LineKind;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchMail;

/** Saving and loading a patch of seed size (22 hunks, ~400 lines) as XMI. */
final class ModelRoundTripBenchmark implements Benchmark {

	@Override
	public void run() throws Exception {
		PatchMail mail = seedSizedPatch();
		Timing timing = Timing.measure(200, 1000, () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Resource saved = new XMIResourceImpl(URI.createURI("mem:/patch.xmi"));
			saved.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(mail));
			saved.save(out, Map.of());
			Resource loaded = new XMIResourceImpl(URI.createURI("mem:/patch.xmi"));
			loaded.load(new ByteArrayInputStream(out.toByteArray()), Map.of());
			return loaded.getContents().get(0);
		});
		System.out.println("XMI save + load of a 22-hunk patch: " + timing);
	}

	private static PatchMail seedSizedPatch() {
		PatchFactory factory = PatchFactory.eINSTANCE;
		PatchMail mail = factory.createPatchMail();
		FileDiff file = factory.createFileDiff();
		for (int h = 0; h < 22; h++) {
			Hunk hunk = factory.createHunk();
			for (int l = 0; l < 19; l++) {
				HunkLine line = factory.createHunkLine();
				line.setKind(LineKind.get(l % 3));
				line.setText("\tif (unlikely(pmd_trans_unstable(pmd) || pmd_devmap(*pmd)))");
				hunk.getLines().add(line);
			}
			file.getHunks().add(hunk);
		}
		mail.getFileDiffs().add(file);
		return mail;
	}
}
