#include "summary/reportpainter.h"

#include "io/csvexporter.h"
#include "report/reportlanguage.h"
#include "summary/entrytablepainter.h"
#include "summary/pdftextlayer.h"
#include "summary/trendchartpainter.h"
#include "util/taskprogress.h"
#include "widgets/chinesefont.h"
#include "widgets/legmapwidget.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

namespace spinesignal::ui {

namespace {

constexpr double kMarginPt = 36;  // about 13 mm: clear of printers' unprintable edges
constexpr double kHeaderPt = 16;
constexpr double kFooterPt = 36;

struct PageGeometry {
    double pt = 1;   // one point in device pixels
    QRectF page;     // the whole sheet
    QRectF content;  // between the running header and the footer
};

PageGeometry geometryOf(const QSizeF& pageSize, int dpi) {
    PageGeometry g;
    g.pt = dpi / 72.0;
    g.page = QRectF(QPointF(0, 0), pageSize);
    g.content = g.page.adjusted(kMarginPt * g.pt, (kMarginPt + kHeaderPt) * g.pt, -kMarginPt * g.pt,
                                -(kMarginPt + kFooterPt) * g.pt);
    return g;
}

std::unique_ptr<QTextDocument> layoutDocument(QPaintDevice& device, const QString& html, const QSizeF& pageSize) {
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device);
    doc->setDefaultFont(ReportPainter::font(9));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setPageSize(pageSize);
    return doc;
}

void drawDocumentPage(QPainter& p, QTextDocument& doc, int index, const QRectF& target) {
    p.save();
    const double pageHeight = doc.pageSize().height();
    p.translate(target.left(), target.top() - index * pageHeight);
    const QRectF clip(0, index * pageHeight, target.width(), pageHeight);
    p.setClipRect(clip);
    doc.drawContents(&p, clip);
    p.restore();
}

void drawFrame(QPainter& p, const PageGeometry& g, const ReportContent& c, int page, int pages) {
    p.save();
    p.setFont(ReportPainter::font(7.5));
    p.setPen(QColor(0x44, 0x44, 0x44));
    const double left = kMarginPt * g.pt;
    const double width = g.page.width() - 2 * kMarginPt * g.pt;
    // Running header (from page 2 on: page 1 has its own title).
    if (page > 1) {
        const QRectF header(left, kMarginPt * g.pt - 4 * g.pt, width, kHeaderPt * g.pt);
        p.drawText(header, Qt::AlignLeft | Qt::AlignTop, c.runningTitle);
        p.drawText(header, Qt::AlignRight | Qt::AlignTop, c.person);
    }
    const double top = g.page.height() - (kMarginPt + kFooterPt - 6) * g.pt;
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5 * g.pt));
    p.drawLine(QPointF(left, top - 3 * g.pt), QPointF(left + width, top - 3 * g.pt));
    p.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF line1(left, top, width, 10 * g.pt);
    p.drawText(line1, Qt::AlignLeft | Qt::AlignTop, c.periodLine);
    if (pages > 0) {
        p.drawText(line1, Qt::AlignRight | Qt::AlignTop, c.pageOfPattern.arg(page).arg(pages));
    }
    p.drawText(QRectF(left, top + 10 * g.pt, width, 20 * g.pt), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               c.disclaimer);
    p.restore();
}

void drawTitle(QPainter& p, const QRectF& rect, double pt, const QString& text) {
    p.save();
    p.setFont(ReportPainter::font(11, true));
    p.setPen(QColor(0x1f, 0x3b, 0x57));
    p.drawText(rect, Qt::AlignLeft | Qt::AlignTop, text);
    p.restore();
    Q_UNUSED(pt)
}

/// Page 1 at the largest type that still fits one page.
std::unique_ptr<QTextDocument> layoutSummary(QPaintDevice& device, const ReportContent& c, const QSizeF& size) {
    std::unique_ptr<QTextDocument> summary;
    for (const QString& html : c.summaryVariants) {
        summary = layoutDocument(device, html, size);
        if (summary->pageCount() <= 1) {
            break;
        }
    }
    return summary;
}

}  // namespace

