#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/migrations.h"
#include "support/episodebuilder.h"
#include "support/tempstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::fileHash;
using spinesignal::testing::TempStore;

namespace {

QString pragma(Database& db, const char* name) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    q.next();
    return q.value(0).toString();
}

QFile::Permissions ownerOnly() {
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
}

}  // namespace

TEST(Database, NewStoreHasPragmasForDurability) {
    TempStore store;
    EXPECT_EQ(pragma(store.database(), "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(store.database(), "synchronous"), QStringLiteral("2"));  // FULL
    EXPECT_EQ(pragma(store.database(), "foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma(store.database(), "application_id").toInt(), Database::kApplicationId);
    EXPECT_EQ(store.database().schemaVersion(), currentSchemaVersion());
}

TEST(Database, FilesAreReadableByOwnerOnly) {
    TempStore store;
    ASSERT_TRUE(store.episodes().add(spinesignal::testing::simpleEpisode(spinesignal::testing::pastMoment())));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = store.databasePath() + suffix;
        ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();
        EXPECT_EQ(QFile::permissions(path), ownerOnly()) << path.toStdString();
    }
}

TEST(Database, NewerSchemaIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 5)));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileHash(path);
    auto reopened = Database::open(path);
    ASSERT_FALSE(reopened);
    EXPECT_EQ(reopened.error().kind, Error::Kind::TooNew);
    EXPECT_TRUE(reopened.error().message.contains(path));
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, NonSqliteFileIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("date,soreness\n2024-01-01,3\n");
    f.close();
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, Error::Kind::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(path));
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, EmptyFileIsRefused) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("empty")));
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST(Database, AnotherApplicationsDatabaseIsRefused) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("another application")));
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, NoTemporaryFileIsLeftAfterCreation) {
    QTemporaryDir dir;
    ASSERT_TRUE(Database::open(DataLocation::databasePath(dir.path())));
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files);
    for (const QString& name : entries) {
        EXPECT_FALSE(name.contains(QStringLiteral("creating"))) << name.toStdString();
    }
}

TEST(Database, ReopeningKeepsData) {
    TempStore store;
    auto id = store.episodes().add(spinesignal::testing::simpleEpisode(spinesignal::testing::pastMoment(), 6));
    ASSERT_TRUE(id);
    store.reopen();
    auto got = store.episodes().get(id.value());
    ASSERT_TRUE(got && got.value().has_value());
    EXPECT_EQ(got.value()->intensityOf(Symptom::Soreness), 6);
}
