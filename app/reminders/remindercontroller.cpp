#include "reminders/remindercontroller.h"

#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "mainwindow/mainwindow.h"
#include "reminders/breakrecorder.h"
#include "reminders/reminderbanner.h"
#include "startup/appicon.h"
#include "startup/languagemanager.h"
#include "storage/episoderepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace spinesignal::ui {

namespace {

ReminderController* g_current = nullptr;
/// Deadlines are wall-clock times; this only decides how soon a due one is noticed.
constexpr int kTickMs = 15 * 1000;

}  // namespace

ReminderController::ReminderController(AppContext& context, QMainWindow* window, Clock clock, QObject* parent)
    : QObject(parent),
      m_context(context),
      m_window(window),
      m_clock(std::move(clock)),
      m_timer(new QTimer(this)),
      m_banner(new ReminderBanner(nullptr)) {
    g_current = this;
    if (auto* main = qobject_cast<MainWindow*>(window)) {
        main->addBanner(m_banner);
    }
    connect(m_banner, &ReminderBanner::tookBreak, this, &ReminderController::tookBreak);
    connect(m_banner, &ReminderBanner::snoozed, this, &ReminderController::snooze);
    connect(m_banner, &ReminderBanner::openLog, this, [this] { m_context.navigator.go(Area::Log); });
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderController::tick);
    m_timer->start();
    if (trayAvailable()) {
        createTray();
    }
    if (m_window) {
        m_window->installEventFilter(this);
    }
    connect(&m_context.language, &LanguageManager::changed, this, &ReminderController::retranslate);
    reloadSettings();
}

ReminderController::~ReminderController() {
    if (g_current == this) {
        g_current = nullptr;
    }
    if (m_banner->parent() == nullptr) {
        delete m_banner;
    }
    delete m_menu;
}

ReminderController* ReminderController::current() {
    return g_current;
}

