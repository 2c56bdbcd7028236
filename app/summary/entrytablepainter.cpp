#include "summary/entrytablepainter.h"

#include "summary/reportpainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace spinesignal::ui {

namespace {

static_assert(ReportHtml::kEntryColumnWidths.size() == 12);

constexpr double kBodyPt = 7.5;
constexpr double kHeadingPt = 13.5;
constexpr double kPaddingHPt = 1.2;
constexpr double kPaddingVPt = 0.8;
constexpr double kBorderPt = 0.75;
constexpr double kHeadingGapPt = 1.5;
const QColor kBorder(0x99, 0xaa, 0xaa);
const QColor kHeaderFill(0xe8, 0xee, 0xf4);
const QColor kHeadingColour(0x1f, 0x3b, 0x57);
const QColor kRedFlagColour(0xb3, 0x26, 0x1e);

/// Wraps `text` into lines `width` wide (at word boundaries, inside a word only when it is wider
/// than the cell, as the HTML table did) and returns the height of the text.
double layOut(QTextLayout& layout, double width) {
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

/// Line breaks in notes as QTextLayout understands them.
QString forLayout(const QString& text) {
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return out;
}

}  // namespace

EntryTablePainter::EntryTablePainter(const ReportHtml::EntriesTable& table, const QPaintDevice& device,
                                     const QSizeF& pageSize)
    : table_(table), device_(device) {
    pt_ = device.logicalDpiY() / 72.0;
    width_ = pageSize.width();
    padH_ = kPaddingHPt * pt_;
    padV_ = kPaddingVPt * pt_;
    body_ = ReportPainter::font(kBodyPt);
    bold_ = ReportPainter::font(kBodyPt, true);
    headingFont_ = ReportPainter::font(kHeadingPt, true);
    lineHeight_ = QFontMetricsF(body_, &device).height();
    double x = 0;
    for (std::size_t i = 0; i < ReportHtml::kEntryColumnWidths.size(); ++i) {
        columnX_[i] = x;
        x += width_ * ReportHtml::kEntryColumnWidths[i] / 100.0;
    }
    columnX_.back() = width_;

    {
        QTextLayout heading(table.heading, headingFont_, &device);
        headingHeight_ = layOut(heading, width_) + kHeadingGapPt * pt_;
    }
    const double pageHeight = pageSize.height();
    if (table.rows.isEmpty()) {
        pages_.push_back(Page{});
        return;
    }
    double header = 0;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        QTextLayout layout(forLayout(table.header[c]), bold_, &device);
        header = std::max(header, layOut(layout, columnX_[c + 1] - columnX_[c] - 2 * padH_));
    }
    headerHeight_ = header + 2 * padV_;

    // Most cells repeat (numbers, sides, triggers): each distinct text is laid out once per column.
    std::array<QHash<QString, double>, 12> known;
    rowHeights_.reserve(static_cast<std::size_t>(table.rows.size()));
    for (const QStringList& cells : table.rows) {
        double h = lineHeight_;
        for (qsizetype c = 0; c < cells.size() && c < 12; ++c) {
            if (cells[c].isEmpty()) {
                continue;
            }
            auto& cache = known[static_cast<std::size_t>(c)];
            auto it = cache.constFind(cells[c]);
            if (it == cache.constEnd()) {
                it = cache.insert(cells[c], cellHeight(static_cast<int>(c), cells[c]));
            }
            h = std::max(h, *it);
        }
        rowHeights_.push_back(h + 2 * padV_);
    }

