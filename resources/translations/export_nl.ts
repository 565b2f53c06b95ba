<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="59" />
        <source>Export portfolio as PDF</source>
        <translation>Portfolio exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="63" />
        <source>Choose which activities go into the PDF. The summary always shows your progress in the whole cycle.</source>
        <translation>Kies welke activiteiten in de PDF komen. De samenvatting toont altijd uw voortgang in de hele registratieperiode.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="69" />
        <source>All activities ({n})</source>
        <translation>Alle activiteiten ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="70" />
        <source>Activities that ended in a period:</source>
        <translation>Activiteiten die in een periode zijn geëindigd:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="71" />
        <source>Only the activities I choose:</source>
        <translation>Alleen de activiteiten die ik kies:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="86" />
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="88" />
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="95" />
        <source>Filter by title</source>
        <translation>Zoek op titel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="117" />
        <source>Language of the PDF:</source>
        <translation>Taal van de PDF:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="126" />
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="147" />
        <source>The current cycle (no cycle has been set)</source>
        <translation>De huidige registratieperiode (er is geen periode ingesteld)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="148" />
        <source>The current cycle ({start} to {end})</source>
        <translation>De huidige registratieperiode ({start} tot en met {end})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="181" />
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="183" />
        <source>Tick at least one activity.</source>
        <translation>Vink minstens één activiteit aan.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../desktop/export/backup.py" line="100" />
        <source>Copying the database</source>
        <translation>De database wordt gekopieerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="130" />
        <source>Copying the evidence files</source>
        <translation>De bewijsstukken worden gekopieerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="152" />
        <source>Writing the list of checksums</source>
        <translation>De lijst met controlewaarden wordt geschreven</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="163" />
        <source>Backup written</source>
        <translation>De back-up is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="269" />
        <source>Checking the backup</source>
        <translation>De back-up wordt gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="289" />
        <source>Unpacking and verifying the files</source>
        <translation>De bestanden worden uitgepakt en gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="298" />
        <source>Checking the database</source>
        <translation>De database wordt gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="335" />
        <source>Backup restored</source>
        <translation>De back-up is teruggezet</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="343" />
        <source>Reading the portfolio</source>
        <translation>Het portfolio wordt gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="624" />
        <source>Reading the file</source>
        <translation>Het bestand wordt gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="639" />
        <source>Matching the entries</source>
        <translation>De onderdelen worden ingedeeld</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="643" />
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="651" />
        <source>Import finished</source>
        <translation>Het importeren is klaar</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="936" />
        <source>Storing the files</source>
        <translation>De bestanden worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>Leap2aExport</name>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="123" />
        <source>Professional development portfolio</source>
        <translation>Professionaliseringsportfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="145" />
        <source>Registration cycle</source>
        <translation>Registratieperiode</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="199" />
        <source>Register number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="253" />
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../desktop/export/pdf.py" line="120" />
        <source>Reading the portfolio</source>
        <translation>Het portfolio wordt gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="227" />
        <source>Assembling the document</source>
        <translation>Het document wordt samengesteld</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="246" />
        <source>{name} uses fonts that are not embedded, so this PDF is not marked as PDF/A (archival); it reads and prints as usual.</source>
        <translation>{name} gebruikt lettertypen die niet zijn ingesloten; daarom is deze PDF niet als PDF/A (archiefformaat) gemarkeerd. Lezen en afdrukken gaan gewoon.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="248" />
        <source>PDF written</source>
        <translation>De PDF is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="277" />
        <source>Checking the evidence files</source>
        <translation>De bewijsstukken worden gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="291" />
        <source>The file is missing from the evidence store.</source>
        <translation>Het bestand ontbreekt in de opslag van bewijsstukken.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="292" />
        <source>The stored file is damaged: its SHA-256 no longer matches.</source>
        <translation>Het opgeslagen bestand is beschadigd: de SHA-256-controlewaarde klopt niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="302" />
        <source>This PDF could not be read (damaged or encrypted); it is attached unchanged.</source>
        <translation>Deze PDF kon niet worden gelezen (beschadigd of beveiligd); het bestand is ongewijzigd als bijlage toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="324" />
        <source>Laying out the pages</source>
        <translation>De pagina's worden opgemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="327" />
        <location filename="../../desktop/export/pdf.py" line="440" />
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="368" />
        <location filename="../../desktop/export/pdf.py" line="846" />
        <source>Professional development portfolio</source>
        <translation>Professionaliseringsportfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="370" />
        <source>(no name entered)</source>
        <translation>(geen naam ingevuld)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="375" />
        <location filename="../../desktop/export/pdf.py" line="467" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="377" />
        <location filename="../../desktop/export/pdf.py" line="468" />
        <source>Register number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="379" />
        <location filename="../../desktop/export/pdf.py" line="469" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="383" />
        <source>Registration cycle</source>
        <translation>Registratieperiode</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="384" />
        <source>Ruleset</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="385" />
        <source>Included</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="386" />
        <source>Portfolio as of</source>
        <translation>Stand van het portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="398" />
        <source>activities</source>
        <translation>activiteiten</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="399" />
        <source>register hours (RU), completed</source>
        <translation>registeruren (RU), afgerond</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="400" />
        <source>evidence files</source>
        <translation>bewijsstukken</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="407" />
        <source>Made with Bekwaam {version}. The evidence files are included in the appendix and attached unchanged to this PDF; their SHA-256 checksums show they are the originals.</source>
        <translation>Gemaakt met Bekwaam {version}. De bewijsstukken staan in de bijlage en zijn ongewijzigd aan deze PDF toegevoegd; hun SHA-256-controlewaarden tonen aan dat het de originelen zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="420" />
        <location filename="../../desktop/export/pdf.py" line="431" />
        <source>All activities ({n})</source>
        <translation>Alle activiteiten ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="421" />
        <source>All activities in the cycle ({n})</source>
        <translation>Alle activiteiten in de registratieperiode ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="424" />
        <source>Activities from {start} to {end} ({n})</source>
        <translation>Activiteiten van {start} tot en met {end} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="427" />
        <source>Activities from {start} ({n})</source>
        <translation>Activiteiten vanaf {start} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="428" />
        <source>Activities until {end} ({n})</source>
        <translation>Activiteiten tot en met {end} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="430" />
        <source>Selected activities ({n})</source>
        <translation>Geselecteerde activiteiten ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="461" />
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="463" />
        <source>Teacher and registration</source>
        <translation>Leraar en registratie</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="465" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="471" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="474" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="483" />
        <source>diploma: {label}</source>
        <translation>diploma: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="484" />
        <source>Qualification</source>
        <translation>Bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="488" />
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="488" />
        <source>{n} periods, {hours} teaching hours in all</source>
        <translation>{n} perioden, samen {hours} lesuren</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="496" />
        <source>No registration cycle has been set, so there is no progress toward re-registration to show.</source>
        <translation>Er is geen registratieperiode ingesteld, dus er is nog geen voortgang naar herregistratie te tonen.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="499" />
        <source>Requirements for re-registration</source>
        <translation>Eisen voor herregistratie</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="500" />
        <source>Cycle {period}, measured against the ruleset {ruleset}.</source>
        <translation>Registratieperiode {period}, getoetst aan de regels van {ruleset}.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="503" />
        <source>This ruleset is provisional.</source>
        <translation>Deze regels zijn voorlopig.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="504" />
        <source>Completed activities count in the cycle in which they ended; the figures cover the whole portfolio as of {date}.</source>
        <translation>Afgeronde activiteiten tellen mee in de periode waarin ze zijn geëindigd; de cijfers gaan over het hele portfolio op {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="509" />
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="509" />
        <location filename="../../desktop/export/pdf.py" line="579" />
        <source>RU</source>
        <translation>RU</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="510" />
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="511" />
        <source>{n} short</source>
        <translation>nog {n} nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="518" />
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="518" />
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="518" />
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="519" />
        <location filename="../../desktop/export/pdf.py" line="630" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="523" />
        <source>Register hours per domain per year</source>
        <translation>Registeruren per bekwaamheidsdomein per jaar</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="529" />
        <location filename="../../desktop/export/pdf.py" line="535" />
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="535" />
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="544" />
        <source>Validated activities</source>
        <translation>Gevalideerde activiteiten</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="545" />
        <source>Other activities</source>
        <translation>Overige activiteiten</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="546" />
        <source>Activities counted</source>
        <translation>Activiteiten die meetellen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="547" />
        <source>Planned or outside the cycle</source>
        <translation>Gepland of buiten de periode</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="554" />
        <source>Overview of the activities</source>
        <translation>Overzicht van de activiteiten</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="556" />
        <location filename="../../desktop/export/pdf.py" line="589" />
        <source>There are no activities in this selection.</source>
        <translation>Er zijn geen activiteiten in deze selectie.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="563" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="578" />
        <location filename="../../desktop/export/pdf.py" line="673" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="578" />
        <location filename="../../desktop/export/pdf.py" line="673" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="578" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="578" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="579" />
        <source>Valid.</source>
        <translation>Gev.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="579" />
        <location filename="../../desktop/export/pdf.py" line="674" />
        <source>Page</source>
        <translation>Pag.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="587" />
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="591" />
        <source>Each activity with its details, the reflection on it and its evidence. The page numbers in the evidence tables point to the appendix.</source>
        <translation>Elke activiteit met haar gegevens, de reflectie erop en de bewijsstukken. De paginanummers in de tabellen met bewijsstukken verwijzen naar de bijlage.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="612" />
        <source>ACTIVITY</source>
        <translation>ACTIVITEIT</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="618" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="619" />
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="620" />
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="620" />
        <source>{contact} contact + {self_study} self-study = {ru} RU</source>
        <translation>{contact} contacturen + {self_study} zelfstudie = {ru} RU</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="623" />
        <source>Competence domains</source>
        <translation>Bekwaamheidsdomeinen</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="626" />
        <source>SBL competences (2006)</source>
        <translation>SBL-competenties (2006)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="628" />
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="628" />
        <source>yes, code {code}</source>
        <translation>ja, code {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="629" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="631" />
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="634" />
        <source>Content and set-up</source>
        <translation>Inhoud en opzet</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="637" />
        <source>Contribution to professional development</source>
        <translation>Bijdrage aan de professionele ontwikkeling</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="643" />
        <source>Reflection ({model})</source>
        <translation>Reflectie ({model})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="652" />
        <source>Evidence</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="654" />
        <source>No evidence attached.</source>
        <translation>Geen bewijsstukken toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="673" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="673" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="684" />
        <source>Appendix: evidence</source>
        <translation>Bijlage: bewijsstukken</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="686" />
        <source>No evidence files belong to this selection.</source>
        <translation>Bij deze selectie horen geen bewijsstukken.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="689" />
        <source>Every evidence file follows, numbered as in the activity tables. PDF files are shown page by page, images on the page. Every file is also attached unchanged to this PDF (open the attachments panel of your PDF reader); its SHA-256 checksum shows it is the file that was stored.</source>
        <translation>Hierna volgen alle bewijsstukken, genummerd zoals in de tabellen bij de activiteiten. PDF-bestanden staan er pagina voor pagina in, afbeeldingen op de pagina. Elk bestand is ook ongewijzigd aan deze PDF toegevoegd (open het paneel met bijlagen in uw PDF-lezer); de SHA-256-controlewaarde toont aan dat het om het opgeslagen bestand gaat.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="709" />
        <source>This file cannot be shown on a page ({type}); it is attached unchanged to this PDF.</source>
        <translation>Dit bestand kan niet op een pagina worden getoond ({type}); het is ongewijzigd aan deze PDF toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="718" />
        <source>issued {date}</source>
        <translation>afgegeven op {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="721" />
        <source>belongs to {labels}</source>
        <translation>hoort bij {labels}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="723" />
        <source>diploma of a qualification</source>
        <translation>diploma bij een bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="770" />
        <source>page {n} of {count} of this file</source>
        <translation>pagina {n} van {count} van dit bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="789" />
        <source>Drawing the pages</source>
        <translation>De pagina's worden getekend</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="804" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="805" />
        <source>Portfolio as of {date}</source>
        <translation>Stand van het portfolio: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="836" />
        <source>page {n} of {total}</source>
        <translation>pagina {n} van {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="858" />
        <source>professional development, portfolio, register hours</source>
        <translation>professionalisering, portfolio, registeruren</translation>
    </message>
</context>
<context>
    <name>builder</name>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="349" />
        <source>Copying the evidence files</source>
        <translation>De bewijsstukken worden gekopieerd</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="368" />
        <source>{name}: the stored file is missing or damaged; it was left out.</source>
        <translation>{name}: het opgeslagen bestand ontbreekt of is beschadigd; het is weggelaten.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="373" />
        <source>Writing leap2a.xml</source>
        <translation>leap2a.xml wordt geschreven</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="380" />
        <source>Leap2A export written</source>
        <translation>De Leap2A-export is opgeslagen</translation>
    </message>
</context>
</TS>
