<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="182" />
            <source>&amp;New activity</source>
            <translation>&amp;New activity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="185" />
            <source>Add an activity (Ctrl+N)</source>
            <translation>Add an activity (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="190" />
            <source>Search title, provider, content… (Ctrl+F)</source>
            <translation>Search title, provider, content… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="191" />
            <source>Search activities</source>
            <translation>Search activities</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="207" />
            <source>Filter by type</source>
            <translation>Filter by type</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="208" />
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="216" />
            <source>Filter by domain</source>
            <translation>Filter by domain</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="217" />
            <source>All domains</source>
            <translation>All domains</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="225" />
            <source>Filter by year</source>
            <translation>Filter by year</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="226" />
            <location filename="../../desktop/views/activities_page.py" line="460" />
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="230" />
            <source>Filter by validation</source>
            <translation>Filter by validation</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="231" />
            <source>Validated or not</source>
            <translation>Validated or not</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="232" />
            <source>Validated</source>
            <translation>Validated</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="233" />
            <source>Not validated</source>
            <translation>Not validated</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="237" />
            <source>Without evidence</source>
            <translation>Without evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="240" />
            <source>Without reflection</source>
            <translation>Without reflection</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="243" />
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="258" />
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="298" />
            <location filename="../../desktop/views/activities_page.py" line="824" />
            <source>Choose an activity, or add a new one.</source>
            <translation>Choose an activity, or add a new one.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="320" />
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="321" />
            <source>&amp;Evidence</source>
            <translation>&amp;Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="322" />
            <source>Re&amp;flection</source>
            <translation>Re&amp;flection</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="341" />
            <source>Delete moves them all to the trash (Ctrl+Z brings them back). File &gt; Export portfolio as PDF offers exactly these activities. Click one activity to edit it.</source>
            <translation>Delete moves them all to the trash (Ctrl+Z brings them back). File &gt; Export portfolio as PDF offers exactly these activities. Click one activity to edit it.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="361" />
            <location filename="../../desktop/views/activities_page.py" line="390" />
            <source>Move to trash</source>
            <translation>Move to trash</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="830" />
            <source>Move %n activities to trash</source>
            <translation>
                <numerusform>Move %n activity to trash</numerusform>
                <numerusform>Move %n activities to trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="832" />
            <source>Move the %n selected activities to the trash (Delete); undo with Ctrl+Z</source>
            <translation>
                <numerusform>Move the selected activity to the trash (Delete); undo with Ctrl+Z</numerusform>
                <numerusform>Move the %n selected activities to the trash (Delete); undo with Ctrl+Z</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="364" />
            <source>Move this activity to the trash (Delete); undo with Ctrl+Z</source>
            <translation>Move this activity to the trash (Delete); undo with Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="367" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="370" />
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="492" />
            <source>%n activities</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="494" />
            <source>%1 of %n activities</source>
            <translation>
                <numerusform>%1 of %n activity</numerusform>
                <numerusform>%1 of %n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="635" />
            <source>%n activities selected</source>
            <translation>
                <numerusform>%n activity selected</numerusform>
                <numerusform>%n activities selected</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="636" />
            <source>Together %1 RU (registeruren).</source>
            <translation>Together %1 RU (registeruren).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="640" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="724" />
            <source>Not saved yet: %1</source>
            <translation>Not saved yet: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="731" />
            <source>Saved “%1”.</source>
            <translation>Saved “%1”.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="761" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="763" />
            <source>The activity cannot be saved yet:

%1

Discard your changes, or go back and correct them?</source>
            <translation>The activity cannot be saved yet:

%1

Discard your changes, or go back and correct them?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="788" />
            <source>Moved “%1” to the trash. Undo with Ctrl+Z.</source>
            <translation>Moved “%1” to the trash. Undo with Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/activities_page.py" line="801" />
            <source>Moved %n activities to the trash. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Moved %n activity to the trash. Undo with Ctrl+Z.</numerusform>
                <numerusform>Moved %n activities to the trash. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="814" />
            <source>New activity</source>
            <translation>New activity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="821" />
            <source>(not in the filtered list)</source>
            <translation>(not in the filtered list)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="839" />
            <source>Not saved: please correct the fields marked in red.</source>
            <translation>Not saved: please correct the fields marked in red.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="841" />
            <source>Unsaved changes (Ctrl+S saves).</source>
            <translation>Unsaved changes (Ctrl+S saves).</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="161" />
            <source>Loading your portfolio…</source>
            <extracomment>Asked (with the problems) before unsaveable changes are dropped; True discards them.</extracomment>
            <translation>Loading your portfolio…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activities_page.py" line="162" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="115" />
            <source>e.g. Course on formative assessment</source>
            <translation>e.g. Course on formative assessment</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="116" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="117" />
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="123" />
            <source>Type of activity</source>
            <translation>Type of activity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="129" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="130" />
            <source>Planned (does not count yet)</source>
            <translation>Planned (does not count yet)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="131" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="140" />
            <source>T&amp;ype</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="144" />
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="145" />
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="147" />
            <source>For an activity of more than one day</source>
            <translation>For an activity of more than one day</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="150" />
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="169" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="173" />
            <source>Contact hours</source>
            <translation>Contact hours</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="176" />
            <source>Self-study hours</source>
            <translation>Self-study hours</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="182" />
            <source>+ self-study</source>
            <translation>+ self-study</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="199" />
            <source>&amp;Contact hours</source>
            <translation>&amp;Contact hours</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="210" />
            <source>SBL competences (before 2017)</source>
            <translation>SBL competences (before 2017)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="226" />
            <source>Domains</source>
            <translation>Domains</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="227" />
            <source>Bekwaamheidsdomeinen: what the activity is about</source>
            <translation>Bekwaamheidsdomeinen: what the activity is about</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="232" />
            <source>School, university, organisation</source>
            <translation>School, university, organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="233" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="235" />
            <source>&amp;Provider</source>
            <translation>&amp;Provider</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="241" />
            <source>What was it about, and how was it set up?</source>
            <translation>What was it about, and how was it set up?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="242" />
            <source>Content and set-up</source>
            <translation>Content and set-up</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="244" />
            <source>Co&amp;ntent</source>
            <translation>Co&amp;ntent</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="249" />
            <source>What does it add to your work as a teacher?</source>
            <translation>What does it add to your work as a teacher?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="250" />
            <source>Contribution to your professional development</source>
            <translation>Contribution to your professional development</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="253" />
            <source>Contri&amp;bution</source>
            <translation>Contri&amp;bution</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="257" />
            <source>Validated activity, code:</source>
            <translation>Validated activity, code:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="261" />
            <source>Code of the validated activity</source>
            <translation>Code of the validated activity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="269" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../desktop/views/activity_editor.py" line="273" />
            <source>Origin</source>
            <translation>Origin</translation>
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
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="47" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="48" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="49" />
            <source>Domains</source>
            <translation>Domains</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="50" />
            <source>RU</source>
            <translation>RU</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="51" />
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="52" />
            <source>Reflection</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="53" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="115" />
            <source>Register hours: contact plus self-study hours</source>
            <translation>Register hours: contact plus self-study hours</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="155" />
            <source>Has a reflection</source>
            <translation>Has a reflection</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="157" />
            <source>No reflection yet</source>
            <translation>No reflection yet</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="208" />
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="210" />
            <source>Validated</source>
            <translation>Validated</translation>
        </message>
        <message>
            <location filename="../../desktop/qtmodels/activity_table_model.py" line="211" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/app.py" line="357" />
            <source>Something went wrong. Your saved work is safe.

%1</source>
            <translation>Something went wrong. Your saved work is safe.

%1</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="292" />
            <source>The portfolio folder %1 cannot be opened: %2</source>
            <translation>The portfolio folder %1 cannot be opened: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="255" />
            <source>Preparing the demo portfolio…</source>
            <extracomment>Test and benchmark hooks (environment variables, so the command line stays the teacher's): Opens the portfolio in a folder (on a worker); by default desktop.services.open_services. Ends the application with an exit code; replaceable where the event loop is not ours. Set by the worker the moment the portfolio is open, so that it is closed at exit even when the window was closed before the news arrived.</extracomment>
            <translation>Preparing the demo portfolio…</translation>
        </message>
    </context>
    <context>
        <name>CycleDialog</name>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="56" />
            <source>Registration cycle</source>
            <extracomment>Professional registers remind their members about this long before the cycle ends.</extracomment>
            <translation>Registration cycle</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="61" />
            <source>&amp;Start of the cycle</source>
            <translation>&amp;Start of the cycle</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="70" />
            <source>&amp;Rules</source>
            <translation>&amp;Rules</translation>
        </message>
    </context>
    <context>
        <name>DossierPage</name>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="152" />
            <source>Registration dossier</source>
            <translation>Registration dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="164" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="178" />
            <source>optional, e.g. RL-123456</source>
            <translation>optional, e.g. RL-123456</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="205" />
            <source>Save &amp;profile</source>
            <translation>Save &amp;profile</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="209" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="210" />
            <source>Register &amp;number</source>
            <translation>Register &amp;number</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="211" />
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="212" />
            <source>Sectors</source>
            <translation>Sectors</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="213" />
            <source>E-&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="222" />
            <source>Schools</source>
            <translation>Schools</translation>
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
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="224" />
            <source>BRIN</source>
            <translation>BRIN</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="229" />
            <source>Qualifications (bevoegdheden)</source>
            <translation>Qualifications (bevoegdheden)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Degree</source>
            <translation>Degree</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Obtained</source>
            <translation>Obtained</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="232" />
            <source>Diploma</source>
            <translation>Diploma</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="236" />
            <source>Add &amp;diploma…</source>
            <translation>Add &amp;diploma…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="238" />
            <source>Open diploma</source>
            <translation>Open diploma</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="245" />
            <source>Work experience</source>
            <translation>Work experience</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="248" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="248" />
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="248" />
            <source>Teaching hours</source>
            <translation>Teaching hours</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="338" />
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="348" />
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="350" />
            <source>%1 hours still needed</source>
            <translation>%1 hours still needed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="351" />
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="383" />
            <source>Edit profile</source>
            <translation>Edit profile</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="385" />
            <source>Profile saved.</source>
            <translation>Profile saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="392" />
            <source>Qualification</source>
            <translation>Qualification</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="395" />
            <source>Work period</source>
            <translation>Work period</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="402" />
            <source>Add %1</source>
            <translation>Add %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="402" />
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="409" />
            <source>Remove from dossier</source>
            <translation>Remove from dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="410" />
            <source>Removed. Undo with Ctrl+Z.</source>
            <translation>Removed. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="424" />
            <source>Choose the diploma</source>
            <translation>Choose the diploma</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="426" />
            <source>Documents and images (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Documents and images (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="434" />
            <source>Diploma “%1” added.</source>
            <translation>Diploma “%1” added.</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="118" />
            <source>Drop files here, or add them with the button. Certificates, proof of attendance, programmes, photos: anything that shows what you did.</source>
            <translation>Drop files here, or add them with the button. Certificates, proof of attendance, programmes, photos: anything that shows what you did.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="128" />
            <source>Evidence files</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="137" />
            <source>No evidence yet.</source>
            <translation>No evidence yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="143" />
            <source>&amp;Kind of evidence:</source>
            <translation>&amp;Kind of evidence:</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="152" />
            <source>issued on</source>
            <translation>issued on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="156" />
            <source>Issue date</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="165" />
            <source>Description, e.g. who issued it</source>
            <translation>Description, e.g. who issued it</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="166" />
            <source>Description of the evidence</source>
            <translation>Description of the evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="172" />
            <source>&amp;Add file…</source>
            <translation>&amp;Add file…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="175" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="177" />
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="179" />
            <source>Remove the file from this activity (Delete); undo with Ctrl+Z</source>
            <translation>Remove the file from this activity (Delete); undo with Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="194" />
            <source>Progress of adding the file</source>
            <translation>Progress of adding the file</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="195" />
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="209" />
            <source>Remove file</source>
            <translation>Remove file</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/evidence_panel.py" line="257" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="390" />
            <source>Folders cannot be attached; drop the files inside them.</source>
            <translation>Folders cannot be attached; drop the files inside them.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="397" />
            <source>The file is larger than %1 MB, the limit your settings allow.</source>
            <translation>The file is larger than %1 MB, the limit your settings allow.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="409" />
            <source>Adding %1…</source>
            <translation>Adding %1…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="422" />
            <source>Added “%1”.</source>
            <translation>Added “%1”.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="430" />
            <source>Adding the file was cancelled; nothing was changed.</source>
            <translation>Adding the file was cancelled; nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="433" />
            <source>Could not add “%1”: %2</source>
            <translation>Could not add “%1”: %2</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="483" />
            <source>No program was found to open “%1”.</source>
            <translation>No program was found to open “%1”.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/evidence_panel.py" line="497" />
            <source>Removed “%1”. Undo with Ctrl+Z.</source>
            <translation>Removed “%1”. Undo with Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="87" />
            <source>Sections</source>
            <extracomment>The portfolio's folder (for the window's own state), known before the portfolio is opened.</extracomment>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="114" />
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="115" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="116" />
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="131" />
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="170" />
            <source>&amp;File</source>
            <extracomment>Asks a yes/no question (a blocking dialog); replaceable where no one can answer.</extracomment>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="172" />
            <source>&amp;New activity</source>
            <translation>&amp;New activity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="179" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="186" />
            <source>&amp;Add evidence file…</source>
            <translation>&amp;Add evidence file…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="195" />
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="201" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="206" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="207" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="210" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="215" />
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="217" />
            <location filename="../../desktop/views/main_window.py" line="401" />
            <source>Move activity to &amp;trash</source>
            <translation>Move activity to &amp;trash</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="224" />
            <source>T&amp;rash…</source>
            <translation>T&amp;rash…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="229" />
            <source>&amp;View</source>
            <extracomment>Disabled while the portfolio is being opened.</extracomment>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="231" />
            <source>&amp;Activities</source>
            <translation>&amp;Activities</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="231" />
            <source>&amp;Overview</source>
            <translation>&amp;Overview</translation>
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
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="245" />
            <source>&amp;About Bekwaam</source>
            <translation>&amp;About Bekwaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="362" />
            <source>Your portfolio is ready. Add your first activity with Ctrl+N.</source>
            <translation>Your portfolio is ready. Add your first activity with Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="369" />
            <source>(demo: changes are not kept)</source>
            <translation>(demo: changes are not kept)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="387" />
            <source>Choose an activity first.</source>
            <translation>Choose an activity first.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="391" />
            <source>Add evidence</source>
            <translation>Add evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="391" />
            <source>All files (*);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg)</source>
            <translation>All files (*);;PDF (*.pdf);;Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/main_window.py" line="399" />
            <source>Move %n activities to &amp;trash</source>
            <translation>
                <numerusform>Move %n activity to &amp;trash</numerusform>
                <numerusform>Move %n activities to &amp;trash</numerusform>
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
            <translation>New activity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="425" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="426" />
            <source>Add evidence file</source>
            <translation>Add evidence file</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="427" />
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="428" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="429" />
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="430" />
            <source>Trash</source>
            <translation>Trash</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="431" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="445" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="456" />
            <source>About Bekwaam</source>
            <translation>About Bekwaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="458" />
            <source>&lt;h3&gt;Bekwaam %1&lt;/h3&gt;&lt;p&gt;Your professional development portfolio: activities, evidence and reflections, kept on your own computer and usable offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bekwaam %1&lt;/h3&gt;&lt;p&gt;Your professional development portfolio: activities, evidence and reflections, kept on your own computer and usable offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="483" />
            <source>A file is being added</source>
            <translation>A file is being added</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="483" />
            <source>A file is still being added. Stop adding it and quit?</source>
            <translation>A file is still being added. Stop adding it and quit?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="265" />
            <source>Opening your portfolio…</source>
            <translation>Opening your portfolio…</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="117" />
            <source>Progress toward herregistratie</source>
            <translation>Progress toward herregistratie</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="128" />
            <location filename="../../desktop/views/overview_page.py" line="203" />
            <source>Change &amp;cycle…</source>
            <translation>Change &amp;cycle…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="146" />
            <location filename="../../desktop/views/overview_page.py" line="152" />
            <source>Register hours per domain per year</source>
            <translation>Register hours per domain per year</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="196" />
            <source>No registration cycle has been set yet.</source>
            <translation>No registration cycle has been set yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="197" />
            <source>Set the start of your cycle to see how far you are.</source>
            <translation>Set the start of your cycle to see how far you are.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="198" />
            <source>Set &amp;cycle…</source>
            <translation>Set &amp;cycle…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="200" />
            <source>No cycle yet</source>
            <translation>No cycle yet</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="206" />
            <source>Cycle %1 to %2</source>
            <translation>Cycle %1 to %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="211" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="215" />
            <source>provisional rules</source>
            <translation>provisional rules</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="220" />
            <location filename="../../desktop/views/overview_page.py" line="279" />
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="227" />
            <location filename="../../desktop/views/overview_page.py" line="280" />
            <source>%1 %2 still needed</source>
            <translation>%1 %2 still needed</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="228" />
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="234" />
            <source>No completed activities in this cycle yet</source>
            <translation>No completed activities in this cycle yet</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="235" />
            <source>%n activities count toward this cycle.</source>
            <translation>
                <numerusform>%n activities count toward this cycle.</numerusform>
                <numerusform>%n activities count toward this cycle.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="237" />
            <source>%n planned activities do not count until they are completed.</source>
            <translation>
                <numerusform>%n planned activities do not count until they are completed.</numerusform>
                <numerusform>%n planned activities do not count until they are completed.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="240" />
            <source>%1 RU of them come from validated activities.</source>
            <translation>%1 RU of them come from validated activities.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview_page.py" line="250" />
            <source>Your cycle ended on %1. Set the start of your next cycle.</source>
            <translation>Your cycle ended on %1. Set the start of your next cycle.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="257" />
            <source>Your cycle ends in %n week(s), on %1. Still missing: %2.</source>
            <translation>
                <numerusform>Your cycle ends in %n week, on %1. Still missing: %2.</numerusform>
                <numerusform>Your cycle ends in %n weeks, on %1. Still missing: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/overview_page.py" line="264" />
            <source>Your cycle ends in %n week(s), on %1. You meet every requirement: you can apply for herregistratie.</source>
            <translation>
                <numerusform>Your cycle ends in %n week, on %1. You meet every requirement: you can apply for herregistratie.</numerusform>
                <numerusform>Your cycle ends in %n weeks, on %1. You meet every requirement: you can apply for herregistratie.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioActions</name>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="44" />
            <source>This item no longer exists; it may have been deleted in the meantime.</source>
            <translation>This item no longer exists; it may have been deleted in the meantime.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="48" />
            <source>The file %1 cannot be found.</source>
            <translation>The file %1 cannot be found.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="52" />
            <source>Bekwaam may not read or write %1.</source>
            <translation>Bekwaam may not read or write %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="56" />
            <source>The disk reported a problem: %1</source>
            <translation>The disk reported a problem: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="59" />
            <source>Something unexpected went wrong: %1</source>
            <translation>Something unexpected went wrong: %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="106" />
            <source>Add activity</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="108" />
            <source>Edit activity</source>
            <translation>Edit activity</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/portfolio_actions.py" line="123" />
            <source>Delete %n activities</source>
            <translation>
                <numerusform>Delete %n activity</numerusform>
                <numerusform>Delete %n activities</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="252" />
            <source>Delete “%1”</source>
            <translation>Delete “%1”</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="254" />
            <source>Restore “%1”</source>
            <translation>Restore “%1”</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="305" />
            <source>Remove “%1”</source>
            <translation>Remove “%1”</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="307" />
            <source>Attach “%1”</source>
            <translation>Attach “%1”</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="336" />
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message>
            <location filename="../../desktop/views/portfolio_actions.py" line="365" />
            <source>Edit reflection</source>
            <translation>Edit reflection</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="109" />
            <source>known</source>
            <translation>known</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="144" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="146" />
            <source>e.g. Stedelijk Gymnasium</source>
            <translation>e.g. Stedelijk Gymnasium</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="148" />
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="151" />
            <source>&amp;BRIN</source>
            <translation>&amp;BRIN</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="153" />
            <source>four characters, e.g. 12AB</source>
            <translation>four characters, e.g. 12AB</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="160" />
            <source>S&amp;ector</source>
            <translation>S&amp;ector</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="163" />
            <source>&amp;Subject</source>
            <translation>&amp;Subject</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="165" />
            <source>e.g. mathematics</source>
            <translation>e.g. mathematics</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="169" />
            <source>&amp;Degree</source>
            <translation>&amp;Degree</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="171" />
            <source>e.g. eerstegraads, tweedegraads, pabo</source>
            <translation>e.g. eerstegraads, tweedegraads, pabo</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="173" />
            <source>&amp;Obtained on</source>
            <translation>&amp;Obtained on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="179" />
            <source>&amp;School</source>
            <translation>&amp;School</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="180" />
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="181" />
            <source>&amp;Until</source>
            <translation>&amp;Until</translation>
        </message>
        <message>
            <location filename="../../desktop/views/record_dialogs.py" line="182" />
            <source>&amp;Teaching hours in this period</source>
            <translation>&amp;Teaching hours in this period</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="80" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="81" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/dossier_page.py" line="82" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>ReflectionEditor</name>
        <message>
            <location filename="../../desktop/views/reflection_editor.py" line="93" />
            <source>Reflection model</source>
            <extracomment>Where each prompt's text goes when the teacher switches model.</extracomment>
            <translation>Reflection model</translation>
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
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="71" />
            <source>Other settings are not available in this version.</source>
            <translation>Other settings are not available in this version.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="99" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="100" />
            <source>Largest evidence file (MB)</source>
            <translation>Largest evidence file (MB)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="101" />
            <source>Check for updates</source>
            <translation>Check for updates</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="102" />
            <source>Register server</source>
            <translation>Register server</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="103" />
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="104" />
            <source>Certificate authority (file)</source>
            <translation>Certificate authority (file)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="105" />
            <source>Sync every (minutes)</source>
            <translation>Sync every (minutes)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="106" />
            <source>Portfolio folder</source>
            <translation>Portfolio folder</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="119" />
            <source>set by your school</source>
            <translation>set by your school</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="181" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="189" />
            <source>Certificate authority</source>
            <translation>Certificate authority</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="189" />
            <source>Certificates (*.pem *.crt);;All files (*)</source>
            <translation>Certificates (*.pem *.crt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/settings_dialog.py" line="207" />
            <source>The school's settings file has problems; those settings are ignored:</source>
            <translation>The school's settings file has problems; those settings are ignored:</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="42" />
            <source>Trash</source>
            <translation>Trash</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="46" />
            <source>Deleted activities stay here, with their evidence and reflection, until you restore them.</source>
            <translation>Deleted activities stay here, with their evidence and reflection, until you restore them.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="53" />
            <source>Deleted activities</source>
            <translation>Deleted activities</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="57" />
            <source>The trash is empty.</source>
            <translation>The trash is empty.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/trash_dialog.py" line="61" />
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="47" />
            <location filename="../../desktop/views/welcome_dialog.py" line="50" />
            <source>Welcome to Bekwaam</source>
            <translation>Welcome to Bekwaam</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="55" />
            <source>Bekwaam keeps your professional development portfolio on this computer: your activities, the evidence and your reflections. It works without internet. Four questions to start with; you can change every answer later under Dossier.</source>
            <translation>Bekwaam keeps your professional development portfolio on this computer: your activities, the evidence and your reflections. It works without internet. Four questions to start with; you can change every answer later under Dossier.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="67" />
            <source>First name and surname</source>
            <translation>First name and surname</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="69" />
            <source>Your &amp;name</source>
            <translation>Your &amp;name</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="82" />
            <source>Where you teach</source>
            <translation>Where you teach</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="85" />
            <source>optional, e.g. RL-123456</source>
            <translation>optional, e.g. RL-123456</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="88" />
            <source>Register n&amp;umber</source>
            <translation>Register n&amp;umber</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="93" />
            <source>Your registration cycle lasts four years; the date is on your registration.</source>
            <translation>Your registration cycle lasts four years; the date is on your registration.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="96" />
            <source>Cycle &amp;started on</source>
            <translation>Cycle &amp;started on</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="102" />
            <source>&amp;Rules</source>
            <translation>&amp;Rules</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="105" />
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="106" />
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
        <message>
            <location filename="../../desktop/views/welcome_dialog.py" line="147" />
            <source>Choose at least one sector: the rules differ per sector.</source>
            <translation>Choose at least one sector: the rules differ per sector.</translation>
        </message>
    </context>
</TS>