#include "childprocess.h"

#include <QFile>

#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <csignal>

namespace spinesignal::testing {

ChildProcess::ChildProcess(const QString& program, const QStringList& arguments) {
    // Everything the child needs is prepared before fork(): after it only async-signal-safe calls.
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& a : arguments) {
        storage.push_back(a.toLocal8Bit());
    }
    std::vector<char*> argv;
    for (QByteArray& s : storage) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        return;
    }
    m_pid = ::fork();
    if (m_pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    m_readFd = fds[0];
}

ChildProcess::~ChildProcess() {
    if (m_pid > 0) {
        killAndCollect();
    }
    if (m_readFd >= 0) {
        ::close(m_readFd);
    }
}

bool ChildProcess::waitForLine(const QByteArray& line) {
    const QByteArray wanted = line + '\n';
    char c = 0;
    while (!m_buffer.endsWith(wanted)) {
        const ssize_t n = ::read(m_readFd, &c, 1);
        if (n == 1) {
            m_buffer.append(c);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            return false;
        }
    }
    return true;
}

QByteArray ChildProcess::drain() {
    QByteArray out = std::exchange(m_buffer, {});
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(m_readFd, buf, sizeof buf);
        if (n > 0) {
            out.append(buf, n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    return out;
}

QByteArray ChildProcess::killAndCollect() {
    if (m_pid <= 0) {
        return {};
    }
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    return drain();
}

QByteArray ChildProcess::waitAndCollect(int* exitCode) {
    if (m_pid <= 0) {
        return {};
    }
    // Read first: a child blocked on a full pipe would never exit.
    QByteArray out = drain();
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    if (exitCode) {
        *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return out;
}

void sleepFor(std::chrono::microseconds d) {
    timespec ts{};
    ts.tv_sec = static_cast<time_t>(d.count() / 1000000);
    ts.tv_nsec = static_cast<long>((d.count() % 1000000) * 1000);
    while (::nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

}  // namespace spinesignal::testing
