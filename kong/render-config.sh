#!/bin/sh
# Renders the declarative config template ($1, default /etc/kong/kong.yml.tmpl) into
# $KONG_DECLARATIVE_CONFIG, filling each placeholder (dollar, brace, NAME, brace) from the
# environment, then, when more arguments follow, execs them. The image's ENTRYPOINT is
#   render-config.sh /etc/kong/kong.yml.tmpl /docker-entrypoint.sh kong docker-start
#
# Only the variables listed in ALLOWED are substituted, and each value must be a plain
# token ([A-Za-z0-9_.~+/=-], at least 24 characters), so a value can never change the YAML's
# structure. A missing or malformed value stops the container: Kong never starts with an
# empty or guessable key. Values are never printed.
set -eu

ALLOWED="AWS_MASKER_CLIENT_API_KEY"
MIN_LEN=24

template=${1:-/etc/kong/kong.yml.tmpl}
[ "$#" -gt 0 ] && shift
out=${KONG_DECLARATIVE_CONFIG:?KONG_DECLARATIVE_CONFIG must name the rendered file}

fail() {
	echo "render-config: $*" >&2
	exit 1
}

[ -r "$template" ] || fail "cannot read template $template"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp" "$tmp.2"' EXIT
umask 077
cp "$template" "$tmp"
for name in $ALLOWED; do
	value=$(printenv "$name" || true)
	[ -n "$value" ] || fail "$name is not set"
	case $value in
	*[!A-Za-z0-9_.~+/=-]*) fail "$name contains characters other than [A-Za-z0-9_.~+/=-]" ;;
	esac
	[ "${#value}" -ge "$MIN_LEN" ] || fail "$name must be at least $MIN_LEN characters"
	# '|' cannot occur in a validated value, so it is a safe sed delimiter.
	sed "s|\${$name}|$value|g" "$tmp" >"$tmp.2"
	mv "$tmp.2" "$tmp"
done
if grep -q '\${[A-Za-z_][A-Za-z0-9_]*}' "$tmp"; then
	fail "template has placeholders that are not in the allowed list"
fi
mv "$tmp" "$out"
trap - EXIT

[ "$#" -gt 0 ] && exec "$@"
exit 0
