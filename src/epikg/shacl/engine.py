"""Compiled shapes run over indexed data: each constraint component checked as pySHACL checks it
(pyshacl/constraints/core/*.py, 0.40), with the same focus nodes, value nodes, results and messages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from epikg.shacl.data import Data
from epikg.shacl.report import stringify
from epikg.shacl.shapes import SH_CLASS, SH_IN, SH_OR, Constraint, Shape, Shapes
from epikg.shacl.sparql import SparqlSelect, run_select

_STRINGS = (None, RDF.langString, XSD.string)


@dataclass(frozen=True)
class Result:
    """One validation result (sh:ValidationResult), with the results nested under it (sh:detail)."""

    focus: Node
    constraint: Constraint
    shape: Shape
    value: Node | None
    path: Node | None
    messages: tuple[Literal, ...]
    extra_messages: tuple[Literal, ...] = ()
    details: tuple[Result, ...] = ()
    source_constraint: Node | None = None

    @property
    def component(self) -> URIRef:
        return self.constraint.component


class Validator:
    def __init__(self, shapes: Shapes, data: Data) -> None:
        self.shapes = shapes
        self.data = data
        self._rows: dict[SparqlSelect, dict[Node, list[dict]]] = {}

    def run(self) -> list[Result]:
        results: list[Result] = []
        for shape in self.shapes.targeted:
            focus = self.focus_nodes(shape)
            if focus:
                results += self.validate(shape, focus)
        return results

    def focus_nodes(self, shape: Shape) -> list[Node]:
        found: set[Node] = set()
        for cls in shape.target_classes:
            for sub in self.data.subclasses(cls):
                found |= self.data.subjects(RDF.type, sub)
        for predicate in shape.target_subjects_of:
            found |= self.data.subjects_of(predicate)
        return list(found)

    def values(self, shape: Shape, focus: Node) -> set[Node]:
        path = shape.path
        if path is None:
            return {focus}
        if path.inverse:
            return self.data.subjects(path.predicate, focus)
        return self.data.objects(focus, path.predicate)

    def validate(self, shape: Shape, focus: list[Node]) -> list[Result]:
        """The results of `shape` on these focus nodes; none means they conform (every result is a violation)."""
        values = {f: self.values(shape, f) for f in focus}
        results: list[Result] = []
        for constraint in shape.constraints:
            results += _CHECKS[constraint.parameter](self, shape, constraint, values)
        return results

    def result(
        self, shape: Shape, constraint: Constraint, focus: Node, value: Node | None = None, **more
    ) -> Result:
        messages = shape.messages
        if not messages and not more.get("extra_messages"):
            messages = (Literal(_generic_message(self, shape, constraint, focus, value)),)
        path = shape.path.node if shape.path is not None else None
        return Result(focus, constraint, shape, value, more.pop("path", path), messages, **more)

    def sparql_rows(self, query: SparqlSelect) -> dict[Node, list[dict]]:
        found = self._rows.get(query)
        if found is None:
            found = self._rows[query] = {}
            for row in run_select(self.data, query):
                found.setdefault(row["this"], []).append(row)
        return found


Values = dict[Node, set[Node]]


def _class(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for cls in c.values:
        for f, nodes in values.items():
            for node in nodes:
                if isinstance(node, Literal) or not any(
                    cls in v.data.superclasses(t) for t in v.data.objects(node, RDF.type)
                ):
                    results.append(v.result(shape, c, f, node))
    return results


def _datatype_matches(node: Node, rule: Node) -> bool:
    if not isinstance(node, Literal):
        return False
    if node.datatype == rule:
        return getattr(node, "ill_typed", None) is not True and _actual_datatype(node, rule)
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype and node.datatype:
        return True
    if node.datatype is None and node.language is None and rule == XSD.string:
        return _actual_datatype(node, rule)
    if rule == RDF.langString and node.language:
        return _actual_datatype(node, rule)
    return False


_PYTHON_TYPES: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}


def _actual_datatype(node: Literal, rule: Node) -> bool:
    expected = _PYTHON_TYPES.get(rule)
    return expected is None or isinstance(node.value, expected)


def _datatype(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    rule = c.values[0]
    return [
        v.result(shape, c, f, node)
        for f, nodes in values.items()
        for node in nodes
        if not _datatype_matches(node, rule)
    ]


_KINDS = {
    BNode: (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
    Literal: (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
    URIRef: (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI),
}


def _node_kind(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    rule = c.values[0]
    results = []
    for f, nodes in values.items():
        for node in nodes:
            kind = BNode if isinstance(node, BNode) else Literal if isinstance(node, Literal) else URIRef
            if rule not in _KINDS[kind]:
                results.append(v.result(shape, c, f, node))
    return results


def _min_count(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    least = int(c.values[0].value)
    return [v.result(shape, c, f) for f, nodes in values.items() if len(nodes) < least]


def _max_count(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    most = int(c.values[0].value)
    return [v.result(shape, c, f) for f, nodes in values.items() if len(nodes) > most]


def _string(node: Node) -> str:
    if isinstance(node, Literal) and node.value is not None and node.datatype in _STRINGS:
        return str(node.value)
    return str(node)


def _min_length(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    least = c.values[0].value
    if least == 0:
        return []
    return [
        v.result(shape, c, f, node)
        for f, nodes in values.items()
        for node in nodes
        if isinstance(node, BNode) or len(_string(node)) < least
    ]


def _pattern(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    search = c.pattern.search  # type: ignore[union-attr]
    return [
        v.result(shape, c, f, node)
        for f, nodes in values.items()
        for node in nodes
        if isinstance(node, BNode) or not search(_string(node))
    ]


def _in(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    allowed = set(c.members)
    return [
        v.result(shape, c, f, node) for f, nodes in values.items() for node in nodes if node not in allowed
    ]


def _has_value(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    return [
        v.result(shape, c, f) for wanted in c.values for f, nodes in values.items() if wanted not in nodes
    ]


def _less_than(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for predicate in c.values:
        for f, nodes in values.items():
            others = v.data.objects(f, predicate)
            for node in nodes:
                for other in others:
                    if not _less(node, other):
                        results.append(v.result(shape, c, f, node))
    return results


def _less(value: Node, other: Node) -> bool:
    """pySHACL's comparison: strings (IRIs, string literals) with strings, other literals by rdflib's <."""
    if isinstance(value, BNode) or isinstance(other, BNode):
        raise ValueError("sh:lessThan cannot compare a blank node")
    left, left_string = _comparable(value)
    right, right_string = _comparable(other)
    if left_string != right_string:
        return False
    return bool(left < right)


def _comparable(node: Node) -> tuple[object, bool]:
    if isinstance(node, URIRef):
        return str(node), True
    if isinstance(node, Literal) and isinstance(node.value, str):
        return node.value, True
    return node, False


def _or(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for members in c.members:
        for f, nodes in values.items():
            for node in nodes:
                if not any(not v.validate(member, [node]) for member in members):
                    results.append(v.result(shape, c, f, node))
    return results


def _property(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    """sh:property: each value node validated against each property shape; their results pass up as they are."""
    nodes = list({node: None for nodes in values.values() for node in nodes})
    return [r for prop in c.members for r in v.validate(prop, nodes)] if nodes else []


def _node(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for target in c.values:
        other = v.shapes.by_node[target]
        for f, nodes in values.items():
            for node in nodes:
                found = v.validate(other, [node])
                if found:
                    results.append(v.result(shape, c, f, node, details=tuple(found)))
    return results


def _sparql(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for query in c.sparql:
        rows = v.sparql_rows(query)
        for f in values:
            seen = set()
            for row in rows.get(f, ()):
                row = dict(row)
                path, value, this = row.pop("path", None), row.pop("value", None), row.pop("this", None)
                key = (this, path, value, tuple(sorted(row.items())))
                if key in seen:
                    continue
                seen.add(key)
                value = f if value is None and shape.path is None else value
                bound = {"this": this or f, "path": path, "value": value, **row}
                extra = tuple(
                    Literal(_fill(str(m), bound)) for m in query.messages if m not in shape.messages
                )
                results.append(
                    Result(
                        this or f,
                        c,
                        shape,
                        value,
                        path,
                        tuple(Literal(_fill(str(m), bound)) for m in shape.messages),
                        extra_messages=extra,
                        source_constraint=query.node,
                    )
                )
    return results


def _fill(message: str, bound: dict) -> str:
    for name, term in bound.items():
        if term is not None:
            message = re.sub(f"{{[?$]{name}}}", str(term), message)
    return message


_CHECKS: dict[URIRef, Callable[[Validator, Shape, Constraint, Values], list[Result]]] = {
    SH_CLASS: _class,
    SH.datatype: _datatype,
    SH.nodeKind: _node_kind,
    SH.minCount: _min_count,
    SH.maxCount: _max_count,
    SH.minLength: _min_length,
    SH.pattern: _pattern,
    SH_IN: _in,
    SH.hasValue: _has_value,
    SH.lessThan: _less_than,
    SH_OR: _or,
    SH.node: _node,
    SH.sparql: _sparql,
    SH.property: _property,
}


def _generic_message(v: Validator, shape: Shape, c: Constraint, focus: Node, value: Node | None) -> str:
    """pySHACL's message for a constraint whose shape has no sh:message (make_generic_messages)."""
    sg = v.shapes.graph
    data = v.data.namespaces

    def s(node: Node) -> str:
        return stringify(sg, node, sg.namespace_manager)

    def d(node: Node) -> str:
        return stringify(None, node, data)

    path = s(shape.path.node) if shape.path is not None else None
    first = c.values[0]
    name = c.parameter
    if name == SH_CLASS:
        if len(c.values) < 2:
            return f"Value does not have class {s(first)}"
        return "Value class is not in classes ({})".format(", ".join(s(x) for x in c.values))
    if name == SH.datatype:
        return f"Value is not Literal with datatype {s(first)}"
    if name == SH.nodeKind:
        return f"Value is not of Node Kind {s(first)}"
    if name == SH.minCount:
        return f"Less than {first.value} values on {d(focus)}->{path}"
    if name == SH.maxCount:
        return f"More than {first.value} values on {d(focus)}->{path}"
    if name == SH.minLength:
        return f"String length not >= {d(first)}"
    if name == SH.pattern:
        return f"Value does not match pattern '{first.value}'"
    if name == SH_IN:
        allowed: set[Node] = set()
        for member in c.members:  # a set built as pySHACL builds it: the same order within a process
            allowed.add(member)
        return f"Value {d(value)} not in list {[s(x) for x in allowed]}"  # type: ignore[arg-type]
    if name == SH.hasValue:
        wanted = [s(x) for x in c.values]
        if path:
            return f"Node {d(focus)}->{path} does not contain a value in the set: {wanted}"
        return f"Node {d(focus)} value is not a in the set of values: {wanted}"
    if name == SH.lessThan:
        return "Value of {}->{} <= {}".format(d(focus), ", ".join(s(x) for x in c.values), d(value))  # type: ignore[arg-type]
    if name == SH_OR:
        lists = [" , ".join(s(m.node) for m in members) for members in c.members]
        text = lists[0] if len(lists) < 2 else " and ".join(f"({x})" for x in lists)
        return f"Node {d(value)} must conform to one or more shapes in {text}"  # type: ignore[arg-type]
    if name == SH.node:
        if len(c.values) < 2:
            return f"Value does not conform to Shape {s(first)}. See details for more information."
        shapes = "', '".join(s(x) for x in c.values)
        return f"Value must conform to every Shape in ('{shapes}'). See details for more information."
    raise AssertionError(f"no generic message for {name}")
