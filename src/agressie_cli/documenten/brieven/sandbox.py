"""De sandbox waarin een sjabloon gevuld wordt, met een grens aan tijd en grootte (3.3).

Een eigen sjabloon is invoer, geen code: het mag niet bij Python-internals (dat doet jinja2's SandboxedEnvironment),
en het mag ook niet eindeloos doorgaan (geneste lussen) of enorme tekst maken (`{{ 'A' * 300000000 }}`). Dat bewaken
we binnen de sandbox zelf, zonder signal.alarm of resource (die bestaan op Windows niet): elke herhaling van een lus,
elke aanroep, elk filter, elke bewerking (`*`, `**`, `+`, `%`, `~`) en elk stuk uitvoer kijkt of de tijd om is en of
de tekst niet te groot wordt. Wat over de grens gaat, wordt een `Grensoverschrijding`; sjablonen.py maakt daar een
Nederlandse melding van met de naam van het sjabloon en de grens.

Jinja2 wordt alleen hier (en pas als een brief gevuld wordt) geladen: zie 'Snel opstarten' in CONTRIBUTING.md."""

from __future__ import annotations

import functools
import math
import re
import time
from typing import Any, TypeGuard

from jinja2 import nodes, pass_context
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.runtime import Macro
from jinja2.sandbox import SandboxedEnvironment

from agressie_cli.domein.instellingen import Sjabloongrenzen

# Zo vaak mag een lus in één brief herhalen (alle lussen samen). Een brief heeft er hoogstens een paar honderd
# (bijlagen, afspraken, aanwezigen); een miljoen is een lus die niet bedoeld is.
MAX_HERHALINGEN = 1_000_000
# Zo diep mogen aanroepen (macro's) in elkaar zitten: een macro die zichzelf aanroept, stopt hier en niet pas als
# Python zijn stapel vol heeft (RecursionError).
MAX_DIEPTE = 50
# Een getal mag niet meer bits krijgen dan dit (`9 ** 9 ** 9` zou minuten rekenen en gigabytes kosten).
MAX_BITS = 100_000

# De filters van jinja2 waarvan een getal als argument een breedte of aantal is (geen waarde om te tonen).
_BREEDTEFILTERS = frozenset({"center", "indent", "truncate", "wordwrap", "batch", "slice", "urlize"})
_HERHAAL = "agressie_herhaling"  # het filter om elke lus heen (zie _Generator)
_CIJFERS = re.compile(r"\d+")
_FORMAT = re.compile(r"\{[^{}]*:((?:[^{}]|\{[^{}]*\})*)\}")  # de opmaak na ':' in '{0:>20}', ook '{:{}}'
_PROCENT = re.compile(r"%(?:\([^)]*\))?([-#0 +]*[\d*]*(?:\.[\d*]+)?)[a-zA-Z%]")  # '%-20.5s', '%*d'


class Grensoverschrijding(Exception):
    """Het vullen ging over een grens: `wat` is "tijd", "grootte", "herhalingen" of "diepte"."""

    def __init__(self, wat: str):
        super().__init__(wat)
        self.wat = wat


