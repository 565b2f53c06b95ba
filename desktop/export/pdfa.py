"""Turning Qt's pages into the final PDF with pypdf: evidence pages, outline, links, PDF/A-3 parts.

PDF/A-3b asks for: embedded fonts (Qt embeds subsets of the bundled DejaVu), an output
intent with an ICC profile (taken over from Qt's PDF/A-1b output, sRGB), XMP metadata that
agrees with the document information, a file identifier, no encryption or scripts, and
embedded files as associated files (/AF with an /AFRelationship, a MIME /Subtype and a
modification date). Merged evidence PDFs keep their own content, so a certificate that itself
uses unembedded fonts makes the whole document fall short of PDF/A; the report says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    TextStringObject,
)
from PySide6.QtCore import QRectF

from desktop.export.common import Steps
from desktop.export.layout import DPI, Page

TO_POINTS = 72.0 / DPI

# Already compressed formats are stored as they are; deflating them again only costs time.
_STORED_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "application/zip")


@dataclass(frozen=True)
class Attachment:
    name: str
    sha256: str
    media_type: str
    description: str
    modified: dt.datetime
    relationship: str  # "Source", "Supplement", ...


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    created: dt.datetime
    lang: str
    identity: bytes  # 16 bytes, the same for the same portfolio


@dataclass(frozen=True)
class Stats:
    attachments: int
    outline_entries: int
    unembedded_fonts: tuple[str, ...]  # SHA-256 of evidence PDFs whose fonts are not embedded

    @property
    def pdfa(self) -> bool:
        """Whether the document claims PDF/A-3b (not when a merged evidence PDF breaks it)."""
        return not self.unembedded_fonts


def _has_unembedded_font(resources: Any, depth: int = 0) -> bool:
    """A font without a font file (e.g. the standard Helvetica) is not allowed in PDF/A."""
    if resources is None or depth > 8:
        return False
    resources = resources.get_object()
    for ref in (resources.get("/Font") or {}).values():
        font = ref.get_object()
        if font.get("/Subtype") == "/Type3":
            if _has_unembedded_font(font.get("/Resources"), depth + 1):
                return True
            continue
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/Type0":
            descendants = font.get("/DescendantFonts")
            descriptor = descendants.get_object()[0].get_object().get("/FontDescriptor") if descendants else None
        if descriptor is None or not any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2",
                                                                                 "/FontFile3")):
            return True
    for ref in (resources.get("/XObject") or {}).values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form" and _has_unembedded_font(xobject.get("/Resources"), depth + 1):
            return True
    return False


class _OutlineNode:
    title: str
    key: str
    children: Sequence[Any]


def assemble(
    qt_pdf: Path,
    out: Path,
    *,
    pages: Sequence[Page],
    page_height_device: float,
    links: Sequence[tuple[int, QRectF, str]],
    anchors: dict[str, int],
    outline: Sequence[Any],
    attachments: Sequence[Attachment],
    metadata: Metadata,
    read_blob: Callable[[str], bytes],
    steps: Steps,
) -> Stats:
    reader = PdfReader(str(qt_pdf))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    if len(writer.pages) != len(pages):
        raise RuntimeError(f"Qt wrote {len(writer.pages)} pages, the layout has {len(pages)}")
    height_pt = float(writer.pages[0].mediabox.height) if writer.pages else 842.0
    _stable_subset_tags(writer)

    def to_pdf(rect: QRectF) -> tuple[float, float, float, float]:
        x1 = rect.x() * TO_POINTS
        x2 = (rect.x() + rect.width()) * TO_POINTS
        y2 = height_pt - rect.y() * TO_POINTS
        y1 = height_pt - (rect.y() + rect.height()) * TO_POINTS
        return x1, y1, x2, y2

    # evidence PDF pages, each into the frame Qt drew for it
    current: tuple[str, PdfReader] | None = None
    unembedded: list[str] = []
    for page in pages:
        steps.advance()
        if page.evidence is None:
            continue
        sha, index, rect = page.evidence
        if current is None or current[0] != sha:
            current = (sha, PdfReader(io.BytesIO(read_blob(sha))))
        source = current[1].pages[index]
        if sha not in unembedded and _has_unembedded_font(source.get("/Resources")):
            unembedded.append(sha)
        _place(writer, page.index, source, to_pdf(rect), f"/BkEv{page.index}")

    # links from the contents, the overview and the evidence tables
    for page_index, rect, key in links:
        target = anchors.get(key)
        if target is None:
            continue
        x1, y1, x2, y2 = to_pdf(rect)
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in (x1, y1, x2, y2)]),
            NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
            NameObject("/F"): NumberObject(4),  # print: PDF/A wants every annotation printable
            NameObject("/Dest"): ArrayObject([
                writer.pages[target].indirect_reference, NameObject("/XYZ"), NullObject(),
                FloatObject(height_pt), NullObject(),
            ]),
        })
        page_obj = writer.pages[page_index]
        annots = page_obj.get("/Annots")
        if annots is None:
            page_obj[NameObject("/Annots")] = ArrayObject()
            annots = page_obj["/Annots"]
        annots.get_object().append(writer._add_object(annot))

    entries = _outline(writer, outline, anchors)
    root = writer._root_object
    root[NameObject("/PageLabels")] = DictionaryObject({
        NameObject("/Nums"): ArrayObject([NumberObject(0), DictionaryObject({NameObject("/S"): NameObject("/D")})])
    })
    root[NameObject("/PageMode")] = NameObject("/UseOutlines")
    root[NameObject("/Lang")] = TextStringObject(metadata.lang)
    root[NameObject("/ViewerPreferences")] = DictionaryObject({NameObject("/DisplayDocTitle"): _true()})
    intents = reader.trailer["/Root"].get("/OutputIntents")
    if intents is not None:
        root[NameObject("/OutputIntents")] = intents.clone(writer)

    count = _attach(writer, attachments, read_blob, steps)
    _metadata(writer, metadata, pdfa=not unembedded)
    writer.pdf_header = "%PDF-1.7"
    writer._ID = ArrayObject([ByteStringObject(metadata.identity), ByteStringObject(metadata.identity)])
    with open(out, "wb") as fh:
        writer.write(fh)
    return Stats(attachments=count, outline_entries=entries, unembedded_fonts=tuple(unembedded))


def _true() -> Any:
    from pypdf.generic import BooleanObject

    return BooleanObject(True)


def _stable_subset_tags(writer: PdfWriter) -> None:
    """Qt tags its font subsets differently in every process (QMHAAA+DejaVuSans): give each a tag
    derived from its name and order instead, so the same portfolio gives the same bytes. The tag
    also goes on /BaseFont, where the PDF specification expects it for a subset."""
    done: set[int] = set()
    order = 0
    for page in writer.pages:
        fonts = page["/Resources"].get_object().get("/Font") or DictionaryObject()
        fonts = fonts.get_object()
        for key in sorted(fonts):
            font = fonts[key].get_object()
            if id(font) in done:
                continue
            done.add(id(font))
            parts = [font] + [d.get_object() for d in (font.get("/DescendantFonts") or [])]
            descriptors = [p["/FontDescriptor"].get_object() for p in parts if "/FontDescriptor" in p]
            if not descriptors:
                continue
            current = str(descriptors[0].get("/FontName", ""))
            if len(current) < 9 or current[7] != "+":
                continue
            order += 1
            digest = hashlib.sha256(f"{current[8:]}:{order}".encode()).digest()
            name = NameObject("/" + "".join(chr(ord("A") + b % 26) for b in digest[:6]) + current[7:])
            for descriptor in descriptors:
                descriptor[NameObject("/FontName")] = name
            for part in parts:
                part[NameObject("/BaseFont")] = name


Matrix = tuple[float, float, float, float, float, float]


def _compose(m1: Matrix, m2: Matrix) -> Matrix:
    """m1 then m2 (PDF's row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _place(writer: PdfWriter, page_index: int, source: Any, target: tuple[float, float, float, float],
           name: str) -> None:
    """Draw `source` (a page of an evidence PDF) scaled into `target` on the writer's page.

    The page becomes a form XObject whose /BBox is its crop box, so nothing outside the
    visible page leaks onto ours; its /Rotate is applied in the placement matrix.
    """
    box = source.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    rotate = int(source.get("/Rotate", 0) or 0) % 360
    rotations: dict[int, Matrix] = {
        0: (1, 0, 0, 1, 0, 0),
        90: (0, -1, 1, 0, 0, w),
        180: (-1, 0, 0, -1, w, h),
        270: (0, 1, -1, 0, h, 0),
    }
    shown_w, shown_h = (h, w) if rotate in (90, 270) else (w, h)
    tx1, ty1, tx2, ty2 = target
    scale = min((tx2 - tx1) / shown_w, (ty2 - ty1) / shown_h)
    ox = tx1 + ((tx2 - tx1) - shown_w * scale) / 2
    oy = ty1 + ((ty2 - ty1) - shown_h * scale) / 2
    matrix = _compose(_compose((1, 0, 0, 1, -x0, -y0), rotations.get(rotate, rotations[0])),
                      (scale, 0, 0, scale, ox, oy))

    contents = source.get_contents()
    form = DecodedStreamObject()
    form.set_data(contents.get_data() if contents is not None else b"")
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(v) for v in (x0, y0, x0 + w, y0 + h)])
    resources = source.get("/Resources")
    form[NameObject("/Resources")] = resources.get_object().clone(writer) if resources is not None else (
        DictionaryObject())
    if "/Group" in source:
        form[NameObject("/Group")] = source["/Group"].get_object().clone(writer)
    form_ref = writer._add_object(form.flate_encode())

    page = writer.pages[page_index]
    page_resources = page["/Resources"].get_object()
    xobjects = page_resources.get("/XObject")
    if xobjects is None:
        page_resources[NameObject("/XObject")] = DictionaryObject()
        xobjects = page_resources["/XObject"]
    xobjects.get_object()[NameObject(name)] = form_ref
    before = DecodedStreamObject()
    before.set_data(b"q\n")
    after = DecodedStreamObject()
    numbers = " ".join(f"{v:.5f}".rstrip("0").rstrip(".") or "0" for v in matrix)
    # Qt's page stream leaves its coordinate flip in force: wrap it so ours starts clean.
    after.set_data(f"\nQ\nq {numbers} cm {name} Do Q\n".encode())
    existing = page.raw_get("/Contents")
    parts = list(existing.get_object()) if isinstance(existing.get_object(), ArrayObject) else [existing]
    # streams must be indirect objects inside a /Contents array
    parts = [p if isinstance(p, IndirectObject) else writer._add_object(p) for p in parts]
    page[NameObject("/Contents")] = ArrayObject(
        [writer._add_object(before)] + parts + [writer._add_object(after)]
    )


