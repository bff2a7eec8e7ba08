package org.faultline.c.emf;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.faultline.c.ast.SourceRange;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.model.c.CFactory;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;

/**
 * Converts the front end's records to the EMF vocabulary ({@code org.faultline.model.c}) at the engine's
 * edge, for the IDE to show and for storage.
 */
public final class CModelExport {

	private static final CFactory FACTORY = CFactory.eINSTANCE;

	private CModelExport() {
	}

	public static CSemanticDiff semanticDiff(SemanticDiffResult r) {
		CSemanticDiff out = FACTORY.createCSemanticDiff();
		out.setRoot(r.root());
		r.functions().forEach(f -> out.getFunctions().add(functionDiff(f)));
		for (SemanticDiffResult.CodeMove m : r.moves()) {
			var move = FACTORY.createCCodeMove();
			move.setFromFunction(m.fromFunction());
			move.setToFunction(m.toFunction());
			move.getStatements().addAll(m.statements());
			move.setFromFile(m.from().file());
			move.setFromLine(m.from().line());
			move.setFromEndLine(m.from().endLine());
			move.setToFile(m.to().file());
			move.setToLine(m.to().line());
			move.setToEndLine(m.to().endLine());
			out.getMoves().add(move);
		}
		for (SemanticDiffResult.ResourceHandlers h : r.handlers()) {
			var handlers = FACTORY.createCResourceHandlers();
			handlers.setResource(h.resource().label());
			handlers.setCall(h.call());
			handlers.getBefore().addAll(h.before());
			handlers.getAfter().addAll(h.after());
			out.getHandlers().add(handlers);
		}
		return out;
	}

	private static CFunctionDiff functionDiff(SemanticDiffResult.FunctionChange f) {
		CFunctionDiff out = FACTORY.createCFunctionDiff();
		out.setName(f.name());
		out.setStatus(f.status());
		setSide(f.before(), out::setBeforeFile, out::setBeforeLine);
		setSide(f.after(), out::setAfterFile, out::setAfterLine);
		for (SemanticDiffResult.SignatureChange s : f.signature()) {
			var c = FACTORY.createCSignatureChange();
			c.setKind(s.kind().name());
			c.setParameter(s.parameter());
			c.setBeforeType(s.beforeType());
			c.setAfterType(s.afterType());
			c.setPosition(s.position());
			c.getCallersUpdated().addAll(s.callersUpdated());
			c.getCallersNotUpdated().addAll(s.callersNotUpdated());
			out.getSignatureChanges().add(c);
		}
		for (SemanticDiffResult.ContractChange s : f.contract()) {
			var c = FACTORY.createCContractChange();
			c.setMoment(s.moment().name());
			c.setSubject(s.subject());
			c.setBefore(s.before());
			c.setAfter(s.after());
			out.getContractChanges().add(c);
		}
		for (SemanticDiffResult.DecisionRow d : f.decisions()) {
			var c = FACTORY.createCDecisionRow();
			c.setCallee(d.callee());
			c.setDefinedInTree(d.defined());
			c.setBefore(d.before());
			c.setAfter(d.after());
			c.setStatus(d.status());
			out.getDecisionRows().add(c);
		}
		for (SemanticDiffResult.CallChange s : f.calls()) {
			var c = FACTORY.createCCallChange();
			c.setKind(s.kind().name());
			c.setCallee(s.callee());
			c.setOther(s.other());
			c.setBeforeCount(s.beforeCount());
			c.setAfterCount(s.afterCount());
			out.getCallChanges().add(c);
		}
		for (SemanticDiffResult.OwnershipChange o : f.ownership()) {
			var c = FACTORY.createCOwnershipChange();
			c.setResource(o.resource().label());
			c.setBefore(o.before());
			c.setAfter(o.after());
			out.getOwnershipChanges().add(c);
		}
		return out;
	}

	private static void setSide(SourceRange range, Consumer<String> file, IntConsumer line) {
		if (range != null) {
			file.accept(range.file());
			line.accept(range.line());
		}
	}

}
