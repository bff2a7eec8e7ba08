/**
 * An immutable AST of kernel C, complete enough to execute the page-fault path.
 *
 * <p>
 * Entry points: {@link org.faultline.c.ast.TranslationUnit} (one file) holds
 * {@link org.faultline.c.ast.ExternalDeclaration}s: function definitions (name, return {@link org.faultline.c.ast.Type},
 * {@link org.faultline.c.ast.Parameter}s, storage class, leading comment, body), declarations of globals and
 * prototypes ({@link org.faultline.c.ast.Variable}, a prototype has a {@code Type.Function}), struct/union and enum
 * definitions, typedefs, {@code #define}s (with their body parsed as an expression when it is one, for a header when
 * first read: {@link org.faultline.c.ast.Deferred}), {@code #include}s, file-scope macro calls such as
 * {@code EXPORT_SYMBOL(f);} and {@code #if} groups.
 * </p>
 * <p>
 * Bodies are {@link org.faultline.c.ast.Statement}s and {@link org.faultline.c.ast.Expression}s, sealed interfaces
 * whose cases are nested records, meant for {@code switch} pattern matching. Kernel idioms: an iterator macro with a
 * body ({@code radix_tree_for_each_slot(...) { }}) is a {@code Statement.IteratorLoop}; {@code likely}/{@code unlikely}
 * stay calls (macros {@code (x)} in the headers); annotation macros ({@code __init}, {@code __user},
 * {@code __releases(ptl)}, ...) are not part of the tree; a type passed to a macro ({@code container_of(p, struct
 * page, lru)}) is an {@code Expression.TypeName}. Every {@code #if} branch is kept as a
 * {@link org.faultline.c.ast.ConditionalBranch}; {@link org.faultline.c.parse.Configuration} chooses.
 * </p>
 * <p>
 * Every node has a {@link org.faultline.c.ast.SourceRange} (file, 1-based line and column, end, byte offsets).
 * Optional parts are null; lists are never null and are unmodifiable. What the front end cannot model becomes an
 * {@code Unknown} node and a {@link org.faultline.c.ast.Problem} in the translation unit, never a silent gap.
 * </p>
 */
package org.faultline.c.ast;
