"""The command-line tool: ``python -m timeline {extract,annotate,evaluate}``.

* ``extract FILE --dct DATE [--format text|json|timeml|html]`` prints the timeline of one article.
* ``annotate IN_DIR OUT_DIR`` writes TimeML annotations of TempEval-3 input documents.
* ``evaluate GOLD_DIR`` scores the library on gold TimeML documents, TempEval-3 style.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import TimelineError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the timeline of one article")
    extract.add_argument("file", help="a UTF-8 text file, or - for standard input")
    extract.add_argument("--dct", required=True, help="publication date, e.g. 2020-06-15")
    extract.add_argument(
        "--format", choices=["text", "json", "timeml", "html"], default="text", dest="output"
    )
    extract.add_argument("--times-only", action="store_true", help="only the time expressions")

    annotate = commands.add_parser("annotate", help="annotate TempEval-3 input TimeML files")
    annotate.add_argument("in_dir", type=Path)
    annotate.add_argument("out_dir", type=Path)

    evaluate = commands.add_parser("evaluate", help="score against gold TimeML files")
    evaluate.add_argument("gold_dir", type=Path)
    evaluate.add_argument(
        "--only",
        default="times,events,tlinks",
        help="comma-separated parts to score: times, events, tlinks (default: all)",
    )
    return parser


def _read(name: str) -> str:
    try:
        if name == "-":  # bytes, decoded here: the locale's encoding may not be UTF-8
            return sys.stdin.buffer.read().decode("utf-8")
        return Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        shown = "standard input" if name == "-" else name
        raise TimelineError(f"{shown} is not UTF-8 text") from None
    except OSError as error:
        raise TimelineError(f"cannot read {name}: {error.strerror}") from None


def _extract(args: argparse.Namespace) -> str:
    from timeline.export.render import render

    return render(_read(args.file), args.dct, args.output, times_only=args.times_only)


def _annotate(args: argparse.Namespace) -> str:
    from timeline.eval.timeml import read_timeml_dir
    from timeline.export.annotate import annotate_document

    if not args.in_dir.is_dir():
        raise TimelineError(f"{args.in_dir} is not a folder")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for document in read_timeml_dir(args.in_dir):
        target = args.out_dir / document.path.relative_to(args.in_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(annotate_document(document), encoding="utf-8")
        count += 1
    return f"annotated {count} documents into {args.out_dir}"


def _evaluate(args: argparse.Namespace) -> str:
    from timeline.eval.report import evaluate_folder

    if not args.gold_dir.is_dir():
        raise TimelineError(f"{args.gold_dir} is not a folder")
    parts = tuple(part.strip() for part in args.only.split(",") if part.strip())
    return evaluate_folder(args.gold_dir, parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code (2 for a library error)."""
    args = _parser().parse_args(argv)
    handlers = {"extract": _extract, "annotate": _annotate, "evaluate": _evaluate}
    try:
        output = handlers[args.command](args)
    except TimelineError as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return 2
    _write(output)
    return 0


def _write(output: str) -> None:
    """Print ``output`` as UTF-8, whatever the locale.

    The JSON, HTML and TimeML outputs declare UTF-8, and an article's curly quotes would
    otherwise crash the command on an ASCII or Latin-1 terminal.
    """
    stream = sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    print(output, file=stream)
