#!/usr/bin/env python3
"""Tools for checking the model tree against a whitespace-damaged seed.

The seed was copied from a web archive that collapsed all whitespace: every
line lost its indentation, runs of blanks became one space, and context
lines lost their leading ' ' marker.

  repair_seed.py repair SEED PRE POST
      Print the seed with each line's real text restored: context and '-'
      lines from the PRE image, '+' lines from the POST image.  Every hunk
      must match exactly one place in each image (whitespace ignored).

  repair_seed.py collapse SEED IMAGE OUTDIR
      Write OUTDIR/seed.patch (markers restored, whitespace collapsed) and
      the C files of IMAGE with whitespace collapsed the same way, for a
      whitespace-blind "patch -l" check of the seed as it is.
"""
import os
import re
import sys

FILES = ('mm/memory.c', 'mm/filemap.c')


def norm(text):
    return re.sub(r'\s+', ' ', text).strip()


def parse(seed):
    """[(path, [(header, [(marker, text)])])] from the damaged seed."""
    lines = open(seed).read().split('\n')
    files = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('--- a/') and lines[i + 1].startswith('+++ b/'):
            files.append((line[6:], []))
            i += 2
            continue
        m = re.match(r'@@ -\d+,(\d+) \+\d+,(\d+) @@', line)
        i += 1
        if not m:
            continue
        old, new = int(m.group(1)), int(m.group(2))
        body = []
        while old or new:
            text = lines[i]
            i += 1
            if text.startswith('-'):
                body.append(('-', text[1:]))
                old -= 1
            elif text.startswith('+'):
                body.append(('+', text[1:]))
                new -= 1
            else:
                body.append((' ', text))
                old -= 1
                new -= 1
        files[-1][1].append((line, body))
    return files


def locate(real, want, header):
    hits = [k for k in range(len(real) - len(want) + 1)
            if all(norm(real[k + j]) == w for j, w in enumerate(want))]
    if len(hits) != 1:
        sys.exit('%s: matches %d places' % (header, len(hits)))
    return hits[0]


def repair(seed, pre, post):
    out = []
    for path, hunks in parse(seed):
        out += ['--- a/' + path, '+++ b/' + path]
        old_img = open(os.path.join(pre, path)).read().split('\n')
        new_img = open(os.path.join(post, path)).read().split('\n')
        for header, body in hunks:
            o = locate(old_img, [norm(t) for k, t in body if k != '+'], header)
            n = locate(new_img, [norm(t) for k, t in body if k != '-'], header)
            out.append(header)
            for marker, _ in body:
                if marker == '+':
                    out.append('+' + new_img[n])
                    n += 1
                    continue
                if marker == ' ' and old_img[o] != new_img[n]:
                    sys.exit('%s: context differs between images' % header)
                out.append(marker + old_img[o])
                o += 1
                n += marker == ' '
    sys.stdout.write('\n'.join(out) + '\n')


def collapse(seed, image, outdir):
    out = []
    for path, hunks in parse(seed):
        out += ['--- a/' + path, '+++ b/' + path]
        for header, body in hunks:
            out.append(header)
            out += [marker + norm(text) for marker, text in body]
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'seed.patch'), 'w') as f:
        f.write('\n'.join(out) + '\n')
    for path in FILES:
        dst = os.path.join(outdir, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        lines = open(os.path.join(image, path)).read().split('\n')
        with open(dst, 'w') as f:
            f.write('\n'.join(norm(l) for l in lines))


if __name__ == '__main__':
    if len(sys.argv) == 5 and sys.argv[1] == 'repair':
        repair(*sys.argv[2:])
    elif len(sys.argv) == 5 and sys.argv[1] == 'collapse':
        collapse(*sys.argv[2:])
    else:
        sys.exit(__doc__)
