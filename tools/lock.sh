#!/usr/bin/env bash
# Refresh the exact, hashed version locks from the ranges in pyproject.toml (pip-tools).
#   requirements/run.txt   what `pip install .` needs
#   requirements/test.txt  the same plus the test, lint and type-check tools (what CI installs)
# Run from the repository root: tools/lock.sh   (add --upgrade to move every pin to the newest)
set -euo pipefail
cd "$(dirname "$0")/.."
compile=(pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url
         --no-emit-find-links --resolver=backtracking "$@")
"${compile[@]}" --output-file requirements/run.txt pyproject.toml
"${compile[@]}" --extra test --output-file requirements/test.txt pyproject.toml
