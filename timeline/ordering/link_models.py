"""The learned parts of TLINK collection, as one value passed to the stages that use them.

The pair table, the pair model and the link selection model are learned from annotated
documents. Passing them explicitly (instead of each stage loading its shipped file) lets an
evaluation train them on some documents and score the others without touching global state:
``benchmarks/eval_tlinks.py`` builds one :class:`LinkModels` per cross-validation fold.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs

from timeline.ordering.model import TimeRelation
from timeline.ordering.pair_model import THRESHOLD
from timeline.ordering.selection import Selection, load_selection

__all__ = ["LinkModels", "shipped_models"]


@attrs.frozen(eq=False)
class LinkModels:
    """The learned TLINK components; compared by identity (they hold large mappings).

    Attributes:
        pair_table: event-event pair shape -> relation (:mod:`timeline.ordering.pairs`).
        pair_model: label -> feature -> weight (:mod:`timeline.ordering.pair_model`).
        pair_threshold: the probability a pair model relation needs to become a candidate.
        selection: which candidate links to write (:mod:`timeline.ordering.selection`);
            ``None`` writes every candidate.
    """

    pair_table: Mapping[tuple[str, ...], TimeRelation] = attrs.field(factory=dict)
    pair_model: Mapping[str, Mapping[str, float]] = attrs.field(factory=dict)
    pair_threshold: float = THRESHOLD
    selection: Selection | None = None


@functools.lru_cache(maxsize=1)
def shipped_models() -> LinkModels:
    """The models shipped in ``timeline/ordering/data`` (trained by
    ``python -m timeline.ordering.train_links``)."""
    from timeline.ordering.pair_model import load_model, load_threshold
    from timeline.ordering.pairs import load_table

    return LinkModels(
        pair_table=load_table(),
        pair_model=load_model(),
        pair_threshold=load_threshold(),
        selection=load_selection(),
    )
