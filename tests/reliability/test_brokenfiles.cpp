// The broken-file matrix: the store is opened against damaged inputs generated here. For each: no
// crash, a message that names the file and the problem, and the file left byte-for-byte as it was.
#include "entrycontent.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "storecheck.h"
#include "support/tempstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>

using namespace spinesignal;
using namespace spinesignal::testing;

namespace {

int g_inputsTried = 0;

/// A healthy store with enough entries to span many pages, checkpointed into one file (no WAL).
QByteArray healthyStoreBytes(int entries = 300) {
    static QHash<int, QByteArray> cache;
    if (cache.contains(entries)) {
        return cache.value(entries);
    }
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db);
        EpisodeRepository repo(*db.value());
        QList<Episode> list;
        for (int i = 0; i < entries; ++i) {
            list << randomEpisode(static_cast<quint64>(i) + 7);
        }
        EXPECT_TRUE(repo.addAll(list));
        QSqlQuery q(db.value()->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    cache.insert(entries, f.readAll());
    return cache.value(entries);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Opens `bytes` as the store: expects a refusal whose message names the file and contains one of
/// `expectedWords`, and the file unchanged (also after the refusal's connection has been closed).
void expectRefused(const QByteArray& bytes, const QStringList& expectedWords, Error::Kind kind = Error::Kind::Corrupt) {
    ++g_inputsTried;
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    writeFile(path, bytes);
    const QByteArray before = fileHash(path);
    {
        auto opened = Database::open(path);
        ASSERT_FALSE(opened) << "a damaged file was opened as a store";
        EXPECT_EQ(opened.error().kind, kind) << opened.error().message.toStdString();
        const QString message = opened.error().message;
        EXPECT_TRUE(message.contains(path)) << message.toStdString();
        bool named = false;
        for (const QString& w : expectedWords) {
            named = named || message.contains(w, Qt::CaseInsensitive);
        }
        EXPECT_TRUE(named) << message.toStdString();
    }
    EXPECT_EQ(fileHash(path), before) << "the refused file was changed";
    EXPECT_TRUE(strayFiles(dir.path(), true).isEmpty()) << strayFiles(dir.path(), true).join(u' ').toStdString();
}

QByteArray withRandomBytes(QByteArray bytes, qsizetype from, qsizetype length, quint32 seed) {
    QRandomGenerator rng(seed);
    for (qsizetype i = from; i < from + length && i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(rng.bounded(256));
    }
    return bytes;
}

int pageSize(const QByteArray& db) {
    const int raw = (static_cast<unsigned char>(db.at(16)) << 8) | static_cast<unsigned char>(db.at(17));
    return raw == 1 ? 65536 : raw;
}

/// Prints how many damaged inputs each test tried (ctest runs every test in a process of its own).
class BrokenFiles : public ::testing::Test {
protected:
    void TearDown() override { std::cout << "[ figures  ] damaged inputs tried: " << g_inputsTried << "\n"; }
};

}  // namespace

TEST_F(BrokenFiles, EmptyFile) {
    expectRefused({}, {QStringLiteral("empty")});
}

TEST_F(BrokenFiles, TruncatedAtSeveralPoints) {
    const QByteArray good = healthyStoreBytes();
    const int page = pageSize(good);
    ASSERT_GT(good.size(), 8 * page);
    for (qsizetype cut :
         {qsizetype(10), qsizetype(50), qsizetype(99), qsizetype(100), qsizetype(page - 1), qsizetype(page),
          qsizetype(page + 1), good.size() / 3, good.size() / 2, good.size() - page, good.size() - 1}) {
        SCOPED_TRACE(cut);
        expectRefused(good.left(cut),
                      {QStringLiteral("truncated"), QStringLiteral("damaged"), QStringLiteral("not a SpineSignal")});
    }
}

TEST_F(BrokenFiles, RandomBytesInTheHeader) {
    const QByteArray good = healthyStoreBytes();
    for (quint32 seed = 1; seed <= 8; ++seed) {
        SCOPED_TRACE(seed);
        // Bytes 16–60: page size, format versions, page counts, freelist, schema cookie.
        expectRefused(withRandomBytes(good, 16, 45, seed), {QStringLiteral("damaged"), QStringLiteral("truncated")});
    }
    expectRefused(withRandomBytes(good, 0, 16, 99), {QStringLiteral("not an SQLite file")});
}

TEST_F(BrokenFiles, RandomBytesInADataPage) {
    const QByteArray good = healthyStoreBytes();
    const int page = pageSize(good);
    const qsizetype pages = good.size() / page;
    for (quint32 seed = 1; seed <= 8; ++seed) {
        SCOPED_TRACE(seed);
        // A page in the middle of the entries table: its header, cell pointers and first cells.
        const qsizetype target = (pages / 2 + seed) * page;
        expectRefused(withRandomBytes(good, target, 200, seed), {QStringLiteral("damaged")});
    }
}

/// A WAL-mode store (as every store of ours is) with random bytes in a page of its entries table:
/// damage only reading the pages finds.
QByteArray walStoreWithADamagedDataPage(quint32 seed) {
    QByteArray bytes = healthyStoreBytes();
    bytes[18] = 2;  // file format write and read versions: 2 is WAL
    bytes[19] = 2;
    const int page = pageSize(bytes);
    return withRandomBytes(bytes, (bytes.size() / page / 2 + seed) * page, 200, seed);
}

TEST_F(BrokenFiles, ADeferredPageCheckFindsTheDamageAndNothingIsWrittenMeanwhile) {
    // The window's start-up leaves the page check to another thread when opening writes nothing:
    // the damage must still be found, and the file stay as it was.
    for (quint32 seed = 1; seed <= 4; ++seed) {
        SCOPED_TRACE(seed);
        QTemporaryDir dir;
        const QString path = DataLocation::databasePath(dir.path());
        writeFile(path, walStoreWithADamagedDataPage(seed));
        const QByteArray before = fileHash(path);
        {
            auto opened = Database::open(path, PageCheck::Deferred);
            ASSERT_TRUE(opened) << opened.error().message.toStdString();
            ASSERT_TRUE(opened.value()->pageCheckDeferred());
            BackgroundPageCheck check(path);
            const Status found = check.result();
            ASSERT_FALSE(found);
            EXPECT_EQ(found.error().kind, Error::Kind::Corrupt);
            EXPECT_TRUE(found.error().message.contains(path)) << found.error().message.toStdString();
            EXPECT_TRUE(found.error().message.contains(QStringLiteral("damaged")))
                << found.error().message.toStdString();
        }
        EXPECT_EQ(fileHash(path), before) << "a store with a damaged page was changed";
        // Checked on open, the same file is refused.
        auto refused = Database::open(path);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind, Error::Kind::Corrupt);
    }
}

