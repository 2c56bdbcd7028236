#include "startup/singleinstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

using spinesignal::ui::SingleInstance;

TEST(SingleInstance, SecondInstanceCannotTakeTheDataFolder) {
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    ASSERT_EQ(first.acquire(), SingleInstance::Outcome::Owned);
    SingleInstance second(dir.path());
    EXPECT_EQ(second.acquire(), SingleInstance::Outcome::HeldByAnother);
    EXPECT_EQ(second.ownerPid(), QCoreApplication::applicationPid());
}

TEST(SingleInstance, LockIsFreeAgainWhenTheOwnerEnds) {
    QTemporaryDir dir;
    {
        SingleInstance first(dir.path());
        ASSERT_EQ(first.acquire(), SingleInstance::Outcome::Owned);
    }
    SingleInstance next(dir.path());
    EXPECT_EQ(next.acquire(), SingleInstance::Outcome::Owned);
}

TEST(SingleInstance, SecondLaunchRaisesTheRunningWindow) {
    QTemporaryDir dir;
    SingleInstance owner(dir.path());
    ASSERT_EQ(owner.acquire(), SingleInstance::Outcome::Owned);
    owner.listenForRaiseRequests(20);
    QSignalSpy raised(&owner, &SingleInstance::raiseRequested);
    std::atomic<int> answered{-1};
    std::thread second([&] { answered = SingleInstance::askOwnerToRaise(dir.path(), 3000) ? 1 : 0; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answered != -1; }, 4000));
    second.join();
    EXPECT_EQ(answered, 1);
    EXPECT_EQ(raised.count(), 1);
}

TEST(SingleInstance, NobodyAnsweringIsReported) {
    QTemporaryDir dir;
    EXPECT_FALSE(SingleInstance::askOwnerToRaise(dir.path(), 200));
    EXPECT_FALSE(QFile::exists(dir.filePath(QString::fromLatin1(SingleInstance::kRaiseFileName))));
}

TEST(SingleInstance, ALockFileACrashLeftBehindIsTakenOver) {
    QTemporaryDir dir;
    QFile left(dir.filePath(QString::fromLatin1(SingleInstance::kLockFileName)));
    ASSERT_TRUE(left.open(QIODevice::WriteOnly));
    // What an older version or a killed process leaves: a longer PID than ours, and more lines.
    left.write("99999999\nspinesignal\nsomehost\n");
    left.close();
    SingleInstance next(dir.path());
    ASSERT_EQ(next.acquire(), SingleInstance::Outcome::Owned);
    EXPECT_EQ(next.ownerPid(), QCoreApplication::applicationPid());
    SingleInstance another(dir.path());
    EXPECT_EQ(another.acquire(), SingleInstance::Outcome::HeldByAnother);
}

TEST(SingleInstance, AnOlderVersionsQLockFileKeepsTheFolder) {
    QTemporaryDir dir;
    QLockFile older(dir.filePath(QString::fromLatin1(SingleInstance::kLockFileName)));
    ASSERT_TRUE(older.tryLock(0));
    SingleInstance next(dir.path());
    EXPECT_EQ(next.acquire(), SingleInstance::Outcome::HeldByAnother);
    older.unlock();
}

TEST(SingleInstance, AFolderThatIsNotThereIsAFailureThatSaysWhy) {
    QTemporaryDir dir;
    SingleInstance owner(dir.filePath(QStringLiteral("missing")));
    EXPECT_EQ(owner.acquire(), SingleInstance::Outcome::Failed);
    EXPECT_TRUE(owner.error().contains(QStringLiteral("spinesignal.lock"))) << owner.error().toStdString();
    EXPECT_TRUE(owner.error().contains(QString::fromLocal8Bit(strerror(ENOENT)))) << owner.error().toStdString();
}
