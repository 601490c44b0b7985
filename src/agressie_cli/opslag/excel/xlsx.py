"""Een kleine, snelle schrijver voor het register als .xlsx (SpreadsheetML).

Waarom zelf: openpyxl maakt per cel een Python-object en doet bij 10.000 incidenten ruim 5 seconden over
het wegschrijven (bij 100.000 ruim 50 s en meer dan 1 GB geheugen). Het register heeft maar een handvol
opmaak nodig (kopregel, datums, vaste kopregel, filter, keuzelijsten, kolombreedtes); die schrijven we hier
rechtstreeks als XML, rij voor rij naar het zip-bestand, met weinig geheugen.

Tekst wordt altijd als tekst geschreven (inlineStr): een waarde die met '=' begint wordt nooit een formule.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from agressie_cli.domein.fouten import RegisterFout

_EPOCH = date(1899, 12, 30)
_MAART_1900 = date(1900, 3, 1)
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# Tekens die in XML 1.0 niet mogen (ook niet als &#..;). Excel bewaart ze als _xHHHH_ (bijvoorbeeld een verticale
# tab uit Word als _x000B_); calamine leest dat weer terug als het teken. Losse surrogaten kunnen niet eens als UTF-8.
_ONGELDIG_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# De stuurtekens als losse bytes: een blad dat een oudere versie van agressie met zo'n teken schreef, is geen geldige
# XML (calamine leest het wel); die rijen nemen we niet over, dan wordt alles opnieuw en goed geschreven. Per byte
# `in` (memchr) is vele malen sneller dan een regex over het hele blad: bij 10.000 incidenten een paar ms.
_STUURBYTES = tuple(bytes([b]) for b in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
# Bovengrens voor het uitgepakte blad dat we bij het bewaren overnemen. Een register van 100.000 incidenten is
# ongeveer 100 MB; een blad van honderden MB's is een zipbom of een beschadigd bestand. We lezen het dan niet
# (terwijl we het slot houden), maar weigeren meteen: de grootte staat in de inhoudsopgave van de zip.
MAX_BLAD_BYTES = 500 * 1024 * 1024  # één grens, ook voor het lezen (afmetingen.py)
# workbook.xml en styles.xml van agressie zijn een paar kB; groter komt niet van ons (dan alles opnieuw schrijven).
_MAX_KLEIN_DEEL = 1024 * 1024
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def escape(tekst: str, extra: dict[str, str] | None = None) -> str:
    """Zoals xml.sax.saxutils.escape, maar zonder die module: die laadt urllib, http en ssl (12 ms bij elke start)."""
    tekst = tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for teken, entiteit in (extra or {}).items():
        tekst = tekst.replace(teken, entiteit)
    return tekst


# Afdrukken (3.6): elk blad A4 liggend, passend op de breedte van één pagina en zo veel pagina's lang als nodig, met
# rij 1 (de koppen) op elke pagina en een paginanummer. Alle 65 kolommen van Incidenten op één breedte is 10%: een
# zwarte balk. Het afdrukbereik is daarom de eerste kolommen die samen op één liggende pagina leesbaar blijven (zo veel
# kolombreedte in tekens, ~55%); wie meer wil, wist het afdrukbereik in Excel (README).
TEKENS_OP_EEN_PAGINA = 250
_KOPTEKST = (
    "<headerFooter><oddHeader>&amp;L&amp;9Register agressie en geweld, vertrouwelijk&amp;R&amp;9&amp;A</oddHeader>"
    "<oddFooter>&amp;R&amp;9Pagina &amp;P van &amp;N</oddFooter></headerFooter>"
)


# Stijlindexen in styles.xml hieronder.
STIJL_KOP, STIJL_DATUM, STIJL_TIJD, STIJL_MOMENT = 1, 2, 3, 4


def afdrukkolommen(breedtes: Sequence[float]) -> int:
    """Hoeveel kolommen vooraan samen binnen TEKENS_OP_EEN_PAGINA passen (minstens één)."""
    samen, aantal = 0.0, 0
    for breedte in breedtes:
        samen += breedte
        if samen > TEKENS_OP_EEN_PAGINA:
            break
        aantal += 1
    return max(aantal, 1)


def kolomletter(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Blad:
    naam: str
    koppen: list[Any]  # tekst; op het blad Info ook de schemaversie (een getal)
    rijen: Iterable[Any]  # iterable van lijsten met waarden (str, int, float, date, time, datetime, None)
    breedtes: Sequence[float] = field(default_factory=list)
    keuzelijsten: dict[int, list[str]] = field(default_factory=dict)  # kolomindex (1-based) -> keuzes
    aantal_rijen: int = 0
    opgemaakt: bool = True  # kopregel, vaste kopregel en filter


_GEZIEN: dict[str, str] = {}


def _hex(teken: re.Match) -> str:
    return f"_x{ord(teken.group()):04X}_"


def _tekst(waarde: str) -> str:
    """XML-veilige tekst; veel waarden herhalen zich (status, kanaal, namen), dus onthouden we de uitkomst.

    Zoals Excel (OOXML, ST_Xstring): een teken dat XML niet toestaat wordt _xHHHH_, en tekst die zelf al op
    _xHHHH_ lijkt krijgt _x005F_ ervoor (het escapeteken voor '_'), zodat hij bij het lezen niet verandert."""
    uitkomst = _GEZIEN.get(waarde)
    if uitkomst is None:
        uitkomst = waarde
        if "_x" in uitkomst:
            uitkomst = _OOXML_ESCAPE.sub(r"_x005F_\1", uitkomst)
        # Eerst de letterlijke _x...._ hierboven, dan deze. isprintable() (snel, in C) is waar voor vrijwel elke
        # waarde en onwaar voor elk teken dat XML niet toestaat: alleen dan kost het de regex.
        if not uitkomst.isprintable() and _ONGELDIG_IN_XML.search(uitkomst) is not None:
            uitkomst = _ONGELDIG_IN_XML.sub(_hex, uitkomst)
        if "&" in uitkomst or "<" in uitkomst or ">" in uitkomst or "\r" in uitkomst:
            uitkomst = escape(uitkomst).replace("\r", "&#13;")
        if len(waarde) < 40 and len(_GEZIEN) < 100_000:  # korte, herhaalde waarden; geen unieke omschrijvingen
            _GEZIEN[waarde] = uitkomst
    return uitkomst


def serieel(dag: date) -> int:
    """Het dagnummer van Excel. Excel telt 29 februari 1900 mee (een fout uit Lotus 1-2-3), dus vóór
    1 maart 1900 is het nummer één lager; vóór 1900 bestaat er geen nummer (dan schrijven we tekst)."""
    dagen = (dag - _EPOCH).days
    return dagen - 1 if dag < _MAART_1900 else dagen


def als_tekst(dag: date) -> str:
    return f"{dag.day:02d}-{dag.month:02d}-{dag.year:04d}"


def _cel(ref: str, waarde) -> str:
    t = type(waarde)
    if t is str:
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_tekst(waarde)}</t></is></c>'
    if (t is date or t is datetime) and waarde.year < 1900:
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{als_tekst(waarde)}</t></is></c>'
    if t is date:
        return f'<c r="{ref}" s="{STIJL_DATUM}"><v>{serieel(waarde)}</v></c>'
    if t is datetime:
        dagen = serieel(waarde.date()) + (waarde.hour * 3600 + waarde.minute * 60 + waarde.second) / 86400
        return f'<c r="{ref}" s="{STIJL_MOMENT}"><v>{dagen!r}</v></c>'
    if t is time:
        return f'<c r="{ref}" s="{STIJL_TIJD}"><v>{(waarde.hour * 3600 + waarde.minute * 60 + waarde.second) / 86400!r}</v></c>'
    if t is bool:
        return f'<c r="{ref}" t="b"><v>{int(waarde)}</v></c>'
    if t in (int, float):
        return f'<c r="{ref}"><v>{waarde!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_tekst(str(waarde))}</t></is></c>'


class PatchFout(Exception):
    """Het bestaande blad heeft niet de vorm die agressie schrijft; dan wordt het hele werkboek geschreven."""


@dataclass
class Patch:
    """Een blad schrijven door het bestaande blad over te nemen en alleen enkele rijen te vervangen."""

    vervangen: dict[int, list]  # rij-index (0 = eerste rij onder de kop) -> nieuwe celwaarden
    oud_aantal: int  # aantal rijen onder de kop in het bestaande blad; Blad.rijen zijn de toegevoegde rijen


def _begin_xml(blad: Blad) -> str:
    breedte = max(len(blad.koppen), 1)
    laatste = kolomletter(breedte)
    delen = [
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}" xmlns:r="{NS_R}">',
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',  # afdrukken passend op de paginabreedte (_einde_xml)
        f'<dimension ref="A1:{laatste}{blad.aantal_rijen + 1}"/>',
    ]
    if blad.opgemaakt:
        delen.append(
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        )
    else:
        delen.append('<sheetViews><sheetView workbookViewId="0"/></sheetViews>')
    delen.append('<sheetFormatPr defaultRowHeight="15"/>')
    if blad.breedtes:
        delen.append(
            "<cols>"
            + "".join(f'<col min="{i}" max="{i}" width="{b}" customWidth="1"/>' for i, b in enumerate(blad.breedtes, 1))
            + "</cols>"
        )
    delen.append("<sheetData>")
    if blad.koppen:
        letters = _letters(blad)
        stijl = f' s="{STIJL_KOP}"' if blad.opgemaakt else ""
        delen.append(
            '<row r="1">'
            + "".join(
                f'<c r="{letters[i]}1"{stijl} t="inlineStr"><is><t xml:space="preserve">{_tekst(k)}</t></is></c>'
                if isinstance(k, str)
                else _cel(f"{letters[i]}1", k)
                for i, k in enumerate(blad.koppen)
                if k is not None and k != ""
            )
            + "</row>"
        )
    return "".join(delen)


def _letters(blad: Blad) -> list[str]:
    return [kolomletter(i) for i in range(1, max(len(blad.koppen), 1) + 1)]


def _rij_xml(letters: list[str], nummer: int, rij) -> str:
    r = str(nummer)
    cellen = "".join(
        _cel(letters[i] + r if i < len(letters) else kolomletter(i + 1) + r, w)
        for i, w in enumerate(rij)
        if w is not None and w != ""
    )
    return f'<row r="{r}">{cellen}</row>'


def _einde_xml(blad: Blad) -> str:
    delen = ["</sheetData>"]
    if blad.opgemaakt and blad.koppen:
        delen.append(f'<autoFilter ref="A1:{kolomletter(max(len(blad.koppen), 1))}{max(blad.aantal_rijen + 1, 2)}"/>')
    if blad.keuzelijsten:
        delen.append(f'<dataValidations count="{len(blad.keuzelijsten)}">')
        for kolom, keuzes in blad.keuzelijsten.items():
            letter = kolomletter(kolom)
            lijst = escape(",".join(keuzes), {'"': "&quot;"})
            delen.append(
                f'<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="{letter}2:{letter}1048576">'
                f'<formula1>"{lijst}"</formula1></dataValidation>'
            )
        delen.append("</dataValidations>")
    delen.append(
        '<printOptions gridLines="1"/>'
        '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown" '
        f'fitToWidth="1" fitToHeight="0"/>{_KOPTEKST}</worksheet>'
    )
    return "".join(delen)


def _blad_xml(schrijf, blad: Blad, patch: Patch | None = None, oude_rijen=None) -> None:
    schrijf(_begin_xml(blad))
    letters = _letters(blad)
    nummer = 1
    stukken: list[str] = []
    if patch is not None:
        nummer = _schrijf_oude_rijen(schrijf, letters, patch, oude_rijen)
    for rij in blad.rijen:
        nummer += 1
        stukken.append(_rij_xml(letters, nummer, rij))
        if len(stukken) >= 500:
            schrijf("".join(stukken))
            stukken.clear()
    schrijf("".join(stukken))
    schrijf(_einde_xml(blad))


def _schrijf_oude_rijen(schrijf, letters: list[str], patch: Patch, oude_rijen) -> int:
    """Neemt de rijen van het bestaande blad over (als bytes, per blok), behalve de vervangen rijen. Elke rij
    moet precies het volgende rijnummer hebben; anders PatchFout."""
    nummer = 0  # rijnummer van de laatst overgenomen rij; de kopregel is rij 1
    for blok in oude_rijen:
        eerste = nummer + 1
        if not all(rij.startswith(b'<row r="%d"' % n) for n, rij in enumerate(blok, eerste)):
            raise PatchFout(f"rijnummers vanaf {eerste}")
        nummer += len(blok)
        if nummer > patch.oud_aantal + 1:
            raise PatchFout("meer rijen dan verwacht")
        if eerste == 1:
            blok = blok[1:]  # de kopregel schrijft _begin_xml
            eerste = 2
        for index in [i for i in patch.vervangen if eerste - 2 <= i < nummer - 1]:
            blok[index - (eerste - 2)] = _rij_xml(letters, index + 2, patch.vervangen[index]).encode("utf-8")[:-6]
        if blok:
            inhoud = b"</row>".join(blok) + b"</row>"
            if any(b in inhoud for b in _STUURBYTES):
                raise PatchFout("teken dat XML niet toestaat")
            schrijf(inhoud)
    if nummer != patch.oud_aantal + 1:
        raise PatchFout("minder rijen dan verwacht")
    return nummer


def _te_groot(blad: str) -> RegisterFout:
    return RegisterFout(
        f"Het register is beschadigd: het blad '{blad}' is uitgepakt groter dan {MAX_BLAD_BYTES // (1024 * 1024)} MB "
        "(een register van agressie is veel kleiner). Er is niets gewijzigd. "
        "Zet een reservekopie terug met: agressie herstel"
    )


def _rijen_uit_blad(bron: zipfile.ZipFile, naam: str, blad: str = ""):
    """De <row>-elementen van een blad dat agressie schreef, per blok als lijst van bytearrays zonder '</row>',
    zonder het hele blad in het geheugen. Tekst in cellen is ge-escaped, dus '</row>' is altijd het einde
    van een rij. Lineair in de grootte van het blad: elk byte wordt één keer doorzocht en gesplitst, ook als
    er lang geen '</row>' komt. Een blad groter dan MAX_BLAD_BYTES: RegisterFout, zonder het te lezen."""
    if bron.getinfo(naam).file_size > MAX_BLAD_BYTES:
        raise _te_groot(blad or naam)
    begin_tag, eind_tag = b"<sheetData>", b"</row>"
    with bron.open(naam) as invoer:
        rest = bytearray()  # nog niet afgehandeld: het begin van een rij (of het stuk vóór <sheetData>)
        gelezen = 0
        begonnen = False
        while True:
            stuk = invoer.read(1 << 20)
            gelezen += len(stuk)
            if gelezen > MAX_BLAD_BYTES:  # de zip kan over de grootte liegen
                raise _te_groot(blad or naam)
            vanaf = max(len(rest) - len(eind_tag) + 1, 0)  # wat eerder al doorzocht is, niet nog eens
            rest += stuk
            if not begonnen:
                begin = rest.find(begin_tag)  # rest is hier hooguit één stuk plus een paar bytes
                if begin < 0:
                    if not stuk:
                        raise PatchFout("geen sheetData")
                    rest = rest[-(len(begin_tag) - 1) :]
                    continue
                rest = rest[begin + len(begin_tag) :]
                begonnen = True
                vanaf = 0
            if rest.rfind(eind_tag, vanaf) >= 0:  # alleen splitsen als er een rij af is: elk byte één keer
                delen = rest.split(eind_tag)
                rest = delen.pop()  # een nieuw object, geen `del rest[:..]` (dan groeit een bytearray traag)
                yield delen
            if rest.startswith(b"</sheetData>"):
                return
            if not stuk:
                raise PatchFout("geen einde van sheetData")


_STIJLEN = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{NS}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/><numFmt numFmtId="165" formatCode="hh:mm"/><numFmt numFmtId="166" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


class _Schrijver:
    """Verzamelt tot ongeveer 1 MB voor het naar de zip gaat: minder aanroepen van de compressie, weinig geheugen."""

    def __init__(self, uit):
        self.uit = uit
        self.buffer: list[bytes] = []
        self.grootte = 0

    def schrijf(self, tekst: str | bytes) -> None:
        stuk = tekst.encode("utf-8") if tekst.__class__ is str else tekst
        self.buffer.append(stuk)  # type: ignore[arg-type]  # __class__ is str: sneller dan isinstance
        self.grootte += len(stuk)
        if self.grootte > 1 << 20:
            self.leeg()

    def leeg(self) -> None:
        self.uit.write(b"".join(self.buffer))
        self.buffer.clear()
        self.grootte = 0


def schrijf_werkboek(doel, bladen: list[Blad], bron=None, patches: dict[str, Patch] | None = None) -> None:
    """Schrijft de bladen naar `doel` (pad of bestand). Rijen worden gestreamd; bladen met opmaak krijgen
    een vaste kopregel, een filter en keuzelijsten.

    Met `bron` (een .xlsx die agressie eerder schreef, met dezelfde bladen in dezelfde volgorde) en `patches`
    worden die bladen uit de bron overgenomen en alleen de gewijzigde rijen opnieuw gemaakt: bij een groot
    register veel sneller dan alles opnieuw. Klopt de bron niet, dan PatchFout (en is `doel` onbruikbaar)."""
    patches = patches or {}
    bronzip = zipfile.ZipFile(bron) if patches else None
    try:
        if bronzip is not None:
            if any(bronzip.getinfo(deel).file_size > _MAX_KLEIN_DEEL for deel in ("xl/workbook.xml", "xl/styles.xml")):
                raise PatchFout("te groot")
            werkboek = bronzip.read("xl/workbook.xml").decode("utf-8")
            oude_namen = re.findall(r'<sheet name="([^"]*)"', werkboek)
            if oude_namen != [escape(b.naam, {'"': "&quot;"}) for b in bladen]:
                raise PatchFout("andere bladen")
            # Overgenomen rijen verwijzen naar stijlen (s="..") en mogen niet naar gedeelde teksten verwijzen:
            # alleen een bron met precies onze stijlen en zonder sharedStrings.xml komt in aanmerking.
            if (
                bronzip.read("xl/styles.xml").decode("utf-8") != _STIJLEN
                or "xl/sharedStrings.xml" in bronzip.namelist()
            ):
                raise PatchFout("andere opmaak")
        _schrijf_zip(doel, bladen, bronzip, patches)
    finally:
        if bronzip is not None:
            bronzip.close()


def _schrijf_zip(doel, bladen: list[Blad], bronzip, patches: dict[str, Patch]) -> None:
    with zipfile.ZipFile(doel, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        namen = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(bladen) + 1)
        )
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            f"{namen}</Types>",
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            "</Relationships>",
        )
        zf.writestr(
            "docProps/core.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>agressie</dc:creator><dc:title>Register agressie en geweld</dc:title></cp:coreProperties>',
        )
        zf.writestr(
            "docProps/app.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>agressie</Application></Properties>',
        )
        bladen_xml = "".join(
            f'<sheet name="{escape(b.naam, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
            for i, b in enumerate(bladen, 1)
        )
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">\'{b.naam}\'!$A$1:${kolomletter(len(b.koppen))}${max(b.aantal_rijen + 1, 2)}</definedName>'
            for i, b in enumerate(bladen)
            if b.opgemaakt and b.koppen
        )
        # Afdrukken (3.6): de koppen (rij 1) op elke pagina, en de eerste kolommen die leesbaar op één breedte passen.
        filters += "".join(
            f'<definedName name="_xlnm.Print_Area" localSheetId="{i}">\'{b.naam}\'!$A$1:${kolomletter(afdrukkolommen(b.breedtes))}${max(b.aantal_rijen + 1, 2)}</definedName>'
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">\'{b.naam}\'!$1:$1</definedName>'
            for i, b in enumerate(bladen)
            if b.opgemaakt and b.koppen
        )
        zf.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{NS}" xmlns:r="{NS_R}">'
            f"<bookViews><workbookView/></bookViews><sheets>{bladen_xml}</sheets>"
            + (f"<definedNames>{filters}</definedNames>" if filters else "")
            + "</workbook>",
        )
        relaties = "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(bladen) + 1)
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{relaties}<Relationship Id="rId{len(bladen) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        )
        zf.writestr("xl/styles.xml", _STIJLEN)
        for i, blad in enumerate(bladen, 1):
            with zf.open(f"xl/worksheets/sheet{i}.xml", "w") as uit:
                schrijver = _Schrijver(uit)
                patch = patches.get(blad.naam)
                oude_rijen = (
                    _rijen_uit_blad(bronzip, f"xl/worksheets/sheet{i}.xml", blad.naam) if patch is not None else None
                )
                _blad_xml(schrijver.schrijf, blad, patch, oude_rijen)
                schrijver.leeg()
