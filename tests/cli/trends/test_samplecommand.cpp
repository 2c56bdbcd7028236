#include "cli/clirunner.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::runCli;

namespace {

qint64 countEntries(const QString& dataDir) {
    auto db = Database::open(DataLocation::databasePath(dataDir));
    if (!db) {
        return -1;
    }
    EpisodeRepository repo(*db.value());
    auto n = repo.count();
    return n ? n.value() : -1;
}

}  // namespace

TEST(SampleCommand, AddsEntriesAndPrintsOneLine) {
    QTemporaryDir dir;
    const QString data = QDir(dir.path()).filePath(QStringLiteral("data"));
    auto r = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("--lang"), QStringLiteral("en"),
                     QStringLiteral("--generate-sample-data"), QStringLiteral("30")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 1) << r.out.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Added "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("30 days"))) << r.out.toStdString();
    const qint64 n = countEntries(data);
    EXPECT_GE(n, 30);  // several a day on most days
    EXPECT_LE(n, 30 * 6);
    EXPECT_TRUE(r.out.contains(QString::number(n))) << r.out.toStdString();
}

TEST(SampleCommand, SameSeedGivesTheSameNumberOfEntries) {
    QTemporaryDir a;
    QTemporaryDir b;
    for (const QString& d : {a.path(), b.path()}) {
        auto r = runCli({QStringLiteral("--data-dir"), d, QStringLiteral("--generate-sample-data"),
                         QStringLiteral("90"), QStringLiteral("--sample-seed"), QStringLiteral("42")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    EXPECT_EQ(countEntries(a.path()), countEntries(b.path()));
}

TEST(SampleCommand, RefusesABadNumberWithExitTwo) {
    QTemporaryDir dir;
    for (const QString& bad : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("ten"),
                               QStringLiteral("99999999"), QStringLiteral("3.5")}) {
        auto r = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--generate-sample-data"), bad});
        EXPECT_EQ(r.exitCode, 2) << bad.toStdString();
        EXPECT_TRUE(r.err.contains(bad)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    auto seed = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--generate-sample-data"),
                        QStringLiteral("3"), QStringLiteral("--sample-seed"), QStringLiteral("x")});
    EXPECT_EQ(seed.exitCode, 2);
    EXPECT_EQ(countEntries(dir.path()), 0) << "nothing added after a refusal";
}
