// libFuzzer target: whatever file the person hands us as their store (a copied, damaged or foreign
// file in the data folder), Database::open either opens it or refuses it with a message naming the
// file, never crashes, and never changes a file it refuses. A store that opens is also read in
// full.
//
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build/fuzz/tests/fuzz/fuzz_store_open -max_total_time=60 tests/data/fuzz/store
#include "storage/database.h"
#include "storage/episoderepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <unistd.h>

using namespace spinesignal;

namespace {

QString g_dir;

void removeStore(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);  // Qt SQL loads its driver through the application
    g_dir = QDir::temp().filePath(QStringLiteral("spinesignal-fuzz-store-%1").arg(::getpid()));
    QDir().mkpath(g_dir);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = QDir(g_dir).filePath(QStringLiteral("spinesignal.db"));
    removeStore(path);
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            std::abort();
        }
        f.write(bytes);
    }
    {
        auto opened = Database::open(path);
        if (opened) {
            EpisodeRepository episodes(*opened.value());
            (void)episodes.listAll();
            (void)episodes.count();
        } else {
            if (!opened.error().message.contains(path)) {
                std::fprintf(stderr, "refusal does not name the file: %s\n", qPrintable(opened.error().message));
                std::abort();
            }
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes) {
                std::fprintf(stderr, "a refused file was changed\n");
                std::abort();
            }
        }
    }
    removeStore(path);
    return 0;
}
