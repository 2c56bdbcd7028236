#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "storage/migrations.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

QStringList columnsOf(Database& db, const QString& table) {
    QStringList cols;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    while (q.next()) {
        cols.append(q.value(0).toString());
    }
    return cols;
}

}  // namespace

TEST(Migrations, AreOrderedFromOneWithoutGaps) {
    const auto& all = allMigrations();
    ASSERT_FALSE(all.isEmpty());
    for (int i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].version, i + 1);
        EXPECT_FALSE(all[i].statements.isEmpty());
    }
}

TEST(Migrations, OneCreatesTheEpisodesTable) {
    QTemporaryDir dir;
    auto db = Database::createAtVersion(DataLocation::databasePath(dir.path()), 0);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db.value()->migrate(1));
    EXPECT_EQ(db.value()->schemaVersion(), 1);
    const QStringList cols = columnsOf(*db.value(), QStringLiteral("episodes"));
    EXPECT_TRUE(cols.contains(QStringLiteral("occurred_utc")));
    EXPECT_TRUE(cols.contains(QStringLiteral("radiating_pain")));
    EXPECT_FALSE(cols.contains(QStringLiteral("sit_breaks")));
}

TEST(Migrations, TwoKeepsVersionOneEntriesAndAddsHabits) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        auto db = Database::createAtVersion(path, 1);
        ASSERT_TRUE(db);
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO episodes (occurred_utc, utc_offset_s, local_day, soreness, note, created_utc, "
                           "updated_utc) VALUES (1709631000, 3600, 2460375, 4, 'from v1', 1, 1)")));
    }
    // Opening with the current build migrates 1 → 2 in place.
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), 2);
    EXPECT_TRUE(columnsOf(*db.value(), QStringLiteral("episodes")).contains(QStringLiteral("sit_breaks")));
    EXPECT_TRUE(columnsOf(*db.value(), QStringLiteral("self_checks")).contains(QStringLiteral("answers_json")));
    EpisodeRepository repo(*db.value());
    auto all = repo.listAll();
    ASSERT_TRUE(all);
    ASSERT_EQ(all.value().size(), 1);
    EXPECT_EQ(all.value()[0].note, QStringLiteral("from v1"));
    EXPECT_EQ(all.value()[0].intensityOf(Symptom::Soreness), 4);
    EXPECT_FALSE(all.value()[0].habits.sitBreaks.has_value());
}
