"""The catalogue of rights. Identifiers are stable: they are stored in the database."""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Right(enum.StrEnum):
    PORTFOLIO_VIEW_OWN = "portfolio.view_own"
    PORTFOLIO_VIEW_ALL = "portfolio.view_all"
    PORTFOLIO_EDIT = "portfolio.edit"
    PORTFOLIO_DELETE = "portfolio.delete"
    PORTFOLIO_TRANSFER = "portfolio.transfer"
    COMMISSIONS_VIEW_OWN = "commissions.view_own"
    COMMISSIONS_VIEW_ALL = "commissions.view_all"
    COMMISSIONS_MANAGE = "commissions.manage"
    DEADLINES_VIEW_OWN = "deadlines.view_own"
    DEADLINES_VIEW_ALL = "deadlines.view_all"
    DEADLINES_MANAGE = "deadlines.manage"
    USERS_MANAGE = "admin.users"
    ROLES_MANAGE = "admin.roles"
    AUDIT_VIEW = "audit.view"
    EXPORT = "export"
    REFERENCE_MANAGE = "reference.manage"
    IMPORT_RUN = "import.run"


# Holding any of these lets a user change who may do what.
ADMIN_RIGHTS = frozenset({Right.USERS_MANAGE, Right.ROLES_MANAGE})

RIGHT_LABELS: dict[Right, dict[str, str]] = {
    Right.PORTFOLIO_VIEW_OWN: {"fr": "Voir son propre portefeuille", "en": "View own portfolio"},
    Right.PORTFOLIO_VIEW_ALL: {"fr": "Voir tout le portefeuille", "en": "View the whole portfolio"},
    Right.PORTFOLIO_EDIT: {
        "fr": "Créer et modifier clients et contrats",
        "en": "Create and edit clients and contracts",
    },
    Right.PORTFOLIO_DELETE: {
        "fr": "Supprimer clients et contrats",
        "en": "Delete clients and contracts",
    },
    Right.PORTFOLIO_TRANSFER: {
        "fr": "Transférer un portefeuille à un autre conseiller",
        "en": "Transfer a book to another agent",
    },
    Right.COMMISSIONS_VIEW_OWN: {
        "fr": "Voir sa part des commissions",
        "en": "View own commission share",
    },
    Right.COMMISSIONS_VIEW_ALL: {"fr": "Voir toutes les commissions", "en": "View all commissions"},
    Right.COMMISSIONS_MANAGE: {
        "fr": "Saisir et répartir les commissions",
        "en": "Enter and split commissions",
    },
    Right.DEADLINES_VIEW_OWN: {"fr": "Voir ses échéances", "en": "View own deadlines"},
    Right.DEADLINES_VIEW_ALL: {"fr": "Voir toutes les échéances", "en": "View every deadline"},
    Right.DEADLINES_MANAGE: {"fr": "Gérer les échéances", "en": "Manage deadlines"},
    Right.USERS_MANAGE: {"fr": "Gérer les utilisateurs", "en": "Manage users"},
    Right.ROLES_MANAGE: {"fr": "Gérer les rôles et les droits", "en": "Manage roles and rights"},
    Right.AUDIT_VIEW: {"fr": "Consulter le journal d'audit", "en": "View the audit log"},
    Right.EXPORT: {"fr": "Exporter des données", "en": "Export data"},
    Right.REFERENCE_MANAGE: {
        "fr": "Gérer les assureurs et les branches",
        "en": "Manage insurers and lines of business",
    },
    Right.IMPORT_RUN: {
        "fr": "Importer des données (portefeuille, décomptes de commissions)",
        "en": "Import data (portfolio, commission statements)",
    },
}


def label(right: Right, language: str = "fr") -> str:
    labels = RIGHT_LABELS[right]
    return labels.get(language[:2], labels["en"])


def parse_rights(values: Iterable[str]) -> frozenset[Right]:
    """Rights from stored identifiers; identifiers unknown to this version are ignored."""
    known = {r.value for r in Right}
    return frozenset(Right(v) for v in values if v in known)
