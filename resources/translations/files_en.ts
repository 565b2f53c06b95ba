<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="398" />
            <source>Export portfolio as &amp;PDF…</source>
            <translation>Export portfolio as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="401" />
            <source>&amp;Export to Leap2A…</source>
            <translation>&amp;Export to Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="404" />
            <source>&amp;Import from Leap2A…</source>
            <translation>&amp;Import from Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="406" />
            <source>Make a &amp;backup…</source>
            <translation>Make a &amp;backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="407" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="526" />
            <source>Saved as %1</source>
            <translation>Saved as %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="528" />
            <source>Some things need your attention; see the details.</source>
            <translation>Some things need your attention; see the details.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="532" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="533" />
            <location filename="../../desktop/views/file_actions.py" line="883" />
            <source>Show &amp;folder</source>
            <translation>Show &amp;folder</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="586" />
            <source>Export portfolio as PDF</source>
            <translation>Export portfolio as PDF</translation>
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
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="600" />
            <source>Your portfolio PDF is ready: %n pages.</source>
            <translation>
                <numerusform>Your portfolio PDF is ready: %n page.</numerusform>
                <numerusform>Your portfolio PDF is ready: %n pages.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="603" />
            <location filename="../../desktop/views/file_actions.py" line="651" />
            <source>The export was stopped; no file was written.</source>
            <translation>The export was stopped; no file was written.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="623" />
            <source>Export to Leap2A</source>
            <translation>Export to Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="629" />
            <source>Leap2A archives (*.zip)</source>
            <translation>Leap2A archives (*.zip)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="639" />
            <source>Your portfolio is exported to Leap2A, with %n files. Mahara and other e-portfolio systems can import this file.</source>
            <translation>
                <numerusform>Your portfolio is exported to Leap2A, with %n file. Mahara and other e-portfolio systems can import this file.</numerusform>
                <numerusform>Your portfolio is exported to Leap2A, with %n files. Mahara and other e-portfolio systems can import this file.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="657" />
            <source>Import from Leap2A</source>
            <translation>Import from Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="659" />
            <source>Leap2A (*.zip *.xml);;All files (*)</source>
            <translation>Leap2A (*.zip *.xml);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="687" />
            <source>The import was stopped; nothing was added.</source>
            <translation>The import was stopped; nothing was added.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="707" />
            <source>Make a backup</source>
            <translation>Make a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="709" />
            <source>Bekwaam backup</source>
            <translation>Bekwaam backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="709" />
            <source>Bekwaam backups (*.zip)</source>
            <translation>Bekwaam backups (*.zip)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="715" />
            <source>A backup inside the portfolio folder would be lost with it. Choose another folder.</source>
            <translation>A backup inside the portfolio folder would be lost with it. Choose another folder.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="724" />
            <source>Your backup is ready: %n files, each one checked.</source>
            <translation>
                <numerusform>Your backup is ready: %n file, checked.</numerusform>
                <numerusform>Your backup is ready: %n files, each one checked.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="725" />
            <source>Keep it somewhere other than this computer, such as a USB stick.</source>
            <translation>Keep it somewhere other than this computer, such as a USB stick.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="733" />
            <source>The backup was stopped; no file was written.</source>
            <translation>The backup was stopped; no file was written.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="738" />
            <source>A file is still being added. Restore the backup when it is done.</source>
            <translation>A file is still being added. Restore the backup when it is done.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="742" />
            <location filename="../../desktop/views/file_actions.py" line="767" />
            <location filename="../../desktop/views/file_actions.py" line="871" />
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="744" />
            <source>Bekwaam backups (*.zip);;All files (*)</source>
            <translation>Bekwaam backups (*.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="769" />
            <source>Restore the backup of %1?</source>
            <translation>Restore the backup of %1?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="771" />
            <source>The backup takes the place of the portfolio that is open now.</source>
            <translation>The backup takes the place of the portfolio that is open now.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="774" />
            <source>Your current portfolio is not deleted: it is moved to a folder beside it, in %1, and kept there.</source>
            <translation>Your current portfolio is not deleted: it is moved to a folder beside it, in %1, and kept there.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="778" />
            <source>Bekwaam first checks the whole backup (%n evidence files). If anything is wrong with it, nothing changes.</source>
            <translation>
                <numerusform>Bekwaam first checks the whole backup (%n evidence file). If anything is wrong with it, nothing changes.</numerusform>
                <numerusform>Bekwaam first checks the whole backup (%n evidence files). If anything is wrong with it, nothing changes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="784" />
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="797" />
            <source>Restoring was stopped; your portfolio has not changed.</source>
            <translation>Restoring was stopped; your portfolio has not changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="806" />
            <source>Putting the restored portfolio in place…</source>
            <translation>Putting the restored portfolio in place…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="872" />
            <source>The backup has been restored.</source>
            <translation>The backup has been restored.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="879" />
            <source>Your previous portfolio is kept in %1. Remove that folder yourself once you no longer need it.</source>
            <translation>Your previous portfolio is kept in %1. Remove that folder yourself once you no longer need it.</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="268" />
            <source>Import from Leap2A</source>
            <translation>Import from Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="274" />
            <source>Imported from %1</source>
            <translation>Imported from %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="274" />
            <source>Nothing new in %1</source>
            <translation>Nothing new in %1</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="281" />
            <source>This is an export from Bekwaam.</source>
            <translation>This is an export from Bekwaam.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="283" />
            <source>This is a Leap2A file from %1.</source>
            <translation>This is a Leap2A file from %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="284" />
            <source>another e-portfolio system</source>
            <translation>another e-portfolio system</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="288" />
            <source>Added to your portfolio: %1.</source>
            <translation>Added to your portfolio: %1.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="290" />
            <source>Everything in this file is in your portfolio already; nothing was added.</source>
            <translation>Everything in this file is in your portfolio already; nothing was added.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="294" />
            <source>%n files were in your portfolio already; they are linked, not stored twice.</source>
            <translation>
                <numerusform>%n file was in your portfolio already; it is linked, not stored twice.</numerusform>
                <numerusform>%n files were in your portfolio already; they are linked, not stored twice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="307" />
            <source>%n entries were not imported:</source>
            <translation>
                <numerusform>%n entry was not imported:</numerusform>
                <numerusform>%n entries were not imported:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="312" />
            <source>Entries that were not imported</source>
            <translation>Entries that were not imported</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="313" />
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="313" />
            <source>Why not</source>
            <translation>Why not</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="340" />
            <source>%n activities</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="342" />
            <source>%n evidence files</source>
            <translation>
                <numerusform>%n evidence file</numerusform>
                <numerusform>%n evidence files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="344" />
            <source>%n reflections</source>
            <translation>
                <numerusform>%n reflection</numerusform>
                <numerusform>%n reflections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="346" />
            <source>%n schools</source>
            <translation>
                <numerusform>%n school</numerusform>
                <numerusform>%n schools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="348" />
            <source>%n qualifications</source>
            <translation>
                <numerusform>%n qualification</numerusform>
                <numerusform>%n qualifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="350" />
            <source>%n periods of work experience</source>
            <translation>
                <numerusform>%n period of work experience</numerusform>
                <numerusform>%n periods of work experience</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="352" />
            <source>%n cycles</source>
            <translation>
                <numerusform>%n cycle</numerusform>
                <numerusform>%n cycles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="354" />
            <source>your profile</source>
            <translation>your profile</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="194" />
            <source>Starting…</source>
            <extracomment>Where the last file was saved or picked, per portfolio folder, for the next dialog (this session).</extracomment>
            <translation>Starting…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="201" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="231" />
            <source>This last step cannot be stopped.</source>
            <translation>This last step cannot be stopped.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="238" />
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
</TS>