TEST_F(BrokenFiles, ThePageCheckIsNeverDeferredWhenOpeningWrites) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        // A store from an older version: opening it migrates, so its pages are checked first.
        auto old = Database::createAtVersion(path, 1);
        ASSERT_TRUE(old);
    }
    auto migrated = Database::open(path, PageCheck::Deferred);
    ASSERT_TRUE(migrated) << migrated.error().message.toStdString();
    EXPECT_FALSE(migrated.value()->pageCheckDeferred());
    // A rollback-journal file is switched to WAL on open: checked first too.
    const QString other = QDir(dir.path()).filePath(QStringLiteral("other.db"));
    writeFile(other, healthyStoreBytes());
    auto switched = Database::open(other, PageCheck::Deferred);
    ASSERT_TRUE(switched) << switched.error().message.toStdString();
    EXPECT_FALSE(switched.value()->pageCheckDeferred());
    // A current WAL store: deferred, and its pages pass.
    migrated.value().reset();
    auto current = Database::open(path, PageCheck::Deferred);
    ASSERT_TRUE(current);
    EXPECT_TRUE(current.value()->pageCheckDeferred());
    EXPECT_TRUE(BackgroundPageCheck(path).result());
}

TEST_F(BrokenFiles, ARefusedStoreDoesNotTakeInTheWalACrashLeft) {
    // A crash leaves committed entries in the -wal. If the store is then refused, closing the
    // refusing connection must not checkpoint them into the damaged file.
    QTemporaryDir source;
    QTemporaryDir copy;
    const QString original = DataLocation::databasePath(source.path());
    const QString path = DataLocation::databasePath(copy.path());
    {
        auto db = Database::open(original);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        QList<Episode> list;
        for (int i = 0; i < 300; ++i) {
            list << randomEpisode(static_cast<quint64>(i) + 11);
        }
        ASSERT_TRUE(repo.addAll(list));
    }
    {
        auto db = Database::open(original);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        ASSERT_TRUE(repo.add(randomEpisode(999)));
        // The state a crash would leave: the file and its -wal, copied while the store is open.
        ASSERT_TRUE(QFile::copy(original, path));
        ASSERT_TRUE(QFile::copy(original + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }
    QByteArray bytes = readFile(path);
    const int page = pageSize(bytes);
    ASSERT_GT(bytes.size(), 8 * page);
    writeFile(path, withRandomBytes(bytes, (bytes.size() / page / 2) * page, 200, 5));
    const QByteArray before = fileHash(path);
    for (const PageCheck check : {PageCheck::OnOpen, PageCheck::Deferred}) {
        auto opened = Database::open(path, check);
        if (opened) {
            ASSERT_TRUE(opened.value()->pageCheckDeferred());
            EXPECT_FALSE(BackgroundPageCheck(path).result());
        } else {
            EXPECT_EQ(opened.error().kind, Error::Kind::Corrupt) << opened.error().message.toStdString();
        }
    }
    EXPECT_EQ(fileHash(path), before) << "the refused file took in its -wal";
}

TEST_F(BrokenFiles, UntilItsPagesAreCheckedTheStoreRefusesWrites) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        auto created = Database::open(path);
        ASSERT_TRUE(created);
    }
    auto opened = Database::open(path, PageCheck::Deferred);
    ASSERT_TRUE(opened);
    ASSERT_TRUE(opened.value()->pageCheckDeferred());
    EpisodeRepository repo(*opened.value());
    auto refused = repo.add(randomEpisode(1));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(path)) << refused.error().message.toStdString();
    EXPECT_EQ(repo.count().value(), 0);
    ASSERT_TRUE(BackgroundPageCheck(path).result());
    ASSERT_TRUE(opened.value()->confirmPagesChecked());
    EXPECT_FALSE(opened.value()->pageCheckDeferred());
    EXPECT_TRUE(repo.add(randomEpisode(1)));
    EXPECT_EQ(repo.count().value(), 1);
}

