"""Point-algebra closure and the reduced graph, on hand-made link sets."""

from __future__ import annotations

import pytest

from timeline.eval.closure import Graph, consistent_links, point_constraints, reduce_links


def test_before_is_transitive() -> None:
    graph = Graph.of([("a", "b", "BEFORE"), ("b", "c", "BEFORE")])
    assert graph.entails(("a", "c", "BEFORE"))
    assert graph.entails(("c", "a", "AFTER"))
    assert not graph.entails(("a", "c", "AFTER"))


def test_inclusion_does_not_order_the_container() -> None:
    # a before b, b inside c: c may start before a, so a BEFORE c is not known
    graph = Graph.of([("a", "b", "BEFORE"), ("b", "c", "IS_INCLUDED")])
    assert not graph.entails(("a", "c", "BEFORE"))
    graph = Graph.of([("a", "b", "BEFORE"), ("b", "c", "INCLUDES")])
    assert graph.entails(("a", "c", "BEFORE"))


def test_included_in_two_ordered_times_orders_the_events() -> None:
    graph = Graph.of(
        [("e1", "t1", "IS_INCLUDED"), ("e2", "t2", "IS_INCLUDED"), ("t1", "t2", "BEFORE")]
    )
    assert graph.entails(("e1", "e2", "BEFORE"))
    assert not graph.entails(("e1", "e2", "SIMULTANEOUS"))


def test_simultaneous_merges_points() -> None:
    graph = Graph.of([("a", "b", "SIMULTANEOUS"), ("b", "c", "IDENTITY")])
    assert graph.entails(("a", "c", "SIMULTANEOUS"))
    assert graph.entails(("c", "a", "DURING"))


@pytest.mark.parametrize(
    ("relation", "inverse"),
    [
        ("BEFORE", "AFTER"),
        ("IBEFORE", "IAFTER"),
        ("INCLUDES", "IS_INCLUDED"),
        ("BEGINS", "BEGUN_BY"),
        ("ENDS", "ENDED_BY"),
        ("SIMULTANEOUS", "SIMULTANEOUS"),
    ],
)
def test_a_link_entails_its_inverse(relation: str, inverse: str) -> None:
    graph = Graph.of([("a", "b", relation)])
    assert graph.entails(("a", "b", relation))
    assert graph.entails(("b", "a", inverse))


def test_begins_and_ends() -> None:
    graph = Graph.of([("a", "b", "BEGINS"), ("c", "b", "ENDS")])
    assert graph.entails(("a", "c", "BEGINS")) is False
    assert graph.entails(("b", "a", "BEGUN_BY"))
    # a starts with b, c ends with b and starts after b's start: c starts after a starts
    assert point_constraints(("c", "b", "ENDS")) == (
        (("c", "e"), "=", ("b", "e")),
        (("b", "s"), "<", ("c", "s")),
    )


def test_unknown_entities_and_relations_are_not_entailed() -> None:
    graph = Graph.of([("a", "b", "BEFORE")])
    assert not graph.entails(("a", "z", "BEFORE"))
    assert not graph.entails(("a", "b", "VAGUE"))


def test_reduce_drops_links_the_others_entail() -> None:
    links = [("a", "b", "BEFORE"), ("b", "c", "BEFORE"), ("a", "c", "BEFORE")]
    assert reduce_links(links) == [("a", "b", "BEFORE"), ("b", "c", "BEFORE")]


def test_reduce_keeps_one_of_two_equivalent_links() -> None:
    assert reduce_links([("a", "b", "BEFORE"), ("b", "a", "AFTER")]) == [("a", "b", "BEFORE")]


def test_cycle_does_not_raise() -> None:
    graph = Graph.of([("a", "b", "BEFORE"), ("b", "a", "BEFORE")])
    assert graph.entails(("a", "b", "BEFORE"))


def test_a_contradicting_link_stays_out_of_the_closure() -> None:
    # the third link closes a cycle: a reader keeps the first two, as the TempEval-3 toolkit does
    links = [("a", "b", "BEFORE"), ("b", "c", "BEFORE"), ("c", "a", "BEFORE")]
    graph = Graph.of(links)
    assert graph.entails(("a", "c", "BEFORE"))
    assert not graph.entails(("c", "a", "BEFORE"))
    assert not graph.entails(("a", "b", "AFTER"))


def test_consistent_links_sets_aside_what_contradicts_earlier_links() -> None:
    links = [
        ("a", "b", "BEFORE"),
        ("a", "d", "IS_INCLUDED"),
        ("b", "a", "SIMULTANEOUS"),  # a = b against a < b
        ("d", "a", "IS_INCLUDED"),  # a inside d and d inside a
        ("c", "b", "IBEFORE"),  # fine: c meets b
    ]
    kept, violated = consistent_links(links)
    assert kept == [links[0], links[1], links[4]]
    assert violated == [links[2], links[3]]


def test_reduce_keeps_contradicting_links_for_scoring() -> None:
    links = [("a", "b", "BEFORE"), ("b", "a", "BEFORE")]
    assert reduce_links(links) == links


def test_consistent_links_agrees_with_rebuilding_the_closure() -> None:
    # against the slow definition: a link is kept iff the kept links before it plus it are
    # consistent (no point precedes itself in their closure)
    import random

    relations = ["BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "IBEFORE", "ENDS"]
    generator = random.Random(7)
    for _ in range(200):
        links = [
            (generator.choice("abcde"), generator.choice("abcde"), generator.choice(relations))
            for _ in range(generator.randint(1, 8))
        ]
        kept, violated = consistent_links(links)
        expected_kept: list[tuple[str, str, str]] = []
        for link in links:
            if not Graph._build([*expected_kept, link]).contradictory():
                expected_kept.append(link)
        assert kept == expected_kept
        assert len(kept) + len(violated) == len(links)


def test_reduce_agrees_with_rebuilding_the_closure_for_every_link() -> None:
    # against the slow definition: from the last link back, a link goes when the other kept
    # links entail it (the fast path skips links to an entity no other link mentions)
    import random

    relations = ["BEFORE", "AFTER", "INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "BEGINS", "ENDS"]
    generator = random.Random(11)
    for _ in range(300):
        links = list(
            dict.fromkeys(
                (
                    generator.choice("abcdef"),
                    generator.choice("abcdef"),
                    generator.choice(relations),
                )
                for _ in range(generator.randint(1, 9))
            )
        )
        kept, violated = consistent_links(links)
        index = len(kept) - 1
        while index >= 0:
            if Graph._build(kept[:index] + kept[index + 1 :]).entails(kept[index]):
                del kept[index]
            index -= 1
        assert reduce_links(links) == kept + violated
