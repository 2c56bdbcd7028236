// The mechanism itself: the job runs on another thread, its result comes back on the UI thread,
// a cancel reaches the job, and destroying the runner mid-job stops and waits for it.
#include "tasks/taskrunner.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using spinesignal::Error;
using spinesignal::Result;
using spinesignal::TaskProgress;
using spinesignal::ui::TaskRunner;

TEST(TaskRunner, RunsTheJobOnAWorkerAndHandsTheResultBackOnTheUiThread) {
    TaskRunner runner;
    QThread* jobThread = nullptr;
    QThread* doneThread = nullptr;
    int result = 0;
    QSignalSpy finished(&runner, &TaskRunner::finished);
    ASSERT_TRUE(runner.run(
        [&jobThread](TaskProgress& progress) {
            jobThread = QThread::currentThread();
            progress.setMaximum(3);
            progress.setValue(3);
            return 42;
        },
        [&](int value) {
            doneThread = QThread::currentThread();
            result = value;
        }));
    EXPECT_TRUE(runner.isRunning());
    EXPECT_FALSE(runner.run([](TaskProgress&) { return 0; }, [](int) {}));  // one job at a time
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_NE(jobThread, QCoreApplication::instance()->thread());
    EXPECT_EQ(doneThread, QCoreApplication::instance()->thread());
    EXPECT_EQ(result, 42);
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(runner.progress().value(), 3);
}

TEST(TaskRunner, CancelReachesTheJob) {
    TaskRunner runner;
    QSignalSpy finished(&runner, &TaskRunner::finished);
    std::optional<Result<int>> outcome;
    ASSERT_TRUE(runner.run(
        [](TaskProgress& progress) -> Result<int> {
            while (!progress.cancelled()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return TaskProgress::cancelledError();
        },
        [&outcome](Result<int> r) { outcome = std::move(r); }));
    runner.cancel();
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(outcome.has_value());
    ASSERT_FALSE(outcome->ok());
    EXPECT_EQ(outcome->error().kind, Error::Kind::Cancelled);
}

TEST(TaskRunner, DestroyingTheRunnerCancelsAndWaitsWithoutCallingDone) {
    std::atomic<bool> jobEnded{false};
    bool doneCalled = false;
    {
        TaskRunner runner;
        ASSERT_TRUE(runner.run(
            [&jobEnded](TaskProgress& progress) {
                while (!progress.cancelled()) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                }
                jobEnded = true;
                return 0;
            },
            [&doneCalled](int) { doneCalled = true; }));
    }
    EXPECT_TRUE(jobEnded.load());
    QCoreApplication::processEvents();
    EXPECT_FALSE(doneCalled);
}

TEST(TaskProgress, CancelAndCommitExcludeEachOther) {
    // Committed first (pages on their way to a printer): a cancel is refused, the job runs on.
    TaskProgress committed;
    EXPECT_TRUE(committed.cancellable());
    EXPECT_TRUE(committed.commit());
    EXPECT_FALSE(committed.cancellable());
    EXPECT_FALSE(committed.cancel());
    EXPECT_FALSE(committed.cancelled());
    // Cancelled first: the job may not commit, it must stop; cancelling again is still "stopped".
    TaskProgress cancelled;
    EXPECT_TRUE(cancelled.cancel());
    EXPECT_FALSE(cancelled.commit());
    EXPECT_TRUE(cancelled.cancelled());
    EXPECT_TRUE(cancelled.cancel());
}
