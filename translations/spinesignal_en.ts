<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerSet</name>
    <message>
        <source>%1 needs true or false, not %2</source>
        <translation>%1 needs true or false, not %2</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to 10, not %2</source>
        <translation>%1 needs a whole number from 0 to 10, not %2</translation>
    </message>
    <message>
        <source>%1 needs one of %2, not %3</source>
        <translation>%1 needs one of %2, not %3</translation>
    </message>
    <message>
        <source>Unknown question id(s): %1.</source>
        <translation>Unknown question id(s): %1.</translation>
    </message>
    <message>
        <source>Wrong value(s): %1.</source>
        <translation>Wrong value(s): %1.</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>%1, line %2: a second title ("# "); a section has exactly one.</source>
        <translation>%1, line %2: a second title ("# "); a section has exactly one.</translation>
    </message>
    <message>
        <source>%1, line %2: write a reference as [[figure:id|caption]] or [[onward:target|label]].</source>
        <translation>%1, line %2: write a reference as [[figure:id|caption]] or [[onward:target|label]].</translation>
    </message>
    <message>
        <source>%1: a section needs a "# " title and an "@toc " short title.</source>
        <translation>%1: a section needs a "# " title and an "@toc " short title.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>The file %1 cannot be created: %2.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2.</source>
        <translation>The backup %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>The file %1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (is the disk full?): %2.</source>
        <translation>The file %1 cannot be written (is the disk full?): %2.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (is the disk full?): %2</source>
        <translation>The backup %1 could not be written (is the disk full?): %2</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>The old backup %1 cannot be removed.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of SpineSignal; update SpineSignal to restore it.</source>
        <translation>The backup %1 was written by a newer version of SpineSignal; update SpineSignal to restore it.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored.</source>
        <translation>The backup %1 is damaged and cannot be restored.</translation>
    </message>
    <message>
        <source>The current database %1 cannot be moved aside; nothing was restored.</source>
        <translation>The current database %1 cannot be moved aside; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the current database was kept.</source>
        <translation>The backup could not be put in place of %1; the current database was kept.</translation>
    </message>
    <message>
        <source>The file %1 cannot be deleted.</source>
        <translation>The file %1 cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <source>SpineSignal: learn why calves and feet can feel sore, heavy or weak, check your symptoms, keep a log and take a summary to your doctor. Education, not diagnosis.</source>
        <translation>SpineSignal: learn why calves and feet can feel sore, heavy or weak, check your symptoms, keep a log and take a summary to your doctor. Education, not diagnosis.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Keep the data in DIR instead of the usual place (also: the SPINESIGNAL_DATA_DIR environment variable).</source>
        <translation>Keep the data in DIR instead of the usual place (also: the SPINESIGNAL_DATA_DIR environment variable).</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>Language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Show the main window, print the milliseconds from process start to its first paint, and exit (for start-up benchmarks).</source>
        <translation>Show the main window, print the milliseconds from process start to its first paint, and exit (for start-up benchmarks).</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>Unknown language "%1": use zh_CN or en.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Give one command at a time.</source>
        <translation>Give one command at a time.</translation>
    </message>
</context>
<context>
    <name>ContentCatalogue</name>
    <message>
        <source>There is no section "%1" in "%2".</source>
        <translation>There is no section "%1" in "%2".</translation>
    </message>
    <message>
        <source>The section file %1 is missing from this build; reinstall SpineSignal.</source>
        <translation>The section file %1 is missing from this build; reinstall SpineSignal.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Cannot write %1: %2. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved under that name; check the free space.</source>
        <translation>Writing %1 failed: %2. Nothing was saved under that name; check the free space.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2): swap the two dates.</source>
        <translation>The period starts (%1) after it ends (%2): swap the two dates.</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>column "%1": "%2" is not one of %3</source>
        <translation>column "%1": "%2" is not one of %3</translation>
    </message>
    <message>
        <source>column "%1": "%2" is not a whole number</source>
        <translation>column "%1": "%2" is not a whole number</translation>
    </message>
    <message>
        <source>column "when" is empty</source>
        <translation>column "when" is empty</translation>
    </message>
    <message>
        <source>column "when": "%1" is not a date and time like 2024-03-05T10:30:00+01:00</source>
        <translation>column "when": "%1" is not a date and time like 2024-03-05T10:30:00+01:00</translation>
    </message>
    <message>
        <source>column "side": "%1" is not one of left, right, both (or empty)</source>
        <translation>column "side": "%1" is not one of left, right, both (or empty)</translation>
    </message>
    <message>
        <source>column "regions": "%1" is not a region such as left.calf_back</source>
        <translation>column "regions": "%1" is not a region such as left.calf_back</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet app as "CSV UTF-8" and import it again.</source>
        <translation>The file is not UTF-8 text. Save it from the spreadsheet app as "CSV UTF-8" and import it again.</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header row (%1).</source>
        <translation>The file is empty: it needs the header row (%1).</translation>
    </message>
    <message>
        <source>line 1: unknown column "%1"; the columns are: %2</source>
        <translation>line 1: unknown column "%1"; the columns are: %2</translation>
    </message>
    <message>
        <source>line 1: the column "%1" appears twice</source>
        <translation>line 1: the column "%1" appears twice</translation>
    </message>
    <message>
        <source>line 1: the column "when" is missing; the first row must be the header (%1)</source>
        <translation>line 1: the column "when" is missing; the first row must be the header (%1)</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2</source>
        <translation>%1 cells, but the header has %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported (fix them, or import the others with --skip-invalid):</source>
        <translation><numerusform>%n row cannot be imported, so nothing was imported (fix it, or import the others with --skip-invalid):</numerusform><numerusform>%n rows cannot be imported, so nothing was imported (fix them, or import the others with --skip-invalid):</numerusform></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the file name.</source>
        <translation>%1 does not exist. Check the file name.</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; that is not an entries file.</source>
        <translation>%1 is larger than 200 MB; that is not an entries file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>line %1: a quoted cell is never closed (a " is missing)</source>
        <translation>line %1: a quoted cell is never closed (a " is missing)</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>The data folder %1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: %2.</source>
        <translation>The data folder %1 cannot be created: %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed in the database %2: %3</source>
        <translation>%1 failed in the database %2: %3</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2.</source>
        <translation>The database %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The database %1 is an empty file, not a SpineSignal database.</source>
        <translation>The database %1 is an empty file, not a SpineSignal database.</translation>
    </message>
    <message>
        <source>The file %1 is not a SpineSignal database (it is not an SQLite file).</source>
        <translation>The file %1 is not a SpineSignal database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>The database %1 is truncated (shorter than its header).</source>
        <translation>The database %1 is truncated (shorter than its header).</translation>
    </message>
    <message>
        <source>The database %1 belongs to another application, not SpineSignal.</source>
        <translation>The database %1 belongs to another application, not SpineSignal.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2.</source>
        <translation>The database %1 cannot be created: %2.</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>Creating the store</translation>
    </message>
    <message>
        <source>the journal could not be switched to WAL</source>
        <translation>the journal could not be switched to WAL</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translation>Upgrading the store</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1</source>
        <translation>Upgrading the store to version %1</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SpineSignal (schema %2; this version understands up to %3). Update SpineSignal to open it; the file has not been changed.</source>
        <translation>The database %1 was written by a newer version of SpineSignal (schema %2; this version understands up to %3). Update SpineSignal to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>The disk is full. %1 did not happen, and the database %2 is unchanged. Free some disk space, then try again.</source>
        <translation>The disk is full. %1 did not happen, and the database %2 is unchanged. Free some disk space, then try again.</translation>
    </message>
    <message>
        <source>The database %2 cannot be written: it or its disk has become read-only. %1 did not happen and nothing was changed. Check the file's permissions and the disk, then try again.</source>
        <translation>The database %2 cannot be written: it or its disk has become read-only. %1 did not happen and nothing was changed. Check the file's permissions and the disk, then try again.</translation>
    </message>
    <message>
        <source>The disk reported an error. %1 did not happen, and the database %2 was not changed. The disk may be failing or was removed: check it, make a backup, then try again.</source>
        <translation>The disk reported an error. %1 did not happen, and the database %2 was not changed. The disk may be failing or was removed: check it, make a backup, then try again.</translation>
    </message>
    <message>
        <source>The database %2 is damaged. %1 did not happen. Restart SpineSignal: it will keep the damaged file aside and offer a backup or a new store.</source>
        <translation>The database %2 is damaged. %1 did not happen. Restart SpineSignal: it will keep the damaged file aside and offer a backup or a new store.</translation>
    </message>
    <message>
        <source>The database %2 is in use by another program (another SpineSignal?). %1 did not happen; close the other program and try again.</source>
        <translation>The database %2 is in use by another program (another SpineSignal?). %1 did not happen; close the other program and try again.</translation>
    </message>
    <message>
        <source>The database %2 can no longer be opened (was its folder moved or removed?). %1 did not happen.</source>
        <translation>The database %2 can no longer be opened (was its folder moved or removed?). %1 did not happen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is not valid. SpineSignal has not changed it.</source>
        <translation>The database %1 is damaged: its header is not valid. SpineSignal has not changed it.</translation>
    </message>
    <message>
        <source>The database %1 is truncated: it ends in the middle of its data. SpineSignal has not changed it.</source>
        <translation>The database %1 is truncated: it ends in the middle of its data. SpineSignal has not changed it.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, but SpineSignal needs to write its store there. Make the folder writable again or choose another data folder (--data-dir).</source>
        <translation>The data folder %1 is read-only, but SpineSignal needs to write its store there. Make the folder writable again or choose another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>The database %1 is read-only, but SpineSignal needs to write to it. Make the file writable again (for example: chmod u+w); it has not been changed.</source>
        <translation>The database %1 is read-only, but SpineSignal needs to write to it. Make the file writable again (for example: chmod u+w); it has not been changed.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). SpineSignal has not changed it.</source>
        <translation>The database %1 is damaged and cannot be read (%2). SpineSignal has not changed it.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). SpineSignal has not changed it.</source>
        <translation>The database %1 is damaged (%2). SpineSignal has not changed it.</translation>
    </message>
</context>
<context>
    <name>DayAggregator</name>
    <message>
        <source>Summarising entries by day</source>
        <translation>Summarising entries by day</translation>
    </message>
