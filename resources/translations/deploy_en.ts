<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop/settings.py" line="47"/>
        <source>set by your school</source>
        <translation>set by your school</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="48"/>
        <source>Your school&apos;s settings file (%1) has mistakes; the rest of it applies:</source>
        <translation>Your school's settings file (%1) has mistakes; the rest of it applies:</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="296"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="297"/>
        <source>The language of the app: Dutch or English.</source>
        <translation>The language of the app: Dutch or English.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="300"/>
        <source>Register server</source>
        <translation>Register server</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="301"/>
        <source>The address of the teacher register&apos;s server (https).</source>
        <translation>The address of the teacher register's server (https).</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="304"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="305"/>
        <source>A proxy server for the connection; empty uses the system&apos;s proxy settings.</source>
        <translation>A proxy server for the connection; empty uses the system's proxy settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="309"/>
        <source>Extra certificate authority</source>
        <translation>Extra certificate authority</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="310"/>
        <source>A PEM file with certificates trusted besides the system&apos;s own.</source>
        <translation>A PEM file with certificates trusted besides the system's own.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="314"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="315"/>
        <source>Where your portfolio and evidence files are kept.</source>
        <translation>Where your portfolio and evidence files are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="318"/>
        <source>Sync every (minutes)</source>
        <translation>Sync every (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="319"/>
        <source>How often the app syncs on its own; 0 syncs only when you ask.</source>
        <translation>How often the app syncs on its own; 0 syncs only when you ask.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="323"/>
        <source>Check for updates</source>
        <translation>Check for updates</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="324"/>
        <source>Whether the app looks for a newer version.</source>
        <translation>Whether the app looks for a newer version.</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="327"/>
        <source>Largest evidence file (MB)</source>
        <translation>Largest evidence file (MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/settings.py" line="328"/>
        <source>Evidence files larger than this are refused.</source>
        <translation>Evidence files larger than this are refused.</translation>
    </message>
</context>
</TS>
