<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
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
        <source>for</source>
        <translation>for</translation>
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
    <name>spinesignal::ui::HistoryModel</name>
    <message>
        <source>Reading the history</source>
        <translation>Reading the history</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: no entries.</source>
        <translation>%1: no entries.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>worst %1 (%2)</source>
        <translation>worst %1 (%2)</translation>
    </message>
    <message>
        <source>with a warning sign</source>
        <translation>with a warning sign</translation>
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
    <name>spinesignal::ui::PlaceholderPage</name>
    <message>
        <source>This area is not available yet in this version of SpineSignal.</source>
        <translation>This area is not available yet in this version of SpineSignal.</translation>
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
</context>
<context>
    <name>spinesignal::ui::Startup</name>
    <message>
        <source>SpineSignal</source>
        <translation>SpineSignal</translation>
    </message>
</context>
</TS>