def _outline(writer: PdfWriter, items: Sequence[Any], anchors: dict[str, int],
             parent: IndirectObject | None = None, depth: int = 0) -> int:
    count = 0
    for item in items:
        page = anchors.get(item.key)
        if page is None:
            continue
        ref = writer.add_outline_item(title=item.title, page_number=page, parent=parent, is_open=depth == 0)
        count += 1 + _outline(writer, item.children, anchors, ref, depth + 1)
    return count


def _pdf_date(stamp: dt.datetime) -> str:
    return stamp.strftime("D:%Y%m%d%H%M%S") + "Z"


def _xmp_date(stamp: dt.datetime) -> str:
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def _attach(writer: PdfWriter, attachments: Sequence[Attachment], read_blob: Callable[[str], bytes],
            steps: Steps) -> int:
    """Embed the original files as PDF/A-3 associated files (catalog /AF and /EmbeddedFiles)."""
    if not attachments:
        return 0
    specs: list[tuple[str, IndirectObject]] = []
    for att in attachments:
        steps.advance()
        data = read_blob(att.sha256)
        stream = DecodedStreamObject()
        stream.set_data(data)
        stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
        stream[NameObject("/Subtype")] = NameObject("/" + att.media_type)
        stream[NameObject("/Params")] = DictionaryObject({
            NameObject("/Size"): NumberObject(len(data)),
            NameObject("/ModDate"): TextStringObject(_pdf_date(att.modified)),
            NameObject("/CheckSum"): ByteStringObject(hashlib.md5(data).digest()),  # noqa: S324 - PDF's own field
        })
        encoded = stream if att.media_type in _STORED_TYPES else stream.flate_encode()
        file_ref = writer._add_object(encoded)
        spec = DictionaryObject({
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject(att.name),
            NameObject("/UF"): TextStringObject(att.name),
            NameObject("/Desc"): TextStringObject(att.description),
            NameObject("/AFRelationship"): NameObject("/" + att.relationship),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): file_ref, NameObject("/UF"): file_ref}),
        })
        specs.append((att.name, writer._add_object(spec)))
    specs.sort(key=lambda s: s[0].encode("utf-16-be"))
    root = writer._root_object
    names = root.get("/Names")
    if names is None:
        root[NameObject("/Names")] = DictionaryObject()
        names = root["/Names"]
    flat = ArrayObject()
    for name, ref in specs:
        flat.append(TextStringObject(name))
        flat.append(ref)
    names.get_object()[NameObject("/EmbeddedFiles")] = DictionaryObject({NameObject("/Names"): flat})
    root[NameObject("/AF")] = ArrayObject([ref for _name, ref in specs])
    return len(specs)


