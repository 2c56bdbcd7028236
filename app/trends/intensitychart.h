#pragma once

#include "analysis/dayseries.h"
#include "analysis/daysummary.h"

#include <QChartView>

#include <array>
#include <memory>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace spinesignal::ui {

class SegmentedLine;

/// Intensity over time: per symptom the daily maximum as a thin line and the 7-day rolling mean
/// as a thick one; red-flag days as marks on the time axis; hover shows the day's values.
class IntensityChart final : public QChartView {
    Q_OBJECT
public:
    /// Lines break where more than this many days have no rating.
    static constexpr int kMaxGapDays = 7;

    explicit IntensityChart(QWidget* parent = nullptr);

    /// Above a year, the lines have one point per week instead of per day.
    static bool isCoarse(QDate from, QDate to) { return from.daysTo(to) > 366; }
    ~IntensityChart() override;

    void setData(const QList<DaySummary>& days, QDate from, QDate to, bool chinese);
    void setSymptomVisible(Symptom symptom, bool visible);
    bool isSymptomVisible(Symptom symptom) const { return m_visible[static_cast<std::size_t>(symptom)]; }
    /// The tooltip for the day at x on the time axis (empty when that day has no entries).
    QString hoverText(QDate day) const;
    void retranslate();
    void applyPalette();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onHovered(const QPointF& point, bool state);

    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    QScatterSeries* m_redFlags;
    std::array<std::unique_ptr<SegmentedLine>, kSymptomCount> m_daily;
    std::array<std::unique_ptr<SegmentedLine>, kSymptomCount> m_rolling;
    std::array<bool, kSymptomCount> m_visible{true, true, true, true, true};
    std::array<QList<DayValue>, kSymptomCount> m_rollingValues;
    QList<DaySummary> m_days;
    bool m_chinese = false;
    qint64 m_spanDays = 0;
};

}  // namespace spinesignal::ui
