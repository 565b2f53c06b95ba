<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="398" />
            <source>Export portfolio as &amp;PDF…</source>
            <translation>Portfolio exporteren als &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="401" />
            <source>&amp;Export to Leap2A…</source>
            <translation>Exporteren naar &amp;Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="404" />
            <source>&amp;Import from Leap2A…</source>
            <translation>Importeren &amp;uit Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="406" />
            <source>Make a &amp;backup…</source>
            <translation>&amp;Back-up maken…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="407" />
            <source>&amp;Restore a backup…</source>
            <translation>Back-up te&amp;rugzetten…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="526" />
            <source>Saved as %1</source>
            <translation>Opgeslagen als %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="528" />
            <source>Some things need your attention; see the details.</source>
            <translation>Er is iets wat u moet weten; zie de details.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="532" />
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="533" />
            <location filename="../../desktop/views/file_actions.py" line="883" />
            <source>Show &amp;folder</source>
            <translation>&amp;Map tonen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="586" />
            <source>Export portfolio as PDF</source>
            <translation>Portfolio exporteren als PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="588" />
            <location filename="../../desktop/views/file_actions.py" line="626" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="588" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="600" />
            <source>Your portfolio PDF is ready: %n pages.</source>
            <translation>
                <numerusform>Uw portfolio-PDF is klaar: %n pagina.</numerusform>
                <numerusform>Uw portfolio-PDF is klaar: %n pagina's.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="603" />
            <location filename="../../desktop/views/file_actions.py" line="651" />
            <source>The export was stopped; no file was written.</source>
            <translation>De export is gestopt; er is geen bestand geschreven.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="623" />
            <source>Export to Leap2A</source>
            <translation>Exporteren naar Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="629" />
            <source>Leap2A archives (*.zip)</source>
            <translation>Leap2A-archieven (*.zip)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="639" />
            <source>Your portfolio is exported to Leap2A, with %n files. Mahara and other e-portfolio systems can import this file.</source>
            <translation>
                <numerusform>Uw portfolio is geëxporteerd naar Leap2A, met %n bestand. Mahara en andere e-portfoliosystemen kunnen dit bestand importeren.</numerusform>
                <numerusform>Uw portfolio is geëxporteerd naar Leap2A, met %n bestanden. Mahara en andere e-portfoliosystemen kunnen dit bestand importeren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="657" />
            <source>Import from Leap2A</source>
            <translation>Importeren uit Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="659" />
            <source>Leap2A (*.zip *.xml);;All files (*)</source>
            <translation>Leap2A (*.zip *.xml);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="687" />
            <source>The import was stopped; nothing was added.</source>
            <translation>De import is gestopt; er is niets toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="707" />
            <source>Make a backup</source>
            <translation>Back-up maken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="709" />
            <source>Bekwaam backup</source>
            <translation>Bekwaam-back-up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="709" />
            <source>Bekwaam backups (*.zip)</source>
            <translation>Bekwaam-back-ups (*.zip)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="715" />
            <source>A backup inside the portfolio folder would be lost with it. Choose another folder.</source>
            <translation>Een back-up in de map van het portfolio zelf gaat verloren als die map verloren gaat. Kies een andere map.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="724" />
            <source>Your backup is ready: %n files, each one checked.</source>
            <translation>
                <numerusform>Uw back-up is klaar: %n bestand, gecontroleerd.</numerusform>
                <numerusform>Uw back-up is klaar: %n bestanden, elk gecontroleerd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="725" />
            <source>Keep it somewhere other than this computer, such as a USB stick.</source>
            <translation>Bewaar hem ook ergens anders dan op deze computer, bijvoorbeeld op een usb-stick.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="733" />
            <source>The backup was stopped; no file was written.</source>
            <translation>De back-up is gestopt; er is geen bestand geschreven.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="738" />
            <source>A file is still being added. Restore the backup when it is done.</source>
            <translation>Er wordt nog een bestand toegevoegd. Zet de back-up terug als dat klaar is.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="742" />
            <location filename="../../desktop/views/file_actions.py" line="767" />
            <location filename="../../desktop/views/file_actions.py" line="871" />
            <source>Restore a backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="744" />
            <source>Bekwaam backups (*.zip);;All files (*)</source>
            <translation>Bekwaam-back-ups (*.zip);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="769" />
            <source>Restore the backup of %1?</source>
            <translation>De back-up van %1 terugzetten?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="771" />
            <source>The backup takes the place of the portfolio that is open now.</source>
            <translation>De back-up komt in de plaats van het portfolio dat nu open is.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="774" />
            <source>Your current portfolio is not deleted: it is moved to a folder beside it, in %1, and kept there.</source>
            <translation>Uw huidige portfolio wordt niet verwijderd: het wordt verplaatst naar een map ernaast, in %1, en blijft daar bewaard.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="778" />
            <source>Bekwaam first checks the whole backup (%n evidence files). If anything is wrong with it, nothing changes.</source>
            <translation>
                <numerusform>Bekwaam controleert eerst de hele back-up (%n bewijsstuk). Is er iets mis mee, dan verandert er niets.</numerusform>
                <numerusform>Bekwaam controleert eerst de hele back-up (%n bewijsstukken). Is er iets mis mee, dan verandert er niets.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="784" />
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="797" />
            <source>Restoring was stopped; your portfolio has not changed.</source>
            <translation>Het terugzetten is gestopt; uw portfolio is niet veranderd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="806" />
            <source>Putting the restored portfolio in place…</source>
            <translation>Het teruggezette portfolio wordt op zijn plaats gezet…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="872" />
            <source>The backup has been restored.</source>
            <translation>De back-up is teruggezet.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="879" />
            <source>Your previous portfolio is kept in %1. Remove that folder yourself once you no longer need it.</source>
            <translation>Uw vorige portfolio is bewaard in %1. Verwijder die map zelf als u hem niet meer nodig hebt.</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="268" />
            <source>Import from Leap2A</source>
            <translation>Importeren uit Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="274" />
            <source>Imported from %1</source>
            <translation>Geïmporteerd uit %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="274" />
            <source>Nothing new in %1</source>
            <translation>Niets nieuws in %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="281" />
            <source>This is an export from Bekwaam.</source>
            <translation>Dit is een export uit Bekwaam.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="283" />
            <source>This is a Leap2A file from %1.</source>
            <translation>Dit is een Leap2A-bestand uit %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="284" />
            <source>another e-portfolio system</source>
            <translation>een ander e-portfoliosysteem</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="288" />
            <source>Added to your portfolio: %1.</source>
            <translation>Toegevoegd aan uw portfolio: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="290" />
            <source>Everything in this file is in your portfolio already; nothing was added.</source>
            <translation>Alles in dit bestand staat al in uw portfolio; er is niets toegevoegd.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="294" />
            <source>%n files were in your portfolio already; they are linked, not stored twice.</source>
            <translation>
                <numerusform>%n bestand stond al in uw portfolio; het is gekoppeld, niet dubbel opgeslagen.</numerusform>
                <numerusform>%n bestanden stonden al in uw portfolio; ze zijn gekoppeld, niet dubbel opgeslagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="307" />
            <source>%n entries were not imported:</source>
            <translation>
                <numerusform>%n onderdeel is niet geïmporteerd:</numerusform>
                <numerusform>%n onderdelen zijn niet geïmporteerd:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="312" />
            <source>Entries that were not imported</source>
            <translation>Onderdelen die niet zijn geïmporteerd</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="313" />
            <source>Entry</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="313" />
            <source>Why not</source>
            <translation>Waarom niet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="340" />
            <source>%n activities</source>
            <translation>
                <numerusform>%n activiteit</numerusform>
                <numerusform>%n activiteiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="342" />
            <source>%n evidence files</source>
            <translation>
                <numerusform>%n bewijsstuk</numerusform>
                <numerusform>%n bewijsstukken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="344" />
            <source>%n reflections</source>
            <translation>
                <numerusform>%n reflectie</numerusform>
                <numerusform>%n reflecties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="346" />
            <source>%n schools</source>
            <translation>
                <numerusform>%n school</numerusform>
                <numerusform>%n scholen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="348" />
            <source>%n qualifications</source>
            <translation>
                <numerusform>%n bevoegdheid</numerusform>
                <numerusform>%n bevoegdheden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="350" />
            <source>%n periods of work experience</source>
            <translation>
                <numerusform>%n periode werkervaring</numerusform>
                <numerusform>%n periodes werkervaring</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="352" />
            <source>%n cycles</source>
            <translation>
                <numerusform>%n cyclus</numerusform>
                <numerusform>%n cycli</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="354" />
            <source>your profile</source>
            <translation>uw profiel</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="194" />
            <source>Starting…</source>
            <extracomment>Where the last file was saved or picked, per portfolio folder, for the next dialog (this session).</extracomment>
            <translation>Even geduld…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="201" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="231" />
            <source>This last step cannot be stopped.</source>
            <translation>Deze laatste stap kan niet meer worden gestopt.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="238" />
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
    </context>
</TS>
