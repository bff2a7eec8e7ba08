package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.c.ast.ConditionalBranch.Directive;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.StorageClass;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.ast.Type;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Configuration;
import org.junit.jupiter.api.Test;

class KernelIdiomsTest {

	private static final String SOURCE = """
			/* Sets up the thing. */
			static int __init setup(void __user *buf) __releases(ptl)
			{
				radix_tree_for_each_slot(slot, &mapping->page_tree, &iter, start) {
					if (iter.index > max)
						break;
					continue;
				}
				if (unlikely(!buf))
					return -ENOMEM;
			#ifdef CONFIG_NUMA
				numa();
			#elif defined(CONFIG_X) && CONFIG_Y > 2
				x();
			#else
				flat();
			#endif
				return container_of(buf, struct page, lru) != NULL;
			}
			#ifndef __ARCH_HAS_4LEVEL_HACK
			int four(void) { return 4; }
			#else
			int three(void) { return 3; }
			#endif
			EXPORT_SYMBOL(setup);
			""";

	private static TranslationUnit parse() {
		try (CParser parser = new CParser()) {
			return parser.parse("idioms.c", SOURCE);
		}
	}

	@Test
	void annotationsAreIgnoredWithPositionsKept() {
		TranslationUnit unit = parse();
		assertEquals(List.of(), unit.problems());
		FunctionDefinition setup = unit.allFunctions().get(0);
		assertEquals("setup", setup.name());
		assertEquals(java.util.Set.of(StorageClass.STATIC), setup.storage());
		assertEquals("void *", setup.parameters().get(0).type().spelling());
		assertEquals("/* Sets up the thing. */", setup.leadingComment());
		assertEquals(2, setup.range().line());
		assertEquals(1, setup.range().column());
	}

	@Test
	void iteratorMacroWithBodyIsALoop() {
		FunctionDefinition setup = parse().allFunctions().get(0);
		Statement.IteratorLoop loop = assertInstanceOf(Statement.IteratorLoop.class, setup.body().items().get(0));
		assertEquals("radix_tree_for_each_slot", loop.macro());
		assertEquals(4, loop.arguments().size());
		Statement.Compound body = assertInstanceOf(Statement.Compound.class, loop.body());
		assertInstanceOf(Statement.Continue.class, body.items().get(1));
		assertEquals(4, loop.range().line());
		assertEquals(8, loop.range().endLine());
	}

	@Test
	void conditionalBranchesAreKeptAndChosenByConfiguration() {
		FunctionDefinition setup = parse().allFunctions().get(0);
		Statement.Conditional group = assertInstanceOf(Statement.Conditional.class, setup.body().items().get(2));
		assertEquals(List.of(Directive.IFDEF, Directive.ELIF, Directive.ELSE),
				group.branches().stream().map(b -> b.directive()).toList());
		assertEquals("flat", called(Configuration.none().activeStatements(List.of(group))));
		assertEquals("numa", called(Configuration.defining("CONFIG_NUMA").activeStatements(List.of(group))));
		assertEquals("flat", called(Configuration.defining("CONFIG_X").activeStatements(List.of(group))));
		assertEquals("x", called(Configuration.defining("CONFIG_X").with("CONFIG_Y", 3).activeStatements(List.of(group))));

		TranslationUnit unit = parse();
		assertEquals(List.of("setup", "four", "three"), unit.allFunctions().stream().map(f -> f.name()).toList());
		List<String> active = Configuration.none().active(unit.declarations()).stream()
				.filter(FunctionDefinition.class::isInstance).map(d -> ((FunctionDefinition) d).name()).toList();
		assertEquals(List.of("setup", "four"), active);
	}

	@Test
	void typeArgumentsAndFileScopeMacrosAreModelled() {
		TranslationUnit unit = parse();
		FunctionDefinition setup = unit.allFunctions().get(0);
		Statement.Return ret = assertInstanceOf(Statement.Return.class, setup.body().items().get(3));
		Expression.Binary ne = assertInstanceOf(Expression.Binary.class, ret.value());
		Expression.Call containerOf = assertInstanceOf(Expression.Call.class, ne.left());
		Expression.TypeName type = assertInstanceOf(Expression.TypeName.class, containerOf.arguments().get(1));
		assertEquals(new Type.Tagged(Type.TagKind.STRUCT, "page", List.of()), type.type());
		assertInstanceOf(Expression.NullLiteral.class, ne.right());
		assertTrue(unit.declarations().get(unit.declarations().size() - 1) instanceof ExternalDeclaration.MacroInvocation);
		Statement.If guard = assertInstanceOf(Statement.If.class, setup.body().items().get(1));
		assertEquals("unlikely", assertInstanceOf(Expression.Call.class, guard.condition()).calleeName());
		assertNull(guard.otherwise());
	}

	private static String called(List<Statement> statements) {
		Statement.ExpressionStatement s = assertInstanceOf(Statement.ExpressionStatement.class, statements.get(0));
		return assertInstanceOf(Expression.Call.class, s.expression()).calleeName();
	}
}
