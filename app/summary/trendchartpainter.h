#pragma once

#include "report/summarydata.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <array>

class QPainter;

namespace spinesignal::ui {

/// Draws the daily-worst chart of the summary as vector paths (sharp at any zoom, and small in a
/// PDF).
class TrendChartPainter {
public:
    /// `rect` and `pt` are in device pixels; `pt` is one typographic point in them.
    static void paint(QPainter& painter, const QRectF& rect, double pt, const SummaryData& data,
                      const std::array<QString, kSymptomCount>& names, const QFont& font);

    /// One colour per symptom, shared with the legend (distinct in grey-scale print too, by dash).
    static QColor colourOf(Symptom s);
};

}  // namespace spinesignal::ui
