"""The fictional invoices, quotes and PEC behind the samples, and their ground truth."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from . import ids
from .fmt import fmt_amount, fmt_date, fmt_id, fmt_nir, iso_amount

D = Decimal
CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def money(value: float | str | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Person:
    last: str  # as printed, upper case
    first: str
    birth: date
    sex: int  # 1 man, 2 woman

    @property
    def civility(self) -> str:
        return "M." if self.sex == 1 else "Mme"

    @property
    def truth_name(self) -> str:
        return f"{self.last} {self.first}"


@dataclass
class Party:
    """Whoever invoices: a practitioner or an establishment."""

    name: str
    title: str  # profession / kind of establishment
    id_kind: str  # rpps / adeli / finess
    id_value: str
    street: str
    postcode: str
    city: str
    phone: str
    email: str
    siret: str
    iban: str
    am_number: str | None = None
    fax: str | None = None
    staff: str | None = None  # a named practitioner of an establishment, printed without an id


@dataclass
class Prescriber:
    name: str
    specialty: str
    rpps: str


@dataclass
class Line:
    code: str
    label: str
    amount: Decimal
    base: Decimal
    amo: Decimal
    amc: Decimal
    day: date | None = None
    qty: int = 1
    classe: str | None = None
    coef: str | None = None

    @property
    def rac(self) -> Decimal:
        return self.amount - self.amo - self.amc

    @property
    def unit(self) -> Decimal:
        return money(self.amount / self.qty)


def act(
    code: str,
    label: str,
    amount: float | str,
    base: float | str | None = None,
    rate: float = 0.6,
    *,
    tm_cover: float = 1.0,
    dep_cover: float = 0.0,
    day: date | None = None,
    qty: int = 1,
    classe: str | None = None,
    coef: str | None = None,
) -> Line:
    """One billed line: AMO pays rate x base, AMC a share of the ticket modérateur and of the excess."""
    amount_d = money(amount)
    base_d = amount_d if base is None else money(base)
    amo = money(base_d * D(str(rate)))
    amc = money((base_d - amo) * D(str(tm_cover))) + money((amount_d - base_d) * D(str(dep_cover)))
    return Line(code, label, amount_d, base_d, amo, amc, day, qty, classe, coef)


# Label pools: the product must read all of these; each document picks one per field.
LABELS: dict[str, tuple[str, ...]] = {
    "rpps": ("N° RPPS", "RPPS", "Identifiant RPPS", "RPPS n°", "Numéro RPPS", "N° RPPS du praticien"),
    "adeli": ("N° ADELI", "ADELI", "Numéro ADELI", "N° Adeli", "Identifiant ADELI"),
    "finess": ("N° FINESS", "FINESS", "N° FINESS établissement", "Numéro FINESS", "FINESS géographique"),
    "nir": (
        "N° de sécurité sociale",
        "NIR",
        "N° d'immatriculation",
        "N° SS",
        "Numéro de Sécurité Sociale",
        "N° INSEE",
        "Immatriculation de l'assuré",
        "N° d'assuré social",
    ),
    "patient": ("Patient", "Nom du patient", "Bénéficiaire des soins", "Bénéficiaire", "Personne soignée"),
    "insured": ("Assuré", "Assuré(e)", "Ouvrant droit", "Nom de l'assuré"),
    "birth": ("Né(e) le", "Date de naissance", "Date de naiss.", "DDN", "Naissance"),
    "invoice_number": (
        "Facture n°",
        "N° facture",
        "Réf. facture",
        "Numéro de facture",
        "Facture N°",
        "Référence",
    ),
    "quote_number": ("Devis n°", "N° de devis", "Réf. devis", "Numéro du devis"),
    "pec_number": ("N° de demande", "Réf. dossier", "Demande n°"),
    "invoice_date": (
        "Date de facturation",
        "Émise le",
        "Date de la facture",
        "Date d'émission",
        "Facturée le",
    ),
    "quote_date": ("Date du devis", "Établi le", "Devis établi le"),
    "care_date": ("Date des soins", "Date de l'acte", "Soins du", "Date de consultation", "Date d'exécution"),
    "total": ("Total", "Montant total", "Total honoraires", "Total TTC", "Total facturé", "Total général"),
    "amo": (
        "Part AMO",
        "Part Sécu",
        "Remboursement Sécurité sociale",
        "PC Sécu",
        "Part obligatoire",
        "Part Assurance Maladie",
        "Part RO",
    ),
    "amc": ("Part AMC", "Part mutuelle", "PC Mutuelle", "Part complémentaire", "Part RC", "Montant AMC"),
    "patient_amount": (
        "RAC",
        "Reste à charge",
        "À régler par le patient",
        "Part assuré",
        "Reste à payer",
        "Part patient",
    ),
    "amc_number": (
        "N° AMC",
        "Organisme complémentaire n°",
        "Mutuelle n°",
        "Code organisme complémentaire",
        "N° organisme AMC",
    ),
    "prescriber": ("Prescripteur", "Médecin prescripteur", "Prescripteur"),
    "prescription_date": ("Date de prescription", "Ordonnance du", "Prescription du"),
    "member": ("N° adhérent", "N° d'adhérent", "Adhérent n°"),
}


@dataclass
class Doc:
    key: str
    profession: str
    layout: str
    kind: str  # invoice / quote / pec
    party: Party
    patient: Person
    nir: str
    number: str
    lines: list[Line]
    issue_date: date | None
    care_date: date | None
    amount_style: str
    date_style: str
    font: str = "dejavu"
    insured: Person | None = None  # the parent for a child (ayant droit)
    amc_number: str | None = None
    amc_name: str = ""
    member_number: str | None = None
    care_end: date | None = None
    prescriber: Prescriber | None = None
    prescription_date: date | None = None
    forfait: Decimal = ZERO  # participation forfaitaire, deducted from the AMO share
    labels: dict[str, str] = field(default_factory=dict)
    omit: set[str] = field(default_factory=set)  # fields deliberately not printed
    nir_style: str = "spaced"
    id_style: str = "compact"
    renderings: tuple[str, ...] = ("text", "scan", "fax-fine")
    photo_orientation: int = 1
    accent: tuple[float, float, float] = (0.15, 0.3, 0.55)
    title: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    # -- amounts ---------------------------------------------------------------------------
    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), D("0.00"))

    @property
    def amo(self) -> Decimal:
        return sum((line.amo for line in self.lines), D("0.00")) - self.forfait

    @property
    def amc(self) -> Decimal:
        return sum((line.amc for line in self.lines), D("0.00"))

    @property
    def rac(self) -> Decimal:
        return self.total - self.amo - self.amc

    # -- printing helpers --------------------------------------------------------------------
    def amt(self, value: Decimal) -> str:
        return fmt_amount(value, self.amount_style)

    def bare(self, value: Decimal) -> str:
        return fmt_amount(value, "bare")

    def dt(self, value: date) -> str:
        return fmt_date(value, self.date_style)

    def lab(self, key: str) -> str:
        if key in self.labels:
            return self.labels[key]
        if key == "number":
            key = {"invoice": "invoice_number", "quote": "quote_number", "pec": "pec_number"}[self.kind]
        if key == "date":
            key = "quote_date" if self.kind in ("quote", "pec") else "invoice_date"
        if key in self.labels:
            return self.labels[key]
        return LABELS[key][0]

    @property
    def pid_label(self) -> str:
        return self.lab(self.party.id_kind)

    @property
    def pid_text(self) -> str:
        return fmt_id(self.party.id_value, self.id_style)

    @property
    def nir_text(self) -> str:
        return fmt_nir(self.nir, self.nir_style)

    def shows(self, name: str) -> bool:
        return name not in self.omit

    # -- ground truth ---------------------------------------------------------------------------
    def truth(self) -> dict[str, str]:
        """The normalised fields printed on the document (FIELD_NAMES order)."""
        values: dict[str, str | None] = {
            "rpps": self.party.id_value if self.party.id_kind == "rpps" else None,
            "adeli": self.party.id_value if self.party.id_kind == "adeli" else None,
            "finess": self.party.id_value if self.party.id_kind == "finess" else None,
            "nir": self.nir,
            "patient_name": self.patient.truth_name,
            "patient_birth_date": self.patient.birth.isoformat(),
            "invoice_number": self.number,
            "invoice_date": self.issue_date.isoformat() if self.issue_date else None,
            "care_date": self.care_date.isoformat() if self.care_date and self.kind == "invoice" else None,
            "total_amount": iso_amount(self.total),
            "amo_amount": iso_amount(self.amo),
            "amc_amount": iso_amount(self.amc),
            "patient_amount": iso_amount(self.rac),
            "amc_number": self.amc_number,
        }
        return {k: v for k, v in values.items() if v is not None and k not in self.omit}

    def raw(self) -> dict[str, str]:
        """How the ground-truth values are printed (for the text-layer self check)."""
        truth = self.truth()
        printed = {
            "rpps": self.pid_text,
            "adeli": self.pid_text,
            "finess": self.pid_text,
            "nir": self.nir_text,
            "patient_name": self.patient.last,
            "patient_birth_date": self.dt(self.patient.birth),
            "invoice_number": self.number,
            "invoice_date": self.dt(self.issue_date) if self.issue_date else "",
            "care_date": self.dt(self.care_date) if self.care_date else "",
            "total_amount": self.amt(self.total),
            "amo_amount": self.amt(self.amo),
            "amc_amount": self.amt(self.amc),
            "patient_amount": self.amt(self.rac),
            "amc_number": self.amc_number or "",
        }
        return {k: printed[k] for k in truth}

    def check(self) -> None:
        assert self.total == self.amo + self.amc + self.rac
        assert self.rac >= 0, (self.key, self.rac)
        assert ids.is_valid_nir(self.nir), self.nir
        if self.kind != "invoice":
            assert "care_date" not in self.truth()


# -- people -------------------------------------------------------------------------------------


def _person(last: str, first: str, birth: str, sex: int) -> Person:
    return Person(last, first, date.fromisoformat(birth), sex)


def _party(
    rng: random.Random,
    name: str,
    title: str,
    id_kind: str,
    dept: str,
    prof_code: str,
    street: str,
    postcode: str,
    city: str,
    phone_prefix: str,
    email: str,
    am_category: str | None = None,
    staff: str | None = None,
) -> Party:
    if id_kind == "rpps":
        value = ids.rpps(rng)
    elif id_kind == "adeli":
        value = ids.adeli(rng, dept, prof_code)
    else:
        value = ids.finess(rng, dept)
    return Party(
        name=name,
        title=title,
        id_kind=id_kind,
        id_value=value,
        street=street,
        postcode=postcode,
        city=city,
        phone=ids.phone(rng, phone_prefix),
        email=email,
        siret=ids.siret(rng),
        iban=ids.french_iban(rng),
        am_number=ids.am_number(rng, dept, am_category) if am_category else None,
        fax=ids.phone(rng, phone_prefix) if rng.random() < 0.5 else None,
        staff=staff,
    )


def _prescriber(rng: random.Random, name: str, specialty: str) -> Prescriber:
    return Prescriber(name, specialty, ids.rpps(rng))


def _days(start: date, count: int, step: int) -> list[date]:
    return [start + timedelta(days=step * i) for i in range(count)]


# -- the documents -----------------------------------------------------------------------------


def build_docs(seed: int) -> list[Doc]:
    """All documents, deterministic for a seed."""
    rng = random.Random(seed)  # noqa: S311 - reproducible samples, not secrets
    docs = [
        _med01(rng),
        _med02(rng),
        _dent01(rng),
        _dent02(rng),
        _opt01(rng),
        _opt02(rng),
        _audio01(rng),
        _pharm01(rng),
        _kine01(rng),
        *_inf(rng),
        _lab01(rng),
        _cds01(rng),
        _med03(rng),
        _pec01(rng),
        _med04(rng),
        _cds02(rng),
    ]
    for doc in docs:
        doc.check()
    return docs


def _med01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Dr Jean-Marc MARTIN",
        "Médecin généraliste - Secteur 1",
        "rpps",
        "75",
        "1",
        "12 rue de la Roquette",
        "75011",
        "PARIS",
        "01",
        "cabinet.martin@medecin-paris11.fr",
        "1",
    )
    patient = _person("DUPONT-MORETTI", "Marie-Hélène", "1968-03-14", 2)
    day = date(2025, 9, 15)
    return Doc(
        key="medecin-01",
        profession="médecin",
        layout="table-classic",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 2, patient.birth, "75056"),
        number="FA-2025-00912",
        lines=[act("G", "Consultation de médecine générale", 30, rate=0.7, day=day)],
        issue_date=day + timedelta(days=2),
        care_date=day,
        amount_style="sp",
        date_style="slash",
        font="helv",
        amc_number="75312894",
        amc_name="Mutuelle Générale de l'Est",
        forfait=D("2.00"),
        labels={
            "rpps": "N° RPPS",
            "nir": "N° de sécurité sociale",
            "invoice_number": "Facture n°",
            "care_date": "Date des soins",
            "invoice_date": "Date de facturation",
            "total": "Total",
            "amo": "Part AMO",
            "amc": "Part AMC",
            "patient_amount": "Reste à charge",
            "amc_number": "N° AMC",
        },
        renderings=("text", "scan", "photo", "fax-fine", "fax-normal"),
        title="FACTURE",
        member_number="A" + str(rng.randint(1000000, 9999999)),
    )


def _med02(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Dr Sophie AUBERT-LAMBERT",
        "Cardiologue - Secteur 2 (OPTAM)",
        "rpps",
        "69",
        "1",
        "48 cours Lafayette",
        "69003",
        "LYON",
        "04",
        "secretariat@cardio-lafayette.fr",
        "1",
    )
    patient = _person("LEFÈVRE", "Loïc", "1957-11-02", 1)
    day = date(2025, 9, 22)
    return Doc(
        key="medecin-02",
        profession="médecin",
        layout="kv-list",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 1, patient.birth, "2A004"),
        number="2025-0922-07",
        lines=[
            act("APC", "Avis ponctuel de consultant", 56.50, rate=0.7, day=day),
            act("DEQP003", "Électrocardiogramme", 14.52, rate=0.7, day=day),
            act("DE", "Dépassement d'honoraires", 25, base=0, rate=0.7, dep_cover=0.5, day=day),
        ],
        issue_date=day + timedelta(days=1),
        care_date=day,
        amount_style="eur",
        date_style="dot2",
        amc_number="44021937",
        amc_name="Harmonie Santé",
        forfait=D("2.00"),
        prescriber=_prescriber(rng, "Dr Pierre-Yves COLIN", "médecin traitant"),
        prescription_date=day - timedelta(days=20),
        labels={
            "rpps": "RPPS",
            "nir": "NIR",
            "invoice_number": "N° facture",
            "care_date": "Date de l'acte",
            "total": "Montant total",
            "amo": "Part Sécu",
            "amc": "Part mutuelle",
            "patient_amount": "À régler par le patient",
            "invoice_date": "Date d'émission",
            "amc_number": "Code organisme complémentaire",
            "prescriber": "Prescripteur",
            "prescription_date": "Courrier d'adressage du",
        },
        renderings=("text", "scan", "fax-fine", "fax-normal"),
        nir_style="compact",
        title="NOTE D'HONORAIRES",
    )


def _dent01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Dr Karim HADDAD",
        "Chirurgien-dentiste",
        "rpps",
        "13",
        "4",
        "3 boulevard Longchamp",
        "13001",
        "MARSEILLE",
        "04",
        "dr.haddad@dentiste-longchamp.fr",
        "4",
    )
    patient = _person("BÉRANGER", "Océane", "1991-07-23", 2)
    d1 = date(2025, 9, 3)
    d2 = date(2025, 9, 17)
    return Doc(
        key="dentiste-01",
        profession="dentiste",
        layout="two-column",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 2, patient.birth, "13055"),
        number="H-2025-1204",
        lines=[
            act("HBJD001", "Détartrage et polissage des dents", 28.92, day=d1),
            act("HBQK002", "Radiographie intrabuccale rétroalvéolaire", 5.19, day=d1),
            act(
                "HBLD036",
                "Couronne dentoportée céramométallique (dent 26)",
                550,
                base=120,
                dep_cover=0.6,
                day=d2,
            ),
            act(
                "HBLD036",
                "Couronne dentoportée céramométallique (dent 27)",
                550,
                base=120,
                dep_cover=0.6,
                day=d2,
            ),
            act("HBMD053", "Restauration d'une dent sur 2 faces", 50.60, day=d2),
        ],
        issue_date=date(2025, 9, 19),
        care_date=d1,
        care_end=d2,
        amount_style="nnbsp",
        date_style="long",
        amc_number="13478250",
        amc_name="MGEN",
        member_number=str(rng.randint(10**8, 10**9 - 1)),
        labels={
            "rpps": "Identifiant RPPS",
            "nir": "N° d'immatriculation",
            "invoice_number": "Réf. facture",
            "care_date": "Soins du",
            "invoice_date": "Émise le",
            "total": "Total honoraires",
            "amo": "Remboursement Sécurité sociale",
            "amc": "Part complémentaire",
            "patient_amount": "RAC",
            "amc_number": "Organisme complémentaire n°",
        },
        renderings=("text", "scan", "fax-fine", "fax-normal"),
        nir_style="key",
        title="FACTURE D'HONORAIRES DENTAIRES",
    )


def _dent02(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Dr Paul LEROY",
        "Chirurgien-dentiste - Omnipratique",
        "rpps",
        "33",
        "4",
        "27 cours de l'Intendance",
        "33000",
        "BORDEAUX",
        "05",
        "contact@cabinet-leroy.fr",
        "4",
    )
    patient = _person("N'DIAYE", "Jean-Baptiste", "1979-01-30", 1)
    day = date(2025, 10, 6)
    return Doc(
        key="dentiste-02",
        profession="dentiste",
        layout="devis-table",
        kind="quote",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 1, patient.birth, "99350"),
        number="DV-2025-0331",
        lines=[
            act("HBLD634", "Couronne céramo-céramique (11)", 500, base=120, classe="100% Santé"),
            act(
                "HBLD680",
                "Couronne zircone monolithique (36)",
                690,
                base=120,
                dep_cover=0.5,
                classe="Tarifs maîtrisés",
            ),
            act("HBLD491", "Inlay-core (36)", 290, base=90, dep_cover=0.4, classe="Tarifs libres"),
        ],
        issue_date=day,
        care_date=None,
        amount_style="nbsp",
        date_style="iso",
        font="times",
        amc_number="33104672",
        amc_name="Mutuelle Aquitaine Santé",
        labels={
            "rpps": "RPPS n°",
            "nir": "N° INSEE",
            "quote_number": "Devis n°",
            "quote_date": "Date du devis",
            "total": "Montant total TTC",
            "amo": "Remboursement Assurance Maladie estimé",
            "amc": "Part mutuelle estimée",
            "patient_amount": "Reste à charge estimé",
            "amc_number": "N° organisme AMC",
        },
        title="DEVIS POUR TRAITEMENT ET ACTES BUCCO-DENTAIRES",
        extra={"amo_column": "Remb. Sécu", "amc_column": "Remb. AMC", "rac_column": "Reste à charge"},
    )


def _opt01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Optique des Lices - Camille ROCHE",
        "Opticienne-lunetière diplômée",
        "adeli",
        "35",
        "2",
        "9 place des Lices",
        "35000",
        "RENNES",
        "02",
        "optiquedeslices@orange.fr",
    )
    parent = _person("LE GALL", "Éloïse", "1986-05-12", 2)
    child = _person("LE GALL", "Timéo", "2016-02-08", 1)
    day = date(2025, 9, 12)
    return Doc(
        key="opticien-01",
        profession="opticien",
        layout="devis-table",
        kind="quote",
        party=party,
        patient=child,
        insured=parent,
        nir=ids.nir(rng, 2, parent.birth, "29019"),
        number="DEV-OPT-2025-118",
        lines=[
            act("2210546", "Monture enfant classe A", 30, rate=0.6, classe="A", qty=1),
            act("2242457", "Verre unifocal enfant sphère -2,00 (OD)", 32.50, classe="A"),
            act("2242457", "Verre unifocal enfant sphère -2,25 (OG)", 32.50, classe="A"),
            act("2223342", "Traitement anti-lumière bleue (option)", 40, base=0, classe="B", dep_cover=0.25),
        ],
        issue_date=day,
        care_date=None,
        amount_style="sp",
        date_style="long",
        amc_number="35190847",
        amc_name="Mutuelle de Bretagne",
        prescriber=_prescriber(rng, "Dr Yann KERBRAT", "ophtalmologiste"),
        prescription_date=date(2025, 8, 28),
        labels={
            "adeli": "N° ADELI",
            "nir": "N° de sécurité sociale de l'assuré",
            "quote_number": "Devis n°",
            "quote_date": "Établi le",
            "total": "Total",
            "amo": "PC Sécu",
            "amc": "PC Mutuelle",
            "patient_amount": "RAC",
            "amc_number": "N° AMC",
            "insured": "Assuré(e)",
            "patient": "Bénéficiaire",
            "birth": "Né(e) le",
            "prescriber": "Prescripteur",
            "prescription_date": "Ordonnance du",
        },
        renderings=("text", "scan", "fax-fine"),
        title="DEVIS NORMALISÉ - ÉQUIPEMENT D'OPTIQUE",
        extra={"lpp": True, "amo_column": "PC Sécu", "amc_column": "PC Mutuelle", "rac_column": "RAC"},
    )


def _opt02(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "VISION PLUS NANTES - Théo MARCHAL",
        "Opticien",
        "adeli",
        "44",
        "2",
        "15 rue Crébillon",
        "44000",
        "NANTES",
        "02",
        "nantes@visionplus-optique.fr",
    )
    patient = _person("FONTAINE-DESCHAMPS", "Anaïs", "1975-12-01", 2)
    day = date(2025, 10, 2)
    return Doc(
        key="opticien-02",
        profession="opticien",
        layout="label-above",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 2, patient.birth, "44109"),
        number="OPT-F-2025-0777",
        lines=[
            act(
                "2223342",
                "Monture adulte classe B - RAY-BAN RB5154",
                149,
                base=0.05,
                dep_cover=0.6,
                classe="B",
                day=day,
            ),
            act(
                "2227038", "Verre progressif classe B OD", 289, base=0.05, dep_cover=0.7, classe="B", day=day
            ),
            act(
                "2227038", "Verre progressif classe B OG", 289, base=0.05, dep_cover=0.7, classe="B", day=day
            ),
        ],
        issue_date=day,
        care_date=day,
        amount_style="nbsp",
        date_style="iso",
        amc_number="92017452",
        amc_name="Malakoff Humanis",
        prescriber=_prescriber(rng, "Dr Hélène GUILLOU", "ophtalmologiste"),
        prescription_date=date(2025, 6, 18),
        labels={
            "adeli": "N° ADELI",
            "nir": "N° SS",
            "invoice_number": "Numéro de facture",
            "care_date": "Date de délivrance",
            "invoice_date": "Date de la facture",
            "total": "Total TTC",
            "amo": "Part Assurance Maladie",
            "amc": "Part mutuelle",
            "patient_amount": "Part assuré",
            "amc_number": "Mutuelle n°",
            "patient": "Client(e)",
            "birth": "Date de naissance",
            "prescriber": "Médecin prescripteur",
            "prescription_date": "Date de prescription",
        },
        renderings=("text", "scan", "photo", "fax-fine"),
        photo_orientation=1,
        title="FACTURE",
    )


def _audio01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Audition Garonne - Julien PETIT",
        "Audioprothésiste D.E.",
        "adeli",
        "31",
        "2",
        "61 allées Jean Jaurès",
        "31000",
        "TOULOUSE",
        "05",
        "julien.petit@audition-garonne.fr",
    )
    patient = _person("GIRAUD", "Noël", "1946-12-25", 1)
    day = date(2025, 9, 29)
    return Doc(
        key="audio-01",
        profession="audioprothésiste",
        layout="modern",
        kind="quote",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 1, patient.birth, "2B033"),
        number="AUD-DV-25-042",
        lines=[
            act(
                "2355084",
                "Aide auditive classe II - contour RIC (oreille droite)",
                1450,
                base=400,
                dep_cover=0.5,
                classe="II",
            ),
            act(
                "2355084",
                "Aide auditive classe II - contour RIC (oreille gauche)",
                1450,
                base=400,
                dep_cover=0.5,
                classe="II",
            ),
        ],
        issue_date=day,
        care_date=None,
        amount_style="nnbsp",
        date_style="slash",
        amc_number="31260419",
        amc_name="Groupama Santé",
        prescriber=_prescriber(rng, "Dr Marc-Antoine SABATIER", "ORL"),
        prescription_date=date(2025, 9, 8),
        labels={
            "adeli": "Identifiant ADELI",
            "nir": "Numéro de Sécurité Sociale",
            "quote_number": "N° de devis",
            "quote_date": "Devis établi le",
            "total": "Prix total TTC",
            "amo": "Remboursement Sécurité sociale",
            "amc": "Remboursement complémentaire",
            "patient_amount": "Reste à charge",
            "amc_number": "N° AMC",
            "prescriber": "Prescripteur (ORL)",
        },
        accent=(0.05, 0.45, 0.45),
        title="Devis normalisé — aides auditives",
    )


def _pharm01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "PHARMACIE DU MARCHÉ",
        "SELARL - Pharmacie d'officine",
        "finess",
        "59",
        "0",
        "2 place du Marché",
        "59800",
        "LILLE",
        "03",
        "pharmaciedumarche.lille@wanadoo.fr",
        "2",
        staff="Pharmacien titulaire : Mme Sandrine VASSEUR",
    )
    patient = _person("ÇELIK", "Hélène", "1983-04-09", 2)
    day = date(2025, 9, 18)
    return Doc(
        key="pharmacie-01",
        profession="pharmacie",
        layout="ticket",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 2, patient.birth, "59350"),
        number="PH-0009342",
        lines=[
            act(ids.cip13(rng), "AMOXICILLINE 1G CPR B/6", 9.42, rate=0.65, qty=2),
            act(ids.cip13(rng), "PARACETAMOL 1000MG CPR B/8", 4.36, rate=0.65, qty=2),
            act(ids.cip13(rng), "SPASFON LYOC 80MG B/10", 3.62, rate=0.3, tm_cover=1.0),
            act("HD", "Honoraire de dispensation", 1.02, rate=0.65),
            act("HO", "Honoraire ordonnance complexe", 0.51, rate=0.65),
            act(ids.cip13(rng), "SERUM PHYSIOLOGIQUE 5ML B/40 (NR)", 3.95, base=0, tm_cover=0),
        ],
        issue_date=day,
        care_date=day,
        amount_style="pre",
        date_style="slash2",
        font="mono",
        amc_number="59013375",
        amc_name="Mutuelle Nord Santé",
        prescriber=_prescriber(rng, "Dr Vincent DUBOIS", "médecin généraliste"),
        prescription_date=day,
        labels={
            "finess": "N° FINESS",
            "nir": "N° SS",
            "invoice_number": "FACTURE N°",
            "care_date": "Délivré le",
            "total": "TOTAL",
            "amo": "PART AMO",
            "amc": "PART AMC",
            "patient_amount": "A PAYER",
            "amc_number": "AMC",
            "prescriber": "Prescripteur",
            "prescription_date": "Ordonnance du",
        },
        omit={"invoice_date", "patient_birth_date"},
        renderings=("text", "scan", "photo", "fax-fine", "fax-normal"),
        photo_orientation=6,
    )


def _kine01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Thomas GARNIER",
        "Masseur-Kinésithérapeute D.E.",
        "rpps",
        "67",
        "7",
        "5 quai des Bateliers",
        "67000",
        "STRASBOURG",
        "03",
        "t.garnier.kine@gmail.com",
        "7",
    )
    patient = _person("ROUSSEAU", "Gaëtan", "1990-08-17", 1)
    start = date(2025, 9, 2)
    sessions = _days(start, 10, 3)
    return Doc(
        key="kine-01",
        profession="kinésithérapeute",
        layout="sessions",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 1, patient.birth, "67482"),
        number="KIN-2025-031",
        lines=[
            act("AMK 7.5", "Rééducation du rachis", 16.13, coef="7,5", day=d, tm_cover=0.5) for d in sessions
        ],
        issue_date=date(2025, 10, 1),
        care_date=start,
        care_end=sessions[-1],
        amount_style="sp",
        date_style="slash",
        amc_number="67150029",
        amc_name="Mutuelle d'Alsace",
        prescriber=_prescriber(rng, "Dr Claire SCHNEIDER", "rhumatologue"),
        prescription_date=date(2025, 8, 25),
        labels={
            "rpps": "RPPS",
            "nir": "N° d'assuré social",
            "invoice_number": "Facture N°",
            "care_date": "Séances du",
            "invoice_date": "Date",
            "total": "Total honoraires",
            "amo": "Part RO",
            "amc": "Part RC",
            "patient_amount": "Part patient",
            "amc_number": "Mutuelle n°",
            "prescriber": "Prescripteur",
            "prescription_date": "Prescription du",
        },
        renderings=("text", "scan", "photo", "fax-fine", "fax-normal"),
        photo_orientation=3,
        title="Facture de soins de kinésithérapie",
    )


def _inf(rng: random.Random) -> list[Doc]:
    party = _party(
        rng,
        "Nathalie BLANC",
        "Infirmière Diplômée d'État",
        "adeli",
        "63",
        "6",
        "18 avenue des Cottages",
        "63000",
        "CLERMONT-FERRAND",
        "04",
        "nathalie.blanc.idel@free.fr",
        "6",
    )
    out = []
    specs = [
        (
            "infirmier-01",
            _person("PERRIN", "Chloé", "1938-10-05", 2),
            "INF 2025/09-12",
            date(2025, 9, 1),
            8,
            ("text", "scan", "photo", "fax-fine", "fax-normal"),
        ),
        (
            "infirmier-02",
            _person("BRUNEL", "Jérôme", "1951-02-27", 1),
            "INF 2025/09-13",
            date(2025, 9, 4),
            5,
            ("text", "fax-fine"),
        ),
    ]
    for key, patient, number, start, count, renderings in specs:
        days = _days(start, count, 2)
        lines: list[Line] = []
        for d in days:
            lines.append(act("AMI 1", "Injection sous-cutanée", 3.15, day=d, coef="1"))
            lines.append(act("IFD", "Indemnité forfaitaire de déplacement", 2.75, day=d))
            lines.append(act("IK", "Indemnités kilométriques (6 km x 0,35)", 2.10, day=d))
        out.append(
            Doc(
                key=key,
                profession="infirmier",
                layout="sessions",
                kind="invoice",
                party=party,
                patient=patient,
                nir=ids.nir(rng, patient.sex, patient.birth, "63113"),
                number=number,
                lines=lines,
                issue_date=days[-1] + timedelta(days=3),
                care_date=start,
                care_end=days[-1],
                amount_style="eur",
                date_style="dot2",
                font="cond",
                amc_number="63340118",
                amc_name="Mutuelle Auvergne Santé",
                prescriber=_prescriber(rng, "Dr Bernard VIALATTE", "médecin généraliste"),
                prescription_date=start - timedelta(days=3),
                labels={
                    "adeli": "N° ADELI",
                    "nir": "Immatriculation de l'assuré",
                    "invoice_number": "Numéro de facture",
                    "care_date": "Période de soins du",
                    "invoice_date": "Facturée le",
                    "total": "Montant total",
                    "amo": "Part obligatoire",
                    "amc": "Part AMC",
                    "patient_amount": "Reste à payer",
                    "amc_number": "Organisme complémentaire n°",
                    "prescriber": "Prescripteur",
                    "prescription_date": "Ordonnance du",
                },
                renderings=renderings,
                photo_orientation=8,
                accent=(0.5, 0.1, 0.3),
                title="FACTURE DE SOINS INFIRMIERS",
                extra={"nurse": True},
            )
        )
    return out


def _lab01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "LABORATOIRE BIOSANTÉ RHÔNE - Site Villeurbanne",
        "Laboratoire de biologie médicale",
        "finess",
        "69",
        "0",
        "120 cours Émile Zola",
        "69100",
        "VILLEURBANNE",
        "04",
        "facturation@biosante-rhone.fr",
    )
    parent = _person("N'DIAYE", "Aminata", "1988-06-21", 2)
    child = _person("N'DIAYE", "Léna", "2019-11-30", 2)
    day = date(2025, 9, 24)
    lines = [
        act("1104", "Hémogramme (NFS, plaquettes)", 7.29, coef="B 27", day=day),
        act("1806", "Ferritine", 5.40, coef="B 20", day=day),
        act("0552", "Glycémie", 1.35, coef="B 5", day=day),
        act("7335", "Dosage de la vitamine D (25-OH)", 10.80, coef="B 40", day=day),
        act("9105", "Forfait de prélèvement sanguin enfant", 5.67, coef="B 21", day=day),
        act("9005", "Forfait de prise en charge pré-analytique", 4.05, coef="B 15", day=day),
    ]
    return Doc(
        key="laboratoire-01",
        profession="laboratoire",
        layout="lab",
        kind="invoice",
        party=party,
        patient=child,
        insured=parent,
        nir=ids.nir(rng, 2, parent.birth, "97411"),
        number="LBM25-091534",
        lines=lines,
        issue_date=day + timedelta(days=5),
        care_date=day,
        amount_style="nnbsp",
        date_style="dash",
        amc_number="69220451",
        amc_name="Apicil Santé",
        prescriber=_prescriber(rng, "Dr Élodie MOREL", "pédiatre"),
        prescription_date=date(2025, 9, 19),
        labels={
            "finess": "N° FINESS",
            "nir": "N° Sécurité Sociale assuré",
            "invoice_number": "Facture n°",
            "care_date": "Date du prélèvement",
            "invoice_date": "Date de facture",
            "total": "Total",
            "amo": "Part Sécu",
            "amc": "Part Mutuelle",
            "patient_amount": "Reste à votre charge",
            "amc_number": "N° AMC",
            "patient": "Patient(e)",
            "insured": "Assuré",
            "prescriber": "Prescripteur",
            "prescription_date": "Ordonnance du",
        },
        renderings=("text", "scan", "fax-fine", "fax-normal"),
        accent=(0.1, 0.4, 0.2),
        extra={"dossier": f"{rng.randint(100000, 999999)}"},
    )


def _cds01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "CENTRE DE SANTÉ SIMONE VEIL",
        "Centre de santé polyvalent - Association Santé Pour Tous",
        "finess",
        "93",
        "0",
        "7 allée des Tilleuls",
        "93200",
        "SAINT-DENIS",
        "01",
        "accueil@cds-simoneveil.org",
        staff="Consultation du Dr Inès BENSAÏD",
    )
    patient = _person("DE LA TOUR", "François-Xavier", "1962-09-09", 1)
    day = date(2025, 10, 8)
    return Doc(
        key="centre-sante-01",
        profession="centre de santé",
        layout="right-header",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 1, patient.birth, "93066"),
        number="CDS/2025/10/0458",
        lines=[
            act("G", "Consultation", 30, rate=0.7, day=day),
            act("DEQP003", "Électrocardiogramme", 14.52, rate=0.7, day=day),
        ],
        issue_date=day,
        care_date=day,
        amount_style="nbsp",
        date_style="long",
        amc_number="93101552",
        amc_name="Mutuelle des Cheminots",
        labels={
            "finess": "N° FINESS",
            "nir": "N° de sécurité sociale",
            "invoice_number": "N° facture",
            "care_date": "Date de consultation",
            "total": "Montant total",
            "amo": "Part AMO",
            "amc": "Part AMC",
            "patient_amount": "Reste à charge",
            "amc_number": "N° AMC",
        },
        omit={"invoice_date"},
        renderings=("text", "scan", "fax-fine"),
        extra={"issue_place": "Saint-Denis"},
    )


def _med03(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Docteur Élise MOREAU",
        "Pédiatre - Ancienne interne des Hôpitaux de Lyon",
        "rpps",
        "69",
        "1",
        "22 rue de Sèze",
        "69006",
        "LYON",
        "04",
        "dr.moreau.pediatre@orange.fr",
        "1",
    )
    parent = _person("ROUSSEAU", "Julien", "1984-02-11", 1)
    child = _person("ROUSSEAU", "Maëlys", "2022-04-03", 2)
    day = date(2025, 10, 3)
    return Doc(
        key="medecin-03",
        profession="médecin",
        layout="letter",
        kind="invoice",
        party=party,
        patient=child,
        insured=parent,
        nir=ids.nir(rng, 1, parent.birth, "69123"),
        number="NH-2025-0087",
        lines=[
            act("G", "Consultation", 30, rate=0.7, day=day),
            act("MEG", "Majoration enfant", 5, rate=0.7, day=day),
        ],
        issue_date=day + timedelta(days=4),
        care_date=day,
        amount_style="sp",
        date_style="long",
        font="serif",
        amc_number="69870213",
        amc_name="MACSF Prévoyance",
        labels={"rpps": "RPPS", "nir": "immatriculé(e) sous le n°", "invoice_number": "Note d'honoraires n°"},
        renderings=("text", "scan", "photo", "fax-fine"),
        photo_orientation=8,
    )


def _pec01(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Dr Agathe VERNIER",
        "Chirurgien-dentiste - Implantologie",
        "rpps",
        "06",
        "4",
        "40 avenue Jean Médecin",
        "06000",
        "NICE",
        "04",
        "cabinet.vernier@wanadoo.fr",
        "4",
    )
    patient = _person("MARCHAND", "Zoé", "1970-01-19", 2)
    day = date(2025, 9, 26)
    return Doc(
        key="pec-01",
        profession="dentiste",
        layout="pec-form",
        kind="pec",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 2, patient.birth, "06088"),
        number="PEC-25-00077",
        lines=[
            act("HBLD491", "Inlay-core (dent 46)", 300, base=90, dep_cover=0.5),
            act("HBLD036", "Couronne céramométallique (dent 46)", 620, base=120, dep_cover=0.5),
            act("HBLD036", "Couronne céramométallique (dent 47)", 620, base=120, dep_cover=0.5),
        ],
        issue_date=day,
        care_date=None,
        amount_style="eur",
        date_style="slash",
        amc_number="06113429",
        amc_name="Mutuelle Méditerranée",
        member_number="MM" + str(rng.randint(10**6, 10**7)),
        labels={
            "rpps": "N° RPPS",
            "nir": "N° de sécurité sociale",
            "pec_number": "N° de demande",
            "quote_date": "Date de la demande",
            "total": "Montant total des soins",
            "amo": "Part Sécurité sociale",
            "amc": "Prise en charge demandée",
            "patient_amount": "Reste à charge patient",
            "amc_number": "Organisme complémentaire n°",
        },
        renderings=("text", "scan", "fax-fine", "fax-normal"),
        title="DEMANDE DE PRISE EN CHARGE",
    )


def _med04(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "Dr Hugo VIDAL",
        "Médecin généraliste - Visites à domicile",
        "rpps",
        "34",
        "1",
        "8 rue Foch",
        "34000",
        "MONTPELLIER",
        "04",
        "hugo.vidal@medecins-herault.fr",
        "1",
    )
    patient = _person("BENSAÏD", "Inès", "2001-07-14", 2)
    day = date(2025, 10, 11)
    return Doc(
        key="medecin-04",
        profession="médecin",
        layout="modern",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 2, patient.birth, "34172"),
        number="F251011-03",
        lines=[
            act("VG", "Visite à domicile", 30, rate=0.7, day=day),
            act("MD", "Majoration de déplacement", 10, rate=0.7, day=day),
            act("IK", "Indemnités kilométriques", 4.20, rate=0.7, day=day),
        ],
        issue_date=day + timedelta(days=3),
        care_date=day,
        amount_style="nospace",
        date_style="iso",
        amc_number="34560921",
        amc_name="MGEN",
        forfait=D("2.00"),
        labels={
            "rpps": "N° RPPS",
            "nir": "N° sécu",
            "invoice_number": "Invoice / Facture n°",
            "care_date": "Date de la visite",
            "invoice_date": "Date de facture",
            "total": "Total",
            "amo": "Part AMO",
            "amc": "Part AMC",
            "patient_amount": "Reste dû",
            "amc_number": "N° AMC",
        },
        accent=(0.55, 0.2, 0.1),
        title="Facture",
        renderings=("text", "scan", "fax-fine"),
    )


def _cds02(rng: random.Random) -> Doc:
    party = _party(
        rng,
        "CENTRE DENTAIRE MUTUALISTE DE LA CROIX-ROUSSE",
        "Centre de santé dentaire",
        "finess",
        "69",
        "0",
        "104 boulevard de la Croix-Rousse",
        "69004",
        "LYON",
        "04",
        "factures@cdm-croixrousse.fr",
        staff="Praticien : Dr Romain FAURE",
    )
    patient = _person("D'ALMEIDA", "Agnès", "1955-03-28", 2)
    acts = [
        ("HBJD001", "Détartrage et polissage", 28.92, None),
        ("HBQK002", "Radiographie rétroalvéolaire", 5.19, None),
        ("HBMD049", "Restauration 1 face (composite)", 26.97, None),
        ("HBMD053", "Restauration 2 faces (composite)", 50.60, None),
        ("HBMD038", "Restauration 3 faces (composite)", 65.06, None),
        ("HBFD006", "Parage canalaire prémolaire", 48.20, None),
        ("HBBD005", "Obturation canalaire molaire", 81.94, None),
        ("HBGD035", "Avulsion dent permanente", 33.44, None),
        ("YYYY010", "Supplément pour anesthésie", 11.50, None),
    ]
    start = date(2025, 7, 7)
    lines: list[Line] = []
    for i in range(34):
        code, label, amount, _ = acts[i % len(acts)]
        tooth = 11 + (i * 7) % 37
        lines.append(act(code, f"{label} - dent {tooth}", amount, day=start + timedelta(days=7 * (i // 4))))
    return Doc(
        key="centre-sante-02",
        profession="centre de santé",
        layout="two-column",
        kind="invoice",
        party=party,
        patient=patient,
        nir=ids.nir(rng, 2, patient.birth, "69388"),
        number="CDM-2025-004417",
        lines=lines,
        issue_date=date(2025, 9, 30),
        care_date=start,
        care_end=lines[-1].day,
        amount_style="sp",
        date_style="slash",
        amc_number="69004813",
        amc_name="Mutuelle Mutami",
        labels={
            "finess": "N° FINESS",
            "nir": "N° de sécurité sociale",
            "invoice_number": "Facture n°",
            "care_date": "Soins du",
            "invoice_date": "Date de facturation",
            "total": "Total des soins",
            "amo": "Part AMO",
            "amc": "Part AMC",
            "patient_amount": "Reste à charge",
            "amc_number": "N° AMC",
        },
        renderings=("text", "scan", "fax-fine"),
        title="FACTURE DE SOINS DENTAIRES",
        accent=(0.2, 0.2, 0.5),
    )
