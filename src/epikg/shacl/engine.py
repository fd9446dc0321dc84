"""Compiled shapes run over indexed data: each constraint component checked as pySHACL checks it
(pyshacl/constraints/core/*.py, 0.40), with the same focus nodes, value nodes, results and messages."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from epikg.shacl.data import NUMERIC, TYPE, Data, Key, is_blank, is_literal, key
from epikg.shacl.messages import generic_message
from epikg.shacl.shapes import SH_CLASS, SH_IN, SH_OR, Constraint, Shape, Shapes
from epikg.shacl.sparql import SparqlSelect, run_select

_XSD_STRING, _LANG_STRING = str(XSD.string), str(RDF.langString)
_STRINGS = (None, _LANG_STRING, _XSD_STRING)
_RDFS_LITERAL, _RDFS_DATATYPE = str(RDFS.Literal), str(RDFS.Datatype)
_KINDS = {  # node kind -> the sh:nodeKind values it matches
    "literal": frozenset(map(str, (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral))),
    "blank": frozenset(map(str, (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI))),
    "iri": frozenset(map(str, (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI))),
}


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
    """Runs the shapes over the data. Nodes are the data index's keys (epikg.shacl.data); results hold
    rdflib terms again."""

    def __init__(self, shapes: Shapes, data: Data) -> None:
        self.shapes = shapes
        self.data = data
        self._rows: dict[SparqlSelect, dict[Key, list[dict]]] = {}
        self._probing = 0  # inside `conforms`: results are only counted, their messages not written
        self._classes: dict[Key, frozenset[Key]] = {}

    def run(self) -> list[Result]:
        results: list[Result] = []
        for shape in self.shapes.targeted:
            focus = self.focus_nodes(shape)
            if focus:
                results += self.validate(shape, focus)
        return results

    def focus_nodes(self, shape: Shape) -> list[Key]:
        found: set[Key] = set()
        for cls in shape.target_classes:
            for sub in self.data.subclasses(key(cls)):
                found |= self.data.subjects(TYPE, sub)
        for predicate in shape.target_subjects_of:
            found |= self.data.subjects_of(key(predicate))
        return list(found)

    def validate(self, shape: Shape, focus: list[Key]) -> list[Result]:
        """The results of `shape` on these focus nodes; none means they conform (every result is a violation)."""
        path = shape.path
        if path is None:
            values = {f: (f,) for f in focus}
        elif path.inverse:
            subjects, p = self.data.subjects, path.key
            values = {f: subjects(p, f) for f in focus}
        else:
            objects, p = self.data.objects, path.key
            values = {f: objects(f, p) for f in focus}
        results: list[Result] = []
        for constraint in shape.constraints:
            results += _CHECKS[constraint.kind](self, shape, constraint, values)
        return results

    def conforms(self, shape: Shape, focus: list[Key]) -> bool:
        """Whether the focus nodes conform to the shape (sh:or and sh:node ask): `validate`, without writing the
        messages of results that are only counted."""
        self._probing += 1
        try:
            return not self.validate(shape, focus)
        finally:
            self._probing -= 1

    def result(
        self, shape: Shape, constraint: Constraint, focus: Key, value: Key | None = None, **more
    ) -> Result:
        term = self.data.term
        focus_term, value_term = term(focus), None if value is None else term(value)
        messages = shape.messages
        if not messages and not self._probing:
            messages = (
                Literal(
                    generic_message(
                        self.shapes.graph, self.data.namespaces, constraint, shape, focus_term, value_term
                    )
                ),
            )
        path = shape.path.node if shape.path is not None else None
        return Result(focus_term, constraint, shape, value_term, path, messages, **more)

    def classes(self, node: Key) -> frozenset[Key]:
        """The classes the node is an instance of: its types and all their superclasses (sh:class asks of the
        same nodes for shape after shape)."""
        found = self._classes.get(node)
        if found is None:
            supers = self.data.superclasses
            found = self._classes[node] = frozenset().union(
                *(supers(t) for t in self.data.objects(node, TYPE))
            )
        return found

    def sparql_rows(self, query: SparqlSelect) -> dict[Key, list[dict]]:
        found = self._rows.get(query)
        if found is None:
            found = self._rows[query] = {}
            for row in run_select(self.data, query):
                found.setdefault(row["this"], []).append(row)
        return found


Values = dict[Key, Collection[Key]]


def _class(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    classes = v.classes
    for cls in c.keys:
        for f, nodes in values.items():
            for node in nodes:
                if type(node) is tuple or cls not in classes(node):
                    results.append(v.result(shape, c, f, node))
    return results


def _datatype_matches(data: Data, node: Key, rule: str) -> bool:
    """pySHACL's test (DatatypeConstraintComponent), on the rdflib Literal where one is needed."""
    if type(node) is not tuple:
        return False
    datatype, language = node[1], node[2]
    if datatype == rule:
        literal = data.literal(node)
        return getattr(literal, "ill_typed", None) is not True and _actual_datatype(literal, rule)
    if rule == _RDFS_LITERAL:
        return True
    if rule == _RDFS_DATATYPE and datatype:
        return True
    if datatype is None and language is None and rule == _XSD_STRING:
        return _actual_datatype(data.literal(node), rule)
    if rule == _LANG_STRING and language:
        return _actual_datatype(data.literal(node), rule)
    return False


