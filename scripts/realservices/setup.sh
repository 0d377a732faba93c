#!/usr/bin/env bash
# Sets up real open-source Go services for measuring xborder, outside the repository.
#
#   scripts/realservices/setup.sh NAME[=GITDIR]...      NAME: ntfy remark42 casdoor
#
# GITDIR is the bare git directory that `fetch github:OWNER/NAME` returned (a tool call, not
# something a script can do). Without it, $XB_GITDIR_<NAME> is used, then the fetch tool's
# default location /work/.mirror/OWNER+NAME/repo.
#
# For each service it:
#   1. extracts the pinned commit (services.sh; HEAD with a warning if the git dir lacks it)
#      into $XB_REAL/NAME (default /work/real/NAME), skipping blobs the snapshot lacks (large
#      files are listed but absent in fetched snapshots); re-extracts only when the commit
#      changed (marker file .xb-commit);
#   2. runs `go mod download` in the module root (not for a vendored module);
#   3. stubs //go:embed targets the archive lacks (built web assets) with empty files, found by
#      `go list -e` ("pattern X: no matching files found"), until every package loads;
#   4. copies scripts/realservices/NAME/xborder.toml into the module root and checks it with
#      `xborder config check` ($XBORDER, default /tmp/xborder-before, else xborder on PATH).
#
# The service's own source is never edited; only stub files and xborder.toml are added.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/services.sh"

[ $# -gt 0 ] || { sed -n '2,20s/^# \{0,1\}//p' "$0" >&2; exit 2; }

xb=${XBORDER:-/tmp/xborder-before}
[ -x "$xb" ] || xb=$(command -v xborder || true)

extract() { # gitdir rev dest
	local gitdir=$1 rev=$2 dest=$3 missing=()
	# Blobs the snapshot lacks make `git archive` fail: list them and exclude them.
	local tree
	tree=$(git --git-dir="$gitdir" ls-tree -r "$rev" | awk -F'\t' '{ split($1, m, " "); if (m[2] == "blob") print m[3] "\t" $2 }')
	while IFS= read -r path; do
		[ -n "$path" ] && missing+=(":(exclude,literal)$path")
	done < <(cut -f1 <<<"$tree" | git --git-dir="$gitdir" cat-file --batch-check='%(objectname) %(objecttype)' |
		awk '$2 == "missing" { print $1 }' |
		awk -F'\t' 'NR == FNR { miss[$1] = 1; next } ($1 in miss) { print $2 }' - <(printf '%s\n' "$tree"))
	for m in "${missing[@]}"; do echo "  snapshot lacks ${m#:(exclude,literal)}: left out" >&2; done
	rm -rf "$dest"
	mkdir -p "$dest"
	# git archive still names the left-out blobs on stderr ("invalid object"): drop those lines.
	local errs
	errs=$(mktemp)
	git --git-dir="$gitdir" archive "$rev" -- . "${missing[@]}" 2>"$errs" | tar -x -C "$dest"
	grep -v "^error: invalid object .* for '" "$errs" >&2 || true
	rm -f "$errs"
	echo "$rev" >"$dest/.xb-commit"
}

# stub_embeds MODROOT PKGS...: creates an empty file for every //go:embed pattern that matches
# nothing, repeating until go list reports no such error.
stub_embeds() {
	local mod=$1; shift
	local round out dir pat target
	for round in 1 2 3 4 5; do
		out=$(cd "$mod" && GOFLAGS=${GOFLAGS:-} GOPROXY=off go list -e -f '{{if .Error}}{{.Dir}}{{"\t"}}{{.Error}}{{end}}' "$@" 2>&1 || true)
		local n=0
		while IFS=$'\t' read -r dir err; do
			[ -n "$err" ] || continue
			case $err in
			*"pattern "*": no matching files found"*|*"pattern "*": cannot embed directory"*"contains no embeddable files"*)
				pat=${err#*pattern }
				pat=${pat%%:*}
				# A glob (locales/*/data.json) becomes a literal path with "stub" for each wildcard.
				target=$dir/$(printf '%s' "$pat" | sed 's/[*?]/stub/g; s/\[[^]]*\]/stub/g')
				if [ -e "$target" ] && [ -d "$target" ]; then
					target=$target/stub
				elif [[ $pat != *.* ]]; then
					# No extension: most likely a directory of built assets.
					target=$target/stub
				fi
				mkdir -p "$(dirname "$target")"
				: >"$target"
				echo "  stubbed //go:embed $pat in ${dir#$svc_src/} with ${target#$svc_src/}"
				n=$((n + 1)) ;;
			*)
				echo "  load error (not an embed): $dir: $err" >&2 ;;
			esac
		done <<<"$out"
		[ $n -gt 0 ] || return 0
	done
}

for arg in "$@"; do
	name=${arg%%=*}
	service "$name"
	gitdir=
	[ "$arg" = "$name" ] || gitdir=${arg#*=}
	if [ -z "$gitdir" ]; then
		var=XB_GITDIR_$(echo "$svc_base" | tr a-z A-Z)
		gitdir=${!var:-/work/.mirror/${svc_repo/\//+}/repo}
	fi
	[ -d "$gitdir" ] || { echo "$name: no git dir $gitdir (run: fetch github:$svc_repo)" >&2; exit 1; }
	echo "== $name ($svc_repo) from $gitdir"

	rev=$svc_commit
	if ! git --git-dir="$gitdir" cat-file -e "$rev^{commit}" 2>/dev/null; then
		rev=$(git --git-dir="$gitdir" rev-parse HEAD)
		echo "  WARNING: pinned commit $svc_commit not in the snapshot; using HEAD $rev (numbers may differ from the baseline)" >&2
	fi
	if [ "$(cat "$svc_src/.xb-commit" 2>/dev/null)" = "$rev" ]; then
		echo "  $svc_src already at $rev"
	else
		echo "  extracting $rev into $svc_src"
		extract "$gitdir" "$rev" "$svc_src"
	fi

	mod=$svc_src/$svc_mod
	if [ "$svc_vendor" = 1 ]; then
		echo "  vendored: no go mod download"
	else
		echo "  go mod download"
		(cd "$mod" && go mod download)
	fi
	# shellcheck disable=SC2086
	stub_embeds "$mod" $svc_pkgs

	cp "$here/$svc_base/xborder.toml" "$mod/xborder.toml"
	echo "  copied xborder.toml into $mod"
	if [ -n "$xb" ]; then
		(cd "$mod" && "$xb" config check) | sed 's/^/  /'
	fi
done
