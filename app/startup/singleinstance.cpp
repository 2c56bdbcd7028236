#include "startup/singleinstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QTimer>

namespace spinesignal::ui {

namespace {

QString raisePath(const QString& dataDir) {
    return QDir(dataDir).filePath(QString::fromLatin1(SingleInstance::kRaiseFileName));
}

}  // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent), m_dataDir(dataDir), m_lock(QDir(dataDir).filePath(QString::fromLatin1(kLockFileName))) {
    // Only a dead owner's lock is stale (checked by PID and host), never a long-running one.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() {
    if (m_lock.isLocked()) {
        m_lock.unlock();
    }
}

bool SingleInstance::tryAcquire() {
    return m_lock.isLocked() || m_lock.tryLock(0);
}

qint64 SingleInstance::ownerPid() const {
    qint64 pid = 0;
    QString host;
    QString app;
    return m_lock.getLockInfo(&pid, &host, &app) ? pid : 0;
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
