#!/bin/sh
# Seeds the corpus of the byte-level fuzz targets with every .kvs file of the
# repository: the bundled standards (standards/, large and real) and the test
# fixtures (tests/fixtures/, small, each one feature or one error). The corpus is
# generated, not committed (fuzz/.gitignore). Run from anywhere; running it again
# only copies the seeds again.
set -eu
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
for target in pipeline render fmt_roundtrip; do
    mkdir -p "$fuzz/corpus/$target"
    (cd "$root" && find standards tests/fixtures -name '*.kvs') | while read -r file; do
        # standards/hjoerring/2024.kvs becomes standards-hjoerring-2024.kvs.
        cp "$root/$file" "$fuzz/corpus/$target/$(echo "$file" | tr '/' '-')"
    done
done
# `structured` and `fmt_structured` decode their input with `arbitrary`, not as text, so
# .kvs files are no useful seeds for them: they start from an empty corpus.
mkdir -p "$fuzz/corpus/structured" "$fuzz/corpus/fmt_structured"
echo "seeded $(cd "$root" && find standards tests/fixtures -name '*.kvs' | wc -l) .kvs files into fuzz/corpus/pipeline, render and fmt_roundtrip"
