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
		return function(SOURCE);
	}

	private static FunctionDefinition function(String source) {
		try (CParser parser = new CParser()) {
			return parser.parse("f.c", source).allFunctions().get(0);
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

	/**
	 * Since v6.5 the pte maps return NULL where the pmd holds no pte table, having taken nothing: on the NULL side of
	 * a test of what one returned, its map and lock are not held (v6.12's do_anonymous_page releases both only
	 * {@code if (vmf->pte)}). Folios are locked and referenced as pages were.
	 */
	@Test
	void aPteMapThatReturnedNullTookNothing() {
		FunctionFacts field = PathAnalysis.analyse(ControlFlowGraph.of(function("""
				vm_fault_t f(struct vm_fault *vmf, struct folio *folio)
				{
					vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
					if (!vmf->pte)
						goto release;
					if (!folio_trylock(folio))
						goto unlock;
					set_pte(vmf->pte, entry);
					folio_unlock(folio);
				unlock:
					if (vmf->pte)
						pte_unmap_unlock(vmf->pte, vmf->ptl);
				release:
					folio_put(folio);
					return 0;
				}
				"""), Configuration.none()), c -> null);
		assertEquals(0, field.uniformNet(Resource.PTE_MAP));
		assertEquals(0, field.uniformNet(Resource.PTE_LOCK));
		assertEquals(0, field.uniformNet(Resource.PAGE_LOCK));
		assertEquals(-1, field.uniformNet(Resource.PAGE_REFERENCE));
		FunctionFacts local = PathAnalysis.analyse(ControlFlowGraph.of(function("""
				int g(pmd_t *pmd)
				{
					pte_t *pte = pte_offset_map(pmd, addr);
					if (pte == NULL)
						return 0;
					pte_unmap(pte);
					return 1;
				}
				"""), Configuration.none()), c -> null);
		assertEquals(0, local.uniformNet(Resource.PTE_MAP));
	}
}
