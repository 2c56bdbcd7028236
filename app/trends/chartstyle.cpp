#include "trends/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>

#include <cmath>

namespace spinesignal::ui {

namespace {
constexpr qint64 kMsPerDay = 86400000;
const qint64 kEpochJulian = QDate(1970, 1, 1).toJulianDay();
}  // namespace

bool ChartStyle::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ChartStyle::symptomColor(Symptom symptom, bool dark) {
    switch (symptom) {
        case Symptom::Soreness:
            return {0xE6, 0x9F, 0x00};  // orange
        case Symptom::Numbness:
            return {0x56, 0xB4, 0xE9};  // sky blue
        case Symptom::RadiatingPain:
            return {0x00, 0x9E, 0x73};  // bluish green
        case Symptom::Weakness:
            return {0xCC, 0x79, 0xA7};  // reddish purple
        case Symptom::BackPain:
            // Blue is too dark on a dark background; yellow is too pale on a light one.
            return dark ? QColor(0xF0, 0xE4, 0x42) : QColor(0x00, 0x72, 0xB2);
    }
    return {};
}

void ChartStyle::apply(QChart* chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(45);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

QString ChartStyle::axisDateFormat(qint64 spanDays, bool chinese) {
    if (spanDays <= 120) {
        return chinese ? QStringLiteral("M月d日") : QStringLiteral("d MMM");
    }
    return chinese ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy");
}

QString ChartStyle::longDate(QDate date, bool chinese) {
    const QLocale locale(chinese ? QLocale::Chinese : QLocale::English,
                         chinese ? QLocale::China : QLocale::UnitedKingdom);
    return chinese ? locale.toString(date, QStringLiteral("yyyy年M月d日 dddd"))
                   : locale.toString(date, QStringLiteral("dddd, d MMMM yyyy"));
}

qreal ChartStyle::dayToX(QDate date) {
    return static_cast<qreal>((date.toJulianDay() - kEpochJulian) * kMsPerDay + kMsPerDay / 2);
}

QDate ChartStyle::xToDay(qreal x) {
    return QDate::fromJulianDay(kEpochJulian + static_cast<qint64>(std::floor(x / kMsPerDay)));
}

}  // namespace spinesignal::ui
