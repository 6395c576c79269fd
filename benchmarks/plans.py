"""Check the query plan of every list query the screens offer on a real office file:
``python benchmarks/plans.py office-L.db`` (demo logins). The same check as
tests/core/test_query_plans.py, which runs it on a small office; prints every finding,
the allowed ones marked with their reason, and exits 1 on a finding not allowed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import allowed, allowed_for, calls, cases, findings_of, plan, sort_allowed
from harness import SqlCapture

from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--director", default="directeur")
    parser.add_argument("--agent", default="agent1")
    args = parser.parse_args()
    bad = 0
    for role, login in (("director", args.director), ("agent", args.agent)):
        session = open_session(args.database, login, DEMO_PASSWORD)
        db = session.database
        capture = SqlCapture(db.engine)
        explained = 0
        seen: set[tuple[str, str, str]] = set()
        for case in cases(session, role):
            for call_name, call in calls(case, session).items():
                with capture.capturing():
                    call()
                for sql, parameters in capture.statements:
                    with db._lock:
                        lines = plan(db._raw, sql, parameters)
                    explained += 1
                    for line in findings_of(lines, call_name, sql, sort_allowed(case)):
                        key = (case.list, case.filter, line)
                        if key in seen:
                            continue
                        seen.add(key)
                        if allowed(case, call_name):
                            why = next(
                                w
                                for lst, f, _c, w in allowed_for(role)
                                if lst == case.list and case.filter.startswith(f)
                            )
                            where = f"{role} {case.list}/{case.filter}"
                            print(f"  allowed  {where}: {line}  ({why[:60]}…)")
                        else:
                            bad += 1
                            print(f"  FINDING  {case.label} — {call_name}: {line}\n    {sql}")
        print(f"{role}: {explained} statements explained")
        session.close()
    print("no finding outside the allowed list" if not bad else f"{bad} findings")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
