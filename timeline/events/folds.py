"""Document-level cross-validation folds, mixing the corpus's folders proportionally.

A fold holds whole documents: the tokens of one article share its topic, its writer and its
annotator, so splitting by token would let a model see the test article while learning. Each
folder (TBAQ's ``TimeBank`` and ``AQUAINT``, annotated by different teams with different habits)
is spread evenly over the folds, so every training part holds both annotation styles in the
corpus's proportions. The split depends only on the documents' names and the seed, never on
their content.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

__all__ = ["SEED", "document_folds"]

SEED = 20260
"""The fixed seed of the shuffle, so that every run and every helper gets the same folds."""


def document_folds(
    names: Sequence[str], groups: Sequence[str], folds: int = 5, seed: int = SEED
) -> list[int]:
    """The fold (``0 .. folds-1``) of every document, stratified by group.

    Args:
        names: a unique name per document (a path or a DOCID); sorted before the shuffle, so the
            folds do not depend on the order the documents were read in.
        groups: the group of every document (its folder); each group is dealt round-robin over
            the folds after a seeded shuffle, continuing where the previous group stopped, so
            fold sizes differ by at most one.
        folds: the number of folds (at least 2).
        seed: the shuffle's seed.

    Raises:
        ValueError: ``names`` and ``groups`` differ in length, a name repeats, or ``folds < 2``.
    """
    if len(names) != len(groups):
        raise ValueError("one group per document name is needed")
    if len(set(names)) != len(names):
        raise ValueError("document names must be unique")
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    shuffle = random.Random(seed)
    assigned = [0] * len(names)
    dealt = 0
    for group in sorted(set(groups)):
        members = sorted((i for i, g in enumerate(groups) if g == group), key=names.__getitem__)
        shuffle.shuffle(members)
        for member in members:
            assigned[member] = dealt % folds
            dealt += 1
    return assigned
