<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="408" />
            <source>Export portfolio as &amp;PDF…</source>
            <translation>Export portfolio as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="411" />
            <source>&amp;Export to Leap2A…</source>
            <translation>&amp;Export to Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="414" />
            <source>&amp;Import from Leap2A…</source>
            <translation>&amp;Import from Leap2A…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="416" />
            <source>Make a &amp;backup…</source>
            <translation>Make a &amp;backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="417" />
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="568" />
            <source>Saved as “%1” in the folder %2.</source>
            <translation>Saved as “%1” in the folder %2.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="573" />
            <source>Some notes on this export are under Details.</source>
            <translation>Some notes on this export are under Details.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="577" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="578" />
            <location filename="../../desktop/views/file_actions.py" line="926" />
            <source>Show &amp;folder</source>
            <translation>Show &amp;folder</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="614" />
            <source>The PDF could not be made.</source>
            <translation>The PDF could not be made.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="628" />
            <source>Export portfolio as PDF</source>
            <translation>Export portfolio as PDF</translation>
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
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="642" />
            <source>Your portfolio PDF is ready: %n pages.</source>
            <translation>
                <numerusform>Your portfolio PDF is ready: %n page.</numerusform>
                <numerusform>Your portfolio PDF is ready: %n pages.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="650" />
            <location filename="../../desktop/views/file_actions.py" line="694" />
            <source>The export was stopped; no file was written.</source>
            <translation>The export was stopped; no file was written.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="663" />
            <source>The Leap2A export could not be made.</source>
            <translation>The Leap2A export could not be made.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="666" />
            <source>Export to Leap2A</source>
            <translation>Export to Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="672" />
            <source>Leap2A archives (*.zip)</source>
            <translation>Leap2A archives (*.zip)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="682" />
            <source>Your portfolio is exported to Leap2A, with %n files. Mahara and other e-portfolio systems can import this file.</source>
            <translation>
                <numerusform>Your portfolio is exported to Leap2A, with %n file. Mahara and other e-portfolio systems can import this file.</numerusform>
                <numerusform>Your portfolio is exported to Leap2A, with %n files. Mahara and other e-portfolio systems can import this file.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="701" />
            <source>Import from Leap2A</source>
            <translation>Import from Leap2A</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="703" />
            <source>Leap2A (*.zip *.xml);;All files (*)</source>
            <translation>Leap2A (*.zip *.xml);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="731" />
            <source>The import was stopped; nothing was added.</source>
            <translation>The import was stopped; nothing was added.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="732" />
            <source>Nothing was imported; your portfolio has not changed.</source>
            <translation>Nothing was imported; your portfolio has not changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="745" />
            <source>The backup could not be made.</source>
            <translation>The backup could not be made.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="748" />
            <source>Make a backup</source>
            <translation>Make a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="750" />
            <source>Bekwaam backup</source>
            <translation>Bekwaam backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="750" />
            <source>Bekwaam backups (*.zip)</source>
            <translation>Bekwaam backups (*.zip)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="757" />
            <source>A backup inside the portfolio folder would be lost with it. Choose another folder.</source>
            <translation>A backup inside the portfolio folder would be lost with it. Choose another folder.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="766" />
            <source>Your backup is ready: %n files, %1 in all, each one checked.</source>
            <translation>
                <numerusform>Your backup is ready: %n file of %1, checked.</numerusform>
                <numerusform>Your backup is ready: %n files, %1 in all, each one checked.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="767" />
            <source>Keep it somewhere other than this computer as well, such as a USB stick.</source>
            <translation>Keep it somewhere other than this computer as well, such as a USB stick.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="775" />
            <source>The backup was stopped; no file was written.</source>
            <translation>The backup was stopped; no file was written.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="783" />
            <source>A file is still being added. Restore the backup when it is done.</source>
            <translation>A file is still being added. Restore the backup when it is done.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="788" />
            <location filename="../../desktop/views/file_actions.py" line="809" />
            <location filename="../../desktop/views/file_actions.py" line="914" />
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="790" />
            <source>Bekwaam backups (*.zip);;All files (*)</source>
            <translation>Bekwaam backups (*.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="806" />
            <source>The backup was not restored; your portfolio has not changed.</source>
            <translation>The backup was not restored; your portfolio has not changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="811" />
            <source>Restore the backup of %1?</source>
            <translation>Restore the backup of %1?</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="813" />
            <source>The backup takes the place of the portfolio that is open now.</source>
            <translation>The backup takes the place of the portfolio that is open now.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="816" />
            <source>Your current portfolio is not deleted: it is moved to a folder beside it, in %1, and kept there.</source>
            <translation>Your current portfolio is not deleted: it is moved to a folder beside it, in %1, and kept there.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="820" />
            <source>Bekwaam first checks the whole backup (%n evidence files). If anything is wrong with it, nothing changes.</source>
            <translation>
                <numerusform>Bekwaam first checks the whole backup (%n evidence file). If anything is wrong with it, nothing changes.</numerusform>
                <numerusform>Bekwaam first checks the whole backup (%n evidence files). If anything is wrong with it, nothing changes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="826" />
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="839" />
            <source>Restoring was stopped; your portfolio has not changed.</source>
            <translation>Restoring was stopped; your portfolio has not changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="849" />
            <source>Putting the restored portfolio in place…</source>
            <translation>Putting the restored portfolio in place…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="915" />
            <source>The backup has been restored.</source>
            <translation>The backup has been restored.</translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="922" />
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
            <location filename="../../desktop/views/file_actions.py" line="349" />
            <source>%n activities</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="351" />
            <source>%n evidence files</source>
            <translation>
                <numerusform>%n evidence file</numerusform>
                <numerusform>%n evidence files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="353" />
            <source>%n reflections</source>
            <translation>
                <numerusform>%n reflection</numerusform>
                <numerusform>%n reflections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="355" />
            <source>%n schools</source>
            <translation>
                <numerusform>%n school</numerusform>
                <numerusform>%n schools</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="357" />
            <source>%n qualifications</source>
            <translation>
                <numerusform>%n qualification</numerusform>
                <numerusform>%n qualifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="359" />
            <source>%n periods of work experience</source>
            <translation>
                <numerusform>%n period of work experience</numerusform>
                <numerusform>%n periods of work experience</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/views/file_actions.py" line="361" />
            <source>%n cycles</source>
            <translation>
                <numerusform>%n cycle</numerusform>
                <numerusform>%n cycles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/views/file_actions.py" line="363" />
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
