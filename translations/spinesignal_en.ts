<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>DataLocation</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>The data folder %1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>The data folder %1 cannot be created.</translation>
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
        <source>The database %1 cannot be created (rename failed).</source>
        <translation>The database %1 cannot be created (rename failed).</translation>
    </message>
    <message>
        <source>the journal could not be switched to WAL</source>
        <translation>the journal could not be switched to WAL</translation>
    </message>
    <message>
        <source>The database %1 or its folder is read-only; SpineSignal needs to write to it.</source>
        <translation>The database %1 or its folder is read-only; SpineSignal needs to write to it.</translation>
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
        <source>The database %1 is damaged and cannot be read: %2</source>
        <translation>The database %1 is damaged and cannot be read: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SpineSignal (schema %2; this version understands up to %3). Update SpineSignal to open it; the file has not been changed.</source>
        <translation>The database %1 was written by a newer version of SpineSignal (schema %2; this version understands up to %3). Update SpineSignal to open it; the file has not been changed.</translation>
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
    <name>spinesignal::ui::CliSupport</name>
    <message>
        <source>--%1 %2 is not a real date in the form YYYY-MM-DD.</source>
        <translation>--%1 %2 is not a real date in the form YYYY-MM-DD.</translation>
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
</context>
<context>
    <name>spinesignal::ui::PlaceholderPage</name>
    <message>
        <source>This area is not available yet in this version of SpineSignal.</source>
        <translation>This area is not available yet in this version of SpineSignal.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <source>Why calves and feet can feel sore, heavy or weak when the lumbar spine is involved: the article, section by section, with illustrations.</source>
        <translation>Why calves and feet can feel sore, heavy or weak when the lumbar spine is involved: the article, section by section, with illustrations.</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>A short symptom checklist that gives guidance, never a diagnosis, and sends you to urgent care when a red flag is present.</source>
        <translation>A short symptom checklist that gives guidance, never a diagnosis, and sends you to urgent care when a red flag is present.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Record how your legs and back feel each day, in under thirty seconds.</source>
        <translation>Record how your legs and back feel each day, in under thirty seconds.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Charts of how your symptoms change over weeks and years.</source>
        <translation>Charts of how your symptoms change over weeks and years.</translation>
    </message>
    <message>
        <source>Doctor summary</source>
        <translation>Doctor summary</translation>
    </message>
    <message>
        <source>A one-page PDF summary for your doctor, printing and CSV export.</source>
        <translation>A one-page PDF summary for your doctor, printing and CSV export.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, text size, reminders and your data.</source>
        <translation>Language, text size, reminders and your data.</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::Startup</name>
    <message>
        <source>SpineSignal</source>
        <translation>SpineSignal</translation>
    </message>
</context>
</TS>