</context>
<context>
    <name>EpisodeMapping</name>
    <message>
        <source>Self-check result: %1.</source>
        <translation>Self-check result: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>%1: %2 of 10 (%3)</source>
        <translation>%1: %2 of 10 (%3)</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>Side: %1</translation>
    </message>
    <message>
        <source>Triggers: %1</source>
        <translation>Triggers: %1</translation>
    </message>
    <message>
        <source>Red flags: none</source>
        <translation>Red flags: none</translation>
    </message>
    <message>
        <source>Red flags: %1</source>
        <translation>Red flags: %1</translation>
    </message>
    <message>
        <source>Note:
%1</source>
        <translation>Note:
%1</translation>
    </message>
</context>
<context>
    <name>EpisodeValidator</name>
    <message>
        <source>soreness</source>
        <translation>soreness</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>numbness</translation>
    </message>
    <message>
        <source>radiating pain</source>
        <translation>radiating pain</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>weakness</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>low back pain</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 (got %3).</source>
        <translation>%1 must be between 0 and %2 (got %3).</translation>
    </message>
    <message>
        <source>The date and time are missing or not a real date.</source>
        <translation>The date and time are missing or not a real date.</translation>
    </message>
    <message>
        <source>The time %1 is in the future; entries can only be made for now or the past.</source>
        <translation>The time %1 is in the future; entries can only be made for now or the past.</translation>
    </message>
    <message>
        <source>The date %1 is before 1900.</source>
        <translation>The date %1 is before 1900.</translation>
    </message>
    <message>
        <source>The %1 intensity must be between 0 and 10 (got %2).</source>
        <translation>The %1 intensity must be between 0 and 10 (got %2).</translation>
    </message>
    <message>
        <source>The side is not one of left, right or both.</source>
        <translation>The side is not one of left, right or both.</translation>
    </message>
    <message>
        <source>A trigger is not one of the known triggers.</source>
        <translation>A trigger is not one of the known triggers.</translation>
    </message>
    <message>
        <source>A "what helped" value is not one of the known measures.</source>
        <translation>A "what helped" value is not one of the known measures.</translation>
    </message>
    <message>
        <source>A red flag is not one of the known red flags.</source>
        <translation>A red flag is not one of the known red flags.</translation>
    </message>
    <message>
        <source>A leg region is not one of the known regions.</source>
        <translation>A leg region is not one of the known regions.</translation>
    </message>
    <message>
        <source>How long it lasted cannot be negative (got %1 minutes).</source>
        <translation>How long it lasted cannot be negative (got %1 minutes).</translation>
    </message>
    <message>
        <source>How long it lasted (minutes)</source>
        <translation>How long it lasted (minutes)</translation>
    </message>
    <message>
        <source>Minutes of sitting</source>
        <translation>Minutes of sitting</translation>
    </message>
    <message>
        <source>Sit breaks</source>
        <translation>Sit breaks</translation>
    </message>
    <message>
        <source>Swallow exercise (小燕飞) sets</source>
        <translation>Swallow exercise (小燕飞) sets</translation>
    </message>
    <message>
        <source>Five-point bridge (五点支撑) sets</source>
        <translation>Five-point bridge (五点支撑) sets</translation>
    </message>
    <message>
        <source>Walking minutes</source>
        <translation>Walking minutes</translation>
    </message>
    <message>
        <source>The note is %1 characters long; the limit is %2. Shorten it and save again — nothing has been cut.</source>
        <translation>The note is %1 characters long; the limit is %2. Shorten it and save again — nothing has been cut.</translation>
    </message>
    <message>
        <source>Nothing is recorded in this entry: give at least one intensity, a side, a region, a trigger, a habit or a note.</source>
        <translation>Nothing is recorded in this entry: give at least one intensity, a side, a region, a trigger, a habit or a note.</translation>
    </message>
    <message>
        <source>The note contains a broken character at position %1 (half of an emoji or symbol). Delete it and save again.</source>
        <translation>The note contains a broken character at position %1 (half of an emoji or symbol). Delete it and save again.</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the entries (all, or --from/--to) as CSV to FILE and exit.</source>
        <translation>Write the entries (all, or --from/--to) as CSV to FILE and exit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation><numerusform>Exported %n entry to %1.</numerusform><numerusform>Exported %n entries to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the doctor summary as a PDF to FILE (language from --lang) and exit.</source>
        <translation>Write the doctor summary as a PDF to FILE (language from --lang) and exit.</translation>
    </message>
    <message>
        <source>With --export-pdf or --export-csv: first day, YYYY-MM-DD.</source>
        <translation>With --export-pdf or --export-csv: first day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>With --export-pdf or --export-csv: last day, YYYY-MM-DD.</source>
        <translation>With --export-pdf or --export-csv: last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>With --export-pdf: paper size, A4 (default) or Letter.</source>
        <translation>With --export-pdf: paper size, A4 (default) or Letter.</translation>
    </message>
    <message>
        <source>--paper %1 is not a paper size: use A4 or Letter.</source>
        <translation>--paper %1 is not a paper size: use A4 or Letter.</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf needs a file name.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 pages, %n entries, %3 to %4).</source>
        <translation><numerusform>Wrote %1 (%2 pages, %n entry, %3 to %4).</numerusform><numerusform>Wrote %1 (%2 pages, %n entries, %3 to %4).</numerusform></translation>
    </message>
</context>
<context>
    <name>FrequencyCounter</name>
    <message>
        <source>Counting triggers and regions</source>
        <translation>Counting triggers and regions</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>Import entries from a CSV file in the export format and exit. Any bad row stops the whole import unless --skip-invalid is given.</source>
        <translation>Import entries from a CSV file in the export format and exit. Any bad row stops the whole import unless --skip-invalid is given.</translation>
    </message>
    <message>
        <source>With --import-csv: import the good rows and list the bad ones.</source>
        <translation>With --import-csv: import the good rows and list the bad ones.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries from %1</source>
        <translation><numerusform>Imported %n entry from %1</numerusform><numerusform>Imported %n entries from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation><numerusform>%n duplicate skipped</numerusform><numerusform>%n duplicates skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped.</source>
        <translation><numerusform>%n invalid row skipped.</numerusform><numerusform>%n invalid rows skipped.</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Soreness</source>
        <translation>Soreness</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Numbness</translation>
    </message>
    <message>
        <source>Radiating pain</source>
        <translation>Radiating pain</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Weakness</translation>
    </message>
    <message>
        <source>Low back pain</source>
        <translation>Low back pain</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Left leg</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Right leg</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Buttock</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>Front of thigh</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>Back of thigh</translation>
    </message>
    <message>
        <source>Outer thigh</source>
        <translation>Outer thigh</translation>
    </message>
    <message>
        <source>Inner shin</source>
        <translation>Inner shin</translation>
    </message>
    <message>
        <source>Outer shin</source>
        <translation>Outer shin</translation>
    </message>
    <message>
        <source>Back of calf</source>
        <translation>Back of calf</translation>
    </message>
    <message>
        <source>Top of foot</source>
        <translation>Top of foot</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>Big toe</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>Sole</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>Heel</translation>
    </message>
    <message>
        <source>Outer edge of foot and little toe</source>
        <translation>Outer edge of foot and little toe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>Long sitting</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Walking</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>After sleep</source>
        <translation>After sleep</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>Lifting</translation>
    </message>
    <message>
        <source>Weather change</source>
        <translation>Weather change</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Heat</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Stretching</translation>
    </message>
    <message>
        <source>Back exercises</source>
        <translation>Back exercises</translation>
    </message>
    <message>
        <source>Medicine as prescribed</source>
        <translation>Medicine as prescribed</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapy</translation>
    </message>
    <message>
        <source>Nothing helped</source>
        <translation>Nothing helped</translation>
    </message>
    <message>
        <source>New trouble passing urine or controlling bladder or bowels, or new sexual dysfunction</source>
        <translation>New trouble passing urine or controlling bladder or bowels, or new sexual dysfunction</translation>
    </message>
    <message>
        <source>Numbness in the saddle area (genitals, anus, inner thighs)</source>
        <translation>Numbness in the saddle area (genitals, anus, inner thighs)</translation>
    </message>
    <message>
        <source>Leg symptoms that have spread to both legs within the last two weeks</source>
        <translation>Leg symptoms that have spread to both legs within the last two weeks</translation>
    </message>
    <message>
        <source>Weakness getting worse, or foot drop (the foot slaps or the toes catch)</source>
        <translation>Weakness getting worse, or foot drop (the foot slaps or the toes catch)</translation>
    </message>
    <message>
        <source>Leg muscles visibly wasting</source>
        <translation>Leg muscles visibly wasting</translation>
    </message>
    <message>
        <source>One calf swollen, warm, red or tender</source>
        <translation>One calf swollen, warm, red or tender</translation>
    </message>
    <message>
        <source>Fever or unexplained weight loss with back pain</source>
        <translation>Fever or unexplained weight loss with back pain</translation>
    </message>
    <message>
        <source>Go to an emergency department now. Together with back or leg symptoms this can mean pressure on the nerves at the lower end of the spinal canal (cauda equina syndrome), which needs treatment within hours.</source>
        <translation>Go to an emergency department now. Together with back or leg symptoms this can mean pressure on the nerves at the lower end of the spinal canal (cauda equina syndrome), which needs treatment within hours.</translation>
    </message>
    <message>
        <source>Go to an emergency department now. One swollen, warm, red or tender calf can be a blood clot in a deep vein, especially in pregnancy or after a long journey. Do not massage the leg.</source>
        <translation>Go to an emergency department now. One swollen, warm, red or tender calf can be a blood clot in a deep vein, especially in pregnancy or after a long journey. Do not massage the leg.</translation>
    </message>
    <message>
        <source>See a doctor today (orthopaedics or neurology, or an emergency department out of hours). Spreading or worsening weakness can mean the nerves are being damaged, and early treatment protects them.</source>
        <translation>See a doctor today (orthopaedics or neurology, or an emergency department out of hours). Spreading or worsening weakness can mean the nerves are being damaged, and early treatment protects them.</translation>
    </message>
    <message>
        <source>See a doctor today. Fever or unexplained weight loss together with back pain needs to be checked for infection or other serious causes.</source>
        <translation>See a doctor today. Fever or unexplained weight loss together with back pain needs to be checked for infection or other serious causes.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
