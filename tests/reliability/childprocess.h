#pragma once

#include <QByteArray>
#include <QStringList>

#include <chrono>

#include <sys/types.h>

namespace spinesignal::testing {

/// A child process with its stdout on a pipe, that the test can SIGKILL at a chosen moment.
/// (QProcess would do, but fork/exec keeps the timing of the kill in the test's hands.)
class ChildProcess {
public:
    ChildProcess(const QString& program, const QStringList& arguments);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool started() const { return m_pid > 0; }
    /// Sends SIGKILL (if still running), reaps the child and returns everything it wrote.
    QByteArray killAndCollect();
    /// Blocks until the child has written `line` (a whole line) or closed its output; false then.
    bool waitForLine(const QByteArray& line);
    /// Waits for a normal exit; returns the output and stores the exit code (-1 when signalled).
    QByteArray waitAndCollect(int* exitCode);

private:
    QByteArray drain();

    pid_t m_pid = -1;
    int m_readFd = -1;
    QByteArray m_buffer;  ///< read by waitForLine, returned with the rest
};

/// Sleeps for `d` with microsecond resolution.
void sleepFor(std::chrono::microseconds d);

}  // namespace spinesignal::testing
