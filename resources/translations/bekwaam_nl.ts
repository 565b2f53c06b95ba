<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="182" />
            <source>&amp;New activity</source>
            <translation>&amp;Nieuwe activiteit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="185" />
            <source>Add an activity (Ctrl+N)</source>
            <translation>Een activiteit toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="190" />
            <source>Search title, provider, content… (Ctrl+F)</source>
            <translation>Zoek in titel, aanbieder, inhoud… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="191" />
            <source>Search activities</source>
            <translation>Activiteiten zoeken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="207" />
            <source>Filter by type</source>
            <translation>Filter op soort</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="208" />
            <source>All types</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="216" />
            <source>Filter by domain</source>
            <translation>Filter op domein</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="217" />
            <source>All domains</source>
            <translation>Alle domeinen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="225" />
            <source>Filter by year</source>
            <translation>Filter op jaar</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="226" />
            <location filename="../../desktop/views/activities_page.py" line="460" />
            <source>All years</source>
            <translation>Alle jaren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="230" />
            <source>Filter by validation</source>
            <translation>Filter op validatie</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="231" />
            <source>Validated or not</source>
            <translation>Gevalideerd of niet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="232" />
            <source>Validated</source>
            <translation>Gevalideerd</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="233" />
            <source>Not validated</source>
            <translation>Niet gevalideerd</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="237" />
            <source>Without evidence</source>
            <translation>Zonder bewijsstuk</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="240" />
            <source>Without reflection</source>
            <translation>Zonder reflectie</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="243" />
            <source>Clear filters</source>
            <translation>Filters wissen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="258" />
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="298" />
            <location filename="../../desktop/views/activities_page.py" line="824" />
            <source>Choose an activity, or add a new one.</source>
            <translation>Kies een activiteit, of voeg een nieuwe toe.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="320" />
            <source>&amp;Details</source>
            <translation>&amp;Gegevens</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="321" />
            <source>&amp;Evidence</source>
            <translation>&amp;Bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="322" />
            <source>Re&amp;flection</source>
            <translation>Re&amp;flectie</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="341" />
            <source>Delete moves them all to the trash (Ctrl+Z brings them back). File &gt; Export portfolio as PDF offers exactly these activities. Click one activity to edit it.</source>
            <translation>Met Delete gaan ze allemaal naar de prullenbak (Ctrl+Z haalt ze terug). Bestand &gt; Portfolio exporteren als PDF biedt precies deze activiteiten aan. Klik op één activiteit om die te bewerken.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="361" />
            <location filename="../../desktop/views/activities_page.py" line="390" />
            <source>Move to trash</source>
            <translation>Naar prullenbak</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="830" />
            <source>Move %n activities to trash</source>
            <translation>
                <numerusform>%n activiteit naar prullenbak</numerusform>
                <numerusform>%n activiteiten naar prullenbak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="832" />
            <source>Move the %n selected activities to the trash (Delete); undo with Ctrl+Z</source>
            <translation>
                <numerusform>De geselecteerde activiteit naar de prullenbak (Delete); Ctrl+Z maakt dit ongedaan</numerusform>
                <numerusform>De %n geselecteerde activiteiten naar de prullenbak (Delete); Ctrl+Z maakt dit ongedaan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="364" />
            <source>Move this activity to the trash (Delete); undo with Ctrl+Z</source>
            <translation>Deze activiteit naar de prullenbak verplaatsen (Delete); ongedaan maken met Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="367" />
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="370" />
            <source>Save (Ctrl+S)</source>
            <translation>Opslaan (Ctrl+S)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="492" />
            <source>%n activities</source>
            <translation>
                <numerusform>%n activiteit</numerusform>
                <numerusform>%n activiteiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="494" />
            <source>%1 of %n activities</source>
            <translation>
                <numerusform>%1 van %n activiteit</numerusform>
                <numerusform>%1 van %n activiteiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="635" />
            <source>%n activities selected</source>
            <translation>
                <numerusform>%n activiteit geselecteerd</numerusform>
                <numerusform>%n activiteiten geselecteerd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="636" />
            <source>Together %1 RU (registeruren).</source>
            <translation>Samen %1 RU (registeruren).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="640" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… en nog %n</numerusform>
                <numerusform>… en nog %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="724" />
            <source>Not saved yet: %1</source>
            <translation>Nog niet opgeslagen: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="731" />
            <source>Saved “%1”.</source>
            <translation>„%1” opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="761" />
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="763" />
            <source>The activity cannot be saved yet:

