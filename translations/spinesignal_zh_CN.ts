<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerSet</name>
    <message>
        <source>%1 needs true or false, not %2</source>
        <translation>%1 需要 true 或 false，而不是 %2</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to 10, not %2</source>
        <translation>%1 需要 0 到 10 之间的整数，而不是 %2</translation>
    </message>
    <message>
        <source>%1 needs one of %2, not %3</source>
        <translation>%1 需要是 %2 之一，而不是 %3</translation>
    </message>
    <message>
        <source>Unknown question id(s): %1.</source>
        <translation>未知的问题编号：%1。</translation>
    </message>
    <message>
        <source>Wrong value(s): %1.</source>
        <translation>取值有误：%1。</translation>
    </message>
</context>
<context>
    <name>ArticleParser</name>
    <message>
        <source>%1, line %2: a second title ("# "); a section has exactly one.</source>
        <translation>%1 第 %2 行：出现了第二个标题（“# ”）；每一节只能有一个标题。</translation>
    </message>
    <message>
        <source>%1, line %2: write a reference as [[figure:id|caption]] or [[onward:target|label]].</source>
        <translation>%1 第 %2 行：引用请写成 [[figure:id|说明]] 或 [[onward:target|文字]]。</translation>
    </message>
    <message>
        <source>%1: a section needs a "# " title and an "@toc " short title.</source>
        <translation>%1：每一节都需要一个“# ”标题和一个“@toc ”短标题。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>无法创建文件 %1：%2。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2.</source>
        <translation>无法读取备份 %1：%2。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>无法写入文件 %1：%2。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written (is the disk full?): %2.</source>
        <translation>无法写入文件 %1（磁盘是否已满？）：%2。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (is the disk full?): %2</source>
        <translation>无法写入备份 %1（磁盘是否已满？）：%2</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of SpineSignal; update SpineSignal to restore it.</source>
        <translation>备份 %1 由更新版本的腰腿信号写入；请先更新腰腿信号再恢复。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored.</source>
        <translation>备份 %1 已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>The current database %1 cannot be moved aside; nothing was restored.</source>
        <translation>无法把当前数据库 %1 另存一旁；没有恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the current database was kept.</source>
        <translation>无法用备份替换 %1；当前数据库保持不变。</translation>
    </message>
    <message>
        <source>The file %1 cannot be deleted.</source>
        <translation>无法删除文件 %1。</translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <source>SpineSignal: learn why calves and feet can feel sore, heavy or weak, check your symptoms, keep a log and take a summary to your doctor. Education, not diagnosis.</source>
        <translation>腰腿信号：了解小腿和脚为什么会酸软、发沉或无力，自查症状，坚持记录，并把摘要带给医生。仅供健康教育，不作诊断。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Keep the data in DIR instead of the usual place (also: the SPINESIGNAL_DATA_DIR environment variable).</source>
        <translation>把数据保存在 DIR 目录，而不是默认位置（也可用环境变量 SPINESIGNAL_DATA_DIR）。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Show the main window, print the milliseconds from process start to its first paint, and exit (for start-up benchmarks).</source>
        <translation>显示主窗口，输出从进程启动到首次绘制所用的毫秒数，然后退出（用于启动性能测试）。</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>Give one command at a time.</source>
        <translation>一次只能给出一个命令。</translation>
    </message>
</context>
<context>
    <name>ContentCatalogue</name>
    <message>
        <source>There is no section "%1" in "%2".</source>
        <translation>“%2”中没有“%1”这一节。</translation>
    </message>
    <message>
        <source>The section file %1 is missing from this build; reinstall SpineSignal.</source>
        <translation>本版本缺少章节文件 %1；请重新安装腰腿信号。</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入 %1：%2。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. Nothing was saved under that name; check the free space.</source>
        <translation>写入 %1 失败：%2。该文件名下没有保存任何内容；请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2): swap the two dates.</source>
        <translation>时间段的开始日期（%1）晚于结束日期（%2）：请交换这两个日期。</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>column "%1": "%2" is not one of %3</source>
        <translation>“%1”列：“%2”不是以下值之一：%3</translation>
    </message>
    <message>
        <source>column "%1": "%2" is not a whole number</source>
        <translation>“%1”列：“%2”不是整数</translation>
    </message>
    <message>
        <source>column "when" is empty</source>
        <translation>“when”列为空</translation>
    </message>
    <message>
        <source>column "when": "%1" is not a date and time like 2024-03-05T10:30:00+01:00</source>
        <translation>“when”列：“%1”不是形如 2024-03-05T10:30:00+01:00 的日期时间</translation>
    </message>
    <message>
        <source>column "side": "%1" is not one of left, right, both (or empty)</source>
        <translation>“side”列：“%1”不是 left、right、both 之一（也可留空）</translation>
    </message>
    <message>
        <source>column "regions": "%1" is not a region such as left.calf_back</source>
        <translation>“regions”列：“%1”不是有效部位（例如 left.calf_back）</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet app as "CSV UTF-8" and import it again.</source>
        <translation>该文件不是 UTF-8 文本。请在表格软件中另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header row (%1).</source>
        <translation>文件是空的：第一行必须是表头（%1）。</translation>
    </message>
    <message>
        <source>line 1: unknown column "%1"; the columns are: %2</source>
        <translation>第 1 行：未知的列“%1”；可用的列为：%2</translation>
    </message>
    <message>
        <source>line 1: the column "%1" appears twice</source>
        <translation>第 1 行：列“%1”出现了两次</translation>
    </message>
    <message>
        <source>line 1: the column "when" is missing; the first row must be the header (%1)</source>
        <translation>第 1 行：缺少“when”列；第一行必须是表头（%1）</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2</source>
        <translation>有 %1 个单元格，但表头有 %2 列</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing was imported (fix them, or import the others with --skip-invalid):</source>
        <translation><numerusform>有 %n 行无法导入，因此没有导入任何记录（请修正这些行，或使用 --skip-invalid 只导入其余各行）：</numerusform></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the file name.</source>
        <translation>%1 不存在。请检查文件名。</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; that is not an entries file.</source>
        <translation>%1 超过 200 MB，不是记录文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>line %1: a quoted cell is never closed (a " is missing)</source>
        <translation>第 %1 行：带引号的单元格没有结束（缺少一个 "）</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>数据位置 %1 是一个文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created: %2.</source>
        <translation>无法创建数据文件夹 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 failed in the database %2: %3</source>
        <translation>数据库 %2 中的操作“%1”失败：%3</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2.</source>
        <translation>无法读取数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The database %1 is an empty file, not a SpineSignal database.</source>
        <translation>数据库 %1 是一个空文件，不是腰腿信号的数据库。</translation>
    </message>
    <message>
        <source>The file %1 is not a SpineSignal database (it is not an SQLite file).</source>
        <translation>文件 %1 不是腰腿信号的数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The database %1 is truncated (shorter than its header).</source>
        <translation>数据库 %1 已被截断（比文件头还短）。</translation>
    </message>
    <message>
        <source>The database %1 belongs to another application, not SpineSignal.</source>
        <translation>数据库 %1 属于其他应用程序，不是腰腿信号的数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2.</source>
        <translation>无法创建数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Creating the store</source>
        <translation>创建数据存储</translation>
    </message>
    <message>
        <source>the journal could not be switched to WAL</source>
        <translation>无法将日志模式切换为 WAL</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translation>升级数据存储</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1</source>
        <translation>将数据存储升级到第 %1 版</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SpineSignal (schema %2; this version understands up to %3). Update SpineSignal to open it; the file has not been changed.</source>
        <translation>数据库 %1 由更新版本的腰腿信号写入（结构版本 %2；本版本最高只支持 %3）。请更新腰腿信号后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <source>The disk is full. %1 did not happen, and the database %2 is unchanged. Free some disk space, then try again.</source>
        <translation>磁盘已满。“%1”未能完成，数据库 %2 没有改变。请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The database %2 cannot be written: it or its disk has become read-only. %1 did not happen and nothing was changed. Check the file's permissions and the disk, then try again.</source>
        <translation>无法写入数据库 %2：文件或所在磁盘已变为只读。“%1”未能完成，没有任何改动。请检查文件权限和磁盘后重试。</translation>
    </message>
    <message>
        <source>The disk reported an error. %1 did not happen, and the database %2 was not changed. The disk may be failing or was removed: check it, make a backup, then try again.</source>
        <translation>磁盘报告了错误。“%1”未能完成，数据库 %2 没有改变。磁盘可能出现故障或已被移除：请检查磁盘、做好备份后重试。</translation>
    </message>
    <message>
        <source>The database %2 is damaged. %1 did not happen. Restart SpineSignal: it will keep the damaged file aside and offer a backup or a new store.</source>
        <translation>数据库 %2 已损坏。“%1”未能完成。请重新启动腰腿信号：程序会把损坏的文件另行保留，并提供恢复备份或新建数据库的选项。</translation>
    </message>
    <message>
        <source>The database %2 is in use by another program (another SpineSignal?). %1 did not happen; close the other program and try again.</source>
        <translation>数据库 %2 正被其他程序使用（是否打开了另一个腰腿信号？）。“%1”未能完成；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The database %2 can no longer be opened (was its folder moved or removed?). %1 did not happen.</source>
        <translation>数据库 %2 已无法打开（所在文件夹是否被移动或删除？）。“%1”未能完成。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is not valid. SpineSignal has not changed it.</source>
        <translation>数据库 %1 已损坏：文件头无效。腰腿信号没有改动它。</translation>
    </message>
    <message>
        <source>The database %1 is truncated: it ends in the middle of its data. SpineSignal has not changed it.</source>
        <translation>数据库 %1 不完整：文件在数据中途截断。腰腿信号没有改动它。</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, but SpineSignal needs to write its store there. Make the folder writable again or choose another data folder (--data-dir).</source>
        <translation>数据文件夹 %1 是只读的，但腰腿信号需要在其中写入数据库。请恢复该文件夹的写入权限，或选择其他数据文件夹（--data-dir）。</translation>
    </message>
    <message>
        <source>The database %1 is read-only, but SpineSignal needs to write to it. Make the file writable again (for example: chmod u+w); it has not been changed.</source>
        <translation>数据库 %1 是只读的，但腰腿信号需要写入它。请恢复该文件的写入权限（例如：chmod u+w）；文件未被改动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). SpineSignal has not changed it.</source>
        <translation>数据库 %1 已损坏，无法读取（%2）。腰腿信号没有改动它。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). SpineSignal has not changed it.</source>
        <translation>数据库 %1 已损坏（%2）。腰腿信号没有改动它。</translation>
    </message>
