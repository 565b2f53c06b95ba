<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="59" />
        <source>Export portfolio as PDF</source>
        <translation>Export portfolio as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="63" />
        <source>Choose which activities go into the PDF. The summary always shows your progress in the whole cycle.</source>
        <translation>Choose which activities go into the PDF. The summary always shows your progress in the whole cycle.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="69" />
        <source>All activities ({n})</source>
        <translation>All activities ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="70" />
        <source>Activities that ended in a period:</source>
        <translation>Activities that ended in a period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="71" />
        <source>Only the activities I choose:</source>
        <translation>Only the activities I choose:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="86" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="88" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="95" />
        <source>Filter by title</source>
        <translation>Filter by title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="117" />
        <source>Language of the PDF:</source>
        <translation>Language of the PDF:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="126" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="147" />
        <source>The current cycle (no cycle has been set)</source>
        <translation>The current cycle (no cycle has been set)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="148" />
        <source>The current cycle ({start} to {end})</source>
        <translation>The current cycle ({start} to {end})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="181" />
        <source>The end of the period lies before its start.</source>
        <translation>The end of the period lies before its start.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_dialog.py" line="183" />
        <source>Tick at least one activity.</source>
        <translation>Tick at least one activity.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../../desktop/export/backup.py" line="100" />
        <source>Copying the database</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="130" />
        <source>Copying the evidence files</source>
        <translation>Copying the evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="152" />
        <source>Writing the list of checksums</source>
        <translation>Writing the list of checksums</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="163" />
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="269" />
        <source>Checking the backup</source>
        <translation>Checking the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="289" />
        <source>Unpacking and verifying the files</source>
        <translation>Unpacking and verifying the files</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="298" />
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <location filename="../../desktop/export/backup.py" line="335" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="343" />
        <source>Reading the portfolio</source>
        <translation>Reading the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="624" />
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="639" />
        <source>Matching the entries</source>
        <translation>Matching the entries</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="643" />
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="651" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="936" />
        <source>Storing the files</source>
        <translation>Storing the files</translation>
    </message>
