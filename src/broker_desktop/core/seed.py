"""What every new office database starts with: the four default roles (editable) and
a realistic Swiss set of insurers and lines of business (editable reference data)."""

from __future__ import annotations

import sqlalchemy as sa

from broker_desktop.core.records import inserted_id
from broker_desktop.core.rights import Right
from broker_desktop.storage.schema import insurers, lines_of_business, role_rights, roles

DIRECTOR = "Directeur"
AGENT = "Agent"
SECRETARY = "Secrétaire"
TOTAL_VISIBILITY = "Visibilité totale"

DEFAULT_ROLES: dict[str, tuple[str, frozenset[Right]]] = {
    DIRECTOR: ("Direction du bureau : tous les droits", frozenset(Right)),
    AGENT: (
        "Conseiller : son portefeuille, sa part des commissions, ses échéances (lecture)",
        frozenset({Right.PORTFOLIO_VIEW_OWN, Right.COMMISSIONS_VIEW_OWN, Right.DEADLINES_VIEW_OWN}),
    ),
    SECRETARY: (
        "Back-office : tout le portefeuille, saisie des clients et contrats, échéances",
        frozenset(
            {
                Right.PORTFOLIO_VIEW_ALL,
                Right.PORTFOLIO_EDIT,
                Right.DEADLINES_VIEW_ALL,
                Right.DEADLINES_MANAGE,
            }
        ),
    ),
    TOTAL_VISIBILITY: (
        "Vue transversale : les échéances de tous les utilisateurs",
        frozenset({Right.DEADLINES_VIEW_ALL}),
    ),
}

SWISS_INSURERS = (
    "Allianz Suisse",
    "AXA Assurances",
    "Baloise Assurance",
    "CSS Assurance",
    "Generali Assurances",
    "Groupe Mutuel",
    "Helvetia Assurances",
    "La Mobilière",
    "Pax Assurance",
    "Simpego",
    "Smile.direct",
    "Swiss Life",
    "TCS Assurances",
    "Vaudoise Assurances",
    "Visana",
    "Zurich Assurances",
    "Sanitas",
    "Helsana",
    "SWICA",
    "Coop Protection Juridique",
    "Protekta",
    "Europ Assistance",
)

SWISS_LINES = (
    ("MOTOR", "Véhicules à moteur", "Motor"),
    (
        "HOUSEHOLD",
        "Ménage et responsabilité civile privée",
        "Household contents & private liability",
    ),
    ("BUILDING", "Bâtiment", "Buildings"),
    ("HEALTH_LCA", "Complémentaire santé (LCA)", "Supplementary health (LCA/VVG)"),
    ("LIFE_3A", "Vie / 3e pilier A", "Life / pillar 3a"),
    ("LIFE_3B", "Vie / 3e pilier B", "Life / pillar 3b"),
    ("LEGAL", "Protection juridique", "Legal protection"),
    ("TRAVEL", "Voyage", "Travel"),
    ("ACCIDENT_LAA", "Accidents (LAA)", "Accident (LAA/UVG)"),
    ("LIABILITY_BUS", "RC entreprise", "Business liability"),
    ("PROPERTY_BUS", "Choses entreprise", "Business property"),
    ("LOSS_EARNINGS", "Perte de gain", "Loss of earnings"),
    ("BVG", "Prévoyance professionnelle (LPP)", "Occupational pension (BVG/LPP)"),
    ("CYBER", "Cyber", "Cyber"),
)


def seed_roles(conn: sa.Connection) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name, (description, rights) in DEFAULT_ROLES.items():
        role_id = inserted_id(
            conn.execute(sa.insert(roles).values(name=name, description=description))
        )
        conn.execute(
            sa.insert(role_rights), [{"role_id": role_id, "right": r.value} for r in sorted(rights)]
        )
        ids[name] = role_id
    return ids


def seed_reference(conn: sa.Connection) -> None:
    conn.execute(sa.insert(insurers), [{"name": n} for n in SWISS_INSURERS])
    conn.execute(
        sa.insert(lines_of_business),
        [{"code": c, "name_fr": fr, "name_en": en} for c, fr, en in SWISS_LINES],
    )