class Bewaking:
    """De tijd en de grootte van één keer vullen (alle delen van één document samen: tekst, kop- en voetteksten)."""

    def __init__(self, grenzen: Sjabloongrenzen):
        self.grenzen = grenzen
        self.tekens = grenzen.tekens
        self.einde = time.monotonic() + grenzen.seconden
        self.uitvoer = 0
        self.herhalingen = 0
        self.diepte = 0

    def tijd(self) -> None:
        if time.monotonic() > self.einde:
            raise Grensoverschrijding("tijd")

    def grootte(self, waarde: object) -> object:
        """Een tussenresultaat (tekst, lijst) mag niet groter zijn dan de grens; een getal niet te veel bits."""
        self.tijd()
        if isinstance(waarde, (str, bytes)):
            if len(waarde) > self.tekens:
                raise Grensoverschrijding("grootte")
        elif isinstance(waarde, (list, tuple, dict, set, frozenset)):
            if len(waarde) * 8 > self.tekens:
                raise Grensoverschrijding("grootte")
        elif isinstance(waarde, int) and not isinstance(waarde, bool) and waarde.bit_length() > MAX_BITS:
            raise Grensoverschrijding("grootte")
        return waarde

    def uit(self, tekst: Any) -> Any:
        """Een stuk uitvoer (ook in een macro of een {% set %}-blok): alles samen binnen de grens."""
        self.tijd()
        self.uitvoer += len(tekst)
        if self.uitvoer > self.tekens:
            raise Grensoverschrijding("grootte")
        return tekst

    def herhaal(self, reeks: Any):
        for element in reeks:
            self.herhalingen += 1
            if self.herhalingen > MAX_HERHALINGEN:
                raise Grensoverschrijding("herhalingen")
            self.tijd()
            yield element

    def getallen(self, *waarden: object) -> None:
        """Een getal als argument van een filter of een tekstmethode (een breedte, een aantal) mag niet groter zijn
        dan de grens: 'A'|center(10 ** 9) zou eerst de enorme tekst maken en pas daarna gecontroleerd worden."""
        for waarde in waarden:
            if isinstance(waarde, int) and not isinstance(waarde, bool) and abs(waarde) > self.tekens:
                raise Grensoverschrijding("grootte")

    def opmaak(self, tekst: str, procent: bool, *args: object) -> None:
        """Een breedte in een opmaak ('{:>999999999}'.format(1), '%999999999d' % 1) mag niet groter zijn dan de grens;
        een breedte uit de argumenten ('{:{}}', '%*d') ook niet. Alleen de opmaak zelf telt: een telefoonnummer of
        rekeningnummer in de argumenten is geen breedte."""
        specs = _PROCENT.findall(tekst) if procent else _FORMAT.findall(tekst)
        for spec in specs:
            if any(int(g) > self.tekens for g in _CIJFERS.findall(spec)):
                raise Grensoverschrijding("grootte")
        if any(("*" if procent else "{") in spec for spec in specs):
            self.getallen(*args)

    def vooraf(self, operatie: str, links: object, rechts: object) -> None:
        """Schat de grootte van een bewerking vóór hij gedaan wordt."""
        self.tijd()
        reeks = (str, bytes, list, tuple)
        if operatie == "*":
            for a, b in ((links, rechts), (rechts, links)):
                if isinstance(a, reeks) and isinstance(b, int) and not isinstance(b, bool):
                    self.grootte(a)
                    if len(a) * max(b, 0) * (1 if isinstance(a, (str, bytes)) else 8) > self.tekens:
                        raise Grensoverschrijding("grootte")
            if _geheel(links) and _geheel(rechts) and links.bit_length() + rechts.bit_length() > MAX_BITS:
                raise Grensoverschrijding("grootte")
        elif operatie == "**" and _geheel(links) and _geheel(rechts) and abs(links) > 1 and rechts > 0:
            if rechts * math.log2(abs(links)) > MAX_BITS:
                raise Grensoverschrijding("grootte")
        elif operatie == "+" and isinstance(links, reeks) and isinstance(rechts, reeks):
            self.grootte(links)
            self.grootte(rechts)
        elif operatie == "%" and isinstance(links, str):
            self.opmaak(links, True, *(rechts if isinstance(rechts, tuple) else (rechts,)))


def _geheel(waarde: object) -> TypeGuard[int]:
    return isinstance(waarde, int) and not isinstance(waarde, bool)


class _Generator(CodeGenerator):
    """Schrijft de Python-code van een sjabloon met de bewaking erin: om elke lus het filter dat herhalingen telt
    en de tijd nakijkt, om elke `~` en elk stuk uitvoer de controle op de grootte."""

    def visit_Template(self, node, frame=None):
        for lus in node.find_all(nodes.For):
            lus.iter = nodes.Filter(lus.iter, _HERHAAL, [], [], None, None, lineno=lus.iter.lineno)
        super().visit_Template(node, frame)

    def visit_Concat(self, node, frame):
        self.write("environment.bewaking.grootte(")
        super().visit_Concat(node, frame)
        self.write(")")

    def _output_const_repr(self, group):
        return f"environment.bewaking.uit({super()._output_const_repr(group)})"

    def _output_child_pre(self, node, frame, finalize):
        self.write("environment.bewaking.uit(")
        super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node, frame, finalize):
        super()._output_child_post(node, frame, finalize)
        self.write(")")


@pass_context
def _herhaling(context, reeks):
    return context.environment.bewaking.herhaal(reeks)


