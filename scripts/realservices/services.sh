# Sourced by setup.sh and run.sh: one row per service.
#
# svc_repo    GitHub owner/name (what `fetch github:OWNER/NAME` brings in)
# svc_commit  the commit the baseline was measured at (used when the git dir has it)
# svc_mod     module root inside the repository ("." or a subdirectory)
# svc_vendor  1 when the module is vendored (no go mod download)
# svc_pkgs    the packages measured, relative to the module root
# svc_modes   which test-file variants run.sh measures by default ("test notest" or "notest")
# svc_base    the directory (under $XB_REAL) and config (NAME/xborder.toml here) it uses
service() {
	svc_name=$1
	svc_base=$1
	case $1 in
	ntfy)
		svc_repo=binwiederhier/ntfy
		svc_commit=81a486adc11fe24efcbedefb28ae946028597c2f
		svc_mod=.
		svc_vendor=0
		svc_pkgs="./server/..."
		svc_modes="test notest" ;;
	remark42)
		svc_repo=umputun/remark42
		svc_commit=4793c1cd2c41f3b3c4fcc9a1bb610752eddf9410
		svc_mod=backend
		svc_vendor=1
		svc_pkgs="./app/..."
		svc_modes="test notest" ;;
	casdoor)
		svc_repo=casdoor/casdoor
		svc_commit=e6b2338f8955455254ec2f48ef0a0390cbef9ec5
		svc_mod=.
		svc_vendor=0
		svc_pkgs="./controllers ./object ./email ./pp ./idv ./captcha"
		svc_modes="notest" ;;
	casdoor-leaf)
		# casdoor's provider packages that do not import object (590 packages with their
		# dependencies, against 1621 for the full set): a run that completes, for findings.
		service casdoor
		svc_name=casdoor-leaf
		svc_pkgs="./email ./pp ./idv" ;;
	*)
		echo "unknown service $1 (known: ntfy remark42 casdoor casdoor-leaf)" >&2
		return 2 ;;
	esac
	svc_src=${XB_REAL:-/work/real}/$svc_base
}
