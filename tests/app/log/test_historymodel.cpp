#include "../appfixture.h"
#include "log/historymodel.h"
#include "log/learnlinks.h"
#include "support/episodebuilder.h"

#include <gtest/gtest.h>

using namespace spinesignal;
using namespace spinesignal::ui;
using spinesignal::testing::pastMoment;
using spinesignal::testing::simpleEpisode;

class HistoryModelTest : public spinesignal::testing::AppFixture {
protected:
    /// `n` entries, one every 7 hours going forward from pastMoment(), stored in shuffled order.
    void addMany(int n) {
        QList<Episode> list;
        for (int i = 0; i < n; ++i) {
            const int k = (i * 37) % n;  // not in time order, so the model must sort
            list.append(simpleEpisode(pastMoment().addSecs(qint64{k} * 7 * 3600), k % 11));
        }
        ASSERT_TRUE(store().episodes().addAll(list).ok());
    }
};

TEST_F(HistoryModelTest, ListsNewestFirstAndFetchesLazilyInBatches) {
    addMany(250);
    HistoryModel model(store().episodes());
    EXPECT_EQ(model.totalCount(), 250);
    EXPECT_EQ(model.rowCount(), 0);  // nothing read until a view asks
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), HistoryModel::kBatchSize);
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));
    for (int i = 1; i < model.rowCount(); ++i) {
        EXPECT_GE(model.episodeAt(i - 1).when, model.episodeAt(i).when) << i;
    }
    EXPECT_EQ(model.episodeAt(0).when, pastMoment().addSecs(qint64{249} * 7 * 3600));
    EXPECT_EQ(model.columnCount(), HistoryModel::ColumnCount);
}

TEST_F(HistoryModelTest, RangeFilterCountsOnlyTheDaysAsked) {
    addMany(250);
    HistoryModel model(store().episodes());
    const QDate from = pastMoment().date().addDays(10);
    const QDate to = from.addDays(9);
    model.setRange(from, to);
    const auto expected = store().episodes().listBetween(from, to).value();
    EXPECT_EQ(model.totalCount(), expected.size());
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    ASSERT_EQ(model.rowCount(), expected.size());
    EXPECT_EQ(model.episodeAt(0).id, expected.last().id);
    for (int i = 0; i < model.rowCount(); ++i) {
        EXPECT_GE(model.episodeAt(i).localDate(), from);
        EXPECT_LE(model.episodeAt(i).localDate(), to);
    }
}

TEST_F(HistoryModelTest, ShowsIntensitiesAndFollowsTheStore) {
    HistoryModel model(store().episodes());
    Episode e = simpleEpisode(pastMoment(), 7);
    e.setIntensity(Symptom::Numbness, 2);
    const qint64 id = store().episodes().add(e).value();
    ASSERT_EQ(model.rowCount(), 1);  // reloaded after the commit
    EXPECT_EQ(model.index(0, HistoryModel::Soreness).data().toInt(), 7);
    EXPECT_EQ(model.index(0, HistoryModel::Numbness).data().toInt(), 2);
    EXPECT_EQ(model.index(0, HistoryModel::Weakness).data().toString(), QStringLiteral("–"));
    EXPECT_TRUE(
        model.index(0, HistoryModel::Soreness).data(Qt::ToolTipRole).toString().contains(QStringLiteral("severe")));
    EXPECT_EQ(model.index(0, 0).data(HistoryModel::WorstRole).toInt(), 7);
    EXPECT_EQ(model.headerData(HistoryModel::RadiatingPain, Qt::Horizontal, Qt::ToolTipRole).toString(),
              QStringLiteral("Radiating pain"));
    ASSERT_TRUE(store().episodes().remove(id).ok());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.totalCount(), 0);
}

TEST(LearnLinks, MapEachPatternToItsSection) {
    Episode e;
    EXPECT_TRUE(LearnLinks::forEpisode(e).isEmpty());
    e.triggers.insert(Trigger::LongSitting);
    ASSERT_EQ(LearnLinks::forEpisode(e).size(), 1);
    EXPECT_EQ(LearnLinks::forEpisode(e).first().sectionId, QStringLiteral("prevention"));
    e = {};
    e.setIntensity(Symptom::Weakness, 3);
    EXPECT_EQ(LearnLinks::forEpisode(e).first().sectionId, QStringLiteral("nerve-compression"));
    e.setIntensity(Symptom::Weakness, 0);  // "none" is not a pattern
    EXPECT_TRUE(LearnLinks::forEpisode(e).isEmpty());
    e = {};
    e.triggers.insert(Trigger::Fatigue);
    EXPECT_EQ(LearnLinks::forEpisode(e).first().sectionId, QStringLiteral("inflammation"));
}
