"""The shapes graph compiled once into plain objects: shapes, their paths, targets and constraints.

Only what epikg's shapes use is compiled (SHACL Core: targetClass, targetSubjectsOf, property shapes on an
IRI or an inverse path, class, datatype, nodeKind, min/maxCount, minLength, pattern, in, hasValue, lessThan,
or, node, sh:message; SHACL-SPARQL: sh:sparql with sh:select and sh:prefixes). Anything else in a shape
(another constraint, a severity, a deactivation, a complex path, another kind of target) is refused with
UnsupportedShape, so that a shape added later is never silently ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH, XSD
from rdflib.term import Node

from epikg.shacl.data import key
from epikg.shacl.sparql import SparqlSelect, compile_select

SH_CLASS = SH["class"]
SH_IN = SH["in"]
SH_OR = SH["or"]

# Parameters that say nothing a validator checks (SHACL 2.3.2, non-validating property shape characteristics).
_NON_VALIDATING = frozenset({SH.name, SH.description, SH.order, SH.group, SH.defaultValue})
_TARGETS = frozenset({SH.targetClass, SH.targetSubjectsOf})
_STRUCTURE = frozenset({SH.path, SH.message}) | _TARGETS
_SINGLE_VALUED = {
    SH.datatype: "DatatypeConstraintComponent",
    SH.nodeKind: "NodeKindConstraintComponent",
    SH.minCount: "MinCountConstraintComponent",
    SH.maxCount: "MaxCountConstraintComponent",
    SH.minLength: "MinLengthConstraintComponent",
    SH_IN: "InConstraintComponent",
}
_MULTI_VALUED = {
    SH_CLASS: "ClassConstraintComponent",
    SH.pattern: "PatternConstraintComponent",
    SH.hasValue: "HasValueConstraintComponent",
    SH.lessThan: "LessThanConstraintComponent",
    SH_OR: "OrConstraintComponent",
    SH.node: "NodeConstraintComponent",
    SH.sparql: "SPARQLConstraintComponent",
    SH.property: "PropertyConstraintComponent",
}
_PROPERTY_ONLY = frozenset({SH.minCount, SH.maxCount, SH.lessThan})
_NODE_KINDS = frozenset(
    {SH.IRI, SH.BlankNode, SH.Literal, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral, SH.IRIOrLiteral}
)
_WHOLE_INTEGERS = frozenset(
    {
        XSD.integer,
        XSD.nonNegativeInteger,
        XSD.positiveInteger,
        XSD.nonPositiveInteger,
        XSD.negativeInteger,
        XSD.long,
        XSD.int,
        XSD.short,
        XSD.byte,
        XSD.unsignedLong,
        XSD.unsignedInt,
        XSD.unsignedShort,
        XSD.unsignedByte,
    }
)


class UnsupportedShape(ValueError):
    """The shapes graph uses something this engine does not implement."""


@dataclass(frozen=True)
class Path:
    """A property shape's path: a predicate, or its inverse (`node` is the path as written, for the report)."""

    predicate: URIRef
    inverse: bool
    node: Node

    @cached_property
    def key(self) -> str:
        return str(self.predicate)


@dataclass(frozen=True)
class Constraint:
    """One constraint component of a shape, with its parameter values (several for sh:class, sh:or...)."""

    parameter: URIRef
    values: tuple
    component: URIRef
    name: str
    pattern: re.Pattern | None = None
    members: tuple = ()  # sh:in: the allowed terms; sh:or: per list, the member shapes
    sparql: tuple[SparqlSelect, ...] = ()

    @cached_property
    def kind(self) -> str:
        return str(self.parameter)

    @cached_property
    def keys(self) -> tuple:
        """The parameter values as the data index keys them (epikg.shacl.data.key)."""
        return tuple(key(v) for v in self.values)

    @cached_property
    def member_keys(self) -> frozenset:
        return frozenset(key(m) for m in self.members)


@dataclass
class Shape:
    node: Node
    path: Path | None
    messages: tuple[Literal, ...]
    target_classes: tuple[URIRef, ...] = ()
    target_subjects_of: tuple[URIRef, ...] = ()
    constraints: list[Constraint] = field(default_factory=list)


@dataclass
class Shapes:
    """The compiled shapes: those with targets (the validation starts there) and every shape by node."""

    graph: Graph
    targeted: list[Shape]
    by_node: dict[Node, Shape]

    @property
    def sparql(self) -> list[SparqlSelect]:
        return [q for shape in self.by_node.values() for c in shape.constraints for q in c.sparql]


def compile_shapes(graph: Graph) -> Shapes:
    """Compile every shape of `graph`; UnsupportedShape names the first thing it cannot check."""
    if any(graph.subjects(RDF.type, SH.ConstraintComponent)):
        raise UnsupportedShape("custom constraint components (sh:ConstraintComponent) are not supported")
    for predicate in (SH.targetNode, SH.targetObjectsOf, SH.target):
        for shape in graph.subjects(predicate, None):
            raise UnsupportedShape(f"{shape}: {predicate.n3(graph.namespace_manager)} is not supported")
    compiler = _Compiler(graph)
    roots = {*graph.subjects(RDF.type, SH.NodeShape), *graph.subjects(RDF.type, SH.PropertyShape)}
    roots |= {s for t in _TARGETS for s in graph.subjects(t, None)}
    for node in sorted(roots, key=str):
        compiler.shape(node)
    targeted = [s for s in compiler.shapes.values() if s.target_classes or s.target_subjects_of]
    return Shapes(graph, targeted, compiler.shapes)


