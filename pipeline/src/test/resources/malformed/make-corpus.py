#!/usr/bin/env python3
"""Writes the small files of the malformed-input corpus (this folder) and leaves cases.tsv to the hand.

Run from this folder: python3 make-corpus.py. Large inputs (a gzip of a 200 MB line, a 2 MB model metadata entry,
an alignment of a million rows) are made by MalformedCorpusCliTest itself, as '@NAME' rows of cases.tsv.
"""
import gzip
import io
import json
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
QUERY = "MGKVLAEHSW"
THREE = {"A": "ALA", "G": "GLY", "K": "LYS", "V": "VAL", "L": "LEU", "E": "GLU", "H": "HIS", "S": "SER",
         "W": "TRP", "M": "MET"}
BLAST = "ARNDCQEGHILKMFPSTWYV"
rnd = random.Random(7)


def put(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def gz(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return gzip.compress(data, mtime=0)


# ---------------------------------------------------------------- valid companions
put("valid/query.fasta", ">q\n" + QUERY + "\n")


def pdb_atoms(seq="AGKVLAEH", chain="A", hetatm=False, fmt=None):
    lines = []
    serial = 1
    for i, aa in enumerate(seq):
        x0 = 3.8 * i
        y0 = 0.5 if i % 2 else -0.5
        atoms = [("N", x0 - 1.2, y0 + 0.9, 0.0, "N"), ("CA", x0, y0, 0.0, "C"), ("C", x0 + 1.2, y0 + 0.7, 0.0, "C"),
                 ("O", x0 + 1.3, y0 + 1.9, 0.0, "O")]
        if aa != "G":
            atoms.append(("CB", x0, y0 - 1.0, 1.2, "C"))
        for name, x, y, z, el in atoms:
            rec = "HETATM" if hetatm else "ATOM  "
            xs, ys, zs = ("%8.3f" % x, "%8.3f" % y, "%8.3f" % z)
            if fmt:
                xs, ys, zs = fmt(serial, name, xs, ys, zs)
            lines.append("%s%5d  %-3s %3s %s%4d    %s%s%s  1.00 20.00          %2s" % (
                rec, serial, name, THREE.get(aa, "ALA"), chain, i + 1, xs, ys, zs, el))
            serial += 1
    return lines


def pdb(lines):
    return "HEADER    TEST STRUCTURE                          01-JAN-00   1TST\n" + "\n".join(lines) + "\nEND\n"


def cif(rows_fn=None, drop=None, seq="AGKVLAEH"):
    cols = ["group_PDB", "id", "type_symbol", "label_atom_id", "label_alt_id", "label_comp_id", "label_asym_id",
            "label_entity_id", "label_seq_id", "pdbx_PDB_ins_code", "Cartn_x", "Cartn_y", "Cartn_z", "occupancy",
            "B_iso_or_equiv", "auth_seq_id", "auth_asym_id", "pdbx_PDB_model_num"]
    out = ["data_1TST", "#", "loop_"]
    keep = [c for c in cols if c != drop]
    out += ["_atom_site." + c for c in keep]
    serial = 1
    for i, aa in enumerate(seq):
        x0 = 3.8 * i
        y0 = 0.5 if i % 2 else -0.5
        atoms = [("N", x0 - 1.2, y0 + 0.9, 0.0, "N"), ("CA", x0, y0, 0.0, "C"), ("C", x0 + 1.2, y0 + 0.7, 0.0, "C"),
                 ("O", x0 + 1.3, y0 + 1.9, 0.0, "O")]
        for name, x, y, z, el in atoms:
            row = {"group_PDB": "ATOM", "id": str(serial), "type_symbol": el, "label_atom_id": name,
                   "label_alt_id": ".", "label_comp_id": THREE[aa], "label_asym_id": "A", "label_entity_id": "1",
                   "label_seq_id": str(i + 1), "pdbx_PDB_ins_code": "?", "Cartn_x": "%.3f" % x,
                   "Cartn_y": "%.3f" % y, "Cartn_z": "%.3f" % z, "occupancy": "1.00", "B_iso_or_equiv": "20.00",
                   "auth_seq_id": str(i + 1), "auth_asym_id": "A", "pdbx_PDB_model_num": "1"}
            if rows_fn:
                row = rows_fn(serial, row)
            out.append(" ".join(row[c] for c in keep))
            serial += 1
    return "\n".join(out) + "\n#\n"


def pssm_text(seq=QUERY, row_fn=None, header=True, fields=44):
    out = ["", "Last position-specific scoring matrix computed, weighted observed percentages rounded down, "
               "information per position, and relative weight of gapless real matches to pseudocounts"]
    if header:
        out.append("           " + "  ".join(BLAST) + "   " + "   ".join(BLAST))
    for i, aa in enumerate(seq):
        scores = [str(rnd.randint(-4, 6)) for _ in range(20)]
        pct = [str(rnd.randint(0, 20)) for _ in range(20)]
        f = [str(i + 1), aa] + scores + pct + ["0.50", "0.10"]
        if row_fn:
            f = row_fn(i, f)
        f = f[:fields]
        out.append(" ".join(f))
    out += ["", "                      K         Lambda", "PSI Ungapped         0.1465     0.3126", ""]
    return "\n".join(out)


def put_zip(name, entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in entries:
            z.writestr(zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    put(name, buf.getvalue())
    return buf.getvalue()


def meta(**over):
    m = {"kind": "ss-birnn", "formatVersion": 1, "protpredVersion": "0.1.0", "network": "ComputationGraph",
         "featureSpec": "{}", "labels": ["H", "E", "C"], "extra": {}}
    m.update(over)
    return json.dumps(m)


# ---------------------------------------------------------------- FASTA
put("bom.fasta", "\ufeff>bom first record\nMKVLAEH\n")
put("crlf.fasta", ">crlf1 windows\r\nMKVL\r\nAEH\r\n>crlf2\r\nGGS\r\n")
put("cr-only.fasta", ">cr1\rMKVL\r>cr2\rGGS\r")
put("nul-bytes.fasta", ">nul\nMK\x00VL\n")
put("binary-junk.fasta", bytes(rnd.randrange(256) for _ in range(512)).replace(b">", b"?"))
put("header-only.fasta", ">lonely\n")
put("gt-alone.fasta", ">\nMKVL\n")
put("gt-space.fasta", ">   \nMKVL\n")
put("duplicate-ids.fasta", ">a\nMKV\n>a\nLLA\n")
put("long-id.fasta", ">" + "x" * 20000 + "\nMKVL\n")
put("long-id-ok.fasta", ">" + "y" * 5000 + "\nMKVL\n")
put("lower-case.fasta", ">lc\nmkvlaeh\n")
put("star-inside.fasta", ">s\nMK*VL\n")
put("star-end.fasta", ">s\nMKVL*\n")
put("two-stars.fasta", ">s\nMKVL**\n")
put("star-only.fasta", ">s\n*\n")
put("gap.fasta", ">g\nMK-VL\n")
put("dot.fasta", ">g\nMK.VL\n")
put("non-ascii-letter.fasta", ">u\nMK\u00c4VL\n")
put("escape-sequence.fasta", ">e\nMK\x1b[31mVL\n")
put("control-in-id.fasta", ">a\x01b\nMKVL\n")
put("utf16.fasta", ">u16\nMKVL\n".encode("utf-16"))
put("sequence-first.fasta", "MKVL\n>a\nMKVL\n")
put("blank-lines.fasta", "\n\n   \n\t\n")
put("empty.fasta", b"")
put("gzip-of-nothing.fasta.gz", gz(b""))
put("gzip-truncated.fasta.gz", gz(">a\n" + "".join(rnd.choice(BLAST) for _ in range(5000)) + "\n")[:200])
put("gzip-garbage.fasta.gz", b"\x1f\x8b" + bytes(rnd.randrange(256) for _ in range(64)))
put("gzip-valid.fasta.gz", gz(">gz\nMKVLAEH\n"))
put("ambiguity-codes.fasta", ">amb\nBZJUOX\n")
put("x-only.fasta", ">x\nXXXX\n")
put("tabs-spaces.fasta", ">ts\nMK VL\tAE H \n")
put("mixed-good-bad.fasta", ">good\nMKVLAEH\n>bad\nMK1VL\n>good2\nGGS\n")
put("html.fasta", "<html><body>404 Not Found</body></html>\n")
put("fastq.fasta", "@read1\nACGT\n+\nIIII\n")
put("id-with-slash.fasta", ">../../etc/passwd\nMKVL\n")
put("description-only-spaces.fasta", ">a        \nMKVL\n")
put("many-empty-records.fasta", "".join(">e%d\n" % i for i in range(5)) + ">full\nMKV\n")

# ---------------------------------------------------------------- structures
put("valid.pdb", pdb(pdb_atoms()))
put("valid-crlf.pdb", pdb(pdb_atoms()).replace("\n", "\r\n"))
put("valid.pdb.gz", gz(pdb(pdb_atoms())))
put("nan-coords.pdb", pdb(pdb_atoms(fmt=lambda s, n, x, y, z: ("     NaN", y, z) if s == 7 else (x, y, z))))
put("inf-coords.pdb", pdb(pdb_atoms(fmt=lambda s, n, x, y, z: (x, "Infinity", z) if s == 3 else (x, y, z))))
put("huge-coords.pdb", pdb(pdb_atoms(fmt=lambda s, n, x, y, z: (x, y, "1.00e+30") if s == 2 else (x, y, z))))
put("letters-coords.pdb", pdb(pdb_atoms(fmt=lambda s, n, x, y, z: ("   abcde", y, z) if s == 4 else (x, y, z))))
put("hetatm-only.pdb", pdb(["HETATM    1 FE   HEM A 201      10.000  10.000  10.000  1.00 20.00          FE",
                            "HETATM    2  O   HOH A 301      12.000  10.000  10.000  1.00 20.00           O"]))
lines = pdb_atoms()
put("duplicate-atoms.pdb", pdb(lines[:6] + [lines[5]] + lines[6:]))
put("header-only.pdb", "HEADER    NOTHING HERE\nEND\n")
put("binary.pdb", bytes(rnd.randrange(256) for _ in range(600)))
put("truncated.pdb.gz", gz(pdb(pdb_atoms()))[:150])
NUC_ATOMS = {" N  ": " P  ", " CA ": " C1'", " C  ": " C2'", " O  ": " O4'", " CB ": " C3'"}
put("nucleic-only.pdb", pdb([l[:12] + NUC_ATOMS[l[12:16]] + l[16:].replace("ALA", " DA").replace("GLY", " DT")
                             .replace("LYS", " DG") for l in pdb_atoms("AGK", chain="B")]))
put("one-residue.pdb", pdb(pdb_atoms("A")))
put("short-atom-line.pdb", pdb(pdb_atoms()[:3] + ["ATOM      4  O   ALA A   1       5.800"]))
put("empty.cif", b"")
put("text.cif", "hello, this is not mmCIF\n")
put("empty-block.cif", "data_x\n#\n")
put("valid.cif", cif())
put("nan-coords.cif", cif(lambda s, r: dict(r, Cartn_y="nan") if s == 2 else r))
put("huge-coords.cif", cif(lambda s, r: dict(r, Cartn_x="1e30") if s == 6 else r))
put("text-coords.cif", cif(lambda s, r: dict(r, Cartn_z="abc") if s == 5 else r))
put("no-calpha.cif", cif(lambda s, r: dict(r, label_atom_id="CX") if r["label_atom_id"] == "CA" else r))
put("missing-seq-id.cif", cif(drop="label_seq_id"))
put("no-protein.cif", cif(lambda s, r: dict(r, label_comp_id="HOH", group_PDB="HETATM")))

# ---------------------------------------------------------------- PSSM (query MGKVLAEHSW)
put("valid.pssm", pssm_text())
put("valid-42-fields.pssm", pssm_text(fields=42))
put("valid-crlf.pssm", pssm_text().replace("\n", "\r\n"))
put("nan-score.pssm", pssm_text(row_fn=lambda i, f: f[:4] + ["NaN"] + f[5:] if i == 2 else f))
put("inf-score.pssm", pssm_text(row_fn=lambda i, f: f[:4] + ["Infinity"] + f[5:] if i == 2 else f))
put("huge-score.pssm", pssm_text(row_fn=lambda i, f: f[:3] + ["5000"] + f[4:] if i == 1 else f))
put("exponent-score.pssm", pssm_text(row_fn=lambda i, f: f[:3] + ["1e300"] + f[4:] if i == 1 else f))
put("percent-over.pssm", pssm_text(row_fn=lambda i, f: f[:25] + ["150"] + f[26:] if i == 3 else f))
put("percent-negative.pssm", pssm_text(row_fn=lambda i, f: f[:25] + ["-5"] + f[26:] if i == 3 else f))
put("text-score.pssm", pssm_text(row_fn=lambda i, f: f[:5] + ["abc"] + f[6:] if i == 0 else f))
put("no-header.pssm", pssm_text(header=False))
put("no-rows.pssm", pssm_text(seq=""))
put("out-of-order.pssm", pssm_text(row_fn=lambda i, f: ["7"] + f[1:] if i == 2 else f))
put("bad-residue.pssm", pssm_text(row_fn=lambda i, f: [f[0], "1"] + f[2:] if i == 0 else f))
put("short.pssm", pssm_text(seq=QUERY[:9]))
put("residue-mismatch.pssm", pssm_text(seq="A" + QUERY[1:]))
put("empty.pssm", b"")
put("binary.pssm", bytes(rnd.randrange(256) for _ in range(700)))
put("gzip-truncated.pssm.gz", gz(pssm_text())[:300])
put("duplicate-header-columns.pssm", pssm_text().replace("A  R  N", "A  A  N", 1))

# ---------------------------------------------------------------- alignments (query MGKVLAEHSW)
put("valid.a3m", ">q\nMGKVLAEHSW\n>h1\nMGkkKVL-EHSW\n>h2\n-GKVLAEHSe-\n")
put("valid.aln", "MGKVLAEHSW\nMGKVL-EHSW\n-GKVLAEHS-\n")
put("valid.afa", ">q\nMGKVL\nAEHSW\n>h1\nMG-VLAEH--\n")
put("query-not-first.aln", "MGKVL-EHSW\nMGKVLAEHSW\n-GKVLAEHS-\n")
put("no-query-row.aln", "MGKVL-EHSW\nAGKVLAEHSW\n-GKVLAEHS-\n")
put("width-mismatch.aln", "MGKVLAEHS\nMGKVL-EHS\n")
put("illegal-star.a3m", ">q\nMGKV*AEHSW\n")
put("digits.aln", "MGKVLAEHSW\nMGK1LAEHSW\n")
put("empty-row.a3m", ">q\n>h\nMGKVLAEHSW\n")
put("header-no-id.a3m", ">q\nMGKVLAEHSW\n> \nMGKVLAEHSW\n")
put("insertions-only.a3m", ">q\nMGKVLAEHSW\n>h\nmgkvlaehsw\n")
put("blank.aln", "\n \n\n")
put("empty.aln", b"")
put("gzip-truncated.a3m.gz", gz(">q\nMGKVLAEHSW\n" + "".join(">h%d\n%s\n" % (i, "".join(rnd.choice(BLAST)
    for _ in range(10))) for i in range(300)))[:300])
put("binary.aln", bytes(rnd.randrange(256) for _ in range(300)))
put("control-char.aln", "MGKVLAEHSW\nMGKV\x07AEHSW\n")
put("unequal-rows.a3m", ">q\nMGKVLAEHSW\n>h\nMGKVLAEHS\n")
put("long-header.a3m", ">q\nMGKVLAEHSW\n>" + "h" * 20000 + "\nMGKVLAEHSW\n")

# ---------------------------------------------------------------- column index files
put("valid.indices", "0\tM\t1\t1 A\t0\n1\tG\t2\t2 A\t0\n2\tK\t3\t3A A\t0\n")
put("wrong-fields.indices", "0\tM\t1\t1 A\n")
put("non-integer.indices", "x\tM\t1\t1 A\t0\n")
put("duplicate-column.indices", "3\tM\t1\t1 A\t0\n3\tG\t2\t2 A\t0\n")
put("bad-residue.indices", "0\t1\t1\t1 A\t0\n")
put("bad-residue-number.indices", "0\tM\t1\tone A\t0\n")
put("huge-number.indices", "99999999999\tM\t1\t1 A\t0\n")
put("blank.indices", "\n\n")
put("empty.indices", b"")
put("binary.indices", bytes(rnd.randrange(256) for _ in range(300)))

# ---------------------------------------------------------------- model files (predict ss --model)
put("not-a-zip.zip", "this is a text file, not a model\n")
put("empty.zip", b"")
put_zip("zip-no-entries.zip", [])
put_zip("zip-without-metadata.zip", [("configuration.json", "{}")])
put_zip("metadata-not-json.zip", [("protpred-metadata.json", "{not json")])
put_zip("metadata-array.zip", [("protpred-metadata.json", "[1, 2, 3]")])
put_zip("metadata-binary.zip", [("protpred-metadata.json", bytes(rnd.randrange(256) for _ in range(200)))])
put_zip("wrong-kind.zip", [("protpred-metadata.json", meta(kind="mnist-mlp"))])
put_zip("newer-format.zip", [("protpred-metadata.json", meta(formatVersion=99, protpredVersion="9.0.0"))])
put_zip("no-network.zip", [("protpred-metadata.json", meta())])
put_zip("member-missing.zip", [("protpred-metadata.json", meta(network="Ensemble", combination="mean",
        members=[{"entry": "members/1.zip", "network": "ComputationGraph"}]))])
put_zip("ensemble-no-members.zip", [("protpred-metadata.json", meta(network="Ensemble", members=[]))])
put_zip("member-garbage.zip", [("protpred-metadata.json", meta(network="Ensemble", combination="mean",
        members=[{"entry": "members/1.zip", "network": "ComputationGraph"}])), ("members/1.zip", "garbage")])
whole = put_zip("truncated.zip", [("protpred-metadata.json", meta()), ("coefficients.bin", bytes(rnd.randrange(256) for _ in range(4000)))])
put("truncated.zip", whole[:len(whole) // 2])