</context>
<context>
    <name>Leap2aExport</name>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="123" />
        <source>Professional development portfolio</source>
        <translation>Professional development portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="145" />
        <source>Registration cycle</source>
        <translation>Registration cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="199" />
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="253" />
        <source>Reflection</source>
        <translation>Reflection</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../desktop/export/pdf.py" line="119" />
        <source>Reading the portfolio</source>
        <translation>Reading the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="226" />
        <source>Assembling the document</source>
        <translation>Assembling the document</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="242" />
        <source>PDF written</source>
        <translation>PDF written</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="270" />
        <source>Checking the evidence files</source>
        <translation>Checking the evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="284" />
        <source>The file is missing from the evidence store.</source>
        <translation>The file is missing from the evidence store.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="285" />
        <source>The stored file is damaged: its SHA-256 no longer matches.</source>
        <translation>The stored file is damaged: its SHA-256 no longer matches.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="295" />
        <source>This PDF could not be read (damaged or encrypted); it is attached unchanged.</source>
        <translation>This PDF could not be read (damaged or encrypted); it is attached unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="317" />
        <source>Laying out the pages</source>
        <translation>Laying out the pages</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="320" />
        <location filename="../../desktop/export/pdf.py" line="433" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="361" />
        <location filename="../../desktop/export/pdf.py" line="836" />
        <source>Professional development portfolio</source>
        <translation>Professional development portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="363" />
        <source>(no name entered)</source>
        <translation>(no name entered)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="368" />
        <location filename="../../desktop/export/pdf.py" line="460" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="370" />
        <location filename="../../desktop/export/pdf.py" line="461" />
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="372" />
        <location filename="../../desktop/export/pdf.py" line="462" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="376" />
        <source>Registration cycle</source>
        <translation>Registration cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="377" />
        <source>Ruleset</source>
        <translation>Ruleset</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="378" />
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="379" />
        <source>Portfolio as of</source>
        <translation>Portfolio as of</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="391" />
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="392" />
        <source>register hours (RU), completed</source>
        <translation>register hours (RU), completed</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="393" />
        <source>evidence files</source>
        <translation>evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="400" />
        <source>Made with Bekwaam {version}. The evidence files are included in the appendix and attached unchanged to this PDF; their SHA-256 checksums show they are the originals.</source>
        <translation>Made with Bekwaam {version}. The evidence files are included in the appendix and attached unchanged to this PDF; their SHA-256 checksums show they are the originals.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="413" />
        <location filename="../../desktop/export/pdf.py" line="424" />
        <source>All activities ({n})</source>
        <translation>All activities ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="414" />
        <source>All activities in the cycle ({n})</source>
        <translation>All activities in the cycle ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="417" />
        <source>Activities from {start} to {end} ({n})</source>
        <translation>Activities from {start} to {end} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="420" />
        <source>Activities from {start} ({n})</source>
        <translation>Activities from {start} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="421" />
        <source>Activities until {end} ({n})</source>
        <translation>Activities until {end} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="423" />
        <source>Selected activities ({n})</source>
        <translation>Selected activities ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="454" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="456" />
        <source>Teacher and registration</source>
        <translation>Teacher and registration</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="458" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="464" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="467" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="476" />
        <source>diploma: {label}</source>
        <translation>diploma: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="477" />
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="481" />
        <source>Work experience</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="481" />
        <source>{n} periods, {hours} teaching hours in all</source>
        <translation>{n} periods, {hours} teaching hours in all</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="489" />
        <source>No registration cycle has been set, so there is no progress toward re-registration to show.</source>
        <translation>No registration cycle has been set, so there is no progress toward re-registration to show.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="492" />
        <source>Requirements for re-registration</source>
        <translation>Requirements for re-registration</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="493" />
        <source>Cycle {period}, measured against the ruleset {ruleset}.</source>
        <translation>Cycle {period}, measured against the ruleset {ruleset}.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="496" />
        <source>This ruleset is provisional.</source>
        <translation>This ruleset is provisional.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="497" />
        <source>Completed activities count in the cycle in which they ended; the figures cover the whole portfolio as of {date}.</source>
        <translation>Completed activities count in the cycle in which they ended; the figures cover the whole portfolio as of {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="502" />
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="502" />
        <location filename="../../desktop/export/pdf.py" line="572" />
        <source>RU</source>
        <translation>RU</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="503" />
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="504" />
        <source>{n} short</source>
        <translation>{n} short</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="511" />
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="511" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="511" />
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="512" />
        <location filename="../../desktop/export/pdf.py" line="623" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="516" />
        <source>Register hours per domain per year</source>
        <translation>Register hours per domain per year</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="522" />
        <location filename="../../desktop/export/pdf.py" line="528" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="528" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="537" />
        <source>Validated activities</source>
        <translation>Validated activities</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="538" />
        <source>Other activities</source>
        <translation>Other activities</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="539" />
        <source>Activities counted</source>
        <translation>Activities counted</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="540" />
        <source>Planned or outside the cycle</source>
        <translation>Planned or outside the cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="547" />
        <source>Overview of the activities</source>
        <translation>Overview of the activities</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="549" />
        <location filename="../../desktop/export/pdf.py" line="582" />
        <source>There are no activities in this selection.</source>
        <translation>There are no activities in this selection.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="556" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="571" />
        <location filename="../../desktop/export/pdf.py" line="666" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="571" />
        <location filename="../../desktop/export/pdf.py" line="666" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="571" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="571" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="572" />
        <source>Valid.</source>
        <translation>Valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="572" />
        <location filename="../../desktop/export/pdf.py" line="667" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="580" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="584" />
        <source>Each activity with its details, the reflection on it and its evidence. The page numbers in the evidence tables point to the appendix.</source>
        <translation>Each activity with its details, the reflection on it and its evidence. The page numbers in the evidence tables point to the appendix.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="605" />
        <source>ACTIVITY</source>
        <translation>ACTIVITY</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="611" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="612" />
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="613" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="613" />
        <source>{contact} contact + {self_study} self-study = {ru} RU</source>
        <translation>{contact} contact + {self_study} self-study = {ru} RU</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="616" />
        <source>Competence domains</source>
        <translation>Competence domains</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="619" />
        <source>SBL competences (2006)</source>
        <translation>SBL competences (2006)</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="621" />
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="621" />
        <source>yes, code {code}</source>
        <translation>yes, code {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="622" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="624" />
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="627" />
        <source>Content and set-up</source>
        <translation>Content and set-up</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="630" />
        <source>Contribution to professional development</source>
        <translation>Contribution to professional development</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="636" />
        <source>Reflection ({model})</source>
        <translation>Reflection ({model})</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="645" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="647" />
        <source>No evidence attached.</source>
        <translation>No evidence attached.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="666" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="666" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="677" />
        <source>Appendix: evidence</source>
        <translation>Appendix: evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="679" />
        <source>No evidence files belong to this selection.</source>
        <translation>No evidence files belong to this selection.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="682" />
        <source>Every evidence file follows, numbered as in the activity tables. PDF files are shown page by page, images on the page. Every file is also attached unchanged to this PDF (open the attachments panel of your PDF reader); its SHA-256 checksum shows it is the file that was stored.</source>
        <translation>Every evidence file follows, numbered as in the activity tables. PDF files are shown page by page, images on the page. Every file is also attached unchanged to this PDF (open the attachments panel of your PDF reader); its SHA-256 checksum shows it is the file that was stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="701" />
        <source>This file cannot be shown on a page ({type}); it is attached unchanged to this PDF.</source>
        <translation>This file cannot be shown on a page ({type}); it is attached unchanged to this PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="710" />
        <source>issued {date}</source>
        <translation>issued {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="713" />
        <source>belongs to {labels}</source>
        <translation>belongs to {labels}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="715" />
        <source>diploma of a qualification</source>
        <translation>diploma of a qualification</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="760" />
        <source>page {n} of {count} of this file</source>
        <translation>page {n} of {count} of this file</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="779" />
        <source>Drawing the pages</source>
        <translation>Drawing the pages</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="794" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="795" />
        <source>Portfolio as of {date}</source>
        <translation>Portfolio as of {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="826" />
        <source>page {n} of {total}</source>
        <translation>page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/export/pdf.py" line="848" />
        <source>professional development, portfolio, register hours</source>
        <translation>professional development, portfolio, register hours</translation>
    </message>
</context>
<context>
    <name>builder</name>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="349" />
        <source>Copying the evidence files</source>
        <translation>Copying the evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="368" />
        <source>{name}: the stored file is missing or damaged; it was left out.</source>
        <translation>{name}: the stored file is missing or damaged; it was left out.</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="373" />
        <source>Writing leap2a.xml</source>
        <translation>Writing leap2a.xml</translation>
    </message>
    <message>
        <location filename="../../desktop/export/leap2a.py" line="380" />
        <source>Leap2A export written</source>
        <translation>Leap2A export written</translation>
    </message>
</context>
</TS>
