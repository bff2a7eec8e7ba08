package org.faultline.cli.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON value against a JSON Schema (draft 2020-12), for the keywords the review's schema uses:
 * type, const, enum, properties, required, additionalProperties false, items, minimum, oneOf and $ref to
 * {@code #/$defs/...}. A keyword outside that set is an error, so the schema cannot say more than is checked.
 */
final class SchemaCheck {

	private static final Set<String> KNOWN = Set.of("$schema", "$id", "$defs", "title", "description", "type", "const",
			"enum", "properties", "required", "additionalProperties", "items", "minimum", "oneOf", "$ref");

	private final Map<String, Object> root;

	private final List<String> problems = new ArrayList<>();

	private SchemaCheck(Map<String, Object> root) {
		this.root = root;
	}

	/** @return every place where {@code value} does not match, empty when it does */
	static List<String> problems(Map<String, Object> schema, Object value) {
		SchemaCheck check = new SchemaCheck(schema);
		check.check(schema, value, "$");
		return check.problems;
	}

	@SuppressWarnings("unchecked")
	private void check(Map<String, Object> schema, Object value, String path) {
		for (String keyword : schema.keySet())
			if (!KNOWN.contains(keyword))
				throw new IllegalArgumentException("the check does not know the keyword " + keyword);
		if (schema.get("$ref") instanceof String ref) {
			String prefix = "#/$defs/";
			if (!ref.startsWith(prefix))
				throw new IllegalArgumentException("only #/$defs/ references: " + ref);
			Map<String, Object> defs = (Map<String, Object>) root.get("$defs");
			Map<String, Object> target = (Map<String, Object>) defs.get(ref.substring(prefix.length()));
			if (target == null)
				throw new IllegalArgumentException("no definition " + ref);
			check(target, value, path);
		}
		if (schema.containsKey("const") && !equal(schema.get("const"), value))
			problems.add(path + ": must be " + schema.get("const") + ", is " + value);
		if (schema.get("enum") instanceof List<?> values && values.stream().noneMatch(v -> equal(v, value)))
			problems.add(path + ": " + value + " is not one of " + values);
		if (schema.containsKey("type") && !typeMatches(schema.get("type"), value))
			problems.add(path + ": is not of type " + schema.get("type") + ": " + value);
		if (schema.get("minimum") instanceof Number min && value instanceof Number n && n.doubleValue() < min.doubleValue())
			problems.add(path + ": " + n + " is below " + min);
		if (schema.get("oneOf") instanceof List<?> alternatives) {
			int matching = 0;
			for (Object alternative : alternatives)
				if (alternativeProblems((Map<String, Object>) alternative, value).isEmpty())
					matching++;
			if (matching != 1)
				problems.add(path + ": matches " + matching + " of the alternatives, not one");
		}
		if (value instanceof Map<?, ?> object)
			object(schema, (Map<String, Object>) object, path);
		if (value instanceof List<?> items && schema.get("items") instanceof Map<?, ?> itemSchema)
			for (int i = 0; i < items.size(); i++)
				check((Map<String, Object>) itemSchema, items.get(i), path + "[" + i + "]");
	}

	/** A oneOf alternative is checked against the same root. */
	private List<String> alternativeProblems(Map<String, Object> schema, Object value) {
		SchemaCheck check = new SchemaCheck(root);
		check.check(schema, value, "");
		return check.problems;
	}

	@SuppressWarnings("unchecked")
	private void object(Map<String, Object> schema, Map<String, Object> object, String path) {
		Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
		if (schema.get("required") instanceof List<?> required)
			for (Object name : required)
				if (!object.containsKey(name))
					problems.add(path + ": lacks " + name);
		for (var member : object.entrySet()) {
			Object property = properties.get(member.getKey());
			if (property instanceof Map<?, ?> p)
				check((Map<String, Object>) p, member.getValue(), path + "." + member.getKey());
			else if (Boolean.FALSE.equals(schema.get("additionalProperties")))
				problems.add(path + ": has " + member.getKey() + ", which the schema does not describe");
		}
	}

	private static boolean typeMatches(Object type, Object value) {
		if (type instanceof List<?> types)
			return types.stream().anyMatch(t -> typeMatches(t, value));
		return switch ((String) type) {
		case "object" -> value instanceof Map;
		case "array" -> value instanceof List;
		case "string" -> value instanceof String;
		case "integer" -> value instanceof Long;
		case "number" -> value instanceof Number;
		case "boolean" -> value instanceof Boolean;
		case "null" -> value == null;
		default -> throw new IllegalArgumentException("unknown type " + type);
		};
	}

	private static boolean equal(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y)
			return x.doubleValue() == y.doubleValue();
		return a == null ? b == null : a.equals(b);
	}
}