</context>
<context>
    <name>LearnLinks</name>
    <message>
        <source>Worse after sitting: the 40-minute rule</source>
        <translation>Worse after sitting: the 40-minute rule</translation>
    </message>
    <message>
        <source>Numbness or weakness: how a pressed nerve root causes it</source>
        <translation>Numbness or weakness: how a pressed nerve root causes it</translation>
    </message>
    <message>
        <source>Worse with weather or fatigue: inflammation round the nerve</source>
        <translation>Worse with weather or fatigue: inflammation round the nerve</translation>
    </message>
</context>
<context>
    <name>LegMapPainter</name>
    <message>
        <source>Usual territory only: where it hurts does not pin down which level is affected. Many confirmed L5 compressions are felt outside the textbook L5 area. Education, not a diagnosis.</source>
        <translation>Usual territory only: where it hurts does not pin down which level is affected. Many confirmed L5 compressions are felt outside the textbook L5 area. Education, not a diagnosis.</translation>
    </message>
    <message>
        <source>Times marked:</source>
        <translation>Times marked:</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marked</translation>
    </message>
    <message>
        <source>usually %1</source>
        <translation>usually %1</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>Front view</translation>
    </message>
    <message>
        <source>Back view</source>
        <translation>Back view</translation>
    </message>
</context>
<context>
    <name>ReliefAnalyzer</name>
    <message>
        <source>Reading what helped</source>
        <translation>Reading what helped</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>none noted</source>
        <translation>none noted</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation><numerusform>%1 (%n day)</numerusform><numerusform>%1 (%n days)</numerusform></translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Days logged</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 days (%n entries)</source>
        <translation><numerusform>%1 of %2 days (%n entry)</numerusform><numerusform>%1 of %2 days (%n entries)</numerusform></translation>
    </message>
    <message>
        <source>Days with leg symptoms</source>
        <translation>Days with leg symptoms</translation>
    </message>
    <message>
        <source>%1 of %2 logged days (%3%)</source>
        <translation>%1 of %2 logged days (%3%)</translation>
    </message>
    <message>
        <source>Medicine days</source>
        <translation>Medicine days</translation>
    </message>
    <message>
        <source>%1 of %2 logged days (medicine as prescribed)</source>
        <translation>%1 of %2 logged days (medicine as prescribed)</translation>
    </message>
    <message>
        <source>Leg symptoms overall</source>
        <translation>Leg symptoms overall</translation>
    </message>
    <message>
        <source>: daily worst leg rating %1 in the first 14 days, %2 in the last 14 days</source>
        <translation>: daily worst leg rating %1 in the first 14 days, %2 in the last 14 days</translation>
    </message>
    <message>
        <source>Symptom (0–10)</source>
        <translation>Symptom (0–10)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Worst (first on)</source>
        <translation>Worst (first on)</translation>
    </message>
    <message>
        <source>First 14 days
%1</source>
        <translation>First 14 days
%1</translation>
    </message>
    <message>
        <source>Last 14 days
%1</source>
        <translation>Last 14 days
%1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Better or worse means the last-14-day average differs from the first-14-day average by at least 1 point (at least 2 ratings in each).</source>
        <translation>Better or worse means the last-14-day average differs from the first-14-day average by at least 1 point (at least 2 ratings in each).</translation>
    </message>
    <message>
        <source>The period is shorter than 28 days, so the two windows overlap.</source>
        <translation>The period is shorter than 28 days, so the two windows overlap.</translation>
    </message>
    <message>
        <source>None reported in this period.</source>
        <translation>None reported in this period.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>Side (entries)</source>
        <translation>Side (entries)</translation>
    </message>
    <message>
        <source>Most marked regions (entries)</source>
        <translation>Most marked regions (entries)</translation>
    </message>
    <message>
        <source>Most common triggers (entries)</source>
        <translation>Most common triggers (entries)</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>Nothing noted.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation><numerusform>%1: %n entry</numerusform><numerusform>%1: %n entries</numerusform></translation>
    </message>
    <message>
        <source>(next entry that day lower in %1 of %2)</source>
        <translation>(next entry that day lower in %1 of %2)</translation>
    </message>
    <message>
        <source>No questions written down.</source>
        <translation>No questions written down.</translation>
    </message>
    <message>
        <source>Leg and back symptoms: summary for the doctor</source>
        <translation>Leg and back symptoms: summary for the doctor</translation>
    </message>
    <message>
        <source>Self-reported by the patient</source>
        <translation>Self-reported by the patient</translation>
    </message>
    <message>
        <source>Self-reported ratings (0–10) kept with SpineSignal, an education app. Not a diagnosis and no substitute for examination.</source>
        <translation>Self-reported ratings (0–10) kept with SpineSignal, an education app. Not a diagnosis and no substitute for examination.</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Daily worst rating per symptom (0–10, self-reported)</source>
        <translation>Daily worst rating per symptom (0–10, self-reported)</translation>
    </message>
    <message>
        <source>One point per logged day; days without a rating are left out, so lines join across gaps.</source>
        <translation>One point per logged day; days without a rating are left out, so lines join across gaps.</translation>
    </message>
    <message>
        <source>Where the symptoms were felt (self-reported)</source>
        <translation>Where the symptoms were felt (self-reported)</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>No entries in this period.</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Better</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>About the same</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Worse</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Not enough data</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>Born: %1</translation>
    </message>
    <message>
        <source>Intensity, leg and back apart</source>
        <translation>Intensity, leg and back apart</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Red flags</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <source>What was tried or helped</source>
        <translation>What was tried or helped</translation>
    </message>
    <message>
        <source>The patient's questions</source>
        <translation>The patient's questions</translation>
    </message>
    <message>
        <source>No regions marked in this period.</source>
        <translation>No regions marked in this period.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Usual root (textbook)</source>
        <translation>Usual root (textbook)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Where it is felt does not pin down which nerve root is affected.</source>
        <translation>Where it is felt does not pin down which nerve root is affected.</translation>
    </message>
    <message numerus="yes">
        <source>All entries in the period (%n, self-reported)</source>
        <translation><numerusform>All entries in the period (%n, self-reported)</numerusform><numerusform>All entries in the period (%n, self-reported)</numerusform></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>Tried or helped</source>
        <translation>Tried or helped</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>sat %1 min</source>
        <translation>sat %1 min</translation>
    </message>
    <message>
        <source>[shortened here; the full note is in the CSV export]</source>
        <translation>[shortened here; the full note is in the CSV export]</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Add DAYS days of made-up sample entries, ending today, to the data directory (for trying out the charts).</source>
        <translation>Add DAYS days of made-up sample entries, ending today, to the data directory (for trying out the charts).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Seed for --generate-sample-data (the same seed gives the same entries).</source>
        <translation>Seed for --generate-sample-data (the same seed gives the same entries).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--generate-sample-data %1: give a whole number of days from 1 to %2.</source>
        <translation>--generate-sample-data %1: give a whole number of days from 1 to %2.</translation>
    </message>
    <message>
        <source>--sample-seed %1: give a whole number of 0 or more.</source>
        <translation>--sample-seed %1: give a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Added %1 sample entries for the last %2 days to %3.</source>
        <translation>Added %1 sample entries for the last %2 days to %3.</translation>
    </message>
