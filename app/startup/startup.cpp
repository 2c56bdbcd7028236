#include "startup/startup.h"

#include "cli/commandline.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "mainwindow/chartpages.h"
#include "mainwindow/mainwindow.h"
#include "reminders/remindercontroller.h"
#include "settings/appearance.h"
#include "settings/autobackup.h"
#include "startup/appicon.h"
#include "startup/firstframe.h"
#include "startup/firstpaintwatcher.h"
#include "startup/languagemanager.h"
#include "startup/singleinstance.h"
#include "startup/storerecovery.h"
#include "startup/storerestart.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

#include <sys/stat.h>
#include <memory>
#include <optional>

namespace spinesignal::ui {

namespace {

/// runOnce's answer when the background page check found damage: open the store again, checking
/// its pages before anything else.
constexpr int kCheckPagesFirstExitCode = 0x5354;

void printOut(const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text) {
    std::fputs((QStringLiteral("spinesignal: ") + text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

/// The window and dialog icon; set when first needed (a dialog before the window, or the window's
/// first frame), not before: nothing on the way to the first frame has to decode an image.
void useAppIcon() {
    if (QApplication::windowIcon().isNull()) {
        QApplication::setWindowIcon(appIcon());
    }
}

/// Modal dialogs would hang a headless run, so there the message goes to stderr only.
bool canShowDialogs(bool quitAfterFirstPaint) {
    const QString platform = QGuiApplication::platformName();
    return !quitAfterFirstPaint && platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

int runWindow(const CommandLine& commandLine) {
    const QString dataDir = DataLocation::resolveDirectory(commandLine.dataDir);
    QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    LanguageManager language;
    language.apply(
        LanguageManager::choose(commandLine.language, settings.value(QStringLiteral("ui/language")).toString()));

    auto fail = [&commandLine](const QString& message) {
        printErr(message);
        if (canShowDialogs(commandLine.quitAfterFirstPaint)) {
            useAppIcon();
            QMessageBox::critical(nullptr, QApplication::translate("spinesignal::ui::Startup", "SpineSignal"), message);
        }
        return ExitFailure;
    };

    if (Status s = DataLocation::ensureDirectory(dataDir); !s) {
        return fail(s.error().message);
    }
    Appearance::applyFromSettings(settings, language);
    // One window per data folder: never two writers on one database.
    SingleInstance instance(dataDir);
    const SingleInstance::Outcome owned = instance.acquire();
    if (owned == SingleInstance::Outcome::Failed) {
        return fail(QApplication::translate("spinesignal::ui::Startup", "The data folder %1 cannot be used: %2")
                        .arg(QDir::toNativeSeparators(dataDir), instance.error()));
    }
    if (owned == SingleInstance::Outcome::HeldByAnother) {
        if (SingleInstance::askOwnerToRaise(dataDir)) {
            printOut(QApplication::translate("spinesignal::ui::Startup",
                                             "SpineSignal is already running; its window was brought forward.\n"));
            return ExitSuccess;
        }
        return fail(QApplication::translate("spinesignal::ui::Startup",
                                            "SpineSignal is already running with the data folder %1 (process %2) "
                                            "and did not answer. Close it first, or wait a moment and try again.")
                        .arg(QDir::toNativeSeparators(dataDir))
                        .arg(instance.ownerPid()));
    }
    instance.listenForRaiseRequests();
    // Holding the lock, no restore of this folder is under way: a copy a crash left is garbage.
    Backup::removeAbandonedRestore(dataDir);

    // Restore and "delete all data" end the event loop with kRestartStoreExitCode: the window and
    // the store close, the action is applied to the closed files, and both open again.
    auto runOnce = [&](PageCheck pageCheck) -> int {
        auto opened = Database::open(DataLocation::databasePath(dataDir), pageCheck);
        if (!opened && StoreRecovery::canRecoverFrom(opened.error()) &&
            canShowDialogs(commandLine.quitAfterFirstPaint)) {
            const Error damaged = opened.error();
            printErr(damaged.message);
            useAppIcon();
            opened =
                StoreRecovery::recover(dataDir, damaged, &StoreRecovery::askWithDialog, &StoreRecovery::tellWithDialog);
            if (!opened && opened.error().message == damaged.message) {
                return ExitFailure;  // the person chose Quit: the dialog already said why
            }
        }
        if (!opened) {
            return fail(opened.error().message);
        }
        Database& database = *opened.value();
        // The store's pages are checked on another thread while the window is built (the check
        // reads the whole file: ~9 ms for ten years of entries).
        std::optional<BackgroundPageCheck> backgroundCheck;
        if (database.pageCheckDeferred()) {
            backgroundCheck.emplace(database.path());
        }
        EpisodeRepository episodes(database);
        Navigator navigator;
        AppContext context{database, episodes, settings, language, navigator, dataDir};

        MainWindow window(context);
        // Only the window is built while the pages are checked (the store refuses writes until
        // then). A damaged page found meanwhile: the unshown window goes, and the store opens
        // again checking first, which refuses it the usual way (or offers recovery).
        if (backgroundCheck) {
            if (const Status checked = backgroundCheck->result(); !checked) {
                qWarning("%s", qPrintable(checked.error().message));
                return kCheckPagesFirstExitCode;
            }
            if (const Status confirmed = database.confirmPagesChecked(); !confirmed) {
                return fail(confirmed.error().message);
            }
        }
        ReminderController reminders(context, &window);
        AutoBackup autoBackup(context);
        QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] {
            window.showNormal();
            window.raise();
            window.activateWindow();
        });
        if (!commandLine.quitAfterFirstPaint) {
            // The icon (decoding its images loads Qt's image plugins) once the window is on screen;
            // a run that quits at its first frame has no window left to show it on.
            afterFirstFrame(&window, useAppIcon);
        } else {
            watchFirstPaint(&window);  // prints the time of the first frame and quits
        }
        window.show();
        return QApplication::exec();
    };
    int code = runOnce(PageCheck::Deferred);
    while (code == kRestartStoreExitCode || code == kCheckPagesFirstExitCode) {
        if (code == kRestartStoreExitCode) {
            applyStoreAction(takeStoreAction(), dataDir);
            settings.setValue(QStringLiteral("window/area"), static_cast<int>(Area::Settings));
        }
        code = runOnce(code == kCheckPagesFirstExitCode ? PageCheck::OnOpen : PageCheck::Deferred);
    }
    return code;
}

/// Headless commands never need a display: those that paint get the offscreen platform.
int runHeadless(int argc, char* argv[], const CommandLine& commandLine) {
    std::unique_ptr<QCoreApplication> app;
    if (commandLine.headless->needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // QApplication (a QGuiApplication) so painting commands may also render widgets.
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    const QString dataDir = DataLocation::resolveDirectory(commandLine.dataDir);
    QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    LanguageManager language;
    language.apply(
        LanguageManager::choose(commandLine.language, settings.value(QStringLiteral("ui/language")).toString()));
    const CliContext context{*commandLine.parser, dataDir, language.current()};
    return commandLine.headless->run(context);
}

}  // namespace

int runApplication(int argc, char* argv[]) {
    // Everything this process writes (settings, backups, exports) is health data: owner only.
    ::umask(077);
    QCoreApplication::setApplicationName(QStringLiteral("SpineSignal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPINESIGNAL_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const CommandLine commandLine = CommandLineParser::parse(arguments);
    switch (commandLine.action) {
        case CommandLine::Action::PrintHelp:
            printOut(commandLine.helpText);
            return ExitSuccess;
        case CommandLine::Action::PrintVersion:
            printOut(QStringLiteral("SpineSignal %1\n").arg(QStringLiteral(SPINESIGNAL_VERSION)));
            return ExitSuccess;
        case CommandLine::Action::Usage:
            printErr(commandLine.usageError);
            printErr(QStringLiteral("run 'spinesignal --help' for the options"));
            return ExitUsage;
        case CommandLine::Action::RunHeadless:
            return runHeadless(argc, argv, commandLine);
        case CommandLine::Action::ShowWindow:
            break;
    }
    QApplication app(argc, argv);
    // Opened now, loaded when Trends or Doctor summary first opens (see ChartPages).
    ChartPages::keepModuleOpen();
    // Matches the installed .desktop file (Wayland and the task bar find the icon and name by it).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.spinesignal.SpineSignal"));
    return runWindow(commandLine);
}

}  // namespace spinesignal::ui
