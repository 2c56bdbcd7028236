#include "cli/exportcommands.h"

#include "cli/clisupport.h"
#include "io/csvexporter.h"
#include "io/csvimporter.h"
#include "startup/startup.h"
#include "storage/episoderepository.h"
#include "summary/reportcontent.h"
#include "summary/reportpainter.h"

#include <QDir>
#include <QSettings>

namespace spinesignal::ui {

namespace {

const QString kExportPdf = QStringLiteral("export-pdf");
const QString kExportCsv = QStringLiteral("export-csv");
const QString kImportCsv = QStringLiteral("import-csv");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kPaper = QStringLiteral("paper");
const QString kSkipInvalid = QStringLiteral("skip-invalid");

struct Period {
    std::optional<QDate> from;
    std::optional<QDate> to;
};

/// Reads --from/--to; prints the problem and returns nothing when a date is wrong.
std::optional<Period> readPeriod(const QCommandLineParser& parser) {
    Period period;
    for (const QString& option : {kFrom, kTo}) {
        auto date = parseDateOption(parser, option);
        if (!date) {
            printErrorLine(date.error().message);
            return std::nullopt;
        }
        (option == kFrom ? period.from : period.to) = date.value();
    }
    return period;
}

QString absolute(const QString& path) {
    return QDir::current().absoluteFilePath(path);
}

}  // namespace

QList<QCommandLineOption> ExportPdfCommand::options() const {
    return {
        QCommandLineOption(kExportPdf, tr("Write the doctor summary as a PDF to FILE (language from --lang) and exit."),
                           QStringLiteral("FILE")),
        QCommandLineOption(kFrom, tr("With --export-pdf or --export-csv: first day, YYYY-MM-DD."),
                           QStringLiteral("DATE")),
        QCommandLineOption(kTo, tr("With --export-pdf or --export-csv: last day, YYYY-MM-DD."), QStringLiteral("DATE")),
        QCommandLineOption(kPaper, tr("With --export-pdf: paper size, A4 (default) or Letter."),
                           QStringLiteral("SIZE")),
    };
}

bool ExportPdfCommand::isRequested(const QCommandLineParser& parser) const {
    return parser.isSet(kExportPdf);
}

int ExportPdfCommand::run(const CliContext& context) {
    const QCommandLineParser& parser = context.parser;
    const auto period = readPeriod(parser);
    if (!period) {
        return ExitUsage;
    }
    ReportOptions options;
    options.from = period->from;
    options.to = period->to;
    options.language = context.language;
    if (parser.isSet(kPaper)) {
        const QString paper = parser.value(kPaper).toLower();
        if (paper == QLatin1String("a4")) {
            options.paper = QPageSize::A4;
        } else if (paper == QLatin1String("letter")) {
            options.paper = QPageSize::Letter;
        } else {
            printErrorLine(tr("--paper %1 is not a paper size: use A4 or Letter.").arg(parser.value(kPaper)));
            return ExitUsage;
        }
    }
    const QString path = parser.value(kExportPdf);
    if (path.isEmpty()) {
        printErrorLine(tr("--export-pdf needs a file name."));
        return ExitUsage;
    }
    auto store = openStoreForCli(context);
    if (!store) {
        printErrorLine(store.error().message);
        return exitCodeFor(store.error());
    }
    // The person's own name, birth year and questions, as entered on the Doctor summary page.
    QSettings settings(QDir(context.dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    options.name = settings.value(QStringLiteral("profile/name")).toString();
    bool ok = false;
    const int year = settings.value(QStringLiteral("profile/birthYear")).toInt(&ok);
    if (ok && year > 0) {
        options.birthYear = year;
    }
    options.questions = settings.value(QStringLiteral("summary/questions")).toStringList();

    EpisodeRepository repo(*store.value());
    auto content = ReportContent::build(repo, options, context.language);
    if (!content) {
        printErrorLine(content.error().message);
        return exitCodeFor(content.error());
    }
    auto pages = ReportPainter::writePdf(path, content.value());
    if (!pages) {
        printErrorLine(pages.error().message);
        return exitCodeFor(pages.error());
    }
    const SummaryData& d = content.value().data;
    printResultLine(tr("Wrote %1 (%2 pages, %n entries, %3 to %4).", nullptr, d.entries)
                        .arg(absolute(path))
                        .arg(pages.value())
                        .arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate)));
    return ExitSuccess;
}

QList<QCommandLineOption> ExportCsvCommand::options() const {
    return {QCommandLineOption(kExportCsv, tr("Write the entries (all, or --from/--to) as CSV to FILE and exit."),
                               QStringLiteral("FILE"))};
}

bool ExportCsvCommand::isRequested(const QCommandLineParser& parser) const {
    return parser.isSet(kExportCsv);
}

int ExportCsvCommand::run(const CliContext& context) {
    const auto period = readPeriod(context.parser);
    if (!period) {
        return ExitUsage;
    }
    const QString path = context.parser.value(kExportCsv);
    auto store = openStoreForCli(context);
    if (!store) {
        printErrorLine(store.error().message);
        return exitCodeFor(store.error());
    }
    EpisodeRepository repo(*store.value());
    auto written = CsvExporter::exportToFile(repo, path, period->from, period->to);
    if (!written) {
        printErrorLine(written.error().message);
        return exitCodeFor(written.error());
    }
    printResultLine(tr("Exported %n entries to %1.", nullptr, written.value()).arg(absolute(path)));
    return ExitSuccess;
}

QList<QCommandLineOption> ImportCsvCommand::options() const {
    return {QCommandLineOption(kImportCsv,
                               tr("Import entries from a CSV file in the export format and exit. Any bad row "
                                  "stops the whole import unless --skip-invalid is given."),
                               QStringLiteral("FILE")),
            QCommandLineOption(kSkipInvalid, tr("With --import-csv: import the good rows and list the bad ones."))};
}

bool ImportCsvCommand::isRequested(const QCommandLineParser& parser) const {
    return parser.isSet(kImportCsv);
}

int ImportCsvCommand::run(const CliContext& context) {
    const QString path = context.parser.value(kImportCsv);
    auto store = openStoreForCli(context);
    if (!store) {
        printErrorLine(store.error().message);
        return exitCodeFor(store.error());
    }
    EpisodeRepository repo(*store.value());
    auto report = CsvImporter::importFile(repo, path, context.parser.isSet(kSkipInvalid));
    if (!report) {
        printErrorLine(report.error().message);
        return exitCodeFor(report.error());
    }
    for (const QString& line : report.value().skipped) {
        printErrorLine(line);
    }
    printResultLine(tr("Imported %n entries from %1", nullptr, report.value().imported).arg(absolute(path)) +
                    QStringLiteral("; ") + tr("%n duplicate(s) skipped", nullptr, report.value().duplicates) +
                    QStringLiteral("; ") +
                    tr("%n invalid row(s) skipped.", nullptr, static_cast<int>(report.value().skipped.size())));
    return ExitSuccess;
}

}  // namespace spinesignal::ui