def _metadata(writer: PdfWriter, meta: Metadata, pdfa: bool) -> None:
    producer = f"{meta.creator} (Qt, pypdf)"
    writer.add_metadata({
        "/Title": meta.title,
        "/Author": meta.author,
        "/Subject": meta.subject,
        "/Keywords": meta.keywords,
        "/Creator": meta.creator,
        "/Producer": producer,
        "/CreationDate": _pdf_date(meta.created),
        "/ModDate": _pdf_date(meta.created),
    })
    doc_id = meta.identity.hex()
    uuid = f"uuid:{doc_id[:8]}-{doc_id[8:12]}-{doc_id[12:16]}-{doc_id[16:20]}-{doc_id[20:32]}"
    date = _xmp_date(meta.created)
    claim = (
        """  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
"""
        if pdfa
        else ""
    )

    def e(text: str) -> str:
        return escape(text, {'"': "&quot;"})

    xmp = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{e(meta.lang)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>{e(meta.creator)}</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{e(producer)}</pdf:Producer>
   <pdf:Keywords>{e(meta.keywords)}</pdf:Keywords>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
   <xmpMM:DocumentID>{uuid}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{uuid}</xmpMM:InstanceID>
  </rdf:Description>
{claim} </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    stream = DecodedStreamObject()
    stream.set_data(xmp.encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)
