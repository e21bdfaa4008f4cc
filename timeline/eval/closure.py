"""Temporal closure by point algebra, for scoring TLINKs the TempEval-3 way.

Each interval relation between two entities becomes constraints between their start and end
points (``<`` or ``=``); closure is then equality classes plus reachability over ``<``. This is
the point-algebra reading UzZaman & Allen's temporal awareness uses: a relation counts as known
when the other graph's closure entails all of its point constraints.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import attrs

__all__ = ["Graph", "Relation", "point_constraints", "reduce_links"]

Relation = tuple[Hashable, Hashable, str]
"""A TLINK as ``(source, target, relType)``."""

Point = tuple[Hashable, str]
Constraint = tuple[Point, str, Point]

# relType -> constraints on (source start "s"/end "e", target start/end); TempEval-3 folds
# DURING, DURING_INV and IDENTITY into SIMULTANEOUS.
_POINTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "BEFORE": (("e", "<", "s"),),
    "AFTER": (("s", ">", "e"),),
    "IBEFORE": (("e", "=", "s"),),
    "IAFTER": (("s", "=", "e"),),
    "INCLUDES": (("s", "<", "s"), ("e", ">", "e")),
    "IS_INCLUDED": (("s", ">", "s"), ("e", "<", "e")),
    "SIMULTANEOUS": (("s", "=", "s"), ("e", "=", "e")),
    "DURING": (("s", "=", "s"), ("e", "=", "e")),
    "DURING_INV": (("s", "=", "s"), ("e", "=", "e")),
    "IDENTITY": (("s", "=", "s"), ("e", "=", "e")),
    "BEGINS": (("s", "=", "s"), ("e", "<", "e")),
    "BEGUN_BY": (("s", "=", "s"), ("e", ">", "e")),
    "ENDS": (("e", "=", "e"), ("s", ">", "s")),
    "ENDED_BY": (("e", "=", "e"), ("s", "<", "s")),
}


def point_constraints(link: Relation) -> tuple[Constraint, ...]:
    """The point constraints of one TLINK, all as ``<`` or ``=``; unknown relTypes give none."""
    source, target, relation = link
    found: list[Constraint] = []
    for mine, sign, theirs in _POINTS.get(relation.upper(), ()):
        left, right = (source, mine), (target, theirs)
        if sign == ">":
            found.append((right, "<", left))
        else:
            found.append((left, sign, right))
    return tuple(found)


@attrs.define
class Graph:
    """The closure of a set of TLINKs: equal points merged, ``<`` made transitive.

    Every entity's start precedes its end. A contradictory input (a ``<`` cycle) does not raise;
    the points of the cycle then entail everything among themselves, which is what a reader of
    an inconsistent annotation can conclude anyway.
    """

    classes: dict[Point, int] = attrs.Factory(dict)
    reach: list[int] = attrs.Factory(list)

    @classmethod
    def of(cls, links: Iterable[Relation]) -> Graph:
        constraints = [c for link in links for c in point_constraints(link)]
        entities = {point[0] for c in constraints for point in (c[0], c[2])}
        constraints += [((x, "s"), "<", (x, "e")) for x in entities]
        parent: dict[Point, Point] = {}

        def find(point: Point) -> Point:
            parent.setdefault(point, point)
            while parent[point] != point:
                parent[point] = parent[parent[point]]
                point = parent[point]
            return point

        for left, sign, right in constraints:
            find(left)
            find(right)
            if sign == "=":
                parent[find(left)] = find(right)
        roots: dict[Point, int] = {}
        classes = {point: roots.setdefault(find(point), len(roots)) for point in parent}
        successors: list[set[int]] = [set() for _ in roots]
        for left, sign, right in constraints:
            if sign == "<":
                successors[classes[left]].add(classes[right])
        return cls(classes, _transitive(successors))

    def entails(self, link: Relation) -> bool:
        """Whether every point constraint of ``link`` follows from this graph."""
        constraints = point_constraints(link)
        if not constraints:
            return False
        for left, sign, right in constraints:
            a, b = self.classes.get(left), self.classes.get(right)
            if a is None or b is None:
                return False
            if sign == "=" and a != b:
                return False
            if sign == "<" and not (self.reach[a] >> b) & 1:
                return False
        return True


def _transitive(successors: list[set[int]]) -> list[int]:
    """For each node, the bitset of nodes reachable by one or more ``<`` steps."""
    reach = [0] * len(successors)
    state = [0] * len(successors)  # 0 new, 1 on the stack, 2 done
    for root in range(len(successors)):
        if state[root]:
            continue
        stack: list[tuple[int, list[int]]] = [(root, sorted(successors[root]))]
        state[root] = 1
        while stack:
            node, pending = stack[-1]
            if pending:
                child = pending.pop()
                if state[child] == 0:
                    state[child] = 1
                    stack.append((child, sorted(successors[child])))
                continue
            stack.pop()
            bits = 0
            for child in successors[node]:
                bits |= (1 << child) | reach[child]
            reach[node] = bits
            state[node] = 2
    # nodes on a cycle were finished before all their successors: settle by iterating
    changed = True
    while changed:
        changed = False
        for node, children in enumerate(successors):
            bits = reach[node]
            for child in children:
                bits |= reach[child]
            if bits != reach[node]:
                reach[node] = bits
                changed = True
    return reach


def reduce_links(links: Sequence[Relation]) -> list[Relation]:
    """The links that the others do not already entail (UzZaman & Allen's reduced graph).

    Duplicates and links without point meaning are dropped; of links that entail each other, the
    first one is kept.
    """
    kept = list(dict.fromkeys(link for link in links if point_constraints(link)))
    index = len(kept) - 1
    while index >= 0:
        others = kept[:index] + kept[index + 1 :]
        if Graph.of(others).entails(kept[index]):
            del kept[index]
        index -= 1
    return kept
