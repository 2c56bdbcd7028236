#include "reminders/reminderschedule.h"

#include <gtest/gtest.h>

using spinesignal::ui::ReminderSchedule;
using Event = ReminderSchedule::Event;

namespace {

QDateTime t(int hour, int minute, int day = 10) {
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}

/// Ticks every 15 seconds from `from` to `to` and returns every event seen.
QList<Event> runBetween(ReminderSchedule& s, const QDateTime& from, const QDateTime& to) {
    QList<Event> all;
    for (QDateTime now = from; now <= to; now = now.addSecs(15)) {
        all += s.tick(now);
    }
    return all;
}

}  // namespace

TEST(ReminderSchedule, DefaultsFollowTheArticle) {
    const ReminderSchedule::Config config;
    EXPECT_EQ(config.intervalMinutes, 40);
    EXPECT_EQ(config.breakMinutes, 5);
}

TEST(ReminderSchedule, RemindsOnceAfterFortyMinutesOfSitting) {
    ReminderSchedule s;
    s.start(t(9, 0));
    EXPECT_TRUE(runBetween(s, t(9, 0), t(9, 39)).isEmpty());
    const QList<Event> due = runBetween(s, t(9, 39).addSecs(15), t(9, 41));
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first(), Event::SitBreak);
    EXPECT_EQ(s.nextBreak(), t(9, 40).addSecs(40 * 60));
}

TEST(ReminderSchedule, NoBurstAfterSleep) {
    ReminderSchedule s;
    s.start(t(9, 0));
    s.tick(t(9, 10));
    // The laptop sleeps for three hours: four deadlines pass unseen.
    const QList<Event> afterResume = s.tick(t(12, 10));
    EXPECT_LE(afterResume.size(), 1);
    EXPECT_TRUE(s.tick(t(12, 10).addSecs(15)).isEmpty());
    // Counting restarts from the resume, not from the missed deadlines.
    EXPECT_EQ(s.nextBreak(), t(12, 50));
}

TEST(ReminderSchedule, SnoozeAsksAgainLater) {
    ReminderSchedule s;
    s.start(t(9, 0));
    ASSERT_EQ(runBetween(s, t(9, 0), t(9, 40)).size(), 1);
    s.snooze(t(9, 40));
    EXPECT_TRUE(runBetween(s, t(9, 40), t(9, 49)).isEmpty());
    EXPECT_EQ(runBetween(s, t(9, 49).addSecs(15), t(9, 50)).size(), 1);
}

TEST(ReminderSchedule, ABreakTakenRestartsTheIntervalAfterTheBreak) {
    ReminderSchedule s;
    s.start(t(9, 0));
    s.breakTaken(t(9, 40));
    EXPECT_EQ(s.nextBreak(), t(10, 25));  // 5 minutes of break + 40 of sitting
}

TEST(ReminderSchedule, PausedGivesNoSitBreaks) {
    ReminderSchedule s;
    s.start(t(9, 0));
    s.pause();
    EXPECT_FALSE(s.isRunning());
    EXPECT_TRUE(runBetween(s, t(9, 0), t(11, 0)).isEmpty());
}

TEST(ReminderSchedule, DailyCheckInOncePerDayEvenAfterSleep) {
    ReminderSchedule s;
    ReminderSchedule::Config config;
    config.checkInEnabled = true;
    config.checkInTime = QTime(20, 0);
    s.setConfig(config, t(8, 0));
    EXPECT_EQ(s.nextCheckIn(t(8, 0)), t(20, 0));
    EXPECT_TRUE(s.tick(t(19, 59)).isEmpty());
    EXPECT_EQ(s.tick(t(20, 0)), QList<Event>{Event::CheckIn});
    EXPECT_TRUE(s.tick(t(21, 0)).isEmpty());
    // Asleep from 19:00 on the next day until 23:00: one reminder on waking, not more.
    s.tick(t(19, 0, 11));
    EXPECT_EQ(s.tick(t(23, 0, 11)), QList<Event>{Event::CheckIn});
    EXPECT_TRUE(s.tick(t(23, 1, 11)).isEmpty());
}

TEST(ReminderSchedule, ChoosingAPastTimeTodayDoesNotFireAtOnce) {
    ReminderSchedule s;
    ReminderSchedule::Config config;
    config.checkInEnabled = true;
    config.checkInTime = QTime(8, 0);
    s.setConfig(config, t(9, 0));
    EXPECT_TRUE(s.tick(t(9, 0)).isEmpty());
    EXPECT_EQ(s.nextCheckIn(t(9, 0)), t(8, 0, 11));
}
