package org.faultline.c.emf;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.faultline.c.analysis.CallSites;
import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.Parameter;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.StorageClass;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.cfg.CfgEdge;
import org.faultline.c.cfg.CfgNode;
import org.faultline.c.cfg.ControlFlowGraph;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.parse.Configuration;
import org.faultline.model.c.CCfgEdge;
import org.faultline.model.c.CCfgNode;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CFactory;
import org.faultline.model.c.CFunction;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;
import org.faultline.model.c.CTranslationUnit;

/**
 * Converts the front end's records to the EMF vocabulary ({@code org.faultline.model.c}) at the engine's
 * edge, for the IDE to show and for storage.
 */
public final class CModelExport {

	private static final CFactory FACTORY = CFactory.eINSTANCE;

	private CModelExport() {
	}

	/** @return the unit's functions (the branches the configuration chooses) with outlines and graphs. */
	public static CTranslationUnit translationUnit(TranslationUnit unit, Configuration configuration) {
		CTranslationUnit out = FACTORY.createCTranslationUnit();
		out.setPath(unit.path());
		configuration.active(unit.declarations()).stream().filter(FunctionDefinition.class::isInstance)
				.map(d -> function((FunctionDefinition) d, configuration)).forEach(out.getFunctions()::add);
		unit.problems().stream().map(Problem::toString).forEach(out.getProblems()::add);
		return out;
	}

	public static CFunction function(FunctionDefinition f, Configuration configuration) {
		CFunction out = FACTORY.createCFunction();
		out.setName(f.name());
		out.setReturnType(f.returnType().spelling());
		out.setFile(f.range().file());
		out.setLine(f.range().line());
		out.setEndLine(f.range().endLine());
		out.setLeadingComment(f.leadingComment());
		out.setStaticStorage(f.storage().contains(StorageClass.STATIC));
		for (Parameter p : f.parameters()) {
			var param = FACTORY.createCParameter();
			param.setName(p.name());
			param.setType(p.type().spelling());
			out.getParameters().add(param);
		}
		outline(f.body(), 0, out);
		for (Expression.Call call : CallSites.in(f.body())) {
			var c = FACTORY.createCCall();
			c.setCallee(CallSites.key(call));
			c.setLine(call.range().line());
			c.setColumn(call.range().column());
			c.setThroughPointer(call.calleeName() == null);
			out.getCalls().add(c);
		}
		graph(ControlFlowGraph.of(f, configuration), out);
		return out;
	}

	/** Statements in source order with their depth; labels and gotos are also listed on their own. */
	private static void outline(Statement s, int depth, CFunction out) {
		if (!(s instanceof Statement.Compound)) {
			var st = FACTORY.createCStatement();
			st.setKind(kind(s));
			st.setText(firstLine(CPrinter.print(s)));
			st.setLine(s.range().line());
			st.setEndLine(s.range().endLine());
			st.setDepth(depth);
			out.getStatements().add(st);
		}
		if (s instanceof Statement.Labeled l) {
			var label = FACTORY.createCLabel();
			label.setName(l.label());
			label.setLine(l.range().line());
			out.getLabels().add(label);
		} else if (s instanceof Statement.Goto g) {
			var jump = FACTORY.createCGoto();
			jump.setLabel(g.label());
			jump.setLine(g.range().line());
			out.getGotos().add(jump);
		}
		int inner = s instanceof Statement.Compound ? depth : depth + 1;
		s.children().forEach(c -> outline(c, inner, out));
	}

	private static String kind(Statement s) {
		String simple = s.getClass().getSimpleName();
		return simple.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
	}

	/** A compound statement printed on one line can be long: the outline keeps the head. */
	private static String firstLine(String text) {
		return text.length() <= 120 ? text : text.substring(0, 117) + "...";
	}

	private static void graph(ControlFlowGraph cfg, CFunction out) {
		for (CfgNode n : cfg.nodes()) {
			CCfgNode node = FACTORY.createCCfgNode();
			node.setId(n.id());
			node.setKind(n.kind().name());
			node.setLine(n.range() == null ? 0 : n.range().line());
			node.setText(n.label() != null ? n.label() + ":"
					: n.expression() != null ? CPrinter.print(n.expression())
							: n.statement() != null ? firstLine(CPrinter.print(n.statement())) : n.kind().name());
			out.getCfgNodes().add(node);
		}
		for (CfgEdge e : cfg.edges()) {
			CCfgEdge edge = FACTORY.createCCfgEdge();
			edge.setSource(out.getCfgNodes().get(e.from()));
			edge.setTarget(out.getCfgNodes().get(e.to()));
			edge.setKind(e.kind() == CfgEdge.Kind.CASE ? "CASE " + CPrinter.print(e.caseValue()) : e.kind().name());
			edge.setBack(e.back());
			out.getCfgEdges().add(edge);
		}
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
		out.setStatus(status(f.status()));
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
			c.setStatus(status(d.status()));
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

	private static CChangeStatus status(SemanticDiffResult.Status s) {
		return CChangeStatus.valueOf(s.name());
	}
}
