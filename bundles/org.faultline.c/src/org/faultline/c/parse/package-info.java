/**
 * Parsing kernel C with tree-sitter: {@link org.faultline.c.parse.CParser} turns one file into a
 * {@link org.faultline.c.ast.TranslationUnit}; {@link org.faultline.c.parse.SourceSet} loads .c files and the headers
 * they include into a {@link org.faultline.c.parse.Program} (lookup of functions, prototypes, globals, structs,
 * typedefs, macros and enumerators by name) under a {@link org.faultline.c.parse.Configuration} of defined symbols.
 */
package org.faultline.c.parse;
