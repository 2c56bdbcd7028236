<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>LearnLinks</name>
    <message>
        <source>Worse after sitting: the 40-minute rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbness or weakness: how a pressed nerve root causes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worse with weather or fatigue: inflammation round the nerve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LegMapPainter</name>
    <message>
        <source>Usual territory only: where it hurts does not pin down which level is affected. Many confirmed L5 compressions are felt outside the textbook L5 area. Education, not a diagnosis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times marked:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usually %1</source>
        <translation type="unfinished" />
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
        <translation>氧气和营养供应不足</translation>
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
    <name>spinesignal::ui::EntryCommand</name>
    <message>
        <source>add entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edit entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>spinesignal::ui::EntryForm</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date and time of the entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How strong? (0 = none, 10 = worst imaginable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a number or use the arrow keys; leave a row empty if you did not notice it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click the places where you feel it, or use the arrow keys and Space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show where L4, L5 and S1 are usually felt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What set it off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of sitting</source>
        <translation>久坐时长（分钟）</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What helped (or was tried)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Habits today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit breaks</source>
        <translation>起身活动次数</translation>
    </message>
    <message>
        <source>小燕飞 (swallow) sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>五点支撑 (five-point bridge) sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walking</source>
        <translation>走路</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick only what is present now. Any one of these needs a doctor today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything else: what you did, how you slept, questions for the doctor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 characters — too long: shorten it by %3 to save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished" />
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
    <name>spinesignal::ui::HistoryModel</name>
    <message>
        <source>Reading the history</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>⚠ warning sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Triggers and notes</source>
        <translation type="unfinished" />
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
    <name>spinesignal::ui::IntensitySlider</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type 0 to 10 or use the arrow keys; Delete clears.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 — usually %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg map: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No region marked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys move between regions; Space marks or unmarks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg map: how often each region was marked</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n time(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Leg map: usual L4, L5 and S1 territory</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>spinesignal::ui::LogPage</name>
    <message>
        <source>Editing the entry of %1. Save keeps the changes; Ctrl+Z undoes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as last entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill the form from your most recent entry (time, warning signs and note are not copied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days with entries are marked by the worst intensity: green 0, light green 1–3, orange 4–6, red 7–10, grey none recorded; "!" a warning sign. Click a day to list it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved. Please correct what is marked in red.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes saved at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no earlier entry yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled from the entry of %1 — check and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an entry to edit or delete it, or to read what explains it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read more:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n entry(s), newest first.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: no entries.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>worst %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with a warning sign</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>spinesignal::ui::PlaceholderPage</name>
    <message>
        <source>This area is not available yet in this version of SpineSignal.</source>
        <translation>此版本的腰腿信号尚未提供这一功能区。</translation>
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
    <name>spinesignal::ui::RedFlagPanel</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Go to an emergency department now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ See a doctor today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This entry is marked with a warning sign, and the summary for the doctor will show it. This app cannot judge how urgent it is — a doctor can.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>spinesignal::ui::Startup</name>
    <message>
        <source>SpineSignal</source>
        <translation>腰腿信号</translation>
    </message>
</context>
</TS>