#include "summary/trendchartpainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace spinesignal::ui {

namespace {

Qt::PenStyle dashOf(Symptom s) {
    switch (s) {
        case Symptom::Numbness:
            return Qt::DashLine;
        case Symptom::RadiatingPain:
            return Qt::DotLine;
        case Symptom::Weakness:
            return Qt::DashDotLine;
        default:
            return Qt::SolidLine;
    }
}

}  // namespace

QColor TrendChartPainter::colourOf(Symptom s) {
    switch (s) {
        case Symptom::Soreness:
            return {0x1f, 0x77, 0xb4};
        case Symptom::Numbness:
            return {0x9c, 0x27, 0xb0};
        case Symptom::RadiatingPain:
            return {0xd6, 0x27, 0x28};
        case Symptom::Weakness:
            return {0xe6, 0x8a, 0x00};
        case Symptom::BackPain:
            return {0x2c, 0x8c, 0x4a};
    }
    return Qt::black;
}

void TrendChartPainter::paint(QPainter& p, const QRectF& rect, double pt, const SummaryData& data,
                              const std::array<QString, kSymptomCount>& names, const QFont& font) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());

    // Legend on top, axes below it.
    double x = rect.left();
    const double legendY = rect.top();
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        QPen pen(colourOf(s), 1.6 * pt, dashOf(s));
        p.setPen(pen);
        p.drawLine(QPointF(x, legendY + fm.height() / 2), QPointF(x + 18 * pt, legendY + fm.height() / 2));
        p.setPen(Qt::black);
        const QString name = names[static_cast<std::size_t>(i)];
        p.drawText(QPointF(x + 21 * pt, legendY + fm.ascent()), name);
        x += 21 * pt + fm.horizontalAdvance(name) + 12 * pt;
    }

    const double axisLabelW = fm.horizontalAdvance(QStringLiteral("10")) + 4 * pt;
    const QRectF plot(rect.left() + axisLabelW, rect.top() + fm.height() + 8 * pt, rect.width() - axisLabelW - 4 * pt,
                      rect.height() - 2 * fm.height() - 14 * pt);
    // Grid and y labels 0–10.
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5 * pt));
    for (int v = 0; v <= 10; v += 2) {
        const double y = plot.bottom() - plot.height() * v / 10.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.save();
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, axisLabelW - 3 * pt, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
        p.restore();
    }
    p.setPen(QPen(Qt::black, 0.7 * pt));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    const double days = std::max<qint64>(1, data.from.daysTo(data.to));
    auto xOf = [&](QDate d) { return plot.left() + plot.width() * static_cast<double>(data.from.daysTo(d)) / days; };
    // About six date labels along the bottom, always the first and the last day.
    const int steps = static_cast<int>(std::min<double>(6, days));
    for (int i = 0; i <= steps; ++i) {
        const QDate d = data.from.addDays(qRound64(days * i / std::max(1, steps)));
        const QString label = d.toString(QStringLiteral("yyyy-MM-dd"));
        const double w = fm.horizontalAdvance(label);
        const double cx = std::clamp(xOf(d) - w / 2, rect.left(), rect.right() - w);
        p.drawLine(QPointF(xOf(d), plot.bottom()), QPointF(xOf(d), plot.bottom() + 3 * pt));
        p.drawText(QPointF(cx, plot.bottom() + 4 * pt + fm.ascent()), label);
    }

    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        QPainterPath line;
        QPainterPath dots;
        bool started = false;
        for (const DailyWorst& dw : data.daily) {
            const auto v = dw.worst[static_cast<std::size_t>(i)];
            if (!v) {
                continue;
            }
            const QPointF point(xOf(dw.day), plot.bottom() - plot.height() * *v / 10.0);
            started ? line.lineTo(point) : line.moveTo(point);
            started = true;
            dots.addEllipse(point, 1.4 * pt, 1.4 * pt);
        }
        p.setPen(QPen(colourOf(s), 1.3 * pt, dashOf(s), Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        p.setPen(Qt::NoPen);
        p.setBrush(colourOf(s));
        p.drawPath(dots);
    }
    p.restore();
}

}  // namespace spinesignal::ui
