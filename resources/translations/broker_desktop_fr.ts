<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="111"/>
        <source>About Broker Desktop</source>
        <translation>À propos de Broker Desktop</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="119"/>
        <source>Office server (the database stays on the server)</source>
        <translation>Serveur du bureau (la base de données reste sur le serveur)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="121"/>
        <source>Database file opened on this workstation</source>
        <translation>Fichier de base de données ouvert sur ce poste</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="131"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="132"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="132"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="133"/>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="135"/>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="139"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="92"/>
        <source>Your account (Directeur)</source>
        <translation>Votre compte (Directeur)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="93"/>
        <source>The first account manages the office: users, roles and rights.</source>
        <translation>Le premier compte gère le bureau : utilisateurs, rôles et droits.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="103"/>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="104"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="105"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="106"/>
        <source>Password again:</source>
        <translation>Mot de passe (confirmation) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="123"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="53"/>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="118"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="54"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="71"/>
        <source>New user…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="72"/>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="239"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="73"/>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="74"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="75"/>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="104"/>
        <source>Roles of this user</source>
        <translation>Rôles de cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="105"/>
        <source>Rights granted directly</source>
        <translation>Droits accordés directement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="106"/>
        <source>Effective rights and where they come from</source>
        <translation>Droits effectifs et leur origine</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="182"/>
        <source>No right (or the account is deactivated).</source>
        <translation>Aucun droit (ou le compte est désactivé).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="186"/>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="188"/>
        <source>granted directly</source>
        <translation>accordé directement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="240"/>
        <source>Deactivate %1? He can no longer log in.</source>
        <translation>Désactiver %1 ? Cette personne ne pourra plus se connecter.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="272"/>
        <source>New role…</source>
        <translation>Nouveau rôle…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="273"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="274"/>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="368"/>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="275"/>
        <source>Save the rights</source>
        <translation>Enregistrer les droits</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="292"/>
        <source>Rights of this role</source>
        <translation>Droits de ce rôle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="293"/>
        <source>Members of this role</source>
        <translation>Membres de ce rôle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="336"/>
        <source>Nobody has this role.</source>
        <translation>Personne n&apos;a ce rôle.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="369"/>
        <source>Delete the role %1? Its members lose its rights.</source>
        <translation>Supprimer le rôle %1 ? Ses membres perdent ses droits.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="402"/>
        <source>Administration rights</source>
        <translation>Droits d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="404"/>
        <source>Warning: this gives administration rights (%1). Whoever holds them can change every account, role and right of the office, including his own. Go on?</source>
        <translation>Attention : ceci donne des droits d&apos;administration (%1). Qui les détient peut modifier tous les comptes, rôles et droits du bureau, y compris les siens. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/admin.py" line="423"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
