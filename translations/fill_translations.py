#!/usr/bin/env python3
"""Fills the .ts files from the reviewed phrase tables, after `--target update_translations`.

zh_CN/*.tsv   source<TAB>Chinese      (one table per area; \\n for a line break)
en/*.tsv       source<TAB>singular|plural   (English plural forms of %n strings)

English source strings are complete, so spinesignal_en.ts repeats each source as its translation and
adds the plural forms. Prints every string still missing; exits 1 if any is.
Usage: python3 translations/fill_translations.py
"""
import csv
import glob
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def load_table(pattern):
    table = {}
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                if "\t" not in line:
                    sys.exit(f"{path}:{n}: no TAB between source and translation")
                src, dst = line.split("\t", 1)
                table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    return table


def fill(ts_name, lookup):
    path = os.path.join(HERE, ts_name)
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            forms = lookup(source, numerus)
            if forms is None:
                if translation.get("type") == "unfinished":
                    missing.append((context.find("name").text, source))
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    return missing


def main():
    zh = load_table("zh_CN/*.tsv")
    plurals = load_table("en/*.tsv")
    missing = fill("spinesignal_zh_CN.ts", lambda s, numerus: [zh[s]] if s in zh else None)

    def english(source, numerus):
        if numerus:
            return plurals[source].split("|") if source in plurals else None
        return [source]

    missing += [("en " + c, s) for c, s in fill("spinesignal_en.ts", english)]
    for context, source in missing:
        print(f"missing: [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
