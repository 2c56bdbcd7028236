#pragma once

#include "io/csvimporter.h"
#include "summary/reportcontent.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class QPrinter;

namespace spinesignal {
class TaskProgress;
}

namespace spinesignal::ui {

/// The Summary page's long jobs, made to run on a worker thread (TaskRunner): each takes plain
/// values, opens its own connection to the store at `databasePath` (the page's connection belongs
/// to the UI thread), closes it again and returns plain values. Cancelled, each leaves nothing
/// behind: no file, no temporary file, no imported entry.
class SummaryJobs {
    Q_DECLARE_TR_FUNCTIONS(SummaryJobs)
public:
    /// Reads the store and words the report in its own language (the preview's job).
    static Result<ReportContent> buildReport(const QString& databasePath, const ReportOptions& options,
                                             const QString& uiLanguage);
    /// Builds the report in its own language and writes the PDF; returns the page count.
    static Result<int> savePdf(const QString& databasePath, const ReportOptions& options, const QString& uiLanguage,
                               const QString& path, TaskProgress& progress);
    /// Builds the report and prints it on `printer`, which the person has chosen and set up (Qt
    /// paints to a printer from any thread). Returns the page count. A cancel is honoured until
    /// the first page is painted; after that the progress says it can no longer stop (a print run
    /// cannot be taken back) and every page is sent.
    static Result<int> print(const QString& databasePath, const ReportOptions& options, const QString& uiLanguage,
                             QPrinter& printer, TaskProgress& progress);
    /// Returns how many entries were written.
    static Result<int> exportCsv(const QString& databasePath, std::optional<QDate> from, std::optional<QDate> to,
                                 const QString& path, TaskProgress& progress);
    static Result<CsvImportReport> importCsv(const QString& databasePath, const QString& path, bool skipInvalid,
                                             TaskProgress& progress);
};

}  // namespace spinesignal::ui
