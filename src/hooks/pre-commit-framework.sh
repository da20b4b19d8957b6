#!/bin/sh
# The pre-commit framework's entry (.pre-commit-hooks.yaml, `language: script`: nothing to install,
# Node >= 20 on PATH). pre-commit passes the files it runs on.
# - Inside `git commit` (git gives its hooks GIT_INDEX_FILE): judge what the commit adds to those
#   files, read from the index, as every other hook of this package does, through the gate
#   (dist/staged.sh: a commit that cannot hold a key is passed without starting Node).
# - `pre-commit run --from-ref A --to-ref B` (pre-push, pull-request CI): every line the commits in
#   A..B add, including a key added and removed again inside the range.
# - `pre-commit run --all-files` / `--files …` (CI, pre-commit.ci): no commit is being made, so the
#   files are scanned as they are; without this a committed key passed with exit 0.
# The hook is `always_run` for the range case (a key added and deleted again leaves no file to
# pass); otherwise no file given means none to check: only deletions or symlinks, or all excluded.
dist="$(dirname -- "$0")/../../dist"
cli="$dist/cli.cjs"
if [ -n "${PRE_COMMIT_FROM_REF-}" ] && [ -n "${PRE_COMMIT_TO_REF-}" ] && [ -z "${GIT_INDEX_FILE-}" ]; then
  exec node "$cli" diff "$PRE_COMMIT_FROM_REF..$PRE_COMMIT_TO_REF"
fi
[ $# -gt 0 ] || exit 0
if [ -n "${GIT_INDEX_FILE-}" ]; then
  exec sh "$dist/staged.sh" -- "$@"
fi
# A file named `--show-secrets` must stay a file name: relative names go after `./`.
for f do
  case $f in /*) set -- "$@" "$f" ;; *) set -- "$@" "./$f" ;; esac
  shift
done
exec node "$cli" scan "$@"