class _Compiler:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.shapes: dict[Node, Shape] = {}

    def fail(self, node: Node, what: str) -> UnsupportedShape:
        return UnsupportedShape(f"shape {node.n3(self.graph.namespace_manager)}: {what}")

    def shape(self, node: Node) -> Shape:
        if node in self.shapes:
            return self.shapes[node]
        g = self.graph
        types = set(g.objects(node, RDF.type))
        if types & {RDFS.Class, OWL.Class}:
            raise self.fail(node, "implicit class targets (a shape that is also a class) are not supported")
        paths = list(g.objects(node, SH.path))
        if len(paths) > 1:
            raise self.fail(node, "more than one sh:path")
        shape = Shape(
            node,
            self.path(node, paths[0]) if paths else None,
            tuple(m for m in g.objects(node, SH.message) if isinstance(m, Literal)),
            tuple(o for o in g.objects(node, SH.targetClass) if isinstance(o, URIRef)),
            tuple(o for o in g.objects(node, SH.targetSubjectsOf) if isinstance(o, URIRef)),
        )
        self.shapes[node] = shape  # before the constraints: a shape may (indirectly) refer to itself
        parameters: dict[URIRef, list[Node]] = {}
        for predicate, value in g.predicate_objects(node):
            if not str(predicate).startswith(str(SH)) or predicate in _NON_VALIDATING:
                continue
            if predicate in _STRUCTURE:
                continue
            if predicate not in _SINGLE_VALUED and predicate not in _MULTI_VALUED:
                raise self.fail(node, f"{predicate.n3(g.namespace_manager)} is not supported")
            if predicate in _PROPERTY_ONLY and shape.path is None:
                raise self.fail(node, f"{predicate.n3(g.namespace_manager)} needs a property shape")
            parameters.setdefault(predicate, []).append(value)
        for predicate, values in parameters.items():
            if predicate in _SINGLE_VALUED and len(values) > 1:
                raise self.fail(node, f"more than one {predicate.n3(g.namespace_manager)}")
            shape.constraints.append(self.constraint(node, predicate, tuple(values)))
        return shape

    def path(self, node: Node, path: Node) -> Path:
        if isinstance(path, URIRef):
            return Path(path, False, path)
        inverse = list(self.graph.objects(path, SH.inversePath))
        alone = len(list(self.graph.predicate_objects(path))) == 1
        if isinstance(path, BNode) and len(inverse) == 1 and isinstance(inverse[0], URIRef) and alone:
            return Path(inverse[0], True, path)
        raise self.fail(node, "only a predicate or [ sh:inversePath <predicate> ] is supported as sh:path")

    def constraint(self, node: Node, parameter: URIRef, values: tuple) -> Constraint:
        name = _SINGLE_VALUED.get(parameter) or _MULTI_VALUED[parameter]
        made = Constraint(parameter, values, SH[name], name)
        value = values[0]
        if parameter in (SH.minCount, SH.maxCount):
            if not (isinstance(value, Literal) and value.datatype == XSD.integer and int(value.value) >= 0):
                raise self.fail(
                    node, f"{parameter.n3(self.graph.namespace_manager)} must be an xsd:integer >= 0"
                )
        elif parameter == SH.minLength:
            if not (isinstance(value, Literal) and value.datatype in _WHOLE_INTEGERS and value.value >= 0):
                raise self.fail(node, "sh:minLength must be a whole number >= 0")
        elif parameter == SH.nodeKind and value not in _NODE_KINDS:
            raise self.fail(node, f"unknown sh:nodeKind {value}")
        elif parameter == SH.pattern:
            if list(self.graph.objects(node, SH.flags)):
                raise self.fail(node, "sh:flags is not supported")
            if len(values) > 1 or not isinstance(value, Literal):
                raise self.fail(node, "one literal sh:pattern per shape is supported")
            text = str(value.value) if value.value is not None and len(value.value) > 1 else str(value)
            return Constraint(parameter, values, made.component, name, pattern=re.compile(text))
        elif parameter == SH_IN:
            return Constraint(parameter, values, made.component, name, members=tuple(self.items(node, value)))
        elif parameter == SH_OR:
            lists = tuple(tuple(self.shape(m) for m in self.items(node, v)) for v in values)
            return Constraint(parameter, values, made.component, name, members=lists)
        elif parameter == SH.node:
            for target in values:
                if self.shape(target).path is not None:
                    raise self.fail(node, "sh:node must name a node shape")
        elif parameter == SH.property:
            properties = tuple(self.shape(v) for v in values)
            for prop in properties:
                if prop.path is None:
                    raise self.fail(prop.node, "a property shape (sh:property) without sh:path")
            return Constraint(parameter, values, made.component, name, members=properties)
        elif parameter == SH.lessThan and not all(isinstance(v, URIRef) for v in values):
            raise self.fail(node, "sh:lessThan must be a predicate")
        elif parameter == SH.sparql:
            if shape_path := self.graph.value(node, SH.path):
                raise self.fail(
                    node, f"SPARQL constraints on a property shape ({shape_path}) are not supported"
                )
            queries = tuple(compile_select(self.graph, c, self.fail) for c in values)
            return Constraint(parameter, values, made.component, name, sparql=queries)
        return made

    def items(self, node: Node, head: Node) -> list[Node]:
        if not isinstance(head, BNode) and head != RDF.nil:
            raise self.fail(node, f"{head} is not an RDF list")
        return list(Collection(self.graph, head))
