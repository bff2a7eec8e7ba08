#!/bin/sh
# Check that the modelled mm tree compiles cleanly in both images:
#   v4.6-rc      tree/ as it is
#   huge-tmpfs   tree/ with patches/0001-huge-tmpfs-model.patch applied
# Runs gcc -fsyntax-only -Wall -Werror on mm/memory.c and mm/filemap.c,
# against the model headers only (-nostdinc).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cp -r "$top/tree" "$tmp/v4.6-rc"
cp -r "$top/tree" "$tmp/huge-tmpfs"
(cd "$tmp/huge-tmpfs" && git apply "$top/patches/0001-huge-tmpfs-model.patch")

status=0
for image in v4.6-rc huge-tmpfs; do
	for f in mm/memory.c mm/filemap.c; do
		if gcc -fsyntax-only -Wall -Werror -nostdinc \
		       -I "$tmp/$image/include" "$tmp/$image/$f"; then
			echo "ok   $image $f"
		else
			echo "FAIL $image $f"
			status=1
		fi
	done
done
exit $status
