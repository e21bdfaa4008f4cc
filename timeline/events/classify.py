"""The trained event classifier: is this token an EVENT, and of which TimeML class?

Two linear models (logistic regressions, trained by :mod:`timeline.events.train`) over the
features of :mod:`timeline.events.features`: a detector (``EVENT`` or ``O``) and a typer over the
seven TimeML classes, trained on events only. Splitting the decisions helps recall: with one
nine-way model the rare classes pull mass towards ``O``. A linear model was chosen over a spaCy
component because it reads the parse the pipeline already made, adds no neural network pass,
ships as a small gzip'd JSON file and trains in a few minutes on two cores.

The shipped model (:func:`load_model`) is trained on all of TBAQ-cleaned (TimeBank and AQUAINT,
256 documents); its held-out figures come from document-level cross-validation over TBAQ and
from MEANTIME, which it never saw (``benchmarks/eval_events.py``).
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources

import attrs

__all__ = ["MODEL_FILE", "NO_EVENT", "EventModel", "LinearModel", "load_model"]

MODEL_FILE = "event-classifier.json.gz"
NO_EVENT = "O"


@attrs.frozen
class LinearModel:
    """A multi-class linear model: one weight per (feature, label).

    Attributes:
        labels: the label names; ``weights[f][i]`` is the weight of feature ``f`` for ``labels[i]``.
        weights: the weights of every feature the training kept.
    """

    labels: tuple[str, ...]
    weights: Mapping[str, Sequence[float]] = attrs.field(eq=False, repr=False)

    def scores(self, features: Iterable[str]) -> list[float]:
        """The score of every label for a token with these features."""
        lookup = self.weights.get
        rows = [row for row in map(lookup, features) if row is not None]
        if not rows:
            return [0.0] * len(self.labels)
        # column sums in C (zip, sum): this loop runs for every candidate token of every text
        return [sum(column) for column in zip(*rows, strict=True)]

    def predict(self, features: Iterable[str]) -> str:
        """The best-scoring label (``O`` for "no event")."""
        totals = self.scores(features)
        return self.labels[max(range(len(totals)), key=totals.__getitem__)]

    def to_json(self) -> dict[str, object]:
        return {"labels": list(self.labels), "weights": dict(self.weights)}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> LinearModel:
        labels = data["labels"]
        weights = data["weights"]
        if not isinstance(labels, list) or not isinstance(weights, dict):
            raise ValueError("not an event classifier file: 'labels' or 'weights' missing")
        return cls(
            labels=tuple(str(label) for label in labels),
            weights={str(key): tuple(float(w) for w in row) for key, row in weights.items()},
        )


@attrs.frozen
class EventModel:
    """The event detector and the class typer.

    Attributes:
        detector: labels ``O`` and ``EVENT``.
        typer: labels are the TimeML classes.
        margin: a token is an event when its EVENT score exceeds its ``O`` score minus this
            (a log-odds offset: 0.6 moves the probability threshold from 0.5 to about 0.35;
            chosen by cross-validation, see :func:`timeline.events.train.select_settings`).
        negated_noun_margin: the margin for a negated event noun ("no disagreements", see
            :func:`timeline.events.features.is_negated_event_noun`).
        governed_noun_margin: the margin for an event noun that its verb marks as an event
            ("clashes erupted", see :func:`timeline.events.features.is_governed_event_noun`).
    """

    detector: LinearModel
    typer: LinearModel
    margin: float = 0.0
    negated_noun_margin: float = 0.0
    governed_noun_margin: float = 0.0
    # the detector only ever compares EVENT with O: one weight per feature, their difference,
    # halves the work of the call made for every candidate token
    _event_odds: Mapping[str, float] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        event = self.detector.labels.index("EVENT") if "EVENT" in self.detector.labels else -1
        odds = (
            {feature: row[event] - row[1 - event] for feature, row in self.detector.weights.items()}
            if len(self.detector.labels) == 2 and event >= 0
            else {}
        )
        object.__setattr__(self, "_event_odds", odds)

    def classify(
        self, features: Sequence[str], *, negated_noun: bool = False, governed_noun: bool = False
    ) -> str | None:
        """The TimeML class of a token with these features, or ``None`` when it is no event.

        ``negated_noun``, ``governed_noun``: the token is a negated event noun or a governed
        one, which get their own (wider) margins.
        """
        if self._event_odds:
            odds = sum(filter(None, map(self._event_odds.get, features)))
        else:
            no_event, event = self.detector.scores(features)
            odds = event - no_event
        margin = self.margin
        if negated_noun:
            margin = max(margin, self.negated_noun_margin)
        if governed_noun:
            margin = max(margin, self.governed_noun_margin)
        if odds <= -margin:
            return None
        return self.typer.predict(features)

    def to_json(self) -> dict[str, object]:
        return {
            "detector": self.detector.to_json(),
            "typer": self.typer.to_json(),
            "margin": self.margin,
            "negated_noun_margin": self.negated_noun_margin,
            "governed_noun_margin": self.governed_noun_margin,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> EventModel:
        detector, typer = data["detector"], data["typer"]
        if not isinstance(detector, Mapping) or not isinstance(typer, Mapping):
            raise ValueError("not an event model file: 'detector' or 'typer' missing")
        margin = data.get("margin", 0.0)
        negated_noun_margin = data.get("negated_noun_margin", margin)
        governed_noun_margin = data.get("governed_noun_margin", margin)
        return cls(
            detector=LinearModel.from_json(detector),
            typer=LinearModel.from_json(typer),
            margin=float(margin) if isinstance(margin, (int, float)) else 0.0,
            negated_noun_margin=(
                float(negated_noun_margin) if isinstance(negated_noun_margin, (int, float)) else 0.0
            ),
            governed_noun_margin=(
                float(governed_noun_margin)
                if isinstance(governed_noun_margin, (int, float))
                else 0.0
            ),
        )


@functools.lru_cache(maxsize=1)
def load_model() -> EventModel:
    """The classifier shipped in ``timeline/events/data``, read once per process."""
    packaged = resources.files("timeline.events").joinpath("data").joinpath(MODEL_FILE)
    with packaged.open("rb") as handle:
        data = json.loads(gzip.decompress(handle.read()).decode("utf-8"))
    return EventModel.from_json(data)
