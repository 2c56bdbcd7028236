// A full disk and write errors: saving fails with a message that says so and what to do, nothing is
// half-written, the store stays consistent, and the next save after space returns succeeds.
//
// Two ways to fill the disk: PRAGMA max_page_count (always) and a real 1 MiB tmpfs (when this
// process may mount, i.e. as root in CI; skipped with a message otherwise).
#include "entrycontent.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "storecheck.h"
#include "support/tempstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace spinesignal;
using namespace spinesignal::testing;

namespace {

void setMaxPages(Database& db, const QString& value) {
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = ") + value));
}

int pageCount(Database& db) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA page_count"));
    q.next();
    return q.value(0).toInt();
}

Episode bigEpisode(quint64 seed) {
    Episode e = randomEpisode(seed);
    e.note = QString(6000, QChar(u'腰'));  // several pages per entry
    return e;
}

bool runsQuietly(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// Saves until the store refuses; returns the ids that were acknowledged.
QList<qint64> saveUntilFull(EpisodeRepository& repo, Error* failure) {
    QList<qint64> ids;
    for (quint64 i = 0; i < 2000; ++i) {
        auto id = repo.add(bigEpisode(i));
        if (!id) {
            *failure = id.error();
            break;
        }
        ids << id.value();
    }
    return ids;
}

void expectAllThere(EpisodeRepository& repo, const QList<qint64>& ids) {
    auto count = repo.count();
    ASSERT_TRUE(count);
    EXPECT_EQ(count.value(), ids.size()) << "a refused save left something behind, or a saved entry is gone";
    for (qint64 id : ids) {
        auto got = repo.get(id);
        ASSERT_TRUE(got && got.value().has_value()) << id;
    }
}

}  // namespace

TEST(DiskFull, SavingOnAFullStoreSaysSoAndKeepsItConsistent) {
    TempStore store;
    ASSERT_TRUE(store.episodes().add(randomEpisode(1)));
    setMaxPages(store.database(), QString::number(pageCount(store.database()) + 8));
    Error failure;
    QList<qint64> ids = saveUntilFull(store.episodes(), &failure);
    ids.prepend(1);
    ASSERT_FALSE(failure.message.isEmpty()) << "the store never filled up";
    EXPECT_EQ(failure.kind, Error::Kind::Io);
    EXPECT_TRUE(failure.message.contains(QStringLiteral("disk is full"))) << failure.message.toStdString();
    EXPECT_TRUE(failure.message.contains(store.databasePath())) << failure.message.toStdString();
    EXPECT_TRUE(failure.message.contains(QStringLiteral("Free some disk space"))) << failure.message.toStdString();
    EXPECT_EQ(integrityCheck(store.database()), QStringLiteral("ok"));
    expectAllThere(store.episodes(), ids);

    // A batch that does not fit is all or nothing.
    auto batch = store.episodes().addAll({bigEpisode(7), bigEpisode(8), bigEpisode(9)});
    EXPECT_FALSE(batch);
    expectAllThere(store.episodes(), ids);

    // Space returns: the next save works, and everything survives a restart.
    setMaxPages(store.database(), QStringLiteral("1073741823"));
    auto next = store.episodes().add(bigEpisode(99));
    ASSERT_TRUE(next) << next.error().message.toStdString();
    ids << next.value();
    store.reopen();
    EXPECT_EQ(integrityCheck(store.database()), QStringLiteral("ok"));
    expectAllThere(store.episodes(), ids);
}

TEST(DiskFull, ARealFullDiskOnASmallTmpfs) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "mounting a 1 MiB tmpfs needs root; the max_page_count test covers the same path";
    }
    QTemporaryDir base;
    const QString mountPoint = base.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkdir(mountPoint));
    if (!runsQuietly(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mountPoint})) {
        GTEST_SKIP() << "this machine does not allow mounting a tmpfs here";
    }
    struct Unmount {
        QString path;
        ~Unmount() { runsQuietly(QStringLiteral("umount"), {QStringLiteral("-l"), path}); }
    } unmount{mountPoint};

    const QString dataDir = QDir(mountPoint).filePath(QStringLiteral("data"));
    ASSERT_TRUE(DataLocation::ensureDirectory(dataDir));
    const QString path = DataLocation::databasePath(dataDir);
    QList<qint64> ids;
    Error failure;
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        EpisodeRepository repo(*db.value());
        ids = saveUntilFull(repo, &failure);
        ASSERT_FALSE(failure.message.isEmpty()) << "1 MiB never filled up";
        EXPECT_TRUE(failure.message.contains(QStringLiteral("disk is full"))) << failure.message.toStdString();
        EXPECT_EQ(integrityCheck(*db.value()), QStringLiteral("ok"));
        expectAllThere(repo, ids);
    }
    // Reopening on the full disk works (reading needs no space), and so does saving once space
    // returns.
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        EpisodeRepository repo(*db.value());
        expectAllThere(repo, ids);
        ASSERT_TRUE(runsQuietly(QStringLiteral("mount"),
                                {QStringLiteral("-o"), QStringLiteral("remount,size=4m"), mountPoint}));
        auto next = repo.add(bigEpisode(4242));
        ASSERT_TRUE(next) << next.error().message.toStdString();
        ids << next.value();
        EXPECT_EQ(integrityCheck(*db.value()), QStringLiteral("ok"));
        expectAllThere(repo, ids);

        expectAllThere(repo, ids);
    }
    auto reopened = Database::open(path);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(integrityCheck(*reopened.value()), QStringLiteral("ok"));
}

TEST(DiskFull, EveryWriteErrorGetsAMessageThatSaysWhatToDo) {
    TempStore store;
    const struct {
        const char* code;
        const char* says;
        const char* todo;
    } cases[] = {
        {"13", "disk is full", "Free some disk space"},
        {"8", "read-only", "Check the file's permissions"},
        {"778", "disk reported an error", "check it, make a backup"},  // SQLITE_IOERR_WRITE
        {"11", "damaged", "Restart SpineSignal"},
        {"26", "damaged", "Restart SpineSignal"},
        {"5", "in use by another program", "close the other program"},
        {"14", "can no longer be opened", "moved or removed"},
    };
    for (const auto& c : cases) {
        const QSqlError sqlError(QStringLiteral("driver"), QStringLiteral("database"), QSqlError::StatementError,
                                 QString::fromLatin1(c.code));
        const Error e = store.database().failure(QStringLiteral("Saving the entry"), sqlError);
        SCOPED_TRACE(e.message.toStdString());
        EXPECT_TRUE(e.message.contains(QString::fromLatin1(c.says)));
        EXPECT_TRUE(e.message.contains(QString::fromLatin1(c.todo)));
        EXPECT_TRUE(e.message.contains(store.databasePath()));
        EXPECT_TRUE(e.message.contains(QStringLiteral("Saving the entry")));
    }
}
