#pragma once

#include "report/reporthtml.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QSizeF>

#include <array>
#include <vector>

class QPaintDevice;
class QPainter;

namespace spinesignal::ui {

/// The entries table of the report, painted straight with QPainter: the pages are worked out first
/// (so "page x of y" is known before anything is drawn), then each page draws only its own rows,
/// so the time grows with the number of entries and not faster. The heading sits above the table on
/// its first page, the header row is repeated at the top of every page, and a row moves whole to
/// the next page unless it is taller than a page (then it runs on, cut between lines).
class EntryTablePainter {
public:
    /// Lays `table` out for `device` (its resolution) on pages `pageSize` big, in device pixels.
    EntryTablePainter(const ReportHtml::EntriesTable& table, const QPaintDevice& device, const QSizeF& pageSize);

    int pageCount() const { return static_cast<int>(pages_.size()); }
    /// Draws page `index` (0-based) with its top-left corner at `topLeft`.
    void paintPage(QPainter& p, int index, const QPointF& topLeft) const;

private:
    /// A row, or the part of a too-tall row, on one page; `from` and `to` in the row's own
    /// coordinates (0 = its top edge).
    struct Slice {
        int row = 0;
        double from = 0;
        double to = 0;
    };
    struct Page {
        int first = 0;  ///< index into slices_
        int end = 0;
    };

    double cellHeight(int column, const QString& text) const;
    const QFont& fontOf(int column) const;
    void paintRow(QPainter& p, const QStringList& cells, const QFont& font, double from, double to, double top,
                  double fullHeight) const;

    const ReportHtml::EntriesTable& table_;
    const QPaintDevice& device_;
    double pt_ = 1;
    double width_ = 0;
    double padH_ = 0;
    double padV_ = 0;
    QFont body_;
    QFont bold_;
    QFont headingFont_;
    double lineHeight_ = 0;
    std::array<double, 13> columnX_{};  ///< left edges, then the right edge of the last column
    double headingHeight_ = 0;
    double headerHeight_ = 0;
    std::vector<double> rowHeights_;
    std::vector<Slice> slices_;
    std::vector<Page> pages_;
};

}  // namespace spinesignal::ui