bool ReminderController::trayAvailable() {
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void ReminderController::reloadSettings() {
    QSettings& s = m_context.settings;
    ReminderSchedule::Config config;
    config.intervalMinutes = qBound(5, s.value(QStringLiteral("reminders/intervalMinutes"), 40).toInt(), 240);
    config.breakMinutes = qBound(1, s.value(QStringLiteral("reminders/breakMinutes"), 5).toInt(), 60);
    config.snoozeMinutes = qBound(1, s.value(QStringLiteral("reminders/snoozeMinutes"), 10).toInt(), 120);
    config.checkInEnabled = s.value(QStringLiteral("reminders/checkInEnabled"), false).toBool();
    const QTime at =
        QTime::fromString(s.value(QStringLiteral("reminders/checkInTime")).toString(), QStringLiteral("HH:mm"));
    config.checkInTime = at.isValid() ? at : QTime(20, 0);
    m_schedule.setConfig(config, now());
    const bool wantRunning = s.value(QStringLiteral("reminders/sitBreakRunning"), false).toBool();
    if (wantRunning && !m_schedule.isRunning()) {
        m_schedule.start(now());
    } else if (!wantRunning && m_schedule.isRunning()) {
        m_schedule.pause();
    }
    retranslate();
    Q_EMIT stateChanged();
}

void ReminderController::start() {
    m_context.settings.setValue(QStringLiteral("reminders/sitBreakRunning"), true);
    m_schedule.start(now());
    retranslate();
    Q_EMIT stateChanged();
}

void ReminderController::pause() {
    m_context.settings.setValue(QStringLiteral("reminders/sitBreakRunning"), false);
    m_schedule.pause();
    retranslate();
    Q_EMIT stateChanged();
}

void ReminderController::snooze() {
    m_schedule.snooze(now());
    m_banner->hide();
    Q_EMIT stateChanged();
}

void ReminderController::tookBreak() {
    m_schedule.breakTaken(now());
    auto total = recordSitBreak(m_context.episodes, now());
    if (total) {
        m_banner->showInfo(tr("Break counted: %n today.", nullptr, total.value()));
        QTimer::singleShot(8000, m_banner, [banner = m_banner] {
            if (banner->kind() == ReminderBanner::Kind::Info) {
                banner->hide();
            }
        });
        Q_EMIT breakRecorded(total.value());
    } else {
        m_banner->showInfo(tr("The break could not be saved: %1").arg(total.error().message));
    }
    Q_EMIT stateChanged();
}

void ReminderController::tick() {
    if (m_tray == nullptr && trayAvailable()) {
        // Desktop panels often start after the apps of the session: move into the tray once it exists.
        createTray();
        retranslate();
        Q_EMIT stateChanged();
    }
    const QList<ReminderSchedule::Event> due = m_schedule.tick(now());
    for (ReminderSchedule::Event event : due) {
        notify(event);
    }
    if (!due.isEmpty()) {
        Q_EMIT stateChanged();
    }
}

void ReminderController::notify(ReminderSchedule::Event event) {
    const auto& config = m_schedule.config();
    const bool sitBreak = event == ReminderSchedule::Event::SitBreak;
    if (!sitBreak && checkedInToday()) {
        return;  // already done: no need to ask
    }
    m_banner->showReminder(sitBreak ? ReminderBanner::Kind::SitBreak : ReminderBanner::Kind::CheckIn,
                           config.breakMinutes, config.snoozeMinutes);
    if (m_tray != nullptr) {
        m_tray->showMessage(tr("SpineSignal"), m_banner->text(), QSystemTrayIcon::Information, 30 * 1000);
    }
    if (m_window && m_window->isVisible()) {
        QApplication::alert(m_window);
    }
}

bool ReminderController::checkedInToday() const {
    // Counted breaks alone (habits-only entries) are not a check-in; any rated symptom is.
    const QDate today = now().date();
    auto entries = m_context.episodes.listBetween(today, today);
    if (!entries) {
        return false;
    }
    for (const Episode& e : entries.value()) {
        for (const auto& value : e.intensity) {
            if (value.has_value()) {
                return true;
            }
        }
    }
    return false;
}

void ReminderController::createTray() {
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_menu = new QMenu;
    m_showAction = m_menu->addAction(QString(), this, [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_startPauseAction = m_menu->addAction(QString(), this, [this] { isRunning() ? pause() : start(); });
    m_tookBreakAction = m_menu->addAction(QString(), this, &ReminderController::tookBreak);
    m_snoozeAction = m_menu->addAction(QString(), this, &ReminderController::snooze);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString(), this, [this] {
        m_quitting = true;
        if (m_window) {
            m_window->close();
        }
        QApplication::quit();
    });
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, m_showAction, &QAction::trigger);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            m_showAction->trigger();
        }
    });
    m_tray->show();
    // The window may close to the tray; the tray's Quit ends the app.
    QApplication::setQuitOnLastWindowClosed(false);
}

bool ReminderController::eventFilter(QObject* watched, QEvent* event) {
    const bool keepRunning = m_schedule.isRunning() || m_schedule.config().checkInEnabled;
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting) {
        // The tray may have gone away since (its panel ended): then hiding would leave the app
        // running with nothing to bring it back, so it quits like a window without a tray.
        if (m_tray != nullptr && keepRunning && trayAvailable()) {
            // Keep reminding from the tray; say so once, so the person is not surprised.
            m_window->hide();
            event->ignore();
            if (!m_toldAboutTray) {
                m_toldAboutTray = true;
                m_tray->showMessage(tr("SpineSignal"),
                                    tr("SpineSignal keeps running in the tray to remind you. Use Quit in its "
                                       "menu to end it."));
            }
            return true;
        }
        if (m_tray != nullptr) {
            QApplication::quit();
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReminderController::retranslate() {
    if (m_tray == nullptr) {
        return;
    }
    m_showAction->setText(tr("Show SpineSignal"));
    m_startPauseAction->setText(isRunning() ? tr("Pause sit-break reminder") : tr("Start sit-break reminder"));
    m_tookBreakAction->setText(tr("I took a break"));
    m_snoozeAction->setText(tr("Snooze %1 min").arg(m_schedule.config().snoozeMinutes));
    m_snoozeAction->setEnabled(isRunning());
    m_quitAction->setText(tr("Quit SpineSignal"));
    m_tray->setToolTip(
        isRunning() ? tr("SpineSignal: sit-break reminder every %1 minutes").arg(m_schedule.config().intervalMinutes)
                    : tr("SpineSignal: sit-break reminder paused"));
}

}  // namespace spinesignal::ui
