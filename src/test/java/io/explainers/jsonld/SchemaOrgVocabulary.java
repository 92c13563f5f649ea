package io.explainers.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The slice of schema.org our pages use, read from {@code schemaorg/facts.json} (derived from the vocabulary by
 * {@code src/test/schemaorg/derive-facts.py}), and a checker that holds a JSON-LD graph against it. Anything missing
 * from the facts counts as wrong, so a new type or property fails here until it is added to the script and looked up
 * in the real vocabulary.
 */
final class SchemaOrgVocabulary {

    private static final String SCHEMA = "https://schema.org/";

    private final Map<String, Set<String>> supertypes = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();
    private final Map<String, Set<String>> enumerationsOfMember = new HashMap<>();

    private SchemaOrgVocabulary(JsonNode facts) {
        facts.get("classes").fields().forEachRemaining(e -> supertypes.put(e.getKey(), strings(e.getValue())));
        facts.get("properties").fields().forEachRemaining(e -> {
            domains.put(e.getKey(), strings(e.getValue().get("domainIncludes")));
            ranges.put(e.getKey(), strings(e.getValue().get("rangeIncludes")));
        });
        facts.get("enumerationMembers").fields()
                .forEachRemaining(e -> enumerationsOfMember.put(e.getKey(), strings(e.getValue())));
    }

    static SchemaOrgVocabulary load() {
        try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/facts.json")) {
            if (in == null) {
                throw new IllegalStateException("schemaorg/facts.json is missing: run src/test/schemaorg/derive-facts.py");
            }
            return new SchemaOrgVocabulary(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isClass(String type) {
        return supertypes.containsKey(type);
    }

    /** The enumerations a member such as {@code Pediatric} belongs to; empty if it is not a known member. */
    Set<String> enumerationsOf(String member) {
        return enumerationsOfMember.getOrDefault(member, Set.of());
    }

    /** The result of a check: the violations, and what was seen, so a test can tell it did not pass on nothing. */
    record Report(List<String> violations, Set<String> types, Set<String> properties) {
    }

    /** Checks every node of a JSON-LD {@code @graph} (or a single node), nested nodes included. */
    Report check(JsonNode graph) {
        Report report = new Report(new ArrayList<>(), new TreeSet<>(), new TreeSet<>());
        visit(graph, "@graph", report);
        return report;
    }

    private void visit(JsonNode value, String path, Report report) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                visit(value.get(i), path + "[" + i + "]", report);
            }
        } else if (value.isObject() && !isReference(value)) {
            checkNode(value, path, report);
        }
    }

    // A bare {"@id": ...} only points at a node described elsewhere in the graph; that node is checked there.
    private static boolean isReference(JsonNode node) {
        return node.size() == 1 && node.has("@id");
    }

    private void checkNode(JsonNode node, String path, Report report) {
        Set<String> types = strings(node.get("@type"));
        String label = path + " (" + (types.isEmpty() ? "untyped" : String.join("/", types)) + ")";
        List<String> violations = report.violations();
        if (types.isEmpty()) {
            violations.add(label + ": node has no @type, so its properties cannot be checked");
        }
        Set<String> typesAndSupertypes = new TreeSet<>();
        for (String type : types) {
            report.types().add(type);
            if (isClass(type)) {
                typesAndSupertypes.add(type);
                typesAndSupertypes.addAll(supertypes.get(type));
            } else {
                violations.add(label + ": @type " + type + " is not a schema.org class");
            }
        }
        node.fields().forEachRemaining(field -> {
            String property = field.getKey();
            if (property.startsWith("@")) {
                return;
            }
            report.properties().add(property);
            String where = label + "." + property;
            if (!domains.containsKey(property)) {
                violations.add(where + ": " + property + " is not a known schema.org property");
            } else {
                if (!types.isEmpty() && Collections.disjoint(domains.get(property), typesAndSupertypes)) {
                    violations.add(where + ": " + property + " is only allowed on " + domains.get(property)
                            + ", and " + String.join("/", types) + " is none of those nor a subtype of one");
                }
                checkEnumerationValues(property, field.getValue(), where, violations);
            }
            visit(field.getValue(), path + "." + property, report);
        });
    }

    // For a property whose range is an enumeration, a https://schema.org/X value must name a member of that
    // enumeration (or of a subtype of it, as Pediatric is a MedicalSpecialty, which is a Specialty).
    private void checkEnumerationValues(String property, JsonNode value, String where, List<String> violations) {
        Set<String> enumerationRange = new TreeSet<>();
        for (String range : ranges.get(property)) {
            if (isClass(range) && (range.equals("Enumeration") || supertypes.get(range).contains("Enumeration"))) {
                enumerationRange.add(range);
            }
        }
        if (enumerationRange.isEmpty()) {
            return;
        }
        for (JsonNode item : items(value)) {
            if (!item.isTextual() || !item.asText().startsWith(SCHEMA)) {
                continue;
            }
            String member = item.asText().substring(SCHEMA.length());
            boolean inRange = enumerationsOf(member).stream().anyMatch(enumeration -> enumerationRange.contains(enumeration)
                    || !Collections.disjoint(supertypes.getOrDefault(enumeration, Set.of()), enumerationRange));
            if (!inRange) {
                violations.add(where + ": " + member + " is not a member of " + enumerationRange
                        + " (known to be in " + enumerationsOf(member) + ")");
            }
        }
    }

    private static List<JsonNode> items(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (value != null) {
            if (value.isArray()) {
                value.forEach(out::add);
            } else {
                out.add(value);
            }
        }
        return out;
    }

    private static Set<String> strings(JsonNode value) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : items(value)) {
            out.add(item.asText());
        }
        return out;
    }
}