TEST_F(BrokenFiles, APageCheckThatCannotRunSaysWhy) {
    QTemporaryDir dir;
    const QString missing = QDir(dir.path()).filePath(QStringLiteral("gone.db"));
    const Status gone = checkPages(missing);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().kind, Error::Kind::Io);
    EXPECT_TRUE(gone.error().message.contains(missing)) << gone.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing)) << "a read-only check created the file";
    const QString text = QDir(dir.path()).filePath(QStringLiteral("notes.db"));
    writeFile(text, QByteArray(8192, 'x'));
    const Status notSqlite = checkPages(text);
    ASSERT_FALSE(notSqlite);
    EXPECT_EQ(notSqlite.error().kind, Error::Kind::Corrupt);
}

TEST_F(BrokenFiles, NotAnSqliteFile) {
    expectRefused("date,soreness\n2024-01-01,3\n", {QStringLiteral("not an SQLite file")});
    expectRefused(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'x'), {QStringLiteral("not an SQLite file")});
    expectRefused(QByteArray(4096, '\0'), {QStringLiteral("not an SQLite file")});
    expectRefused(QByteArray("SQLite format 3"), {QStringLiteral("not an SQLite file"), QStringLiteral("truncated")});
}

TEST_F(BrokenFiles, AnotherApplicationsDatabase) {
    QByteArray other = healthyStoreBytes();
    other[68] = 'X';  // application_id of another program
    expectRefused(other, {QStringLiteral("another application")});
    QByteArray none = healthyStoreBytes();
    none.replace(68, 4, QByteArray(4, '\0'));  // a plain SQLite file
    expectRefused(none, {QStringLiteral("another application")});
}

