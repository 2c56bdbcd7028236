#pragma once

#include "summary/reportcontent.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

namespace spinesignal {
class TaskProgress;
}

namespace spinesignal::ui {

/// Paints a ReportContent page by page onto a PDF writer or a printer: page 1 the summary (shrunk
/// until it fits one page), page 2 the chart and where it was felt, then the entries table with its
/// header row repeated. Every page carries the period, the disclaimer and "page x of y".
class ReportPainter {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)
public:
    /// The family used for every word; it covers Chinese and Latin text, so Chinese PDFs carry
    /// real, searchable text with the font embedded.
    static QString fontFamily();
    /// That family at a size, set up for a searchable text layer.
    static QFont font(double pointSize, bool bold = false);

    /// What a cancel can still stop once pages are painted.
    enum class Output {
        Discardable,  ///< painted into memory (a PDF buffer): dropped at any page
        Irrevocable,  ///< a printer: Qt cannot abort a print run, so pages once begun are all sent
    };
    struct Painted {
        int pages = 0;        ///< pages painted; 0 when cancelled or none was asked for
        int total = 0;        ///< pages the report has (0 when cancelled before it was laid out)
        bool failed = false;  ///< the device refused to begin or to start a page
    };

    /// Paints on a device already set to the paper (full page, no margins): every page, or those of
    /// the device's page range (a printer's "pages 1 to 2"). A cancel through `progress` is seen
    /// during the layout (the long part for years of entries) and, for Discardable output, between
    /// pages (nothing is then returned). Irrevocable output commits the progress before its first
    /// page (TaskProgress::commit()): from there a cancel is refused and every page is sent.
    static Painted paint(QPagedPaintDevice& device, const ReportContent& content, TaskProgress* progress = nullptr,
                         Output output = Output::Discardable);

    /// Page 1 as a picture `widthPx` wide, for the on-screen preview (the real layout, not a
    /// guess).
    static QImage renderFirstPage(const ReportContent& content, int widthPx);

    /// Writes a PDF to `path` atomically (temporary file, then rename). Returns the page count.
    /// Cancelled, it writes nothing at all.
    static Result<int> writePdf(const QString& path, const ReportContent& content, TaskProgress* progress = nullptr);
};

}  // namespace spinesignal::ui
