#include "support/tempstore.h"

#include "storage/datalocation.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

namespace spinesignal::testing {

TempStore::TempStore() {
    reopen();
}

QString TempStore::databasePath() const {
    return DataLocation::databasePath(m_dir.path());
}

void TempStore::reopen() {
    m_repo.reset();
    m_db.reset();
    auto opened = Database::open(databasePath());
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    m_db = std::move(opened).value();
    m_repo = std::make_unique<EpisodeRepository>(*m_db);
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace spinesignal::testing
