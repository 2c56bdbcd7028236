#include "reminders/reminderschedule.h"

namespace spinesignal::ui {

namespace {

qint64 minutes(int m) {
    return static_cast<qint64>(m) * 60;
}

}  // namespace

void ReminderSchedule::setConfig(const Config& config, const QDateTime& now) {
    const bool intervalChanged = config.intervalMinutes != m_config.intervalMinutes;
    m_config = config;
    if (intervalChanged && m_nextBreak) {
        m_nextBreak = now.addSecs(minutes(m_config.intervalMinutes));
    }
    // A check-in time already passed today is not announced the moment it is chosen.
    if (m_config.checkInEnabled && now.time() >= m_config.checkInTime) {
        m_checkInShownOn = now.date();
    }
}

void ReminderSchedule::start(const QDateTime& now) {
    m_nextBreak = now.addSecs(minutes(m_config.intervalMinutes));
    m_lastTick = now;
}

void ReminderSchedule::pause() {
    m_nextBreak.reset();
}

std::optional<QDateTime> ReminderSchedule::nextCheckIn(const QDateTime& now) const {
    if (!m_config.checkInEnabled) {
        return std::nullopt;
    }
    const QDate day = m_checkInShownOn == now.date() ? now.date().addDays(1) : now.date();
    return QDateTime(day, m_config.checkInTime);
}

void ReminderSchedule::breakTaken(const QDateTime& now) {
    if (isRunning()) {
        m_nextBreak = now.addSecs(minutes(m_config.breakMinutes + m_config.intervalMinutes));
    }
}

void ReminderSchedule::snooze(const QDateTime& now) {
    if (isRunning()) {
        m_nextBreak = now.addSecs(minutes(m_config.snoozeMinutes));
    }
}

QList<ReminderSchedule::Event> ReminderSchedule::tick(const QDateTime& now) {
    QList<Event> due;
    const bool wasAway = m_lastTick && m_lastTick->secsTo(now) >= minutes(m_config.intervalMinutes);
    m_lastTick = now;
    if (m_nextBreak && now >= *m_nextBreak) {
        if (!wasAway) {
            due.append(Event::SitBreak);
        }
        // Counted from now, never from the missed deadline: that is what prevents a burst.
        m_nextBreak = now.addSecs(minutes(m_config.intervalMinutes));
    }
    if (m_config.checkInEnabled && now.time() >= m_config.checkInTime &&
        m_checkInShownOn != now.date()) {
        m_checkInShownOn = now.date();
        due.append(Event::CheckIn);
    }
    return due;
}

}  // namespace spinesignal::ui
