<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>DataLocation</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>数据位置 %1 是一个文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>无法创建数据文件夹 %1。</translation>
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
        <source>The database %1 cannot be created (rename failed).</source>
        <translation>无法创建数据库 %1（重命名失败）。</translation>
    </message>
    <message>
        <source>the journal could not be switched to WAL</source>
        <translation>无法将日志模式切换为 WAL</translation>
    </message>
    <message>
        <source>The database %1 or its folder is read-only; SpineSignal needs to write to it.</source>
        <translation>数据库 %1 或其所在文件夹是只读的；腰腿信号需要写入权限。</translation>
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
        <source>The database %1 is damaged and cannot be read: %2</source>
        <translation>数据库 %1 已损坏，无法读取：%2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SpineSignal (schema %2; this version understands up to %3). Update SpineSignal to open it; the file has not been changed.</source>
        <translation>数据库 %1 由更新版本的腰腿信号写入（结构版本 %2；本版本最高只支持 %3）。请更新腰腿信号后再打开；该文件未被改动。</translation>
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
    <name>spinesignal::ui::CliSupport</name>
    <message>
        <source>--%1 %2 is not a real date in the form YYYY-MM-DD.</source>
        <translation>--%1 %2 不是 YYYY-MM-DD 格式的真实日期。</translation>
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
</context>
<context>
    <name>spinesignal::ui::PlaceholderPage</name>
    <message>
        <source>This area is not available yet in this version of SpineSignal.</source>
        <translation>此版本的腰腿信号尚未提供这一功能区。</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>Why calves and feet can feel sore, heavy or weak when the lumbar spine is involved: the article, section by section, with illustrations.</source>
        <translation>腰椎出问题时，小腿和脚为什么会酸软、发沉或无力：按章节阅读原文，并配有插图。</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>A short symptom checklist that gives guidance, never a diagnosis, and sends you to urgent care when a red flag is present.</source>
        <translation>一份简短的症状自查清单：只给出建议，从不作诊断；出现危险信号时会提醒你尽快就医。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Record how your legs and back feel each day, in under thirty seconds.</source>
        <translation>每天用不到三十秒，记录腿和腰的感受。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Charts of how your symptoms change over weeks and years.</source>
        <translation>用图表查看症状在数周乃至数年间的变化。</translation>
    </message>
    <message>
        <source>Doctor summary</source>
        <translation>就医摘要</translation>
    </message>
    <message>
        <source>A one-page PDF summary for your doctor, printing and CSV export.</source>
        <translation>给医生看的一页 PDF 摘要，以及打印和 CSV 导出。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, text size, reminders and your data.</source>
        <translation>语言、字号、提醒和你的数据。</translation>
    </message>
</context>
<context>
    <name>spinesignal::ui::Startup</name>
    <message>
        <source>SpineSignal</source>
        <translation>腰腿信号</translation>
    </message>
</context>
</TS>