#!/usr/bin/env python3
"""Regenerates the Broken*.pdf inputs of the PDF reader tests and the seed
PDFs of the fuzz corpus (tests/fuzz/corpus/pdf). Each Broken file is small
and hostile in one way; the reader must refuse it with one clear error.
Usage: tests/data/pdf/make_broken_pdfs.py"""
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "fuzz", "corpus", "pdf")

PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>"
CONTENT = b"BT /F1 12 Tf 20 100 Td (Hello) Tj ET"


def build(objects, trailer_extra=b"", startxref=None, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"):
    """objects: {num: body bytes}; returns a file with a classic xref table."""
    out = bytearray(header)
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        if num in offsets:
            out += b"%010d 00000 n \n" % offsets[num]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer_extra, xref if startxref is None else startxref)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def minimal():
    return build({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: PAGE,
        4: stream(CONTENT),
    })


def update(base, objects, prev, size, extra=b""):
    """An incremental update of base with its own xref section."""
    out = bytearray(base)
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    out += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, prev, extra, xref)
    return bytes(out), xref


def xref_of(data):
    return int(data.rstrip().split(b"startxref")[-1].split()[0])


def write(name, data, folder=HERE):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def main():
    base = minimal()
    write("BrokenNotPdf.pdf", b"This is a letter someone saved with a .pdf name.\n" * 20)
    write("BrokenEmpty.pdf", b"")
    write("BrokenTruncated.pdf", base[: len(base) // 2])
    write("BrokenStartxref.pdf", build({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [] /Count 0 >>"}, startxref=999999))
    # An update whose /Prev points at itself, and two that point at each other.
    upd, xref = update(base, {3: PAGE}, xref_of(base), 5)
    write("BrokenPrevLoop.pdf", upd.replace(b"/Prev %d" % xref_of(base), b"/Prev %d" % xref))
    first, x1 = update(base, {3: PAGE}, xref_of(base), 5)
    second, x2 = update(first, {4: stream(CONTENT)}, x1, 5)
    write("BrokenPrevCycle.pdf", second.replace(b"/Prev %d" % xref_of(base), b"/Prev %d" % x2))
    # Numbers no file can hold.
    write("BrokenHugeNumbers.pdf", base.replace(b"xref\n0 5\n", b"xref\n0 99999999999999999999\n"))
    write("BrokenHugeCount.pdf", base.replace(b"xref\n0 5\n", b"xref\n0 8000000\n"))
    # Arrays nested far deeper than any document needs.
    write("BrokenDeepNesting.pdf", build({
        1: b"<< /Type /Catalog /Pages 2 0 R /Deep " + b"[" * 5000 + b"]" * 5000 + b" >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: PAGE, 4: stream(CONTENT)}))
    # A page tree whose node lists itself.
    write("BrokenPageTreeLoop.pdf", build({
        1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", 3: PAGE, 4: stream(CONTENT)}))
    # References that only lead to each other.
    write("BrokenRefChain.pdf", build({
        1: b"<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R >>", 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: PAGE,
        4: stream(CONTENT), 5: b"6 0 R", 6: b"5 0 R"}))
    write("BrokenNoRoot.pdf", base.replace(b"/Root 1 0 R", b"/Info 1 0 R"))
    write("BrokenNoPages.pdf", build({1: b"<< /Type /Catalog >>", 2: b"<< /Producer (nobody) >>"}))
    # A string that never ends, swallowing the rest of the file.
    write("BrokenUnterminatedString.pdf", build({
        1: b"<< /Type /Catalog /Pages 2 0 R /Title (never closed >>", 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", 3: PAGE}))
    # A cross-reference stream with field widths beyond 8 bytes.
    objs = b"%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    data = zlib.compress(b"\x01" * 30)
    xs = len(objs)
    objs += b"2 0 obj\n" + stream(data, b"/Type /XRef /Size 3 /W [9 9 9] /Root 1 0 R /Filter /FlateDecode ") + b"\nendobj\n"
    write("BrokenXrefStream.pdf", objs + b"startxref\n%d\n%%%%EOF\n" % xs)
    # An object stream that inflates to 100 MiB (the reader stops at 64 MiB).
    bomb = zlib.compress(b"\0" * (100 << 20), 9)
    out = bytearray(b"%PDF-1.5\n")
    o3 = len(out)
    out += b"3 0 obj\n" + stream(bomb, b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode ") + b"\nendobj\n"
    xs = len(out)
    rows = b"".join([bytes([0, 0, 0, 0]), bytes([2, 0, 3, 0]), bytes([0, 0, 0, 0]), bytes([1]) + o3.to_bytes(2, "big") + b"\0"])
    out += b"4 0 obj\n" + stream(rows, b"/Type /XRef /Size 4 /W [1 2 1] /Root 1 0 R ") + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xs
    write("BrokenZipBomb.pdf", bytes(out))
    # An object stream whose header claims more objects than it has bytes.
    body = b"1 0 << /Type /Catalog /Pages 2 0 R >>"
    out = bytearray(b"%PDF-1.5\n")
    o3 = len(out)
    out += b"3 0 obj\n" + stream(zlib.compress(body), b"/Type /ObjStm /N 99999999 /First 4 /Filter /FlateDecode ") + b"\nendobj\n"
    xs = len(out)
    rows = b"".join([bytes([0, 0, 0, 0]), bytes([2, 0, 3, 0]), bytes([0, 0, 0, 0]), bytes([1]) + o3.to_bytes(2, "big") + b"\0"])
    out += b"4 0 obj\n" + stream(rows, b"/Type /XRef /Size 4 /W [1 2 1] /Root 1 0 R ") + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xs
    write("BrokenObjStm.pdf", bytes(out))

    os.makedirs(CORPUS, exist_ok=True)
    write("minimal.pdf", base, CORPUS)
    write("update.pdf", update(base, {3: PAGE}, xref_of(base), 5)[0], CORPUS)
    write("prev-loop.pdf", open(os.path.join(HERE, "BrokenPrevLoop.pdf"), "rb").read(), CORPUS)
    write("objstm.pdf", open(os.path.join(HERE, "BrokenObjStm.pdf"), "rb").read().replace(b"/N 99999999", b"/N 1       "), CORPUS)


if __name__ == "__main__":
    main()