%1

Discard your changes, or go back and correct them?</source>
            <translation>De activiteit kan nog niet worden opgeslagen:

%1

Wilt u uw wijzigingen weggooien, of teruggaan en ze verbeteren?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="788" />
            <source>Moved “%1” to the trash. Undo with Ctrl+Z.</source>
            <translation>„%1” staat nu in de prullenbak. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="801" />
            <source>Moved %n activities to the trash. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n activiteit staat nu in de prullenbak. Ongedaan maken met Ctrl+Z.</numerusform>
                <numerusform>%n activiteiten staan nu in de prullenbak. Ongedaan maken met Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="814" />
            <source>New activity</source>
            <translation>Nieuwe activiteit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="821" />
            <source>(not in the filtered list)</source>
            <translation>(staat niet in de gefilterde lijst)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="839" />
            <source>Not saved: please correct the fields marked in red.</source>
            <translation>Niet opgeslagen: verbeter de rood gemarkeerde velden.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="841" />
            <source>Unsaved changes (Ctrl+S saves).</source>
            <translation>Niet-opgeslagen wijzigingen (Ctrl+S slaat op).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="161" />
            <source>Loading your portfolio…</source>
            <extracomment>Asked (with the problems) before unsaveable changes are dropped; True discards them.</extracomment>
            <translation>Bezig met laden van uw portfolio…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="162" />
            <source>Loading…</source>
            <translation>Bezig met laden…</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="115" />
            <source>e.g. Course on formative assessment</source>
            <translation>bijv. Cursus formatief evalueren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="116" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="117" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="123" />
            <source>Type of activity</source>
            <translation>Soort activiteit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="129" />
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="130" />
            <source>Planned (does not count yet)</source>
            <translation>Gepland (telt nog niet mee)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="131" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="140" />
            <source>T&amp;ype</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="144" />
            <source>Start date</source>
            <translation>Begindatum</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="145" />
            <source>until</source>
            <translation>tot en met</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="147" />
            <source>For an activity of more than one day</source>
            <translation>Voor een activiteit van meer dan één dag</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="150" />
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="169" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="173" />
            <source>Contact hours</source>
            <translation>Contacturen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="176" />
            <source>Self-study hours</source>
            <translation>Zelfstudie-uren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="182" />
            <source>+ self-study</source>
            <translation>+ zelfstudie</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="199" />
            <source>&amp;Contact hours</source>
            <translation>&amp;Contacturen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="210" />
            <source>SBL competences (before 2017)</source>
            <translation>SBL-competenties (vóór 2017)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="226" />
            <source>Domains</source>
            <translation>Domeinen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="227" />
            <source>Bekwaamheidsdomeinen: what the activity is about</source>
            <translation>Bekwaamheidsdomeinen: waar de activiteit over gaat</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="232" />
            <source>School, university, organisation</source>
            <translation>School, hogeschool, universiteit, organisatie</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="233" />
            <source>Provider</source>
            <translation>Aanbieder</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="235" />
            <source>&amp;Provider</source>
            <translation>&amp;Aanbieder</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="241" />
            <source>What was it about, and how was it set up?</source>
            <translation>Waar ging het over, en hoe was het opgezet?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="242" />
            <source>Content and set-up</source>
            <translation>Inhoud en opzet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="244" />
            <source>Co&amp;ntent</source>
            <translation>&amp;Inhoud en opzet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="249" />
            <source>What does it add to your work as a teacher?</source>
            <translation>Wat voegt het toe aan uw werk als leraar?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="250" />
            <source>Contribution to your professional development</source>
            <translation>Bijdrage aan uw professionele ontwikkeling</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="253" />
            <source>Contri&amp;bution</source>
            <translation>&amp;Bijdrage</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="257" />
            <source>Validated activity, code:</source>
            <translation>Gevalideerde activiteit, code:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="261" />
            <source>Code of the validated activity</source>
            <translation>Code van de gevalideerde activiteit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="269" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="273" />
            <source>Origin</source>
            <translation>Herkomst</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="431" />
            <source>= %1 RU</source>
            <translation>= %1 RU</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="46" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="47" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="48" />
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="49" />
            <source>Domains</source>
            <translation>Domeinen</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="50" />
            <source>RU</source>
            <translation>RU</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="51" />
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="52" />
            <source>Reflection</source>
            <translation>Reflectie</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="53" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="115" />
            <source>Register hours: contact plus self-study hours</source>
            <translation>Registeruren: contacturen plus zelfstudie-uren</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="155" />
            <source>Has a reflection</source>
            <translation>Heeft een reflectie</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="157" />
            <source>No reflection yet</source>
            <translation>Nog geen reflectie</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="208" />
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="210" />
            <source>Validated</source>
            <translation>Gevalideerd</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="211" />
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/app.py" line="357" />
            <source>Something went wrong. Your saved work is safe.

