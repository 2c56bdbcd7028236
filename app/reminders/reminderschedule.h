#pragma once

#include <QDateTime>
#include <QList>
#include <QTime>

#include <optional>

namespace spinesignal::ui {

/// When the sit-break and daily check-in reminders are due. Pure logic: "now" is always passed in,
/// so tests drive it with a fake clock.
///
/// Deadlines are wall-clock times, checked by a periodic tick(). A tick after the computer slept or
/// the app was suspended sees at most one reminder of each kind: a missed sit break is not
/// replayed, and a gap longer than the interval counts as time away from the chair (the interval
/// restarts).
class ReminderSchedule {
public:
    enum class Event { SitBreak, CheckIn };

    struct Config {
        int intervalMinutes = 40;  ///< the article: stand up after 40 minutes of sitting
        int breakMinutes = 5;      ///< … for about 5 minutes
        int snoozeMinutes = 10;
        bool checkInEnabled = false;
        QTime checkInTime{20, 0};
    };

    void setConfig(const Config& config, const QDateTime& now);
    const Config& config() const { return m_config; }

    /// Starts (or restarts) counting sitting time from `now`.
    void start(const QDateTime& now);
    void pause();
    bool isRunning() const { return m_nextBreak.has_value(); }
    std::optional<QDateTime> nextBreak() const { return m_nextBreak; }
    std::optional<QDateTime> nextCheckIn(const QDateTime& now) const;

    /// The person took the break: the next sitting period starts after it.
    void breakTaken(const QDateTime& now);
    /// Ask again in snoozeMinutes.
    void snooze(const QDateTime& now);

    /// The reminders due at `now` (each at most once per call).
    QList<Event> tick(const QDateTime& now);

private:
    Config m_config;
    std::optional<QDateTime> m_nextBreak;
    std::optional<QDateTime> m_lastTick;
    QDate m_checkInShownOn;
};

}  // namespace spinesignal::ui