def _bewaakt_filter(naam: str, filter_):
    """Een filter van jinja2 met de bewaking: de getallen vooraf ('A'|center(10 ** 9)), de uitkomst achteraf. Altijd
    met de context (pass_context), zodat jinja2 het niet al bij het compileren uitrekent, buiten de bewaking om."""
    soort = getattr(getattr(filter_, "jinja_pass_arg", None), "name", None)

    @pass_context
    @functools.wraps(filter_)
    def bewaakt(context, waarde, *args, **kwargs):
        bewaking = context.environment.bewaking
        bewaking.tijd()
        if naam in _BREEDTEFILTERS:
            bewaking.getallen(*args, *kwargs.values())
        if naam == "format" and isinstance(waarde, str):  # 'x'|format(...) is 'x' % (...)
            bewaking.opmaak(waarde, True, *args)
        if naam == "replace" and isinstance(waarde, str) and len(args) >= 2:
            _vervang_vooraf(bewaking, waarde, args[0], args[1])
        if soort == "context":
            uitkomst = filter_(context, waarde, *args, **kwargs)
        elif soort == "eval_context":
            uitkomst = filter_(context.eval_ctx, waarde, *args, **kwargs)
        elif soort == "environment":
            uitkomst = filter_(context.environment, waarde, *args, **kwargs)
        else:
            uitkomst = filter_(waarde, *args, **kwargs)
        return bewaking.grootte(uitkomst)

    return bewaakt


def _vervang_vooraf(bewaking: Bewaking, tekst: str, oud: object, nieuw: object) -> None:
    if isinstance(oud, str) and isinstance(nieuw, str):
        keer = len(tekst) + 1 if not oud else tekst.count(oud)
        if len(tekst) + keer * max(0, len(nieuw) - len(oud)) > bewaking.tekens:
            raise Grensoverschrijding("grootte")


class BegrensdeOmgeving(SandboxedEnvironment):
    """De sandbox van jinja2 met een grens aan tijd, grootte, herhalingen en diepte. Eén omgeving per keer vullen:
    de klok loopt vanaf het maken van de omgeving."""

    code_generator_class = _Generator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, grenzen: Sjabloongrenzen | None = None, **opties: Any):
        super().__init__(**opties)
        self.bewaking = Bewaking(grenzen or Sjabloongrenzen())
        self.globals.pop("lipsum", None)  # n alinea's blindtekst: geen brief heeft ze nodig
        self.filters = {naam: _bewaakt_filter(naam, f) for naam, f in self.filters.items()}
        self.filters[_HERHAAL] = _herhaling

    def call_binop(self, context, operatie: str, links: Any, rechts: Any) -> Any:
        self.bewaking.vooraf(operatie, links, rechts)
        return self.bewaking.grootte(self.binop_table[operatie](links, rechts))

    def unsafe_undefined(self, obj: Any, attribute: str):
        """Meteen weigeren in plaats van een Undefined die pas faalt als hij gebruikt wordt: een proefvulling met
        lege waarden (ChainableUndefined) zou zo'n Undefined anders stil als lege tekst tonen (3.3 punt 9: een
        format-string als '{0.__class__}'.format(x) of een |attr-keten kwam zo door `sjablonen controleer`)."""
        raise SecurityError(f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe.")

    def wrap_str_format(self, value: Any):
        omhulsel = super().wrap_str_format(value)
        if omhulsel is None:
            return None
        bewaking = self.bewaking

        @functools.wraps(omhulsel)
        def bewaakt(*args: Any, **kwargs: Any) -> str:
            bewaking.opmaak(value.__self__, False, *args, *kwargs.values())
            return bewaking.grootte(omhulsel(*args, **kwargs))  # type: ignore[return-value]

        return bewaakt

    def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:
        bewaking = __self.bewaking
        bewaking.tijd()
        if isinstance(getattr(__obj, "__self__", None), str):  # een tekstmethode: 'A'.center(10 ** 9), .replace()
            bewaking.getallen(*args, *kwargs.values())
            if getattr(__obj, "__name__", None) == "replace":
                _vervang_vooraf(bewaking, __obj.__self__, *[*args, None, None][:2])
        bewaking.diepte += 1
        try:
            if bewaking.diepte > MAX_DIEPTE and isinstance(__obj, Macro):
                raise Grensoverschrijding("diepte")
            return bewaking.grootte(super().call(__context, __obj, *args, **kwargs))
        finally:
            bewaking.diepte -= 1
