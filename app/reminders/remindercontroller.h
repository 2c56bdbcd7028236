#pragma once

#include "reminders/reminderschedule.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace spinesignal::ui {

struct AppContext;
class ReminderBanner;

/// Runs the reminders for the open window: the tray icon and its menu (when a tray exists), the
/// in-window banner, and the periodic check of the wall-clock deadlines. Settings keys:
/// reminders/{sitBreakRunning, intervalMinutes, breakMinutes, snoozeMinutes, checkInEnabled,
/// checkInTime}.
class ReminderController final : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    /// `window` may be null (tests); the banner is then a free widget.
    ReminderController(AppContext& context, QMainWindow* window, Clock clock = {}, QObject* parent = nullptr);
    ~ReminderController() override;

    /// The controller of the running window, if any (the Settings page talks to it).
    static ReminderController* current();
    static bool trayAvailable();

    ReminderBanner* banner() const { return m_banner; }
    const ReminderSchedule& schedule() const { return m_schedule; }
    bool hasTray() const { return m_tray != nullptr; }
    /// The tray icon, or null where no tray exists (tests drive its menu).
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    /// Re-reads the reminders/ settings.
    void reloadSettings();
    void start();
    void pause();
    bool isRunning() const { return m_schedule.isRunning(); }
    void snooze();
    /// Records the break in today's habits and restarts the interval.
    void tookBreak();
    /// Checks the deadlines now (the timer calls it; tests call it with a fake clock). Also picks
    /// up a system tray that appeared after start-up (a panel that starts after the app).
    void tick();

Q_SIGNALS:
    void stateChanged();
    void breakRecorded(int todaysTotal);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void notify(ReminderSchedule::Event event);
    bool checkedInToday() const;
    void createTray();
    void retranslate();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

    AppContext& m_context;
    QPointer<QMainWindow> m_window;
    Clock m_clock;
    ReminderSchedule m_schedule;
    QTimer* m_timer;
    ReminderBanner* m_banner;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_startPauseAction = nullptr;
    QAction* m_tookBreakAction = nullptr;
    QAction* m_snoozeAction = nullptr;
    QAction* m_quitAction = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
};

}  // namespace spinesignal::ui
