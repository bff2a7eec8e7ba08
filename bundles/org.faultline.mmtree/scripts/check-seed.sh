#!/bin/sh
# Check the model tree against the seed patch:
#   check-seed.sh SEED    (e.g. the shared seeds/000_b948c7c338ded06b.txt)
#
# 1. The seed, as it is, applies whitespace-blind (patch -l, with the
#    whitespace of both sides collapsed) to the huge-tmpfs image and
#    yields the v4.6-rc image.
# 2. Repaired from the two images, the seed applies exactly (git apply,
#    no fuzz) to the huge-tmpfs image and yields tree/ byte for byte.
# 3. The diffstat between the images is the seed's.
set -eu

seed=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
repair="$top/scripts/repair_seed.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cp -r "$top/tree" "$tmp/huge-tmpfs"
(cd "$tmp/huge-tmpfs" && git apply "$top/patches/0001-huge-tmpfs-model.patch")

python3 "$repair" collapse "$seed" "$tmp/huge-tmpfs" "$tmp/blind"
python3 "$repair" collapse "$seed" "$top/tree" "$tmp/blind-want"
patch -s -p1 -l --no-backup-if-mismatch -d "$tmp/blind" \
	<"$tmp/blind/seed.patch"
for f in mm/memory.c mm/filemap.c; do
	cmp "$tmp/blind/$f" "$tmp/blind-want/$f"
done
echo "ok   seed as it is applies with patch -l (whitespace collapsed)"

python3 "$repair" repair "$seed" "$tmp/huge-tmpfs" "$top/tree" \
	>"$tmp/seed.patch"
cp -r "$tmp/huge-tmpfs" "$tmp/result"
(cd "$tmp/result" && git apply --check "$tmp/seed.patch" &&
	git apply "$tmp/seed.patch")
for f in mm/memory.c mm/filemap.c; do
	cmp "$tmp/result/$f" "$top/tree/$f"
done
echo "ok   repaired seed applies with git apply and gives tree/ back"

stat=$(git diff --no-index --shortstat "$tmp/huge-tmpfs/mm" "$top/tree/mm" || true)
echo "     diffstat:$stat"
test "$stat" = " 2 files changed, 101 insertions(+), 134 deletions(-)"
echo "ok   diffstat is the seed's"