</context>
<context>
    <name>DayAggregator</name>
    <message>
        <source>Summarising entries by day</source>
        <translation>按天汇总记录</translation>
    </message>
</context>
<context>
    <name>EpisodeMapping</name>
    <message>
        <source>Self-check result: %1.</source>
        <translation>自查结果：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>%1: %2 of 10 (%3)</source>
        <translation>%1：%2/10（%3）</translation>
    </message>
    <message>
        <source>Side: %1</source>
        <translation>侧别：%1</translation>
    </message>
    <message>
        <source>Triggers: %1</source>
        <translation>诱因：%1</translation>
    </message>
    <message>
        <source>Red flags: none</source>
        <translation>危险信号：无</translation>
    </message>
    <message>
        <source>Red flags: %1</source>
        <translation>危险信号：%1</translation>
    </message>
    <message>
        <source>Note:
%1</source>
        <translation>备注：
%1</translation>
    </message>
</context>
<context>
    <name>EpisodeValidator</name>
    <message>
        <source>soreness</source>
        <translation>酸软</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>麻木</translation>
    </message>
    <message>
        <source>radiating pain</source>
        <translation>放射痛</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>无力</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>腰痛</translation>
    </message>
    <message>
        <source>%1 must be between 0 and %2 (got %3).</source>
        <translation>%1 必须在 0 到 %2 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>The date and time are missing or not a real date.</source>
        <translation>日期和时间缺失，或不是一个真实存在的日期。</translation>
    </message>
    <message>
        <source>The time %1 is in the future; entries can only be made for now or the past.</source>
        <translation>时间 %1 在未来；只能记录现在或过去的情况。</translation>
    </message>
    <message>
        <source>The date %1 is before 1900.</source>
        <translation>日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The %1 intensity must be between 0 and 10 (got %2).</source>
        <translation>%1 的程度必须在 0 到 10 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>The side is not one of left, right or both.</source>
        <translation>侧别必须是左侧、右侧或双侧之一。</translation>
    </message>
    <message>
        <source>A trigger is not one of the known triggers.</source>
        <translation>有一项诱因不在已知诱因之列。</translation>
    </message>
    <message>
        <source>A "what helped" value is not one of the known measures.</source>
        <translation>有一项“缓解方式”不在已知方式之列。</translation>
    </message>
    <message>
        <source>A red flag is not one of the known red flags.</source>
        <translation>有一项危险信号不在已知危险信号之列。</translation>
    </message>
    <message>
        <source>A leg region is not one of the known regions.</source>
        <translation>有一个腿部部位不在已知部位之列。</translation>
    </message>
    <message>
        <source>How long it lasted cannot be negative (got %1 minutes).</source>
        <translation>持续时间不能为负数（当前为 %1 分钟）。</translation>
    </message>
    <message>
        <source>How long it lasted (minutes)</source>
        <translation>持续时间（分钟）</translation>
    </message>
    <message>
        <source>Minutes of sitting</source>
        <translation>久坐时长（分钟）</translation>
    </message>
    <message>
        <source>Sit breaks</source>
        <translation>起身活动次数</translation>
    </message>
    <message>
        <source>Swallow exercise (小燕飞) sets</source>
        <translation>小燕飞组数</translation>
    </message>
    <message>
        <source>Five-point bridge (五点支撑) sets</source>
        <translation>五点支撑组数</translation>
    </message>
    <message>
        <source>Walking minutes</source>
        <translation>步行时长（分钟）</translation>
    </message>
    <message>
        <source>The note is %1 characters long; the limit is %2. Shorten it and save again — nothing has been cut.</source>
        <translation>备注有 %1 个字符，上限为 %2。请缩短后再保存——内容没有被截断。</translation>
    </message>
    <message>
        <source>Nothing is recorded in this entry: give at least one intensity, a side, a region, a trigger, a habit or a note.</source>
        <translation>这条记录没有任何内容：请至少填写一项程度、侧别、部位、诱因、习惯或备注。</translation>
    </message>
    <message>
        <source>The note contains a broken character at position %1 (half of an emoji or symbol). Delete it and save again.</source>
        <translation>备注第 %1 个字符已损坏（是半个表情符号或符号）。请删除它后再保存。</translation>
    </message>
</context>
<context>
    <name>ExportCsvCommand</name>
    <message>
        <source>Write the entries (all, or --from/--to) as CSV to FILE and exit.</source>
        <translation>将记录（全部，或 --from/--to 之间的）导出为 CSV 文件 FILE，然后退出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation><numerusform>已将 %n 条记录导出到 %1。</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message>
        <source>Write the doctor summary as a PDF to FILE (language from --lang) and exit.</source>
        <translation>将给医生的摘要保存为 PDF 文件 FILE（语言由 --lang 指定），然后退出。</translation>
    </message>
    <message>
        <source>With --export-pdf or --export-csv: first day, YYYY-MM-DD.</source>
        <translation>与 --export-pdf 或 --export-csv 一起使用：起始日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>With --export-pdf or --export-csv: last day, YYYY-MM-DD.</source>
        <translation>与 --export-pdf 或 --export-csv 一起使用：结束日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>With --export-pdf: paper size, A4 (default) or Letter.</source>
        <translation>与 --export-pdf 一起使用：纸张大小，A4（默认）或 Letter。</translation>
    </message>
    <message>
        <source>--paper %1 is not a paper size: use A4 or Letter.</source>
        <translation>--paper %1 不是有效的纸张大小：请使用 A4 或 Letter。</translation>
    </message>
    <message>
        <source>--export-pdf needs a file name.</source>
        <translation>--export-pdf 需要一个文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 pages, %n entries, %3 to %4).</source>
        <translation><numerusform>已写入 %1（%2 页，%n 条记录，%3 至 %4）。</numerusform></translation>
    </message>
</context>
<context>
    <name>FrequencyCounter</name>
    <message>
        <source>Counting triggers and regions</source>
        <translation>统计诱因和部位</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>Import entries from a CSV file in the export format and exit. Any bad row stops the whole import unless --skip-invalid is given.</source>
        <translation>从导出格式的 CSV 文件导入记录，然后退出。只要有一行有误，就不会导入任何记录，除非使用 --skip-invalid。</translation>
    </message>
    <message>
        <source>With --import-csv: import the good rows and list the bad ones.</source>
        <translation>与 --import-csv 一起使用：导入正确的行，并列出有误的行。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries from %1</source>
        <translation><numerusform>已从 %1 导入 %n 条记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation><numerusform>跳过 %n 条重复记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped.</source>
        <translation><numerusform>跳过 %n 行有误的数据。</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Soreness</source>
        <translation>酸软</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>麻木</translation>
    </message>
    <message>
        <source>Radiating pain</source>
        <translation>放射痛</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>无力</translation>
    </message>
    <message>
        <source>Low back pain</source>
        <translation>腰痛</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>双侧</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>左腿</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>右腿</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>臀部</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>大腿前侧</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>大腿后侧</translation>
    </message>
    <message>
        <source>Outer thigh</source>
        <translation>大腿外侧</translation>
    </message>
    <message>
        <source>Inner shin</source>
        <translation>小腿内侧</translation>
    </message>
    <message>
        <source>Outer shin</source>
        <translation>小腿外侧</translation>
    </message>
    <message>
        <source>Back of calf</source>
        <translation>小腿后侧（小腿肚）</translation>
    </message>
    <message>
        <source>Top of foot</source>
        <translation>足背</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>大脚趾</translation>
    </message>
    <message>
        <source>Sole</source>
        <translation>足底</translation>
    </message>
    <message>
        <source>Heel</source>
        <translation>足跟</translation>
    </message>
    <message>
        <source>Outer edge of foot and little toe</source>
        <translation>足外侧缘和小脚趾</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Long sitting</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>走路</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>久站</translation>
    </message>
    <message>
        <source>After sleep</source>
        <translation>睡醒后</translation>
    </message>
    <message>
        <source>Lifting</source>
        <translation>搬重物</translation>
    </message>
    <message>
        <source>Weather change</source>
        <translation>天气变化</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>劳累</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热敷</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Back exercises</source>
        <translation>腰背肌锻炼</translation>
    </message>
    <message>
        <source>Medicine as prescribed</source>
        <translation>遵医嘱用药</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>按摩</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>理疗</translation>
    </message>
    <message>
        <source>Nothing helped</source>
        <translation>都没有缓解</translation>
    </message>
    <message>
        <source>New trouble passing urine or controlling bladder or bowels, or new sexual dysfunction</source>
        <translation>新出现的排尿困难、大小便失禁或控制不住，或新出现的性功能障碍</translation>
    </message>
    <message>
        <source>Numbness in the saddle area (genitals, anus, inner thighs)</source>
        <translation>会阴部（马鞍区：外生殖器、肛门周围、大腿内侧）麻木</translation>
    </message>
    <message>
        <source>Leg symptoms that have spread to both legs within the last two weeks</source>
        <translation>最近两周内腿部症状扩展到了双腿</translation>
    </message>
    <message>
        <source>Weakness getting worse, or foot drop (the foot slaps or the toes catch)</source>
        <translation>无力越来越重，或出现足下垂（走路时脚掌拍地、脚尖绊地）</translation>
    </message>
    <message>
        <source>Leg muscles visibly wasting</source>
        <translation>腿部肌肉明显萎缩变细</translation>
    </message>
    <message>
        <source>One calf swollen, warm, red or tender</source>
        <translation>一侧小腿肿胀、发热、发红或有压痛</translation>
    </message>
    <message>
        <source>Fever or unexplained weight loss with back pain</source>
        <translation>腰痛伴发热，或不明原因的体重下降</translation>
    </message>
    <message>
        <source>Go to an emergency department now. Together with back or leg symptoms this can mean pressure on the nerves at the lower end of the spinal canal (cauda equina syndrome), which needs treatment within hours.</source>
        <translation>请立即去医院急诊。伴有腰腿症状时，这可能意味着椎管下端的神经受压（马尾综合征），需要在数小时内处理。</translation>
    </message>
    <message>
        <source>Go to an emergency department now. One swollen, warm, red or tender calf can be a blood clot in a deep vein, especially in pregnancy or after a long journey. Do not massage the leg.</source>
        <translation>请立即去医院急诊。一侧小腿肿胀、发热、发红或有压痛，可能是深静脉血栓，孕期或长途旅行后尤其要警惕。不要按摩这条腿。</translation>
    </message>
    <message>
        <source>See a doctor today (orthopaedics or neurology, or an emergency department out of hours). Spreading or worsening weakness can mean the nerves are being damaged, and early treatment protects them.</source>
        <translation>请今天就医（骨科或神经内科；非工作时间请去急诊）。症状扩展或无力加重可能意味着神经正在受损，及早治疗能保护神经。</translation>
    </message>
    <message>
        <source>See a doctor today. Fever or unexplained weight loss together with back pain needs to be checked for infection or other serious causes.</source>
        <translation>请今天就医。腰痛伴发热或不明原因的体重下降，需要检查是否有感染或其他严重原因。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>轻度</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中度</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>重度</translation>
    </message>
