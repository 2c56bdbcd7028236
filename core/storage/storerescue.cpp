#include "storage/storerescue.h"

#include "storage/backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace spinesignal {

namespace {

const QStringList kSideFiles{QStringLiteral("-wal"), QStringLiteral("-shm")};

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool renameFile(const QString& from, const QString& to) {
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

void syncDirectory(const QString& dir) {
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

QStringList StoreRescue::backups(const QString& dataDir) {
    QDir dir(QDir(dataDir).filePath(QStringLiteral("backups")));
    QFileInfoList files = dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        if (a.lastModified() != b.lastModified()) {
            return a.lastModified() > b.lastModified();
        }
        return a.fileName() > b.fileName();
    });
    QStringList out;
    for (const QFileInfo& f : files) {
        out << f.absoluteFilePath();
    }
    return out;
}

Result<QString> StoreRescue::setAside(const QString& databasePath, const QDateTime& nowUtc) {
    const QString stamp = nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = databasePath + QStringLiteral(".damaged-") + stamp;
    for (int i = 2; QFileInfo::exists(target); ++i) {
        target = databasePath + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(i);
    }
    if (!renameFile(databasePath, target)) {
        return Error{
            Error::Kind::Io,
            tr("The damaged database %1 cannot be moved aside to %2: %3.").arg(databasePath, target, systemError())};
    }
    // The side files belong to the damaged file: they move with it, or they would be applied to the
    // next store.
    for (const QString& suffix : kSideFiles) {
        if (QFileInfo::exists(databasePath + suffix)) {
            renameFile(databasePath + suffix, target + suffix);
        }
    }
    syncDirectory(QFileInfo(databasePath).absolutePath());
    return target;
}

Result<QString> StoreRescue::restoreBackup(const QString& databasePath, const QString& backupPath) {
    // The same check as a restore from Settings: ours, readable, not damaged, not from a newer version.
    if (Status s = Backup::verify(backupPath); !s) {
        return s.error();
    }
    const QFileInfo info(databasePath);
    // Named like a store being created, so that Database::open clears it if this process is killed.
    const QString tmp = info.dir().filePath(QLatin1Char('.') + info.fileName() +
                                            QStringLiteral(".creating-%1-restore").arg(::getpid()));
    QFile::remove(tmp);  // left by an earlier run of this pid, if any: the copy makes it anew
    if (Status s = Backup::copyDurably(backupPath, tmp); !s) {
        return s.error();
    }
    QString asidePath;
    if (QFileInfo::exists(databasePath)) {
        auto aside = setAside(databasePath);
        if (!aside) {
            QFile::remove(tmp);
            return aside.error();
        }
        asidePath = aside.value();
    }
    if (!renameFile(tmp, databasePath)) {
        const QString why = systemError();
        QFile::remove(tmp);
        return Error{Error::Kind::Io, tr("The backup could not be put in place of %1: %2.").arg(databasePath, why)};
    }
    syncDirectory(info.absolutePath());
    return asidePath;
}

}  // namespace spinesignal