TEST_F(BrokenFiles, NewerSchemaVersion) {
    QByteArray newer = healthyStoreBytes();
    newer[63] = static_cast<char>(99);  // user_version (offset 60, big-endian)
    expectRefused(newer, {QStringLiteral("newer version")}, Error::Kind::TooNew);
}

TEST_F(BrokenFiles, CorruptWalKeepsTheLastIntactCommit) {
    // A WAL frame that fails its checksum is ignored by SQLite: the store opens at the last intact
    // commit, consistent, and every entry that had reached the database file is still there.
    ++g_inputsTried;
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    writeFile(path, healthyStoreBytes());
    QByteArray wal;
    {
        auto db = Database::open(path);  // switches to WAL
        ASSERT_TRUE(db);
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        EpisodeRepository repo(*db.value());
        for (int i = 0; i < 20; ++i) {
            ASSERT_TRUE(repo.add(randomEpisode(9000 + static_cast<quint64>(i))));
        }
        wal = readFile(path + QStringLiteral("-wal"));
        ASSERT_GT(wal.size(), 32);
        // Simulate a crash: keep the WAL as it was while the process still had it open.
        const QByteArray mainBytes = readFile(path);
        db.value().reset();
        writeFile(path, mainBytes);
    }
    for (quint32 seed = 1; seed <= 4; ++seed) {
        SCOPED_TRACE(seed);
        writeFile(path + QStringLiteral("-wal"), withRandomBytes(wal, wal.size() / 2, 64, seed));
        QFile::remove(path + QStringLiteral("-shm"));
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        EXPECT_EQ(integrityCheck(*db.value()), QStringLiteral("ok"));
        EpisodeRepository repo(*db.value());
        auto count = repo.count();
        ASSERT_TRUE(count);
        EXPECT_GE(count.value(), 300);  // everything in the database file survives
        EXPECT_LE(count.value(), 320);
        EXPECT_TRUE(repo.add(randomEpisode(1)));  // and it stays usable
    }
}

TEST_F(BrokenFiles, ReadOnlyFileIsRefusedNotWritten) {
    // Checked from the permission bits, not by trying to write: root (as in CI) may write anyway,
    // but the person marked the file read-only, so SpineSignal must not change it.
    ++g_inputsTried;
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    writeFile(path, healthyStoreBytes());
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, Error::Kind::Io);
    EXPECT_TRUE(opened.error().message.contains(path));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("read-only"))) << opened.error().message.toStdString();
    EXPECT_EQ(fileHash(path), before);
    // Read-only inspection still works.
    auto ro = Database::openReadOnly(path);
    ASSERT_TRUE(ro) << ro.error().message.toStdString();
}

TEST_F(BrokenFiles, UnwritableFolderIsRefused) {
    ++g_inputsTried;
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkdir(data));
    const QString path = DataLocation::databasePath(data);
    writeFile(path, healthyStoreBytes());
    const QByteArray before = fileHash(path);
    ASSERT_TRUE(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner));
    auto opened = Database::open(path);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().message.contains(data)) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("read-only"))) << opened.error().message.toStdString();
    EXPECT_EQ(fileHash(path), before);
    QFile::remove(path);
    // And no store is created there either.
    auto created = Database::open(path);
    ASSERT_FALSE(created);
    EXPECT_TRUE(created.error().message.contains(data)) << created.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(BrokenFiles, CheckingOnOpenStaysCheapForTenYears) {
    // quick_check runs on every open; ten years of two entries a day must still open at once.
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        QList<Episode> list;
        for (int i = 0; i < 7300; ++i) {
            list << randomEpisode(static_cast<quint64>(i));
        }
        ASSERT_TRUE(repo.addAll(list));
    }
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(db);
    std::cout << "[ figures  ] opening 7300 entries with quick_check: " << ms << " ms, file "
              << QFileInfo(path).size() / 1024 << " KiB\n";
    EXPECT_LT(ms, 1000);
}