_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    _XSD_STRING: (str, bytes),
    _LANG_STRING: (str, bytes),
    str(XSD.integer): int,
    str(XSD.float): float,
    str(XSD.decimal): Decimal,
    str(XSD.boolean): bool,
    str(XSD.date): date,
    str(XSD.time): time,
    str(XSD.dateTime): datetime,
}


def _actual_datatype(node: Literal, rule: str) -> bool:
    expected = _PYTHON_TYPES.get(rule)
    return expected is None or isinstance(node.value, expected)


def _datatype(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    rule = c.keys[0]
    return [
        v.result(shape, c, f, node)
        for f, nodes in values.items()
        for node in nodes
        if not _datatype_matches(v.data, node, rule)
    ]


def _node_kind(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    rule = c.keys[0]
    results = []
    for f, nodes in values.items():
        for node in nodes:
            kind = "literal" if is_literal(node) else "blank" if is_blank(node) else "iri"
            if rule not in _KINDS[kind]:
                results.append(v.result(shape, c, f, node))
    return results


def _min_count(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    least = int(c.values[0].value)
    return [v.result(shape, c, f) for f, nodes in values.items() if len(nodes) < least]


def _max_count(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    most = int(c.values[0].value)
    return [v.result(shape, c, f) for f, nodes in values.items() if len(nodes) > most]


def _string(data: Data, node: Key) -> str:
    """pySHACL's string of a node for sh:pattern and sh:minLength (value_node_to_string)."""
    if type(node) is not tuple:
        return node[2:] if node.startswith("_:") else node
    literal = data.literal(node)
    if literal.value is not None and node[1] in _STRINGS:
        return str(literal.value)
    return str(literal)


def _min_length(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    least = c.values[0].value
    if least == 0:
        return []
    return [
        v.result(shape, c, f, node)
        for f, nodes in values.items()
        for node in nodes
        if is_blank(node) or len(_string(v.data, node)) < least
    ]


def _pattern(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    search = c.pattern.search  # type: ignore[union-attr]
    return [
        v.result(shape, c, f, node)
        for f, nodes in values.items()
        for node in nodes
        if is_blank(node) or not search(_string(v.data, node))
    ]


def _in(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    allowed = c.member_keys
    return [
        v.result(shape, c, f, node) for f, nodes in values.items() for node in nodes if node not in allowed
    ]


def _has_value(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    return [v.result(shape, c, f) for wanted in c.keys for f, nodes in values.items() if wanted not in nodes]


def _less_than(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for predicate in c.keys:
        for f, nodes in values.items():
            others = v.data.objects(f, predicate)
            for node in nodes:
                for other in others:
                    if not _less(v.data, node, other):
                        results.append(v.result(shape, c, f, node))
    return results


def _less(data: Data, value: Key, other: Key) -> bool:
    """pySHACL's comparison: strings (IRIs, string literals) with strings, other literals by rdflib's <."""
    if is_blank(value) or is_blank(other):
        raise ValueError("sh:lessThan cannot compare a blank node")
    if type(value) is tuple and type(other) is tuple and value[1] in NUMERIC and other[1] in NUMERIC:
        left_literal, right_literal = data.literal(value), data.literal(other)
        left_value, right_value = left_literal.value, right_literal.value
        if type(left_value) is int and type(right_value) is int and not left_literal.ill_typed:
            return left_value < right_value and not right_literal.ill_typed  # rdflib's < on two integers
    left, left_string = _comparable(data, value)
    right, right_string = _comparable(data, other)
    if left_string != right_string:
        return False
    return bool(left < right)


def _comparable(data: Data, node: Key) -> tuple[object, bool]:
    if type(node) is not tuple:
        return node, True
    literal = data.literal(node)
    if isinstance(literal.value, str):
        return literal.value, True
    return literal, False


def _or(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for members in c.members:
        pending = [(f, node) for f, nodes in values.items() for node in nodes]
        for member in members:
            if not pending:
                break
            if v.conforms(member, list({node: None for _, node in pending})):
                pending = []  # all of them conform to this member (no result on any)
            else:
                pending = [(f, node) for f, node in pending if not v.conforms(member, [node])]
        results += [v.result(shape, c, f, node) for f, node in pending]
    return results


def _property(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    """sh:property: each value node validated against each property shape; their results pass up as they are."""
    nodes = list({node: None for nodes in values.values() for node in nodes})
    return [r for prop in c.members for r in v.validate(prop, nodes)] if nodes else []


def _node(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    for target in c.values:
        other = v.shapes.by_node[target]
        nodes = list({node: None for nodes in values.values() for node in nodes})
        if not nodes or v.conforms(other, nodes):
            continue  # every value node conforms: no result on any of them, checked together
        for f, nodes in values.items():
            for node in nodes:
                found = v.validate(other, [node])
                if found:
                    results.append(v.result(shape, c, f, node, details=tuple(found)))
    return results


def _sparql(v: Validator, shape: Shape, c: Constraint, values: Values) -> list[Result]:
    results = []
    term = v.data.term
    for query in c.sparql:
        rows = v.sparql_rows(query)
        for f in values:
            seen = set()
            for row in rows.get(f, ()):
                row = dict(row)
                path, value, this = row.pop("path", None), row.pop("value", None), row.pop("this", None)
                found = (this, path, value, tuple(sorted(row.items())))
                if found in seen:
                    continue
                seen.add(found)
                value = f if value is None and shape.path is None else value
                bound = {"this": this or f, "path": path, "value": value, **row}
                bound = {name: term(k) for name, k in bound.items() if k is not None}
                extra = tuple(
                    Literal(_fill(str(m), bound)) for m in query.messages if m not in shape.messages
                )
                results.append(
                    Result(
                        term(this or f),
                        c,
                        shape,
                        None if value is None else term(value),
                        None if path is None else term(path),
                        tuple(Literal(_fill(str(m), bound)) for m in shape.messages),
                        extra_messages=extra,
                        source_constraint=query.node,
                    )
                )
    return results


def _fill(message: str, bound: dict) -> str:
    for name, term in bound.items():
        message = re.sub(f"{{[?$]{name}}}", str(term), message)
    return message


_CHECKS: dict[str, Callable[[Validator, Shape, Constraint, Values], list[Result]]] = {
    str(SH_CLASS): _class,
    str(SH.datatype): _datatype,
    str(SH.nodeKind): _node_kind,
    str(SH.minCount): _min_count,
    str(SH.maxCount): _max_count,
    str(SH.minLength): _min_length,
    str(SH.pattern): _pattern,
    str(SH_IN): _in,
    str(SH.hasValue): _has_value,
    str(SH.lessThan): _less_than,
    str(SH_OR): _or,
    str(SH.node): _node,
    str(SH.sparql): _sparql,
    str(SH.property): _property,
}
