"""The check-without-saving calls a form uses to show every field error at once work
through the office server too, and save nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.server.server_harness import ServerProcess
from tests.server.server_office import DIRECTOR_PASSWORD, build_office

from broker_desktop.core.commissions import FULL, CommissionInput, ShareInput
from broker_desktop.core.deadlines import DeadlineInput
from broker_desktop.core.errors import ValidationError


@pytest.fixture(scope="module")
def served(tmp_path_factory, test_certificate):
    folder = tmp_path_factory.mktemp("validate")
    path, ids, _code = build_office(folder)
    server = ServerProcess(path, *test_certificate, extra=("--login-rate", "1000")).start()
    yield server, ids
    server.stop()


def test_validate_calls_report_every_field_and_save_nothing(served):
    server, _ids = served
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        before = director.deadlines.count()
        with pytest.raises(ValidationError) as deadline:
            director.deadlines.validate(DeadlineInput(None, ""))  # type: ignore[arg-type]
        assert set(deadline.value.errors) == {"due_date", "title"}
        director.deadlines.validate(DeadlineInput(dt.date(2099, 1, 1), "Rappeler"))
        assert director.deadlines.count() == before

        with pytest.raises(ValidationError) as commission:
            director.commissions.validate(
                CommissionInput(None, "2026-13", 100, (ShareInput(None, FULL),))  # type: ignore[arg-type]
            )
        assert set(commission.value.errors) == {"contract_id", "period"}

        with pytest.raises(ValidationError) as user:
            director.admin.check_user("directeur", "", "court")
        assert set(user.value.errors) == {"login", "display_name", "password"}
        assert "court" not in str(user.value)  # the password is never echoed
        users = len(director.admin.users())
        director.admin.check_user("nouveau", "Nouveau Venu", "Un-Mot-de-Passe-2026!")
        assert len(director.admin.users()) == users
    finally:
        director.close()
