"""Temporal closure by point algebra, for scoring TLINKs the TempEval-3 way.

Each interval relation between two entities becomes constraints between their start and end
points (``<`` or ``=``); closure is then equality classes plus reachability over ``<``. This is
the point-algebra reading UzZaman & Allen's temporal awareness uses: a relation counts as known
when the other graph's closure entails all of its point constraints.

A link that contradicts the links before it stays out of the closure, as in the TempEval-3
toolkit (its timegraph sets such "violated relations" aside but still scores them for precision):
otherwise one contradiction would make a graph entail every order among the points of its cycle,
and an inconsistent system would be rewarded in recall.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

import attrs

__all__ = ["Graph", "Relation", "consistent_links", "point_constraints", "reduce_links"]

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

    Every entity's start precedes its end. A link that contradicts the links before it (see
    :func:`consistent_links`) is left out, so the closure is always consistent.
    """

    classes: dict[Point, int] = attrs.Factory(dict)
    reach: list[int] = attrs.Factory(list)

    @classmethod
    def of(cls, links: Iterable[Relation]) -> Graph:
        given = list(links)
        graph = cls._build(given)
        if not graph.contradictory():
            return graph
        kept, _ = consistent_links(given)
        return cls._build(kept)

    def contradictory(self) -> bool:
        """Whether some point precedes itself (the links contradict each other)."""
        return any((bits >> node) & 1 for node, bits in enumerate(self.reach))

    def on_a_cycle(self, link: Relation) -> bool:
        """Whether a constraint of ``link`` lies inside a part of the graph that precedes itself
        (only such links can take part in a contradiction)."""
        for left, _, right in point_constraints(link):
            a, b = self.classes.get(left), self.classes.get(right)
            if a is None or b is None or not (self.reach[a] >> a) & 1:
                continue
            if a == b or ((self.reach[a] >> b) & 1 and (self.reach[b] >> a) & 1):
                return True
        return False

    @classmethod
    def _build(cls, links: Sequence[Relation]) -> Graph:
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


def consistent_links(links: Sequence[Relation]) -> tuple[list[Relation], list[Relation]]:
    """Split links into those consistent with the links before them and those that contradict.

    Links are taken in the given order (put the surest first); a link is set aside when its point
    constraints together with the kept links would make a point precede itself.

    A contradiction is a cycle through a ``<``, and a cycle lies inside one strongly connected
    part of the whole graph; so only links with a constraint inside such a part (a point class
    that precedes itself) need the one-by-one check, and a long consistent article costs one
    closure.
    """
    given = list(links)
    whole = Graph._build(given)
    if not whole.contradictory():
        return given, []
    suspects = [position for position, link in enumerate(given) if whole.on_a_cycle(link)]
    verdicts = _one_by_one([given[position] for position in suspects])
    rejected = {position for position, ok in zip(suspects, verdicts, strict=True) if not ok}
    kept = [link for position, link in enumerate(given) if position not in rejected]
    violated = [given[position] for position in sorted(rejected)]
    return kept, violated


def _one_by_one(links: Sequence[Relation]) -> list[bool]:
    """Whether each link is consistent with the kept links before it (True: kept).

    Reachability is kept as bitsets per point: by any path (``<`` or ``=``), by a path with a
    ``<``, and the points each point is reachable from.
    """
    index: dict[Point, int] = {}
    anywhere: list[int] = []  # points reachable through any path of <, = steps
    strictly: list[int] = []  # points reachable through a path with at least one <

    reaching: list[int] = []  # the points each point is reachable from (any path)

    def node(point: Point) -> int:
        found = index.get(point)
        if found is None:
            found = index[point] = len(anywhere)
            anywhere.append(0)
            strictly.append(0)
            reaching.append(0)
        return found

    def add(left: int, right: int, strict: bool) -> None:
        after = (1 << right) | anywhere[right]
        after_strictly = strictly[right]
        before = (1 << left) | reaching[left]
        for source in _members(before):
            via_strict = strict or bool((strictly[source] >> left) & 1)
            anywhere[source] |= after
            strictly[source] |= after if via_strict else after_strictly
        for target in _members(after):
            reaching[target] |= before

    def contradicts(left: int, right: int, strict: bool) -> bool:
        if strict:
            return left == right or bool((anywhere[right] >> left) & 1)
        return bool((strictly[right] >> left) & 1 or (strictly[left] >> right) & 1)

    verdicts: list[bool] = []
    ordered: set[Hashable] = set()  # entities whose start < end is in the graph
    for link in links:
        constraints = point_constraints(link)
        steps: list[tuple[int, int, bool]] = []
        for entity in dict.fromkeys((link[0], link[1])):
            if entity not in ordered:
                steps.append((node((entity, "s")), node((entity, "e")), True))
        for first, sign, second in constraints:
            a, b = node(first), node(second)
            steps += [(a, b, True)] if sign == "<" else [(a, b, False), (b, a, False)]
        saved = (list(anywhere), list(strictly), list(reaching))
        for left, right, strict in steps:
            if contradicts(left, right, strict):
                anywhere[:], strictly[:], reaching[:] = saved
                verdicts.append(False)
                break
            add(left, right, strict)
        else:
            verdicts.append(True)
            ordered.update((link[0], link[1]))
    return verdicts


def _members(bits: int) -> list[int]:
    """The positions of the set bits of ``bits``."""
    found = []
    while bits:
        lowest = bits & -bits
        found.append(lowest.bit_length() - 1)
        bits ^= lowest
    return found


def reduce_links(links: Sequence[Relation]) -> list[Relation]:
    """The links that the others do not already entail (UzZaman & Allen's reduced graph).

    Duplicates and links without point meaning are dropped; of links that entail each other, the
    first one is kept. Links that contradict earlier ones (:func:`consistent_links`) are kept
    after the reduced consistent ones: they entail nothing, but a scorer still counts them.
    """
    unique = list(dict.fromkeys(link for link in links if point_constraints(link)))
    kept, violated = consistent_links(unique)
    # an entity that no other link mentions has no points in the others' graph, so a link to it
    # cannot be entailed by them: the rebuild (the costly part) is skipped for such links
    degree = Counter(entity for link in kept for entity in {link[0], link[1]})
    index = len(kept) - 1
    while index >= 0:
        link = kept[index]
        if degree[link[0]] > 1 and degree[link[1]] > 1:
            others = kept[:index] + kept[index + 1 :]
            if Graph._build(others).entails(link):
                del kept[index]
                degree.subtract({link[0], link[1]})
        index -= 1
    return kept + violated
