<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="111"/>
        <source>About Broker Desktop</source>
        <translation>About Broker Desktop</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="119"/>
        <source>Office server (the database stays on the server)</source>
        <translation>Office server (the database stays on the server)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="121"/>
        <source>Database file opened on this workstation</source>
        <translation>Database file opened on this workstation</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="131"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="132"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="132"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="133"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="135"/>
        <source>Components:</source>
        <translation>Components:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="139"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="92"/>
        <source>Your account (Directeur)</source>
        <translation>Your account (Directeur)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="93"/>
        <source>The first account manages the office: users, roles and rights.</source>
        <translation>The first account manages the office: users, roles and rights.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="103"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="104"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="105"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="106"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="123"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="53"/>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="118"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="54"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="71"/>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="72"/>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="239"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="73"/>
        <source>Reactivate…</source>
        <translation>Reactivate…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="74"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="75"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="104"/>
        <source>Roles of this user</source>
        <translation>Roles of this user</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="105"/>
        <source>Rights granted directly</source>
        <translation>Rights granted directly</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="106"/>
        <source>Effective rights and where they come from</source>
        <translation>Effective rights and where they come from</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="182"/>
        <source>No right (or the account is deactivated).</source>
        <translation>No right (or the account is deactivated).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="186"/>
        <source>role %1</source>
        <translation>role %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="188"/>
        <source>granted directly</source>
        <translation>granted directly</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="240"/>
        <source>Deactivate %1? He can no longer log in.</source>
        <translation>Deactivate %1? He can no longer log in.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="272"/>
        <source>New role…</source>
        <translation>New role…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="273"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="274"/>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="368"/>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="275"/>
        <source>Save the rights</source>
        <translation>Save the rights</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="292"/>
        <source>Rights of this role</source>
        <translation>Rights of this role</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="293"/>
        <source>Members of this role</source>
        <translation>Members of this role</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="336"/>
        <source>Nobody has this role.</source>
        <translation>Nobody has this role.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="369"/>
        <source>Delete the role %1? Its members lose its rights.</source>
        <translation>Delete the role %1? Its members lose its rights.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="402"/>
        <source>Administration rights</source>
        <translation>Administration rights</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="404"/>
        <source>Warning: this gives administration rights (%1). Whoever holds them can change every account, role and right of the office, including his own. Go on?</source>
        <translation>Warning: this gives administration rights (%1). Whoever holds them can change every account, role and right of the office, including his own. Go on?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="423"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>AuditCheckActions</name>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="26"/>
        <source>Compare the audit log with a backup…</source>
        <translation>Compare the audit log with a backup…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="37"/>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="57"/>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="96"/>
        <source>Compare the audit log with a backup</source>
        <translation>Compare the audit log with a backup</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="42"/>
        <source>Office databases (*.db)</source>
        <translation>Office databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="62"/>
        <source>The history has not changed since this backup: its %1 entries are all still in the audit log, unchanged (%2 entries today).</source>
        <translation>The history has not changed since this backup: its %1 entries are all still in the audit log, unchanged (%2 entries today).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="72"/>
        <source>The history has changed since this backup: entry %1 does not read today as it did then. Someone holding the database key has rewritten the audit log. Keep this backup and the database as they are, and have them examined.</source>
        <translation>The history has changed since this backup: entry %1 does not read today as it did then. Someone holding the database key has rewritten the audit log. Keep this backup and the database as they are, and have them examined.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="78"/>
        <source>The history has changed since this backup: entry %1, present then, is missing today. Keep this backup and the database as they are, and have them examined.</source>
        <translation>The history has changed since this backup: entry %1, present then, is missing today. Keep this backup and the database as they are, and have them examined.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="83"/>
        <source>The entries of this backup are unchanged, but the audit log was altered after it, from entry %1 on.</source>
        <translation>The entries of this backup are unchanged, but the audit log was altered after it, from entry %1 on.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="87"/>
        <source>This backup is a copy of another office&apos;s database.</source>
        <translation>This backup is a copy of another office&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="90"/>
        <source>The backup&apos;s own audit log is damaged (entry %1): it cannot serve as a reference. Choose another backup.</source>
        <translation>The backup&apos;s own audit log is damaged (entry %1): it cannot serve as a reference. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="103"/>
        <source>This backup does not open with the database&apos;s current key: it was taken before a change of key, or it belongs to another office.

Recovery code that was valid when the backup was taken:</source>
        <translation>This backup does not open with the database&apos;s current key: it was taken before a change of key, or it belongs to another office.

