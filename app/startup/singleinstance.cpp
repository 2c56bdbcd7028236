#include "startup/singleinstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace spinesignal::ui {

namespace {

QString lockPath(const QString& dataDir) {
    return QDir(dataDir).filePath(QString::fromLatin1(SingleInstance::kLockFileName));
}

QString raisePath(const QString& dataDir) {
    return QDir(dataDir).filePath(QString::fromLatin1(SingleInstance::kRaiseFileName));
}

}  // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent) : QObject(parent), m_dataDir(dataDir) {
}

SingleInstance::~SingleInstance() {
    if (m_lockFd >= 0) {
        ::close(m_lockFd);  // releases the lock; the file stays (see the class comment)
    }
}

SingleInstance::Outcome SingleInstance::acquire() {
    if (m_lockFd >= 0) {
        return Outcome::Owned;
    }
    const QString path = lockPath(m_dataDir);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    // errno is read at once: building the messages below may call into the C library again.
    if (fd < 0) {
        const int error = errno;
        m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(error)));
        return Outcome::Failed;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK) {
            ::close(fd);
            return Outcome::HeldByAnother;
        }
        qWarning().noquote() << tr("The data folder cannot be locked (%1: %2); make sure only one SpineSignal "
                                   "uses it at a time.")
                                    .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(error)));
    }
    // The PID, as the file's first line, only for the message a second launch prints: not synced
    // and not truncated (either costs a journal commit, ~0.5 ms), since nothing depends on it
    // surviving a crash and ownerPid() reads the first line only. If it cannot be written, the lock
    // is held all the same.
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    [[maybe_unused]] const bool written =
        ::pwrite(fd, pid.constData(), static_cast<size_t>(pid.size()), 0) == pid.size();
    m_lockFd = fd;
    return Outcome::Owned;
}

qint64 SingleInstance::ownerPid() const {
    QFile file(lockPath(m_dataDir));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    bool ok = false;
    const qint64 pid = file.readLine(32).trimmed().toLongLong(&ok);
    return ok ? pid : 0;
}

void SingleInstance::listenForRaiseRequests(int pollMs) {
    if (m_timer == nullptr) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &SingleInstance::checkRaiseRequest);
    }
    QFile::remove(raisePath(m_dataDir));  // a leftover from a launch that gave up
    m_timer->start(pollMs);
}

void SingleInstance::checkRaiseRequest() {
    const QString path = raisePath(m_dataDir);
    if (QFile::exists(path)) {
        QFile::remove(path);  // removing it is the answer the second launch waits for
        Q_EMIT raiseRequested();
    }
}

bool SingleInstance::askOwnerToRaise(const QString& dataDir, int timeoutMs) {
    const QString path = raisePath(dataDir);
    QFile request(path);
    if (!request.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    request.write(QByteArray::number(QCoreApplication::applicationPid()));
    request.close();
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!QFile::exists(path)) {
            return true;
        }
        QThread::msleep(50);
    }
    QFile::remove(path);
    return false;
}

}  // namespace spinesignal::ui
