#!/usr/bin/env python3
"""Public items of the crate whose docs hold no Rust example, from rustdoc's JSON.

rustdoc's own count (`--show-coverage`, the `missing_doc_code_examples` lint) leaves out
methods; this one counts every public item a user reaches: modules, types, traits,
functions, constants, and the inherent methods and associated items of public types (trait
impls and fields are left out, as rustdoc leaves them out). Needs a nightly toolchain:

    CARGO_TARGET_DIR=... cargo +nightly rustdoc --lib --all-features -- -Z unstable-options --output-format json
    python3 .ci/doc_examples.py $CARGO_TARGET_DIR/doc/island_claims.json [--list]
"""
import json
import re
import sys
from collections import Counter

FENCE = re.compile(r"^\s*```+\s*([^\n`]*)$", re.M)
NOT_RUST = {"text", "json", "sh", "console", "csv", "xml", "svg", "toml", "sql", "ignore", "jsonl", "plain"}


def has_example(docs):
    """Whether `docs` holds a fenced block that rustdoc runs or compiles as Rust."""
    if not docs:
        return False
    opening = True
    for m in FENCE.finditer(docs):
        if opening:
            words = {w.strip() for w in re.split(r"[ ,]", m.group(1)) if w.strip()}
            if not words & NOT_RUST:
                return True
        opening = not opening
    return False


def main():
    path = sys.argv[1]
    listing = "--list" in sys.argv
    data = json.load(open(path))
    index = data["index"]
    seen, items = set(), []

    def visit(item_id, path):
        key = str(item_id)
        if key not in index or key in seen:
            return
        seen.add(key)
        item = index[key]
        kind, inner = next(iter(item["inner"].items()))
        name = item.get("name") or ""
        here = f"{path}::{name}" if path else name
        if kind == "use":
            target = inner.get("id")
            if target is not None:
                visit(target, path)
            return
        if kind in ("struct_field", "variant", "impl"):
            return
        items.append((here, kind, item["span"]["filename"] if item.get("span") else "?", has_example(item.get("docs"))))
        if kind == "module":
            for child in inner["items"]:
                visit(child, here)
        if kind in ("struct", "enum", "union"):
            for impl_id in inner["impls"]:
                impl = index.get(str(impl_id))
                if impl is None:
                    continue
                imp = impl["inner"]["impl"]
                if imp["trait"] is not None or imp["is_synthetic"] or imp["blanket_impl"] is not None:
                    continue
                for child in imp["items"]:
                    c = index.get(str(child))
                    if c is not None and c["visibility"] == "public":
                        visit(child, here)
        if kind == "trait":
            for child in inner["items"]:
                visit(child, here)

    visit(data["root"], "")
    missing = [i for i in items if not i[3]]
    per_file = Counter(i[2] for i in missing)
    if listing:
        for here, kind, file, _ in sorted(missing, key=lambda i: (i[2], i[0])):
            print(f"{file}\t{kind}\t{here}")
        print()
    for file, n in sorted(per_file.items()):
        print(f"{n:4}  {file}")
    print(f"{len(missing)} of {len(items)} public items have no Rust example")


if __name__ == "__main__":
    main()
