#include "summary/summaryjobs.h"

#include "io/csvexporter.h"
#include "storage/database.h"
#include "storage/episoderepository.h"
#include "summary/reportpainter.h"
#include "util/taskprogress.h"

#include <QPrinter>

namespace spinesignal::ui {

// Each job's Database (and with it its Qt SQL connection) is made and removed on the worker
// thread, within the job: a connection may only be used by the thread that opened it.

Result<ReportContent> SummaryJobs::buildReport(const QString& databasePath, const ReportOptions& options,
                                               const QString& uiLanguage) {
    auto db = Database::openReadOnly(databasePath);
    if (!db) {
        return db.error();
    }
    const EpisodeRepository repo(*db.value());
    // Worded in the report's language for this thread only (ReportLanguage's router).
    return ReportContent::build(repo, options, uiLanguage);
}

Result<int> SummaryJobs::savePdf(const QString& databasePath, const ReportOptions& options, const QString& uiLanguage,
                                 const QString& path, TaskProgress& progress) {
    auto content = buildReport(databasePath, options, uiLanguage);
    if (!content) {
        return content.error();
    }
    if (progress.cancelled()) {
        return TaskProgress::cancelledError();
    }
    return ReportPainter::writePdf(path, content.value(), &progress);
}

Result<int> SummaryJobs::print(const QString& databasePath, const ReportOptions& options, const QString& uiLanguage,
                               QPrinter& printer, TaskProgress& progress) {
    auto content = buildReport(databasePath, options, uiLanguage);
    if (!content) {
        return content.error();
    }
    if (progress.cancelled()) {
        return TaskProgress::cancelledError();
    }
    printer.setDocName(content.value().runningTitle);
    printer.setFullPage(true);
    const ReportPainter::Painted painted =
        ReportPainter::paint(printer, content.value(), &progress, ReportPainter::Output::Irrevocable);
    if (progress.cancelled()) {
        return TaskProgress::cancelledError();  // stopped before anything was painted
    }
    if (painted.failed || printer.printerState() == QPrinter::Error) {
        return Error{Error::Kind::Io,
                     tr("The printer \"%1\" reported an error; check it and print again.").arg(printer.printerName())};
    }
    if (painted.pages == 0) {
        return Error{Error::Kind::Invalid,
                     tr("The pages chosen are not in the summary, which has %n page(s).", nullptr, painted.total)};
    }
    return painted.pages;
}

Result<int> SummaryJobs::exportCsv(const QString& databasePath, std::optional<QDate> from, std::optional<QDate> to,
                                   const QString& path, TaskProgress& progress) {
    auto db = Database::openReadOnly(databasePath);
    if (!db) {
        return db.error();
    }
    const EpisodeRepository repo(*db.value());
    return CsvExporter::exportToFile(repo, path, from, to, &progress);
}

Result<CsvImportReport> SummaryJobs::importCsv(const QString& databasePath, const QString& path, bool skipInvalid,
                                               TaskProgress& progress) {
    auto db = Database::open(databasePath);
    if (!db) {
        return db.error();
    }
    EpisodeRepository repo(*db.value());
    return CsvImporter::importFile(repo, path, skipInvalid, &progress);
}

}  // namespace spinesignal::ui
