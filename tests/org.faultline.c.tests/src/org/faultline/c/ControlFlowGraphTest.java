package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.c.analysis.FunctionFacts;
import org.faultline.c.analysis.PathAnalysis;
import org.faultline.c.analysis.Resource;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.cfg.CfgEdge;
import org.faultline.c.cfg.CfgNode;
import org.faultline.c.cfg.ControlFlowGraph;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Configuration;
import org.junit.jupiter.api.Test;

class ControlFlowGraphTest {

	private static final String SOURCE = """
			int f(pte_t *pte, struct page *page, int flags)
			{
				spinlock_t *ptl;
				struct page *p = NULL;

				pte = pte_offset_map_lock(mm, pmd, address, &ptl);
				if (!pte_none(*pte))
					goto unlock;
				if (flags & FAULT_FLAG_WRITE)
					p = page;
				if (!p)
					goto unlock;
				while (more(p))
					if (!trylock_page(p))
						continue;
					else
						unlock_page(p);
				do_set_pte(p);
			unlock:
				pte_unmap_unlock(pte, ptl);
				return 0;
			}
			""";

	private static FunctionDefinition function() {
		try (CParser parser = new CParser()) {
			return parser.parse("f.c", SOURCE).allFunctions().get(0);
		}
	}

	@Test
	void gotosLoopsAndBranchesBecomeEdges() {
		ControlFlowGraph cfg = ControlFlowGraph.of(function(), Configuration.none());
		assertEquals(CfgNode.Kind.ENTRY, cfg.entry().kind());
		CfgNode label = cfg.nodes().stream().filter(n -> n.kind() == CfgNode.Kind.LABEL).findFirst().orElseThrow();
		assertEquals("unlock", label.label());
		assertEquals(2, cfg.incoming(label).stream().filter(e -> e.kind() == CfgEdge.Kind.TRUE).count());
		assertEquals(2, cfg.edges().stream().filter(CfgEdge::back).count(), "the continue and the end of the loop body");
		List<CfgNode> order = cfg.forwardOrder();
		assertTrue(order.indexOf(label) < order.indexOf(cfg.exit()));
		assertEquals(cfg.nodes().size(), order.size());
	}

	@Test
	void pathConditionsFollowKnownValues() {
		FunctionFacts facts = PathAnalysis.analyse(ControlFlowGraph.of(function(), Configuration.none()), c -> null);
		// p is NULL unless the write branch set it, so only that branch can get past "if (!p)"
		assertEquals("pte_none(*pte) && flags & FAULT_FLAG_WRITE && p", facts.render(facts.reach().get("more")));
		// leaving the loop adds no condition: more(p) may be true on entry and false later
		assertEquals("pte_none(*pte) && flags & FAULT_FLAG_WRITE && p", facts.render(facts.reach().get("do_set_pte")));
		assertEquals("always", facts.render(facts.reach().get("pte_unmap_unlock")));
		assertEquals(0, facts.uniformNet(Resource.PTE_MAP));
		assertEquals(0, facts.uniformNet(Resource.PTE_LOCK));
	}
}