</context>
<context>
    <name>LearnLinks</name>
    <message>
        <source>Worse after sitting: the 40-minute rule</source>
        <translation>久坐后加重：40 分钟起身原则</translation>
    </message>
    <message>
        <source>Numbness or weakness: how a pressed nerve root causes it</source>
        <translation>麻木或无力：神经根受压是怎么引起的</translation>
    </message>
    <message>
        <source>Worse with weather or fatigue: inflammation round the nerve</source>
        <translation>天气变化或劳累时加重：神经周围的炎症刺激</translation>
    </message>
</context>
<context>
    <name>LegMapPainter</name>
    <message>
        <source>Usual territory only: where it hurts does not pin down which level is affected. Many confirmed L5 compressions are felt outside the textbook L5 area. Education, not a diagnosis.</source>
        <translation>仅为通常的分布范围：哪里不舒服，并不能确定是哪一节受累。许多确诊的 L5 受压，症状出现在教科书所说的 L5 区域之外。仅供健康教育，不作诊断。</translation>
    </message>
    <message>
        <source>Times marked:</source>
        <translation>标记次数：</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>usually %1</source>
        <translation>通常为 %1</translation>
    </message>
    <message>
        <source>Front view</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back view</source>
        <translation>背面</translation>
    </message>
</context>
<context>
    <name>ReliefAnalyzer</name>
    <message>
        <source>Reading what helped</source>
        <translation>读取“什么有帮助”</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>none noted</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation><numerusform>%1（共 %n 天）</numerusform></translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>记录天数</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 days (%n entries)</source>
        <translation><numerusform>%2 天中有 %1 天（共 %n 条记录）</numerusform></translation>
    </message>
    <message>
        <source>Days with leg symptoms</source>
        <translation>有腿部症状的天数</translation>
    </message>
    <message>
        <source>%1 of %2 logged days (%3%)</source>
        <translation>记录的 %2 天中有 %1 天（%3%）</translation>
    </message>
    <message>
        <source>Medicine days</source>
        <translation>用药天数</translation>
    </message>
    <message>
        <source>%1 of %2 logged days (medicine as prescribed)</source>
        <translation>记录的 %2 天中有 %1 天（遵医嘱用药）</translation>
    </message>
    <message>
        <source>Leg symptoms overall</source>
        <translation>腿部症状总体</translation>
    </message>
    <message>
        <source>: daily worst leg rating %1 in the first 14 days, %2 in the last 14 days</source>
        <translation>：每日腿部最高评分，前 14 天平均 %1，最近 14 天平均 %2</translation>
    </message>
    <message>
        <source>Symptom (0–10)</source>
        <translation>症状（0–10 分）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Worst (first on)</source>
        <translation>最高（首次日期）</translation>
    </message>
    <message>
        <source>First 14 days
%1</source>
        <translation>前 14 天
%1</translation>
    </message>
    <message>
        <source>Last 14 days
%1</source>
        <translation>最近 14 天
%1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>腿部</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>腰部</translation>
    </message>
    <message>
        <source>Better or worse means the last-14-day average differs from the first-14-day average by at least 1 point (at least 2 ratings in each).</source>
        <translation>“好转”或“加重”指最近 14 天的平均分与前 14 天相差至少 1 分（两段各至少有 2 次评分）。</translation>
    </message>
    <message>
        <source>The period is shorter than 28 days, so the two windows overlap.</source>
        <translation>时间段不足 28 天，因此两段时间有重叠。</translation>
    </message>
    <message>
        <source>None reported in this period.</source>
        <translation>此时间段内未报告。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>另有 %n 次</numerusform></translation>
    </message>
    <message>
        <source>Side (entries)</source>
        <translation>侧别（记录条数）</translation>
    </message>
    <message>
        <source>Most marked regions (entries)</source>
        <translation>最常标记的部位（记录条数）</translation>
    </message>
    <message>
        <source>Most common triggers (entries)</source>
        <translation>最常见的诱因（记录条数）</translation>
    </message>
    <message>
        <source>Nothing noted.</source>
        <translation>未记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries</source>
        <translation><numerusform>%1：%n 条记录</numerusform></translation>
    </message>
    <message>
        <source>(next entry that day lower in %1 of %2)</source>
        <translation>（当天下一条记录评分更低：%2 次中有 %1 次）</translation>
    </message>
    <message>
        <source>No questions written down.</source>
        <translation>没有写下问题。</translation>
    </message>
    <message>
        <source>Leg and back symptoms: summary for the doctor</source>
        <translation>腰腿症状：给医生的摘要</translation>
    </message>
    <message>
        <source>Self-reported by the patient</source>
        <translation>患者自行记录</translation>
    </message>
    <message>
        <source>Self-reported ratings (0–10) kept with SpineSignal, an education app. Not a diagnosis and no substitute for examination.</source>
        <translation>以上为患者用“腰腿信号”（健康科普应用）自行记录的评分（0–10 分），不是诊断，不能代替医生检查。</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>时间段 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Daily worst rating per symptom (0–10, self-reported)</source>
        <translation>各症状每日最高评分（0–10 分，患者自评）</translation>
    </message>
    <message>
        <source>One point per logged day; days without a rating are left out, so lines join across gaps.</source>
        <translation>每个记录日一个点；没有评分的日子不画点，折线会跨过这些空缺相连。</translation>
    </message>
    <message>
        <source>Where the symptoms were felt (self-reported)</source>
        <translation>症状出现的部位（患者自述）</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>此时间段内没有记录。</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>好转</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>大致不变</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>加重</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>出生年份：%1</translation>
    </message>
    <message>
        <source>Intensity, leg and back apart</source>
        <translation>症状强度（腿部与腰部分列）</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>部位与诱因</translation>
    </message>
    <message>
        <source>What was tried or helped</source>
        <translation>尝试过或有帮助的方法</translation>
    </message>
    <message>
        <source>The patient's questions</source>
        <translation>患者想问的问题</translation>
    </message>
    <message>
        <source>No regions marked in this period.</source>
        <translation>此时间段内没有标记部位。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Usual root (textbook)</source>
        <translation>常见对应神经根（教科书）</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Where it is felt does not pin down which nerve root is affected.</source>
        <translation>症状出现的部位并不能确定是哪一条神经根受累。</translation>
    </message>
    <message numerus="yes">
        <source>All entries in the period (%n, self-reported)</source>
        <translation><numerusform>此时间段内的全部记录（%n 条，患者自行记录）</numerusform></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>哪一侧</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>诱因</translation>
    </message>
    <message>
        <source>Tried or helped</source>
        <translation>尝试/有帮助</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>sat %1 min</source>
        <translation>久坐 %1 分钟</translation>
    </message>
    <message>
        <source>[shortened here; the full note is in the CSV export]</source>
        <translation>[此处已缩短；完整备注见 CSV 导出文件]</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Add DAYS days of made-up sample entries, ending today, to the data directory (for trying out the charts).</source>
        <translation>向数据目录添加截至今天、共 DAYS 天的虚构示例记录（用于试用图表）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Seed for --generate-sample-data (the same seed gives the same entries).</source>
        <translation>--generate-sample-data 的随机种子（相同的种子生成相同的记录）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--generate-sample-data %1: give a whole number of days from 1 to %2.</source>
        <translation>--generate-sample-data %1：请给出 1 到 %2 之间的整数天数。</translation>
    </message>
    <message>
        <source>--sample-seed %1: give a whole number of 0 or more.</source>
        <translation>--sample-seed %1：请给出大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Added %1 sample entries for the last %2 days to %3.</source>
        <translation>已向 %3 添加最近 %2 天的 %1 条示例记录。</translation>
    </message>
</context>
<context>
    <name>SelfCheckCommand</name>
    <message>
        <source>Run the self-check on the answers in FILE (a JSON object: question id → value) and print the result as JSON.</source>
        <translation>用 FILE 中的答案运行自查（JSON 对象：问题编号 → 答案），并以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>无法读取答案文件 %1：%2</translation>
    </message>
    <message>
        <source>The answers file %1 is not a JSON object of question ids and answers (%2).</source>
        <translation>答案文件 %1 不是由问题编号和答案组成的 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The answers file %1 has problems: %2</source>
        <translation>答案文件 %1 有问题：%2</translation>
    </message>
    <message>
        <source>Guidance for education, not a diagnosis.</source>
        <translation>仅供健康教育参考，不作诊断。</translation>
    </message>
</context>
<context>
    <name>SelfCheckStore</name>
    <message>
        <source>Saving the self-check</source>
        <translation>保存自查结果</translation>
    </message>
    <message>
        <source>Reading the self-checks</source>
        <translation>读取自查记录</translation>
    </message>
</context>
<context>
    <name>SelfCheckTexts</name>
    <message>
        <source>Seek medical care today</source>
        <translation>请今天就医</translation>
    </message>
    <message>
        <source>See a doctor</source>
        <translation>建议就医</translation>
    </message>
    <message>
        <source>Self-care and watch</source>
        <translation>自我调理，继续观察</translation>
    </message>
    <message>
        <source>Not enough answers yet</source>
        <translation>回答还不够</translation>
    </message>
    <message>
        <source>You answered yes to a warning sign. Please do not wait for it to pass: get medical care today, as described below.</source>
        <translation>您对一项危险信号回答了“是”。请不要等它自行好转，今天就按下面的说明就医。</translation>
    </message>
    <message>
        <source>Your answers suggest having this checked by a doctor. It is not an emergency, but do make an appointment rather than wait and see.</source>
        <translation>根据您的回答，建议请医生检查。这不是急症，但请预约就诊，不要只是等等看。</translation>
    </message>
    <message>
        <source>Your answers do not point to a problem that needs a doctor now. Look after your back, and keep a log for two weeks to see how it goes.</source>
        <translation>根据您的回答，目前没有需要马上就医的迹象。请注意保护腰椎，并连续记录两周，观察变化。</translation>
    </message>
    <message>
        <source>There is not enough to go on yet, so there is no result.</source>
        <translation>目前信息还不够，因此暂不给出结果。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>StoreRescue</name>
    <message>
        <source>The damaged database %1 cannot be moved aside to %2: %3.</source>
        <translation>无法把损坏的数据库 %1 移到 %2：%3。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1: %2.</source>
        <translation>无法用备份替换 %1：%2。</translation>
    </message>
