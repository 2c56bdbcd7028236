// libFuzzer target: any bytes handed to the CSV importer (a file the person picked) are read into
// entries or refused with a message, never a crash; every row it accepts passes the validator.
//
//   build/fuzz/tests/fuzz/fuzz_csv_import -max_total_time=60 tests/data/fuzz/csv_import
#include "domain/episodevalidator.h"
#include "io/csvimporter.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace spinesignal;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // A fixed "now", so that a crash reproduces tomorrow too.
    static const QDateTime now(QDate(2026, 11, 26), QTime(12, 0));
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto read = CsvImporter::read(bytes, now);
    if (!read) {
        if (read.error().message.isEmpty()) {
            std::fprintf(stderr, "a refusal without a message\n");
            std::abort();
        }
        return 0;
    }
    for (const auto& [line, episode] : read.value().rows) {
        if (!EpisodeValidator::validate(episode, now).isEmpty()) {
            std::fprintf(stderr, "line %d was accepted but does not validate\n", line);
            std::abort();
        }
    }
    return 0;
}