Recovery code that was valid when the backup was taken:</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="70"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="72"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="74"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="79"/>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="94"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="143"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="51"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="54"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="68"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="144"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="145"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="168"/>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="179"/>
        <source>Chain intact: %1 entries checked, none altered or missing.</source>
        <translation>Chain intact: %1 entries checked, none altered or missing.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="190"/>
        <source>Chain broken: entries were deleted before entry %1.</source>
        <translation>Chain broken: entries were deleted before entry %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="192"/>
        <source>Chain broken at entry %1: it does not follow from the entry before it.</source>
        <translation>Chain broken at entry %1: it does not follow from the entry before it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="194"/>
        <source>Chain broken: entry %1 was altered.</source>
        <translation>Chain broken: entry %1 was altered.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="196"/>
        <source>Chain broken: the latest entries were removed (the log ends at entry %1).</source>
        <translation>Chain broken: the latest entries were removed (the log ends at entry %1).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="199"/>
        <source>The log was rewritten: entry %1 is not the one this workstation saw.</source>
        <translation>The log was rewritten: entry %1 is not the one this workstation saw.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="202"/>
        <source>The log went backwards: this workstation saw it up to entry %1, later entries are gone (deleted, or an older backup was restored elsewhere).</source>
        <translation>The log went backwards: this workstation saw it up to entry %1, later entries are gone (deleted, or an older backup was restored elsewhere).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="206"/>
        <source>The log was wiped: this workstation saw it up to entry %1, it is now empty.</source>
        <translation>The log was wiped: this workstation saw it up to entry %1, it is now empty.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="212"/>
        <source>Chain broken at entry %1: %2</source>
        <translation>Chain broken at entry %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditSentences</name>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="28"/>
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="29"/>
        <source>Refused accesses</source>
        <translation>Refused accesses</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="30"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="31"/>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="33"/>
        <source>Transfers of books</source>
        <translation>Transfers of books</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="36"/>
        <source>Deadlines and follow-ups</source>
        <translation>Deadlines and follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="38"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="42"/>
        <source>Users, roles and rights</source>
        <translation>Users, roles and rights</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="45"/>
        <source>Insurers and lines</source>
        <translation>Insurers and lines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="47"/>
        <source>Exports and imports</source>
        <translation>Exports and imports</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="50"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="86"/>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="95"/>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="123"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="142"/>
        <source>%who logged in.</source>
        <translation>%who logged in.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="144"/>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="148"/>
        <source>Failed login attempt as “%1”.</source>
        <translation>Failed login attempt as “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="152"/>
        <source>%who created the office.</source>
        <translation>%who created the office.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="155"/>
        <source>%who re-created a key slot with the recovery code.</source>
        <translation>%who re-created a key slot with the recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="161"/>
        <source>%who was refused: the right “%1” is missing.</source>
        <translation>%who was refused: the right “%1” is missing.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="167"/>
        <source>%who was refused an access.</source>
        <translation>%who was refused an access.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="170"/>
        <source>%who changed his password.</source>
        <translation>%who changed his password.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="173"/>
        <source>%who created the client %1.</source>
        <translation>%who created the client %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="198"/>
        <source>%who created the contract %1.</source>
        <translation>%who created the contract %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="207"/>
        <source>%who moved the contract %1 from %2 to %3.</source>
        <translation>%who moved the contract %1 from %2 to %3.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="241"/>
        <source>%who undid transfer no. %1: everything went back from %3 to %2.</source>
        <translation>%who undid transfer no. %1: everything went back from %3 to %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="254"/>
        <source>%who created a follow-up for %1, due on %2.</source>
        <translation>%who created a follow-up for %1, due on %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="177"/>
        <source>%who changed the client %1: %2.</source>
        <translation>%who changed the client %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="100"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="182"/>
        <source>%who deleted the client %1.</source>
        <translation>%who deleted the client %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="187"/>
        <source>%who merged the client %2 into %1.</source>
        <translation>%who merged the client %2 into %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="193"/>
        <source>%who merged two clients into %1.</source>
        <translation>%who merged two clients into %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="202"/>
        <source>%who changed the contract %1: %2.</source>
        <translation>%who changed the contract %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="214"/>
        <source>%who set the usual split of the contract %1: %2.</source>
        <translation>%who set the usual split of the contract %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="222"/>
        <source>%who removed the usual split of the contract %1.</source>
        <translation>%who removed the usual split of the contract %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="229"/>
        <source>%who transferred the book of %1 to %2: %3.</source>
        <translation>%who transferred the book of %1 to %2: %3.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="231"/>
        <source>%who transferred clients of %1 to %2: %3.</source>
        <translation>%who transferred clients of %1 to %2: %3.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="250"/>
        <source>%who deleted the contract %1.</source>
        <translation>%who deleted the contract %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="259"/>
        <source>%who changed the deadline %1: %2.</source>
        <translation>%who changed the deadline %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="264"/>
        <source>%who deleted the follow-up %1.</source>
        <translation>%who deleted the follow-up %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="268"/>
        <source>%who marked the deadline %1 done.</source>
        <translation>%who marked the deadline %1 done.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="272"/>
        <source>%who reopened the deadline %1.</source>
        <translation>%who reopened the deadline %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="276"/>
        <source>%who entered a commission of %1 for %2 (contract %3).</source>
        <translation>%who entered a commission of %1 for %2 (contract %3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="284"/>
        <source>%who changed the commission %1: %2.</source>
        <translation>%who changed the commission %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="289"/>
        <source>%who deleted the commission %1.</source>
        <translation>%who deleted the commission %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="293"/>
        <source>%who added %1 to the role %2.</source>
        <translation>%who added %1 to the role %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="298"/>
        <source>%who removed %1 from the role %2.</source>
        <translation>%who removed %1 from the role %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="303"/>
        <source>%who gave the right “%1” to %2.</source>
        <translation>%who gave the right “%1” to %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="308"/>
        <source>%who took the right “%1” from %2.</source>
        <translation>%who took the right “%1” from %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="313"/>
        <source>%who created the role %1.</source>
        <translation>%who created the role %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="317"/>
        <source>%who renamed the role %1.</source>
        <translation>%who renamed the role %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="321"/>
        <source>%who deleted the role %1.</source>
        <translation>%who deleted the role %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="325"/>
        <source>%who changed the rights of the role %1: %2.</source>
        <translation>%who changed the rights of the role %1: %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="330"/>
        <source>%who created the account of %1.</source>
        <translation>%who created the account of %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="334"/>
        <source>%who changed the account of %1.</source>
        <translation>%who changed the account of %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="338"/>
        <source>%who deactivated the account of %1.</source>
        <translation>%who deactivated the account of %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="342"/>
        <source>%who reactivated the account of %1.</source>
        <translation>%who reactivated the account of %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="346"/>
        <source>%who reset the password of %1.</source>
        <translation>%who reset the password of %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="350"/>
        <source>%who unlocked the account of %1.</source>
        <translation>%who unlocked the account of %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="354"/>
        <source>%who added the insurer %1.</source>
        <translation>%who added the insurer %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="358"/>
        <source>%who changed the insurer %1.</source>
        <translation>%who changed the insurer %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="362"/>
        <source>%who deleted the insurer %1.</source>
        <translation>%who deleted the insurer %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="366"/>
        <source>%who added the line of business %1.</source>
        <translation>%who added the line of business %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="370"/>
        <source>%who changed the line of business %1.</source>
        <translation>%who changed the line of business %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="374"/>
        <source>%who deleted the line of business %1.</source>
        <translation>%who deleted the line of business %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="378"/>
        <source>%who exported %1 rows of the list “%2” (%3).</source>
        <translation>%who exported %1 rows of the list “%2” (%3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="384"/>
        <source>%who imported the file “%1” with the mapping “%2” (no. %3).</source>
        <translation>%who imported the file “%1” with the mapping “%2” (no. %3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="392"/>
        <source>%who undid the import no. %1.</source>
        <translation>%who undid the import no. %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="395"/>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="399"/>
        <source>%who saved the import mapping “%1”.</source>
        <translation>%who saved the import mapping “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="403"/>
        <source>%who deleted the import mapping “%1”.</source>
        <translation>%who deleted the import mapping “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="407"/>
        <source>%who imported the statement “%1” of %2 for %3.</source>
        <translation>%who imported the statement “%1” of %2 for %3.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="415"/>
        <source>%who accepted a statement line of %1 (line no. %2).</source>
        <translation>%who accepted a statement line of %1 (line no. %2).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="422"/>
        <source>%who flagged the statement line no. %1: “%2”.</source>
        <translation>%who flagged the statement line no. %1: “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="430"/>
        <source>%who set the own commission rate of the contract %1 to %2.</source>
        <translation>%who set the own commission rate of the contract %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="439"/>
        <source>%who set the commission rate of %1 to %2.</source>
        <translation>%who set the commission rate of %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="447"/>
        <source>%who deleted the commission rate no. %1.</source>
        <translation>%who deleted the commission rate no. %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="451"/>
        <source>%who generated the demonstration office.</source>
        <translation>%who generated the demonstration office.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="454"/>
        <source>%who backed up the database.</source>
        <translation>%who backed up the database.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="457"/>
        <source>%who changed the database key.</source>
        <translation>%who changed the database key.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="460"/>
        <source>%who restored a backup.</source>
        <translation>%who restored a backup.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="463"/>
        <source>%who displayed the recovery code.</source>
        <translation>%who displayed the recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="471"/>
        <source>%who: %1 (%2 no. %3).</source>
        <translation>%who: %1 (%2 no. %3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="476"/>
        <source>%who: %1.</source>
        <translation>%who: %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="523"/>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="527"/>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="541"/>
        <source>premium</source>
        <translation>premium</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="542"/>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="543"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="544"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="545"/>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="546"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="547"/>
        <source>renewal date</source>
        <translation>renewal date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="548"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="549"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="550"/>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="551"/>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="552"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="553"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="554"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="555"/>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="556"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="557"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="558"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="559"/>
        <source>contract</source>
        <translation>contract</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="37"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="44"/>
        <source>This is your first login (or your password was reset): choose your own password before going on.</source>
        <translation>This is your first login (or your password was reset): choose your own password before going on.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="52"/>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="53"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="55"/>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="68"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="45"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="45"/>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="49"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="52"/>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="53"/>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="54"/>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="55"/>
        <source>UID (CHE-…):</source>
        <translation>UID (CHE-…):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="57"/>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="59"/>
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="60"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="61"/>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="62"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="65"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="66"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="69"/>
        <source>Responsible agent:</source>
        <translation>Responsible agent:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="72"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="24"/>
        <source>Name, policy number, phone, e-mail, postcode, city</source>
        <translation>Name, policy number, phone, e-mail, postcode, city</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="39"/>
        <source>No client chosen.</source>
        <translation>No client chosen.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="42"/>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="52"/>
        <source>No client matches.</source>
        <translation>No client matches.</translation>
    </message>
</context>
<context>
    <name>CommissionsPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="40"/>
        <source>from (2026 or 01.2026)</source>
        <translation>from (2026 or 01.2026)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="42"/>
        <source>to (12.2026)</source>
        <translation>to (12.2026)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="48"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="51"/>
        <source>Beneficiary:</source>
        <translation>Beneficiary:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="54"/>
        <source>Only this contract</source>
        <translation>Only this contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="56"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="63"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="83"/>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="218"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="88"/>
        <source>New commission…</source>
        <translation>New commission…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="90"/>
        <source>Edit the split…</source>
        <translation>Edit the split…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="147"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="148"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="149"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="150"/>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="151"/>
        <source>Commission total</source>
        <translation>Commission total</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="152"/>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="153"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="154"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="188"/>
        <source>Total of the listed shares: %1 (%2)</source>
        <translation>Total of the listed shares: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="190"/>
        <source>Your share of the listed commissions: %1 (%2)</source>
        <translation>Your share of the listed commissions: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="42"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="47"/>
        <source>%1 was changed by someone else while you were editing it. Here are their values beside yours. Choose, field by field, which to keep: the form then shows the result, and Save saves it over their version.</source>
        <translation>%1 was changed by someone else while you were editing it. Here are their values beside yours. Choose, field by field, which to keep: the form then shows the result, and Save saves it over their version.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="56"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="56"/>
        <source>Their current value</source>
        <translation>Their current value</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="56"/>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="65"/>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="66"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="88"/>
        <source>Use these choices</source>
        <translation>Use these choices</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="89"/>
        <source>Keep all mine</source>
        <translation>Keep all mine</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="90"/>
        <source>Take all theirs</source>
        <translation>Take all theirs</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="53"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="53"/>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="57"/>
        <source>Policy number:</source>
        <translation>Policy number:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="60"/>
        <source>Insurer:</source>
        <translation>Insurer:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="65"/>
        <source>Line of business:</source>
        <translation>Line of business:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="68"/>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="69"/>
        <source>Renewal date:</source>
        <translation>Renewal date:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="70"/>
        <source>Notice (months):</source>
        <translation>Notice (months):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="74"/>
        <source>Cancel by:</source>
        <translation>Cancel by:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="75"/>
        <source>Annual premium (CHF):</source>
        <translation>Annual premium (CHF):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="76"/>
        <source>Payment:</source>
        <translation>Payment:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="79"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="83"/>
        <source>Cancellation reason:</source>
        <translation>Cancellation reason:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="87"/>
        <source>Responsible agent:</source>
        <translation>Responsible agent:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="91"/>
        <source>The client&apos;s agent</source>
        <translation>The client&apos;s agent</translation>
    </message>
</context>
<context>
    <name>ContractPicker</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="36"/>
        <source>Name, policy number, phone, e-mail, postcode, city</source>
        <translation>Name, policy number, phone, e-mail, postcode, city</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="73"/>
        <source>No contract chosen yet.</source>
        <translation>No contract chosen yet.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="76"/>
        <source>Contract: %1</source>
        <translation>Contract: %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="87"/>
        <source>No contract matches.</source>
        <translation>No contract matches.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="256"/>
        <source>The window was locked. Enter your password to go on.</source>
        <translation>The window was locked. Enter your password to go on.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="265"/>
        <source>The office server no longer knows your session (it restarted, or the session expired): this window was closed. Log in again.</source>
        <translation>The office server no longer knows your session (it restarted, or the session expired): this window was closed. Log in again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="276"/>
        <source>Your account was deactivated: this window was closed. Ask your director if you need access again.</source>
        <translation>Your account was deactivated: this window was closed. Ask your director if you need access again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="322"/>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="323"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="18"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="21"/>
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="24"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="27"/>
        <source>%n commission share line(s)</source>
        <translation>
            <numerusform>%n commission share line</numerusform>
            <numerusform>%n commission share lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="30"/>
        <source>%n commission(s)</source>
        <translation>
            <numerusform>%n commission</numerusform>
            <numerusform>%n commissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="33"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/counts.py" line="40"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/broker_desktop/ui/date_field.py" line="111"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/date_field.py" line="117"/>
        <source>Choose in a calendar</source>
        <translation>Choose in a calendar</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/date_field.py" line="208"/>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="68"/>
        <source>My deadlines</source>
        <translation>My deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="69"/>
        <source>Everyone&apos;s deadlines</source>
        <translation>Everyone&apos;s deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="76"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="77"/>
        <source>Next 30 days</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="78"/>
        <source>Next 3 months</source>
        <translation>Next 3 months</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="79"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="80"/>
        <source>Today and overdue</source>
        <translation>Today and overdue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="81"/>
        <source>Between two dates</source>
        <translation>Between two dates</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="88"/>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="93"/>
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="95"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="99"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="101"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="104"/>
        <source>New follow-up…</source>
        <translation>New follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="106"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="108"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="279"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="148"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="264"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="289"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="313"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="154"/>
        <source>Overdue deadlines are shown in red.</source>
        <translation>Overdue deadlines are shown in red.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="179"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="180"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="181"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="182"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="183"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="184"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="185"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="277"/>
        <source>Delete the follow-up “%1” due on %2?</source>
        <translation>Delete the follow-up “%1” due on %2?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/broker_desktop/ui/widgets.py" line="106"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DuplicateClients</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Merge into it</source>
        <translation>Merge into it</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="776"/>
        <source>Look for duplicates</source>
        <translation>Look for duplicates</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="779"/>
        <source>Merge the selected pair</source>
        <translation>Merge the selected pair</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="792"/>
        <source>Merging keeps the first client, moves the second one&apos;s contracts and deadlines to him, fills his empty fields and deletes the second one. It is recorded in the audit log.</source>
        <translation>Merging keeps the first client, moves the second one&apos;s contracts and deadlines to him, fills his empty fields and deletes the second one. It is recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="830"/>
        <source>%n probable pair(s).</source>
        <translation>
            <numerusform>%n probable pair.</numerusform>
            <numerusform>%n probable pairs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="839"/>
        <source>Select a pair first.</source>
        <translation>Select a pair first.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="844"/>
        <source>Merge two clients</source>
        <translation>Merge two clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="845"/>
        <source>Merge “%1” into “%2”? The first one is deleted.</source>
        <translation>Merge “%1” into “%2”? The first one is deleted.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="833"/>
        <source>Clients merged.</source>
        <translation>Clients merged.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/broker_desktop/ui/errors.py" line="147"/>
        <source>Something went wrong: %1

What was already saved is safe.</source>
        <translation>Something went wrong: %1

What was already saved is safe.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/errors.py" line="152"/>
        <source>Something went wrong: %1

What was already saved is safe. The details were written to the log file:
%2</source>
        <translation>Something went wrong: %1

What was already saved is safe. The details were written to the log file:
%2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/errors.py" line="165"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="55"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="56"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="89"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="96"/>
        <source>Save this list, as filtered and shown, for Excel</source>
        <translation>Save this list, as filtered and shown, for Excel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="102"/>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="103"/>
        <source>contracts</source>
        <translation>contracts</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="104"/>
        <source>commissions</source>
        <translation>commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="105"/>
        <source>deadlines</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="115"/>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="117"/>
        <source>Excel workbook (*.xlsx);;CSV file for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="130"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="131"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="169"/>
        <source>%1 rows were written to:
%2</source>
        <translation>%1 rows were written to:
%2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="171"/>
        <source>1 row was written to:
%2</source>
        <translation>1 row was written to:
%2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="175"/>
        <source>Export done</source>
        <translation>Export done</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="136"/>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="183"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="29"/>
        <source>Client number (source)</source>
        <translation>Client number (source)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="30"/>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="31"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="32"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="33"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="34"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="35"/>
        <source>UID (CHE-…)</source>
        <translation>UID (CHE-…)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="36"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="37"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="38"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="39"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="40"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="42"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="43"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="44"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="45"/>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="46"/>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="47"/>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="48"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="49"/>
        <source>Renewal date</source>
        <translation>Renewal date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="50"/>
        <source>Notice (months)</source>
        <translation>Notice (months)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="51"/>
        <source>Annual premium</source>
        <translation>Annual premium</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="52"/>
        <source>Payment frequency</source>
        <translation>Payment frequency</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="54"/>
        <source>Cancellation reason</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="55"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="56"/>
        <source>Commission received</source>
        <translation>Commission received</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="57"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="58"/>
        <source>Commission split (one cell)</source>
        <translation>Commission split (one cell)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="59"/>
        <source>Split: person 1</source>
        <translation>Split: person 1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="60"/>
        <source>Split: share 1 (%)</source>
        <translation>Split: share 1 (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="61"/>
        <source>Split: person 2</source>
        <translation>Split: person 2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="62"/>
        <source>Split: share 2 (%)</source>
        <translation>Split: share 2 (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="63"/>
        <source>Split: person 3</source>
        <translation>Split: person 3</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="64"/>
        <source>Split: share 3 (%)</source>
        <translation>Split: share 3 (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="65"/>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="66"/>
        <source>Follow-up subject</source>
        <translation>Follow-up subject</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="187"/>
        <source>Broker Desktop — New office</source>
        <translation>Broker Desktop — New office</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="198"/>
        <source>Start working</source>
        <translation>Start working</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="199"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="200"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="201"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="66"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="66"/>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="70"/>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="72"/>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="79"/>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="84"/>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="87"/>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="197"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="199"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="226"/>
        <source>Someone else changed this record since you opened it: loading their version…</source>
        <translation>Someone else changed this record since you opened it: loading their version…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="259"/>
        <source>Someone else saved this record meanwhile, with the same values as yours in this form. Press Save to save it.</source>
        <translation>Someone else saved this record meanwhile, with the same values as yours in this form. Press Save to save it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="278"/>
        <source>The form now shows their version; your changes were dropped. Close it, or change it and press Save.</source>
        <translation>The form now shows their version; your changes were dropped. Close it, or change it and press Save.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="284"/>
        <source>The form now shows the values you chose. Check them and press Save.</source>
        <translation>The form now shows the values you chose. Check them and press Save.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="288"/>
        <source>Your values are kept. Press Save to save them over their version.</source>
        <translation>Your values are kept. Press Save to save them over their version.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="335"/>
        <source>Someone else changed this record since you opened it. Your input is still here: press Save again to replace their change with yours, or Cancel to keep theirs.</source>
        <translation>Someone else changed this record since you opened it. Your input is still here: press Save again to replace their change with yours, or Cancel to keep theirs.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../src/broker_desktop/ui/guard.py" line="24"/>
        <source>Requires the right: %1</source>
        <translation>Requires the right: %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="95"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="100"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="154"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="157"/>
        <source>About Broker Desktop</source>
        <translation>About Broker Desktop</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="660"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="681"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="661"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="662"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="663"/>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="664"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="665"/>
        <source>Clients created</source>
        <translation>Clients created</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="666"/>
        <source>Contracts created</source>
        <translation>Contracts created</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="670"/>
        <source>Undo the selected import</source>
        <translation>Undo the selected import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="677"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="681"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="681"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="702"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="703"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="704"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="738"/>
        <source>Undo the import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="739"/>
        <source>Remove what import no. %1 created and restore what it changed?</source>
        <translation>Remove what import no. %1 created and restore what it changed?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="751"/>
        <source>The import cannot be undone: %n record(s) were changed since.</source>
        <translation>
            <numerusform>The import cannot be undone: %n record was changed since.</numerusform>
            <numerusform>The import cannot be undone: %n records were changed since.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="725"/>
        <source>Import undone.</source>
        <translation>Import undone.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="873"/>
        <source>Import a file</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="874"/>
        <source>Past imports</source>
        <translation>Past imports</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="875"/>
        <source>Duplicate clients</source>
        <translation>Duplicate clients</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="621"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="622"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="623"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="624"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="625"/>
        <source>Commission rate</source>
        <translation>Commission rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="626"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="627"/>
        <source>Statement line</source>
        <translation>Statement line</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="628"/>
        <source>Commission split</source>
        <translation>Commission split</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="631"/>
        <source>changed since the import</source>
        <translation>changed since the import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="632"/>
        <source>added to an imported client</source>
        <translation>added to an imported client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="635"/>
        <source>recorded on an imported contract</source>
        <translation>recorded on an imported contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="638"/>
        <source>added to an imported record</source>
        <translation>added to an imported record</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="641"/>
        <source>accepted or flagged since</source>
        <translation>accepted or flagged since</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="13"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="14"/>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="15"/>
        <source>out of range</source>
        <translation>out of range</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="16"/>
        <source>renewal before the start</source>
        <translation>renewal before the start</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="19"/>
        <source>not an amount</source>
        <translation>not an amount</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="20"/>
        <source>negative amount</source>
        <translation>negative amount</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="21"/>
        <source>not a valid UID</source>
        <translation>not a valid UID</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="22"/>
        <source>not an e-mail address</source>
        <translation>not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="23"/>
        <source>not a phone number</source>
        <translation>not a phone number</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="24"/>
        <source>unknown code: add a translation</source>
        <translation>unknown code: add a translation</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="27"/>
        <source>unknown: add a translation</source>
        <translation>unknown: add a translation</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="30"/>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="46"/>
        <source>no such active user</source>
        <translation>no such active user</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="31"/>
        <source>only into your own book</source>
        <translation>only into your own book</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="32"/>
        <source>belongs to another book</source>
        <translation>belongs to another book</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="33"/>
        <source>already earlier in the file</source>
        <translation>already earlier in the file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="36"/>
        <source>too long</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="37"/>
        <source>invisible characters</source>
        <translation>invisible characters</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="38"/>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="39"/>
        <source>not a period</source>
        <translation>not a period</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="40"/>
        <source>write each share as a name and a percentage</source>
        <translation>write each share as a name and a percentage</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="43"/>
        <source>the shares do not add up to 100 %</source>
        <translation>the shares do not add up to 100 %</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="47"/>
        <source>the same person appears twice</source>
        <translation>the same person appears twice</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="50"/>
        <source>a split needs a contract</source>
        <translation>a split needs a contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="59"/>
        <source>(“%1”)</source>
        <translation>(“%1”)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="67"/>
        <source>same UID</source>
        <translation>same UID</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="68"/>
        <source>same date of birth</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="69"/>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="70"/>
        <source>same postcode</source>
        <translation>same postcode</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="71"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="78"/>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="79"/>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="80"/>
        <source>Clients to create</source>
        <translation>Clients to create</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="81"/>
        <source>Clients to update</source>
        <translation>Clients to update</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="82"/>
        <source>Clients unchanged</source>
        <translation>Clients unchanged</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="83"/>
        <source>Contracts to create</source>
        <translation>Contracts to create</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="84"/>
        <source>Contracts to update</source>
        <translation>Contracts to update</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="85"/>
        <source>Contracts unchanged</source>
        <translation>Contracts unchanged</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="88"/>
        <source>Follow-ups to create</source>
        <translation>Follow-ups to create</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="90"/>
        <source>Commission splits to set</source>
        <translation>Commission splits to set</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="93"/>
        <source>Commission splits unchanged</source>
        <translation>Commission splits unchanged</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="95"/>
        <source>Probable duplicate clients</source>
        <translation>Probable duplicate clients</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="99"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="120"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="123"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="336"/>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="133"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="138"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="144"/>
        <source>detect</source>
        <translation>detect</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="139"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="418"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="147"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="383"/>
        <source>the first one</source>
        <translation>the first one</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="148"/>
        <source>Read again with these settings</source>
        <translation>Read again with these settings</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="155"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="156"/>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="162"/>
        <source>Column names on row:</source>
        <translation>Column names on row:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="163"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="178"/>
        <source>Saved mapping:</source>
        <translation>Saved mapping:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="179"/>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="180"/>
        <source>Override:</source>
        <translation>Override:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="183"/>
        <source>CSV (any separator, UTF-8 or Windows) or Excel XLSX, as exported by your previous software or an insurer&apos;s extranet. Nothing is written before you have seen the preview.</source>
        <translation>CSV (any separator, UTF-8 or Windows) or Excel XLSX, as exported by your previous software or an insurer&apos;s extranet. Nothing is written before you have seen the preview.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="194"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="199"/>
        <source>Keep probable duplicates apart</source>
        <translation>Keep probable duplicates apart</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="201"/>
        <source>Merge when certain (same UID, same name and sign)</source>
        <translation>Merge when certain (same UID, same name and sign)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="203"/>
        <source>Always merge with the best match</source>
        <translation>Always merge with the best match</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="205"/>
        <source>Duplicates:</source>
        <translation>Duplicates:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="223"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="227"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="223"/>
        <source>Why it is rejected</source>
        <translation>Why it is rejected</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="226"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="228"/>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="229"/>
        <source>Already known</source>
        <translation>Already known</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="230"/>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="231"/>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="235"/>
        <source>Save the rejected rows…</source>
        <translation>Save the rejected rows…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="238"/>
        <source>Preview again with these choices</source>
        <translation>Preview again with these choices</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="246"/>
        <source>Probable duplicate clients (tick to merge):</source>
        <translation>Probable duplicate clients (tick to merge):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="249"/>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="266"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="282"/>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="285"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="285"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="285"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="287"/>
        <source>Import another file</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="302"/>
        <source>1. The file</source>
        <translation>1. The file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="303"/>
        <source>2. Which column is which field</source>
        <translation>2. Which column is which field</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="304"/>
        <source>3. Preview: nothing is written yet</source>
        <translation>3. Preview: nothing is written yet</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="305"/>
        <source>4. Importing</source>
        <translation>4. Importing</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="306"/>
        <source>5. Done</source>
        <translation>5. Done</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="309"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="310"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="311"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="348"/>
        <source>— a new mapping —</source>
        <translation>— a new mapping —</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="359"/>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="415"/>
        <source>CSV, encoding %1, separator “%2”, column names on row %3, %4 columns</source>
        <translation>CSV, encoding %1, separator “%2”, column names on row %3, %4 columns</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="421"/>
        <source>Excel, sheet “%1”, column names on row %3, %4 columns</source>
        <translation>Excel, sheet “%1”, column names on row %3, %4 columns</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="432"/>
        <source>This file cannot be read: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="454"/>
        <source>Mapping “%1” saved.</source>
        <translation>Mapping “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="473"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="512"/>
        <source>Save the rejected rows</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="521"/>
        <source>%n rejected row(s) saved.</source>
        <translation>
            <numerusform>%n rejected row saved.</numerusform>
            <numerusform>%n rejected rows saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="547"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="559"/>
        <source>Import no. %1 done: %2 created, %3 updated, %4 rejected. It can be undone as a whole as long as nobody changes these records.</source>
        <translation>Import no. %1 done: %2 created, %3 updated, %4 rejected. It can be undone as a whole as long as nobody changes these records.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="581"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="591"/>
        <source>Undo the import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="592"/>
        <source>Remove what this import created and restore what it changed?</source>
        <translation>Remove what this import created and restore what it changed?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="602"/>
        <source>The import was undone: the office is as before.</source>
        <translation>The import was undone: the office is as before.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="610"/>
        <source>The import cannot be undone: %n record(s) were changed since.</source>
        <translation>
            <numerusform>The import cannot be undone: %n record was changed since.</numerusform>
            <numerusform>The import cannot be undone: %n records were changed since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="10"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="11"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="12"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="13"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="19"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="20"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="26"/>
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="27"/>
        <source>Half-yearly</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="28"/>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="29"/>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="35"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="36"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="37"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="38"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="44"/>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="45"/>
        <source>Cancellation deadline</source>
        <translation>Cancellation deadline</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="46"/>
        <location filename="../../src/broker_desktop/ui/labels.py" line="47"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="48"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="37"/>
        <source>Where should the office database live?</source>
        <translation>Where should the office database live?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="40"/>
        <source>Every workstation of the office opens the same database. Keep it in your data folder for a single workstation, or choose a shared folder (a network drive) for several.</source>
        <translation>Every workstation of the office opens the same database. Keep it in your data folder for a single workstation, or choose a shared folder (a network drive) for several.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="47"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="55"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="56"/>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="62"/>
        <source>Folder of the office database</source>
        <translation>Folder of the office database</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="77"/>
        <source>A file already exists there. Choose another folder or file name.</source>
        <translation>A file already exists there. Choose another folder or file name.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="69"/>
        <source>Broker Desktop — Log in</source>
        <translation>Broker Desktop — Log in</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="72"/>
        <source>Log in to your office</source>
        <translation>Log in to your office</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="88"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="94"/>
        <source>Unlock with my workstation account next time</source>
        <translation>Unlock with my workstation account next time</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="96"/>
        <source>Unlock with my workstation account</source>
        <translation>Unlock with my workstation account</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="100"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="102"/>
        <source>Office server</source>
        <translation>Office server</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="113"/>
        <source>address or name of the office server</source>
        <translation>address or name of the office server</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="122"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="142"/>
        <source>Data:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="143"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="144"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="145"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="146"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="151"/>
        <location filename="../../src/broker_desktop/ui/login.py" line="164"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="154"/>
        <source>Use the recovery code…</source>
        <translation>Use the recovery code…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="167"/>
        <source>Forgot the key file: use the recovery code…</source>
        <translation>Forgot the key file: use the recovery code…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="170"/>
        <source>Troubleshooting</source>
        <translation>Troubleshooting</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="177"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="180"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="182"/>
        <source>Create a new office…</source>
        <translation>Create a new office…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="226"/>
        <source>Open an office database</source>
        <translation>Open an office database</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="228"/>
        <source>Office databases (*.db);;All files (*)</source>
        <translation>Office databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="251"/>
        <source>Enter your login and your password.</source>
        <translation>Enter your login and your password.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="282"/>
        <source>Office CA: %1</source>
        <translation>Office CA: %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="284"/>
        <source>Office CA…</source>
        <translation>Office CA…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="289"/>
        <source>Without an office CA, the server&apos;s own certificate is trusted once you compared its fingerprint.</source>
        <translation>Without an office CA, the server&apos;s own certificate is trusted once you compared its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="298"/>
        <source>Certificate of the office&apos;s certificate authority</source>
        <translation>Certificate of the office&apos;s certificate authority</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="300"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="306"/>
        <source>Office CA</source>
        <translation>Office CA</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="307"/>
        <source>Stop trusting the office CA and compare the server&apos;s fingerprint instead?</source>
        <translation>Stop trusting the office CA and compare the server&apos;s fingerprint instead?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="315"/>
        <source>Enter the address of the office server.</source>
        <translation>Enter the address of the office server.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="338"/>
        <source>This workstation has never connected to the office server %1.

Its certificate fingerprint (SHA-256) is:
%2

Compare it with the fingerprint the server printed when it started (ask the office&apos;s IT person). Trust this server only if they are identical.</source>
        <translation>This workstation has never connected to the office server %1.

Its certificate fingerprint (SHA-256) is:
%2

Compare it with the fingerprint the server printed when it started (ask the office&apos;s IT person). Trust this server only if they are identical.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="344"/>
        <source>New office server</source>
        <translation>New office server</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="346"/>
        <source>The server was not trusted: nothing was sent to it.</source>
        <translation>The server was not trusted: nothing was sent to it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="373"/>
        <source>Workstation unlock</source>
        <translation>Workstation unlock</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="383"/>
        <source>Next attempt in %1 seconds.</source>
        <translation>Next attempt in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="391"/>
        <source>Logging in failed unexpectedly. Try again.</source>
        <translation>Logging in failed unexpectedly. Try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="429"/>
        <source>The backup was restored. The damaged file was moved aside, not deleted:
%1</source>
        <translation>The backup was restored. The damaged file was moved aside, not deleted:
%1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="432"/>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="434"/>
        <source>Log in with the passwords as they were when the backup was taken.</source>
        <translation>Log in with the passwords as they were when the backup was taken.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="436"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="452"/>
        <source>Access re-created</source>
        <translation>Access re-created</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="454"/>
        <source>%1 can log in with the new password. If the key file was lost, give the other users new passwords in Administration.</source>
        <translation>%1 can log in with the new password. If the key file was lost, give the other users new passwords in Administration.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="469"/>
        <source>This account may not open the office.</source>
        <translation>This account may not open the office.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="43"/>
        <source>Broker Desktop</source>
        <translation>Broker Desktop</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="62"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="68"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="74"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="80"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="83"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="84"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="88"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="104"/>
        <source>The connection to the office server is lost. Retrying… Your input is kept; save again once the server is back.</source>
        <translation>The connection to the office server is lost. Retrying… Your input is kept; save again once the server is back.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="121"/>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="122"/>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="124"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="126"/>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="129"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="131"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="136"/>
        <source>Insurers and lines of business…</source>
        <translation>Insurers and lines of business…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="140"/>
        <source>Transfer a book…</source>
        <translation>Transfer a book…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="191"/>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="193"/>
        <source>%1 (%2) — roles: %3</source>
        <translation>%1 (%2) — roles: %3</translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="28"/>
        <source>Back up the database…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="29"/>
        <source>Change the database key…</source>
        <translation>Change the database key…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="30"/>
        <source>Show the recovery code…</source>
        <translation>Show the recovery code…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="44"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="48"/>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="60"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="50"/>
        <source>Office databases (*.db)</source>
        <translation>Office databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="66"/>
        <source>Backup done</source>
        <translation>Backup done</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="68"/>
        <source>The backup was written to:
%1

with its key file:
%2

Keep the two files together, away from this computer (another disk, a USB key in a safe). The passwords of today open it.</source>
        <translation>The backup was written to:
%1

with its key file:
%2

Keep the two files together, away from this computer (another disk, a USB key in a safe). The passwords of today open it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="80"/>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="97"/>
        <source>Change the database key</source>
        <translation>Change the database key</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="82"/>
        <source>Change the key after someone leaves the office, or after deactivating an account: whoever kept the old recovery code or an old key file can then no longer open the database.

Warning: every other workstation must have closed Broker Desktop. Everyone keeps his password. The old recovery code stops working; the new one is shown only once. Backups taken before keep the old key: keep them safe or destroy them.

Change the key now?</source>
        <translation>Change the key after someone leaves the office, or after deactivating an account: whoever kept the old recovery code or an old key file can then no longer open the database.

Warning: every other workstation must have closed Broker Desktop. Everyone keeps his password. The old recovery code stops working; the new one is shown only once. Backups taken before keep the old key: keep them safe or destroy them.

Change the key now?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="105"/>
        <source>The new recovery code</source>
        <translation>The new recovery code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="107"/>
        <source>The database key was changed. The old recovery code no longer opens the database; this one does. It is shown only now: print it or copy it, and keep it in a safe place, away from the computer.</source>
        <translation>The database key was changed. The old recovery code no longer opens the database; this one does. It is shown only now: print it or copy it, and keep it in a safe place, away from the computer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="120"/>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="132"/>
        <source>Show the recovery code</source>
        <translation>Show the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="122"/>
        <source>The recovery code opens the database without any password. Show it only when nobody else can see your screen. Showing it is recorded in the audit log.

Show it now?</source>
        <translation>The recovery code opens the database without any password. Show it only when nobody else can see your screen. Showing it is recorded in the audit log.

Show it now?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="140"/>
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="142"/>
        <source>This code opens the database if every password is forgotten or the key file is lost. Keep it in a safe place, away from the computer.</source>
        <translation>This code opens the database if every password is forgotten or the key file is lost. Keep it in a safe place, away from the computer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="166"/>
        <source>Nothing was changed: the database is open in another window or on another workstation. Ask everyone to close Broker Desktop (or to log out), then try again.</source>
        <translation>Nothing was changed: the database is open in another window or on another workstation. Ask everyone to close Broker Desktop (or to log out), then try again.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="82"/>
        <source>e.g. Export AXA extranet</source>
        <translation>e.g. Export AXA extranet</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="86"/>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="110"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="86"/>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="86"/>
        <source>If empty</source>
        <translation>If empty</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="110"/>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="110"/>
        <source>In the office</source>
        <translation>In the office</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="118"/>
        <source>Add a translation</source>
        <translation>Add a translation</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="123"/>
        <source>Mapping name:</source>
        <translation>Mapping name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="126"/>
        <source>Codes of the file:</source>
        <translation>Codes of the file:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="142"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="48"/>
        <source>This file cannot be read as a table (CSV or XLSX): check it, or choose its encoding and separator.</source>
        <translation>This file cannot be read as a table (CSV or XLSX): check it, or choose its encoding and separator.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="59"/>
        <source>The office server %1 cannot be reached. Check that it is running and that this workstation is on the office network.</source>
        <translation>The office server %1 cannot be reached. Check that it is running and that this workstation is on the office network.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="65"/>
        <source>The office server %1 presented a different certificate than the one this workstation trusts: the connection was refused, someone may be impersonating the server. If its certificate was replaced on purpose, ask the office&apos;s IT person to confirm the new fingerprint.</source>
        <translation>The office server %1 presented a different certificate than the one this workstation trusts: the connection was refused, someone may be impersonating the server. If its certificate was replaced on purpose, ask the office&apos;s IT person to confirm the new fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="74"/>
        <source>Your session on the office server expired after a period without activity. Log in again.</source>
        <translation>Your session on the office server expired after a period without activity. Log in again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="79"/>
        <source>The office server no longer knows this session (it may have restarted). Log in again.</source>
        <translation>The office server no longer knows this session (it may have restarted). Log in again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="84"/>
        <source>Too many login attempts from this workstation. Wait %1 seconds and try again.</source>
        <translation>Too many login attempts from this workstation. Wait %1 seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="89"/>
        <source>This request is larger than the office server accepts.</source>
        <translation>This request is larger than the office server accepts.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="93"/>
        <source>The office server met an unexpected error; nothing was changed by this request. Its log has the details.</source>
        <translation>The office server met an unexpected error; nothing was changed by this request. Its log has the details.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="98"/>
        <source>The office server refused this request, or it is not available through it.</source>
        <translation>The office server refused this request, or it is not available through it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="105"/>
        <source>Your account was deactivated: nothing more can be done in this window.</source>
        <translation>Your account was deactivated: nothing more can be done in this window.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="116"/>
        <source>You do not have the right to do this (%1).</source>
        <translation>You do not have the right to do this (%1).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="119"/>
        <source>You do not have the right to do this.</source>
        <translation>You do not have the right to do this.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="123"/>
        <source>Someone else changed this record since you opened it. Reload it and apply your change again.</source>
        <translation>Someone else changed this record since you opened it. Reload it and apply your change again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="129"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>This record no longer exists: someone else deleted it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="133"/>
        <source>Refused: nobody else could then manage users and roles. Give that right to another active user first.</source>
        <translation>Refused: nobody else could then manage users and roles. Give that right to another active user first.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="141"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="143"/>
        <source>The import cannot be undone: records it wrote were changed since.</source>
        <translation>The import cannot be undone: records it wrote were changed since.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="147"/>
        <source>Rows were rejected: nothing was imported.</source>
        <translation>Rows were rejected: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="149"/>
        <source>This gives administration rights: confirm explicitly.</source>
        <translation>This gives administration rights: confirm explicitly.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="157"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="163"/>
        <source>Too many failed attempts: this account is locked until %1 at %2.</source>
        <translation>Too many failed attempts: this account is locked until %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="170"/>
        <source>This account is deactivated. Ask your director to reactivate it.</source>
        <translation>This account is deactivated. Ask your director to reactivate it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="174"/>
        <source>Workstation unlock is not available: log in with your password.</source>
        <translation>Workstation unlock is not available: log in with your password.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="178"/>
        <source>The database is open in another window or on another workstation. Everyone must close Broker Desktop (or log out) first; then try again.</source>
        <translation>The database is open in another window or on another workstation. Everyone must close Broker Desktop (or log out) first; then try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="184"/>
        <source>Another workstation is changing the database key or restoring a backup. Try again in a minute.</source>
        <translation>Another workstation is changing the database key or restoring a backup. Try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="190"/>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>The database file is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="194"/>
        <source>The key file beside the database does not belong to it, or the database file is damaged. Restore the database from a backup.</source>
        <translation>The key file beside the database does not belong to it, or the database file is damaged. Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="200"/>
        <source>This file is not a Broker Desktop database (or it is damaged). Restore it from a backup, or choose another file.</source>
        <translation>This file is not a Broker Desktop database (or it is damaged). Restore it from a backup, or choose another file.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="206"/>
        <source>The key file beside the database is missing. Copy it back, restore a backup, or use the recovery code.</source>
        <translation>The key file beside the database is missing. Copy it back, restore a backup, or use the recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="212"/>
        <source>The key file beside the database is damaged. Restore a backup, or use the recovery code.</source>
        <translation>The key file beside the database is damaged. Restore a backup, or use the recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="218"/>
        <source>This is not a valid recovery code: it has 52 letters and digits (A to Z, 2 to 7), in groups of four. Check for a typo.</source>
        <translation>This is not a valid recovery code: it has 52 letters and digits (A to Z, 2 to 7), in groups of four. Check for a typo.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="224"/>
        <source>This recovery code does not open this database.</source>
        <translation>This recovery code does not open this database.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="228"/>
        <source>This backup is of another office; it was not restored. To replace this office by it, choose so explicitly and enter this office&apos;s recovery code.</source>
        <translation>This backup is of another office; it was not restored. To replace this office by it, choose so explicitly and enter this office&apos;s recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="234"/>
        <source>A file with this name already exists there. Choose another name.</source>
        <translation>A file with this name already exists there. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="238"/>
        <source>No database at this location. Choose another one.</source>
        <translation>No database at this location. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="243"/>
        <source>Password logins are refused: the disk holding the database is full, so failed attempts could not be counted. Free some space, then try again.</source>
        <translation>Password logins are refused: the disk holding the database is full, so failed attempts could not be counted. Free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="248"/>
        <source>Password logins are refused: the database&apos;s folder cannot be written (read-only folder, drive or file), so failed attempts could not be counted. Ask for write access to the folder, then try again.</source>
        <translation>Password logins are refused: the database&apos;s folder cannot be written (read-only folder, drive or file), so failed attempts could not be counted. Ask for write access to the folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="255"/>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation>The disk is full. Nothing was written; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="259"/>
        <source>This folder cannot be written. Choose another one or check its permissions.</source>
        <translation>This folder cannot be written. Choose another one or check its permissions.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="264"/>
        <source>The database is busy with another workstation&apos;s change. Try again.</source>
        <translation>The database is busy with another workstation&apos;s change. Try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="268"/>
        <source>This file is a plain, unencrypted database, not a Broker Desktop database. It was left untouched.</source>
        <translation>This file is a plain, unencrypted database, not a Broker Desktop database. It was left untouched.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="274"/>
        <source>The database is open on another computer that treats it as a file on its own disk. Close Broker Desktop on that computer, then try again.</source>
        <translation>The database is open on another computer that treats it as a file on its own disk. Close Broker Desktop on that computer, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="280"/>
        <source>This is not a valid database key.</source>
        <translation>This is not a valid database key.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="282"/>
        <source>Refused: the copy would not be encrypted. Nothing was written.</source>
        <translation>Refused: the copy would not be encrypted. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="286"/>
        <source>This database was made by a newer version of Broker Desktop. Install that version to open it.</source>
        <translation>This database was made by a newer version of Broker Desktop. Install that version to open it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="306"/>
        <source>A date between %1 and %2.</source>
        <translation>A date between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="312"/>
        <source>Between %1 and %2 months.</source>
        <translation>Between %1 and %2 months.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="319"/>
        <source>Between %1 and %2.</source>
        <translation>Between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="326"/>
        <source>An annual premium above %1 is not plausible: check the amount.</source>
        <translation>An annual premium above %1 is not plausible: check the amount.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="331"/>
        <source>A Swiss postcode has 4 digits (for example 1003).</source>
        <translation>A Swiss postcode has 4 digits (for example 1003).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="334"/>
        <source>This is not a postcode.</source>
        <translation>This is not a postcode.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="345"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="346"/>
        <source>Expected text.</source>
        <translation>Expected text.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="347"/>
        <source>Expected a whole number.</source>
        <translation>Expected a whole number.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="348"/>
        <source>Expected yes or no.</source>
        <translation>Expected yes or no.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="349"/>
        <source>Not a date: type for example 31.12.2026, 31.12.26 or 31122026.</source>
        <translation>Not a date: type for example 31.12.2026, 31.12.26 or 31122026.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="352"/>
        <source>This date does not exist: check the day and the month.</source>
        <translation>This date does not exist: check the day and the month.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="355"/>
        <source>Remove the invisible control characters.</source>
        <translation>Remove the invisible control characters.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="358"/>
        <source>This is not a valid phone number (for example +41 21 123 45 67).</source>
        <translation>This is not a valid phone number (for example +41 21 123 45 67).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="361"/>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="364"/>
        <source>This is not a valid amount.</source>
        <translation>This is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="365"/>
        <source>Choose one of the proposed values.</source>
        <translation>Choose one of the proposed values.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="368"/>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="371"/>
        <source>Not a valid Swiss enterprise number (CHE-123.456.789).</source>
        <translation>Not a valid Swiss enterprise number (CHE-123.456.789).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="374"/>
        <source>Choose an active user as responsible agent.</source>
        <translation>Choose an active user as responsible agent.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="377"/>
        <source>Choose an existing entry.</source>
        <translation>Choose an existing entry.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="378"/>
        <source>The renewal date must come after the start date.</source>
        <translation>The renewal date must come after the start date.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="381"/>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="382"/>
        <source>This insurer already has a contract with this policy number.</source>
        <translation>This insurer already has a contract with this policy number.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="385"/>
        <source>A year (2026) or a month (03.2026).</source>
        <translation>A year (2026) or a month (03.2026).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="388"/>
        <source>This contract already has a commission for this period.</source>
        <translation>This contract already has a commission for this period.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="391"/>
        <source>Each share is between 0 and 100 %.</source>
        <translation>Each share is between 0 and 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="394"/>
        <source>A beneficiary appears twice in the split.</source>
        <translation>A beneficiary appears twice in the split.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="397"/>
        <source>Unknown beneficiary.</source>
        <translation>Unknown beneficiary.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="398"/>
        <source>The shares add up to more than 100 %.</source>
        <translation>The shares add up to more than 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="401"/>
        <source>The shares must add up to exactly 100 %.</source>
        <translation>The shares must add up to exactly 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="404"/>
        <source>This name is already used.</source>
        <translation>This name is already used.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="405"/>
        <source>This login is already used.</source>
        <translation>This login is already used.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="406"/>
        <source>No user has this login.</source>
        <translation>No user has this login.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="407"/>
        <source>Choose an active user.</source>
        <translation>Choose an active user.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="408"/>
        <source>Unknown right.</source>
        <translation>Unknown right.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="409"/>
        <source>Not a row of this list.</source>
        <translation>Not a row of this list.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="410"/>
        <source>This contract belongs to another client.</source>
        <translation>This contract belongs to another client.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="413"/>
        <source>This deadline comes from a contract; change the contract instead.</source>
        <translation>This deadline comes from a contract; change the contract instead.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="416"/>
        <source>This client still has contracts; delete or move them first.</source>
        <translation>This client still has contracts; delete or move them first.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="419"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="420"/>
        <source>Choose a password different from the old one.</source>
        <translation>Choose a password different from the old one.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="423"/>
        <source>The password is too short.</source>
        <translation>The password is too short.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="424"/>
        <source>The password is too long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="425"/>
        <source>The password must mix at least three of: lower-case letters, upper-case letters, digits, other characters.</source>
        <translation>The password must mix at least three of: lower-case letters, upper-case letters, digits, other characters.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="430"/>
        <source>The password must be text.</source>
        <translation>The password must be text.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="431"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="432"/>
        <source>The password must not contain the login.</source>
        <translation>The password must not contain the login.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="435"/>
        <source>The file lacks a column the mapping names: choose the mapping again.</source>
        <translation>The file lacks a column the mapping names: choose the mapping again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="438"/>
        <source>This mapping is incomplete or not a mapping file.</source>
        <translation>This mapping is incomplete or not a mapping file.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="441"/>
        <source>The mapping file cannot be read.</source>
        <translation>The mapping file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="444"/>
        <source>The statement holds no readable line.</source>
        <translation>The statement holds no readable line.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="445"/>
        <source>The office has no contract with this policy number: create it first, or flag the line.</source>
        <translation>The office has no contract with this policy number: create it first, or flag the line.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="450"/>
        <source>This import was already undone.</source>
        <translation>This import was already undone.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="451"/>
        <source>Choose two different clients.</source>
        <translation>Choose two different clients.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="452"/>
        <source>The contract already belongs to this client.</source>
        <translation>The contract already belongs to this client.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="455"/>
        <source>Choose another agent than the one who hands over.</source>
        <translation>Choose another agent than the one who hands over.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="458"/>
        <source>A deactivated user cannot take over a book.</source>
        <translation>A deactivated user cannot take over a book.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="461"/>
        <source>Choose clients of the list.</source>
        <translation>Choose clients of the list.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="462"/>
        <source>Choose at least one client to hand over.</source>
        <translation>Choose at least one client to hand over.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="465"/>
        <source>Some of the chosen clients are not (or no longer) in this agent&apos;s book: reload the list.</source>
        <translation>Some of the chosen clients are not (or no longer) in this agent&apos;s book: reload the list.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="470"/>
        <source>This agent has nothing to hand over.</source>
        <translation>This agent has nothing to hand over.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="473"/>
        <source>This transfer was already undone.</source>
        <translation>This transfer was already undone.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="476"/>
        <source>A person and a company cannot be merged.</source>
        <translation>A person and a company cannot be merged.</translation>
    </message>
</context>
<context>
    <name>MoveContractDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="46"/>
        <source>Move a contract to another client</source>
        <translation>Move a contract to another client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="52"/>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="53"/>
        <source>Now under:</source>
        <translation>Now under:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="54"/>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="56"/>
        <source>Search the client the contract belongs to, then choose it in the list.</source>
        <translation>Search the client the contract belongs to, then choose it in the list.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="60"/>
        <source>Move the contract</source>
        <translation>Move the contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="90"/>
        <source>The contract %1 moves from “%2” to “%3”, with %4 and %5; %6 stays its responsible agent.</source>
        <translation>The contract %1 moves from “%2” to “%3”, with %4 and %5; %6 stays its responsible agent.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/models/paged_table.py" line="92"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/models/paged_table.py" line="93"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/models/paged_table.py" line="179"/>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/models/paged_table.py" line="397"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_choices.py" line="30"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (deactivated)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_choices.py" line="34"/>
        <source>This account is deactivated.</source>
        <translation>This account is deactivated.</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="49"/>
        <source>Name, policy number, phone, e-mail, postcode, city</source>
        <translation>Name, policy number, phone, e-mail, postcode, city</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="62"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="74"/>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="77"/>
        <source>Insurer:</source>
        <translation>Insurer:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="79"/>
        <source>Line:</source>
        <translation>Line:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="81"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="115"/>
        <source>New client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="117"/>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="123"/>
        <source>Open / edit…</source>
        <translation>Open / edit…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="119"/>
        <source>Delete client</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="121"/>
        <source>New contract…</source>
        <translation>New contract…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="125"/>
        <source>Delete contract</source>
        <translation>Delete contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="127"/>
        <source>Move to client…</source>
        <translation>Move to client…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="130"/>
        <source>Register the selected contract under another client</source>
        <translation>Register the selected contract under another client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="133"/>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="136"/>
        <source>Who shares the selected contract&apos;s commissions, and in what proportion</source>
        <translation>Who shares the selected contract&apos;s commissions, and in what proportion</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="229"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="232"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="233"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="234"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="235"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="236"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="237"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="238"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="239"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="240"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="241"/>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="256"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="246"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="247"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="248"/>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="249"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="250"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="251"/>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="252"/>
        <source>Cancel by</source>
        <translation>Cancel by</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="253"/>
        <source>Annual premium</source>
        <translation>Annual premium</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="254"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="255"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="269"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="270"/>
        <source>All insurers</source>
        <translation>All insurers</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="271"/>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="317"/>
        <source>Clients (%1)</source>
        <translation>Clients (%1)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="321"/>
        <source>Contracts — select a client</source>
        <translation>Contracts — select a client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="324"/>
        <source>Contracts of %1 (%2)</source>
        <translation>Contracts of %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="459"/>
        <source>Client not deleted</source>
        <translation>Client not deleted</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="461"/>
        <source>%1 still has %n contract(s), and a client is only deleted once it has none. Move its contracts to another client or delete them first (they are listed under Contracts below), then delete the client.</source>
        <translation>
            <numerusform>%1 still has %n contract, and a client is only deleted once it has none. Move its contracts to another client or delete them first (they are listed under Contracts below), then delete the client.</numerusform>
            <numerusform>%1 still has %n contracts, and a client is only deleted once it has none. Move its contracts to another client or delete them first (they are listed under Contracts below), then delete the client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="487"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="488"/>
        <source>Delete %1 for good? This cannot be undone.</source>
        <translation>Delete %1 for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="498"/>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="519"/>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="502"/>
        <source>Changed elsewhere</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="504"/>
        <source>Someone else changed this record in the meantime. The list was reloaded; check it and try again.</source>
        <translation>Someone else changed this record in the meantime. The list was reloaded; check it and try again.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="512"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="513"/>
        <source>This record no longer exists. The list was reloaded.</source>
        <translation>This record no longer exists. The list was reloaded.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/broker_desktop/ui/selftest_qt.py" line="82"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Line of business</source>
        <translation>Line of business</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="584"/>
        <source>Insurer:</source>
        <translation>Insurer:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="586"/>
        <source>Line of business:</source>
        <translation>Line of business:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="588"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="622"/>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="590"/>
        <source>Save the rate</source>
        <translation>Save the rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="593"/>
        <source>Delete the selected rate</source>
        <translation>Delete the selected rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="607"/>
        <source>An insurer&apos;s rate</source>
        <translation>An insurer&apos;s rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="618"/>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="624"/>
        <source>Save the contract&apos;s rate</source>
        <translation>Save the contract&apos;s rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="632"/>
        <source>A contract&apos;s own rate</source>
        <translation>A contract&apos;s own rate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="647"/>
        <source>The commission expected on a contract is its rate (a contract&apos;s own rate first, then the insurer&apos;s rate for its line, then the insurer&apos;s rate) times its premium.</source>
        <translation>The commission expected on a contract is its rate (a contract&apos;s own rate first, then the insurer&apos;s rate for its line, then the insurer&apos;s rate) times its premium.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="682"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="693"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="695"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="773"/>
        <source>every line</source>
        <translation>every line</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="741"/>
        <source>The contract&apos;s own rate is saved: %1.</source>
        <translation>The contract&apos;s own rate is saved: %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="766"/>
        <source>Delete the own rate of contract %1 (%2)? This cannot be undone.</source>
        <translation>Delete the own rate of contract %1 (%2)? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="769"/>
        <source>Delete the rate of %1 for %2 (%3)? This cannot be undone.</source>
        <translation>Delete the rate of %1 for %2 (%3)? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="777"/>
        <source>Delete the rate</source>
        <translation>Delete the rate</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="814"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="815"/>
        <source>Commission rates</source>
        <translation>Commission rates</translation>
    </message>
</context>
<context>
    <name>RecoverAccountDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="80"/>
        <source>Use the recovery code</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="82"/>
        <source>Re-create an access with the recovery code</source>
        <translation>Re-create an access with the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="89"/>
        <source>Use it when the key file (.keys) beside the database is lost or damaged, or when every password is forgotten. The recovery code was shown when the office was created or its key last changed. It gives the user below a new password; give the other users new passwords afterwards in Administration.</source>
        <translation>Use it when the key file (.keys) beside the database is lost or damaged, or when every password is forgotten. The recovery code was shown when the office was created or its key last changed. It gives the user below a new password; give the other users new passwords afterwards in Administration.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="101"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="104"/>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="106"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="107"/>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="108"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="115"/>
        <source>Re-create the access</source>
        <translation>Re-create the access</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="125"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="44"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="47"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="49"/>
        <source>I have stored the recovery code safely</source>
        <translation>I have stored the recovery code safely</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="63"/>
        <source>Without this code, a lost key file or forgotten passwords mean the office data is lost for good.</source>
        <translation>Without this code, a lost key file or forgotten passwords mean the office data is lost for good.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="88"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="88"/>
        <source>Printing is not available on this system.</source>
        <translation>Printing is not available on this system.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="95"/>
        <source>Broker Desktop — recovery code</source>
        <translation>Broker Desktop — recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="146"/>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="149"/>
        <source>This code opens the database if every password is forgotten or the key file is lost. It is shown only now: print it or copy it, and keep it in a safe place, away from the computer.</source>
        <translation>This code opens the database if every password is forgotten or the key file is lost. It is shown only now: print it or copy it, and keep it in a safe place, away from the computer.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="277"/>
        <source>Insurers and lines of business</source>
        <translation>Insurers and lines of business</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="283"/>
        <source>Insurers</source>
        <translation>Insurers</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="284"/>
        <source>Lines of business</source>
        <translation>Lines of business</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="286"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="41"/>
        <source>New insurer</source>
        <translation>New insurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="41"/>
        <source>Rename the insurer</source>
        <translation>Rename the insurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="43"/>
        <source>New line of business</source>
        <translation>New line of business</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="43"/>
        <source>Rename the line</source>
        <translation>Rename the line</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="49"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="52"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="55"/>
        <source>Name (French):</source>
        <translation>Name (French):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="57"/>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="62"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="62"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="115"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="115"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="121"/>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="115"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="118"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="119"/>
        <source>Name (French)</source>
        <translation>Name (French)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="120"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="135"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="136"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="137"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="217"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="138"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="260"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="183"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="183"/>
        <source>Active</source>
        <comment>insurer or line</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="217"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="224"/>
        <source>Used by %1 contracts: deactivate it instead.</source>
        <translation>Used by %1 contracts: deactivate it instead.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="261"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Delete “%1”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="64"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="66"/>
        <source>Restore the office database from a backup</source>
        <translation>Restore the office database from a backup</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="73"/>
        <source>The backup replaces the database below. The current file is moved aside, never deleted. Everything entered since the backup is not in it. Every workstation must have closed Broker Desktop.</source>
        <translation>The backup replaces the database below. The current file is moved aside, never deleted. Everything entered since the backup is not in it. Every workstation must have closed Broker Desktop.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="82"/>
        <source>Only someone who may manage users in this office may restore it: enter your login and your current password. When the database cannot be opened any more, enter the office&apos;s recovery code instead.</source>
        <translation>Only someone who may manage users in this office may restore it: enter your login and your current password. When the database cannot be opened any more, enter the office&apos;s recovery code instead.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="92"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="95"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="102"/>
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="104"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="105"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="108"/>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="110"/>
        <source>Replace this office by another office</source>
        <translation>Replace this office by another office</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="117"/>
        <source>Only when the backup is of another office: this needs the recovery code of this office, and the login and password of an account of the backup.</source>
        <translation>Only when the backup is of another office: this needs the recovery code of this office, and the login and password of an account of the backup.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="127"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="133"/>
        <source>Choose the backup</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="135"/>
        <source>Office databases (*.db);;All files (*)</source>
        <translation>Office databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="150"/>
        <source>There is no file at this place.</source>
        <translation>There is no file at this place.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="154"/>
        <source>Its key file (%1) is not beside it: copy both files together.</source>
        <translation>Its key file (%1) is not beside it: copy both files together.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="160"/>
        <source>This is the database itself. Choose the backup.</source>
        <translation>This is the database itself. Choose the backup.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="169"/>
        <source>The recovery code of the office being replaced.</source>
        <translation>The recovery code of the office being replaced.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="195"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="200"/>
        <source>This account may not manage users in this office: it cannot restore it.</source>
        <translation>This account may not manage users in this office: it cannot restore it.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="204"/>
        <source>This backup is of another office. It was not restored. To replace this office by it, tick the box and enter this office&apos;s recovery code.</source>
        <translation>This backup is of another office. It was not restored. To replace this office by it, tick the box and enter this office&apos;s recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="209"/>
        <source>The recovery code does not fit, or the backup cannot be opened with it. Check the code (and, for a backup taken before a key change, your login and password as they were then).</source>
        <translation>The recovery code does not fit, or the backup cannot be opened with it. Check the code (and, for a backup taken before a key change, your login and password as they were then).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="197"/>
        <source>Too many failed attempts: this account is locked for a while.</source>
        <translation>Too many failed attempts: this account is locked for a while.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="28"/>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="28"/>
        <source>Rename role</source>
        <translation>Rename role</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="34"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="42"/>
        <source>Create the role</source>
        <translation>Create the role</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="42"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="74"/>
        <source>Someone else changed or deleted this role in the meantime. Cancel, then try again on the reloaded list.</source>
        <translation>Someone else changed or deleted this role in the meantime. Cancel, then try again on the reloaded list.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="25"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="32"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="33"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="36"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="37"/>
        <source>Lock after inactivity:</source>
        <translation>Lock after inactivity:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="46"/>
        <source>A language change rebuilds the window; nothing is lost.</source>
        <translation>A language change rebuilds the window; nothing is lost.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="45"/>
        <source>Commission and its split</source>
        <translation>Commission and its split</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="51"/>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="59"/>
        <source>Period (2026 or 03.2026):</source>
        <translation>Period (2026 or 03.2026):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="60"/>
        <source>Commission (CHF):</source>
        <translation>Commission (CHF):</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="62"/>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="62"/>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="66"/>
        <source>Add a beneficiary</source>
        <translation>Add a beneficiary</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="68"/>
        <source>Remove the selected line</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="79"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="89"/>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="95"/>
        <source>The 100 % rule: the shares together make 100 % of the commission. What is not given to a person stays with the office; more than 100 % cannot be saved.</source>
        <translation>The 100 % rule: the shares together make 100 % of the commission. What is not given to a person stays with the office; more than 100 % cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="145"/>
        <source>The office</source>
        <translation>The office</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="165"/>
        <source>The shares add up to %1: that is more than 100 %.</source>
        <translation>The shares add up to %1: that is more than 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="170"/>
        <source>The shares add up to 100 % (%1).</source>
        <translation>The shares add up to 100 % (%1).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="174"/>
        <source>The shares add up to %1; the remaining %2 (%3) stays with the office.</source>
        <translation>The shares add up to %1; the remaining %2 (%3) stays with the office.</translation>
    </message>
</context>
<context>
    <name>StatementMappingDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="62"/>
        <source>Mapping of the statement</source>
        <translation>Mapping of the statement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="69"/>
        <source>if the file has no period: 03.2026 or 2026</source>
        <translation>if the file has no period: 03.2026 or 2026</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="76"/>
        <source>Period of the statement:</source>
        <translation>Period of the statement:</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="104"/>
        <source>Import a statement…</source>
        <translation>Import a statement…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="110"/>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="116"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="117"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="118"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="155"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="119"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="156"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="120"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="157"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="121"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="158"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="122"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="123"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="124"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="130"/>
        <source>note for a flagged line</source>
        <translation>note for a flagged line</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="131"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="135"/>
        <source>Creates or adjusts the commission with the amount received, split like the contract&apos;s usual split</source>
        <translation>Creates or adjusts the commission with the amount received, split like the contract&apos;s usual split</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="140"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="154"/>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="162"/>
        <source>Totals per insurer and period</source>
        <translation>Totals per insurer and period</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="163"/>
        <source>Export the totals…</source>
        <translation>Export the totals…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="169"/>
        <source>Undo this statement…</source>
        <translation>Undo this statement…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="172"/>
        <source>Takes the statement and all its lines out, as long as none was decided</source>
        <translation>Takes the statement and all its lines out, as long as none was decided</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="182"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="182"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="182"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="191"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="191"/>
        <source>Why it is rejected</source>
        <translation>Why it is rejected</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="193"/>
        <source>Import this statement</source>
        <translation>Import this statement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="196"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="213"/>
        <source>Insurer:</source>
        <translation>Insurer:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="215"/>
        <source>Statement:</source>
        <translation>Statement:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="219"/>
        <source>Mapping:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="220"/>
        <source>Tolerance:</source>
        <translation>Tolerance:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="229"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="252"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="253"/>
        <source>Difference above tolerance</source>
        <translation>Difference above tolerance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="254"/>
        <source>No rate in the table</source>
        <translation>No rate in the table</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="255"/>
        <source>Paid but unknown to the office</source>
        <translation>Paid but unknown to the office</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="256"/>
        <source>Expected but missing</source>
        <translation>Expected but missing</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="305"/>
        <source>— a new mapping —</source>
        <translation>— a new mapping —</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="340"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="340"/>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="363"/>
        <source>Commission statement</source>
        <translation>Commission statement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="384"/>
        <source>Statement %1</source>
        <translation>Statement %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="412"/>
        <source>Preview of %1 (period %2), nothing written yet — matched: %3, differences: %4, unknown: %5, missing: %6, without rate: %7, rows rejected: %8. Expected %9, received %10.</source>
        <translation>Preview of %1 (period %2), nothing written yet — matched: %3, differences: %4, unknown: %5, missing: %6, without rate: %7, rows rejected: %8. Expected %9, received %10.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="464"/>
        <source>Statement read — matched: %1, differences: %2, unknown: %3, missing: %4, without rate: %5, rows rejected: %6.</source>
        <translation>Statement read — matched: %1, differences: %2, unknown: %3, missing: %4, without rate: %5, rows rejected: %6.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="446"/>
        <source>Statement not imported: nothing was written.</source>
        <translation>Statement not imported: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="470"/>
        <source>Import no. %1: it can be undone as a whole.</source>
        <translation>Import no. %1: it can be undone as a whole.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="481"/>
        <source>Choose a statement first.</source>
        <translation>Choose a statement first.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="485"/>
        <source>Undo the statement</source>
        <translation>Undo the statement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="486"/>
        <source>Take this statement and all its lines out of the office?</source>
        <translation>Take this statement and all its lines out of the office?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="498"/>
        <source>The statement was undone: its lines are gone.</source>
        <translation>The statement was undone: its lines are gone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="506"/>
        <source>The statement cannot be undone: %n of its line(s) were accepted or flagged since.</source>
        <translation>
            <numerusform>The statement cannot be undone: %n of its lines was accepted or flagged since.</numerusform>
            <numerusform>The statement cannot be undone: %n of its lines were accepted or flagged since.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="519"/>
        <source>Select a line first.</source>
        <translation>Select a line first.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="534"/>
        <source>Line accepted.</source>
        <translation>Line accepted.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="555"/>
        <source>Export the totals</source>
        <translation>Export the totals</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="564"/>
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="45"/>
        <source>Today and overdue</source>
        <translation>Today and overdue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="49"/>
        <source>%1 — due today: %2, overdue: %3</source>
        <translation>%1 — due today: %2, overdue: %3</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="80"/>
        <source>The first %1 of %2 are listed.</source>
        <translation>The first %1 of %2 are listed.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="85"/>
        <source>Show this list when I log in</source>
        <translation>Show this list when I log in</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="90"/>
        <source>Open the deadlines</source>
        <translation>Open the deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="93"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="590"/>
        <source>Transfer a book</source>
        <translation>Transfer a book</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="596"/>
        <source>New transfer</source>
        <translation>New transfer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="597"/>
        <source>Past transfers</source>
        <translation>Past transfers</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="599"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="66"/>
        <source>All his clients</source>
        <translation>All his clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="68"/>
        <source>Only the clients ticked below</source>
        <translation>Only the clients ticked below</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="77"/>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="78"/>
        <source>Tick none</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="93"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="110"/>
        <source>Hands over:</source>
        <translation>Hands over:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="111"/>
        <source>Takes over:</source>
        <translation>Takes over:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="112"/>
        <source>What moves</source>
        <translation>What moves</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="122"/>
        <source>Preview — nothing is written yet</source>
        <translation>Preview — nothing is written yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="192"/>
        <source>%1 — %n client(s)</source>
        <translation>
            <numerusform>%1 — %n client</numerusform>
            <numerusform>%1 — %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="237"/>
        <source>(%n contract(s))</source>
        <translation>
            <numerusform>(%n contract)</numerusform>
            <numerusform>(%n contracts)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="283"/>
        <source>Tick at least one client, or choose all of them.</source>
        <translation>Tick at least one client, or choose all of them.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="301"/>
        <source>This agent has nothing to hand over.</source>
        <translation>This agent has nothing to hand over.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="317"/>
        <source>Choose who hands over and who takes over: the counts show here.</source>
        <translation>Choose who hands over and who takes over: the counts show here.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="322"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="323"/>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="324"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="325"/>
        <source>Commission share lines</source>
        <translation>Commission share lines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="334"/>
        <source>Deadlines: the open ones, and the renewal and cancel-by dates of the contracts that move. Commission shares: those of periods from %1 on not yet received; earlier periods stay with the agent who earned them.</source>
        <translation>Deadlines: the open ones, and the renewal and cancel-by dates of the contracts that move. Commission shares: those of periods from %1 on not yet received; earlier periods stay with the agent who earned them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="340"/>
        <source>%n future share line(s) stay: the new agent already has a share of those commissions.</source>
        <translation>
            <numerusform>%n future share line stays: the new agent already has a share of those commissions.</numerusform>
            <numerusform>%n future share lines stay: the new agent already has a share of those commissions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="355"/>
        <source>Hand %1 from %2 to %3? The transfer can be undone afterwards.</source>
        <translation>Hand %1 from %2 to %3? The transfer can be undone afterwards.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="373"/>
        <source>Transfer no. %1 done: %2 went from %3 to %4.</source>
        <translation>Transfer no. %1 done: %2 went from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="360"/>
        <source>Transfer a book</source>
        <translation>Transfer a book</translation>
    </message>
</context>
<context>
    <name>TransferHistory</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="413"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="414"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="415"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="416"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="417"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="418"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="419"/>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="420"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="421"/>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="422"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="434"/>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="530"/>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="542"/>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="578"/>
        <source>Undo this transfer</source>
        <translation>Undo this transfer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="472"/>
        <source>Whole book</source>
        <translation>Whole book</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="472"/>
        <source>Chosen clients</source>
        <translation>Chosen clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="474"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="476"/>
        <source>Undone on %1</source>
        <translation>Undone on %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="533"/>
        <source>Give back to %1 everything transfer no. %2 handed to %3?</source>
        <translation>Give back to %1 everything transfer no. %2 handed to %3?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="540"/>
        <source>%n record(s) were deleted since: they are not given back.</source>
        <translation>
            <numerusform>%n record was deleted since: it is not given back.</numerusform>
            <numerusform>%n records were deleted since: they are not given back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="559"/>
        <source>The transfer cannot be undone: %n record(s) were changed since it was made. Change them back or move them by hand:</source>
        <translation>
            <numerusform>The transfer cannot be undone: %n record was changed since it was made. Change it back or move it by hand:</numerusform>
            <numerusform>The transfer cannot be undone: %n records were changed since it was made. Change them back or move them by hand:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="571"/>
        <source>(no. %1)</source>
        <translation>(no. %1)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="551"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="552"/>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="553"/>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="554"/>
        <source>commission share, period</source>
        <translation>commission share, period</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="555"/>
        <source>usual split of contract</source>
        <translation>usual split of contract</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="50"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="51"/>
        <source>Reset the password</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="52"/>
        <source>Reactivate the account</source>
        <translation>Reactivate the account</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="62"/>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="63"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="67"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="68"/>
        <source>Temporary password:</source>
        <translation>Temporary password:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="69"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="78"/>
        <source>The user chooses his own password at his first login. Give him this one in person, not by e-mail.</source>
        <translation>The user chooses his own password at his first login. Give him this one in person, not by e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="86"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="110"/>
        <source>Create the user</source>
        <translation>Create the user</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="111"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="112"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsualSplitDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="47"/>
        <source>Usual split of a contract</source>
        <translation>Usual split of a contract</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="50"/>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="54"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="54"/>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="58"/>
        <source>Split:</source>
        <translation>Split:</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="59"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="62"/>
        <source>Remove the selected line</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="73"/>
        <source>Save the split</source>
        <translation>Save the split</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="81"/>
        <source>A new commission of this contract, and the acceptance of a statement line, start from this split. The shares add up to exactly 100 %. With no line at all, they start from the contract&apos;s last commission, else give everything to its agent.</source>
        <translation>A new commission of this contract, and the acceptance of a statement line, start from this split. The shares add up to exactly 100 %. With no line at all, they start from the contract&apos;s last commission, else give everything to its agent.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="127"/>
        <source>No usual split: new commissions start from the last one.</source>
        <translation>No usual split: new commissions start from the last one.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="130"/>
        <source>The shares add up to 100 %.</source>
        <translation>The shares add up to 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="133"/>
        <source>The shares add up to %1; they must make exactly 100 %.</source>
        <translation>The shares add up to %1; they must make exactly 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="162"/>
        <source>Someone else changed this split since you opened it: it is shown again as it is now. Make your change again, then save.</source>
        <translation>Someone else changed this split since you opened it: it is shown again as it is now. Make your change again, then save.</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="491"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="494"/>
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="497"/>
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="501"/>
        <source>The password is longer than %n bytes (accented letters count twice).</source>
        <translation>
            <numerusform>The password is longer than %n bytes (accented letters count twice).</numerusform>
            <numerusform>The password is longer than %n bytes (accented letters count twice).</numerusform>
        </translation>
    </message>
</context>
</TS>
