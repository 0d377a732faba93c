#!/usr/bin/env bash
# Benchmark harness: xborder against the SSA floor (type checking + SSA construction, the cost
# any SSA-based analyzer pays) through the same driver, alternating runs, reporting the median
# wall time and peak RSS of each and their ratios.
#
#   scripts/bench.sh [-r runs] [workload...]
#
# Workloads: std (standalone), std-vet (go vet), xtools (golang.org/x/tools/go/...),
# synth50 synth100 synth200 synth400 synth900 (internal/synth modules of N packages x 20
# functions), and the real services of scripts/realservices (ntfy: Firebase/Google Cloud,
# Stripe, Twilio; remark42: vendored; casdoor: AWS, Aliyun, dozens of providers), once
# scripts/realservices/setup.sh has put them under $XB_REAL (default /work/real): their sources
# are never committed, and they build offline from the module cache.
# Default: std std-vet synth50 synth100 synth200 synth400. Needs /usr/bin/time (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=3
if [ "${1:-}" = "-r" ]; then runs=$2; shift 2; fi
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(std std-vet synth50 synth100 synth200 synth400)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/xborder" ./cmd/xborder
bin=$work/xborder

# measure DIR CMD... : prints "seconds kilobytes" for one run (output discarded; exit 0 or 1
# is success: 1 means findings).
measure() {
	local dir=$1; shift
	local out=$work/time.txt
	( cd "$dir" && /usr/bin/time -v -o "$out" "$@" >/dev/null 2>"$work/stderr" ) || {
		code=$?
		if ! grep -q "Exit status: 1" "$out" 2>/dev/null; then
			echo "command failed ($code): $*" >&2; cat "$work/stderr" >&2; exit 1
		fi
	}
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
		/Maximum resident set size/ { k = $2 }
		END { printf "%.2f %d\n", s, k }' "$out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf "%-10s %10s %10s %7s %10s %10s %7s %10s\n" workload "floor s" "xborder s" "time x" "floor MB" "xborder MB" "rss x" "s/pkg"
for w in "${workloads[@]}"; do
	dir=$root
	floor=("$bin" -q -test=false -ssa-floor)
	xb=("$bin" -q -test=false)
	pkgs=1
	case $w in
	std)
		floor+=(std); xb+=(std)
		dir=$work ;;
	std-vet)
		floor=(env XBORDER_SSA_FLOOR=1 go vet -vettool="$bin" std)
		xb=(go vet -vettool="$bin" std)
		dir=$work ;;
	xtools)
		floor+=(golang.org/x/tools/go/...); xb+=(golang.org/x/tools/go/...) ;;
	ntfy | remark42 | casdoor)
		. scripts/realservices/services.sh
		service "$w"
		dir=$svc_src/$svc_mod
		[ -f "$dir/xborder.toml" ] || { echo "$w is not set up: run scripts/realservices/setup.sh $w" >&2; exit 2; }
		# shellcheck disable=SC2086 # the package list is words
		floor+=($svc_pkgs); xb+=($svc_pkgs)
		pkgs=$(cd "$dir" && go list $svc_pkgs 2>/dev/null | wc -l) ;;
	synth*)
		n=${w#synth}; pkgs=$n
		dir=$work/$w
		go run ./internal/synth -n "$n" -m 20 -o "$dir"
		floor+=(./...); xb+=(./...) ;;
	*) echo "unknown workload $w" >&2; exit 2 ;;
	esac
	: >"$work/f"; : >"$work/x"
	# One untimed run first: it fills the build cache (go vet compiles what it vets).
	export XBORDER_VET_NONCE=warmup$RANDOM
	measure "$dir" "${floor[@]}" >/dev/null
	for i in $(seq "$runs"); do
		# A fresh nonce per run defeats go vet's result cache (it is folded into -V=full).
		export XBORDER_VET_NONCE=$RANDOM$i
		measure "$dir" "${floor[@]}" >>"$work/f"
		measure "$dir" "${xb[@]}" >>"$work/x"
	done
	ft=$(cut -d' ' -f1 "$work/f" | median); xt=$(cut -d' ' -f1 "$work/x" | median)
	fm=$(cut -d' ' -f2 "$work/f" | median); xm=$(cut -d' ' -f2 "$work/x" | median)
	awk -v w="$w" -v ft="$ft" -v xt="$xt" -v fm="$fm" -v xm="$xm" -v n="$pkgs" 'BEGIN {
		printf "%-10s %10.2f %10.2f %7.2f %10.0f %10.0f %7.2f %10.3f\n", w, ft, xt, xt / ft, fm / 1024, xm / 1024, xm / fm, xt / n }'
done
