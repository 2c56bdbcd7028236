#include "cli/samplecommand.h"

#include "analysis/samplegenerator.h"
#include "cli/clisupport.h"
#include "startup/startup.h"
#include "storage/episoderepository.h"

#include <QDir>

namespace spinesignal::ui {

namespace {
const QString kOption = QStringLiteral("generate-sample-data");
const QString kSeedOption = QStringLiteral("sample-seed");
}  // namespace

QList<QCommandLineOption> SampleCommand::options() const {
    return {QCommandLineOption(kOption,
                               tr("Add DAYS days of made-up sample entries, ending today, to the data directory "
                                  "(for trying out the charts)."),
                               tr("DAYS")),
            QCommandLineOption(kSeedOption,
                               tr("Seed for --generate-sample-data (the same seed gives the same "
                                  "entries)."),
                               tr("N"), QStringLiteral("20240601"))};
}

bool SampleCommand::isRequested(const QCommandLineParser& parser) const {
    return parser.isSet(kOption);
}

int SampleCommand::run(const CliContext& context) {
    const QString daysText = context.parser.value(kOption);
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!ok || days < 1 || days > kMaxDays) {
        printErrorLine(
            tr("--generate-sample-data %1: give a whole number of days from 1 to %2.").arg(daysText).arg(kMaxDays));
        return ExitUsage;
    }
    const QString seedText = context.parser.value(kSeedOption);
    const quint64 seed = seedText.toULongLong(&ok);
    if (!ok) {
        printErrorLine(tr("--sample-seed %1: give a whole number of 0 or more.").arg(seedText));
        return ExitUsage;
    }
    auto db = openStoreForCli(context);
    if (!db) {
        printErrorLine(db.error().message);
        return exitCodeFor(db.error());
    }
    SampleGenerator::Options options;
    options.days = days;
    options.seed = seed;
    const QList<Episode> entries = SampleGenerator::generate(options);
    EpisodeRepository repository(*db.value());
    auto ids = repository.addAll(entries);
    if (!ids) {
        printErrorLine(ids.error().message);
        return exitCodeFor(ids.error());
    }
    printResultLine(tr("Added %1 sample entries for the last %2 days to %3.")
                        .arg(entries.size())
                        .arg(days)
                        .arg(QDir::toNativeSeparators(db.value()->path())));
    return ExitSuccess;
}

}  // namespace spinesignal::ui
