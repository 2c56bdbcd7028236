#include "../clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <gtest/gtest.h>

using spinesignal::testing::runCli;

namespace {

/// Width and height from a PNG's IHDR chunk (the core tests link no QtGui).
std::pair<quint32, quint32> pngSize(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {0, 0};
    }
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG")) {
        return {0, 0};
    }
    return {qFromBigEndian<quint32>(head.constData() + 16), qFromBigEndian<quint32>(head.constData() + 20)};
}

}  // namespace

TEST(CliSettings, RendersTheUserGuideScreenshotsAt1280x800InBothLanguages) {
    QTemporaryDir out;
    QTemporaryDir data;
    const auto r =
        runCli({QStringLiteral("--render-screenshots"), out.path(), QStringLiteral("--data-dir"), data.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char* area : {"learn", "self-check", "log", "trends", "summary", "settings", "settings-dark",
                             "settings-200", "reminder-banner"}) {
        for (const char* lang : {"zh_CN", "en"}) {
            const QString path =
                QDir(out.path())
                    .filePath(QStringLiteral("%1.%2.png").arg(QString::fromLatin1(area), QString::fromLatin1(lang)));
            const auto [w, h] = pngSize(path);
            EXPECT_EQ(w, 1280u) << path.toStdString();
            EXPECT_EQ(h, 800u) << path.toStdString();
        }
    }
    // Sample data lives in a temporary folder: the person's data folder stays empty.
    EXPECT_FALSE(QFileInfo::exists(QDir(data.path()).filePath(QStringLiteral("spinesignal.db"))));
}

TEST(CliSettings, SecondLaunchRaisesTheFirstAndNeverOpensASecondWriter) {
    QTemporaryDir data;
    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(SPINESIGNAL_EXE), {QStringLiteral("--data-dir"), data.path()});
    ASSERT_TRUE(first.waitForStarted());
    const QString lock = QDir(data.path()).filePath(QStringLiteral("spinesignal.lock"));
    for (int i = 0; i < 100 && !QFileInfo::exists(lock); ++i) {
        QThread::msleep(50);
    }
    ASSERT_TRUE(QFileInfo::exists(lock));
    QThread::msleep(300);

    const auto second = runCli({QStringLiteral("--data-dir"), data.path()});
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains(QStringLiteral("already running"))) << second.out.toStdString();

    first.terminate();
    ASSERT_TRUE(first.waitForFinished(10000));
    // Once the first has ended, the next launch owns the folder again.
    const auto third = runCli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--quit-after-first-paint")});
    EXPECT_EQ(third.exitCode, 0) << third.err.toStdString();
}
