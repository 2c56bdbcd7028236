#include "storage/episoderepository.h"
#include "support/episodebuilder.h"
#include "support/tempstore.h"

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::fullEpisode;
using spinesignal::testing::pastMoment;
using spinesignal::testing::simpleEpisode;
using spinesignal::testing::TempStore;

namespace {

QDateTime berlin(int y, int m, int d, int hh, int mm, int ss = 0) {
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss));  // local time; the tests pin TZ=Europe/Berlin
}

QList<QString> notesOf(const QList<Episode>& episodes) {
    QList<QString> notes;
    for (const auto& e : episodes) {
        notes.append(e.note);
    }
    return notes;
}

Episode noted(const QDateTime& when, const char* note) {
    Episode e = simpleEpisode(when);
    e.note = QString::fromUtf8(note);
    return e;
}

}  // namespace

TEST(EpisodeRepository, RoundTripsEveryField) {
    TempStore store;
    const Episode original = fullEpisode(pastMoment());
    auto id = store.episodes().add(original);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    store.reopen();
    auto got = store.episodes().get(id.value());
    ASSERT_TRUE(got);
    ASSERT_TRUE(got.value().has_value());
    Episode expected = original;
    expected.id = id.value();
    EXPECT_EQ(*got.value(), expected);
    EXPECT_EQ(got.value()->when.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2024-03-05 10:30"));
    EXPECT_EQ(got.value()->note, original.note);
    EXPECT_TRUE(got.value()->regions.contains(Leg::Right, LegRegion::BigToe));
}

TEST(EpisodeRepository, KeepsOptionalFieldsEmpty) {
    TempStore store;
    auto id = store.episodes().add(simpleEpisode(pastMoment(), 0));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto got = store.episodes().get(id.value()).value();
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(got->intensityOf(Symptom::Soreness), 0);  // zero is a value, not "not recorded"
    EXPECT_FALSE(got->intensityOf(Symptom::Numbness).has_value());
    EXPECT_FALSE(got->durationMinutes.has_value());
    EXPECT_TRUE(got->habits.isEmpty());
}

TEST(EpisodeRepository, ManyEntriesOnOneDay) {
    TempStore store;
    for (int h = 0; h < 24; ++h) {
        ASSERT_TRUE(store.episodes().add(simpleEpisode(berlin(2024, 5, 10, h, 15), h % 11)));
    }
    auto day = store.episodes().listBetween(QDate(2024, 5, 10), QDate(2024, 5, 10));
    ASSERT_TRUE(day);
    ASSERT_EQ(day.value().size(), 24);
    EXPECT_EQ(day.value().first().when.time().hour(), 0);
    EXPECT_EQ(day.value().last().when.time().hour(), 23);
    EXPECT_EQ(store.episodes().count().value(), 24);
}

TEST(EpisodeRepository, DayRangesFollowTheLocalCalendarAcrossMidnightAndDaylightSaving) {
    TempStore store;
    // Europe/Berlin moves to summer time at 02:00 on 2024-03-31.
    ASSERT_TRUE(store.episodes().add(noted(berlin(2024, 3, 30, 23, 59, 30), "before midnight")));
    ASSERT_TRUE(store.episodes().add(noted(berlin(2024, 3, 31, 0, 0, 30), "after midnight")));
    ASSERT_TRUE(store.episodes().add(noted(berlin(2024, 3, 31, 3, 30), "after the clocks changed")));
    ASSERT_TRUE(store.episodes().add(noted(berlin(2024, 3, 31, 23, 59, 59), "last second")));
    ASSERT_TRUE(store.episodes().add(noted(berlin(2024, 4, 1, 0, 0, 0), "next day")));
    // Logged on a trip in Beijing at 23:30 on the 30th: that is the 30th on the person's clock.
    ASSERT_TRUE(store.episodes().add(
        noted(QDateTime(QDate(2024, 3, 30), QTime(23, 30), Qt::OffsetFromUTC, 8 * 3600), "beijing")));

    auto day = store.episodes().listBetween(QDate(2024, 3, 31), QDate(2024, 3, 31));
    ASSERT_TRUE(day);
    EXPECT_EQ(notesOf(day.value()),
              (QList<QString>{QStringLiteral("after midnight"), QStringLiteral("after the clocks changed"),
                              QStringLiteral("last second")}));
    auto before = store.episodes().listBetween(QDate(2024, 3, 30), QDate(2024, 3, 30));
    EXPECT_EQ(notesOf(before.value()), (QList<QString>{QStringLiteral("beijing"), QStringLiteral("before midnight")}));
    auto all = store.episodes().listBetween(QDate(2024, 3, 1), QDate(2024, 4, 30));
    EXPECT_EQ(all.value().size(), 6);
    EXPECT_TRUE(store.episodes().listBetween(QDate(2024, 4, 2), QDate(2024, 4, 30)).value().isEmpty());
}

TEST(EpisodeRepository, UpdateReplacesAndDeleteRemoves) {
    TempStore store;
    auto id = store.episodes().add(simpleEpisode(pastMoment(), 3)).value();
    Episode e = store.episodes().get(id).value().value();
    e.setIntensity(Symptom::Numbness, 8);
    e.note = QStringLiteral("edited");
    ASSERT_TRUE(store.episodes().update(e));
    EXPECT_EQ(store.episodes().get(id).value()->note, QStringLiteral("edited"));
    EXPECT_EQ(store.episodes().get(id).value()->intensityOf(Symptom::Numbness), 8);

    ASSERT_TRUE(store.episodes().remove(id));
    EXPECT_FALSE(store.episodes().get(id).value().has_value());
    auto again = store.episodes().remove(id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, Error::Kind::NotFound);

    // Undo of delete brings the entry back under its old id.
    ASSERT_TRUE(store.episodes().restore(e));
    EXPECT_EQ(store.episodes().get(id).value()->note, QStringLiteral("edited"));
}

TEST(EpisodeRepository, InvalidEntriesStoreNothing) {
    TempStore store;
    Episode nothing;
    nothing.when = pastMoment();
    auto r = store.episodes().add(nothing);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::Invalid);
    Episode future = simpleEpisode(QDateTime::currentDateTime().addDays(2));
    EXPECT_FALSE(store.episodes().add(future));
    // One bad entry in a batch stores none of it.
    EXPECT_FALSE(store.episodes().addAll({simpleEpisode(pastMoment()), future}));
    EXPECT_EQ(store.episodes().count().value(), 0);
}

TEST(EpisodeRepository, AnnouncesChangesOnlyAfterCommit) {
    TempStore store;
    int announced = 0;
    QObject::connect(&store.episodes(), &EpisodeRepository::changed, [&announced] { ++announced; });
    Episode nothing;
    nothing.when = pastMoment();
    (void)store.episodes().add(nothing);
    EXPECT_EQ(announced, 0);
    ASSERT_TRUE(store.episodes().add(simpleEpisode(pastMoment())));
    EXPECT_EQ(announced, 1);
}

TEST(EpisodeRepository, LatestIsTheMostRecentByTime) {
    TempStore store;
    EXPECT_FALSE(store.episodes().latest().value().has_value());
    ASSERT_TRUE(store.episodes().add(noted(berlin(2024, 1, 2, 9, 0), "newer")));
    ASSERT_TRUE(store.episodes().add(noted(berlin(2024, 1, 1, 9, 0), "older, added later")));
    EXPECT_EQ(store.episodes().latest().value()->note, QStringLiteral("newer"));
}
