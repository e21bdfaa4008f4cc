"""Fitting the event classifier's linear models: multinomial logistic regression on binary features.

numpy only (the library ships no training dependency): full-batch Adam from zero weights, so two
runs on the same examples give the same weights. The sparse products are done by sorting the
(example, feature) pairs once and summing slices with ``np.add.reduceat``, about five times
faster than ``np.add.at``; cross-validation retrains the models dozens of times on two cores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from timeline.events.classify import LinearModel

__all__ = ["ITERATIONS", "LEARNING_RATE", "Example", "fit_linear"]

Example = tuple[list[str], str]
"""The feature strings of one candidate token and its gold label."""

ITERATIONS = 300
LEARNING_RATE = 0.1


def fit_linear(
    data: Sequence[Example],
    labels: Sequence[str],
    *,
    l2: float,
    iterations: int = ITERATIONS,
    threshold: float = 0.01,
) -> LinearModel:
    """Fit a multinomial logistic regression with L2 penalty ``l2`` by full-batch Adam.

    Features whose largest |weight| stays below ``threshold`` are dropped from the model, which
    keeps the shipped file small and changes no decision measurably.
    """
    if not data:
        raise ValueError("no training examples")
    index: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    for row, (features, _) in enumerate(data):
        for feature in dict.fromkeys(features):
            rows.append(row)
            columns.append(index.setdefault(feature, len(index)))
    row_ids = np.array(rows)
    column_ids = np.array(columns)
    # rows come sorted; a stable sort by column gives the feature-side slices
    row_starts = np.flatnonzero(np.r_[True, row_ids[1:] != row_ids[:-1]])
    by_column = np.argsort(column_ids, kind="stable")
    sorted_columns = column_ids[by_column]
    column_starts = np.flatnonzero(np.r_[True, sorted_columns[1:] != sorted_columns[:-1]])
    rows_by_column = row_ids[by_column]
    count, classes = len(data), len(labels)
    if len(row_starts) != count:
        raise ValueError("every example needs at least one feature")
    truth = np.zeros((classes, count))
    truth[[labels.index(label) for _, label in data], np.arange(count)] = 1.0
    # one contiguous row per label: gathering a 1-D row is three times faster than a 2-D slice
    weights = np.zeros((classes, len(index)))
    # Annotated loosely: numpy's stubs give the Adam moments different shape types per release.
    first: np.ndarray[Any, Any] = np.zeros_like(weights)
    second: np.ndarray[Any, Any] = np.zeros_like(weights)
    for step in range(1, iterations + 1):
        scores = np.stack([np.add.reduceat(row[column_ids], row_starts) for row in weights])
        scores -= scores.max(axis=0, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=0, keepdims=True)
        error = (probabilities - truth) / count
        gradient = l2 * weights + np.stack(
            [np.add.reduceat(row[rows_by_column], column_starts) for row in error]
        )
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient * gradient
        corrected = first / (1 - 0.9**step)
        weights -= LEARNING_RATE * corrected / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    largest = np.abs(weights).max(axis=0)
    kept = {
        feature: tuple(round(float(w), 4) for w in weights[:, column])
        for feature, column in index.items()
        if float(largest[column]) >= threshold
    }
    return LinearModel(labels=tuple(labels), weights=kept)