%1</source>
            <translation>Er ging iets mis. Uw opgeslagen werk is veilig.

%1</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="292" />
            <source>The portfolio folder %1 cannot be opened: %2</source>
            <translation>De portfoliomap %1 kan niet worden geopend: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="255" />
            <source>Preparing the demo portfolio…</source>
            <extracomment>Test and benchmark hooks (environment variables, so the command line stays the teacher's): Opens the portfolio in a folder (on a worker); by default desktop.services.open_services. Ends the application with an exit code; replaceable where the event loop is not ours. Set by the worker the moment the portfolio is open, so that it is closed at exit even when the window was closed before the news arrived.</extracomment>
            <translation>Het voorbeeldportfolio wordt klaargezet…</translation>
        </message>
    </context>
    <context>
        <name>CycleDialog</name>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="56" />
            <source>Registration cycle</source>
            <extracomment>Professional registers remind their members about this long before the cycle ends.</extracomment>
            <translation>Registratiecyclus</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="61" />
            <source>&amp;Start of the cycle</source>
            <translation>&amp;Begin van de cyclus</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="70" />
            <source>&amp;Rules</source>
            <translation>&amp;Regels</translation>
        </message>
    </context>
    <context>
        <name>DossierPage</name>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="152" />
            <source>Registration dossier</source>
            <translation>Registratiedossier</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="164" />
            <source>Profile</source>
            <translation>Profiel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="178" />
            <source>optional, e.g. RL-123456</source>
            <translation>niet verplicht, bijv. RL-123456</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="205" />
            <source>Save &amp;profile</source>
            <translation>&amp;Profiel opslaan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="209" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="210" />
            <source>Register &amp;number</source>
            <translation>Registratie&amp;nummer</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="211" />
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="212" />
            <source>Sectors</source>
            <translation>Sectoren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="213" />
            <source>E-&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="222" />
            <source>Schools</source>
            <translation>Scholen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="224" />
            <location filename="../../desktop/views/dossier_page.py" line="248" />
            <location filename="../../desktop/views/dossier_page.py" line="389" />
            <source>School</source>
            <translation>School</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="224" />
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="224" />
            <source>BRIN</source>
            <translation>BRIN</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="229" />
            <source>Qualifications (bevoegdheden)</source>
            <translation>Bevoegdheden</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Subject</source>
            <translation>Vak</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Degree</source>
            <translation>Graad</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Obtained</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Diploma</source>
            <translation>Diploma</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="236" />
            <source>Add &amp;diploma…</source>
            <translation>&amp;Diploma toevoegen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="238" />
            <source>Open diploma</source>
            <translation>Diploma openen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="245" />
            <source>Work experience</source>
            <translation>Werkervaring</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="248" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="248" />
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="248" />
            <source>Teaching hours</source>
            <translation>Lesuren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="338" />
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="348" />
            <source>hours</source>
            <translation>uur</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="350" />
            <source>%1 hours still needed</source>
            <translation>nog %1 uur nodig</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="351" />
            <source>Achieved</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="383" />
            <source>Edit profile</source>
            <translation>Profiel wijzigen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="385" />
            <source>Profile saved.</source>
            <translation>Profiel opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="392" />
            <source>Qualification</source>
            <translation>Bevoegdheid</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="395" />
            <source>Work period</source>
            <translation>Werkperiode</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="402" />
            <source>Add %1</source>
            <translation>%1 toevoegen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="402" />
            <source>Edit %1</source>
            <translation>%1 wijzigen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="409" />
            <source>Remove from dossier</source>
            <translation>Uit het dossier verwijderen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="410" />
            <source>Removed. Undo with Ctrl+Z.</source>
            <translation>Verwijderd. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="424" />
            <source>Choose the diploma</source>
            <translation>Kies het diploma</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="426" />
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Documenten en afbeeldingen (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="434" />
            <source>Diploma “%1” added.</source>
            <translation>Diploma „%1” toegevoegd.</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="118" />
            <source>Drop files here, or add them with the button. Certificates, proof of attendance, programmes, photos: anything that shows what you did.</source>
            <translation>Sleep bestanden hierheen, of voeg ze toe met de knop. Certificaten, bewijzen van deelname, programma's, foto's: alles wat laat zien wat u deed.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="128" />
            <source>Evidence files</source>
            <translation>Bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="137" />
            <source>No evidence yet.</source>
            <translation>Nog geen bewijsstukken.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="143" />
            <source>&amp;Kind of evidence:</source>
            <translation>&amp;Soort bewijsstuk:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="152" />
            <source>issued on</source>
            <translation>uitgegeven op</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="156" />
            <source>Issue date</source>
            <translation>Datum van afgifte</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="165" />
            <source>Description, e.g. who issued it</source>
            <translation>Omschrijving, bijv. wie het heeft uitgegeven</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="166" />
            <source>Description of the evidence</source>
            <translation>Omschrijving van het bewijsstuk</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="172" />
            <source>&amp;Add file…</source>
            <translation>Bestand &amp;toevoegen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="175" />
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="177" />
            <source>&amp;Remove</source>
            <translation>&amp;Weghalen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="179" />
            <source>Remove the file from this activity (Delete); undo with Ctrl+Z</source>
            <translation>Het bestand bij deze activiteit weghalen (Delete); ongedaan maken met Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="194" />
            <source>Progress of adding the file</source>
            <translation>Voortgang van het toevoegen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="195" />
            <source>&amp;Cancel</source>
            <translation>&amp;Annuleren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="209" />
            <source>Remove file</source>
            <translation>Bestand weghalen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/evidence_panel.py" line="257" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="390" />
            <source>Folders cannot be attached; drop the files inside them.</source>
            <translation>Een map kan niet worden toegevoegd; sleep de bestanden die erin staan.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="397" />
            <source>The file is larger than %1 MB, the limit your settings allow.</source>
            <translation>Het bestand is groter dan %1 MB, de grens in uw instellingen.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="409" />
            <source>Adding %1…</source>
            <translation>%1 wordt toegevoegd…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="422" />
            <source>Added “%1”.</source>
            <translation>„%1” toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="430" />
            <source>Adding the file was cancelled; nothing was changed.</source>
            <translation>Toevoegen geannuleerd; er is niets veranderd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="433" />
            <source>Could not add “%1”: %2</source>
            <translation>„%1” kon niet worden toegevoegd: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="483" />
            <source>No program was found to open “%1”.</source>
            <translation>Er is geen programma gevonden om „%1” te openen.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="497" />
            <source>Removed “%1”. Undo with Ctrl+Z.</source>
            <translation>„%1” weggehaald. Ongedaan maken met Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="87" />
            <source>Sections</source>
            <extracomment>The portfolio's folder (for the window's own state), known before the portfolio is opened.</extracomment>
            <translation>Onderdelen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="114" />
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="115" />
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="116" />
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="131" />
            <source>Working…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="170" />
            <source>&amp;File</source>
            <extracomment>Asks a yes/no question (a blocking dialog); replaceable where no one can answer.</extracomment>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="172" />
            <source>&amp;New activity</source>
            <translation>&amp;Nieuwe activiteit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="179" />
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="186" />
            <source>&amp;Add evidence file…</source>
            <translation>Bewijsstuk &amp;toevoegen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="195" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="201" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="206" />
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="207" />
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="210" />
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;uitvoeren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="215" />
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="217" />
            <location filename="../../desktop/views/main_window.py" line="401" />
            <source>Move activity to &amp;trash</source>
            <translation>Activiteit naar &amp;prullenbak</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="224" />
            <source>T&amp;rash…</source>
            <translation>P&amp;rullenbak…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="229" />
            <source>&amp;View</source>
            <extracomment>Disabled while the portfolio is being opened.</extracomment>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="231" />
            <source>&amp;Activities</source>
            <translation>&amp;Activiteiten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="231" />
            <source>&amp;Overview</source>
            <translation>&amp;Overzicht</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="231" />
            <source>&amp;Dossier</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="236" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="239" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="245" />
            <source>&amp;About Bekwaam</source>
            <translation>&amp;Over Bekwaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="362" />
            <source>Your portfolio is ready. Add your first activity with Ctrl+N.</source>
            <translation>Uw portfolio staat klaar. Voeg uw eerste activiteit toe met Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="369" />
            <source>(demo: changes are not kept)</source>
            <translation>(demo: wijzigingen worden niet bewaard)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="387" />
            <source>Choose an activity first.</source>
            <translation>Kies eerst een activiteit.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="391" />
            <source>Add evidence</source>
            <translation>Bewijsstuk toevoegen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="391" />
            <source>All files (*);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg)</source>
            <translation>Alle bestanden (*);;PDF (*.pdf);;Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="399" />
            <source>Move %n activities to &amp;trash</source>
            <translation>
                <numerusform>%n activiteit naar &amp;prullenbak</numerusform>
                <numerusform>%n activiteiten naar &amp;prullenbak</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="417" />
            <source>Bekwaam</source>
            <translation>Bekwaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="424" />
            <source>New activity</source>
            <translation>Nieuwe activiteit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="425" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="426" />
            <source>Add evidence file</source>
            <translation>Bewijsstuk toevoegen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="427" />
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="428" />
            <source>Redo</source>
            <translation>Opnieuw uitvoeren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="429" />
            <source>Find</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="430" />
            <source>Trash</source>
            <translation>Prullenbak</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="431" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="445" />
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="456" />
            <source>About Bekwaam</source>
            <translation>Over Bekwaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="458" />
            <source>&lt;h3&gt;Bekwaam %1&lt;/h3&gt;&lt;p&gt;Your professional development portfolio: activities, evidence and reflections, kept on your own computer and usable offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bekwaam %1&lt;/h3&gt;&lt;p&gt;Uw portfolio voor professionele ontwikkeling: activiteiten, bewijsstukken en reflecties, bewaard op uw eigen computer en ook zonder internet te gebruiken.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="483" />
            <source>A file is being added</source>
            <translation>Er wordt een bestand toegevoegd</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="483" />
            <source>A file is still being added. Stop adding it and quit?</source>
            <translation>Er wordt nog een bestand toegevoegd. Stoppen met toevoegen en afsluiten?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="265" />
            <source>Opening your portfolio…</source>
            <translation>Uw portfolio wordt geopend…</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="117" />
            <source>Progress toward herregistratie</source>
            <translation>Voortgang naar herregistratie</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="128" />
            <location filename="../../desktop/views/overview_page.py" line="203" />
            <source>Change &amp;cycle…</source>
            <translation>&amp;Cyclus wijzigen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="146" />
            <location filename="../../desktop/views/overview_page.py" line="152" />
            <source>Register hours per domain per year</source>
            <translation>Registeruren per domein per jaar</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="196" />
            <source>No registration cycle has been set yet.</source>
            <translation>Er is nog geen registratiecyclus ingesteld.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="197" />
            <source>Set the start of your cycle to see how far you are.</source>
            <translation>Stel het begin van uw cyclus in om te zien hoe ver u bent.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="198" />
            <source>Set &amp;cycle…</source>
            <translation>&amp;Cyclus instellen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="200" />
            <source>No cycle yet</source>
            <translation>Nog geen cyclus</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="206" />
            <source>Cycle %1 to %2</source>
            <translation>Cyclus %1 tot en met %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="211" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>nog %n dag</numerusform>
                <numerusform>nog %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="215" />
            <source>provisional rules</source>
            <translation>voorlopige regels</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="220" />
            <location filename="../../desktop/views/overview_page.py" line="279" />
            <source>hours</source>
            <translation>uur</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="227" />
            <location filename="../../desktop/views/overview_page.py" line="280" />
            <source>%1 %2 still needed</source>
            <translation>nog %1 %2 nodig</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="228" />
            <source>Achieved</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="234" />
            <source>No completed activities in this cycle yet</source>
            <translation>Nog geen afgeronde activiteiten in deze cyclus</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="235" />
            <source>%n activities count toward this cycle.</source>
            <translation>
                <numerusform>%n activiteit telt mee voor deze cyclus.</numerusform>
                <numerusform>%n activiteiten tellen mee voor deze cyclus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="237" />
            <source>%n planned activities do not count until they are completed.</source>
            <translation>
                <numerusform>%n geplande activiteit telt pas mee als ze is afgerond.</numerusform>
                <numerusform>%n geplande activiteiten tellen pas mee als ze zijn afgerond.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="240" />
            <source>%1 RU of them come from validated activities.</source>
            <translation>Daarvan komen %1 RU uit gevalideerde activiteiten.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="250" />
            <source>Your cycle ended on %1. Set the start of your next cycle.</source>
            <translation>Uw cyclus is geëindigd op %1. Stel het begin van uw volgende cyclus in.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="257" />
            <source>Your cycle ends in %n week(s), on %1. Still missing: %2.</source>
            <translation>
                <numerusform>Uw cyclus eindigt over %n week, op %1. U mist nog: %2.</numerusform>
                <numerusform>Uw cyclus eindigt over %n weken, op %1. U mist nog: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="264" />
            <source>Your cycle ends in %n week(s), on %1. You meet every requirement: you can apply for herregistratie.</source>
            <translation>
                <numerusform>Uw cyclus eindigt over %n week, op %1. U voldoet aan alle eisen: u kunt herregistratie aanvragen.</numerusform>
                <numerusform>Uw cyclus eindigt over %n weken, op %1. U voldoet aan alle eisen: u kunt herregistratie aanvragen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioActions</name>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="44" />
            <source>This item no longer exists; it may have been deleted in the meantime.</source>
            <translation>Dit onderdeel bestaat niet meer; misschien is het intussen verwijderd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="48" />
            <source>The file %1 cannot be found.</source>
            <translation>Het bestand %1 is niet gevonden.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="52" />
            <source>Bekwaam may not read or write %1.</source>
            <translation>Bekwaam mag %1 niet lezen of schrijven.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="56" />
            <source>The disk reported a problem: %1</source>
            <translation>De schijf meldt een probleem: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="59" />
            <source>Something unexpected went wrong: %1</source>
            <translation>Er ging iets onverwachts mis: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="106" />
            <source>Add activity</source>
            <translation>Activiteit toevoegen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="108" />
            <source>Edit activity</source>
            <translation>Activiteit wijzigen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/portfolio_actions.py" line="123" />
            <source>Delete %n activities</source>
            <translation>
                <numerusform>%n activiteit verwijderen</numerusform>
                <numerusform>%n activiteiten verwijderen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="252" />
            <source>Delete “%1”</source>
            <translation>„%1” verwijderen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="254" />
            <source>Restore “%1”</source>
            <translation>„%1” terugzetten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="305" />
            <source>Remove “%1”</source>
            <translation>„%1” weghalen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="307" />
            <source>Attach “%1”</source>
            <translation>„%1” toevoegen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="336" />
            <source>Edit “%1”</source>
            <translation>„%1” wijzigen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="365" />
            <source>Edit reflection</source>
            <translation>Reflectie wijzigen</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="109" />
            <source>known</source>
            <translation>bekend</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="144" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="146" />
            <source>e.g. Stedelijk Gymnasium</source>
            <translation>bijv. Stedelijk Gymnasium</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="148" />
            <source>&amp;Place</source>
            <translation>&amp;Plaats</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="151" />
            <source>&amp;BRIN</source>
            <translation>&amp;BRIN</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="153" />
            <source>four characters, e.g. 12AB</source>
            <translation>vier tekens, bijv. 12AB</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="160" />
            <source>S&amp;ector</source>
            <translation>S&amp;ector</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="163" />
            <source>&amp;Subject</source>
            <translation>&amp;Vak</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="165" />
            <source>e.g. mathematics</source>
            <translation>bijv. wiskunde</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="169" />
            <source>&amp;Degree</source>
            <translation>&amp;Graad</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="171" />
            <source>e.g. eerstegraads, tweedegraads, pabo</source>
            <translation>bijv. eerstegraads, tweedegraads, pabo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="173" />
            <source>&amp;Obtained on</source>
            <translation>&amp;Behaald op</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="179" />
            <source>&amp;School</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="180" />
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="181" />
            <source>&amp;Until</source>
            <translation>&amp;Tot en met</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="182" />
            <source>&amp;Teaching hours in this period</source>
            <translation>&amp;Lesuren in deze periode</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="80" />
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="81" />
            <source>Edit…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="82" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <location filename="../../desktop/views/reflection_editor.py" line="93" />
            <source>Reflection model</source>
            <extracomment>Where each prompt's text goes when the teacher switches model.</extracomment>
            <translation>Reflectiemodel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reflection_editor.py" line="94" />
            <source>&amp;Model</source>
            <translation>&amp;Model</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="55" />
            <source>Settings</source>
            <extracomment>The order in which settings are shown; keys the settings module does not know are skipped.</extracomment>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="71" />
            <source>Other settings are not available in this version.</source>
            <translation>Andere instellingen zijn in deze versie niet beschikbaar.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="99" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="100" />
            <source>Largest evidence file (MB)</source>
            <translation>Grootste bewijsstuk (MB)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="101" />
            <source>Check for updates</source>
            <translation>Zoeken naar updates</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="102" />
            <source>Register server</source>
            <translation>Registerserver</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="103" />
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="104" />
            <source>Certificate authority (file)</source>
            <translation>Certificaatautoriteit (bestand)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="105" />
            <source>Sync every (minutes)</source>
            <translation>Synchroniseren elke (minuten)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="106" />
            <source>Portfolio folder</source>
            <translation>Portfoliomap</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="119" />
            <source>set by your school</source>
            <translation>ingesteld door uw school</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="181" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="189" />
            <source>Certificate authority</source>
            <translation>Certificaatautoriteit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="189" />
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="207" />
            <source>The school's settings file has problems; those settings are ignored:</source>
            <translation>Het instellingenbestand van de school bevat fouten; die instellingen worden genegeerd:</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="42" />
            <source>Trash</source>
            <translation>Prullenbak</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="46" />
            <source>Deleted activities stay here, with their evidence and reflection, until you restore them.</source>
            <translation>Verwijderde activiteiten blijven hier bewaard, met hun bewijsstukken en reflectie, tot u ze terugzet.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="53" />
            <source>Deleted activities</source>
            <translation>Verwijderde activiteiten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="57" />
            <source>The trash is empty.</source>
            <translation>De prullenbak is leeg.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="61" />
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="47" />
            <location filename="../../desktop/views/welcome_dialog.py" line="50" />
            <source>Welcome to Bekwaam</source>
            <translation>Welkom bij Bekwaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="55" />
            <source>Bekwaam keeps your professional development portfolio on this computer: your activities, the evidence and your reflections. It works without internet. Four questions to start with; you can change every answer later under Dossier.</source>
            <translation>Bekwaam bewaart uw portfolio voor professionele ontwikkeling op deze computer: uw activiteiten, de bewijsstukken en uw reflecties. Het werkt zonder internet. Eerst vier vragen; elk antwoord kunt u later wijzigen onder Dossier.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="67" />
            <source>First name and surname</source>
            <translation>Voornaam en achternaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="69" />
            <source>Your &amp;name</source>
            <translation>Uw &amp;naam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="82" />
            <source>Where you teach</source>
            <translation>Waar u lesgeeft</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="85" />
            <source>optional, e.g. RL-123456</source>
            <translation>niet verplicht, bijv. RL-123456</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="88" />
            <source>Register n&amp;umber</source>
            <translation>Registratien&amp;ummer</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="93" />
            <source>Your registration cycle lasts four years; the date is on your registration.</source>
            <translation>Uw registratiecyclus duurt vier jaar; de datum staat bij uw registratie.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="96" />
            <source>Cycle &amp;started on</source>
            <translation>Cyclus &amp;begonnen op</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="102" />
            <source>&amp;Rules</source>
            <translation>&amp;Regels</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="105" />
            <source>&amp;Start</source>
            <translation>&amp;Beginnen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="106" />
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="147" />
            <source>Choose at least one sector: the rules differ per sector.</source>
            <translation>Kies minstens één sector: de regels verschillen per sector.</translation>
        </message>
    </context>
</TS>