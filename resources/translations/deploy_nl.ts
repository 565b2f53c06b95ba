<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/settings.py" line="47"/>
        <source>set by your school</source>
        <translation>ingesteld door uw school</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="48"/>
        <source>Your school&apos;s settings file (%1) has mistakes; the rest of it applies:</source>
        <translation>Het instellingenbestand van uw school (%1) bevat fouten; de rest ervan geldt wel:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="296"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="297"/>
        <source>The language of the app: Dutch or English.</source>
        <translation>De taal van de app: Nederlands of Engels.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="300"/>
        <source>Register server</source>
        <translation>Registerserver</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="301"/>
        <source>The address of the teacher register&apos;s server (https).</source>
        <translation>Het adres van de server van het lerarenregister (https).</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="304"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="305"/>
        <source>A proxy server for the connection; empty uses the system&apos;s proxy settings.</source>
        <translation>Een proxyserver voor de verbinding; leeg gebruikt de proxy-instellingen van het systeem.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="309"/>
        <source>Extra certificate authority</source>
        <translation>Extra certificaatautoriteit</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="310"/>
        <source>A PEM file with certificates trusted besides the system&apos;s own.</source>
        <translation>Een PEM-bestand met certificaten die naast die van het systeem worden vertrouwd.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="314"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="315"/>
        <source>Where your portfolio and evidence files are kept.</source>
        <translation>Waar uw portfolio en uw bewijsstukken worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="318"/>
        <source>Sync every (minutes)</source>
        <translation>Synchroniseren elke (minuten)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="319"/>
        <source>How often the app syncs on its own; 0 syncs only when you ask.</source>
        <translation>Hoe vaak de app zelf synchroniseert; bij 0 alleen wanneer u erom vraagt.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="323"/>
        <source>Check for updates</source>
        <translation>Controleren op updates</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="324"/>
        <source>Whether the app looks for a newer version.</source>
        <translation>Of de app kijkt of er een nieuwere versie is.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="327"/>
        <source>Largest evidence file (MB)</source>
        <translation>Grootste bewijsstuk (MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="328"/>
        <source>Evidence files larger than this are refused.</source>
        <translation>Bewijsstukken die groter zijn, worden geweigerd.</translation>
    </message>
</context>
</TS>