</context>
<context>
    <name>SummaryBuilder</name>
    <message>
        <source>The period starts (%1) after it ends (%2): swap the two dates.</source>
        <translation>时间段的开始日期（%1）晚于结束日期（%2）：请交换这两个日期。</translation>
    </message>
</context>
<context>
    <name>SummaryJobs</name>
    <message>
        <source>The printer "%1" reported an error; check it and print again.</source>
        <translation>打印机“%1”报告了错误；请检查打印机后重新打印。</translation>
    </message>
    <message numerus="yes">
        <source>The pages chosen are not in the summary, which has %n page(s).</source>
        <translation><numerusform>所选页面不在摘要中；摘要共 %n 页。</numerusform></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
</context>
<context>
    <name>TrendText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n周</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n个月</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n年</numerusform></translation>
    </message>
    <message>
        <source>%1: not enough data yet for a trend (%2 with ratings; at least %3 needed).</source>
        <translation>%1：数据还不够，暂时看不出趋势（有评分的天数：%2；至少需要 %3 天）。</translation>
    </message>
    <message>
        <source>%1 has eased over the last %2: average %3 → %4</source>
        <translation>%1在最近%2有所减轻：平均 %3 → %4</translation>
    </message>
    <message>
        <source>%1 has got worse over the last %2: average %3 → %4</source>
        <translation>%1在最近%2有所加重：平均 %3 → %4</translation>
    </message>
    <message>
        <source>%1 has stayed about the same over the last %2: average %3 → %4</source>
        <translation>%1在最近%2大致持平：平均 %3 → %4</translation>
    </message>
    <message>
        <source>%1 eased between %2 and %3: average %4 → %5</source>
        <translation>%1在 %2 至 %3 期间有所减轻：平均 %4 → %5</translation>
    </message>
    <message>
        <source>%1 got worse between %2 and %3: average %4 → %5</source>
        <translation>%1在 %2 至 %3 期间有所加重：平均 %4 → %5</translation>
    </message>
    <message>
        <source>%1 stayed about the same between %2 and %3: average %4 → %5</source>
        <translation>%1在 %2 至 %3 期间大致持平：平均 %4 → %5</translation>
    </message>
    <message>
        <source>Sit breaks and %1: not enough days yet to compare (%2 with %3 or more breaks, %4 with fewer; at least %5 each are needed).</source>
        <translation>起身休息与%1：天数还不够，暂不比较（休息 %3 次及以上的有%2，较少的有%4；两边各需至少 %5 天）。</translation>
    </message>
    <message>
        <source>Exercises and %1: not enough days yet to compare (%2 with %3 or more sets, %4 with fewer; at least %5 each are needed).</source>
        <translation>锻炼与%1：天数还不够，暂不比较（锻炼 %3 组及以上的有%2，较少的有%4；两边各需至少 %5 天）。</translation>
    </message>
    <message>
        <source>On the %1 with %2 or more sit breaks, %3 averaged %4; on the other %5 with entries it averaged %6.</source>
        <translation>在起身休息 %2 次及以上的%1里，%3平均为 %4；在其余有记录的%5里，平均为 %6。</translation>
    </message>
    <message>
        <source>On the %1 with %2 or more sets of back exercises (swallow 小燕飞, five-point bridge 五点支撑), %3 averaged %4; on the other %5 with entries it averaged %6.</source>
        <translation>在做了 %2 组及以上腰背锻炼（小燕飞、五点支撑）的%1里，%3平均为 %4；在其余有记录的%5里，平均为 %6。</translation>
    </message>
    <message numerus="yes">
        <source>tried %n time(s)</source>
        <translation><numerusform>尝试过 %n 次</numerusform></translation>
    </message>
    <message>
        <source>%1: %2; too few later entries on the same day to compare (%3, at least %4 needed).</source>
        <translation>%1：%2；当天之后的记录太少，暂不比较（现有 %3 次，至少需要 %4 次）。</translation>
    </message>
    <message>
        <source>%1: %2. Compared with the next entry that day (%3), its highest rating was lower %4, the same %5 and higher %6; average change %7.</source>
        <translation>%1：%2。与当天下一条记录相比（%3），最高评分更低 %4 次、相同 %5 次、更高 %6 次；平均变化 %7。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n 次</numerusform></translation>
    </message>
    <message>
        <source>These comparisons describe your own log. They are observations, not proof that one thing causes another.</source>
        <translation>这些比较只描述您自己的记录，是观察结果，不能证明两者之间有因果关系。</translation>
    </message>
</context>
<context>
    <name>spinesignal::CheckResult</name>
    <message>
        <source>Some answers contradict each other; please check them.</source>
        <translation>有些答案相互矛盾，请检查。</translation>
    </message>
    <message>
        <source>Answer at least: %1</source>
        <translation>请至少回答：%1</translation>
    </message>
</context>
<context>
    <name>spinesignal::EpisodeRepository</name>
    <message>
        <source>Saving the entry</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>The entry %1 no longer exists.</source>
        <translation>记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>Deleting the entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Reading entries</source>
        <translation>读取记录</translation>
    </message>
    <message>
        <source>Counting entries</source>
        <translation>统计记录</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ArticleLinks</name>
    <message>
        <source>A health alarm</source>
        <translation>健康警报</translation>
    </message>
    <message>
        <source>What a herniated disc is</source>
        <translation>什么是腰椎间盘突出症</translation>
    </message>
    <message>
        <source>Why calves get sore</source>
        <translation>小腿为何酸软</translation>
    </message>
    <message>
        <source>Nerve compression</source>
        <translation>神经受压</translation>
    </message>
    <message>
        <source>Poor circulation</source>
        <translation>血液循环障碍</translation>
    </message>
    <message>
        <source>Inflammation</source>
        <translation>炎症刺激</translation>
    </message>
    <message>
        <source>Three common myths</source>
        <translation>三个常见误区</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>常见疑问</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>预防</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊人群</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>何时就医</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ArticleView</name>
    <message>
        <source>Illustration</source>
        <translation>插图</translation>
    </message>
    <message>
        <source>Seek medical care today if you notice any of these:</source>
        <translation>如果出现以下任何一种情况，请今天就去医院：</translation>
    </message>
    <message>
        <source>go to an emergency department now</source>
        <translation>请立即去急诊</translation>
    </message>
    <message>
        <source>Where to go from here</source>
        <translation>接下来可以做什么</translation>
    </message>
    <message>
        <source>Education, not diagnosis: this page explains a possible cause; only a doctor can tell what causes your symptoms.</source>
        <translation>仅供健康教育，不作诊断：本页讲解一种可能的原因；症状究竟由什么引起，只有医生才能判断。</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>解答</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ChartPages</name>
    <message>
        <source>%1 is in none of these folders: %2</source>
        <translation>以下文件夹中都没有 %1：%2</translation>
    </message>
    <message>
        <source>The module loaded but has no page for this area.</source>
        <translation>模块已加载，但其中没有这个功能区的页面。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>SpineSignal was updated while it was running (this window is version %1, the installed pages are version %2). Quit SpineSignal and start it again.</source>
        <translation>腰腿信号在运行期间已被更新（此窗口为 %1 版，已安装的页面为 %2 版）。请退出腰腿信号后重新启动。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::CirculationCanvas</name>
    <message>
        <source>Blood circulation</source>
        <translation>血液循环障碍</translation>
    </message>
    <message>
        <source>Herniated disc: the bulging nucleus squeezes a small artery branch next to the nerve root. Past the squeeze, blood flows more slowly and less of it reaches the calf. The calf muscle, which needs much oxygen and nutrients, runs short and feels sore and weak, more so after long sitting.</source>
        <translation>椎间盘突出：突出的髓核挤压神经根旁的一支小动脉分支。受挤压处以下血流变慢，到达小腿的血液减少。小腿肌肉对氧气和营养的需求较高，供血不足时就会出现酸软、乏力，久坐后更明显。</translation>
    </message>
    <message>
        <source>Healthy disc: a small artery branch (red) runs beside the nerve root (yellow) and carries blood with oxygen and nutrients down the leg to the calf muscle; a vein (blue) carries it back.</source>
        <translation>健康的椎间盘：一支小动脉分支（红色）伴随神经根（黄色）走行，把富含氧气和营养的血液沿下肢输送到小腿肌肉；静脉（蓝色）再把血液运回。</translation>
    </message>
    <message>
        <source>Artery branch:
blood to the calf</source>
        <translation>动脉分支：
为小腿供血</translation>
    </message>
    <message>
        <source>Vein</source>
        <translation>静脉</translation>
    </message>
    <message>
        <source>Calf muscle</source>
        <translation>小腿肌肉</translation>
    </message>
    <message>
        <source>Artery branch
squeezed</source>
        <translation>动脉分支
受挤压</translation>
    </message>
    <message>
        <source>Less oxygen and nutrients</source>
        <translation>氧气、营养
供应不足</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::CliSupport</name>
    <message>
        <source>--%1 %2 is not a real date in the form YYYY-MM-DD.</source>
        <translation>--%1 %2 不是 YYYY-MM-DD 格式的真实日期。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::DataSettingsBox</name>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>恢复前保留的</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Restore the backup from %1?

Your current data is not lost: it is kept as a backup first, and you can restore it the same way.</source>
        <translation>要恢复 %1 的备份吗？

当前的数据不会丢失：会先另存为一份备份，之后也可以用同样的方法恢复回来。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>This permanently deletes from this computer:
• %1 log entries and %2 self-check results (the database %3)
• %4 backups in %5
• your name and birth year

Language, text size and reminder settings stay. This cannot be undone.</source>
        <translation>这将从本机永久删除：
• %1 条记录和 %2 次自查结果（数据库 %3）
• %5 中的 %4 份备份
• 您填写的姓名和出生年份

