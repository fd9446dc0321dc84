"""pySHACL's messages for a result whose shape has no sh:message (each component's make_generic_messages)."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from epikg.shacl.report import stringify
from epikg.shacl.shapes import SH_CLASS, SH_IN, SH_OR, Constraint, Shape


def generic_message(
    sg: Graph, data: NamespaceManager, c: Constraint, shape: Shape, focus: Node, value: Node | None
) -> str:
    """pySHACL's message for a constraint whose shape has no sh:message (make_generic_messages)."""

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