</context>
<context>
    <name>AuditCheckActions</name>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="26"/>
        <source>Compare the audit log with a backup…</source>
        <translation>Comparer le journal d&apos;audit avec une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="37"/>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="57"/>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="96"/>
        <source>Compare the audit log with a backup</source>
        <translation>Comparer le journal d&apos;audit avec une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="42"/>
        <source>Office databases (*.db)</source>
        <translation>Bases de bureau (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="62"/>
        <source>The history has not changed since this backup: its %1 entries are all still in the audit log, unchanged (%2 entries today).</source>
        <translation>L&apos;historique n&apos;a pas changé depuis cette sauvegarde : ses %1 entrées sont toutes encore dans le journal d&apos;audit, inchangées (%2 entrées aujourd&apos;hui).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="72"/>
        <source>The history has changed since this backup: entry %1 does not read today as it did then. Someone holding the database key has rewritten the audit log. Keep this backup and the database as they are, and have them examined.</source>
        <translation>L&apos;historique a changé depuis cette sauvegarde : l&apos;entrée %1 ne se lit plus aujourd&apos;hui comme alors. Quelqu&apos;un qui détient la clé de la base a réécrit le journal d&apos;audit. Conservez cette sauvegarde et la base telles quelles et faites-les examiner.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="78"/>
        <source>The history has changed since this backup: entry %1, present then, is missing today. Keep this backup and the database as they are, and have them examined.</source>
        <translation>L&apos;historique a changé depuis cette sauvegarde : l&apos;entrée %1, présente alors, manque aujourd&apos;hui. Conservez cette sauvegarde et la base telles quelles et faites-les examiner.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="83"/>
        <source>The entries of this backup are unchanged, but the audit log was altered after it, from entry %1 on.</source>
        <translation>Les entrées de cette sauvegarde sont inchangées, mais le journal d&apos;audit a été modifié après elle, à partir de l&apos;entrée %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="87"/>
        <source>This backup is a copy of another office&apos;s database.</source>
        <translation>Cette sauvegarde est une copie de la base d&apos;un autre bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="90"/>
        <source>The backup&apos;s own audit log is damaged (entry %1): it cannot serve as a reference. Choose another backup.</source>
        <translation>Le journal d&apos;audit de la sauvegarde elle-même est endommagé (entrée %1) : elle ne peut pas servir de référence. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_check.py" line="103"/>
        <source>This backup does not open with the database&apos;s current key: it was taken before a change of key, or it belongs to another office.

Recovery code that was valid when the backup was taken:</source>
        <translation>Cette sauvegarde ne s&apos;ouvre pas avec la clé actuelle de la base : elle a été faite avant un changement de clé, ou elle appartient à un autre bureau.

Code de récupération valable au moment de la sauvegarde :</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="70"/>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="72"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="74"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="79"/>
        <source>Verify the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="94"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="143"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="51"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="54"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="68"/>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="144"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="145"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="168"/>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="179"/>
        <source>Chain intact: %1 entries checked, none altered or missing.</source>
        <translation>Chaîne intacte : %1 entrées vérifiées, aucune modifiée ni manquante.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="190"/>
        <source>Chain broken: entries were deleted before entry %1.</source>
        <translation>Chaîne rompue : des entrées ont été supprimées avant l&apos;entrée %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="192"/>
        <source>Chain broken at entry %1: it does not follow from the entry before it.</source>
        <translation>Chaîne rompue à l&apos;entrée %1 : elle ne fait pas suite à l&apos;entrée précédente.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="194"/>
        <source>Chain broken: entry %1 was altered.</source>
        <translation>Chaîne rompue : l&apos;entrée %1 a été modifiée.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="196"/>
        <source>Chain broken: the latest entries were removed (the log ends at entry %1).</source>
        <translation>Chaîne rompue : les dernières entrées ont été supprimées (le journal s&apos;arrête à l&apos;entrée %1).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="199"/>
        <source>The log was rewritten: entry %1 is not the one this workstation saw.</source>
        <translation>Le journal a été réécrit : l&apos;entrée %1 n&apos;est pas celle que ce poste a vue.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="202"/>
        <source>The log went backwards: this workstation saw it up to entry %1, later entries are gone (deleted, or an older backup was restored elsewhere).</source>
        <translation>Le journal a reculé : ce poste l&apos;a vu jusqu&apos;à l&apos;entrée %1, les entrées suivantes ont disparu (supprimées, ou une sauvegarde plus ancienne a été restaurée ailleurs).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="206"/>
        <source>The log was wiped: this workstation saw it up to entry %1, it is now empty.</source>
        <translation>Le journal a été vidé : ce poste l&apos;a vu jusqu&apos;à l&apos;entrée %1, il est maintenant vide.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/audit.py" line="212"/>
        <source>Chain broken at entry %1: %2</source>
        <translation>Chaîne rompue à l&apos;entrée %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditSentences</name>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="28"/>
        <source>Logins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="29"/>
        <source>Refused accesses</source>
        <translation>Accès refusés</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="30"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="31"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="33"/>
        <source>Transfers of books</source>
        <translation>Transferts de portefeuilles</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="36"/>
        <source>Deadlines and follow-ups</source>
        <translation>Échéances et suivis</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="38"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="42"/>
        <source>Users, roles and rights</source>
        <translation>Utilisateurs, rôles et droits</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="45"/>
        <source>Insurers and lines</source>
        <translation>Assureurs et branches</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="47"/>
        <source>Exports and imports</source>
        <translation>Exportations et importations</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="50"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="86"/>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="95"/>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="123"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="142"/>
        <source>%who logged in.</source>
        <translation>%who s&apos;est connecté.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="144"/>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="148"/>
        <source>Failed login attempt as “%1”.</source>
        <translation>Tentative de connexion échouée sous « %1 ».</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="152"/>
        <source>%who created the office.</source>
        <translation>%who a créé le bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="155"/>
        <source>%who re-created a key slot with the recovery code.</source>
        <translation>%who a recréé un emplacement de clé avec le code de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="161"/>
        <source>%who was refused: the right “%1” is missing.</source>
        <translation>%who a été refusé : le droit « %1 » manque.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="167"/>
        <source>%who was refused an access.</source>
        <translation>%who s&apos;est vu refuser un accès.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="170"/>
        <source>%who changed his password.</source>
        <translation>%who a changé son mot de passe.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="173"/>
        <source>%who created the client %1.</source>
        <translation>%who a créé le client %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="198"/>
        <source>%who created the contract %1.</source>
        <translation>%who a créé le contrat %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="207"/>
        <source>%who moved the contract %1 from %2 to %3.</source>
        <translation>%who a rattaché le contrat %1 à %3 (il était chez %2).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="241"/>
        <source>%who undid transfer no. %1: everything went back from %3 to %2.</source>
        <translation>%who a annulé le transfert n° %1 : tout est revenu de %3 à %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="254"/>
        <source>%who created a follow-up for %1, due on %2.</source>
        <translation>%who a créé un suivi pour %1, dû le %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="177"/>
        <source>%who changed the client %1: %2.</source>
        <translation>%who a modifié le client %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="100"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="182"/>
        <source>%who deleted the client %1.</source>
        <translation>%who a supprimé le client %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="187"/>
        <source>%who merged the client %2 into %1.</source>
        <translation>%who a fusionné le client %2 dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="193"/>
        <source>%who merged two clients into %1.</source>
        <translation>%who a fusionné deux clients dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="202"/>
        <source>%who changed the contract %1: %2.</source>
        <translation>%who a modifié le contrat %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="214"/>
        <source>%who set the usual split of the contract %1: %2.</source>
        <translation>%who a fixé la répartition habituelle du contrat %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="222"/>
        <source>%who removed the usual split of the contract %1.</source>
        <translation>%who a supprimé la répartition habituelle du contrat %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="229"/>
        <source>%who transferred the book of %1 to %2: %3.</source>
        <translation>%who a transféré le portefeuille de %1 à %2 : %3.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="231"/>
        <source>%who transferred clients of %1 to %2: %3.</source>
        <translation>%who a transféré des clients de %1 à %2 : %3.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="250"/>
        <source>%who deleted the contract %1.</source>
        <translation>%who a supprimé le contrat %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="259"/>
        <source>%who changed the deadline %1: %2.</source>
        <translation>%who a modifié l&apos;échéance %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="264"/>
        <source>%who deleted the follow-up %1.</source>
        <translation>%who a supprimé le suivi %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="268"/>
        <source>%who marked the deadline %1 done.</source>
        <translation>%who a marqué l&apos;échéance %1 comme faite.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="272"/>
        <source>%who reopened the deadline %1.</source>
        <translation>%who a rouvert l&apos;échéance %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="276"/>
        <source>%who entered a commission of %1 for %2 (contract %3).</source>
        <translation>%who a saisi une commission de %1 pour %2 (contrat %3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="284"/>
        <source>%who changed the commission %1: %2.</source>
        <translation>%who a modifié la commission %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="289"/>
        <source>%who deleted the commission %1.</source>
        <translation>%who a supprimé la commission %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="293"/>
        <source>%who added %1 to the role %2.</source>
        <translation>%who a ajouté %1 au rôle %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="298"/>
        <source>%who removed %1 from the role %2.</source>
        <translation>%who a retiré %1 du rôle %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="303"/>
        <source>%who gave the right “%1” to %2.</source>
        <translation>%who a donné le droit « %1 » à %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="308"/>
        <source>%who took the right “%1” from %2.</source>
        <translation>%who a retiré le droit « %1 » à %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="313"/>
        <source>%who created the role %1.</source>
        <translation>%who a créé le rôle %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="317"/>
        <source>%who renamed the role %1.</source>
        <translation>%who a renommé le rôle %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="321"/>
        <source>%who deleted the role %1.</source>
        <translation>%who a supprimé le rôle %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="325"/>
        <source>%who changed the rights of the role %1: %2.</source>
        <translation>%who a modifié les droits du rôle %1 : %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="330"/>
        <source>%who created the account of %1.</source>
        <translation>%who a créé le compte de %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="334"/>
        <source>%who changed the account of %1.</source>
        <translation>%who a modifié le compte de %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="338"/>
        <source>%who deactivated the account of %1.</source>
        <translation>%who a désactivé le compte de %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="342"/>
        <source>%who reactivated the account of %1.</source>
        <translation>%who a réactivé le compte de %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="346"/>
        <source>%who reset the password of %1.</source>
        <translation>%who a réinitialisé le mot de passe de %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="350"/>
        <source>%who unlocked the account of %1.</source>
        <translation>%who a débloqué le compte de %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="354"/>
        <source>%who added the insurer %1.</source>
        <translation>%who a ajouté l&apos;assureur %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="358"/>
        <source>%who changed the insurer %1.</source>
        <translation>%who a modifié l&apos;assureur %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="362"/>
        <source>%who deleted the insurer %1.</source>
        <translation>%who a supprimé l&apos;assureur %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="366"/>
        <source>%who added the line of business %1.</source>
        <translation>%who a ajouté la branche %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="370"/>
        <source>%who changed the line of business %1.</source>
        <translation>%who a modifié la branche %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="374"/>
        <source>%who deleted the line of business %1.</source>
        <translation>%who a supprimé la branche %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="378"/>
        <source>%who exported %1 rows of the list “%2” (%3).</source>
        <translation>%who a exporté %1 lignes de la liste « %2 » (%3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="384"/>
        <source>%who imported the file “%1” with the mapping “%2” (no. %3).</source>
        <translation>%who a importé le fichier « %1 » avec la correspondance « %2 » (n° %3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="392"/>
        <source>%who undid the import no. %1.</source>
        <translation>%who a annulé l&apos;import n° %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="395"/>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="399"/>
        <source>%who saved the import mapping “%1”.</source>
        <translation>%who a enregistré la correspondance d&apos;import « %1 ».</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="403"/>
        <source>%who deleted the import mapping “%1”.</source>
        <translation>%who a supprimé la correspondance d&apos;import « %1 ».</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="407"/>
        <source>%who imported the statement “%1” of %2 for %3.</source>
        <translation>%who a importé le décompte « %1 » de %2 pour %3.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="415"/>
        <source>%who accepted a statement line of %1 (line no. %2).</source>
        <translation>%who a accepté une ligne de décompte de %1 (ligne n° %2).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="422"/>
        <source>%who flagged the statement line no. %1: “%2”.</source>
        <translation>%who a signalé la ligne de décompte n° %1 : « %2 ».</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="430"/>
        <source>%who set the own commission rate of the contract %1 to %2.</source>
        <translation>%who a fixé le taux de commission propre au contrat %1 à %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="439"/>
        <source>%who set the commission rate of %1 to %2.</source>
        <translation>%who a fixé le taux de commission de %1 à %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="447"/>
        <source>%who deleted the commission rate no. %1.</source>
        <translation>%who a supprimé le taux de commission n° %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="451"/>
        <source>%who generated the demonstration office.</source>
        <translation>%who a généré le bureau de démonstration.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="454"/>
        <source>%who backed up the database.</source>
        <translation>%who a sauvegardé la base de données.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="457"/>
        <source>%who changed the database key.</source>
        <translation>%who a changé la clé de la base de données.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="460"/>
        <source>%who restored a backup.</source>
        <translation>%who a restauré une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="463"/>
        <source>%who displayed the recovery code.</source>
        <translation>%who a affiché le code de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="471"/>
        <source>%who: %1 (%2 no. %3).</source>
        <translation>%who : %1 (%2 n° %3).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="476"/>
        <source>%who: %1.</source>
        <translation>%who : %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="523"/>
        <source>added %1</source>
        <translation>ajouté %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="527"/>
        <source>removed %1</source>
        <translation>retiré %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="541"/>
        <source>premium</source>
        <translation>prime</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="542"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="543"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="544"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="545"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="546"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="547"/>
        <source>renewal date</source>
        <translation>date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="548"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="549"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="550"/>
        <source>policy</source>
        <translation>police</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="551"/>
        <source>notice</source>
        <translation>préavis</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="552"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="553"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="554"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="555"/>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="556"/>
        <source>postcode</source>
        <translation>NPA</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="557"/>
        <source>city</source>
        <translation>localité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="558"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/audit_sentences.py" line="559"/>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="37"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="44"/>
        <source>This is your first login (or your password was reset): choose your own password before going on.</source>
        <translation>Première connexion (ou mot de passe réinitialisé) : choisissez votre propre mot de passe avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="52"/>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="53"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="55"/>
        <source>New password again:</source>
        <translation>Nouveau mot de passe (confirmation) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/password.py" line="68"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
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
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="49"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="52"/>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="53"/>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="54"/>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="55"/>
        <source>UID (CHE-…):</source>
        <translation>IDE (CHE-…) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="57"/>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="59"/>
        <source>Street:</source>
        <translation>Rue :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="60"/>
        <source>Postcode:</source>
        <translation>NPA :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="61"/>
        <source>City:</source>
        <translation>Localité :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="62"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="65"/>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="66"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="69"/>
        <source>Responsible agent:</source>
        <translation>Conseiller responsable :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_form.py" line="72"/>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="24"/>
        <source>Name, policy number, phone, e-mail, postcode, city</source>
        <translation>Nom, n° de police, téléphone, e-mail, NPA, localité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="39"/>
        <source>No client chosen.</source>
        <translation>Aucun client choisi.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="42"/>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/client_picker.py" line="52"/>
        <source>No client matches.</source>
        <translation>Aucun client ne correspond.</translation>
    </message>
</context>
<context>
    <name>CommissionsPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="40"/>
        <source>from (2026 or 01.2026)</source>
        <translation>du (2026 ou 01.2026)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="42"/>
        <source>to (12.2026)</source>
        <translation>au (12.2026)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="48"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="51"/>
        <source>Beneficiary:</source>
        <translation>Bénéficiaire :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="54"/>
        <source>Only this contract</source>
        <translation>Ce contrat seulement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="56"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="63"/>
        <source>Period:</source>
        <translation>Période :</translation>
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
        <translation>Nouvelle commission…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="90"/>
        <source>Edit the split…</source>
        <translation>Modifier la répartition…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="147"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="148"/>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="149"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="150"/>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="151"/>
        <source>Commission total</source>
        <translation>Commission totale</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="152"/>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="153"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="154"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="188"/>
        <source>Total of the listed shares: %1 (%2)</source>
        <translation>Total des parts listées : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/commissions.py" line="190"/>
        <source>Your share of the listed commissions: %1 (%2)</source>
        <translation>Votre part des commissions listées : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="42"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="47"/>
        <source>%1 was changed by someone else while you were editing it. Here are their values beside yours. Choose, field by field, which to keep: the form then shows the result, and Save saves it over their version.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre pendant que vous le modifiiez. Voici ses valeurs à côté des vôtres. Choisissez, champ par champ, celles à garder : la fiche affiche ensuite le résultat, et Enregistrer l&apos;enregistre par-dessus sa version.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="56"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="56"/>
        <source>Their current value</source>
        <translation>Sa valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="56"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="65"/>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="66"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="88"/>
        <source>Use these choices</source>
        <translation>Appliquer ces choix</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="89"/>
        <source>Keep all mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/conflict_dialog.py" line="90"/>
        <source>Take all theirs</source>
        <translation>Prendre toutes les siennes</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="53"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="53"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="57"/>
        <source>Policy number:</source>
        <translation>N° de police :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="60"/>
        <source>Insurer:</source>
        <translation>Assureur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="65"/>
        <source>Line of business:</source>
        <translation>Branche :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="68"/>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="69"/>
        <source>Renewal date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="70"/>
        <source>Notice (months):</source>
        <translation>Préavis (mois) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="74"/>
        <source>Cancel by:</source>
        <translation>Résilier avant le :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="75"/>
        <source>Annual premium (CHF):</source>
        <translation>Prime annuelle (CHF) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="76"/>
        <source>Payment:</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="79"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="83"/>
        <source>Cancellation reason:</source>
        <translation>Motif de résiliation :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="87"/>
        <source>Responsible agent:</source>
        <translation>Conseiller responsable :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_form.py" line="91"/>
        <source>The client&apos;s agent</source>
        <translation>Le conseiller du client</translation>
    </message>
</context>
<context>
    <name>ContractPicker</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="36"/>
        <source>Name, policy number, phone, e-mail, postcode, city</source>
        <translation>Nom, n° de police, téléphone, e-mail, NPA, localité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="73"/>
        <source>No contract chosen yet.</source>
        <translation>Aucun contrat choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="76"/>
        <source>Contract: %1</source>
        <translation>Contrat : %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/contract_picker.py" line="87"/>
        <source>No contract matches.</source>
        <translation>Aucun contrat ne correspond.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="256"/>
        <source>The window was locked. Enter your password to go on.</source>
        <translation>La fenêtre a été verrouillée. Entrez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="265"/>
        <source>The office server no longer knows your session (it restarted, or the session expired): this window was closed. Log in again.</source>
        <translation>Le serveur du bureau ne connaît plus votre session (il a redémarré, ou la session a expiré) : cette fenêtre a été fermée. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="276"/>
        <source>Your account was deactivated: this window was closed. Ask your director if you need access again.</source>
        <translation>Votre compte a été désactivé : cette fenêtre a été fermée. Adressez-vous à votre directeur si vous avez encore besoin d&apos;un accès.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="322"/>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/app.py" line="323"/>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
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
            <numerusform>%n contrat</numerusform>
            <numerusform>%n contrats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="24"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n échéance</numerusform>
            <numerusform>%n échéances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/counts.py" line="27"/>
        <source>%n commission share line(s)</source>
        <translation>
            <numerusform>%n ligne de parts de commission</numerusform>
            <numerusform>%n lignes de parts de commission</numerusform>
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
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/counts.py" line="40"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/broker_desktop/ui/date_field.py" line="111"/>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/date_field.py" line="117"/>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/date_field.py" line="208"/>
        <source>(no date)</source>
        <translation>(pas de date)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="68"/>
        <source>My deadlines</source>
        <translation>Mes échéances</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="69"/>
        <source>Everyone&apos;s deadlines</source>
        <translation>Les échéances de tous</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="76"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="77"/>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="78"/>
        <source>Next 3 months</source>
        <translation>3 prochains mois</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="79"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="80"/>
        <source>Today and overdue</source>
        <translation>Aujourd&apos;hui et en retard</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="81"/>
        <source>Between two dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="88"/>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="93"/>
        <source>Due from</source>
        <translation>Échéance du</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="95"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="99"/>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="101"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="104"/>
        <source>New follow-up…</source>
        <translation>Nouveau suivi…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="106"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="108"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="279"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="148"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="264"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="289"/>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="313"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="154"/>
        <source>Overdue deadlines are shown in red.</source>
        <translation>Les échéances dépassées sont affichées en rouge.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="179"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="180"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="181"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="182"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="183"/>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="184"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="185"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/deadlines.py" line="277"/>
        <source>Delete the follow-up “%1” due on %2?</source>
        <translation>Supprimer le suivi « %1 » dû le %2 ?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/broker_desktop/ui/widgets.py" line="106"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DuplicateClients</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Merge into it</source>
        <translation>Fusionner dans celui-ci</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="773"/>
        <source>Signs</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="776"/>
        <source>Look for duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="779"/>
        <source>Merge the selected pair</source>
        <translation>Fusionner la paire sélectionnée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="792"/>
        <source>Merging keeps the first client, moves the second one&apos;s contracts and deadlines to him, fills his empty fields and deletes the second one. It is recorded in the audit log.</source>
        <translation>La fusion conserve le premier client, lui transfère les contrats et les échéances du second, complète ses champs vides et supprime le second. Elle est inscrite au journal d&apos;audit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="830"/>
        <source>%n probable pair(s).</source>
        <translation>
            <numerusform>%n paire probable.</numerusform>
            <numerusform>%n paires probables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="839"/>
        <source>Select a pair first.</source>
        <translation>Sélectionnez d&apos;abord une paire.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="844"/>
        <source>Merge two clients</source>
        <translation>Fusionner deux clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="845"/>
        <source>Merge “%1” into “%2”? The first one is deleted.</source>
        <translation>Fusionner « %1 » dans « %2 » ? Le premier est supprimé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="833"/>
        <source>Clients merged.</source>
        <translation>Clients fusionnés.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/broker_desktop/ui/errors.py" line="147"/>
        <source>Something went wrong: %1

What was already saved is safe.</source>
        <translation>Un problème est survenu : %1

Ce qui était déjà enregistré est en sécurité.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/errors.py" line="152"/>
        <source>Something went wrong: %1

What was already saved is safe. The details were written to the log file:
%2</source>
        <translation>Un problème est survenu : %1

Ce qui était déjà enregistré est en sécurité. Les détails ont été écrits dans le fichier journal :
%2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/errors.py" line="165"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="55"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="56"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="89"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="96"/>
        <source>Save this list, as filtered and shown, for Excel</source>
        <translation>Enregistrer cette liste, filtrée et affichée, pour Excel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="102"/>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="103"/>
        <source>contracts</source>
        <translation>contrats</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="104"/>
        <source>commissions</source>
        <translation>commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="105"/>
        <source>deadlines</source>
        <translation>échéances</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="115"/>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="117"/>
        <source>Excel workbook (*.xlsx);;CSV file for Excel (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="130"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="131"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="169"/>
        <source>%1 rows were written to:
%2</source>
        <translation>%1 lignes ont été écrites dans :
%2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="171"/>
        <source>1 row was written to:
%2</source>
        <translation>1 ligne a été écrite dans :
%2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="175"/>
        <source>Export done</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="136"/>
        <location filename="../../src/broker_desktop/ui/export_button.py" line="183"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="29"/>
        <source>Client number (source)</source>
        <translation>N° de client (source)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="30"/>
        <source>Person or company</source>
        <translation>Personne ou entreprise</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="31"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="32"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="33"/>
        <source>Company</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="34"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="35"/>
        <source>UID (CHE-…)</source>
        <translation>IDE (CHE-…)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="36"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="37"/>
        <source>Postcode</source>
        <translation>NPA</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="38"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="39"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="40"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="42"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="43"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="44"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="45"/>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="46"/>
        <source>Line of business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="47"/>
        <source>Policy number</source>
        <translation>N° de police</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="48"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="49"/>
        <source>Renewal date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="50"/>
        <source>Notice (months)</source>
        <translation>Préavis (mois)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="51"/>
        <source>Annual premium</source>
        <translation>Prime annuelle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="52"/>
        <source>Payment frequency</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="53"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="54"/>
        <source>Cancellation reason</source>
        <translation>Motif de résiliation</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="55"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="56"/>
        <source>Commission received</source>
        <translation>Commission reçue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="57"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="58"/>
        <source>Commission split (one cell)</source>
        <translation>Répartition de la commission (une cellule)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="59"/>
        <source>Split: person 1</source>
        <translation>Répartition : personne 1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="60"/>
        <source>Split: share 1 (%)</source>
        <translation>Répartition : part 1 (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="61"/>
        <source>Split: person 2</source>
        <translation>Répartition : personne 2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="62"/>
        <source>Split: share 2 (%)</source>
        <translation>Répartition : part 2 (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="63"/>
        <source>Split: person 3</source>
        <translation>Répartition : personne 3</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="64"/>
        <source>Split: share 3 (%)</source>
        <translation>Répartition : part 3 (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="65"/>
        <source>Follow-up date</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="66"/>
        <source>Follow-up subject</source>
        <translation>Objet de la relance</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="187"/>
        <source>Broker Desktop — New office</source>
        <translation>Broker Desktop — Nouveau bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="198"/>
        <source>Start working</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="199"/>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="200"/>
        <source>&lt; Back</source>
        <translation>&lt; Retour</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="201"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="66"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="66"/>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="70"/>
        <source>What to do:</source>
        <translation>À faire :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="72"/>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="79"/>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="84"/>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/follow_up_dialog.py" line="87"/>
        <source>Contract:</source>
        <translation>Contrat :</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="197"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="199"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="226"/>
        <source>Someone else changed this record since you opened it: loading their version…</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche depuis que vous l&apos;avez ouverte : chargement de sa version…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="259"/>
        <source>Someone else saved this record meanwhile, with the same values as yours in this form. Press Save to save it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche entre-temps, avec les mêmes valeurs que les vôtres dans ce formulaire. Cliquez sur Enregistrer pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="278"/>
        <source>The form now shows their version; your changes were dropped. Close it, or change it and press Save.</source>
        <translation>La fiche affiche maintenant sa version ; vos modifications ont été abandonnées. Fermez-la, ou modifiez-la et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="284"/>
        <source>The form now shows the values you chose. Check them and press Save.</source>
        <translation>La fiche affiche maintenant les valeurs choisies. Vérifiez-les et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="288"/>
        <source>Your values are kept. Press Save to save them over their version.</source>
        <translation>Vos valeurs sont gardées. Cliquez sur Enregistrer pour les enregistrer par-dessus sa version.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/form_support.py" line="335"/>
        <source>Someone else changed this record since you opened it. Your input is still here: press Save again to replace their change with yours, or Cancel to keep theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche depuis que vous l&apos;avez ouverte. Votre saisie est conservée : cliquez à nouveau sur Enregistrer pour remplacer sa modification par la vôtre, ou sur Fermer pour garder la sienne.</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../src/broker_desktop/ui/guard.py" line="24"/>
        <source>Requires the right: %1</source>
        <translation>Nécessite le droit : %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="95"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="100"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="154"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/help.py" line="157"/>
        <source>About Broker Desktop</source>
        <translation>À propos de Broker Desktop</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="660"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="681"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="661"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="662"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="663"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="664"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="665"/>
        <source>Clients created</source>
        <translation>Clients créés</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="666"/>
        <source>Contracts created</source>
        <translation>Contrats créés</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="670"/>
        <source>Undo the selected import</source>
        <translation>Annuler l&apos;import sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="677"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="681"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="681"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="702"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="703"/>
        <source>undone</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="704"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="738"/>
        <source>Undo the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="739"/>
        <source>Remove what import no. %1 created and restore what it changed?</source>
        <translation>Supprimer ce que l&apos;import n° %1 a créé et rétablir ce qu&apos;il a modifié ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="751"/>
        <source>The import cannot be undone: %n record(s) were changed since.</source>
        <translation>
            <numerusform>L&apos;import ne peut pas être annulé : %n enregistrement a été modifié depuis.</numerusform>
            <numerusform>L&apos;import ne peut pas être annulé : %n enregistrements ont été modifiés depuis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="725"/>
        <source>Import undone.</source>
        <translation>Import annulé.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="873"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="874"/>
        <source>Past imports</source>
        <translation>Imports passés</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="875"/>
        <source>Duplicate clients</source>
        <translation>Clients en double</translation>
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
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="623"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="624"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="625"/>
        <source>Commission rate</source>
        <translation>Taux de commission</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="626"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="627"/>
        <source>Statement line</source>
        <translation>Ligne de décompte</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="628"/>
        <source>Commission split</source>
        <translation>Répartition de commission</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="631"/>
        <source>changed since the import</source>
        <translation>modifié depuis l&apos;import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="632"/>
        <source>added to an imported client</source>
        <translation>ajouté à un client importé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="635"/>
        <source>recorded on an imported contract</source>
        <translation>saisi sur un contrat importé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="638"/>
        <source>added to an imported record</source>
        <translation>ajouté à un enregistrement importé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="641"/>
        <source>accepted or flagged since</source>
        <translation>acceptée ou signalée depuis</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="13"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="14"/>
        <source>not a date</source>
        <translation>n&apos;est pas une date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="15"/>
        <source>out of range</source>
        <translation>hors des limites</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="16"/>
        <source>renewal before the start</source>
        <translation>échéance avant le début</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="19"/>
        <source>not an amount</source>
        <translation>n&apos;est pas un montant</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="20"/>
        <source>negative amount</source>
        <translation>montant négatif</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="21"/>
        <source>not a valid UID</source>
        <translation>n&apos;est pas un IDE valable</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="22"/>
        <source>not an e-mail address</source>
        <translation>n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="23"/>
        <source>not a phone number</source>
        <translation>n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="24"/>
        <source>unknown code: add a translation</source>
        <translation>code inconnu : ajoutez une traduction</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="27"/>
        <source>unknown: add a translation</source>
        <translation>inconnu : ajoutez une traduction</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="30"/>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="46"/>
        <source>no such active user</source>
        <translation>aucun utilisateur actif de ce nom</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="31"/>
        <source>only into your own book</source>
        <translation>seulement dans votre propre portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="32"/>
        <source>belongs to another book</source>
        <translation>appartient à un autre portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="33"/>
        <source>already earlier in the file</source>
        <translation>déjà plus haut dans le fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="36"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="37"/>
        <source>invisible characters</source>
        <translation>caractères invisibles</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="38"/>
        <source>not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="39"/>
        <source>not a period</source>
        <translation>n&apos;est pas une période</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="40"/>
        <source>write each share as a name and a percentage</source>
        <translation>écrire chaque part comme un nom et un pourcentage</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="43"/>
        <source>the shares do not add up to 100 %</source>
        <translation>les parts ne font pas 100 %</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="47"/>
        <source>the same person appears twice</source>
        <translation>la même personne figure deux fois</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="50"/>
        <source>a split needs a contract</source>
        <translation>une répartition demande un contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="54"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="59"/>
        <source>(“%1”)</source>
        <translation>(« %1 »)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="67"/>
        <source>same UID</source>
        <translation>même IDE</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="68"/>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="69"/>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="70"/>
        <source>same postcode</source>
        <translation>même NPA</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="71"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="78"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="79"/>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="80"/>
        <source>Clients to create</source>
        <translation>Clients à créer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="81"/>
        <source>Clients to update</source>
        <translation>Clients à mettre à jour</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="82"/>
        <source>Clients unchanged</source>
        <translation>Clients inchangés</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="83"/>
        <source>Contracts to create</source>
        <translation>Contrats à créer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="84"/>
        <source>Contracts to update</source>
        <translation>Contrats à mettre à jour</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="85"/>
        <source>Contracts unchanged</source>
        <translation>Contrats inchangés</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="88"/>
        <source>Follow-ups to create</source>
        <translation>Relances à créer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="90"/>
        <source>Commission splits to set</source>
        <translation>Répartitions de commission à enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="93"/>
        <source>Commission splits unchanged</source>
        <translation>Répartitions de commission inchangées</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_texts.py" line="95"/>
        <source>Probable duplicate clients</source>
        <translation>Clients probablement en double</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="99"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="120"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="123"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="336"/>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="133"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="138"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="144"/>
        <source>detect</source>
        <translation>détecter</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="139"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="418"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="147"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="383"/>
        <source>the first one</source>
        <translation>la première</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="148"/>
        <source>Read again with these settings</source>
        <translation>Relire avec ces réglages</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="155"/>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="156"/>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="162"/>
        <source>Column names on row:</source>
        <translation>Noms des colonnes en ligne :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="163"/>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="178"/>
        <source>Saved mapping:</source>
        <translation>Correspondance enregistrée :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="179"/>
        <source>Detected:</source>
        <translation>Détecté :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="180"/>
        <source>Override:</source>
        <translation>Imposer :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="183"/>
        <source>CSV (any separator, UTF-8 or Windows) or Excel XLSX, as exported by your previous software or an insurer&apos;s extranet. Nothing is written before you have seen the preview.</source>
        <translation>CSV (tout séparateur, UTF-8 ou Windows) ou Excel XLSX, tel qu&apos;exporté par votre ancien logiciel ou l&apos;extranet d&apos;un assureur. Rien n&apos;est écrit avant que vous ayez vu l&apos;aperçu.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="194"/>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="199"/>
        <source>Keep probable duplicates apart</source>
        <translation>Garder séparés les doublons probables</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="201"/>
        <source>Merge when certain (same UID, same name and sign)</source>
        <translation>Fusionner si certain (même IDE, même nom et un indice)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="203"/>
        <source>Always merge with the best match</source>
        <translation>Toujours fusionner avec le meilleur candidat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="205"/>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="223"/>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="227"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="223"/>
        <source>Why it is rejected</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="226"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="228"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="229"/>
        <source>Already known</source>
        <translation>Déjà connu</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="230"/>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="231"/>
        <source>Signs</source>
        <translation>Indices</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="235"/>
        <source>Save the rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="238"/>
        <source>Preview again with these choices</source>
        <translation>Refaire l’aperçu avec ces choix</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="246"/>
        <source>Probable duplicate clients (tick to merge):</source>
        <translation>Clients probablement en double (cocher pour fusionner) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="249"/>
        <source>Rejected rows:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="266"/>
        <source>Cancel the import</source>
        <translation>Interrompre l&apos;import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="282"/>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="285"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="285"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="285"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="287"/>
        <source>Import another file</source>
        <translation>Importer un autre fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="302"/>
        <source>1. The file</source>
        <translation>1. Le fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="303"/>
        <source>2. Which column is which field</source>
        <translation>2. Quelle colonne pour quel champ</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="304"/>
        <source>3. Preview: nothing is written yet</source>
        <translation>3. Aperçu : rien n&apos;est encore écrit</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="305"/>
        <source>4. Importing</source>
        <translation>4. Import en cours</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="306"/>
        <source>5. Done</source>
        <translation>5. Terminé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="309"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="310"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="311"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="348"/>
        <source>— a new mapping —</source>
        <translation>— nouvelle correspondance —</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="359"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="415"/>
        <source>CSV, encoding %1, separator “%2”, column names on row %3, %4 columns</source>
        <translation>CSV, encodage %1, séparateur « %2 », noms des colonnes en ligne %3, %4 colonnes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="421"/>
        <source>Excel, sheet “%1”, column names on row %3, %4 columns</source>
        <translation>Excel, feuille « %1 », noms des colonnes en ligne %3, %4 colonnes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="432"/>
        <source>This file cannot be read: %1</source>
        <translation>Ce fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="454"/>
        <source>Mapping “%1” saved.</source>
        <translation>Correspondance « %1 » enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="473"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="512"/>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="521"/>
        <source>%n rejected row(s) saved.</source>
        <translation>
            <numerusform>%n ligne rejetée enregistrée.</numerusform>
            <numerusform>%n lignes rejetées enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="547"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="559"/>
        <source>Import no. %1 done: %2 created, %3 updated, %4 rejected. It can be undone as a whole as long as nobody changes these records.</source>
        <translation>Import n° %1 terminé : créés : %2 ; mis à jour : %3 ; rejetées : %4. Il peut être annulé en bloc tant que personne ne modifie ces enregistrements.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="581"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import interrompu : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="591"/>
        <source>Undo the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="592"/>
        <source>Remove what this import created and restore what it changed?</source>
        <translation>Supprimer ce que cet import a créé et rétablir ce qu&apos;il a modifié ?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="602"/>
        <source>The import was undone: the office is as before.</source>
        <translation>L&apos;import a été annulé : le bureau est comme avant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/import_page.py" line="610"/>
        <source>The import cannot be undone: %n record(s) were changed since.</source>
        <translation>
            <numerusform>L&apos;import ne peut pas être annulé : %n enregistrement a été modifié depuis.</numerusform>
            <numerusform>L&apos;import ne peut pas être annulé : %n enregistrements ont été modifiés depuis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="10"/>
        <source>Proposal</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="11"/>
        <source>Active</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="12"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="13"/>
        <source>Expired</source>
        <translation>Échu</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="19"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="20"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="26"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="27"/>
        <source>Half-yearly</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="28"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="29"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="35"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="36"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="37"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="38"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="44"/>
        <source>Renewal</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="45"/>
        <source>Cancellation deadline</source>
        <translation>Délai de résiliation</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="46"/>
        <location filename="../../src/broker_desktop/ui/labels.py" line="47"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/labels.py" line="48"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="37"/>
        <source>Where should the office database live?</source>
        <translation>Où placer la base de données du bureau ?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="40"/>
        <source>Every workstation of the office opens the same database. Keep it in your data folder for a single workstation, or choose a shared folder (a network drive) for several.</source>
        <translation>Tous les postes du bureau ouvrent la même base de données. Gardez-la dans votre dossier de données pour un seul poste, ou choisissez un dossier partagé (lecteur réseau) pour plusieurs.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="47"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="55"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="56"/>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="62"/>
        <source>Folder of the office database</source>
        <translation>Dossier de la base de données du bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="77"/>
        <source>A file already exists there. Choose another folder or file name.</source>
        <translation>Un fichier existe déjà à cet endroit. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="69"/>
        <source>Broker Desktop — Log in</source>
        <translation>Broker Desktop — Connexion</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="72"/>
        <source>Log in to your office</source>
        <translation>Connexion à votre bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="88"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="94"/>
        <source>Unlock with my workstation account next time</source>
        <translation>Déverrouiller avec ma session de poste la prochaine fois</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="96"/>
        <source>Unlock with my workstation account</source>
        <translation>Déverrouiller avec ma session de poste</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="100"/>
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="102"/>
        <source>Office server</source>
        <translation>Serveur du bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="113"/>
        <source>address or name of the office server</source>
        <translation>adresse ou nom du serveur du bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="122"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="142"/>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="143"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="144"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="145"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="146"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="151"/>
        <location filename="../../src/broker_desktop/ui/login.py" line="164"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="154"/>
        <source>Use the recovery code…</source>
        <translation>Utiliser le code de récupération…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="167"/>
        <source>Forgot the key file: use the recovery code…</source>
        <translation>Fichier de clés perdu : utiliser le code de récupération…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="170"/>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="177"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="180"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="182"/>
        <source>Create a new office…</source>
        <translation>Créer un nouveau bureau…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="226"/>
        <source>Open an office database</source>
        <translation>Ouvrir une base de données de bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="228"/>
        <source>Office databases (*.db);;All files (*)</source>
        <translation>Bases de bureau (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="251"/>
        <source>Enter your login and your password.</source>
        <translation>Entrez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="282"/>
        <source>Office CA: %1</source>
        <translation>AC du bureau : %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="284"/>
        <source>Office CA…</source>
        <translation>AC du bureau…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="289"/>
        <source>Without an office CA, the server&apos;s own certificate is trusted once you compared its fingerprint.</source>
        <translation>Sans autorité de certification du bureau, le certificat du serveur est approuvé une fois son empreinte comparée.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="298"/>
        <source>Certificate of the office&apos;s certificate authority</source>
        <translation>Certificat de l’autorité de certification du bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="300"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="306"/>
        <source>Office CA</source>
        <translation>AC du bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="307"/>
        <source>Stop trusting the office CA and compare the server&apos;s fingerprint instead?</source>
        <translation>Ne plus faire confiance à l’autorité de certification du bureau et comparer plutôt l’empreinte du serveur ?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="315"/>
        <source>Enter the address of the office server.</source>
        <translation>Saisissez l’adresse du serveur du bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="338"/>
        <source>This workstation has never connected to the office server %1.

Its certificate fingerprint (SHA-256) is:
%2

Compare it with the fingerprint the server printed when it started (ask the office&apos;s IT person). Trust this server only if they are identical.</source>
        <translation>Ce poste ne s’est jamais connecté au serveur du bureau %1.

L’empreinte (SHA-256) de son certificat est :
%2

Comparez-la avec l’empreinte que le serveur a affichée à son démarrage (demandez au responsable informatique du bureau). N’approuvez ce serveur que si elles sont identiques.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="344"/>
        <source>New office server</source>
        <translation>Nouveau serveur du bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="346"/>
        <source>The server was not trusted: nothing was sent to it.</source>
        <translation>Le serveur n’a pas été approuvé : rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="373"/>
        <source>Workstation unlock</source>
        <translation>Déverrouillage par le poste</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="383"/>
        <source>Next attempt in %1 seconds.</source>
        <translation>Nouvel essai dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="391"/>
        <source>Logging in failed unexpectedly. Try again.</source>
        <translation>La connexion a échoué de manière inattendue. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="429"/>
        <source>The backup was restored. The damaged file was moved aside, not deleted:
%1</source>
        <translation>La sauvegarde a été restaurée. Le fichier endommagé a été mis de côté, pas supprimé :
%1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="432"/>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="434"/>
        <source>Log in with the passwords as they were when the backup was taken.</source>
        <translation>Connectez-vous avec les mots de passe tels qu&apos;ils étaient au moment de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="436"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="452"/>
        <source>Access re-created</source>
        <translation>Accès recréé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="454"/>
        <source>%1 can log in with the new password. If the key file was lost, give the other users new passwords in Administration.</source>
        <translation>%1 peut se connecter avec le nouveau mot de passe. Si le fichier de clés était perdu, donnez de nouveaux mots de passe aux autres utilisateurs dans Administration.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/login.py" line="469"/>
        <source>This account may not open the office.</source>
        <translation>Ce compte ne peut pas ouvrir le bureau.</translation>
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
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="68"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="74"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="80"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="83"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="84"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="88"/>
        <source>Statements</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="104"/>
        <source>The connection to the office server is lost. Retrying… Your input is kept; save again once the server is back.</source>
        <translation>La connexion au serveur du bureau est perdue. Nouvel essai en cours… Votre saisie est conservée ; enregistrez à nouveau quand le serveur sera de retour.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="121"/>
        <source>&amp;Office</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="122"/>
        <source>Change my password…</source>
        <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="124"/>
        <source>Settings…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="126"/>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="129"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="131"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="136"/>
        <source>Insurers and lines of business…</source>
        <translation>Assureurs et branches…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="140"/>
        <source>Transfer a book…</source>
        <translation>Transférer un portefeuille…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="191"/>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/main_window.py" line="193"/>
        <source>%1 (%2) — roles: %3</source>
        <translation>%1 (%2) — rôles : %3</translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="28"/>
        <source>Back up the database…</source>
        <translation>Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="29"/>
        <source>Change the database key…</source>
        <translation>Changer la clé de la base de données…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="30"/>
        <source>Show the recovery code…</source>
        <translation>Afficher le code de récupération…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="44"/>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="48"/>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="60"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="50"/>
        <source>Office databases (*.db)</source>
        <translation>Bases de bureau (*.db)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="66"/>
        <source>Backup done</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="68"/>
        <source>The backup was written to:
%1

with its key file:
%2

Keep the two files together, away from this computer (another disk, a USB key in a safe). The passwords of today open it.</source>
        <translation>La sauvegarde a été écrite dans :
%1

avec son fichier de clés :
%2

Gardez les deux fichiers ensemble, loin de cet ordinateur (un autre disque, une clé USB dans un coffre). Les mots de passe d&apos;aujourd&apos;hui l&apos;ouvrent.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="80"/>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="97"/>
        <source>Change the database key</source>
        <translation>Changer la clé de la base de données</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="82"/>
        <source>Change the key after someone leaves the office, or after deactivating an account: whoever kept the old recovery code or an old key file can then no longer open the database.

Warning: every other workstation must have closed Broker Desktop. Everyone keeps his password. The old recovery code stops working; the new one is shown only once. Backups taken before keep the old key: keep them safe or destroy them.

Change the key now?</source>
        <translation>Changez la clé après le départ d&apos;une personne du bureau, ou après avoir désactivé un compte : qui aurait gardé l&apos;ancien code de récupération ou un ancien fichier de clés ne peut alors plus ouvrir la base de données.

Attention : tous les autres postes doivent avoir fermé Broker Desktop. Chacun garde son mot de passe. L&apos;ancien code de récupération cesse de fonctionner ; le nouveau n&apos;est affiché qu&apos;une fois. Les sauvegardes déjà faites gardent l&apos;ancienne clé : conservez-les en lieu sûr ou détruisez-les.

Changer la clé maintenant ?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="105"/>
        <source>The new recovery code</source>
        <translation>Le nouveau code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="107"/>
        <source>The database key was changed. The old recovery code no longer opens the database; this one does. It is shown only now: print it or copy it, and keep it in a safe place, away from the computer.</source>
        <translation>La clé de la base de données a été changée. L&apos;ancien code de récupération n&apos;ouvre plus la base ; celui-ci l&apos;ouvre. Il n&apos;est affiché que maintenant : imprimez-le ou copiez-le, et conservez-le en lieu sûr, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="120"/>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="132"/>
        <source>Show the recovery code</source>
        <translation>Afficher le code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="122"/>
        <source>The recovery code opens the database without any password. Show it only when nobody else can see your screen. Showing it is recorded in the audit log.

Show it now?</source>
        <translation>Le code de récupération ouvre la base de données sans aucun mot de passe. Affichez-le seulement si personne d&apos;autre ne voit votre écran. Son affichage est inscrit dans le journal d&apos;audit.

L&apos;afficher maintenant ?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="140"/>
        <source>The recovery code</source>
        <translation>Le code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="142"/>
        <source>This code opens the database if every password is forgotten or the key file is lost. Keep it in a safe place, away from the computer.</source>
        <translation>Ce code ouvre la base de données si tous les mots de passe sont oubliés ou si le fichier de clés est perdu. Conservez-le en lieu sûr, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/maintenance.py" line="166"/>
        <source>Nothing was changed: the database is open in another window or on another workstation. Ask everyone to close Broker Desktop (or to log out), then try again.</source>
        <translation>Rien n&apos;a été changé : la base de données est ouverte dans une autre fenêtre ou sur un autre poste. Demandez à chacun de fermer Broker Desktop (ou de se déconnecter), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="82"/>
        <source>e.g. Export AXA extranet</source>
        <translation>p. ex. Export extranet AXA</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="86"/>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="110"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="86"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="86"/>
        <source>If empty</source>
        <translation>Si vide</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="110"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="110"/>
        <source>In the office</source>
        <translation>Dans le bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="118"/>
        <source>Add a translation</source>
        <translation>Ajouter une traduction</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="123"/>
        <source>Mapping name:</source>
        <translation>Nom de la correspondance :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="126"/>
        <source>Codes of the file:</source>
        <translation>Codes du fichier :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/mapping_editor.py" line="142"/>
        <source>— not imported —</source>
        <translation>— non importé —</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="48"/>
        <source>This file cannot be read as a table (CSV or XLSX): check it, or choose its encoding and separator.</source>
        <translation>Ce fichier ne peut pas être lu comme un tableau (CSV ou XLSX) : vérifiez-le, ou choisissez son encodage et son séparateur.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="59"/>
        <source>The office server %1 cannot be reached. Check that it is running and that this workstation is on the office network.</source>
        <translation>Le serveur du bureau %1 est injoignable. Vérifiez qu’il fonctionne et que ce poste est sur le réseau du bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="65"/>
        <source>The office server %1 presented a different certificate than the one this workstation trusts: the connection was refused, someone may be impersonating the server. If its certificate was replaced on purpose, ask the office&apos;s IT person to confirm the new fingerprint.</source>
        <translation>Le serveur du bureau %1 a présenté un autre certificat que celui auquel ce poste fait confiance : la connexion a été refusée, quelqu’un se fait peut-être passer pour le serveur. Si son certificat a été remplacé volontairement, demandez au responsable informatique du bureau de confirmer la nouvelle empreinte.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="74"/>
        <source>Your session on the office server expired after a period without activity. Log in again.</source>
        <translation>Votre session sur le serveur du bureau a expiré après une période d’inactivité. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="79"/>
        <source>The office server no longer knows this session (it may have restarted). Log in again.</source>
        <translation>Le serveur du bureau ne connaît plus cette session (il a peut-être redémarré). Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="84"/>
        <source>Too many login attempts from this workstation. Wait %1 seconds and try again.</source>
        <translation>Trop de tentatives de connexion depuis ce poste. Attendez %1 secondes et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="89"/>
        <source>This request is larger than the office server accepts.</source>
        <translation>Cette requête dépasse la taille acceptée par le serveur du bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="93"/>
        <source>The office server met an unexpected error; nothing was changed by this request. Its log has the details.</source>
        <translation>Le serveur du bureau a rencontré une erreur inattendue ; cette requête n’a rien modifié. Son journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="98"/>
        <source>The office server refused this request, or it is not available through it.</source>
        <translation>Le serveur du bureau a refusé cette requête, ou elle n’est pas disponible à travers lui.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="105"/>
        <source>Your account was deactivated: nothing more can be done in this window.</source>
        <translation>Votre compte a été désactivé : plus rien ne peut être fait dans cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="116"/>
        <source>You do not have the right to do this (%1).</source>
        <translation>Vous n&apos;avez pas le droit de faire cela (%1).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="119"/>
        <source>You do not have the right to do this.</source>
        <translation>Vous n&apos;avez pas le droit de faire cela.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="123"/>
        <source>Someone else changed this record since you opened it. Reload it and apply your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche depuis que vous l&apos;avez ouverte. Rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="129"/>
        <source>This record no longer exists: someone else deleted it.</source>
        <translation>Cette fiche n&apos;existe plus : quelqu&apos;un d&apos;autre l&apos;a supprimée.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="133"/>
        <source>Refused: nobody else could then manage users and roles. Give that right to another active user first.</source>
        <translation>Refusé : plus personne ne pourrait gérer les utilisateurs et les rôles. Donnez d&apos;abord ce droit à un autre utilisateur actif.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="141"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import interrompu : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="143"/>
        <source>The import cannot be undone: records it wrote were changed since.</source>
        <translation>L&apos;import ne peut pas être annulé : des enregistrements qu&apos;il a écrits ont été modifiés depuis.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="147"/>
        <source>Rows were rejected: nothing was imported.</source>
        <translation>Des lignes ont été rejetées : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="149"/>
        <source>This gives administration rights: confirm explicitly.</source>
        <translation>Ceci donne des droits d&apos;administration : confirmez explicitement.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="157"/>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="163"/>
        <source>Too many failed attempts: this account is locked until %1 at %2.</source>
        <translation>Trop d&apos;essais manqués : ce compte est bloqué jusqu&apos;au %1 à %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="170"/>
        <source>This account is deactivated. Ask your director to reactivate it.</source>
        <translation>Ce compte est désactivé. Demandez à votre direction de le réactiver.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="174"/>
        <source>Workstation unlock is not available: log in with your password.</source>
        <translation>Le déverrouillage par le poste n&apos;est pas disponible : connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="178"/>
        <source>The database is open in another window or on another workstation. Everyone must close Broker Desktop (or log out) first; then try again.</source>
        <translation>La base de données est ouverte dans une autre fenêtre ou sur un autre poste. Chacun doit d&apos;abord fermer Broker Desktop (ou se déconnecter) ; réessayez ensuite.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="184"/>
        <source>Another workstation is changing the database key or restoring a backup. Try again in a minute.</source>
        <translation>Un autre poste change la clé de la base de données ou restaure une sauvegarde. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="190"/>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>Le fichier de la base de données est endommagé. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="194"/>
        <source>The key file beside the database does not belong to it, or the database file is damaged. Restore the database from a backup.</source>
        <translation>Le fichier de clés à côté de la base de données ne lui appartient pas, ou le fichier de la base est endommagé. Restaurez la base depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="200"/>
        <source>This file is not a Broker Desktop database (or it is damaged). Restore it from a backup, or choose another file.</source>
        <translation>Ce fichier n&apos;est pas une base Broker Desktop (ou il est endommagé). Restaurez-le depuis une sauvegarde, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="206"/>
        <source>The key file beside the database is missing. Copy it back, restore a backup, or use the recovery code.</source>
        <translation>Le fichier de clés à côté de la base de données manque. Remettez-le en place, restaurez une sauvegarde ou utilisez le code de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="212"/>
        <source>The key file beside the database is damaged. Restore a backup, or use the recovery code.</source>
        <translation>Le fichier de clés à côté de la base de données est endommagé. Restaurez une sauvegarde ou utilisez le code de récupération.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="218"/>
        <source>This is not a valid recovery code: it has 52 letters and digits (A to Z, 2 to 7), in groups of four. Check for a typo.</source>
        <translation>Ce n&apos;est pas un code de récupération valable : il compte 52 lettres et chiffres (A à Z, 2 à 7), par groupes de quatre. Vérifiez la saisie.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="224"/>
        <source>This recovery code does not open this database.</source>
        <translation>Ce code de récupération n&apos;ouvre pas cette base de données.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="228"/>
        <source>This backup is of another office; it was not restored. To replace this office by it, choose so explicitly and enter this office&apos;s recovery code.</source>
        <translation>Cette sauvegarde est celle d&apos;un autre bureau ; elle n&apos;a pas été restaurée. Pour remplacer ce bureau par elle, choisissez-le explicitement et saisissez le code de récupération de ce bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="234"/>
        <source>A file with this name already exists there. Choose another name.</source>
        <translation>Un fichier de ce nom existe déjà à cet endroit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="238"/>
        <source>No database at this location. Choose another one.</source>
        <translation>Aucune base de données à cet emplacement. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="243"/>
        <source>Password logins are refused: the disk holding the database is full, so failed attempts could not be counted. Free some space, then try again.</source>
        <translation>Les connexions par mot de passe sont refusées : le disque qui contient la base est plein, les tentatives échouées ne pourraient pas être comptées. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="248"/>
        <source>Password logins are refused: the database&apos;s folder cannot be written (read-only folder, drive or file), so failed attempts could not be counted. Ask for write access to the folder, then try again.</source>
        <translation>Les connexions par mot de passe sont refusées : le dossier de la base ne peut pas être écrit (dossier, lecteur ou fichier en lecture seule), les tentatives échouées ne pourraient pas être comptées. Demandez l&apos;accès en écriture au dossier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="255"/>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation>Le disque est plein. Rien n&apos;a été écrit ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="259"/>
        <source>This folder cannot be written. Choose another one or check its permissions.</source>
        <translation>Impossible d&apos;écrire dans ce dossier. Choisissez-en un autre ou vérifiez ses autorisations.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="264"/>
        <source>The database is busy with another workstation&apos;s change. Try again.</source>
        <translation>La base de données est occupée par la modification d&apos;un autre poste. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="268"/>
        <source>This file is a plain, unencrypted database, not a Broker Desktop database. It was left untouched.</source>
        <translation>Ce fichier est une base de données ordinaire, non chiffrée, et non une base Broker Desktop. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="274"/>
        <source>The database is open on another computer that treats it as a file on its own disk. Close Broker Desktop on that computer, then try again.</source>
        <translation>La base de données est ouverte sur un autre ordinateur qui la traite comme un fichier de son propre disque. Fermez Broker Desktop sur cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="280"/>
        <source>This is not a valid database key.</source>
        <translation>Ce n&apos;est pas une clé de base de données valable.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="282"/>
        <source>Refused: the copy would not be encrypted. Nothing was written.</source>
        <translation>Refusé : la copie ne serait pas chiffrée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="286"/>
        <source>This database was made by a newer version of Broker Desktop. Install that version to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente de Broker Desktop. Installez cette version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="306"/>
        <source>A date between %1 and %2.</source>
        <translation>Une date entre le %1 et le %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="312"/>
        <source>Between %1 and %2 months.</source>
        <translation>Entre %1 et %2 mois.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="319"/>
        <source>Between %1 and %2.</source>
        <translation>Entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="326"/>
        <source>An annual premium above %1 is not plausible: check the amount.</source>
        <translation>Une prime annuelle au-delà de %1 n&apos;est pas plausible : vérifiez le montant.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="331"/>
        <source>A Swiss postcode has 4 digits (for example 1003).</source>
        <translation>Un NPA suisse a 4 chiffres (par exemple 1003).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="334"/>
        <source>This is not a postcode.</source>
        <translation>Ce n&apos;est pas un code postal.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="345"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="346"/>
        <source>Expected text.</source>
        <translation>Un texte est attendu.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="347"/>
        <source>Expected a whole number.</source>
        <translation>Un nombre entier est attendu.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="348"/>
        <source>Expected yes or no.</source>
        <translation>Oui ou non est attendu.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="349"/>
        <source>Not a date: type for example 31.12.2026, 31.12.26 or 31122026.</source>
        <translation>Ce n&apos;est pas une date : tapez par exemple 31.12.2026, 31.12.26 ou 31122026.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="352"/>
        <source>This date does not exist: check the day and the month.</source>
        <translation>Cette date n&apos;existe pas : vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="355"/>
        <source>Remove the invisible control characters.</source>
        <translation>Retirez les caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="358"/>
        <source>This is not a valid phone number (for example +41 21 123 45 67).</source>
        <translation>Ce n&apos;est pas un numéro de téléphone valable (par exemple +41 21 123 45 67).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="361"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail valable.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="364"/>
        <source>This is not a valid amount.</source>
        <translation>Ce n&apos;est pas un montant valable.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="365"/>
        <source>Choose one of the proposed values.</source>
        <translation>Choisissez une des valeurs proposées.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="368"/>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="371"/>
        <source>Not a valid Swiss enterprise number (CHE-123.456.789).</source>
        <translation>Ce n&apos;est pas un numéro IDE suisse valable (CHE-123.456.789).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="374"/>
        <source>Choose an active user as responsible agent.</source>
        <translation>Choisissez un utilisateur actif comme conseiller responsable.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="377"/>
        <source>Choose an existing entry.</source>
        <translation>Choisissez une entrée existante.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="378"/>
        <source>The renewal date must come after the start date.</source>
        <translation>L&apos;échéance doit suivre la date de début.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="381"/>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="382"/>
        <source>This insurer already has a contract with this policy number.</source>
        <translation>Cet assureur a déjà un contrat avec ce numéro de police.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="385"/>
        <source>A year (2026) or a month (03.2026).</source>
        <translation>Une année (2026) ou un mois (03.2026).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="388"/>
        <source>This contract already has a commission for this period.</source>
        <translation>Ce contrat a déjà une commission pour cette période.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="391"/>
        <source>Each share is between 0 and 100 %.</source>
        <translation>Chaque part est comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="394"/>
        <source>A beneficiary appears twice in the split.</source>
        <translation>Un bénéficiaire figure deux fois dans la répartition.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="397"/>
        <source>Unknown beneficiary.</source>
        <translation>Bénéficiaire inconnu.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="398"/>
        <source>The shares add up to more than 100 %.</source>
        <translation>Les parts totalisent plus de 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="401"/>
        <source>The shares must add up to exactly 100 %.</source>
        <translation>Les parts doivent totaliser exactement 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="404"/>
        <source>This name is already used.</source>
        <translation>Ce nom est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="405"/>
        <source>This login is already used.</source>
        <translation>Cet identifiant est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="406"/>
        <source>No user has this login.</source>
        <translation>Aucun utilisateur n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="407"/>
        <source>Choose an active user.</source>
        <translation>Choisissez un utilisateur actif.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="408"/>
        <source>Unknown right.</source>
        <translation>Droit inconnu.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="409"/>
        <source>Not a row of this list.</source>
        <translation>Ce n&apos;est pas une ligne de cette liste.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="410"/>
        <source>This contract belongs to another client.</source>
        <translation>Ce contrat appartient à un autre client.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="413"/>
        <source>This deadline comes from a contract; change the contract instead.</source>
        <translation>Cette échéance vient d&apos;un contrat ; modifiez plutôt le contrat.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="416"/>
        <source>This client still has contracts; delete or move them first.</source>
        <translation>Ce client a encore des contrats ; supprimez-les ou déplacez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="419"/>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est faux.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="420"/>
        <source>Choose a password different from the old one.</source>
        <translation>Choisissez un mot de passe différent de l&apos;ancien.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="423"/>
        <source>The password is too short.</source>
        <translation>Le mot de passe est trop court.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="424"/>
        <source>The password is too long.</source>
        <translation>Le mot de passe est trop long.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="425"/>
        <source>The password must mix at least three of: lower-case letters, upper-case letters, digits, other characters.</source>
        <translation>Le mot de passe doit mélanger au moins trois de ces sortes : minuscules, majuscules, chiffres, autres caractères.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="430"/>
        <source>The password must be text.</source>
        <translation>Le mot de passe doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="431"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="432"/>
        <source>The password must not contain the login.</source>
        <translation>Le mot de passe ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="435"/>
        <source>The file lacks a column the mapping names: choose the mapping again.</source>
        <translation>Le fichier n&apos;a pas une colonne que nomme la correspondance : choisissez à nouveau la correspondance.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="438"/>
        <source>This mapping is incomplete or not a mapping file.</source>
        <translation>Cette correspondance est incomplète ou ce n&apos;est pas un fichier de correspondance.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="441"/>
        <source>The mapping file cannot be read.</source>
        <translation>Le fichier de correspondance ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="444"/>
        <source>The statement holds no readable line.</source>
        <translation>Le décompte ne contient aucune ligne lisible.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="445"/>
        <source>The office has no contract with this policy number: create it first, or flag the line.</source>
        <translation>Le bureau n&apos;a aucun contrat avec ce numéro de police : créez-le d&apos;abord, ou signalez la ligne.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="450"/>
        <source>This import was already undone.</source>
        <translation>Cet import a déjà été annulé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="451"/>
        <source>Choose two different clients.</source>
        <translation>Choisissez deux clients différents.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="452"/>
        <source>The contract already belongs to this client.</source>
        <translation>Le contrat appartient déjà à ce client.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="455"/>
        <source>Choose another agent than the one who hands over.</source>
        <translation>Choisissez un autre conseiller que celui qui remet son portefeuille.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="458"/>
        <source>A deactivated user cannot take over a book.</source>
        <translation>Un utilisateur désactivé ne peut pas reprendre un portefeuille.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="461"/>
        <source>Choose clients of the list.</source>
        <translation>Choisissez des clients de la liste.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="462"/>
        <source>Choose at least one client to hand over.</source>
        <translation>Choisissez au moins un client à transférer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="465"/>
        <source>Some of the chosen clients are not (or no longer) in this agent&apos;s book: reload the list.</source>
        <translation>Certains des clients choisis ne sont pas (ou plus) dans le portefeuille de ce conseiller : rechargez la liste.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="470"/>
        <source>This agent has nothing to hand over.</source>
        <translation>Ce conseiller n&apos;a rien à transférer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="473"/>
        <source>This transfer was already undone.</source>
        <translation>Ce transfert a déjà été annulé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/messages.py" line="476"/>
        <source>A person and a company cannot be merged.</source>
        <translation>Une personne et une entreprise ne peuvent pas être fusionnées.</translation>
    </message>
</context>
<context>
    <name>MoveContractDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="46"/>
        <source>Move a contract to another client</source>
        <translation>Rattacher un contrat à un autre client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="52"/>
        <source>Contract:</source>
        <translation>Contrat :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="53"/>
        <source>Now under:</source>
        <translation>Client actuel :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="54"/>
        <source>Move to:</source>
        <translation>Nouveau client :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="56"/>
        <source>Search the client the contract belongs to, then choose it in the list.</source>
        <translation>Cherchez le client auquel le contrat appartient, puis choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="60"/>
        <source>Move the contract</source>
        <translation>Déplacer le contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/move_contract_dialog.py" line="90"/>
        <source>The contract %1 moves from “%2” to “%3”, with %4 and %5; %6 stays its responsible agent.</source>
        <translation>Le contrat %1 passe de « %2 » à « %3 », avec %4 et %5 ; %6 en reste le conseiller responsable.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/models/paged_table.py" line="92"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/models/paged_table.py" line="93"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/models/paged_table.py" line="179"/>
        <source>more than %1</source>
        <translation>plus de %1</translation>
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
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_choices.py" line="34"/>
        <source>This account is deactivated.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="49"/>
        <source>Name, policy number, phone, e-mail, postcode, city</source>
        <translation>Nom, n° de police, téléphone, e-mail, NPA, localité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="62"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="74"/>
        <source>Agent:</source>
        <translation>Conseiller :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="77"/>
        <source>Insurer:</source>
        <translation>Assureur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="79"/>
        <source>Line:</source>
        <translation>Branche :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="81"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="115"/>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="117"/>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="123"/>
        <source>Open / edit…</source>
        <translation>Ouvrir / modifier…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="119"/>
        <source>Delete client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="121"/>
        <source>New contract…</source>
        <translation>Nouveau contrat…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="125"/>
        <source>Delete contract</source>
        <translation>Supprimer le contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="127"/>
        <source>Move to client…</source>
        <translation>Changer de client…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="130"/>
        <source>Register the selected contract under another client</source>
        <translation>Rattacher le contrat sélectionné à un autre client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="133"/>
        <source>Split…</source>
        <translation>Répartition…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="136"/>
        <source>Who shares the selected contract&apos;s commissions, and in what proportion</source>
        <translation>Qui partage les commissions du contrat choisi, et dans quelle proportion</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="229"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="232"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="233"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="234"/>
        <source>Postcode</source>
        <translation>NPA</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="235"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="236"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="237"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="238"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="239"/>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="240"/>
        <source>UID</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="241"/>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="256"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="246"/>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="247"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="248"/>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="249"/>
        <source>Line</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="250"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="251"/>
        <source>Renewal</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="252"/>
        <source>Cancel by</source>
        <translation>Résilier avant le</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="253"/>
        <source>Annual premium</source>
        <translation>Prime annuelle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="254"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="255"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="269"/>
        <source>All agents</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="270"/>
        <source>All insurers</source>
        <translation>Tous les assureurs</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="271"/>
        <source>All lines</source>
        <translation>Toutes les branches</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="317"/>
        <source>Clients (%1)</source>
        <translation>Clients (%1)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="321"/>
        <source>Contracts — select a client</source>
        <translation>Contrats — choisissez un client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="324"/>
        <source>Contracts of %1 (%2)</source>
        <translation>Contrats de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="459"/>
        <source>Client not deleted</source>
        <translation>Client non supprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="461"/>
        <source>%1 still has %n contract(s), and a client is only deleted once it has none. Move its contracts to another client or delete them first (they are listed under Contracts below), then delete the client.</source>
        <translation>
            <numerusform>%1 a encore %n contrat, et un client n&apos;est supprimé que lorsqu&apos;il n&apos;en a plus. Déplacez d&apos;abord ce contrat vers un autre client ou supprimez-le (il est listé sous Contrats, ci-dessous), puis supprimez le client.</numerusform>
            <numerusform>%1 a encore %n contrats, et un client n&apos;est supprimé que lorsqu&apos;il n&apos;en a plus. Déplacez d&apos;abord ses contrats vers un autre client ou supprimez-les (ils sont listés sous Contrats, ci-dessous), puis supprimez le client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="487"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="488"/>
        <source>Delete %1 for good? This cannot be undone.</source>
        <translation>Supprimer %1 définitivement ? Impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="498"/>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="519"/>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="502"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="504"/>
        <source>Someone else changed this record in the meantime. The list was reloaded; check it and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette fiche entre-temps. La liste a été rechargée ; vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="512"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/portfolio.py" line="513"/>
        <source>This record no longer exists. The list was reloaded.</source>
        <translation>Cette fiche n&apos;existe plus. La liste a été rechargée.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/broker_desktop/ui/selftest_qt.py" line="82"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RatesPanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Line of business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="578"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="584"/>
        <source>Insurer:</source>
        <translation>Assureur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="586"/>
        <source>Line of business:</source>
        <translation>Branche :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="588"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="622"/>
        <source>Rate:</source>
        <translation>Taux :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="590"/>
        <source>Save the rate</source>
        <translation>Enregistrer le taux</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="593"/>
        <source>Delete the selected rate</source>
        <translation>Supprimer le taux sélectionné</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="607"/>
        <source>An insurer&apos;s rate</source>
        <translation>Taux d&apos;un assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="618"/>
        <source>Contract:</source>
        <translation>Contrat :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="624"/>
        <source>Save the contract&apos;s rate</source>
        <translation>Enregistrer le taux du contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="632"/>
        <source>A contract&apos;s own rate</source>
        <translation>Taux propre à un contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="647"/>
        <source>The commission expected on a contract is its rate (a contract&apos;s own rate first, then the insurer&apos;s rate for its line, then the insurer&apos;s rate) times its premium.</source>
        <translation>La commission attendue d&apos;un contrat est son taux (d&apos;abord le taux propre au contrat, puis celui de l&apos;assureur pour sa branche, puis celui de l&apos;assureur) appliqué à sa prime.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="682"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="693"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="695"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="773"/>
        <source>every line</source>
        <translation>toutes les branches</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="741"/>
        <source>The contract&apos;s own rate is saved: %1.</source>
        <translation>Le taux propre du contrat est enregistré : %1.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="766"/>
        <source>Delete the own rate of contract %1 (%2)? This cannot be undone.</source>
        <translation>Supprimer le taux propre du contrat %1 (%2) ? Ce n&apos;est pas réversible.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="769"/>
        <source>Delete the rate of %1 for %2 (%3)? This cannot be undone.</source>
        <translation>Supprimer le taux de %1 pour %2 (%3) ? Ce n&apos;est pas réversible.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="777"/>
        <source>Delete the rate</source>
        <translation>Supprimer le taux</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="814"/>
        <source>Statements</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="815"/>
        <source>Commission rates</source>
        <translation>Taux de commission</translation>
    </message>
</context>
<context>
    <name>RecoverAccountDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="80"/>
        <source>Use the recovery code</source>
        <translation>Utiliser le code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="82"/>
        <source>Re-create an access with the recovery code</source>
        <translation>Recréer un accès avec le code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="89"/>
        <source>Use it when the key file (.keys) beside the database is lost or damaged, or when every password is forgotten. The recovery code was shown when the office was created or its key last changed. It gives the user below a new password; give the other users new passwords afterwards in Administration.</source>
        <translation>À utiliser quand le fichier de clés (.keys) à côté de la base de données est perdu ou endommagé, ou quand tous les mots de passe sont oubliés. Le code de récupération a été affiché à la création du bureau ou au dernier changement de clé. Il donne un nouveau mot de passe à l&apos;utilisateur ci-dessous ; donnez ensuite de nouveaux mots de passe aux autres utilisateurs dans Administration.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="101"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="104"/>
        <source>Recovery code:</source>
        <translation>Code de récupération :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="106"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="107"/>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="108"/>
        <source>Password again:</source>
        <translation>Mot de passe (confirmation) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recover_dialog.py" line="115"/>
        <source>Re-create the access</source>
        <translation>Recréer l&apos;accès</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="125"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="44"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="47"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="49"/>
        <source>I have stored the recovery code safely</source>
        <translation>J&apos;ai conservé le code de récupération en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="63"/>
        <source>Without this code, a lost key file or forgotten passwords mean the office data is lost for good.</source>
        <translation>Sans ce code, un fichier de clés perdu ou des mots de passe oubliés signifient la perte définitive des données du bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="88"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="88"/>
        <source>Printing is not available on this system.</source>
        <translation>L&apos;impression n&apos;est pas disponible sur ce système.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/recovery_code.py" line="95"/>
        <source>Broker Desktop — recovery code</source>
        <translation>Broker Desktop — code de récupération</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="146"/>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/first_run.py" line="149"/>
        <source>This code opens the database if every password is forgotten or the key file is lost. It is shown only now: print it or copy it, and keep it in a safe place, away from the computer.</source>
        <translation>Ce code ouvre la base de données si tous les mots de passe sont oubliés ou si le fichier de clés est perdu. Il n&apos;est affiché que maintenant : imprimez-le ou copiez-le, et gardez-le en lieu sûr, loin de l&apos;ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="277"/>
        <source>Insurers and lines of business</source>
        <translation>Assureurs et branches</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="283"/>
        <source>Insurers</source>
        <translation>Assureurs</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="284"/>
        <source>Lines of business</source>
        <translation>Branches</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="286"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReferenceEditDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="41"/>
        <source>New insurer</source>
        <translation>Nouvel assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="41"/>
        <source>Rename the insurer</source>
        <translation>Renommer l&apos;assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="43"/>
        <source>New line of business</source>
        <translation>Nouvelle branche</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="43"/>
        <source>Rename the line</source>
        <translation>Renommer la branche</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="49"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="52"/>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="55"/>
        <source>Name (French):</source>
        <translation>Nom (français) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="57"/>
        <source>Name (English):</source>
        <translation>Nom (anglais) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="62"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="62"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>ReferenceList</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="115"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="115"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="121"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="115"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="122"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="118"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="119"/>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="120"/>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="135"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="136"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="137"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="217"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="138"/>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="260"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="183"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="183"/>
        <source>Active</source>
        <comment>insurer or line</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="217"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="224"/>
        <source>Used by %1 contracts: deactivate it instead.</source>
        <translation>Utilisé par %1 contrats : désactivez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reference_data.py" line="261"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer « %1 » ? Ce n&apos;est pas réversible.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="64"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="66"/>
        <source>Restore the office database from a backup</source>
        <translation>Restaurer la base du bureau depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="73"/>
        <source>The backup replaces the database below. The current file is moved aside, never deleted. Everything entered since the backup is not in it. Every workstation must have closed Broker Desktop.</source>
        <translation>La sauvegarde remplace la base de données ci-dessous. Le fichier actuel est mis de côté, jamais supprimé. Ce qui a été saisi depuis la sauvegarde n&apos;y figure pas. Tous les postes doivent avoir fermé Broker Desktop.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="82"/>
        <source>Only someone who may manage users in this office may restore it: enter your login and your current password. When the database cannot be opened any more, enter the office&apos;s recovery code instead.</source>
        <translation>Seule une personne qui peut gérer les utilisateurs de ce bureau peut restaurer une sauvegarde : saisissez votre identifiant et votre mot de passe actuel. Si la base de données ne s&apos;ouvre plus, saisissez plutôt le code de récupération du bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="92"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="95"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="102"/>
        <source>Backup file:</source>
        <translation>Fichier de sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="104"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="105"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="108"/>
        <source>Recovery code:</source>
        <translation>Code de récupération :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="110"/>
        <source>Replace this office by another office</source>
        <translation>Remplacer ce bureau par un autre bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="117"/>
        <source>Only when the backup is of another office: this needs the recovery code of this office, and the login and password of an account of the backup.</source>
        <translation>Seulement si la sauvegarde est celle d&apos;un autre bureau : il faut alors le code de récupération de ce bureau, ainsi que l&apos;identifiant et le mot de passe d&apos;un compte de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="127"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="133"/>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="135"/>
        <source>Office databases (*.db);;All files (*)</source>
        <translation>Bases de bureau (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="150"/>
        <source>There is no file at this place.</source>
        <translation>Il n&apos;y a pas de fichier à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="154"/>
        <source>Its key file (%1) is not beside it: copy both files together.</source>
        <translation>Son fichier de clés (%1) n&apos;est pas à côté : copiez les deux fichiers ensemble.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="160"/>
        <source>This is the database itself. Choose the backup.</source>
        <translation>C&apos;est la base de données elle-même. Choisissez la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="169"/>
        <source>The recovery code of the office being replaced.</source>
        <translation>Le code de récupération du bureau remplacé.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="195"/>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="200"/>
        <source>This account may not manage users in this office: it cannot restore it.</source>
        <translation>Ce compte ne peut pas gérer les utilisateurs de ce bureau : il ne peut pas restaurer de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="204"/>
        <source>This backup is of another office. It was not restored. To replace this office by it, tick the box and enter this office&apos;s recovery code.</source>
        <translation>Cette sauvegarde est celle d&apos;un autre bureau. Elle n&apos;a pas été restaurée. Pour remplacer ce bureau par elle, cochez la case et saisissez le code de récupération de ce bureau.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="209"/>
        <source>The recovery code does not fit, or the backup cannot be opened with it. Check the code (and, for a backup taken before a key change, your login and password as they were then).</source>
        <translation>Le code de récupération ne correspond pas, ou la sauvegarde ne s&apos;ouvre pas avec lui. Vérifiez le code (et, pour une sauvegarde antérieure à un changement de clé, votre identifiant et votre mot de passe d&apos;alors).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/restore_dialog.py" line="197"/>
        <source>Too many failed attempts: this account is locked for a while.</source>
        <translation>Trop de tentatives échouées : ce compte est bloqué pour un moment.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="28"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="28"/>
        <source>Rename role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="34"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="42"/>
        <source>Create the role</source>
        <translation>Créer le rôle</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="42"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/role_dialog.py" line="74"/>
        <source>Someone else changed or deleted this role in the meantime. Cancel, then try again on the reloaded list.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ou supprimé ce rôle entre-temps. Annulez, puis réessayez sur la liste rechargée.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="25"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="32"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="33"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="36"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="37"/>
        <source>Lock after inactivity:</source>
        <translation>Verrouiller après inactivité :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/settings_dialog.py" line="46"/>
        <source>A language change rebuilds the window; nothing is lost.</source>
        <translation>Un changement de langue reconstruit la fenêtre ; rien n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="45"/>
        <source>Commission and its split</source>
        <translation>Commission et sa répartition</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="51"/>
        <source>Contract:</source>
        <translation>Contrat :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="59"/>
        <source>Period (2026 or 03.2026):</source>
        <translation>Période (2026 ou 03.2026) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="60"/>
        <source>Commission (CHF):</source>
        <translation>Commission (CHF) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="62"/>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="62"/>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="66"/>
        <source>Add a beneficiary</source>
        <translation>Ajouter un bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="68"/>
        <source>Remove the selected line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="79"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="89"/>
        <source>Split:</source>
        <translation>Répartition :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="95"/>
        <source>The 100 % rule: the shares together make 100 % of the commission. What is not given to a person stays with the office; more than 100 % cannot be saved.</source>
        <translation>Règle des 100 % : les parts forment ensemble 100 % de la commission. Ce qui n&apos;est attribué à personne reste au bureau ; plus de 100 % ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="145"/>
        <source>The office</source>
        <translation>Le bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="165"/>
        <source>The shares add up to %1: that is more than 100 %.</source>
        <translation>Les parts totalisent %1 : c&apos;est plus que 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="170"/>
        <source>The shares add up to 100 % (%1).</source>
        <translation>Les parts totalisent 100 % (%1).</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/split_dialog.py" line="174"/>
        <source>The shares add up to %1; the remaining %2 (%3) stays with the office.</source>
        <translation>Les parts totalisent %1 ; les %2 restants (%3) vont au bureau.</translation>
    </message>
</context>
<context>
    <name>StatementMappingDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="62"/>
        <source>Mapping of the statement</source>
        <translation>Correspondance du décompte</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="69"/>
        <source>if the file has no period: 03.2026 or 2026</source>
        <translation>si le fichier n&apos;a pas de période : 03.2026 ou 2026</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="76"/>
        <source>Period of the statement:</source>
        <translation>Période du décompte :</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="104"/>
        <source>Import a statement…</source>
        <translation>Importer un décompte…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="110"/>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="116"/>
        <source>Policy</source>
        <translation>Police</translation>
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
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="119"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="156"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="120"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="157"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="121"/>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="158"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="122"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="123"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="124"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="130"/>
        <source>note for a flagged line</source>
        <translation>remarque pour une ligne signalée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="131"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="135"/>
        <source>Creates or adjusts the commission with the amount received, split like the contract&apos;s usual split</source>
        <translation>Crée ou ajuste la commission au montant reçu, répartie comme d&apos;habitude pour ce contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="140"/>
        <source>Flag</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="154"/>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="162"/>
        <source>Totals per insurer and period</source>
        <translation>Totaux par assureur et période</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="163"/>
        <source>Export the totals…</source>
        <translation>Exporter les totaux…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="169"/>
        <source>Undo this statement…</source>
        <translation>Annuler ce décompte…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="172"/>
        <source>Takes the statement and all its lines out, as long as none was decided</source>
        <translation>Retire le décompte et toutes ses lignes, tant qu&apos;aucune n&apos;a été traitée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="182"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="182"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="182"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="191"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="191"/>
        <source>Why it is rejected</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="193"/>
        <source>Import this statement</source>
        <translation>Importer ce décompte</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="196"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="213"/>
        <source>Insurer:</source>
        <translation>Assureur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="215"/>
        <source>Statement:</source>
        <translation>Décompte :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="219"/>
        <source>Mapping:</source>
        <translation>Correspondance :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="220"/>
        <source>Tolerance:</source>
        <translation>Tolérance :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="229"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="252"/>
        <source>Matched</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="253"/>
        <source>Difference above tolerance</source>
        <translation>Écart au-delà de la tolérance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="254"/>
        <source>No rate in the table</source>
        <translation>Aucun taux dans la table</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="255"/>
        <source>Paid but unknown to the office</source>
        <translation>Payé mais inconnu du bureau</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="256"/>
        <source>Expected but missing</source>
        <translation>Attendu mais absent</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="305"/>
        <source>— a new mapping —</source>
        <translation>— nouvelle correspondance —</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="340"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="340"/>
        <source>flagged</source>
        <translation>signalée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="363"/>
        <source>Commission statement</source>
        <translation>Décompte de commissions</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="384"/>
        <source>Statement %1</source>
        <translation>Décompte %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="412"/>
        <source>Preview of %1 (period %2), nothing written yet — matched: %3, differences: %4, unknown: %5, missing: %6, without rate: %7, rows rejected: %8. Expected %9, received %10.</source>
        <translation>Aperçu de %1 (période %2), rien n&apos;est encore écrit — concordantes : %3, écarts : %4, inconnues : %5, absentes : %6, sans taux : %7, lignes rejetées : %8. Attendu %9, reçu %10.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="464"/>
        <source>Statement read — matched: %1, differences: %2, unknown: %3, missing: %4, without rate: %5, rows rejected: %6.</source>
        <translation>Décompte lu — concordantes : %1, écarts : %2, inconnues : %3, absentes : %4, sans taux : %5, lignes rejetées : %6.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="446"/>
        <source>Statement not imported: nothing was written.</source>
        <translation>Décompte non importé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="470"/>
        <source>Import no. %1: it can be undone as a whole.</source>
        <translation>Import n° %1 : il peut être annulé en entier.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="481"/>
        <source>Choose a statement first.</source>
        <translation>Choisissez d&apos;abord un décompte.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="485"/>
        <source>Undo the statement</source>
        <translation>Annuler le décompte</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="486"/>
        <source>Take this statement and all its lines out of the office?</source>
        <translation>Retirer ce décompte et toutes ses lignes du bureau ?</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="498"/>
        <source>The statement was undone: its lines are gone.</source>
        <translation>Le décompte a été annulé : ses lignes sont retirées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="506"/>
        <source>The statement cannot be undone: %n of its line(s) were accepted or flagged since.</source>
        <translation>
            <numerusform>Le décompte ne peut pas être annulé : %n de ses lignes a été acceptée ou signalée depuis.</numerusform>
            <numerusform>Le décompte ne peut pas être annulé : %n de ses lignes ont été acceptées ou signalées depuis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="519"/>
        <source>Select a line first.</source>
        <translation>Sélectionnez d&apos;abord une ligne.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="534"/>
        <source>Line accepted.</source>
        <translation>Ligne acceptée.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="555"/>
        <source>Export the totals</source>
        <translation>Exporter les totaux</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/reconciliation.py" line="564"/>
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n ligne exportée.</numerusform>
            <numerusform>%n lignes exportées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="45"/>
        <source>Today and overdue</source>
        <translation>Aujourd&apos;hui et en retard</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="49"/>
        <source>%1 — due today: %2, overdue: %3</source>
        <translation>%1 — dues aujourd&apos;hui : %2, en retard : %3</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="59"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="80"/>
        <source>The first %1 of %2 are listed.</source>
        <translation>Les %1 premières sur %2 sont listées.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="85"/>
        <source>Show this list when I log in</source>
        <translation>Montrer cette liste à ma connexion</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="90"/>
        <source>Open the deadlines</source>
        <translation>Ouvrir les échéances</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/today_panel.py" line="93"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="590"/>
        <source>Transfer a book</source>
        <translation>Transférer un portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="596"/>
        <source>New transfer</source>
        <translation>Nouveau transfert</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="597"/>
        <source>Past transfers</source>
        <translation>Transferts effectués</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="599"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="66"/>
        <source>All his clients</source>
        <translation>Tous ses clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="68"/>
        <source>Only the clients ticked below</source>
        <translation>Seulement les clients cochés ci-dessous</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="77"/>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="78"/>
        <source>Tick none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="93"/>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="110"/>
        <source>Hands over:</source>
        <translation>Remet son portefeuille :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="111"/>
        <source>Takes over:</source>
        <translation>Reprend le portefeuille :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="112"/>
        <source>What moves</source>
        <translation>Ce qui est transféré</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="122"/>
        <source>Preview — nothing is written yet</source>
        <translation>Aperçu — rien n&apos;est encore enregistré</translation>
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
            <numerusform>(%n contrat)</numerusform>
            <numerusform>(%n contrats)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="283"/>
        <source>Tick at least one client, or choose all of them.</source>
        <translation>Cochez au moins un client, ou choisissez-les tous.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="301"/>
        <source>This agent has nothing to hand over.</source>
        <translation>Ce conseiller n&apos;a rien à transférer.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="317"/>
        <source>Choose who hands over and who takes over: the counts show here.</source>
        <translation>Choisissez qui remet et qui reprend le portefeuille : les nombres s&apos;affichent ici.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="322"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="323"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="324"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="325"/>
        <source>Commission share lines</source>
        <translation>Lignes de parts de commission</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="334"/>
        <source>Deadlines: the open ones, and the renewal and cancel-by dates of the contracts that move. Commission shares: those of periods from %1 on not yet received; earlier periods stay with the agent who earned them.</source>
        <translation>Échéances : celles qui sont ouvertes, et les dates d&apos;échéance et de résiliation des contrats transférés. Parts de commission : celles des périodes à partir de %1 pas encore encaissées ; les périodes antérieures restent au conseiller qui les a gagnées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="340"/>
        <source>%n future share line(s) stay: the new agent already has a share of those commissions.</source>
        <translation>
            <numerusform>%n ligne de parts future reste : le nouveau conseiller a déjà une part de cette commission.</numerusform>
            <numerusform>%n lignes de parts futures restent : le nouveau conseiller a déjà une part de ces commissions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="355"/>
        <source>Hand %1 from %2 to %3? The transfer can be undone afterwards.</source>
        <translation>Transférer %1 de %2 à %3 ? Le transfert pourra être annulé ensuite.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="373"/>
        <source>Transfer no. %1 done: %2 went from %3 to %4.</source>
        <translation>Transfert n° %1 effectué : %2 sont passés de %3 à %4.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="360"/>
        <source>Transfer a book</source>
        <translation>Transférer un portefeuille</translation>
    </message>
</context>
<context>
    <name>TransferHistory</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="413"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="414"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="415"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="416"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="417"/>
        <source>What</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="418"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="419"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="420"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="421"/>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="422"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="434"/>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="530"/>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="542"/>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="578"/>
        <source>Undo this transfer</source>
        <translation>Annuler ce transfert</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="472"/>
        <source>Whole book</source>
        <translation>Tout le portefeuille</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="472"/>
        <source>Chosen clients</source>
        <translation>Clients choisis</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="474"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="476"/>
        <source>Undone on %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="533"/>
        <source>Give back to %1 everything transfer no. %2 handed to %3?</source>
        <translation>Rendre à %1 tout ce que le transfert n° %2 a remis à %3 ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="540"/>
        <source>%n record(s) were deleted since: they are not given back.</source>
        <translation>
            <numerusform>%n enregistrement a été supprimé depuis : il n&apos;est pas rendu.</numerusform>
            <numerusform>%n enregistrements ont été supprimés depuis : ils ne sont pas rendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="559"/>
        <source>The transfer cannot be undone: %n record(s) were changed since it was made. Change them back or move them by hand:</source>
        <translation>
            <numerusform>Le transfert ne peut pas être annulé : %n enregistrement a été modifié depuis. Rétablissez-le ou déplacez-le à la main :</numerusform>
            <numerusform>Le transfert ne peut pas être annulé : %n enregistrements ont été modifiés depuis. Rétablissez-les ou déplacez-les à la main :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="571"/>
        <source>(no. %1)</source>
        <translation>(n° %1)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="551"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="552"/>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="553"/>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="554"/>
        <source>commission share, period</source>
        <translation>part de commission, période</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/transfer_page.py" line="555"/>
        <source>usual split of contract</source>
        <translation>répartition habituelle du contrat</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="50"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="51"/>
        <source>Reset the password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="52"/>
        <source>Reactivate the account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="62"/>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="63"/>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="67"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="68"/>
        <source>Temporary password:</source>
        <translation>Mot de passe provisoire :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="69"/>
        <source>Password again:</source>
        <translation>Mot de passe (confirmation) :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="78"/>
        <source>The user chooses his own password at his first login. Give him this one in person, not by e-mail.</source>
        <translation>L&apos;utilisateur choisit son propre mot de passe à sa première connexion. Remettez-lui celui-ci en personne, pas par e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="86"/>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="110"/>
        <source>Create the user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="111"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="112"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/user_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>UsualSplitDialog</name>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="47"/>
        <source>Usual split of a contract</source>
        <translation>Répartition habituelle d&apos;un contrat</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="50"/>
        <source>Contract:</source>
        <translation>Contrat :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="54"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="54"/>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="58"/>
        <source>Split:</source>
        <translation>Répartition :</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="59"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="62"/>
        <source>Remove the selected line</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="73"/>
        <source>Save the split</source>
        <translation>Enregistrer la répartition</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="81"/>
        <source>A new commission of this contract, and the acceptance of a statement line, start from this split. The shares add up to exactly 100 %. With no line at all, they start from the contract&apos;s last commission, else give everything to its agent.</source>
        <translation>Une nouvelle commission de ce contrat, et l&apos;acceptation d&apos;une ligne de décompte, partent de cette répartition. Les parts totalisent exactement 100 %. Sans aucune ligne, elles partent de la dernière commission du contrat, sinon donnent tout à son conseiller.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="127"/>
        <source>No usual split: new commissions start from the last one.</source>
        <translation>Pas de répartition habituelle : les nouvelles commissions partent de la dernière.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="130"/>
        <source>The shares add up to 100 %.</source>
        <translation>Les parts totalisent 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="133"/>
        <source>The shares add up to %1; they must make exactly 100 %.</source>
        <translation>Les parts totalisent %1 ; elles doivent faire exactement 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/broker_desktop/ui/pages/usual_split_dialog.py" line="162"/>
        <source>Someone else changed this split since you opened it: it is shown again as it is now. Make your change again, then save.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette répartition depuis que vous l&apos;avez ouverte : elle est affichée à nouveau telle qu&apos;elle est maintenant. Refaites votre modification, puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="491"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="494"/>
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Au maximum %n caractère.</numerusform>
            <numerusform>Au maximum %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="497"/>
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Le mot de passe doit avoir au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit avoir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/broker_desktop/ui/messages.py" line="501"/>
        <source>The password is longer than %n bytes (accented letters count twice).</source>
        <translation>
            <numerusform>Le mot de passe dépasse %n octet (les lettres accentuées comptent double).</numerusform>
            <numerusform>Le mot de passe dépasse %n octets (les lettres accentuées comptent double).</numerusform>
        </translation>
    </message>
</context>
</TS>