语言、字号和提醒设置会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>删除全部数据</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>Your data is stored only on this computer, in %1</source>
        <translation>您的数据只保存在本机：%1</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Opens the data folder in the file manager.</source>
        <translation>在文件管理器中打开数据文件夹。</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>Saves a complete copy of your data in the backups folder.</source>
        <translation>把数据完整复制一份，保存到备份文件夹。</translation>
    </message>
    <message>
        <source>&amp;Automatic daily backup</source>
        <translation>每天自动备份(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;keep the last</source>
        <translation>保留最近(&amp;K)</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>保留的自动备份份数</translation>
    </message>
    <message>
        <source>Backups (newest first):</source>
        <translation>备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Replaces the current data with the selected backup, after keeping a copy of the current data.</source>
        <translation>先保留当前数据的副本，再用所选备份替换当前数据。</translation>
    </message>
    <message>
        <source>&amp;Delete all data…</source>
        <translation>删除全部数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Deletes every entry, self-check and backup after asking.</source>
        <translation>确认后删除所有记录、自查结果和备份。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>正在备份您的数据…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::EntryCommand</name>
    <message>
        <source>add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <source>delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>edit entry</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::EntryForm</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Date and time of the entry</source>
        <translation>记录的日期和时间</translation>
    </message>
    <message>
        <source>How strong? (0 = none, 10 = worst imaginable)</source>
        <translation>有多重？（0 = 没有，10 = 能想象到的最重）</translation>
    </message>
    <message>
        <source>Type a number or use the arrow keys; leave a row empty if you did not notice it.</source>
        <translation>输入数字或用方向键选择；没有留意到的项目可以空着。</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>哪一侧</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Click the places where you feel it, or use the arrow keys and Space.</source>
        <translation>点击有感觉的部位，或用方向键移动、空格键标记。</translation>
    </message>
    <message>
        <source>Show where L4, L5 and S1 are usually felt</source>
        <translation>显示 L4、L5、S1 通常的感觉区域</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>诱因</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes of sitting</source>
        <translation>久坐时长（分钟）</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>持续了多久</translation>
    </message>
    <message>
        <source>What helped (or was tried)</source>
        <translation>什么有帮助（或尝试过什么）</translation>
    </message>
    <message>
        <source>Habits today</source>
        <translation>今天的好习惯</translation>
    </message>
    <message>
        <source>Sit breaks</source>
        <translation>起身活动次数</translation>
    </message>
    <message>
        <source>小燕飞 (swallow) sets</source>
        <translation>小燕飞（组）</translation>
    </message>
    <message>
        <source>五点支撑 (five-point bridge) sets</source>
        <translation>五点支撑（组）</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>走路</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Tick only what is present now. Any one of these needs a doctor today.</source>
        <translation>只勾选目前确实存在的情况。出现其中任何一项，都需要今天就医。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Anything else: what you did, how you slept, questions for the doctor…</source>
        <translation>其他情况：做了什么、睡得怎样、想问医生的问题……</translation>
    </message>
    <message>
        <source>%1 / %2 characters — too long: shorten it by %3 to save</source>
        <translation>%1 / %2 字 — 太长了：再删减 %3 字才能保存</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>sat for</source>
        <translation>坐了</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ExerciseCanvas</name>
    <message>
        <source>“Little swallow” (小燕飞), step by step</source>
        <translation>小燕飞：分步示意</translation>
    </message>
    <message>
        <source>“Five-point support” (五点支撑), step by step</source>
        <translation>五点支撑：分步示意</translation>
    </message>
    <message>
        <source>Lie face down, arms along your sides, legs straight.</source>
        <translation>俯卧在垫子上，双臂放在身体两侧，双腿伸直。</translation>
    </message>
    <message>
        <source>Lift your head, chest and both legs off the mat together, arms reaching back. Hold briefly.</source>
        <translation>头、胸和双腿同时抬离垫面，双臂向后伸展，保持片刻。</translation>
    </message>
    <message>
        <source>Lower yourself slowly and rest, then repeat.</source>
        <translation>缓慢放下，放松休息，然后重复。</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat, elbows bent on the mat.</source>
        <translation>仰卧，屈膝，双脚平放，双肘屈曲撑在垫子上。</translation>
    </message>
    <message>
        <source>Press on five points – head, both elbows, both feet – and lift your hips.</source>
        <translation>以头部、双肘、双脚五个点支撑，把臀部抬起。</translation>
    </message>
    <message>
        <source>Hold briefly, then lower your hips slowly.</source>
        <translation>保持片刻，再缓慢放下臀部。</translation>
    </message>
    <message>
        <source>Three drawings of a person on a mat, seen from the side.</source>
        <translation>三幅侧面示意图：一个人在垫子上练习。</translation>
    </message>
    <message>
        <source>Three drawings of a person on a mat, seen from the side; rings mark the head, elbows and feet that carry the body.</source>
        <translation>三幅侧面示意图：一个人在垫子上练习；圆圈标出支撑身体的头部、双肘和双脚。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ExerciseIllustration</name>
    <message>
        <source>Before you start</source>
        <translation>练习前请注意</translation>
    </message>
    <message>
        <source>Stronger lower-back muscles steady the lumbar spine and make a disc herniation less likely.</source>
        <translation>腰背肌力量强了，能更好地稳定腰椎，减少间盘突出的可能。</translation>
    </message>
    <message>
        <source>Not during the acute phase.</source>
        <translation>急性期患者不宜做。</translation>
    </message>
    <message>
        <source>Pregnant people and people with spondylolisthesis: only under a doctor’s guidance.</source>
        <translation>特殊人群如孕妇、腰椎滑脱患者，需在医生指导下进行。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::FrequencyChart</name>
    <message>
        <source>%1 — %2: %3 of %4 entries (%5%)</source>
        <translation>%1 — %2：%4 条记录中有 %3 条（%5%）</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::HistoryModel</name>
    <message>
        <source>Reading the history</source>
        <translation>读取历史记录</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation><numerusform>%n 个部位</numerusform></translation>
    </message>
    <message>
        <source>⚠ warning sign</source>
        <translation>⚠ 危险信号</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Triggers and notes</source>
        <translation>诱因和备注</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::InflammationCanvas</name>
    <message>
        <source>Inflammation</source>
        <translation>炎症刺激</translation>
    </message>
    <message>
        <source>Herniated disc: the annulus fibrosus has torn and nucleus material has come out. It releases inflammatory molecules such as TNF-α (tumour necrosis factor-α, orange) and IL-6 (interleukin-6, purple) around the nerve root. The root becomes inflamed and more sensitive, which adds to the pain and makes the calf feel more sore; weather changes and tiredness can make it flare.</source>
        <translation>椎间盘突出：纤维环破裂，髓核组织突出，释放出肿瘤坏死因子-α（TNF-α，橙色）、白细胞介素-6（IL-6，紫色）等炎症介质，分布在神经根周围。神经根发生炎症反应、敏感性升高，会加重疼痛，让小腿的酸软感更明显；天气变化或劳累后可能加重。</translation>
    </message>
    <message>
        <source>Healthy disc: the nucleus pulposus is sealed inside the annulus fibrosus and does not touch the tissues around it, so the inflammatory molecules it holds (such as TNF-α and IL-6) stay away from the nerve root.</source>
        <translation>健康的椎间盘：髓核被纤维环包裹在椎间盘内部，不与周围组织接触，其中的炎症介质（如 TNF-α、IL-6）也就不会接触到神经根。</translation>
    </message>
    <message>
        <source>Nerve root</source>
        <translation>神经根</translation>
    </message>
    <message>
        <source>Calf muscle</source>
        <translation>小腿肌肉</translation>
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
        <translation>炎症介质</translation>
    </message>
    <message>
        <source>Inflamed, more
sensitive root</source>
        <translation>神经根发炎，
敏感性升高</translation>
    </message>
    <message>
        <source>Soreness more noticeable</source>
        <translation>酸软感更明显</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::IntensityChart</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation><numerusform>%n 条记录</numerusform></translation>
    </message>
    <message>
        <source>%1: highest %2, day's average %3, 7-day average %4</source>
        <translation>%1：当天最高 %2，当天平均 %3，7 天平均 %4</translation>
    </message>
    <message>
        <source>A red flag was reported on this day.</source>
        <translation>这一天报告了危险信号。</translation>
    </message>
    <message>
        <source>%1 (highest of the day)</source>
        <translation>%1（当天最高）</translation>
    </message>
    <message>
        <source>Red flag reported</source>
        <translation>报告了危险信号</translation>
    </message>
    <message>
        <source>Intensity (0–10)</source>
        <translation>程度（0–10）</translation>
    </message>
    <message>
        <source>Intensity over time</source>
        <translation>程度随时间的变化</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::IntensitySlider</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type 0 to 10 or use the arrow keys; Delete clears.</source>
        <translation>输入 0 到 10，或用方向键调整；按 Delete 清除。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::LearnPage</name>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>(section %1 of %2)</source>
        <translation>（第 %1 节，共 %2 节）</translation>
    </message>
    <message>
        <source>‹ Previous: %1</source>
        <translation>‹ 上一节：%1</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一节</translation>
    </message>
    <message>
        <source>Next: %1 ›</source>
        <translation>下一节：%1 ›</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一节 ›</translation>
    </message>
    <message>
        <source>This section is shown in Chinese, where your search found it.</source>
        <translation>本节以中文显示，因为搜索结果出现在中文内容里。</translation>
    </message>
    <message>
        <source>This section is shown in English, where your search found it.</source>
        <translation>本节以英文显示，因为搜索结果出现在英文内容里。</translation>
    </message>
    <message>
        <source>Show it in Chinese</source>
        <translation>改用中文显示</translation>
    </message>
    <message>
        <source>Show it in English</source>
        <translation>改用英文显示</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>缩小文字（Ctrl+−）</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>放大文字（Ctrl++）</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>上一节（Alt+←）</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>下一节（Alt+→）</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::LegMapWidget</name>
    <message numerus="yes">
        <source>%1 — marked %n time(s)</source>
        <translation><numerusform>%1 — 标记了 %n 次</numerusform></translation>
    </message>
    <message>
        <source>%1 — usually %2</source>
        <translation>%1 — 通常为 %2</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>Leg map: %1, %2</source>
        <translation>腿部图：%1，%2</translation>
    </message>
    <message>
        <source>No region marked.</source>
        <translation>尚未标记任何部位。</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>已标记：%1。</translation>
    </message>
    <message>
        <source>Arrow keys move between regions; Space marks or unmarks.</source>
        <translation>方向键在部位之间移动；空格键标记或取消标记。</translation>
    </message>
    <message>
        <source>Leg map: how often each region was marked</source>
        <translation>腿部图：各部位被标记的次数</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n time(s)</source>
        <translation><numerusform>%1：%n 次</numerusform></translation>
    </message>
    <message>
        <source>Leg map: usual L4, L5 and S1 territory</source>
        <translation>腿部图：L4、L5、S1 通常的感觉区域</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::LogPage</name>
    <message>
        <source>Editing the entry of %1. Save keeps the changes; Ctrl+Z undoes them.</source>
        <translation>正在修改 %1 的记录。保存后生效；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation>停止修改</translation>
    </message>
    <message>
        <source>Same as last entry</source>
        <translation>同上一条</translation>
    </message>
    <message>
        <source>Fill the form from your most recent entry (time, warning signs and note are not copied).</source>
        <translation>用最近一条记录填写表单（时间、危险信号和备注不会复制）。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>保存修改（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>只看从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Days with entries are marked by the worst intensity: green 0, light green 1–3, orange 4–6, red 7–10, grey none recorded; "!" a warning sign. Click a day to list it.</source>
        <translation>有记录的日子按当天最重的程度着色：绿色 0，浅绿 1–3，橙色 4–6，红色 7–10，灰色表示未记录程度；“!”表示有危险信号。点击某一天可只看当天的记录。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not saved. Please correct what is marked in red.</source>
        <translation>未保存。请修改标红的地方。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Changes saved at %1.</source>
        <translation>修改已于 %1 保存。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation>记录已删除。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>There is no earlier entry yet.</source>
        <translation>还没有之前的记录。</translation>
    </message>
    <message>
        <source>Filled from the entry of %1 — check and save.</source>
        <translation>已按 %1 的记录填写——请核对后保存。</translation>
    </message>
    <message>
        <source>Select an entry to edit or delete it, or to read what explains it.</source>
        <translation>选中一条记录，可以修改、删除，或阅读相关的解释。</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>延伸阅读：</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entry(s), newest first.</source>
        <translation><numerusform>显示 %n 条中的 %1 条，最新的在前。</numerusform></translation>
    </message>
    <message>
        <source>%1: no entries.</source>
        <translation>%1：没有记录。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation><numerusform>%1：%n 条记录</numerusform></translation>
    </message>
    <message>
        <source>worst %1 (%2)</source>
        <translation>最重 %1（%2）</translation>
    </message>
    <message>
        <source>with a warning sign</source>
        <translation>有危险信号</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>历史记录起始日</translation>
    </message>
    <message>
        <source>First day of the history list, when "Only from" is ticked</source>
        <translation>勾选“只看从”时，历史记录列表的第一天</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>历史记录截止日</translation>
    </message>
    <message>
        <source>Last day of the history list, when "Only from" is ticked</source>
        <translation>勾选“只看从”时，历史记录列表的最后一天</translation>
    </message>
    <message>
        <source>Calendar of entries</source>
        <translation>记录日历</translation>
    </message>
    <message>
        <source>Choose a day to list its entries</source>
        <translation>选择一天，列出当天的记录</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>历史记录列表</translation>
    </message>
    <message>
        <source>Your entries, newest first; Enter edits the selected one, Delete removes it</source>
        <translation>你的记录，最新的在前；按 Enter 编辑所选记录，按 Delete 删除</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::MainWindow</name>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Doctor summary</source>
        <translation>就医摘要</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>SpineSignal — leg symptoms and the lumbar spine</source>
        <translation>腰腿信号 —— 腿部症状与腰椎</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>SpineSignal is for education and self-observation. It does not diagnose; see a doctor about your symptoms.</source>
        <translation>腰腿信号仅用于健康教育和自我观察，不能作出诊断；如有症状请就医。</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Choose an area with the arrow keys; Ctrl+1 to Ctrl+6 jump straight to one.</source>
        <translation>用方向键选择功能区；按 Ctrl+1 到 Ctrl+6 可直接跳转。</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>免责声明</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>数据位置</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>无法加载%1：%2</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::MechanismCanvas</name>
    <message>
        <source>Annulus
fibrosus</source>
        <translation>纤维环</translation>
    </message>
    <message>
        <source>Nucleus
pulposus</source>
        <translation>髓核</translation>
    </message>
    <message>
        <source>Herniated</source>
        <translation>椎间盘突出</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::MechanismIllustration</name>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Herniated</source>
        <translation>椎间盘突出</translation>
    </message>
    <message>
        <source>Show a healthy disc</source>
        <translation>显示健康的椎间盘</translation>
    </message>
    <message>
        <source>Show a herniated disc</source>
        <translation>显示突出的椎间盘</translation>
    </message>
    <message>
        <source>▶ Play animation</source>
        <translation>▶ 播放动画</translation>
    </message>
    <message>
        <source>Play animation</source>
        <translation>播放动画</translation>
    </message>
    <message>
        <source>Animation off: “Reduce motion” is on in Settings. The picture shows the same in a still.</source>
        <translation>动画已关闭：设置中开启了“减少动态效果”。静态图展示的是同样的内容。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::NerveCompressionCanvas</name>
    <message>
        <source>Nerve compression</source>
        <translation>神经受压</translation>
    </message>
    <message>
        <source>Herniated disc: the nucleus pulposus has broken through the annulus fibrosus between L4 and L5 and presses on the nerve root behind the disc. Nerve signals stop at the pressed root, like a pressed wire, so the calf gets less sensation and movement signals: it can feel sore, heavy, numb or weak.</source>
        <translation>椎间盘突出：L4 与 L5 之间的髓核冲破纤维环，压迫椎间盘后方的神经根。神经信号在受压处受阻，就像电线被压住一样，小腿得不到正常的感觉和运动指令，于是出现酸软、沉重、麻木或无力。</translation>
    </message>
    <message>
        <source>Healthy disc between the L4 and L5 vertebrae: the nucleus pulposus stays inside the annulus fibrosus. The nerve root leaves the spinal canal freely and carries signals down the back of the leg to the calf muscle.</source>
        <translation>L4 与 L5 椎体之间健康的椎间盘：髓核位于纤维环内部。神经根不受压迫地离开椎管，沿大腿后侧把信号传到小腿肌肉。</translation>
    </message>
    <message>
        <source>Nerve root:
signals to the calf</source>
        <translation>神经根：
向小腿传递信号</translation>
    </message>
    <message>
        <source>Calf muscle</source>
        <translation>小腿肌肉</translation>
    </message>
    <message>
        <source>Root pressed
by the nucleus</source>
        <translation>髓核压迫
神经根</translation>
    </message>
    <message>
        <source>Sore, heavy, numb or weak</source>
        <translation>酸软、沉重、麻木或无力</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::OptionalSpinBox</name>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::QuestionListEditor</name>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Double-click a question to change it.</source>
        <translation>双击问题即可修改。</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>想问医生的问题</translation>
    </message>
    <message>
        <source>F2 or double-click changes the selected question.</source>
        <translation>按 F2 或双击可修改所选问题。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::QuestionView</name>
    <message>
        <source>Question %1 of %2 · %3</source>
        <translation>第 %1 题，共 %2 题 · %3</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 分（满分 10）</translation>
    </message>
    <message>
        <source>Warning sign. Do you have this now, or has it started recently?</source>
        <translation>危险信号：您现在有这种情况，或最近刚出现吗？</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = the worst you can imagine. Type a digit, or Tab to a number.</source>
        <translation>0 = 完全没有，10 = 能想象到的最严重。可直接按数字键，或用 Tab 键选择。</translation>
    </message>
    <message>
        <source>Hide why we ask</source>
        <translation>收起说明</translation>
    </message>
    <message>
        <source>Why we ask (?)</source>
        <translation>为什么问这个 (?)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>腰部</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+右方向键</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+左方向键</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::RedFlagPanel</name>
    <message>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>⚠ Go to an emergency department now.</source>
        <translation>⚠ 请立即去医院急诊。</translation>
    </message>
    <message>
        <source>⚠ See a doctor today.</source>
        <translation>⚠ 请今天就医。</translation>
    </message>
    <message>
        <source>This entry is marked with a warning sign, and the summary for the doctor will show it. This app cannot judge how urgent it is — a doctor can.</source>
        <translation>这条记录已标记为有危险信号，给医生的摘要中也会显示。本应用无法判断情况有多紧急——这需要医生来判断。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ReminderBanner</name>
    <message>
        <source>Time for a break: you have been sitting for a while. Stand up and move for about %1 minutes.</source>
        <translation>该休息了：您已经坐了一段时间。站起来活动大约 %1 分钟吧。</translation>
    </message>
    <message>
        <source>Time for today's check-in: how did your legs and back feel today?</source>
        <translation>该做今天的记录了：今天腰腿感觉怎么样？</translation>
    </message>
    <message>
        <source>I took a break</source>
        <translation>我已休息</translation>
    </message>
    <message>
        <source>Counts this break in today's habits in the log.</source>
        <translation>把这次休息记入今天记录中的习惯。</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>%1 分钟后再提醒</translation>
    </message>
    <message>
        <source>Reminds you again in %1 minutes.</source>
        <translation>%1 分钟后再次提醒您。</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Opens the log to write today's check-in.</source>
        <translation>打开记录页，写下今天的情况。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hides this message.</source>
        <translation>隐藏这条消息。</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ReminderController</name>
    <message numerus="yes">
        <source>Break counted: %n today.</source>
        <translation><numerusform>已记下这次休息：今天共 %n 次。</numerusform></translation>
    </message>
    <message>
        <source>The break could not be saved: %1</source>
        <translation>无法保存这次休息：%1</translation>
    </message>
    <message>
        <source>SpineSignal</source>
        <translation>腰腿信号</translation>
    </message>
    <message>
        <source>SpineSignal keeps running in the tray to remind you. Use Quit in its menu to end it.</source>
        <translation>腰腿信号会在系统托盘中继续运行，按时提醒您。要退出，请使用托盘菜单中的“退出”。</translation>
    </message>
    <message>
        <source>Show SpineSignal</source>
        <translation>显示腰腿信号</translation>
    </message>
    <message>
        <source>Pause sit-break reminder</source>
        <translation>暂停久坐提醒</translation>
    </message>
    <message>
        <source>Start sit-break reminder</source>
        <translation>开始久坐提醒</translation>
    </message>
    <message>
        <source>I took a break</source>
        <translation>我已休息</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>%1 分钟后再提醒</translation>
    </message>
    <message>
        <source>Quit SpineSignal</source>
        <translation>退出腰腿信号</translation>
    </message>
    <message>
        <source>SpineSignal: sit-break reminder every %1 minutes</source>
        <translation>腰腿信号：每 %1 分钟提醒起身活动</translation>
    </message>
    <message>
        <source>SpineSignal: sit-break reminder paused</source>
        <translation>腰腿信号：久坐提醒已暂停</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ReminderSettingsBox</name>
    <message>
        <source>Sit-break reminder: on, every %1 minutes.</source>
        <translation>久坐提醒：已开启，每 %1 分钟一次。</translation>
    </message>
    <message>
        <source>Sit-break reminder: paused.</source>
        <translation>久坐提醒：已暂停。</translation>
    </message>
    <message>
        <source>Sit-break reminder: on, every %1 minutes. Next reminder at %2.</source>
        <translation>久坐提醒：已开启，每 %1 分钟一次；下次提醒时间：%2。</translation>
    </message>
    <message>
        <source>&amp;Pause reminder</source>
        <translation>暂停提醒(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Start reminder</source>
        <translation>开始提醒(&amp;S)</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>The article's rule: after about 40 minutes of sitting, stand up and move for about 5 minutes. A confirmed break is counted in that day's habits in the log.</source>
        <translation>文章的建议：每坐约 40 分钟，起身活动约 5 分钟。您确认的休息会记入当天记录中的习惯。</translation>
    </message>
    <message>
        <source>Remind me &amp;every:</source>
        <translation>提醒间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Break len&amp;gth:</source>
        <translation>休息时长(&amp;G)：</translation>
    </message>
    <message>
        <source>Sn&amp;ooze for:</source>
        <translation>稍后提醒(&amp;O)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes of sitting before a reminder</source>
        <translation>坐多少分钟后提醒</translation>
    </message>
    <message>
        <source>Minutes of the break</source>
        <translation>休息多少分钟</translation>
    </message>
    <message>
        <source>Minutes to snooze</source>
        <translation>推迟多少分钟再提醒</translation>
    </message>
    <message>
        <source>Remind me to &amp;check in every day at</source>
        <translation>每天提醒我记录，时间(&amp;C)</translation>
    </message>
    <message>
        <source>Time of the daily check-in reminder</source>
        <translation>每日记录提醒的时间</translation>
    </message>
    <message>
        <source>The reminder lives in the system tray: closing the window keeps it running; use Quit in the tray menu to end SpineSignal.</source>
        <translation>提醒在系统托盘中运行：关闭窗口后仍会继续提醒；要退出腰腿信号，请使用托盘菜单中的“退出”。</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so reminders appear as a banner at the top of the window while SpineSignal is open.</source>
        <translation>当前桌面没有系统托盘，因此在腰腿信号打开时，提醒会显示在窗口顶部的横幅中。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::RenderScreenshots</name>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>Render every area at 1280×800 in both languages from sample data and save PNGs in DIR (for the user guide).</source>
        <translation>用示例数据以 1280×800 渲染每个功能区的中英文界面，并把 PNG 保存到 DIR（用于用户指南）。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 screenshots saved in %2</source>
        <translation>已在 %2 保存 %1 张截图</translation>
    </message>
    <message>
        <source>The area %1 could not be loaded (see the window).</source>
        <translation>无法加载功能区“%1”（请看窗口中的说明）。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::ResultView</name>
    <message>
        <source>Self-check of %1.</source>
        <translation>%1 的自查。</translation>
    </message>
    <message>
        <source>What to do today</source>
        <translation>今天该怎么做</translation>
    </message>
    <message>
        <source>If you cannot get there safely on your own, call your local emergency number (120 in mainland China).</source>
        <translation>如果无法自行安全前往，请拨打当地急救电话（中国大陆为 120）。</translation>
    </message>
    <message>
        <source>Answer at least these questions</source>
        <translation>请至少回答以下问题</translation>
    </message>
    <message>
        <source>Please check these answers</source>
        <translation>请检查这些答案</translation>
    </message>
    <message>
        <source>Some answers do not fit together, so the result may not fit you:</source>
        <translation>有些答案彼此不一致，结果可能不符合您的情况：</translation>
    </message>
    <message>
        <source>You answered yes to the warning sign: %1.</source>
        <translation>您对这项危险信号回答了“是”：%1。</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>为什么是这个结果</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>建议就诊科室</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>就诊时带上</translation>
    </message>
    <message>
        <source>The doctor summary from this app (what you feel, where, how strong, since when, and what you have tried), the medicines you take, and any earlier scans or reports. A doctor may order a lumbar CT or MRI, or an ultrasound of the leg vessels.</source>
        <translation>本应用生成的医生摘要（有什么感觉、在哪里、有多重、从何时开始、试过哪些方法），正在服用的药物，以及以前的影像或检查报告。医生可能会安排腰椎 CT、MRI 或下肢血管超声等检查。</translation>
    </message>
    <message>
        <source>Look after your back</source>
        <translation>保护好腰椎</translation>
    </message>
    <message>
        <source>Every 40 minutes of sitting, stand up and move for 5 minutes, with a gentle stretch.</source>
        <translation>每坐 40 分钟，起身活动 5 分钟，做些简单的伸展。</translation>
    </message>
    <message>
        <source>Lift by squatting down, keep the load close to your body and rise slowly; do not bend over to lift.</source>
        <translation>搬重物时先蹲下，让物品靠近身体，再慢慢起身；不要直接弯腰搬。</translation>
    </message>
    <message>
        <source>Use a chair of the right height and keep the natural curve of your lower back.</source>
        <translation>选择高度合适的椅子，保持腰椎自然前凸，避免弯腰驼背。</translation>
    </message>
    <message>
        <source>Strengthen your back muscles with 小燕飞 (the swallow) and 五点支撑 (the five-point bridge), but not during a flare-up, and in pregnancy or with spondylolisthesis only as a doctor advises.</source>
        <translation>通过小燕飞、五点支撑加强腰背肌；急性期不宜做，孕妇、腰椎滑脱患者需在医生指导下进行。</translation>
    </message>
    <message>
        <source>Keep a log for the next two weeks. If it keeps coming back, gets worse or new signs appear, see a doctor.</source>
        <translation>接下来连续记录两周。如果反复出现、加重或出现新的异常，请及时就医。</translation>
    </message>
    <message numerus="yes">
        <source>You have not answered %n warning-sign question(s). Please answer them: if any applies, the advice is different.</source>
        <translation><numerusform>您还有 %n 个危险信号问题没有回答。请补充回答：如果有任何一项符合，建议会不同。</numerusform></translation>
    </message>
    <message>
        <source>This self-check gives guidance for education. It is not a diagnosis and does not replace a doctor.</source>
        <translation>本自查仅供健康教育参考，不是诊断，不能代替医生。</translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation>延伸阅读：%1</translation>
    </message>
    <message>
        <source>This will be saved as a new entry in your log:</source>
        <translation>以下内容将作为一条新记录保存到日志：</translation>
    </message>
    <message>
        <source>Open the &amp;doctor summary</source>
        <translation>打开医生摘要(&amp;D)</translation>
    </message>
    <message>
        <source>Open my &amp;log</source>
        <translation>打开我的日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Continue answering</source>
        <translation>继续回答(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save to my log…</source>
        <translation>保存到日志(&amp;S)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>返回问题(&amp;B)</translation>
    </message>
    <message>
        <source>Start a &amp;new self-check</source>
        <translation>重新自查(&amp;N)</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SearchPanel</name>
    <message>
        <source>Search, in Chinese or English (Ctrl+F)</source>
        <translation>搜索，中文或英文均可（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the article</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation><numerusform>找到 %n 处</numerusform></translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SelfCheckPage</name>
    <message>
        <source>Saved to your log as the entry of %1.</source>
        <translation>已保存到日志，记录时间为 %1。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (in the log)</source>
        <translation>（已存入日志）</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>A short set of questions, built from the article, about what you feel in your legs and back. It takes about two minutes and gives guidance — see a doctor, seek care today, or look after yourself and keep watching. It is not a diagnosis.

One question at a time. Keys: Y / N for yes or no, 0–9 for a rating, ? for why we ask, Alt+Left to go back.</source>
        <translation>根据文章整理的一组简短问题，了解您腿部和腰部的感受。大约需要两分钟，会给出建议：建议就医、今天就医，或自我调理并继续观察。这不是诊断。

每次一题。按键：Y / N 回答是或否，0–9 打分，? 查看为什么问，Alt+左方向键返回上一题。</translation>
    </message>
    <message>
        <source>Start the self-check</source>
        <translation>开始自查</translation>
    </message>
    <message>
        <source>Your past self-checks (Enter or double-click to see one again)</source>
        <translation>以往的自查（按回车或双击可再次查看）</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>语言和显示</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Switches every text of the app at once.</source>
        <translation>立即切换应用中的所有文字。</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>字号(&amp;T)：</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Makes all text larger, up to twice the normal size.</source>
        <translation>放大所有文字，最大为正常大小的两倍。</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system's colours, or always use dark colours.</source>
        <translation>跟随系统的配色，或始终使用深色。</translation>
    </message>
    <message>
        <source>Reduce &amp;motion (no animated illustrations)</source>
        <translation>减少动态效果（插图不播放动画）(&amp;M)</translation>
    </message>
    <message>
        <source>Shows illustrations still instead of animated.</source>
        <translation>插图以静态方式显示，不播放动画。</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>个人信息（可选）</translation>
    </message>
    <message>
        <source>Only used on the summary for your doctor. It stays on this computer.</source>
        <translation>只用于给医生的摘要，只保存在本机。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Your name as it should appear on the doctor summary; optional.</source>
        <translation>显示在医生摘要上的姓名；可不填。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>出生年份(&amp;B)：</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Shown on the doctor summary; the lowest value means not given.</source>
        <translation>显示在医生摘要上；最小值表示不填。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SingleInstance</name>
    <message>
        <source>The data folder cannot be locked (%1: %2); make sure only one SpineSignal uses it at a time.</source>
        <translation>无法锁定数据文件夹（%1：%2）；请确保同一时间只有一个腰腿信号在使用它。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SpineOverviewCanvas</name>
    <message>
        <source>The lumbar spine</source>
        <translation>腰椎概览</translation>
    </message>
    <message>
        <source>The lower spine seen from behind: the lumbar vertebrae L3, L4 and L5 stacked above the sacrum (S1), with an intervertebral disc between each pair as a cushion. The nerves run down the spinal canal; at each level a pair of nerve roots leaves it, among them L4, L5 and S1, which go on into the legs. Beside it, the L4–L5 disc seen from above: a soft gel core, the nucleus pulposus, held by the tough rings of the annulus fibrosus, with the nerves just behind the disc.</source>
        <translation>从背后看的下段脊柱：腰椎 L3、L4、L5 依次叠放在骶骨（S1）之上，相邻两节椎体之间各有一个椎间盘起缓冲作用。神经沿椎管下行，每个节段都有一对神经根从椎管发出，其中 L4、L5 和 S1 神经根延续到下肢。旁边是从上方看的 L4–L5 椎间盘：中间是柔软的胶状髓核，外面由坚韧的多层纤维环包裹，椎间盘正后方就是神经。</translation>
    </message>
    <message>
        <source>%1 nerve root</source>
        <translation>%1 神经根</translation>
    </message>
    <message>
        <source>Lumbar
vertebra</source>
        <translation>腰椎</translation>
    </message>
    <message>
        <source>Intervertebral
disc</source>
        <translation>椎间盘</translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation>骶骨</translation>
    </message>
    <message>
        <source>Nerves in the
spinal canal</source>
        <translation>椎管内
的神经</translation>
    </message>
    <message>
        <source>The L4–L5 disc seen from above</source>
        <translation>从上方看 L4–L5 椎间盘</translation>
    </message>
    <message>
        <source>Nucleus
pulposus</source>
        <translation>髓核</translation>
    </message>
    <message>
        <source>Annulus
fibrosus</source>
        <translation>纤维环</translation>
    </message>
    <message>
        <source>Nerves</source>
        <translation>神经</translation>
    </message>
    <message>
        <source>front</source>
        <translation>前</translation>
    </message>
    <message>
        <source>back</source>
        <translation>后</translation>
    </message>
    <message>
        <source>seen from behind</source>
        <translation>从背后看</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::Startup</name>
    <message>
        <source>SpineSignal</source>
        <translation>腰腿信号</translation>
    </message>
    <message>
        <source>SpineSignal is already running; its window was brought forward.
</source>
        <translation>腰腿信号已经在运行，已把它的窗口切换到前台。
</translation>
    </message>
    <message>
        <source>SpineSignal is already running with the data folder %1 (process %2) and did not answer. Close it first, or wait a moment and try again.</source>
        <translation>腰腿信号已在使用数据文件夹 %1 运行（进程 %2），但没有响应。请先关闭它，或稍等片刻再试。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>无法使用数据文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::StoreRecovery</name>
    <message>
        <source>The backup from %1 has been restored. The damaged file was kept as %2.</source>
        <translation>已恢复 %1 的备份。损坏的文件已保留为 %2。</translation>
    </message>
    <message>
        <source>A new, empty store has been started. The damaged file was kept as %1; nothing in it has been deleted.</source>
        <translation>已新建一个空的数据库。损坏的文件已保留为 %1，其中的内容没有被删除。</translation>
    </message>
    <message>
        <source>SpineSignal</source>
        <translation>腰腿信号</translation>
    </message>
    <message>
        <source>You can start a new, empty store: the damaged file is kept in the same folder under a new name, so nothing is deleted.</source>
        <translation>您可以新建一个空的数据库：损坏的文件会改名后保留在同一文件夹中，不会删除任何内容。</translation>
    </message>
    <message>
        <source>Or restore the latest backup, from %1 (entries made after it are only in the damaged file).</source>
        <translation>也可以恢复最近一次的备份（%1）；在那之后的记录只保存在损坏的文件中。</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Start a new store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::StoreRestart</name>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Restored %1. The data you had before was kept as %2.</source>
        <translation>已恢复 %1。恢复前的数据已保留为 %2。</translation>
    </message>
    <message>
        <source>All entries, self-checks and backups were deleted.</source>
        <translation>所有记录、自查结果和备份均已删除。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::SummaryPage</name>
    <message>
        <source>Summary for your doctor</source>
        <translation>给医生的摘要</translation>
    </message>
    <message>
        <source>A one-page summary a doctor can read in thirty seconds, followed by a chart and all your entries. Everything in it is marked as reported by you.</source>
        <translation>一页医生三十秒就能读完的摘要，后面附有趋势图和全部记录。其中所有内容都标明为您自己记录。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>最近 2 周</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近 3 个月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>The doctor's language; it does not change the app's language.</source>
        <translation>医生阅读的语言；不会改变本应用的界面语言。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>About you (optional, printed on every page)</source>
        <translation>关于您（可不填，会印在每一页上）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Your questions for the doctor (kept for next time)</source>
        <translation>想问医生的问题（会保留到下次）</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Your entries as a spreadsheet file (CSV)</source>
        <translation>以表格文件（CSV）导出或导入记录</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation><numerusform>已保存 %1（%n 页）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation><numerusform>已将 %n 条记录导出到 %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation><numerusform>已导入 %n 条记录。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in your log, skipped.</source>
        <translation><numerusform>%n 条已在记录中，已跳过。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems left out:</source>
        <translation><numerusform>有 %n 行有问题，未导入：</numerusform></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>将摘要保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <source>Export entries as CSV</source>
        <translation>将记录导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import entries from CSV</source>
        <translation>从 CSV 导入记录</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Some rows cannot be imported, so nothing was imported yet. Import the other rows and leave these out?</source>
        <translation>有些行无法导入，因此目前还没有导入任何记录。要导入其余各行并跳过这些行吗？</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>报告起始日</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>报告截止日</translation>
    </message>
    <message>
        <source>Printed on the summary; "—" means not given.</source>
        <translation>印在摘要上；“—”表示不填写。</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>正在生成摘要…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Exporting your entries…</source>
        <translation>正在导出记录…</translation>
    </message>
    <message>
        <source>Importing entries…</source>
        <translation>正在导入记录…</translation>
    </message>
    <message numerus="yes">
        <source>Sent the summary to %1 (%n page(s)).</source>
        <translation><numerusform>已将摘要发送到 %1（%n 页）。</numerusform></translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message>
        <source>Preview of page 1 (a saved PDF shows every page)</source>
        <translation>第 1 页预览（保存的 PDF 包含所有页面）</translation>
    </message>
    <message>
        <source>Another job is still running; print again when it has finished.</source>
        <translation>另一项任务仍在进行；请在它完成后再打印。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>This last step cannot be stopped.</source>
        <translation>最后这一步无法停止。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::TrendsPage</name>
    <message>
        <source>No entries between %1 and %2. Choose a longer range to see your earlier entries.</source>
        <translation>%1 至 %2 之间没有记录。请选择更长的时间范围查看更早的记录。</translation>
    </message>
    <message>
        <source>What came before the symptoms (entries naming each)</source>
        <translation>症状出现前的情况（提到各项的记录数）</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>What was tried (entries naming each)</source>
        <translation>尝试过的方法（提到各项的记录数）</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>哪一侧</translation>
    </message>
    <message>
        <source>Habits and soreness</source>
        <translation>习惯与酸软</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>什么有帮助</translation>
    </message>
    <message>
        <source>No entry in this period says what was tried.</source>
        <translation>这段时间的记录里没有写尝试过什么方法。</translation>
    </message>
    <message>
        <source>Over more than a year, one point per week. Thin line: the highest rating of each week. Thick line: the 7-day average at the end of each week. Lines break where a week or more has no entries. ▲ marks a day with a red flag. Hover over a line to see the values.</source>
        <translation>超过一年时，每周显示一个点。细线：每周的最高评分。粗线：每周末的 7 天平均。连续一周或更久没有记录时，线会断开。▲ 表示这一天报告了危险信号。把鼠标停在线上可查看数值。</translation>
    </message>
    <message>
        <source>Thin line: the highest rating of each day. Thick line: the 7-day average. Lines break where a week or more has no entries. ▲ marks a day with a red flag. Hover over a line to see the day's values.</source>
        <translation>细线：每天的最高评分。粗线：7 天平均。连续一周或更久没有记录时，线会断开。▲ 表示这一天报告了危险信号。把鼠标停在线上可查看当天的数值。</translation>
    </message>
    <message>
        <source>Each point is one week, Monday to Sunday; a week only partly in the range stands apart. Weeks without entries are left out, not counted as zero.</source>
        <translation>每个点代表一周（周一至周日）；只有部分天数在范围内的周单独显示。没有记录的周不显示，不算作零。</translation>
    </message>
    <message>
        <source>How many entries in the chosen range name each item; one entry can name several. Hover over a bar for its share.</source>
        <translation>所选范围内提到各项的记录数；一条记录可以提到多项。把鼠标停在条形上可查看所占比例。</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not save the chart to %1. Check that the folder exists and can be written to.</source>
        <translation>无法将图表保存到 %1。请检查该文件夹是否存在并且可以写入。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Your charts will appear here</source>
        <translation>您的图表将显示在这里</translation>
    </message>
    <message>
        <source>Once you log how your legs and back feel, this page shows how it changes over days, weeks and years. A few days of entries give the first picture; two weeks show a trend.</source>
        <translation>记录下腿部和腰部的感受后，这里会显示它在几天、几周乃至几年里的变化。记录几天就能看到初步情况；记录两周可以看出趋势。</translation>
    </message>
    <message>
        <source>Log your first entry</source>
        <translation>记录第一条</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 周</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 个月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Entries per week</source>
        <translation>每周记录数</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>诱因</translation>
    </message>
    <message>
        <source>What was tried</source>
        <translation>尝试过的方法</translation>
    </message>
    <message>
        <source>Side and leg regions</source>
        <translation>侧别与腿部部位</translation>
    </message>
    <message>
        <source>Habits and what helped</source>
        <translation>习惯与什么有帮助</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::UnavailablePage</name>
    <message>
        <source>%1 could not be opened</source>
        <translation>无法打开%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>This part of SpineSignal is a separate file that could not be loaded. Your entries are not affected, and the other areas work as usual. If the reason below does not say what to do, reinstalling SpineSignal restores a missing or damaged file.</source>
        <translation>腰腿信号的这一部分是一个单独的文件，现在无法加载。您的记录不受影响，其他功能区照常可用。如果下面的原因没有说明该怎么做，重新安装腰腿信号即可恢复缺失或损坏的文件。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::WeeklyChart</name>
    <message>
        <source>Week of %1
%2 on %3</source>
        <translation>%1 这一周
%3里共%2</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation><numerusform>%n 条记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n天</numerusform></translation>
    </message>
    <message>
        <source>Only part of this week lies in the chosen range.</source>
        <translation>这一周只有部分天数在所选范围内。</translation>
    </message>
    <message>
        <source>Entries per week</source>
        <translation>每周记录数</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
</context>
</TS>