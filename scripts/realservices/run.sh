#!/usr/bin/env bash
# Measures xborder against the SSA floor on a real service set up by setup.sh.
#
#   scripts/realservices/run.sh NAME...                 NAME: ntfy remark42 casdoor
#
# For each service and mode ("test": default flags, "notest": -test=false) it runs, one at a time,
#   floor:    xborder -q [-test=false] -ssa-floor PKGS
#   xborder:  xborder -q [-test=false] -format=json PKGS
# under /usr/bin/time -v, a timeout and a memory watchdog, and prints wall time, CPU time
# (user+sys: steadier than wall time when other work shares the machine), peak RSS, status and
# the finding statistics of stats.py (total, outside _test.go, distinct positions,
# unknown-destination, per category). The JSON findings, time reports and stderr are kept in
# $XB_OUT/NAME/LABEL-MODE.* for comparing binaries.
#
# Environment:
#   XBORDER=/path/xborder   binary to measure (default /tmp/xborder-before)
#   LABEL=before            name of this binary in result files (default: the binary's file name)
#   MODES="test notest"     override the service's default modes (casdoor: notest only)
#   TIMEOUT=900             seconds per command (casdoor: 600)
#   MEMCAP_MB=18432         kill the command when its process tree's RSS exceeds this ...
#   MIN_AVAIL_MB=1536       ... or when the machine's MemAvailable falls below this (other work
#                           shares the machine: the kernel's OOM killer must never have to act)
#   SKIP_FLOOR=1            measure xborder only
#   REPORT_ONLY=1           measure nothing: print the table from stored results
#   XB_REAL=/work/real      where setup.sh put the services; XB_OUT=$XB_REAL/results
#
# Status of each command: "exit 0" no findings, "exit 1" findings, "exit 2" error, "timeout",
# "memcap" (killed by the watchdog) or "killed" (SIGKILL from elsewhere: the OOM killer).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/services.sh"

[ $# -gt 0 ] || { sed -n '2,30s/^# \{0,1\}//p' "$0" >&2; exit 2; }

xb=${XBORDER:-/tmp/xborder-before}
[ -x "$xb" ] || { echo "no xborder binary at $xb (set XBORDER)" >&2; exit 2; }
xb=$(cd "$(dirname "$xb")" && pwd)/$(basename "$xb")
label=${LABEL:-$(basename "$xb")}
memcap_kb=$(( ${MEMCAP_MB:-18432} * 1024 ))
minavail_kb=$(( ${MIN_AVAIL_MB:-1536} * 1024 ))
out_root=${XB_OUT:-${XB_REAL:-/work/real}/results}

# tree_pids PID: PID and all its descendants.
tree_pids() {
	local p=$1 c
	echo "$p"
	for c in $(pgrep -P "$p"); do tree_pids "$c"; done
}

# measure OUTPREFIX SECONDS CMD...: runs CMD in the module root under time, timeout and the
# watchdog; writes OUTPREFIX.time, .stdout, .stderr, .status (see above)
# and .peak (the watchdog's largest sampled tree RSS in kB).
measure() {
	local prefix=$1 secs=$2; shift 2
	rm -f "$prefix".memcap
	/usr/bin/time -v -o "$prefix.time" timeout -s KILL "$secs" "$@" >"$prefix.stdout" 2>"$prefix.stderr" &
	local tpid=$! peak=0 avail
	while kill -0 "$tpid" 2>/dev/null; do
		local sum=0 p r
		for p in $(tree_pids "$tpid"); do
			r=$(awk '/^VmRSS:/ { print $2 }' /proc/"$p"/status 2>/dev/null)
			sum=$((sum + ${r:-0}))
		done
		[ "$sum" -gt "$peak" ] && peak=$sum
		avail=$(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo)
		if [ "$sum" -gt "$memcap_kb" ] || [ "${avail:-0}" -lt "$minavail_kb" ]; then
			echo "tree RSS ${sum} kB, MemAvailable ${avail} kB" >"$prefix".memcap
			# Kill the measured command (the children of timeout), not time itself.
			for p in $(tree_pids "$tpid" | tail -n +3); do kill -KILL "$p" 2>/dev/null; done
		fi
		sleep 0.5
	done
	wait "$tpid"
	local code=$?
	echo "$peak" >"$prefix.peak"
	if [ -e "$prefix".memcap ]; then
		echo memcap >"$prefix.status"
	elif [ "$code" = 124 ] || { [ "$code" = 137 ] && [ "$(elapsed "$prefix")" -ge $((secs - 2)) ]; }; then
		echo timeout >"$prefix.status"
	elif grep -q "terminated by signal 9" "$prefix.time"; then
		echo "killed" >"$prefix.status" # by someone else: the kernel's OOM killer, usually
	else
		echo "exit $code" >"$prefix.status"
	fi
}

# elapsed PREFIX: whole seconds of wall time in a GNU time -v report.
elapsed() {
	awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%d\n", s }' "$1.time"
}

# timeof PREFIX: "wall_s cpu_s maxrss_kB" from a GNU time -v report.
timeof() {
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
		/User time \(seconds\)/ || /System time \(seconds\)/ { c += $2 }
		/Maximum resident set size/ { k = $2 }
		END { printf "%.1f %.1f %d\n", s, c, k }' "$1.time"
}

# row MODE RUN PREFIX LOAD: prints one result line from the files measure left.
row() {
	local mode=$1 run=$2 p=$3 load=$4 st ws cs kb stats=
	[ -e "$p.status" ] || return 0
	st=$(cat "$p.status")
	read -r ws cs kb < <(timeof "$p")
	case $st in
	"exit 0" | "exit 1")
		[ "$run" = xborder ] && stats=$(python3 "$here/stats.py" "$p.json" --row) ;;
	*)
		# A killed command leaves no rusage worth reading: report the watchdog's sampled peak.
		kb=$(cat "$p.peak") ;;
	esac
	printf "%-7s %-8s %8s %8s %8d %5s %-8s %s\n" "$mode" "$run" "$ws" "$cs" $((kb / 1024)) "$load" "$st" "$stats"
	case $st in
	"exit 0" | "exit 1") ;;
	*)
		[ -e "$p.memcap" ] && echo "   watchdog: $(cat "$p.memcap")"
		tail -n 3 "$p.stderr" | sed 's/^/   stderr: /' ;;
	esac
}

