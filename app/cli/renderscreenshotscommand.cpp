#include "cli/renderscreenshotscommand.h"

#include "cli/clisupport.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/unavailablepage.h"
#include "reminders/reminderbanner.h"
#include "reminders/remindercontroller.h"
#include "settings/appearance.h"
#include "startup/languagemanager.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>

namespace spinesignal::ui {

namespace {

const QString kOption = QStringLiteral("render-screenshots");

const char* areaFileName(Area area) {
    switch (area) {
        case Area::Learn:
            return "learn";
        case Area::SelfCheck:
            return "self-check";
        case Area::Log:
            return "log";
        case Area::Trends:
            return "trends";
        case Area::Summary:
            return "summary";
        case Area::Settings:
            return "settings";
    }
    return "area";
}

/// Four weeks of plausible sample entries, so the log, trends and summary have something to show.
QList<Episode> sampleEntries() {
    QList<Episode> out;
    const QDate today = QDate::currentDate();
    for (int day = 27; day >= 1; --day) {
        Episode e;
        e.when = QDateTime(today.addDays(-day), QTime(day % 2 == 0 ? 10 : 19, 30));
        const int wave = (day * 7) % 5;
        e.setIntensity(Symptom::Soreness, 2 + wave);
        e.setIntensity(Symptom::Numbness, day > 14 ? 4 + wave / 2 : 2 + wave / 3);
        e.setIntensity(Symptom::BackPain, 1 + wave / 2);
        e.side = Side::Left;
        e.regions.insert(Leg::Left, LegRegion::CalfBack);
        if (day % 3 == 0) {
            e.regions.insert(Leg::Left, LegRegion::Sole);
        }
        e.triggers = day % 2 == 0 ? EnumSet<Trigger>{Trigger::LongSitting} : EnumSet<Trigger>{Trigger::Walking};
        if (day % 2 == 0) {
            e.sittingMinutes = 60 + wave * 15;
        }
        e.helped = day % 3 == 0 ? EnumSet<Relief>{Relief::Stretching} : EnumSet<Relief>{Relief::Rest};
        e.habits.sitBreaks = (day * 3) % 7;
        e.habits.swallowSets = day % 4 == 0 ? 2 : 0;
        e.habits.walkingMinutes = 20 + (day % 3) * 10;
        out.append(e);
    }
    return out;
}

/// Lets pending layouts, timers and paints run before a grab.
void settle(int ms = 300) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

bool save(QWidget& window, const QString& dir, const QString& name, int& count) {
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        printErrorLine(
            QCoreApplication::translate("spinesignal::ui::RenderScreenshots", "The screenshot %1 cannot be written.")
                .arg(path));
        return false;
    }
    ++count;
    return true;
}

/// Picks entry `index` of the combo box `name` as the person would.
void choose(QWidget& window, const char* name, int index) {
    if (auto* box = window.findChild<QComboBox*>(QString::fromLatin1(name))) {
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
}

}  // namespace

QList<QCommandLineOption> RenderScreenshotsCommand::options() const {
    return {QCommandLineOption(kOption,
                               QCoreApplication::translate("spinesignal::ui::RenderScreenshots",
                                                           "Render every area at 1280×800 in both languages from "
                                                           "sample data and save PNGs in DIR (for the user guide)."),
                               QStringLiteral("DIR"))};
}

bool RenderScreenshotsCommand::isRequested(const QCommandLineParser& parser) const {
    return parser.isSet(kOption);
}

int RenderScreenshotsCommand::run(const CliContext& context) {
    const QString outDir = QDir(context.parser.value(kOption)).absolutePath();
    if (!QDir().mkpath(outDir)) {
        printErrorLine(
            QCoreApplication::translate("spinesignal::ui::RenderScreenshots", "The folder %1 cannot be created.")
                .arg(outDir));
        return 1;
    }
    QTemporaryDir dataDir;  // sample data only: the person's store is never touched
    auto opened = Database::open(DataLocation::databasePath(dataDir.path()));
    if (!opened) {
        printErrorLine(opened.error().message);
        return 1;
    }
    Database& database = *opened.value();
    EpisodeRepository episodes(database);
    if (auto added = episodes.addAll(sampleEntries()); !added) {
        printErrorLine(added.error().message);
        return 1;
    }
    QSettings settings(QDir(dataDir.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/reduceMotion"),
                      true);  // still pictures, the same every run
    LanguageManager language;
    Navigator navigator;
    AppContext appContext{database, episodes, settings, language, navigator, dataDir.path()};
    Appearance::applyFromSettings(settings, language);

    int count = 0;
    bool ok = true;
    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        language.apply(lang);
        MainWindow window(appContext);
        ReminderController reminders(appContext, &window);
        window.resize(1280, 800);
        window.show();
        for (int i = 0; i < kAreaCount; ++i) {
            window.showArea(static_cast<Area>(i));
            if (qobject_cast<UnavailablePage*>(window.page(static_cast<Area>(i))) != nullptr) {
                // A picture of a page that could not be loaded is not a screenshot of the app.
                printErrorLine(QCoreApplication::translate("spinesignal::ui::RenderScreenshots",
                                                           "The area %1 could not be loaded (see the window).")
                                   .arg(MainWindow::areaTitle(static_cast<Area>(i))));
                ok = false;
            }
            ok = save(window, outDir, QString::fromLatin1(areaFileName(static_cast<Area>(i))) + QLatin1Char('.') + lang,
                      count) &&
                 ok;
        }
        window.showArea(Area::Log);
        reminders.banner()->showReminder(ReminderBanner::Kind::SitBreak);
        ok = save(window, outDir, QStringLiteral("reminder-banner.") + lang, count) && ok;
        reminders.banner()->hide();
        window.showArea(Area::Settings);
        // Through the Settings page's own controls, so the picture shows the choice made.
        choose(window, "theme", 1);
        ok = save(window, outDir, QStringLiteral("settings-dark.") + lang, count) && ok;
        choose(window, "theme", 0);
        choose(window, "textSize", 4);
        ok = save(window, outDir, QStringLiteral("settings-200.") + lang, count) && ok;
        choose(window, "textSize", 0);
    }
    printResultLine(QCoreApplication::translate("spinesignal::ui::RenderScreenshots", "%1 screenshots saved in %2")
                        .arg(count)
                        .arg(outDir));
    return ok ? 0 : 1;
}

}  // namespace spinesignal::ui
