// The child of the kill tests: does what the person does (open the store, save entries) and reports
// each save on stdout only after the repository said it was committed. The parent kills it with
// SIGKILL at a random moment and checks that everything reported is still there.
//
//   reliability_writer save   DATADIR SEED   prints "ready" once the store is open, then saves
//   random
//                                            entries until killed, printing "<id> <digest>" after
//                                            each
//   reliability_writer create DATADIR        creates the data folder and the store, then exits
//   reliability_writer import DATADIR CSV    (with core/io) prints "ready", imports CSV, prints
//   "imported" reliability_writer backup DATADIR        (with core/storage/backup) prints "ready",
//   makes a backup,
//                                            prints "backup <path>"
#include "entrycontent.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"

#include <QCoreApplication>
#include <QFile>

#include "io/csvimporter.h"
#include "storage/backup.h"

#include <cstdio>

#include <unistd.h>

using namespace spinesignal;

namespace {

/// One write(2) per line: a line shorter than PIPE_BUF reaches the pipe whole or not at all.
void report(const QByteArray& line) {
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, static_cast<size_t>(out.size() - done));
        if (n <= 0) {
            ::_exit(3);
        }
        done += n;
    }
}

int fail(const QString& message) {
    std::fprintf(stderr, "reliability_writer: %s\n", message.toLocal8Bit().constData());
    return 1;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        return fail(QStringLiteral("usage: reliability_writer save|create DATADIR [SEED]"));
    }
    const QString mode = args.at(1);
    const QString dir = args.at(2);
    if (Status s = DataLocation::ensureDirectory(dir); !s) {
        return fail(s.error().message);
    }
    auto opened = Database::open(DataLocation::databasePath(dir));
    if (!opened) {
        return fail(opened.error().message);
    }
    if (mode == QLatin1String("create")) {
        report("created");
        return 0;
    }
    EpisodeRepository episodes(*opened.value());
    if (mode == QLatin1String("import") && args.size() >= 4) {
        report("ready");
        auto imported = CsvImporter::importFile(episodes, args.at(3), false);
        if (!imported) {
            return fail(imported.error().message);
        }
        report("imported " + QByteArray::number(imported.value().imported));
        return 0;
    }
    if (mode == QLatin1String("backup")) {
        report("ready");
        auto made = Backup::create(*opened.value(), dir, BackupInfo::Kind::Manual);
        if (!made) {
            return fail(made.error().message);
        }
        report("backup " + QFile::encodeName(made.value()));
        return 0;
    }
    if (mode != QLatin1String("save") || args.size() < 4) {
        return fail(QStringLiteral("unknown mode ") + mode);
    }
    report("ready");
    const quint64 seed = args.at(3).toULongLong();
    for (quint64 i = 0;; ++i) {
        const Episode e = testing::randomEpisode(seed * 1000003u + i);
        auto id = episodes.add(e);
        if (!id) {
            return fail(id.error().message);
        }
        report(QByteArray::number(id.value()) + ' ' + testing::contentDigest(e));
    }
}
