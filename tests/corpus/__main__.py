"""Per-section pass rates of the phrase corpus: ``python -m tests.corpus [--failures]``.

The parametrized tests say which cases fail; this says where the resolver is weak as a whole
(one line per issue bullet), which is what to look at before choosing the next rule to write.
"""

from __future__ import annotations

import argparse
import sys

import timeline
from tests.corpus import Case
from tests.corpus.en_times import NEGATIVE, SECTIONS


def passes(case: Case) -> tuple[bool, str]:
    """Whether ``case`` passes the same checks as ``tests/test_corpus.py``, and what was found."""
    found = timeline.find_times(case.text, dct=case.dct)
    described = "; ".join(
        f"{e.text!r} {e.type.value} {e.value} {e.mod.value if e.mod else ''} "
        f"quant={e.quant} freq={e.freq} [{e.rule}]"
        for e in found
    )
    exact = [e for e in found if (e.start, e.end) == (case.start, case.end)]
    if not exact:
        return False, described or "nothing"
    expression = exact[0]
    mod = expression.mod.value if expression.mod else None
    ok = (expression.type.value, expression.value, mod) == (case.type, case.value, case.mod)
    if case.set_attributes:
        ok = ok and (expression.quant, expression.freq) == (case.quant, case.freq)
    overlapping = [
        e for e in found if e is not expression and e.start < case.end and case.start < e.end
    ]
    return ok and not overlapping, described


def want_set(case: Case) -> str:
    """The expected SET attributes, when the case checks them."""
    return f" quant={case.quant} freq={case.freq}" if case.set_attributes else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every failing case")
    args = parser.parse_args(argv)
    total = failed = 0
    for name, cases in SECTIONS.items():
        results = [(case, *passes(case)) for case in cases]
        bad = [(case, found) for case, ok, found in results if not ok]
        total += len(cases)
        failed += len(bad)
        print(f"{name:14} {len(cases) - len(bad):4}/{len(cases):<4} pass")
        if args.failures:
            for case, found in bad:
                print(
                    f"    {case.phrase!r} @{case.dct}: want {case.type} {case.value} "
                    f"{case.mod or ''}{want_set(case)}; got {found}\n      in {case.text!r}"
                )
    noisy = [(n, timeline.find_times(n.text, dct=n.dct)) for n in NEGATIVE]
    noisy = [(n, found) for n, found in noisy if found]
    print(f"{'negative':14} {len(NEGATIVE) - len(noisy):4}/{len(NEGATIVE):<4} give nothing")
    if args.failures:
        for negative, found in noisy:
            print(f"    {negative.trap}: {[e.text for e in found]} in {negative.text!r}")
    print(f"{'positive':14} {total - failed:4}/{total:<4} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
