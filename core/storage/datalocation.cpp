#include "storage/datalocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace spinesignal {

QString DataLocation::resolveDirectory(const QString& commandLineDir) {
    if (!commandLineDir.isEmpty()) {
        return QDir(commandLineDir).absolutePath();
    }
    const QString fromEnv = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnv.isEmpty()) {
        return QDir(fromEnv).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Status DataLocation::ensureDirectory(const QString& dir) {
    QFileInfo info(dir);
    if (info.exists() && !info.isDir()) {
        return Error{Error::Kind::Io, tr("The data folder %1 is a file, not a folder.").arg(dir)};
    }
    if (!info.exists()) {
        // Only the person may read their health data: the folder is created 0700 in one step, so a
        // crash can never leave it readable by others.
        const QString parent = QFileInfo(QDir::cleanPath(info.absoluteFilePath())).absolutePath();
        if (!QDir().mkpath(parent) ||
            (::mkdir(QFile::encodeName(info.absoluteFilePath()).constData(), 0700) != 0 && errno != EEXIST)) {
            return Error{
                Error::Kind::Io,
                tr("The data folder %1 cannot be created: %2.").arg(dir, QString::fromLocal8Bit(std::strerror(errno)))};
        }
    }
    return {};
}

QString DataLocation::databasePath(const QString& dir) {
    return QDir(dir).filePath(QString::fromLatin1(kDatabaseFileName));
}

}  // namespace spinesignal
