#!/usr/bin/env bash
# One shard of an organisation-wide scan (README "Many repositories"): of the repositories listed in
# LIST (one per line: a clone URL, optionally followed by a label; blank lines and # comments skipped),
# take those whose 0-based line number is INDEX modulo COUNT; for each, `git clone --mirror` into a
# temporary folder, `openai-key-scan history --format jsonl`, delete the clone. All lines go to
# OUT/shard-INDEX.jsonl. A repository that cannot be cloned or scanned is an `error` line, not the end
# of the shard: merge.mjs counts them and fails, so nothing is left unscanned in silence.
#
#   shard.sh LIST INDEX COUNT OUT
#   OKS_BIN   the scanner command (default: openai-key-scan on PATH; e.g. "node /path/dist/cli.js")
#   TMPDIR    where clones go (one at a time per shard, deleted after each scan)
set -euo pipefail

if [ $# -ne 4 ]; then
  echo "usage: shard.sh LIST INDEX COUNT OUT" >&2
  exit 2
fi
list=$1 index=$2 count=$3 out=$4
case "$index$count" in *[!0-9]*|'') echo "shard.sh: INDEX and COUNT must be numbers" >&2; exit 2 ;; esac
if [ "$count" -lt 1 ] || [ "$index" -ge "$count" ]; then echo "shard.sh: INDEX must be below COUNT (0-based)" >&2; exit 2; fi
[ -r "$list" ] || { echo "shard.sh: cannot read $list" >&2; exit 2; }

read -r -a oks <<< "${OKS_BIN:-openai-key-scan}"
mkdir -p "$out"
result="$out/shard-$index.jsonl"
: > "$result"
work=$(mktemp -d "${TMPDIR:-/tmp}/oks-shard-$index.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A line of JSON without a scanner: node is there (the scanner runs on it) and escapes any label.
note() { node -e 'const [type, repository, message] = process.argv.slice(1); process.stdout.write(JSON.stringify({ type, repository, message }) + "\n")' "$@" >> "$result"; }

# The label a repository's lines carry: the list's second field, else the URL's last two path parts.
label_of() {
  local url=${1%/}
  url=${url%.git}
  local tail=${url##*/} rest=${url%/*}
  echo "${rest##*[/:]}/$tail"
}

n=-1
while read -r url label _ || [ -n "${url:-}" ]; do
  case "$url" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  [ $((n % count)) -eq "$index" ] || continue
  repo=${label:-$(label_of "$url")}
  clone="$work/$n.git"
  if ! git clone --quiet --mirror -- "$url" "$clone" 2>"$work/err"; then
    cat "$work/err" >&2
    note error "$repo" "git clone --mirror failed"
    continue
  fi
  if [ -z "$(git -C "$clone" for-each-ref --count=1)" ]; then
    note skipped "$repo" "empty repository: no commits"
  else
    rc=0
    "${oks[@]}" -C "$clone" history --format jsonl --repository "$repo" --fail-on none --quiet > "$work/report.jsonl" || rc=$?
    if [ "$rc" -eq 0 ]; then cat "$work/report.jsonl" >> "$result"; else note error "$repo" "openai-key-scan history exited $rc"; fi
  fi
  rm -rf "$clone"
done < "$list"
