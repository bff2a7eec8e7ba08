package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.Expression.AssignmentOperator;
import org.faultline.c.ast.Expression.BinaryOperator;
import org.faultline.c.ast.Expression.UnaryOperator;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.ast.Type;
import org.faultline.c.ast.Variable;
import org.faultline.c.parse.CParser;
import org.junit.jupiter.api.Test;

class ExpressionsAndStatementsTest {

	private static final String SOURCE = """
			#include <linux/mm.h>
			#include "local.h"
			#define VM_FAULT_ERROR 0x0873
			#define SHIFTED (1UL << 12)
			#define likely(x) (x)
			typedef struct { unsigned long pte; } pte_t;
			enum state { IDLE, BUSY = 4, DONE };
			struct vm_operations_struct { int (*fault)(struct vm_area_struct *, struct vm_fault *); char name[16]; unsigned flag : 1; };
			extern unsigned long fault_around_bytes;
			struct page *lookup(pte_t *pte, struct page **out, ...);
			static int all(int a, int b)
			{
				int x = a + b * 2 - (a % 3) / 1, *p = &x, arr[4];
				char c = '\\n';
				const char *s = "a\\tb" "c";
				struct vm_fault vmf = { .page = NULL, .flags = 1, [2] = 3 };
				x += 1; x <<= 2; x = ~x ^ 7 | 8 & 9;
				x = !a && b || a >= b && a != b;
				x = a ? b : -a;
				x = (a, b);
				p[1] = *p++ + ++*p - --x;
				x = (int)sizeof(struct page) + sizeof x;
				x = vma->vm_ops->fault(vma, &vmf);
				x = (struct pair){ .a = 1 }.a;
				switch (x) {
				case 1: x++; break;
				default: x--;
				}
				for (int i = 0; i < 3; i++) continue;
				while (x) x--;
				do { x = 1; } while (0);
				goto out;
			out:
				;
				return x;
			}
			""";

	private static TranslationUnit unit() {
		try (CParser parser = new CParser()) {
			return parser.parse("all.c", SOURCE);
		}
	}

	@Test
	void parsesWithoutProblems() {
		assertEquals(List.of(), unit().problems());
	}

	@Test
	void fileScopeItems() {
		List<ExternalDeclaration> d = unit().declarations();
		assertEquals(new ExternalDeclaration.Include("linux/mm.h", true, d.get(0).range()), d.get(0));
		assertEquals(false, ((ExternalDeclaration.Include) d.get(1)).system());
		var error = assertInstanceOf(ExternalDeclaration.ObjectMacro.class, d.get(2));
		assertEquals(BigInteger.valueOf(0x873), assertInstanceOf(Expression.IntegerLiteral.class, error.value()).value());
		assertEquals(3, error.value().range().line());
		assertEquals(24, error.value().range().column());
		var shifted = assertInstanceOf(ExternalDeclaration.ObjectMacro.class, d.get(3));
		assertInstanceOf(Expression.Parenthesized.class, shifted.value());
		var likely = assertInstanceOf(ExternalDeclaration.FunctionMacro.class, d.get(4));
		assertEquals(List.of("x"), likely.parameters());
		assertEquals("(x)", likely.body());
		var pteStruct = assertInstanceOf(ExternalDeclaration.StructDefinition.class, d.get(5));
		assertEquals("pte_t", pteStruct.tag());
		assertEquals("unsigned long", pteStruct.field("pte").type().spelling());
		assertEquals("pte_t", assertInstanceOf(ExternalDeclaration.Typedef.class, d.get(6)).name());
		var states = assertInstanceOf(ExternalDeclaration.EnumDefinition.class, d.get(7));
		assertEquals(List.of(0L, 4L, 5L), states.enumerators().stream().map(e -> e.ordinal()).toList());
		var ops = assertInstanceOf(ExternalDeclaration.StructDefinition.class, d.get(8));
		assertEquals("int (*)(struct vm_area_struct *, struct vm_fault *)", ops.field("fault").type().spelling());
		assertInstanceOf(Type.Array.class, ops.field("name").type());
		assertTrue(ops.field("flag").bitWidth() != null);
		Variable global = assertInstanceOf(ExternalDeclaration.Declaration.class, d.get(9)).variables().get(0);
		assertEquals("fault_around_bytes", global.name());
		Variable proto = assertInstanceOf(ExternalDeclaration.Declaration.class, d.get(10)).variables().get(0);
		assertTrue(proto.isPrototype());
		Type.Function f = (Type.Function) proto.type();
		assertEquals("struct page *", f.returnType().spelling());
		assertEquals("struct page **", f.parameters().get(1).type().spelling());
		assertTrue(f.variadic());
	}

