#!/usr/bin/env python3
"""Derive the schema.org facts that SchemaOrgConformanceTest checks our JSON-LD against.

The full vocabulary is 1.5 MB and not ours to commit, so this script keeps only what the test needs:
the classes the site uses (with every supertype), the properties it uses (with their domainIncludes and
rangeIncludes), and the enumeration members it uses (with the enumerations they belong to).

Re-run it, from the repository root, whenever StructuredData starts using a new type, property or
enumeration value (add it to the lists below first), or when the vocabulary is updated:

    python3 src/test/schemaorg/derive-facts.py [path/to/schemaorg-current-https.jsonld]

The vocabulary path defaults to ../shared/reference/schemaorg-current-https.jsonld, relative to the
repository root. The output is src/test/resources/schemaorg/facts.json; commit it.
"""
import json
import sys
from pathlib import Path

# Every @type StructuredData emits. OccupationalTherapy comes from the seed topic's about_type column.
TYPES = [
    "AboutPage", "Answer", "BreadcrumbList", "CollectionPage", "CreativeWork", "FAQPage", "ItemList", "ListItem", "MedicalWebPage",
    "OccupationalTherapy", "Organization", "ParentAudience", "Person", "Question", "WebSite",
]
# Every property StructuredData emits.
PROPERTIES = [
    "about", "acceptedAnswer", "alternateName", "audience", "breadcrumb", "childMaxAge", "childMinAge",
    "citation", "dateModified", "datePublished", "description", "headline", "honorificSuffix", "inLanguage",
    "isPartOf", "item", "itemListElement", "jobTitle", "lastReviewed", "mainEntity", "name", "numberOfItems",
    "position", "publisher", "publishingPrinciples", "reviewedBy", "sameAs", "specialty", "text", "translationOfWork",
    "translator", "url", "workTranslation",
]
# Every enumeration member StructuredData emits as a https://schema.org/... value.
ENUMERATION_VALUES = ["Pediatric"]

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_VOCABULARY = REPO_ROOT / ".." / "shared" / "reference" / "schemaorg-current-https.jsonld"
OUTPUT = REPO_ROOT / "src" / "test" / "resources" / "schemaorg" / "facts.json"


def ids(value):
    """The schema.org names in a JSON-LD value that may be one {"@id"} or a list of them (or bare strings)."""
    items = value if isinstance(value, list) else [value] if value is not None else []
    names = [item["@id"] if isinstance(item, dict) else item for item in items]
    return sorted(name[len("schema:"):] for name in names if name.startswith("schema:"))


def main():
    vocabulary = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_VOCABULARY
    nodes = {node["@id"][len("schema:"):]: node
             for node in json.loads(vocabulary.read_text(encoding="utf-8"))["@graph"]
             if node["@id"].startswith("schema:")}
    missing = [name for name in TYPES + PROPERTIES + ENUMERATION_VALUES if name not in nodes]
    if missing:
        # Left out of the facts on purpose: the test then reports them as unknown, which is the point.
        print("not in the vocabulary: " + ", ".join(missing), file=sys.stderr)

    def supertypes(name, seen=None):
        seen = set() if seen is None else seen
        for parent in ids(nodes.get(name, {}).get("rdfs:subClassOf")):
            if parent not in seen:
                seen.add(parent)
                supertypes(parent, seen)
        return seen

    def is_enumeration(name):
        return name == "Enumeration" or "Enumeration" in supertypes(name)

    properties = {}
    for name in PROPERTIES:
        if name in nodes:
            node = nodes[name]
            facts = {"domainIncludes": ids(node.get("schema:domainIncludes")),
                     "rangeIncludes": ids(node.get("schema:rangeIncludes"))}
            if "schema:supersededBy" in node:
                facts["supersededBy"] = ids(node["schema:supersededBy"])
            properties[name] = facts

    members = {name: ids(nodes[name]["@type"]) for name in ENUMERATION_VALUES if name in nodes}

    # The classes the test must know: the used types, the enumerations the used values and properties point
    # at (so the test can tell an enumeration-valued property), and all their supertypes.
    wanted = {name for name in TYPES if name in nodes}
    wanted |= {enum for enums in members.values() for enum in enums}
    wanted |= {cls for facts in properties.values() for cls in facts["rangeIncludes"] if is_enumeration(cls)}
    wanted |= {parent for name in list(wanted) for parent in supertypes(name)}
    classes = {name: sorted(supertypes(name)) for name in wanted}

    facts = {
        "_comment": "Derived from schemaorg-current-https.jsonld by src/test/schemaorg/derive-facts.py; "
                    "re-run it rather than editing by hand.",
        "classes": classes,
        "enumerationMembers": members,
        "properties": properties,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(facts, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}: {len(classes)} classes, {len(properties)} properties, "
          f"{len(members)} enumeration members")


if __name__ == "__main__":
    main()
