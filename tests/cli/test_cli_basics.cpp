#include "clirunner.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/migrations.h"
#include "support/tempstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::CliResult;
using spinesignal::testing::runCli;

TEST(Cli, VersionAndHelp) {
    auto v = runCli({QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_TRUE(v.out.startsWith(QStringLiteral("SpineSignal 0."))) << v.out.toStdString();
    auto h = runCli({QStringLiteral("--help")});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_TRUE(h.out.contains(QStringLiteral("--data-dir"))) << h.out.toStdString();
    EXPECT_TRUE(h.out.contains(QStringLiteral("--quit-after-first-paint")));
}

TEST(Cli, BadUsageIsExitTwoWithAMessage) {
    auto r = runCli({QStringLiteral("--no-such-option")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-option"))) << r.err.toStdString();
    auto lang = runCli({QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(lang.exitCode, 2);
    EXPECT_TRUE(lang.err.contains(QStringLiteral("fr")));
}

TEST(Cli, QuitAfterFirstPaintPrintsMillisecondsAndCreatesAPrivateStore) {
    QTemporaryDir dir;
    const QString data = QDir(dir.path()).filePath(QStringLiteral("data"));
    auto r = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("--quit-after-first-paint")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    bool ok = false;
    const int ms = r.out.trimmed().toInt(&ok);
    EXPECT_TRUE(ok) << r.out.toStdString();
    EXPECT_GT(ms, 0);
    const QString db = DataLocation::databasePath(data);
    ASSERT_TRUE(QFileInfo::exists(db));
    EXPECT_EQ(QFile::permissions(db) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(QFile::permissions(data) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

TEST(Cli, FirstPaintIsTimedFromTheLaunchStampWhenAParentGivesOne) {
    QTemporaryDir dir;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // "Launched 5 s ago": the figure counts from the stamp, to the millisecond.
    const qint64 fiveSecondsAgo = QDateTime::currentMSecsSinceEpoch() * 1000000 - 5000LL * 1000000;
    env.insert(QStringLiteral("SPINESIGNAL_LAUNCHED_AT_NS"), QString::number(fiveSecondsAgo));
    auto stamped = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quit-after-first-paint")}, env);
    ASSERT_EQ(stamped.exitCode, 0) << stamped.err.toStdString();
    const int ms = stamped.out.trimmed().toInt();
    EXPECT_GE(ms, 5000);
    EXPECT_LT(ms, 5000 + 30000);
    // A stamp from long ago is not this launch: the kernel's start time is used instead.
    env.insert(QStringLiteral("SPINESIGNAL_LAUNCHED_AT_NS"), QString::number(fiveSecondsAgo - 3600LL * 1000000000));
    auto stale = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quit-after-first-paint")}, env);
    ASSERT_EQ(stale.exitCode, 0) << stale.err.toStdString();
    EXPECT_LT(stale.out.trimmed().toInt(), 5000);
    EXPECT_GT(stale.out.trimmed().toInt(), 0);
}

TEST(Cli, TheWindowSweepsARestoreCopyACrashLeftBehind) {
    QTemporaryDir dir;
    const QString copy = DataLocation::databasePath(dir.path()) + QStringLiteral(".restoring");
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto r = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quit-after-first-paint")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_TRUE(QFileInfo::exists(DataLocation::databasePath(dir.path())));
}

TEST(Cli, EnvironmentVariableChoosesTheDataDir) {
    QTemporaryDir dir;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SPINESIGNAL_DATA_DIR"), dir.path());
    auto r = runCli({QStringLiteral("--quit-after-first-paint")}, env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(DataLocation::databasePath(dir.path())));
}

TEST(Cli, NewerDatabaseIsRefusedWithExitOneAndLeftUnchanged) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db);
        QSqlQuery q(db.value()->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1)));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = spinesignal::testing::fileHash(path);
    auto r = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quit-after-first-paint")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version")));
    EXPECT_EQ(spinesignal::testing::fileHash(path), before);
}

TEST(Cli, CorruptDatabaseIsRefusedWithExitOne) {
    QTemporaryDir dir;
    const QString path = DataLocation::databasePath(dir.path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    auto r = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--quit-after-first-paint")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 4096);
}

namespace {

/// Runs `executable` with its window opening on `area`, quitting at the first frame.
CliResult openOnArea(const QString& executable, int area) {
    QTemporaryDir dir;
    QFile settings(QDir(dir.path()).filePath(QStringLiteral("settings.ini")));
    if (!settings.open(QIODevice::WriteOnly)) {
        return {};
    }
    settings.write(QStringLiteral("[window]\narea=%1\n").arg(area).toUtf8());
    settings.close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("SPINESIGNAL_MODULE_DIR"));
    process.setProcessEnvironment(environment);
    process.start(executable, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--quit-after-first-paint")});
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

}  // namespace

TEST(Cli, TrendsAndSummaryOpenFromTheModuleBesideTheExecutable) {
    for (int area : {3, 4}) {  // Trends, Doctor summary
        const CliResult r = openOnArea(QStringLiteral(SPINESIGNAL_EXE), area);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("could not be loaded"))) << r.err.toStdString();
    }
}

TEST(Cli, WithoutItsModuleTheWindowStillOpensAndSaysWhichFileIsMissing) {
    QTemporaryDir alone;
    const QString copy = QDir(alone.path()).filePath(QStringLiteral("spinesignal"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SPINESIGNAL_EXE), copy));
    const CliResult r = openOnArea(copy, 3);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Trends could not be loaded"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("libspinesignal_chartpages.so"))) << r.err.toStdString();
}
