"""An office that runs its own certificate authority: the workstation trusts the CA given
in its settings instead of pinning the server's certificate, and still refuses a
server whose certificate that CA did not sign."""

from __future__ import annotations

import pytest
from tests.server.office_ca import make_ca_and_server_certificate
from tests.server.server_harness import ServerProcess
from tests.server.server_office import PASSWORD, build_office

from broker_desktop.remote.session import connect
from broker_desktop.server import certs
from broker_desktop.wire.errors import CertificateChanged


def test_a_certificate_signed_by_the_office_ca_is_trusted_another_is_not(tmp_path):
    path, _ids, _code = build_office(tmp_path)
    ca, cert, key = make_ca_and_server_certificate(tmp_path)
    server = ServerProcess(path, cert, key).start()
    try:
        agent = connect("127.0.0.1", server.port, "agent1", PASSWORD, ca_file=str(ca))
        assert agent.clients.count() == 1
        agent.close()
    finally:
        server.stop()
    # the same address, a self-signed certificate the office CA never signed
    other_cert, other_key = tmp_path / "other.pem", tmp_path / "other.key"
    certs.generate(other_cert, other_key, "127.0.0.1")
    impostor = ServerProcess(path, other_cert, other_key).start(port=server.port)
    try:
        with pytest.raises(CertificateChanged):
            connect("127.0.0.1", impostor.port, "agent1", PASSWORD, ca_file=str(ca))
    finally:
        impostor.stop()
