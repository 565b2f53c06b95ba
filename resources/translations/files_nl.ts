<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="408" />
            <source>Export portfolio as &amp;PDF…</source>
            <translation>Portfolio exporteren als &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="411" />
            <source>&amp;Export to Leap2A…</source>
            <translation>Exporteren naar &amp;Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="414" />
            <source>&amp;Import from Leap2A…</source>
            <translation>Importeren &amp;uit Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="416" />
            <source>Make a &amp;backup…</source>
            <translation>&amp;Back-up maken…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="417" />
            <source>&amp;Restore a backup…</source>
            <translation>Back-up te&amp;rugzetten…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="568" />
            <source>Saved as “%1” in the folder %2.</source>
            <translation>Opgeslagen als ‘%1’ in de map %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="573" />
            <source>Some notes on this export are under Details.</source>
            <translation>Onder Details staan opmerkingen bij deze export.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="577" />
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="578" />
            <location filename="../../desktop/views/file_actions.py" line="926" />
            <source>Show &amp;folder</source>
            <translation>&amp;Map tonen</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="614" />
            <source>The PDF could not be made.</source>
            <translation>De PDF kon niet worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="628" />
            <source>Export portfolio as PDF</source>
            <translation>Portfolio exporteren als PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="630" />
            <location filename="../../desktop/views/file_actions.py" line="669" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="630" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="642" />
            <source>Your portfolio PDF is ready: %n pages.</source>
            <translation>
                <numerusform>Uw portfolio-PDF is klaar: %n pagina.</numerusform>
                <numerusform>Uw portfolio-PDF is klaar: %n pagina's.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="650" />
            <location filename="../../desktop/views/file_actions.py" line="694" />
            <source>The export was stopped; no file was written.</source>
            <translation>De export is gestopt; er is geen bestand geschreven.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="663" />
            <source>The Leap2A export could not be made.</source>
            <translation>De Leap2A-export kon niet worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="666" />
            <source>Export to Leap2A</source>
            <translation>Exporteren naar Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="672" />
            <source>Leap2A archives (*.zip)</source>
            <translation>Leap2A-archieven (*.zip)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="682" />
            <source>Your portfolio is exported to Leap2A, with %n files. Mahara and other e-portfolio systems can import this file.</source>
            <translation>
                <numerusform>Uw portfolio is geëxporteerd naar Leap2A, met %n bestand. Mahara en andere e-portfoliosystemen kunnen dit bestand importeren.</numerusform>
                <numerusform>Uw portfolio is geëxporteerd naar Leap2A, met %n bestanden. Mahara en andere e-portfoliosystemen kunnen dit bestand importeren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="701" />
            <source>Import from Leap2A</source>
            <translation>Importeren uit Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="703" />
            <source>Leap2A (*.zip *.xml);;All files (*)</source>
            <translation>Leap2A (*.zip *.xml);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="731" />
            <source>The import was stopped; nothing was added.</source>
            <translation>De import is gestopt; er is niets toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="732" />
            <source>Nothing was imported; your portfolio has not changed.</source>
            <translation>Er is niets geïmporteerd; uw portfolio is niet veranderd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="745" />
            <source>The backup could not be made.</source>
            <translation>De back-up kon niet worden gemaakt.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="748" />
            <source>Make a backup</source>
            <translation>Back-up maken</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="750" />
            <source>Bekwaam backup</source>
            <translation>Bekwaam-back-up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="750" />
            <source>Bekwaam backups (*.zip)</source>
            <translation>Bekwaam-back-ups (*.zip)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="757" />
            <source>A backup inside the portfolio folder would be lost with it. Choose another folder.</source>
            <translation>Een back-up in de map van het portfolio zelf gaat verloren als die map verloren gaat. Kies een andere map.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="766" />
            <source>Your backup is ready: %n files, %1 in all, each one checked.</source>
            <translation>
                <numerusform>Uw back-up is klaar: %n bestand van %1, gecontroleerd.</numerusform>
                <numerusform>Uw back-up is klaar: %n bestanden, samen %1, elk gecontroleerd.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="767" />
            <source>Keep it somewhere other than this computer as well, such as a USB stick.</source>
            <translation>Bewaar hem ook ergens anders dan op deze computer, bijvoorbeeld op een usb-stick.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="775" />
            <source>The backup was stopped; no file was written.</source>
            <translation>De back-up is gestopt; er is geen bestand geschreven.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="783" />
            <source>A file is still being added. Restore the backup when it is done.</source>
            <translation>Er wordt nog een bestand toegevoegd. Zet de back-up terug als dat klaar is.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="788" />
            <location filename="../../desktop/views/file_actions.py" line="809" />
            <location filename="../../desktop/views/file_actions.py" line="914" />
            <source>Restore a backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="790" />
            <source>Bekwaam backups (*.zip);;All files (*)</source>
            <translation>Bekwaam-back-ups (*.zip);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="806" />
            <source>The backup was not restored; your portfolio has not changed.</source>
            <translation>De back-up is niet teruggezet; uw portfolio is niet veranderd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="811" />
            <source>Restore the backup of %1?</source>
            <translation>De back-up van %1 terugzetten?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="813" />
            <source>The backup takes the place of the portfolio that is open now.</source>
            <translation>De back-up komt in de plaats van het portfolio dat nu open is.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="816" />
            <source>Your current portfolio is not deleted: it is moved to a folder beside it, in %1, and kept there.</source>
            <translation>Uw huidige portfolio wordt niet verwijderd: het wordt verplaatst naar een map ernaast, in %1, en blijft daar bewaard.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="820" />
            <source>Bekwaam first checks the whole backup (%n evidence files). If anything is wrong with it, nothing changes.</source>
            <translation>
                <numerusform>Bekwaam controleert eerst de hele back-up (%n bewijsstuk). Is er iets mis mee, dan verandert er niets.</numerusform>
                <numerusform>Bekwaam controleert eerst de hele back-up (%n bewijsstukken). Is er iets mis mee, dan verandert er niets.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="826" />
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="839" />
            <source>Restoring was stopped; your portfolio has not changed.</source>
            <translation>Het terugzetten is gestopt; uw portfolio is niet veranderd.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="849" />
            <source>Putting the restored portfolio in place…</source>
            <translation>Het teruggezette portfolio wordt op zijn plaats gezet…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="915" />
            <source>The backup has been restored.</source>
            <translation>De back-up is teruggezet.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="922" />
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
            <location filename="../../desktop/views/file_actions.py" line="349" />
            <source>%n activities</source>
            <translation>
                <numerusform>%n activiteit</numerusform>
                <numerusform>%n activiteiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="351" />
            <source>%n evidence files</source>
            <translation>
                <numerusform>%n bewijsstuk</numerusform>
                <numerusform>%n bewijsstukken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="353" />
            <source>%n reflections</source>
            <translation>
                <numerusform>%n reflectie</numerusform>
                <numerusform>%n reflecties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="355" />
            <source>%n schools</source>
            <translation>
                <numerusform>%n school</numerusform>
                <numerusform>%n scholen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="357" />
            <source>%n qualifications</source>
            <translation>
                <numerusform>%n bevoegdheid</numerusform>
                <numerusform>%n bevoegdheden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="359" />
            <source>%n periods of work experience</source>
            <translation>
                <numerusform>%n periode werkervaring</numerusform>
                <numerusform>%n periodes werkervaring</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="361" />
            <source>%n cycles</source>
            <translation>
                <numerusform>%n cyclus</numerusform>
                <numerusform>%n cycli</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="363" />
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
