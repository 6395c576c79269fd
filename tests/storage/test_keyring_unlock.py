"""Optional workstation unlock through the OS keyring: works with a secure backend,
refused with an insecure one, and any keyring trouble falls back to the password."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import chainer, fail, null
from storage_helpers import USERS, count_items

from broker_desktop.security.keyring_unlock import (
    KeyringEntry,
    WorkstationUnlock,
    backend_name,
    insecurity,
)
from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import (
    AccountDeactivated,
    InvalidCredentials,
    KeyringEntryMissing,
    KeyringUnavailable,
)
from keyring_backends import (
    BrokenKeyring,
    DisguisedPlaintextKeyring,
    LockedKeyring,
    MemoryKeyring,
    PlaintextFileKeyring,
    PlaintextSecretService,
    secure_unlock,
)


def _entry_for(office, login="alice"):
    db, unlocked = Database.open_with_password(office.path, login, USERS[login])
    db.close()
    return db.database_id, KeyringEntry(unlocked.slot_ref, unlocked.private_key)


def test_secure_backend_stores_the_slot_key_and_unlocks_without_password(office):
    backend = MemoryKeyring()
    unlock = secure_unlock(backend)
    assert unlock.status()[0] is True
    database_id, entry = _entry_for(office)
    unlock.store(database_id, "alice", entry)
    assert unlock.has_entry(database_id, "ALICE ")

    loaded = unlock.load(database_id, "alice")
    db, unlocked = Database.open_with_private_key(office.path, loaded.slot_ref, loaded.private_key)
    with db:
        assert count_items(db) == office.rows
        assert unlocked.slot_ref == entry.slot_ref

    unlock.forget(database_id, "alice")
    with pytest.raises(KeyringEntryMissing):
        unlock.load(database_id, "alice")


def test_keyring_entry_survives_a_rekey(office):
    unlock = secure_unlock(MemoryKeyring())
    database_id, entry = _entry_for(office)
    unlock.store(database_id, "alice", entry)
    db = Database.open_with_recovery_code(office.path, office.code)
    with db:
        db.rekey()
    loaded = unlock.load(database_id, "alice")
    Database.open_with_private_key(office.path, loaded.slot_ref, loaded.private_key)[0].close()


def test_keyring_entry_is_revoked_by_deactivation_and_password_reset(office):
    unlock = secure_unlock(MemoryKeyring())
    database_id, alice = _entry_for(office, "alice")
    _, bob = _entry_for(office, "Bob.Martin")
    with pytest.raises(InvalidCredentials):  # another slot's key does not fit
        Database.open_with_private_key(office.path, alice.slot_ref, bob.private_key)
    db = Database.open_with_recovery_code(office.path, office.code)
    with db, db.slots() as slots:
        change = slots.stage()
        change.deactivate(alice.slot_ref)
        change.replace(db.key, bob.slot_ref, "Bob.Martin", "reset by the director", active=True)
        slots.settle(change.id, committed=True)
    with pytest.raises(AccountDeactivated):
        Database.open_with_private_key(office.path, alice.slot_ref, alice.private_key)
    with pytest.raises(InvalidCredentials):
        Database.open_with_private_key(office.path, bob.slot_ref, bob.private_key)
    assert unlock.status()[0]


@pytest.mark.parametrize(
    "make_backend",
    [
        fail.Keyring,
        null.Keyring,
        lambda: PlaintextFileKeyring(None),
        lambda: DisguisedPlaintextKeyring(None),
        lambda: PlaintextSecretService(None),
        lambda: type("Impostor", (MemoryKeyring,), {})(),
    ],
    ids=["fail", "null", "plaintext", "disguised", "subclass", "untrusted-subclass"],
)
def test_insecure_backends_are_refused_and_never_receive_the_key(
    office, make_backend, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    backend = make_backend()
    unlock = secure_unlock(backend)  # even where the test vouches for its own backends
    usable, reason = unlock.status()
    assert usable is False and reason
    database_id, entry = _entry_for(office)
    with pytest.raises(KeyringUnavailable) as info:
        unlock.store(database_id, "alice", entry)
    assert "unlock with your password" in str(info.value)
    assert not unlock.has_entry(database_id, "alice")
    assert not (tmp_path / "plaintext-keyring.json").exists()


def test_plaintext_backend_holding_an_entry_is_not_read(office, tmp_path):
    """Even if something once wrote an entry there, it is not trusted for unlocking."""
    backend = PlaintextFileKeyring(tmp_path / "plain.json")
    database_id, entry = _entry_for(office)
    secure_unlock(MemoryKeyring())  # the secure path is unaffected
    backend.set_password("Broker Desktop", f"{database_id}:alice", "{}")
    with pytest.raises(KeyringUnavailable):
        WorkstationUnlock(backend).load(database_id, "alice")


def test_a_chain_is_trusted_only_if_every_keyring_in_it_is(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), MemoryKeyring()])
    assert secure_unlock(chainer.ChainerBackend()).status()[0] is True
    monkeypatch.setattr(
        chainer.ChainerBackend, "backends", [MemoryKeyring(), PlaintextFileKeyring(None)]
    )
    assert secure_unlock(chainer.ChainerBackend()).status()[0] is False
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert WorkstationUnlock(chainer.ChainerBackend()).status() == (False, "no keyring backend")


@pytest.mark.parametrize("backend_class", [LockedKeyring, BrokenKeyring])
def test_locked_or_failing_keyring_falls_back_to_the_password(office, backend_class):
    database_id, entry = _entry_for(office)
    unlock = secure_unlock(backend_class())
    with pytest.raises(KeyringUnavailable):
        unlock.store(database_id, "alice", entry)
    with pytest.raises(KeyringUnavailable):
        unlock.load(database_id, "alice")
    assert unlock.has_entry(database_id, "alice") is False
    unlock.forget(database_id, "alice")  # does not raise
    Database.open_with_password(office.path, "alice", USERS["alice"])[0].close()


def test_entry_missing_or_garbled_means_ask_for_the_password(office):
    backend = MemoryKeyring()
    unlock = secure_unlock(backend)
    database_id, _ = _entry_for(office)
    with pytest.raises(KeyringEntryMissing):
        unlock.load(database_id, "alice")
    backend.set_password("Broker Desktop", f"{database_id}:alice", "not json")
    with pytest.raises(KeyringEntryMissing):
        unlock.load(database_id, "alice")


def test_keyring_entry_and_messages_do_not_show_secrets(office):
    backend = MemoryKeyring()
    unlock = secure_unlock(backend)
    database_id, entry = _entry_for(office)
    unlock.store(database_id, "alice", entry)
    (secret,) = backend.secrets.values()
    assert office.key.raw.hex() not in secret and USERS["alice"] not in secret
    assert entry.private_key.hex() not in repr(unlock) + repr(entry).replace(
        repr(entry.private_key), ""
    )


def test_plaintext_backend_named_secret_service_in_keyringrc_is_refused(
    office, tmp_path, monkeypatch
):
    """The user's keyringrc names a plaintext backend whose class says it is
    ``keyring.backends.SecretService.Keyring``: keyring loads it, the program refuses it."""
    import keyring.core
    from keyring.util import platform_

    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.chdir(tmp_path)
    root = Path(platform_.config_root())
    root.mkdir(parents=True, exist_ok=True)
    (root / "keyringrc.cfg").write_text(
        "[backend]\n"
        "default-keyring = keyring_backends.DisguisedPlaintextKeyring\n"
        f"keyring-path = {Path(__file__).parent.parent}\n"
    )
    backend = keyring.core.load_config()
    assert backend is not None
    assert backend_name(backend) == "keyring.backends.SecretService.Keyring"  # what it claims
    unlock = WorkstationUnlock(backend)
    usable, reason = unlock.status()
    assert usable is False
    assert "file" in reason or "not a keyring known" in reason
    database_id, entry = _entry_for(office)
    with pytest.raises(KeyringUnavailable):
        unlock.store(database_id, "alice", entry)
    assert not (tmp_path / "plaintext-keyring.json").exists()


def test_the_genuine_system_classes_are_the_ones_trusted():
    """The real Secret Service class passes the class test (its priority then decides),
    a look-alike of the same module and name does not."""
    from keyring.backends import SecretService

    genuine = SecretService.Keyring.__new__(SecretService.Keyring)
    disguised = DisguisedPlaintextKeyring(None)
    assert backend_name(genuine) == backend_name(disguised)
    assert "not a keyring known" not in (insecurity(genuine) or "")
    assert "not a keyring known" in (insecurity(disguised) or "")
