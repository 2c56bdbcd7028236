#include "startup/singleinstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using spinesignal::ui::SingleInstance;

TEST(SingleInstance, SecondInstanceCannotTakeTheDataFolder) {
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    ASSERT_TRUE(first.tryAcquire());
    SingleInstance second(dir.path());
    EXPECT_FALSE(second.tryAcquire());
    EXPECT_EQ(second.ownerPid(), QCoreApplication::applicationPid());
}

TEST(SingleInstance, LockIsFreeAgainWhenTheOwnerEnds) {
    QTemporaryDir dir;
    {
        SingleInstance first(dir.path());
        ASSERT_TRUE(first.tryAcquire());
    }
    SingleInstance next(dir.path());
    EXPECT_TRUE(next.tryAcquire());
}

TEST(SingleInstance, SecondLaunchRaisesTheRunningWindow) {
    QTemporaryDir dir;
    SingleInstance owner(dir.path());
    ASSERT_TRUE(owner.tryAcquire());
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
    ASSERT_TRUE(next.tryAcquire());
    EXPECT_EQ(next.ownerPid(), QCoreApplication::applicationPid());
    SingleInstance another(dir.path());
    EXPECT_FALSE(another.tryAcquire());
}