	@Test
	void expressionsCarryOperatorsAndValues() {
		List<Statement> body = unit().allFunctions().get(0).body().items();
		Statement.Declaration first = assertInstanceOf(Statement.Declaration.class, body.get(0));
		assertEquals(List.of("x", "p", "arr"), first.variables().stream().map(Variable::name).toList());
		Expression.Binary sub = assertInstanceOf(Expression.Binary.class, first.variables().get(0).initializer());
		assertEquals(BinaryOperator.SUBTRACT, sub.operator());
		assertEquals("int *", first.variables().get(1).type().spelling());
		Expression.CharLiteral c = assertInstanceOf(Expression.CharLiteral.class,
				((Statement.Declaration) body.get(1)).variables().get(0).initializer());
		assertEquals('\n', c.value());
		Expression.StringLiteral s = assertInstanceOf(Expression.StringLiteral.class,
				((Statement.Declaration) body.get(2)).variables().get(0).initializer());
		assertEquals("a\tbc", s.value());
		Expression.InitializerList init = assertInstanceOf(Expression.InitializerList.class,
				((Statement.Declaration) body.get(3)).variables().get(0).initializer());
		assertEquals(new Expression.Designator.FieldName("page"), init.elements().get(0).designators().get(0));
		assertInstanceOf(Expression.Designator.Index.class, init.elements().get(2).designators().get(0));
		assertEquals(AssignmentOperator.ADD, ((Expression.Assignment) expr(body.get(4))).operator());
		assertEquals(AssignmentOperator.SHIFT_LEFT, ((Expression.Assignment) expr(body.get(5))).operator());
		var or = (Expression.Binary) ((Expression.Assignment) expr(body.get(6))).value();
		assertEquals(BinaryOperator.BIT_OR, or.operator());
		var logical = (Expression.Binary) ((Expression.Assignment) expr(body.get(7))).value();
		assertEquals(BinaryOperator.LOGICAL_OR, logical.operator());
		assertInstanceOf(Expression.Conditional.class, ((Expression.Assignment) expr(body.get(8))).value());
		var comma = (Expression.Parenthesized) ((Expression.Assignment) expr(body.get(9))).value();
		assertInstanceOf(Expression.Comma.class, comma.inner());
		var store = (Expression.Assignment) expr(body.get(10));
		assertInstanceOf(Expression.Subscript.class, store.target());
		var sum = (Expression.Binary) ((Expression.Binary) store.value()).left();
		var postInc = (Expression.Unary) ((Expression.Unary) sum.left()).operand();
		assertEquals(UnaryOperator.DEREFERENCE, ((Expression.Unary) sum.left()).operator());
		assertEquals(UnaryOperator.POST_INCREMENT, postInc.operator());
		assertEquals(UnaryOperator.PRE_INCREMENT, ((Expression.Unary) sum.right()).operator());
		var sizes = (Expression.Binary) ((Expression.Assignment) expr(body.get(11))).value();
		var cast = assertInstanceOf(Expression.Cast.class, sizes.left());
		assertEquals("int", cast.type().spelling());
		assertInstanceOf(Expression.SizeofType.class, cast.operand());
		assertInstanceOf(Expression.SizeofExpression.class, sizes.right());
		var call = (Expression.Call) ((Expression.Assignment) expr(body.get(12))).value();
		assertNull(call.calleeName());
		var fault = assertInstanceOf(Expression.FieldAccess.class, call.callee());
		assertEquals("fault", fault.field());
		assertTrue(fault.arrow());
		var compound = (Expression.FieldAccess) ((Expression.Assignment) expr(body.get(13))).value();
		assertInstanceOf(Expression.CompoundLiteral.class, compound.object());
	}

	@Test
	void statementsOfEveryKind() {
		List<Statement> body = unit().allFunctions().get(0).body().items();
		Statement.Switch sw = assertInstanceOf(Statement.Switch.class, body.get(14));
		List<Statement> cases = ((Statement.Compound) sw.body()).items();
		assertEquals(2, ((Statement.Case) cases.get(0)).body().size());
		assertTrue(((Statement.Case) cases.get(1)).isDefault());
		Statement.For loop = assertInstanceOf(Statement.For.class, body.get(15));
		assertInstanceOf(Statement.Declaration.class, loop.initializer());
		assertInstanceOf(Statement.Continue.class, loop.body());
		assertInstanceOf(Statement.While.class, body.get(16));
		assertInstanceOf(Statement.DoWhile.class, body.get(17));
		assertEquals("out", assertInstanceOf(Statement.Goto.class, body.get(18)).label());
		Statement.Labeled out = assertInstanceOf(Statement.Labeled.class, body.get(19));
		assertInstanceOf(Statement.Empty.class, out.statement());
		assertInstanceOf(Statement.Return.class, body.get(20));
	}

	private static Expression expr(Statement s) {
		return assertInstanceOf(Statement.ExpressionStatement.class, s).expression();
	}
}
