#!/usr/bin/env python3
"""Checks a locale's Fluent files against English: every id present, no junk, the same
variables (a translation may also use the context variables $gender and $band), and the
same selector variant keys on $band. Usage: tools/check-locale.py <lang> [<lang> ...]

Needs `pip install fluent.syntax`. The Rust test suite checks the same things; this is a
quick check for translators that needs no build.
"""
import sys
from pathlib import Path

from fluent.syntax import parse, ast, visitor

ROOT = Path(__file__).resolve().parent.parent
CONTEXT_VARS = {"gender", "band"}


def files(lang):
    out = sorted((ROOT / "locales" / lang).glob("*.ftl"))
    for kind in (ROOT / "content").iterdir():
        if kind.is_dir():
            versions = sorted(p for p in kind.iterdir() if p.is_dir())
            if versions:
                out += sorted((versions[-1] / lang).glob("*.ftl"))
    return out


class Vars(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.vars = set()
        self.band_keys = set()

    def visit_VariableReference(self, node):
        self.vars.add(node.id.name)

    def visit_SelectExpression(self, node):
        sel = node.selector
        if isinstance(sel, ast.VariableReference) and sel.id.name == "band":
            for v in node.variants:
                key = v.key.name if isinstance(v.key, ast.Identifier) else v.key.value
                self.band_keys.add(("*" if v.default else "") + key)
        self.generic_visit(node)


def load(lang):
    msgs, problems = {}, []
    for f in files(lang):
        res = parse(f.read_text(encoding="utf-8"))
        for entry in res.body:
            if isinstance(entry, ast.Junk):
                problems.append(f"{f.relative_to(ROOT)}: junk: {entry.content.strip()[:80]!r}")
            elif isinstance(entry, ast.Message):
                v = Vars()
                v.visit(entry)
                if entry.id.name in msgs:
                    problems.append(f"{f.relative_to(ROOT)}: duplicate id {entry.id.name}")
                msgs[entry.id.name] = (v.vars, v.band_keys)
    return msgs, problems


def main():
    en, en_problems = load("en")
    ok = not en_problems
    for p in en_problems:
        print("en:", p)
    for lang in sys.argv[1:]:
        msgs, problems = load(lang)
        for p in problems:
            print(f"{lang}: {p}")
        missing = sorted(set(en) - set(msgs))
        extra = sorted(set(msgs) - set(en))
        for m in missing:
            problems.append(m)
            print(f"{lang}: missing {m}")
        for m in extra:
            problems.append(m)
            print(f"{lang}: not in English: {m}")
        for mid, (vars_, keys) in msgs.items():
            if mid not in en:
                continue
            en_vars, en_keys = en[mid]
            if vars_ - CONTEXT_VARS != en_vars - CONTEXT_VARS:
                problems.append(mid)
                print(f"{lang}: {mid}: variables {sorted(vars_)} but English has {sorted(en_vars)}")
            if en_keys and keys != en_keys:
                problems.append(mid)
                print(f"{lang}: {mid}: $band variants {sorted(keys)} but English has {sorted(en_keys)}")
        print(f"{lang}: {len(msgs)} messages, {len(problems)} problems")
        ok = ok and not problems
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