QImage ReportPainter::renderFirstPage(const ReportContent& c, int widthPx) {
    const QSizeF points = QPageSize(c.paper).size(QPageSize::Point);
    const int dpi = std::max(30, qRound(widthPx * 72.0 / points.width()));
    const QSizeF pixels(points.width() * dpi / 72.0, points.height() * dpi / 72.0);
    QImage image(pixels.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    const PageGeometry g = geometryOf(pixels, dpi);
    auto summary = layoutSummary(image, c, g.content.size());
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawDocumentPage(p, *summary, 0, g.content);
    drawFrame(p, g, c, 1, 0);  // no "of N": the table is not laid out for a preview
    return image;
}

QString ReportPainter::fontFamily() {
    return chineseFontFamily();
}

QFont ReportPainter::font(double pointSize, bool bold) {
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Without shaping every glyph comes straight from the font's character map, so the PDF's
    // text layer maps back to the characters (shaped digits and ligatures had no mapping at all).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

namespace {

/// Page 2: the chart on top, where it was felt below.
void drawChartPage(QPainter& p, QPaintDevice& device, const PageGeometry& g, const ReportContent& c) {
    const double titleH = 18 * g.pt;
    drawTitle(p, QRectF(g.content.topLeft(), QSizeF(g.content.width(), titleH)), g.pt, c.chartTitle);
    const QRectF chart(g.content.left(), g.content.top() + titleH, g.content.width(), g.content.height() * 0.42);
    TrendChartPainter::paint(p, chart, g.pt, c.data, c.symptomNames, ReportPainter::font(7.5));
    {
        p.save();
        p.setFont(ReportPainter::font(7));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(chart.left(), chart.bottom() + 2 * g.pt, chart.width(), 12 * g.pt), Qt::AlignLeft,
                   c.chartNote);
        p.restore();
    }
    const double mapTop = chart.bottom() + 24 * g.pt;
    drawTitle(p, QRectF(g.content.left(), mapTop, g.content.width(), titleH), g.pt, c.legMapTitle);
    // The shared leg map as a heat map (vector, black on white) on the left, the counts beside it.
    const QRectF area(g.content.left(), mapTop + titleH, g.content.width(), g.content.bottom() - mapTop - titleH);
    const QRectF mapRect(area.left(), area.top(), area.width() * 0.56, std::min(area.height(), 250 * g.pt));
    const QRectF tableRect(mapRect.right() + 10 * g.pt, area.top(), area.right() - mapRect.right() - 10 * g.pt,
                           area.height());
    {
        LegMapPicture picture;
        picture.mode = LegMapMode::Heat;
        picture.palette = LegMapWidget::printPalette();
        for (const auto& [where, count] : c.data.regions) {
            picture.heat[legMapIndex(where.first, where.second)] = count;
        }
        // The map's own words (views, legend) in the report's language, not the window's.
        const ReportLanguage language(c.language, c.uiLanguage);
        p.save();
        p.setFont(ReportPainter::font(7));
        LegMapWidget::paint(p, mapRect, picture);
        p.restore();
    }
    auto regions = layoutDocument(device, c.regionHtml, tableRect.size());
    drawDocumentPage(p, *regions, 0, tableRect);
}

}  // namespace

ReportPainter::Painted ReportPainter::paint(QPagedPaintDevice& device, const ReportContent& c, TaskProgress* progress,
                                            Output output) {
    const int dpi = device.logicalDpiY();
    const PageGeometry g = geometryOf(device.pageLayout().fullRectPixels(dpi).size(), dpi);
    const QSizeF contentSize = g.content.size();

    // Page 1: the largest type that still fits one page.
    std::unique_ptr<QTextDocument> summary = layoutSummary(device, c, contentSize);
    // Laying out years of entries takes a while: look for a cancel before and after.
    if (isCancelled(progress)) {
        return {};
    }
    const EntryTablePainter table(c.table, device, contentSize);
    // Even the smallest type may not fit when the person wrote a great many questions: then the
    // summary runs on to a second page rather than losing words.
    const int summaryPages = summary->pageCount();
    const int chartPage = summaryPages + 1;
    Painted result;
    result.total = chartPage + table.pageCount();

    // The pages asked for: a printer's page range ("pages 1 to 2"), or every page.
    const QPageRanges ranges = device.pageRanges();
    const auto wanted = [&ranges](int number) { return ranges.isEmpty() || ranges.contains(number); };
    int toPaint = 0;
    for (int number = 1; number <= result.total; ++number) {
        toPaint += wanted(number) ? 1 : 0;
    }
    if (toPaint == 0 || isCancelled(progress)) {
        return result;
    }
    reportMaximum(progress, toPaint);
    // A printer sends what it was given even when stopped (Qt cannot abort a print run): from the
    // first page on, the job runs to its end. commit() refuses a cancel from here, atomically.
    const bool canStop = output == Output::Discardable;
    if (!canStop && progress != nullptr && !progress->commit()) {
        return result;  // a cancel came first
    }

    QPainter p;
    // The painter begins at the first page painted; each later one starts a new sheet.
    const auto startPage = [&]() {
        const bool started = result.pages == 0 ? p.begin(&device) : device.newPage();
        if (!started) {
            result.failed = true;
            return false;
        }
        ++result.pages;
        reportValue(progress, result.pages);
        return true;
    };
    const auto stopped = [&]() { return canStop && isCancelled(progress); };
    for (int i = 0; i < summaryPages && !result.failed; ++i) {
        if (wanted(1 + i) && startPage()) {
            drawDocumentPage(p, *summary, i, g.content);
            drawFrame(p, g, c, 1 + i, result.total);
        }
    }
    if (!result.failed && wanted(chartPage) && startPage()) {
        drawChartPage(p, device, g, c);
        drawFrame(p, g, c, chartPage, result.total);
    }
    for (int i = 0; i < table.pageCount() && !result.failed; ++i) {
        if (stopped()) {
            p.end();
            return {0, result.total, false};
        }
        if (wanted(chartPage + 1 + i) && startPage()) {
            table.paintPage(p, i, g.content.topLeft());
            drawFrame(p, g, c, chartPage + 1 + i, result.total);
        }
    }
    if (p.isActive()) {
        p.end();
    }
    return result;
}

Result<int> ReportPainter::writePdf(const QString& path, const ReportContent& content, TaskProgress* progress) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(content.paper));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(content.runningTitle);
        writer.setCreator(QStringLiteral("SpineSignal"));
        pages = paint(writer, content, progress).pages;
    }
    buffer.close();
    // Painted into memory, so a cancel up to here has written nothing anywhere.
    if (pages == 0 || isCancelled(progress)) {
        return TaskProgress::cancelledError();
    }
    // Written in one go through a temporary file and a rename: never half a PDF under the name.
    if (Status s = CsvExporter::writeAtomically(path, PdfTextLayer::fixToUnicode(buffer.data()), progress); !s) {
        return s.error();
    }
    return pages;
}

}  // namespace spinesignal::ui