    // Pagination: whole rows while they fit; a row taller than a page is cut between lines.
    Page page;
    double y = headingHeight_ + headerHeight_;
    const auto newPage = [&] {
        page.end = static_cast<int>(slices_.size());
        pages_.push_back(page);
        page.first = page.end;
        y = headerHeight_;
    };
    for (int r = 0; r < static_cast<int>(rowHeights_.size()); ++r) {
        const double h = rowHeights_[static_cast<std::size_t>(r)];
        if (y + h <= pageHeight) {
            slices_.push_back({r, 0, h});
            y += h;
            continue;
        }
        if (static_cast<int>(slices_.size()) > page.first) {
            newPage();
            if (y + h <= pageHeight) {
                slices_.push_back({r, 0, h});
                y += h;
                continue;
            }
        }
        // Taller than a page: as many whole lines per page as fit, padding at every cut edge.
        double from = 0;
        while (from < h) {
            const double room = pageHeight - y - (from > 0 ? padV_ : 0) - padV_;
            const double linesFrom = from > 0 ? from : padV_;
            const int lines = std::max(1, static_cast<int>(std::floor(room / lineHeight_)));
            double to = linesFrom + lines * lineHeight_;
            if (to + padV_ >= h) {
                to = h;
            }
            slices_.push_back({r, from, to});
            y += (to - from) + (from > 0 ? padV_ : 0) + (to < h ? padV_ : 0);
            from = to;
            if (from < h) {
                newPage();
            }
        }
    }
    page.end = static_cast<int>(slices_.size());
    pages_.push_back(page);
}

const QFont& EntryTablePainter::fontOf(int column) const {
    return column == ReportHtml::kRedFlagColumn ? bold_ : body_;
}

double EntryTablePainter::cellHeight(int column, const QString& text) const {
    QTextLayout layout(forLayout(text), fontOf(column), &device_);
    return layOut(layout, columnX_[column + 1] - columnX_[column] - 2 * padH_);
}

void EntryTablePainter::paintRow(QPainter& p, const QStringList& cells, const QFont& font, double from, double to,
                                 double top, double fullHeight) const {
    const bool header = &font == &bold_;
    const double shift = top + (from > 0 ? padV_ : 0) - from + padV_;
    for (qsizetype c = 0; c < cells.size() && c < 12; ++c) {
        if (cells[c].isEmpty()) {
            continue;
        }
        const int column = static_cast<int>(c);
        const QFont& f = header ? bold_ : fontOf(column);
        p.setPen(!header && column == ReportHtml::kRedFlagColumn ? kRedFlagColour : QColor(Qt::black));
        QTextLayout layout(forLayout(cells[c]), f, &device_);
        layOut(layout, columnX_[column + 1] - columnX_[column] - 2 * padH_);
        const QPointF origin(columnX_[column] + padH_, shift);
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            const double lineTop = padV_ + line.y();
            // Each line belongs to the one slice its top falls in.
            if (lineTop + 0.01 >= from && (lineTop < to || to >= fullHeight)) {
                line.draw(&p, origin);
            }
        }
    }
}

void EntryTablePainter::paintPage(QPainter& p, int index, const QPointF& topLeft) const {
    p.save();
    p.translate(topLeft);
    double y = 0;
    if (index == 0) {
        QTextLayout heading(table_.heading, headingFont_, &device_);
        layOut(heading, width_);
        p.setPen(kHeadingColour);
        heading.draw(&p, QPointF(0, 0));
        y = headingHeight_;
    }
    if (table_.rows.isEmpty()) {
        QTextLayout none(table_.none, body_, &device_);
        layOut(none, width_);
        p.setPen(Qt::black);
        none.draw(&p, QPointF(0, y));
        p.restore();
        return;
    }
    const Page& page = pages_[static_cast<std::size_t>(index)];
    const double tableTop = y;
    std::vector<double> lines{tableTop};
    p.fillRect(QRectF(0, y, width_, headerHeight_), kHeaderFill);
    paintRow(p, table_.header, bold_, 0, headerHeight_, y, headerHeight_);
    y += headerHeight_;
    lines.push_back(y);
    for (int s = page.first; s < page.end; ++s) {
        const Slice& slice = slices_[static_cast<std::size_t>(s)];
        const double full = rowHeights_[static_cast<std::size_t>(slice.row)];
        const double box = (slice.to - slice.from) + (slice.from > 0 ? padV_ : 0) + (slice.to < full ? padV_ : 0);
        paintRow(p, table_.rows[slice.row], body_, slice.from, slice.to, y, full);
        y += box;
        lines.push_back(y);
    }
    // Thin borders: one line between rows and between columns.
    p.setPen(QPen(kBorder, kBorderPt * pt_));
    for (double ly : lines) {
        p.drawLine(QPointF(0, ly), QPointF(width_, ly));
    }
    for (double x : columnX_) {
        p.drawLine(QPointF(x, tableTop), QPointF(x, y));
    }
    p.restore();
}

}  // namespace spinesignal::ui
