#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QDate>
#include <QPalette>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace spinesignal::ui {

/// Colours, date formats and the mapping of days to the time axis shared by the trend charts.
/// Colours are the Okabe–Ito set, distinguishable with the common colour-vision deficiencies.
class ChartStyle {
public:
    static bool isDark(const QPalette& palette);
    static QColor symptomColor(Symptom symptom, bool dark);
    static QColor redFlagColor() { return {0xD5, 0x5E, 0x00}; }  // vermillion
    static QColor barColor(bool dark) { return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2); }
    static QColor secondBarColor() { return {0xE6, 0x9F, 0x00}; }

    /// Background, text and grid colours from the palette, so the chart reads in light and dark.
    static void apply(QChart* chart, const QPalette& palette);

    /// A date format for axis labels: days and months for short spans, months and years for long ones.
    static QString axisDateFormat(qint64 spanDays, bool chinese);
    /// A long date for tooltips, e.g. "Sunday, 31 March 2024" / "2024年3月31日 星期日".
    static QString longDate(QDate date, bool chinese);

    /// x of a day on a QDateTimeAxis: noon UTC of that date, so that the label shows the date in
    /// any time zone between UTC−11 and UTC+11 and no local-time conversion is needed per point.
    static qreal dayToX(QDate date);
    static QDate xToDay(qreal x);
};

}  // namespace spinesignal::ui
