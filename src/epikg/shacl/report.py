"""Results written as pySHACL writes them: the text report (each result described the same way, sorted by
its description, so the first message is the same) and the report graph (sh:ValidationReport, sh:result,
sh:detail, the source shapes copied from the shapes graph)."""

from __future__ import annotations

from collections.abc import Sequence
from textwrap import indent
from typing import TYPE_CHECKING

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

if TYPE_CHECKING:
    from epikg.shacl.engine import Result


def stringify(graph: Graph | None, node: Node, namespaces: NamespaceManager) -> str:
    """A node as pySHACL prints it (pyshacl.rdfutil.stringify_node): a prefixed name, Literal("...", ...),
    or a blank node's triples in brackets, read from `graph`."""
    namespaces.bind("sh", SH, override=False, replace=False)
    if isinstance(node, Literal):
        return _literal(graph, node, namespaces)
    if isinstance(node, BNode):
        return _blank(graph, node, namespaces) if graph is not None else str(node)
    if isinstance(node, URIRef):
        try:
            return node.n3(namespace_manager=namespaces)
        except Exception:
            return str(node)
    return str(node)


def _literal(graph: Graph | None, node: Literal, namespaces: NamespaceManager) -> str:
    value = None if node.value is None else str(node.value)
    lexical = str(node)
    if value is not None and value.find(" object at 0x") > 0:
        value = value[: value.find(" object at 0x")]
    text = f'"{lexical}" = {value}' if value is not None and value != lexical else f'"{lexical}"'
    lang = f", lang={node.language}" if node.language else ""
    datatype = f", datatype={stringify(graph, node.datatype, namespaces)}" if node.datatype else ""
    return f"Literal({text}{lang}{datatype})"


def _blank(graph: Graph, node: BNode, namespaces: NamespaceManager) -> str:
    predicates = list(graph.predicates(node))
    if not predicates:
        return "[ ]"
    if RDF.first in predicates:
        return "( {} )".format(
            " ".join(stringify(graph, item, namespaces) for item in Collection(graph, node))
        )
    parts = {}
    for predicate in predicates:
        objects = sorted(stringify(graph, o, namespaces) for o in graph.objects(node, predicate))
        if objects:
            parts[predicate.n3(namespace_manager=namespaces)] = ", ".join(objects)
    if len(parts) > 1:
        return "[ {} ]".format(" ; ".join(f"{p} {o}" for p, o in sorted(parts.items())))
    (p, o), *_ = parts.items()
    return f"[ {p} {o} ]"


def describe(result: Result, shapes: Graph, data: NamespaceManager) -> str:
    """pySHACL's text for one result (make_v_result_description), with its details indented below it."""
    names = shapes.namespace_manager
    text = (
        f"Constraint Violation in {result.constraint.name} ({result.component}):\n"
        f"\tSeverity: {stringify(shapes, SH.Violation, names)}\n"
        f"\tSource Shape: {stringify(shapes, result.shape.node, names)}\n"
        f"\tFocus Node: {stringify(None, result.focus, data)}\n"
    )
    if result.value is not None:
        text += f"\tValue Node: {stringify(None, result.value, data)}\n"
    if result.path is not None:
        text += f"\tResult Path: {stringify(shapes, result.path, names)}\n"
    if result.source_constraint is not None:
        text += f"\tSource Constraint: {stringify(shapes, result.source_constraint, names)}\n"
    for message in sorted((m for m in result.extra_messages if m not in result.messages), key=str):
        text += f"\tMessage: {message}\n"
    for message in sorted(result.messages, key=str):
        text += f"\tMessage: {message}\n"
    if result.details:
        text += "\tDetails:\n" + "".join(indent(describe(d, shapes, data), "\t\t") for d in result.details)
    return text


def report_text(conforms: bool, described: Sequence[str]) -> str:
    text = f"Validation Report\nConforms: {conforms}\n"
    if described:
        text += f"Results ({len(described)}):\n"
    return text + "".join(sorted(described))


def report_graph(conforms: bool, results: Sequence[Result], shapes: Graph) -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in shapes.namespace_manager.namespaces():
        graph.namespace_manager.bind(prefix, namespace)
    report = BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, Literal(conforms)))
    for result in results:
        graph.add((report, SH.result, _add_result(graph, result, shapes)))
    return graph


def _add_result(graph: Graph, result: Result, shapes: Graph) -> BNode:
    node = BNode()
    graph.add((node, RDF.type, SH.ValidationResult))
    graph.add((node, SH.sourceConstraintComponent, result.component))
    graph.add((node, SH.sourceShape, _copy(graph, result.shape.node, shapes)))
    graph.add((node, SH.resultSeverity, SH.Violation))
    graph.add((node, SH.focusNode, result.focus))
    if result.value is not None:
        graph.add((node, SH.value, result.value))
    if result.path is not None:
        graph.add((node, SH.resultPath, _copy(graph, result.path, shapes)))
    if result.source_constraint is not None:
        graph.add((node, SH.sourceConstraint, _copy(graph, result.source_constraint, shapes)))
    for message in (*result.extra_messages, *result.messages):
        graph.add((node, SH.resultMessage, message))
    for detail in result.details:
        graph.add((node, SH.detail, _add_result(graph, detail, shapes)))
    return node


def _copy(graph: Graph, node: Node, shapes: Graph) -> Node:
    """A shapes-graph node into the report: a blank node with everything below it, as pySHACL copies it."""
    if isinstance(node, BNode) and (node, None, None) not in graph:
        for p, o in shapes.predicate_objects(node):
            graph.add((node, p, _copy(graph, o, shapes)))
    return node