for name in "$@"; do
	service "$name" || exit 2
	mod=$svc_src/$svc_mod
	out=$out_root/$name
	secs=${TIMEOUT:-900}
	[ "$svc_base" = casdoor ] && secs=${TIMEOUT:-600}
	echo "== $name: $svc_pkgs (in $mod)"
	if [ -n "${REPORT_ONLY:-}" ]; then
		echo "   stored results $out/$label-*"
	else
		[ -f "$mod/xborder.toml" ] || { echo "$name: not set up ($mod); run setup.sh $name" >&2; exit 2; }
		mkdir -p "$out"
		echo "   binary $xb ($label), timeout ${secs}s, memory cap $((memcap_kb / 1024)) MB, $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
	fi
	printf "%-7s %-8s %8s %8s %8s %5s %-8s %s\n" mode run "wall s" "cpu s" "peak MB" load0 status "findings: total non-test positions unknown per-category"
	for mode in ${MODES:-$svc_modes}; do
		flags=(-q)
		[ "$mode" = notest ] && flags+=(-test=false)
		for run in floor xborder; do
			p=$out/$label-$mode
			[ $run = floor ] && p=$p-floor
			if [ -n "${REPORT_ONLY:-}" ]; then
				row "$mode" $run "$p" "$(cat "$p.load" 2>/dev/null || echo -)"
				continue
			fi
			[ $run = floor ] && [ -n "${SKIP_FLOOR:-}" ] && continue
			cut -d' ' -f1 /proc/loadavg >"$p.load"
			# shellcheck disable=SC2086
			if [ $run = floor ]; then
				(cd "$mod" && measure "$p" "$secs" "$xb" "${flags[@]}" -ssa-floor $svc_pkgs)
			else
				(cd "$mod" && measure "$p" "$secs" "$xb" "${flags[@]}" -format=json $svc_pkgs)
				mv "$p.stdout" "$p.json"
			fi
			row "$mode" $run "$p" "$(cat "$p.load")"
		done
	done
	[ -n "${REPORT_ONLY:-}" ] || echo "   results in $out/$label-*"
done
