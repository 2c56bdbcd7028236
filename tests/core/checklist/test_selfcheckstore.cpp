#include "checklisttesting.h"

#include "checklist/episodemapping.h"
#include "checklist/selfcheckstore.h"
#include "support/tempstore.h"

using namespace spinesignal;
using namespace spinesignal::testing;

TEST(SelfCheckStore, SavesWithTheLogEntryAndListsNewestFirst) {
    TempStore store;
    SelfCheckStore checks(store.database());
    EXPECT_TRUE(checks.list().value().isEmpty());

    const AnswerSet a = mildFatigueSoreness();
    const CheckResult result = evaluate(a);
    const QDateTime earlier(QDate(2026, 3, 1), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    const QDateTime later(QDate(2026, 3, 2), QTime(20, 15), Qt::OffsetFromUTC, 7200);
    const Episode e = EpisodeMapping::toEpisode(checklist(), a, result, later, QStringLiteral("en"));
    auto episodeId = store.episodes().add(e);
    ASSERT_TRUE(episodeId) << episodeId.error().message.toStdString();

    ASSERT_TRUE(checks.add({0, earlier, Tier::Incomplete, {}, {}, std::nullopt}));
    auto id = checks.add(
        {0, later, result.tier, a.toJson(), result.toJson(checklist(), QStringLiteral("en")), episodeId.value()});
    ASSERT_TRUE(id) << id.error().message.toStdString();

    store.reopen();
    SelfCheckStore reopened(store.database());
    auto listed = reopened.list();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed.value().size(), 2);
    const SelfCheckRecord& newest = listed.value().constFirst();
    EXPECT_EQ(newest.id, id.value());
    EXPECT_EQ(newest.takenAt, later);
    EXPECT_EQ(newest.takenAt.offsetFromUtc(), 7200);
    EXPECT_EQ(newest.tier, Tier::SelfCare);
    EXPECT_EQ(newest.episodeId, episodeId.value());
    EXPECT_EQ(AnswerSet::fromJson(newest.answers, checklist()).value(), a);
    EXPECT_EQ(newest.result.value(QStringLiteral("tier")).toString(), QStringLiteral("self_care"));
    EXPECT_FALSE(listed.value().constLast().episodeId.has_value());

    // The entry is in the log with the self-check's values.
    auto stored = store.episodes().get(episodeId.value());
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(stored.value()->intensityOf(Symptom::Soreness), 2);
    EXPECT_TRUE(stored.value()->triggers.contains(Trigger::Fatigue));
}
