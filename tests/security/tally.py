"""Figures of the security suite, printed as one line at the end of the run.

Tests add to their own ``Tally`` through the ``security_tally`` fixture, which hands it
in with the test's report (user property ``security_tally``, at teardown); fault tests
elsewhere report their count with ``record_property("faults", n)`` (or count as one
fault each when they live in a fault module and pass). Everything travels in the
reports, so the line adds up the same when pytest-xdist runs the tests in other
processes: only the reports reach the process that prints it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

# Test modules whose every passing test injects at least one fault.
FAULT_MODULES = (
    "test_crash_consistency.py",
    "test_damaged_files.py",
    "test_faults.py",
    "test_server_crashes.py",
    "test_key_file_fuzz.py",
)


@dataclass
class Tally:
    configurations: int = 0
    bad_inputs: int = 0  # out-of-scope attempts included
    out_of_scope: int = 0
    faults: int = 0
    violations: int = 0
    security_tests: int = 0
    server_requests: int = 0  # raw requests of the hostile office-server client
    two_file_points: int = 0  # kill and full-disk points of database + key file changes
    lockouts: int = 0  # of those, the ones after which neither version of an account works

    def line(self) -> str:
        return (
            f"security: {self.configurations} configurations checked, "
            f"{self.bad_inputs} bad inputs tried ({self.out_of_scope} of them out-of-scope "
            f"accesses), {self.server_requests} hostile requests to the office server, "
            f"{self.faults} faults injected, {self.violations} violations, "
            f"{self.two_file_points} two-file fault points, {self.lockouts} lockouts"
        )

    def counts(self) -> dict[str, int]:
        """What one test added, as it travels in its report."""
        return {name: value for name, value in asdict(self).items() if value}

    def add(self, counts: dict[str, int]) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + int(counts.get(item.name, 0)))

    def record(self, report) -> None:
        """Count one test report (the call phase, a failing setup, and the teardown that
        hands in a test's own tally)."""
        if report.when == "teardown":
            for name, counts in report.user_properties:
                if name == "security_tally":
                    self.add(counts)
        path = report.nodeid.split("::")[0]
        in_security = path.startswith("tests/security/")
        in_faults = path.endswith(FAULT_MODULES)
        if not (in_security or in_faults):
            return
        if report.when == "call":
            properties = dict(report.user_properties)
            self.two_file_points += int(properties.get("two_file_points", 0))
            self.lockouts += int(properties.get("lockouts", 0))
            self.security_tests += in_security
            if report.passed:
                faults = dict(report.user_properties).get("faults")
                self.faults += int(faults) if faults is not None else int(in_faults)
        if report.failed:
            self.violations += 1


# The run's tally, kept by the process that prints the line (the xdist controller, or the
# only process); always import it as ``tests.security.tally``.
TALLY = Tally()