</context>
<context>
    <name>SelfCheckCommand</name>
    <message>
        <source>Run the self-check on the answers in FILE (a JSON object: question id → value) and print the result as JSON.</source>
        <translation>Run the self-check on the answers in FILE (a JSON object: question id → value) and print the result as JSON.</translation>
    </message>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>Cannot read the answers file %1: %2</translation>
    </message>
    <message>
        <source>The answers file %1 is not a JSON object of question ids and answers (%2).</source>
        <translation>The answers file %1 is not a JSON object of question ids and answers (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>The answers file %1 has problems: %2</source>
        <translation>The answers file %1 has problems: %2</translation>
    </message>
    <message>
        <source>Guidance for education, not a diagnosis.</source>
        <translation>Guidance for education, not a diagnosis.</translation>
    </message>
</context>
<context>
    <name>SelfCheckStore</name>
    <message>
        <source>Saving the self-check</source>
        <translation>Saving the self-check</translation>
    </message>
    <message>
        <source>Reading the self-checks</source>
        <translation>Reading the self-checks</translation>
    </message>
</context>
<context>
    <name>SelfCheckTexts</name>
    <message>
        <source>Seek medical care today</source>
        <translation>Seek medical care today</translation>
    </message>
    <message>
        <source>See a doctor</source>
        <translation>See a doctor</translation>
    </message>
    <message>
        <source>Self-care and watch</source>
        <translation>Self-care and watch</translation>
    </message>
    <message>
        <source>Not enough answers yet</source>
        <translation>Not enough answers yet</translation>
    </message>
    <message>
        <source>You answered yes to a warning sign. Please do not wait for it to pass: get medical care today, as described below.</source>
        <translation>You answered yes to a warning sign. Please do not wait for it to pass: get medical care today, as described below.</translation>
    </message>
    <message>
        <source>Your answers suggest having this checked by a doctor. It is not an emergency, but do make an appointment rather than wait and see.</source>
        <translation>Your answers suggest having this checked by a doctor. It is not an emergency, but do make an appointment rather than wait and see.</translation>
    </message>
    <message>
        <source>Your answers do not point to a problem that needs a doctor now. Look after your back, and keep a log for two weeks to see how it goes.</source>
        <translation>Your answers do not point to a problem that needs a doctor now. Look after your back, and keep a log for two weeks to see how it goes.</translation>
    </message>
    <message>
        <source>There is not enough to go on yet, so there is no result.</source>
        <translation>There is not enough to go on yet, so there is no result.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>StoreRescue</name>
    <message>
        <source>The damaged database %1 cannot be moved aside to %2: %3.</source>
        <translation>The damaged database %1 cannot be moved aside to %2: %3.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1: %2.</source>
        <translation>The backup could not be put in place of %1: %2.</translation>
    </message>
</context>
<context>
    <name>SummaryBuilder</name>
    <message>
        <source>The period starts (%1) after it ends (%2): swap the two dates.</source>
        <translation>The period starts (%1) after it ends (%2): swap the two dates.</translation>
    </message>
</context>
<context>
    <name>SummaryJobs</name>
    <message>
        <source>The printer "%1" reported an error; check it and print again.</source>
        <translation>The printer "%1" reported an error; check it and print again.</translation>
    </message>
    <message numerus="yes">
        <source>The pages chosen are not in the summary, which has %n page(s).</source>
        <translation><numerusform>The pages chosen are not in the summary, which has %n page.</numerusform><numerusform>The pages chosen are not in the summary, which has %n pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>TrendText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>%1: not enough data yet for a trend (%2 with ratings; at least %3 needed).</source>
        <translation>%1: not enough data yet for a trend (%2 with ratings; at least %3 needed).</translation>
    </message>
    <message>
        <source>%1 has eased over the last %2: average %3 → %4</source>
        <translation>%1 has eased over the last %2: average %3 → %4</translation>
    </message>
    <message>
        <source>%1 has got worse over the last %2: average %3 → %4</source>
        <translation>%1 has got worse over the last %2: average %3 → %4</translation>
    </message>
    <message>
        <source>%1 has stayed about the same over the last %2: average %3 → %4</source>
        <translation>%1 has stayed about the same over the last %2: average %3 → %4</translation>
    </message>
    <message>
        <source>%1 eased between %2 and %3: average %4 → %5</source>
        <translation>%1 eased between %2 and %3: average %4 → %5</translation>
    </message>
    <message>
        <source>%1 got worse between %2 and %3: average %4 → %5</source>
        <translation>%1 got worse between %2 and %3: average %4 → %5</translation>
    </message>
    <message>
        <source>%1 stayed about the same between %2 and %3: average %4 → %5</source>
        <translation>%1 stayed about the same between %2 and %3: average %4 → %5</translation>
    </message>
    <message>
        <source>Sit breaks and %1: not enough days yet to compare (%2 with %3 or more breaks, %4 with fewer; at least %5 each are needed).</source>
        <translation>Sit breaks and %1: not enough days yet to compare (%2 with %3 or more breaks, %4 with fewer; at least %5 each are needed).</translation>
    </message>
    <message>
        <source>Exercises and %1: not enough days yet to compare (%2 with %3 or more sets, %4 with fewer; at least %5 each are needed).</source>
        <translation>Exercises and %1: not enough days yet to compare (%2 with %3 or more sets, %4 with fewer; at least %5 each are needed).</translation>
    </message>
    <message>
        <source>On the %1 with %2 or more sit breaks, %3 averaged %4; on the other %5 with entries it averaged %6.</source>
        <translation>On the %1 with %2 or more sit breaks, %3 averaged %4; on the other %5 with entries it averaged %6.</translation>
    </message>
    <message>
        <source>On the %1 with %2 or more sets of back exercises (swallow 小燕飞, five-point bridge 五点支撑), %3 averaged %4; on the other %5 with entries it averaged %6.</source>
        <translation>On the %1 with %2 or more sets of back exercises (swallow 小燕飞, five-point bridge 五点支撑), %3 averaged %4; on the other %5 with entries it averaged %6.</translation>
    </message>
    <message numerus="yes">
        <source>tried %n time(s)</source>
        <translation><numerusform>tried %n time</numerusform><numerusform>tried %n times</numerusform></translation>
    </message>
    <message>
        <source>%1: %2; too few later entries on the same day to compare (%3, at least %4 needed).</source>
        <translation>%1: %2; too few later entries on the same day to compare (%3, at least %4 needed).</translation>
    </message>
    <message>
        <source>%1: %2. Compared with the next entry that day (%3), its highest rating was lower %4, the same %5 and higher %6; average change %7.</source>
        <translation>%1: %2. Compared with the next entry that day (%3), its highest rating was lower %4, the same %5 and higher %6; average change %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message>
        <source>These comparisons describe your own log. They are observations, not proof that one thing causes another.</source>
        <translation>These comparisons describe your own log. They are observations, not proof that one thing causes another.</translation>
    </message>
</context>
<context>
    <name>spinesignal::CheckResult</name>
    <message>
        <source>Some answers contradict each other; please check them.</source>
        <translation>Some answers contradict each other; please check them.</translation>
    </message>
    <message>
        <source>Answer at least: %1</source>
        <translation>Answer at least: %1</translation>
    </message>
</context>
<context>
    <name>spinesignal::EpisodeRepository</name>
    <message>
        <source>Saving the entry</source>
        <translation>Saving the entry</translation>
    </message>
    <message>
        <source>The entry %1 no longer exists.</source>
        <translation>The entry %1 no longer exists.</translation>
    </message>
    <message>
        <source>Deleting the entry</source>
        <translation>Deleting the entry</translation>
    </message>
    <message>
        <source>Reading entries</source>
        <translation>Reading entries</translation>
    </message>
    <message>
        <source>Counting entries</source>
        <translation>Counting entries</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ArticleLinks</name>
    <message>
        <source>A health alarm</source>
        <translation>A health alarm</translation>
    </message>
    <message>
        <source>What a herniated disc is</source>
        <translation>What a herniated disc is</translation>
    </message>
    <message>
        <source>Why calves get sore</source>
        <translation>Why calves get sore</translation>
    </message>
    <message>
        <source>Nerve compression</source>
        <translation>Nerve compression</translation>
    </message>
    <message>
        <source>Poor circulation</source>
        <translation>Poor circulation</translation>
    </message>
    <message>
        <source>Inflammation</source>
        <translation>Inflammation</translation>
    </message>
    <message>
        <source>Three common myths</source>
        <translation>Three common myths</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>When to see a doctor</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ArticleView</name>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>Seek medical care today if you notice any of these:</source>
        <translation>Seek medical care today if you notice any of these:</translation>
    </message>
    <message>
        <source>go to an emergency department now</source>
        <translation>go to an emergency department now</translation>
    </message>
    <message>
        <source>Where to go from here</source>
        <translation>Where to go from here</translation>
    </message>
    <message>
        <source>Education, not diagnosis: this page explains a possible cause; only a doctor can tell what causes your symptoms.</source>
        <translation>Education, not diagnosis: this page explains a possible cause; only a doctor can tell what causes your symptoms.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ChartPages</name>
    <message>
        <source>%1 is in none of these folders: %2</source>
        <translation>%1 is in none of these folders: %2</translation>
    </message>
    <message>
        <source>The module loaded but has no page for this area.</source>
        <translation>The module loaded but has no page for this area.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>SpineSignal was updated while it was running (this window is version %1, the installed pages are version %2). Quit SpineSignal and start it again.</source>
        <translation>SpineSignal was updated while it was running (this window is version %1, the installed pages are version %2). Quit SpineSignal and start it again.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::CirculationCanvas</name>
    <message>
        <source>Blood circulation</source>
        <translation>Blood circulation</translation>
    </message>
    <message>
        <source>Herniated disc: the bulging nucleus squeezes a small artery branch next to the nerve root. Past the squeeze, blood flows more slowly and less of it reaches the calf. The calf muscle, which needs much oxygen and nutrients, runs short and feels sore and weak, more so after long sitting.</source>
        <translation>Herniated disc: the bulging nucleus squeezes a small artery branch next to the nerve root. Past the squeeze, blood flows more slowly and less of it reaches the calf. The calf muscle, which needs much oxygen and nutrients, runs short and feels sore and weak, more so after long sitting.</translation>
    </message>
    <message>
        <source>Healthy disc: a small artery branch (red) runs beside the nerve root (yellow) and carries blood with oxygen and nutrients down the leg to the calf muscle; a vein (blue) carries it back.</source>
        <translation>Healthy disc: a small artery branch (red) runs beside the nerve root (yellow) and carries blood with oxygen and nutrients down the leg to the calf muscle; a vein (blue) carries it back.</translation>
    </message>
    <message>
        <source>Artery branch:
blood to the calf</source>
        <translation>Artery branch:
blood to the calf</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>Vein</translation>
    </message>
    <message>
        <source>Calf muscle</source>
        <translation>Calf muscle</translation>
    </message>
    <message>
        <source>Artery branch
squeezed</source>
        <translation>Artery branch
squeezed</translation>
    </message>
    <message>
        <source>Less oxygen and nutrients</source>
        <translation>Less oxygen and nutrients</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::CliSupport</name>
    <message>
        <source>--%1 %2 is not a real date in the form YYYY-MM-DD.</source>
        <translation>--%1 %2 is not a real date in the form YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::DataSettingsBox</name>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>kept before a restore</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>made by you</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Restore the backup from %1?

Your current data is not lost: it is kept as a backup first, and you can restore it the same way.</source>
        <translation>Restore the backup from %1?

Your current data is not lost: it is kept as a backup first, and you can restore it the same way.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>This permanently deletes from this computer:
• %1 log entries and %2 self-check results (the database %3)
• %4 backups in %5
• your name and birth year

Language, text size and reminder settings stay. This cannot be undone.</source>
        <translation>This permanently deletes from this computer:
• %1 log entries and %2 self-check results (the database %3)
• %4 backups in %5
• your name and birth year

Language, text size and reminder settings stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Delete all data</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Your data is stored only on this computer, in %1</source>
        <translation>Your data is stored only on this computer, in %1</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Opens the data folder in the file manager.</source>
        <translation>Opens the data folder in the file manager.</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>Saves a complete copy of your data in the backups folder.</source>
        <translation>Saves a complete copy of your data in the backups folder.</translation>
    </message>
    <message>
        <source>&amp;Automatic daily backup</source>
        <translation>&amp;Automatic daily backup</translation>
    </message>
    <message>
        <source>&amp;keep the last</source>
        <translation>&amp;keep the last</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Number of automatic backups to keep</translation>
    </message>
    <message>
        <source>Backups (newest first):</source>
        <translation>Backups (newest first):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <source>Replaces the current data with the selected backup, after keeping a copy of the current data.</source>
        <translation>Replaces the current data with the selected backup, after keeping a copy of the current data.</translation>
    </message>
    <message>
        <source>&amp;Delete all data…</source>
        <translation>&amp;Delete all data…</translation>
    </message>
    <message>
        <source>Deletes every entry, self-check and backup after asking.</source>
        <translation>Deletes every entry, self-check and backup after asking.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Backing up your data…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::EntryCommand</name>
    <message>
        <source>add entry</source>
        <translation>add entry</translation>
    </message>
    <message>
        <source>delete entry</source>
        <translation>delete entry</translation>
    </message>
    <message>
        <source>edit entry</source>
        <translation>edit entry</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::EntryForm</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Date and time of the entry</source>
        <translation>Date and time of the entry</translation>
    </message>
    <message>
        <source>How strong? (0 = none, 10 = worst imaginable)</source>
        <translation>How strong? (0 = none, 10 = worst imaginable)</translation>
    </message>
    <message>
        <source>Type a number or use the arrow keys; leave a row empty if you did not notice it.</source>
        <translation>Type a number or use the arrow keys; leave a row empty if you did not notice it.</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>Which side</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Click the places where you feel it, or use the arrow keys and Space.</source>
        <translation>Click the places where you feel it, or use the arrow keys and Space.</translation>
    </message>
    <message>
        <source>Show where L4, L5 and S1 are usually felt</source>
        <translation>Show where L4, L5 and S1 are usually felt</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>What set it off</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of sitting</source>
        <translation>Minutes of sitting</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>How long it lasted</translation>
    </message>
    <message>
        <source>What helped (or was tried)</source>
        <translation>What helped (or was tried)</translation>
    </message>
    <message>
        <source>Habits today</source>
        <translation>Habits today</translation>
    </message>
    <message>
        <source>Sit breaks</source>
        <translation>Sit breaks</translation>
    </message>
    <message>
        <source>小燕飞 (swallow) sets</source>
        <translation>小燕飞 (swallow) sets</translation>
    </message>
    <message>
        <source>五点支撑 (five-point bridge) sets</source>
        <translation>五点支撑 (five-point bridge) sets</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Walking</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <source>Tick only what is present now. Any one of these needs a doctor today.</source>
        <translation>Tick only what is present now. Any one of these needs a doctor today.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Anything else: what you did, how you slept, questions for the doctor…</source>
        <translation>Anything else: what you did, how you slept, questions for the doctor…</translation>
    </message>
    <message>
        <source>%1 / %2 characters — too long: shorten it by %3 to save</source>
        <translation>%1 / %2 characters — too long: shorten it by %3 to save</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>sat for</source>
        <translation>sat for</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ExerciseCanvas</name>
    <message>
        <source>“Little swallow” (小燕飞), step by step</source>
        <translation>“Little swallow” (小燕飞), step by step</translation>
    </message>
    <message>
        <source>“Five-point support” (五点支撑), step by step</source>
        <translation>“Five-point support” (五点支撑), step by step</translation>
    </message>
    <message>
        <source>Lie face down, arms along your sides, legs straight.</source>
        <translation>Lie face down, arms along your sides, legs straight.</translation>
    </message>
    <message>
        <source>Lift your head, chest and both legs off the mat together, arms reaching back. Hold briefly.</source>
        <translation>Lift your head, chest and both legs off the mat together, arms reaching back. Hold briefly.</translation>
    </message>
    <message>
        <source>Lower yourself slowly and rest, then repeat.</source>
        <translation>Lower yourself slowly and rest, then repeat.</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat, elbows bent on the mat.</source>
        <translation>Lie on your back, knees bent, feet flat, elbows bent on the mat.</translation>
    </message>
    <message>
        <source>Press on five points – head, both elbows, both feet – and lift your hips.</source>
        <translation>Press on five points – head, both elbows, both feet – and lift your hips.</translation>
    </message>
    <message>
        <source>Hold briefly, then lower your hips slowly.</source>
        <translation>Hold briefly, then lower your hips slowly.</translation>
    </message>
    <message>
        <source>Three drawings of a person on a mat, seen from the side.</source>
        <translation>Three drawings of a person on a mat, seen from the side.</translation>
    </message>
    <message>
        <source>Three drawings of a person on a mat, seen from the side; rings mark the head, elbows and feet that carry the body.</source>
        <translation>Three drawings of a person on a mat, seen from the side; rings mark the head, elbows and feet that carry the body.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ExerciseIllustration</name>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>Stronger lower-back muscles steady the lumbar spine and make a disc herniation less likely.</source>
        <translation>Stronger lower-back muscles steady the lumbar spine and make a disc herniation less likely.</translation>
    </message>
    <message>
        <source>Not during the acute phase.</source>
        <translation>Not during the acute phase.</translation>
    </message>
    <message>
        <source>Pregnant people and people with spondylolisthesis: only under a doctor’s guidance.</source>
        <translation>Pregnant people and people with spondylolisthesis: only under a doctor’s guidance.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::FrequencyChart</name>
    <message>
        <source>%1 — %2: %3 of %4 entries (%5%)</source>
        <translation>%1 — %2: %3 of %4 entries (%5%)</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::HistoryModel</name>
    <message>
        <source>Reading the history</source>
        <translation>Reading the history</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation><numerusform>%n region</numerusform><numerusform>%n regions</numerusform></translation>
    </message>
    <message>
        <source>⚠ warning sign</source>
        <translation>⚠ warning sign</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Triggers and notes</source>
        <translation>Triggers and notes</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::InflammationCanvas</name>
    <message>
        <source>Inflammation</source>
        <translation>Inflammation</translation>
    </message>
    <message>
        <source>Herniated disc: the annulus fibrosus has torn and nucleus material has come out. It releases inflammatory molecules such as TNF-α (tumour necrosis factor-α, orange) and IL-6 (interleukin-6, purple) around the nerve root. The root becomes inflamed and more sensitive, which adds to the pain and makes the calf feel more sore; weather changes and tiredness can make it flare.</source>
        <translation>Herniated disc: the annulus fibrosus has torn and nucleus material has come out. It releases inflammatory molecules such as TNF-α (tumour necrosis factor-α, orange) and IL-6 (interleukin-6, purple) around the nerve root. The root becomes inflamed and more sensitive, which adds to the pain and makes the calf feel more sore; weather changes and tiredness can make it flare.</translation>
    </message>
    <message>
        <source>Healthy disc: the nucleus pulposus is sealed inside the annulus fibrosus and does not touch the tissues around it, so the inflammatory molecules it holds (such as TNF-α and IL-6) stay away from the nerve root.</source>
        <translation>Healthy disc: the nucleus pulposus is sealed inside the annulus fibrosus and does not touch the tissues around it, so the inflammatory molecules it holds (such as TNF-α and IL-6) stay away from the nerve root.</translation>
    </message>
    <message>
        <source>Nerve root</source>
        <translation>Nerve root</translation>
    </message>
    <message>
        <source>Calf muscle</source>
        <translation>Calf muscle</translation>
    </message>
    <message>
        <source>TNF-α</source>
        <translation>TNF-α</translation>
    </message>
    <message>
        <source>IL-6</source>
        <translation>IL-6</translation>
    </message>
    <message>
        <source>inflammatory molecules</source>
        <translation>inflammatory molecules</translation>
    </message>
    <message>
        <source>Inflamed, more
sensitive root</source>
        <translation>Inflamed, more
sensitive root</translation>
    </message>
    <message>
        <source>Soreness more noticeable</source>
        <translation>Soreness more noticeable</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::IntensityChart</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <source>%1: highest %2, day's average %3, 7-day average %4</source>
        <translation>%1: highest %2, day's average %3, 7-day average %4</translation>
    </message>
    <message>
        <source>A red flag was reported on this day.</source>
        <translation>A red flag was reported on this day.</translation>
    </message>
    <message>
        <source>%1 (highest of the day)</source>
        <translation>%1 (highest of the day)</translation>
    </message>
    <message>
        <source>Red flag reported</source>
        <translation>Red flag reported</translation>
    </message>
    <message>
        <source>Intensity (0–10)</source>
        <translation>Intensity (0–10)</translation>
    </message>
    <message>
        <source>Intensity over time</source>
        <translation>Intensity over time</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::IntensitySlider</name>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type 0 to 10 or use the arrow keys; Delete clears.</source>
        <translation>Type 0 to 10 or use the arrow keys; Delete clears.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::LearnPage</name>
    <message>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <source>(section %1 of %2)</source>
        <translation>(section %1 of %2)</translation>
    </message>
    <message>
        <source>‹ Previous: %1</source>
        <translation>‹ Previous: %1</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Next: %1 ›</source>
        <translation>Next: %1 ›</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>This section is shown in Chinese, where your search found it.</source>
        <translation>This section is shown in Chinese, where your search found it.</translation>
    </message>
    <message>
        <source>This section is shown in English, where your search found it.</source>
        <translation>This section is shown in English, where your search found it.</translation>
    </message>
    <message>
        <source>Show it in Chinese</source>
        <translation>Show it in Chinese</translation>
    </message>
    <message>
        <source>Show it in English</source>
        <translation>Show it in English</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Smaller text (Ctrl+−)</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Larger text (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>Previous section (Alt+Left)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>Next section (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::LegMapWidget</name>
    <message numerus="yes">
        <source>%1 — marked %n time(s)</source>
        <translation><numerusform>%1 — marked %n time</numerusform><numerusform>%1 — marked %n times</numerusform></translation>
    </message>
    <message>
        <source>%1 — usually %2</source>
        <translation>%1 — usually %2</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marked</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <source>Leg map: %1, %2</source>
        <translation>Leg map: %1, %2</translation>
    </message>
    <message>
        <source>No region marked.</source>
        <translation>No region marked.</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Marked: %1.</translation>
    </message>
    <message>
        <source>Arrow keys move between regions; Space marks or unmarks.</source>
        <translation>Arrow keys move between regions; Space marks or unmarks.</translation>
    </message>
    <message>
        <source>Leg map: how often each region was marked</source>
        <translation>Leg map: how often each region was marked</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n time(s)</source>
        <translation><numerusform>%1: %n time</numerusform><numerusform>%1: %n times</numerusform></translation>
    </message>
    <message>
        <source>Leg map: usual L4, L5 and S1 territory</source>
        <translation>Leg map: usual L4, L5 and S1 territory</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::LogPage</name>
    <message>
        <source>Editing the entry of %1. Save keeps the changes; Ctrl+Z undoes them.</source>
        <translation>Editing the entry of %1. Save keeps the changes; Ctrl+Z undoes them.</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>Stop editing</translation>
    </message>
    <message>
        <source>Same as last entry</source>
        <translation>Same as last entry</translation>
    </message>
    <message>
        <source>Fill the form from your most recent entry (time, warning signs and note are not copied).</source>
        <translation>Fill the form from your most recent entry (time, warning signs and note are not copied).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Only from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Days with entries are marked by the worst intensity: green 0, light green 1–3, orange 4–6, red 7–10, grey none recorded; "!" a warning sign. Click a day to list it.</source>
        <translation>Days with entries are marked by the worst intensity: green 0, light green 1–3, orange 4–6, red 7–10, grey none recorded; "!" a warning sign. Click a day to list it.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Not saved. Please correct what is marked in red.</source>
        <translation>Not saved. Please correct what is marked in red.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Changes saved at %1.</source>
        <translation>Changes saved at %1.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation>Entry deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>There is no earlier entry yet.</source>
        <translation>There is no earlier entry yet.</translation>
    </message>
    <message>
        <source>Filled from the entry of %1 — check and save.</source>
        <translation>Filled from the entry of %1 — check and save.</translation>
    </message>
    <message>
        <source>Select an entry to edit or delete it, or to read what explains it.</source>
        <translation>Select an entry to edit or delete it, or to read what explains it.</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Read more:</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entry(s), newest first.</source>
        <translation><numerusform>Showing %1 of %n entry, newest first.</numerusform><numerusform>Showing %1 of %n entries, newest first.</numerusform></translation>
    </message>
    <message>
        <source>%1: no entries.</source>
        <translation>%1: no entries.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation><numerusform>%1: %n entry</numerusform><numerusform>%1: %n entries</numerusform></translation>
    </message>
    <message>
        <source>worst %1 (%2)</source>
        <translation>worst %1 (%2)</translation>
    </message>
    <message>
        <source>with a warning sign</source>
        <translation>with a warning sign</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>History from</translation>
    </message>
    <message>
        <source>First day of the history list, when "Only from" is ticked</source>
        <translation>First day of the history list, when "Only from" is ticked</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>History to</translation>
    </message>
    <message>
        <source>Last day of the history list, when "Only from" is ticked</source>
        <translation>Last day of the history list, when "Only from" is ticked</translation>
    </message>
    <message>
        <source>Calendar of entries</source>
        <translation>Calendar of entries</translation>
    </message>
    <message>
        <source>Choose a day to list its entries</source>
        <translation>Choose a day to list its entries</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>History entries</translation>
    </message>
    <message>
        <source>Your entries, newest first; Enter edits the selected one, Delete removes it</source>
        <translation>Your entries, newest first; Enter edits the selected one, Delete removes it</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::MainWindow</name>
    <message>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Doctor summary</source>
        <translation>Doctor summary</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>SpineSignal — leg symptoms and the lumbar spine</source>
        <translation>SpineSignal — leg symptoms and the lumbar spine</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>SpineSignal is for education and self-observation. It does not diagnose; see a doctor about your symptoms.</source>
        <translation>SpineSignal is for education and self-observation. It does not diagnose; see a doctor about your symptoms.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Choose an area with the arrow keys; Ctrl+1 to Ctrl+6 jump straight to one.</source>
        <translation>Choose an area with the arrow keys; Ctrl+1 to Ctrl+6 jump straight to one.</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Disclaimer</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Data location</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 could not be loaded: %2</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::MechanismCanvas</name>
    <message>
        <source>Annulus
fibrosus</source>
        <translation>Annulus
fibrosus</translation>
    </message>
    <message>
        <source>Nucleus
pulposus</source>
        <translation>Nucleus
pulposus</translation>
    </message>
    <message>
        <source>Herniated</source>
        <translation>Herniated</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::MechanismIllustration</name>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Herniated</source>
        <translation>Herniated</translation>
    </message>
    <message>
        <source>Show a healthy disc</source>
        <translation>Show a healthy disc</translation>
    </message>
    <message>
        <source>Show a herniated disc</source>
        <translation>Show a herniated disc</translation>
    </message>
    <message>
        <source>▶ Play animation</source>
        <translation>▶ Play animation</translation>
    </message>
    <message>
        <source>Play animation</source>
        <translation>Play animation</translation>
    </message>
    <message>
        <source>Animation off: “Reduce motion” is on in Settings. The picture shows the same in a still.</source>
        <translation>Animation off: “Reduce motion” is on in Settings. The picture shows the same in a still.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::NerveCompressionCanvas</name>
    <message>
        <source>Nerve compression</source>
        <translation>Nerve compression</translation>
    </message>
    <message>
        <source>Herniated disc: the nucleus pulposus has broken through the annulus fibrosus between L4 and L5 and presses on the nerve root behind the disc. Nerve signals stop at the pressed root, like a pressed wire, so the calf gets less sensation and movement signals: it can feel sore, heavy, numb or weak.</source>
        <translation>Herniated disc: the nucleus pulposus has broken through the annulus fibrosus between L4 and L5 and presses on the nerve root behind the disc. Nerve signals stop at the pressed root, like a pressed wire, so the calf gets less sensation and movement signals: it can feel sore, heavy, numb or weak.</translation>
    </message>
    <message>
        <source>Healthy disc between the L4 and L5 vertebrae: the nucleus pulposus stays inside the annulus fibrosus. The nerve root leaves the spinal canal freely and carries signals down the back of the leg to the calf muscle.</source>
        <translation>Healthy disc between the L4 and L5 vertebrae: the nucleus pulposus stays inside the annulus fibrosus. The nerve root leaves the spinal canal freely and carries signals down the back of the leg to the calf muscle.</translation>
    </message>
    <message>
        <source>Nerve root:
signals to the calf</source>
        <translation>Nerve root:
signals to the calf</translation>
    </message>
    <message>
        <source>Calf muscle</source>
        <translation>Calf muscle</translation>
    </message>
    <message>
        <source>Root pressed
by the nucleus</source>
        <translation>Root pressed
by the nucleus</translation>
    </message>
    <message>
        <source>Sore, heavy, numb or weak</source>
        <translation>Sore, heavy, numb or weak</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::OptionalSpinBox</name>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::QuestionListEditor</name>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Double-click a question to change it.</source>
        <translation>Double-click a question to change it.</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>Questions for the doctor</translation>
    </message>
    <message>
        <source>F2 or double-click changes the selected question.</source>
        <translation>F2 or double-click changes the selected question.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::QuestionView</name>
    <message>
        <source>Question %1 of %2 · %3</source>
        <translation>Question %1 of %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 of 10</translation>
    </message>
    <message>
        <source>Warning sign. Do you have this now, or has it started recently?</source>
        <translation>Warning sign. Do you have this now, or has it started recently?</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = the worst you can imagine. Type a digit, or Tab to a number.</source>
        <translation>0 = not at all, 10 = the worst you can imagine. Type a digit, or Tab to a number.</translation>
    </message>
    <message>
        <source>Hide why we ask</source>
        <translation>Hide why we ask</translation>
    </message>
    <message>
        <source>Why we ask (?)</source>
        <translation>Why we ask (?)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::RedFlagPanel</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>⚠ Go to an emergency department now.</source>
        <translation>⚠ Go to an emergency department now.</translation>
    </message>
    <message>
        <source>⚠ See a doctor today.</source>
        <translation>⚠ See a doctor today.</translation>
    </message>
    <message>
        <source>This entry is marked with a warning sign, and the summary for the doctor will show it. This app cannot judge how urgent it is — a doctor can.</source>
        <translation>This entry is marked with a warning sign, and the summary for the doctor will show it. This app cannot judge how urgent it is — a doctor can.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ReminderBanner</name>
    <message>
        <source>Time for a break: you have been sitting for a while. Stand up and move for about %1 minutes.</source>
        <translation>Time for a break: you have been sitting for a while. Stand up and move for about %1 minutes.</translation>
    </message>
    <message>
        <source>Time for today's check-in: how did your legs and back feel today?</source>
        <translation>Time for today's check-in: how did your legs and back feel today?</translation>
    </message>
    <message>
        <source>I took a break</source>
        <translation>I took a break</translation>
    </message>
    <message>
        <source>Counts this break in today's habits in the log.</source>
        <translation>Counts this break in today's habits in the log.</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Snooze %1 min</translation>
    </message>
    <message>
        <source>Reminds you again in %1 minutes.</source>
        <translation>Reminds you again in %1 minutes.</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Open the log</translation>
    </message>
    <message>
        <source>Opens the log to write today's check-in.</source>
        <translation>Opens the log to write today's check-in.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Hides this message.</source>
        <translation>Hides this message.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ReminderController</name>
    <message numerus="yes">
        <source>Break counted: %n today.</source>
        <translation><numerusform>Break counted: %n today.</numerusform><numerusform>Break counted: %n today.</numerusform></translation>
    </message>
    <message>
        <source>The break could not be saved: %1</source>
        <translation>The break could not be saved: %1</translation>
    </message>
    <message>
        <source>SpineSignal</source>
        <translation>SpineSignal</translation>
    </message>
    <message>
        <source>SpineSignal keeps running in the tray to remind you. Use Quit in its menu to end it.</source>
        <translation>SpineSignal keeps running in the tray to remind you. Use Quit in its menu to end it.</translation>
    </message>
    <message>
        <source>Show SpineSignal</source>
        <translation>Show SpineSignal</translation>
    </message>
    <message>
        <source>Pause sit-break reminder</source>
        <translation>Pause sit-break reminder</translation>
    </message>
    <message>
        <source>Start sit-break reminder</source>
        <translation>Start sit-break reminder</translation>
    </message>
    <message>
        <source>I took a break</source>
        <translation>I took a break</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Snooze %1 min</translation>
    </message>
    <message>
        <source>Quit SpineSignal</source>
        <translation>Quit SpineSignal</translation>
    </message>
    <message>
        <source>SpineSignal: sit-break reminder every %1 minutes</source>
        <translation>SpineSignal: sit-break reminder every %1 minutes</translation>
    </message>
    <message>
        <source>SpineSignal: sit-break reminder paused</source>
        <translation>SpineSignal: sit-break reminder paused</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ReminderSettingsBox</name>
    <message>
        <source>Sit-break reminder: on, every %1 minutes.</source>
        <translation>Sit-break reminder: on, every %1 minutes.</translation>
    </message>
    <message>
        <source>Sit-break reminder: paused.</source>
        <translation>Sit-break reminder: paused.</translation>
    </message>
    <message>
        <source>Sit-break reminder: on, every %1 minutes. Next reminder at %2.</source>
        <translation>Sit-break reminder: on, every %1 minutes. Next reminder at %2.</translation>
    </message>
    <message>
        <source>&amp;Pause reminder</source>
        <translation>&amp;Pause reminder</translation>
    </message>
    <message>
        <source>&amp;Start reminder</source>
        <translation>&amp;Start reminder</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>The article's rule: after about 40 minutes of sitting, stand up and move for about 5 minutes. A confirmed break is counted in that day's habits in the log.</source>
        <translation>The article's rule: after about 40 minutes of sitting, stand up and move for about 5 minutes. A confirmed break is counted in that day's habits in the log.</translation>
    </message>
    <message>
        <source>Remind me &amp;every:</source>
        <translation>Remind me &amp;every:</translation>
    </message>
    <message>
        <source>Break len&amp;gth:</source>
        <translation>Break len&amp;gth:</translation>
    </message>
    <message>
        <source>Sn&amp;ooze for:</source>
        <translation>Sn&amp;ooze for:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of sitting before a reminder</source>
        <translation>Minutes of sitting before a reminder</translation>
    </message>
    <message>
        <source>Minutes of the break</source>
        <translation>Minutes of the break</translation>
    </message>
    <message>
        <source>Minutes to snooze</source>
        <translation>Minutes to snooze</translation>
    </message>
    <message>
        <source>Remind me to &amp;check in every day at</source>
        <translation>Remind me to &amp;check in every day at</translation>
    </message>
    <message>
        <source>Time of the daily check-in reminder</source>
        <translation>Time of the daily check-in reminder</translation>
    </message>
    <message>
        <source>The reminder lives in the system tray: closing the window keeps it running; use Quit in the tray menu to end SpineSignal.</source>
        <translation>The reminder lives in the system tray: closing the window keeps it running; use Quit in the tray menu to end SpineSignal.</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so reminders appear as a banner at the top of the window while SpineSignal is open.</source>
        <translation>No system tray is available on this desktop, so reminders appear as a banner at the top of the window while SpineSignal is open.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::RenderScreenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>The screenshot %1 cannot be written.</translation>
    </message>
    <message>
        <source>Render every area at 1280×800 in both languages from sample data and save PNGs in DIR (for the user guide).</source>
        <translation>Render every area at 1280×800 in both languages from sample data and save PNGs in DIR (for the user guide).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 screenshots saved in %2</source>
        <translation>%1 screenshots saved in %2</translation>
    </message>
    <message>
        <source>The area %1 could not be loaded (see the window).</source>
        <translation>The area %1 could not be loaded (see the window).</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ResultView</name>
    <message>
        <source>Self-check of %1.</source>
        <translation>Self-check of %1.</translation>
    </message>
    <message>
        <source>What to do today</source>
        <translation>What to do today</translation>
    </message>
    <message>
        <source>If you cannot get there safely on your own, call your local emergency number (120 in mainland China).</source>
        <translation>If you cannot get there safely on your own, call your local emergency number (120 in mainland China).</translation>
    </message>
    <message>
        <source>Answer at least these questions</source>
        <translation>Answer at least these questions</translation>
    </message>
    <message>
        <source>Please check these answers</source>
        <translation>Please check these answers</translation>
    </message>
    <message>
        <source>Some answers do not fit together, so the result may not fit you:</source>
        <translation>Some answers do not fit together, so the result may not fit you:</translation>
    </message>
    <message>
        <source>You answered yes to the warning sign: %1.</source>
        <translation>You answered yes to the warning sign: %1.</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>Why this result</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Where to go</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>The doctor summary from this app (what you feel, where, how strong, since when, and what you have tried), the medicines you take, and any earlier scans or reports. A doctor may order a lumbar CT or MRI, or an ultrasound of the leg vessels.</source>
        <translation>The doctor summary from this app (what you feel, where, how strong, since when, and what you have tried), the medicines you take, and any earlier scans or reports. A doctor may order a lumbar CT or MRI, or an ultrasound of the leg vessels.</translation>
    </message>
    <message>
        <source>Look after your back</source>
        <translation>Look after your back</translation>
    </message>
    <message>
        <source>Every 40 minutes of sitting, stand up and move for 5 minutes, with a gentle stretch.</source>
        <translation>Every 40 minutes of sitting, stand up and move for 5 minutes, with a gentle stretch.</translation>
    </message>
    <message>
        <source>Lift by squatting down, keep the load close to your body and rise slowly; do not bend over to lift.</source>
        <translation>Lift by squatting down, keep the load close to your body and rise slowly; do not bend over to lift.</translation>
    </message>
    <message>
        <source>Use a chair of the right height and keep the natural curve of your lower back.</source>
        <translation>Use a chair of the right height and keep the natural curve of your lower back.</translation>
    </message>
    <message>
        <source>Strengthen your back muscles with 小燕飞 (the swallow) and 五点支撑 (the five-point bridge), but not during a flare-up, and in pregnancy or with spondylolisthesis only as a doctor advises.</source>
        <translation>Strengthen your back muscles with 小燕飞 (the swallow) and 五点支撑 (the five-point bridge), but not during a flare-up, and in pregnancy or with spondylolisthesis only as a doctor advises.</translation>
    </message>
    <message>
        <source>Keep a log for the next two weeks. If it keeps coming back, gets worse or new signs appear, see a doctor.</source>
        <translation>Keep a log for the next two weeks. If it keeps coming back, gets worse or new signs appear, see a doctor.</translation>
    </message>
    <message numerus="yes">
        <source>You have not answered %n warning-sign question(s). Please answer them: if any applies, the advice is different.</source>
        <translation><numerusform>You have not answered %n warning-sign question. Please answer it: if it applies, the advice is different.</numerusform><numerusform>You have not answered %n warning-sign questions. Please answer them: if any applies, the advice is different.</numerusform></translation>
    </message>
    <message>
        <source>This self-check gives guidance for education. It is not a diagnosis and does not replace a doctor.</source>
        <translation>This self-check gives guidance for education. It is not a diagnosis and does not replace a doctor.</translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation>Read more: %1</translation>
    </message>
    <message>
        <source>This will be saved as a new entry in your log:</source>
        <translation>This will be saved as a new entry in your log:</translation>
    </message>
    <message>
        <source>Open the &amp;doctor summary</source>
        <translation>Open the &amp;doctor summary</translation>
    </message>
    <message>
        <source>Open my &amp;log</source>
        <translation>Open my &amp;log</translation>
    </message>
    <message>
        <source>&amp;Continue answering</source>
        <translation>&amp;Continue answering</translation>
    </message>
    <message>
        <source>&amp;Save to my log…</source>
        <translation>&amp;Save to my log…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>&amp;Back to the questions</translation>
    </message>
    <message>
        <source>Start a &amp;new self-check</source>
        <translation>Start a &amp;new self-check</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SearchPanel</name>
    <message>
        <source>Search, in Chinese or English (Ctrl+F)</source>
        <translation>Search, in Chinese or English (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>Search the article</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation><numerusform>%n place found</numerusform><numerusform>%n places found</numerusform></translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SelfCheckPage</name>
    <message>
        <source>Saved to your log as the entry of %1.</source>
        <translation>Saved to your log as the entry of %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (in the log)</source>
        <translation> (in the log)</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>A short set of questions, built from the article, about what you feel in your legs and back. It takes about two minutes and gives guidance — see a doctor, seek care today, or look after yourself and keep watching. It is not a diagnosis.

One question at a time. Keys: Y / N for yes or no, 0–9 for a rating, ? for why we ask, Alt+Left to go back.</source>
        <translation>A short set of questions, built from the article, about what you feel in your legs and back. It takes about two minutes and gives guidance — see a doctor, seek care today, or look after yourself and keep watching. It is not a diagnosis.

One question at a time. Keys: Y / N for yes or no, 0–9 for a rating, ? for why we ask, Alt+Left to go back.</translation>
    </message>
    <message>
        <source>Start the self-check</source>
        <translation>Start the self-check</translation>
    </message>
    <message>
        <source>Your past self-checks (Enter or double-click to see one again)</source>
        <translation>Your past self-checks (Enter or double-click to see one again)</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Language and display</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Switches every text of the app at once.</source>
        <translation>Switches every text of the app at once.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Text size:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Makes all text larger, up to twice the normal size.</source>
        <translation>Makes all text larger, up to twice the normal size.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system's colours, or always use dark colours.</source>
        <translation>Follow the system's colours, or always use dark colours.</translation>
    </message>
    <message>
        <source>Reduce &amp;motion (no animated illustrations)</source>
        <translation>Reduce &amp;motion (no animated illustrations)</translation>
    </message>
    <message>
        <source>Shows illustrations still instead of animated.</source>
        <translation>Shows illustrations still instead of animated.</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>About you (optional)</translation>
    </message>
    <message>
        <source>Only used on the summary for your doctor. It stays on this computer.</source>
        <translation>Only used on the summary for your doctor. It stays on this computer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Your name as it should appear on the doctor summary; optional.</source>
        <translation>Your name as it should appear on the doctor summary; optional.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Birth year:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Shown on the doctor summary; the lowest value means not given.</source>
        <translation>Shown on the doctor summary; the lowest value means not given.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SingleInstance</name>
    <message>
        <source>The data folder cannot be locked (%1: %2); make sure only one SpineSignal uses it at a time.</source>
        <translation>The data folder cannot be locked (%1: %2); make sure only one SpineSignal uses it at a time.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SpineOverviewCanvas</name>
    <message>
        <source>The lumbar spine</source>
        <translation>The lumbar spine</translation>
    </message>
    <message>
        <source>The lower spine seen from behind: the lumbar vertebrae L3, L4 and L5 stacked above the sacrum (S1), with an intervertebral disc between each pair as a cushion. The nerves run down the spinal canal; at each level a pair of nerve roots leaves it, among them L4, L5 and S1, which go on into the legs. Beside it, the L4–L5 disc seen from above: a soft gel core, the nucleus pulposus, held by the tough rings of the annulus fibrosus, with the nerves just behind the disc.</source>
        <translation>The lower spine seen from behind: the lumbar vertebrae L3, L4 and L5 stacked above the sacrum (S1), with an intervertebral disc between each pair as a cushion. The nerves run down the spinal canal; at each level a pair of nerve roots leaves it, among them L4, L5 and S1, which go on into the legs. Beside it, the L4–L5 disc seen from above: a soft gel core, the nucleus pulposus, held by the tough rings of the annulus fibrosus, with the nerves just behind the disc.</translation>
    </message>
    <message>
        <source>%1 nerve root</source>
        <translation>%1 nerve root</translation>
    </message>
    <message>
        <source>Lumbar
vertebra</source>
        <translation>Lumbar
vertebra</translation>
    </message>
    <message>
        <source>Intervertebral
disc</source>
        <translation>Intervertebral
disc</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>Sacrum</translation>
    </message>
    <message>
        <source>Nerves in the
spinal canal</source>
        <translation>Nerves in the
spinal canal</translation>
    </message>
    <message>
        <source>The L4–L5 disc seen from above</source>
        <translation>The L4–L5 disc seen from above</translation>
    </message>
    <message>
        <source>Nucleus
pulposus</source>
        <translation>Nucleus
pulposus</translation>
    </message>
    <message>
        <source>Annulus
fibrosus</source>
        <translation>Annulus
fibrosus</translation>
    </message>
    <message>
        <source>Nerves</source>
        <translation>Nerves</translation>
    </message>
    <message>
        <source>front</source>
        <translation>front</translation>
    </message>
    <message>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <source>seen from behind</source>
        <translation>seen from behind</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::Startup</name>
    <message>
        <source>SpineSignal</source>
        <translation>SpineSignal</translation>
    </message>
    <message>
        <source>SpineSignal is already running; its window was brought forward.
</source>
        <translation>SpineSignal is already running; its window was brought forward.
</translation>
    </message>
    <message>
        <source>SpineSignal is already running with the data folder %1 (process %2) and did not answer. Close it first, or wait a moment and try again.</source>
        <translation>SpineSignal is already running with the data folder %1 (process %2) and did not answer. Close it first, or wait a moment and try again.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>The data folder %1 cannot be used: %2</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::StoreRecovery</name>
    <message>
        <source>The backup from %1 has been restored. The damaged file was kept as %2.</source>
        <translation>The backup from %1 has been restored. The damaged file was kept as %2.</translation>
    </message>
    <message>
        <source>A new, empty store has been started. The damaged file was kept as %1; nothing in it has been deleted.</source>
        <translation>A new, empty store has been started. The damaged file was kept as %1; nothing in it has been deleted.</translation>
    </message>
    <message>
        <source>SpineSignal</source>
        <translation>SpineSignal</translation>
    </message>
    <message>
        <source>You can start a new, empty store: the damaged file is kept in the same folder under a new name, so nothing is deleted.</source>
        <translation>You can start a new, empty store: the damaged file is kept in the same folder under a new name, so nothing is deleted.</translation>
    </message>
    <message>
        <source>Or restore the latest backup, from %1 (entries made after it are only in the damaged file).</source>
        <translation>Or restore the latest backup, from %1 (entries made after it are only in the damaged file).</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>Start a new store</source>
        <translation>Start a new store</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::StoreRestart</name>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>Restored %1. The data you had before was kept as %2.</source>
        <translation>Restored %1. The data you had before was kept as %2.</translation>
    </message>
    <message>
        <source>All entries, self-checks and backups were deleted.</source>
        <translation>All entries, self-checks and backups were deleted.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SummaryPage</name>
    <message>
        <source>Summary for your doctor</source>
        <translation>Summary for your doctor</translation>
    </message>
    <message>
        <source>A one-page summary a doctor can read in thirty seconds, followed by a chart and all your entries. Everything in it is marked as reported by you.</source>
        <translation>A one-page summary a doctor can read in thirty seconds, followed by a chart and all your entries. Everything in it is marked as reported by you.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>Last 2 weeks</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Choose dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>The doctor's language; it does not change the app's language.</source>
        <translation>The doctor's language; it does not change the app's language.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>About you (optional, printed on every page)</source>
        <translation>About you (optional, printed on every page)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Your questions for the doctor (kept for next time)</source>
        <translation>Your questions for the doctor (kept for next time)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Your entries as a spreadsheet file (CSV)</source>
        <translation>Your entries as a spreadsheet file (CSV)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation><numerusform>Saved %1 (%n page).</numerusform><numerusform>Saved %1 (%n pages).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation><numerusform>Exported %n entry to %1.</numerusform><numerusform>Exported %n entries to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation><numerusform>Imported %n entry.</numerusform><numerusform>Imported %n entries.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in your log, skipped.</source>
        <translation><numerusform>%n already in your log, skipped.</numerusform><numerusform>%n already in your log, skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems left out:</source>
        <translation><numerusform>%n row with problems left out:</numerusform><numerusform>%n rows with problems left out:</numerusform></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Print the summary</translation>
    </message>
    <message>
        <source>Export entries as CSV</source>
        <translation>Export entries as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import entries from CSV</source>
        <translation>Import entries from CSV</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Some rows cannot be imported, so nothing was imported yet. Import the other rows and leave these out?</source>
        <translation>Some rows cannot be imported, so nothing was imported yet. Import the other rows and leave these out?</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Report from</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>Printed on the summary; "—" means not given.</source>
        <translation>Printed on the summary; "—" means not given.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Writing the summary…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Exporting your entries…</source>
        <translation>Exporting your entries…</translation>
    </message>
    <message>
        <source>Importing entries…</source>
        <translation>Importing entries…</translation>
    </message>
    <message numerus="yes">
        <source>Sent the summary to %1 (%n page(s)).</source>
        <translation><numerusform>Sent the summary to %1 (%n page).</numerusform><numerusform>Sent the summary to %1 (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <source>Preview of page 1 (a saved PDF shows every page)</source>
        <translation>Preview of page 1 (a saved PDF shows every page)</translation>
    </message>
    <message>
        <source>Another job is still running; print again when it has finished.</source>
        <translation>Another job is still running; print again when it has finished.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>This last step cannot be stopped.</source>
        <translation>This last step cannot be stopped.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::TrendsPage</name>
    <message>
        <source>No entries between %1 and %2. Choose a longer range to see your earlier entries.</source>
        <translation>No entries between %1 and %2. Choose a longer range to see your earlier entries.</translation>
    </message>
    <message>
        <source>What came before the symptoms (entries naming each)</source>
        <translation>What came before the symptoms (entries naming each)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>What was tried (entries naming each)</source>
        <translation>What was tried (entries naming each)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Habits and soreness</source>
        <translation>Habits and soreness</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>What helped</translation>
    </message>
    <message>
        <source>No entry in this period says what was tried.</source>
        <translation>No entry in this period says what was tried.</translation>
    </message>
    <message>
        <source>Over more than a year, one point per week. Thin line: the highest rating of each week. Thick line: the 7-day average at the end of each week. Lines break where a week or more has no entries. ▲ marks a day with a red flag. Hover over a line to see the values.</source>
        <translation>Over more than a year, one point per week. Thin line: the highest rating of each week. Thick line: the 7-day average at the end of each week. Lines break where a week or more has no entries. ▲ marks a day with a red flag. Hover over a line to see the values.</translation>
    </message>
    <message>
        <source>Thin line: the highest rating of each day. Thick line: the 7-day average. Lines break where a week or more has no entries. ▲ marks a day with a red flag. Hover over a line to see the day's values.</source>
        <translation>Thin line: the highest rating of each day. Thick line: the 7-day average. Lines break where a week or more has no entries. ▲ marks a day with a red flag. Hover over a line to see the day's values.</translation>
    </message>
    <message>
        <source>Each point is one week, Monday to Sunday; a week only partly in the range stands apart. Weeks without entries are left out, not counted as zero.</source>
        <translation>Each point is one week, Monday to Sunday; a week only partly in the range stands apart. Weeks without entries are left out, not counted as zero.</translation>
    </message>
    <message>
        <source>How many entries in the chosen range name each item; one entry can name several. Hover over a bar for its share.</source>
        <translation>How many entries in the chosen range name each item; one entry can name several. Hover over a bar for its share.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Saved the chart to %1.</translation>
    </message>
    <message>
        <source>Could not save the chart to %1. Check that the folder exists and can be written to.</source>
        <translation>Could not save the chart to %1. Check that the folder exists and can be written to.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Your charts will appear here</source>
        <translation>Your charts will appear here</translation>
    </message>
    <message>
        <source>Once you log how your legs and back feel, this page shows how it changes over days, weeks and years. A few days of entries give the first picture; two weeks show a trend.</source>
        <translation>Once you log how your legs and back feel, this page shows how it changes over days, weeks and years. A few days of entries give the first picture; two weeks show a trend.</translation>
    </message>
    <message>
        <source>Log your first entry</source>
        <translation>Log your first entry</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 weeks</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Entries per week</source>
        <translation>Entries per week</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>What was tried</translation>
    </message>
    <message>
        <source>Side and leg regions</source>
        <translation>Side and leg regions</translation>
    </message>
    <message>
        <source>Habits and what helped</source>
        <translation>Habits and what helped</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::UnavailablePage</name>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 could not be opened</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>This part of SpineSignal is a separate file that could not be loaded. Your entries are not affected, and the other areas work as usual. If the reason below does not say what to do, reinstalling SpineSignal restores a missing or damaged file.</source>
        <translation>This part of SpineSignal is a separate file that could not be loaded. Your entries are not affected, and the other areas work as usual. If the reason below does not say what to do, reinstalling SpineSignal restores a missing or damaged file.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::WeeklyChart</name>
    <message>
        <source>Week of %1
%2 on %3</source>
        <translation>Week of %1
%2 on %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Only part of this week lies in the chosen range.</source>
        <translation>Only part of this week lies in the chosen range.</translation>
    </message>
    <message>
        <source>Entries per week</source>
        <translation>Entries per week</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
</context>
</TS>