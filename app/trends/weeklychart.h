#pragma once

#include "analysis/dayseries.h"

#include <QChartView>

#include <memory>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace spinesignal::ui {

class SegmentedLine;

/// Entries per week (Monday first). Weeks without entries are gaps in the line, not zeros.
class WeeklyChart final : public QChartView {
    Q_OBJECT
public:
    explicit WeeklyChart(QWidget* parent = nullptr);
    ~WeeklyChart() override;

    void setData(const QList<WeekCount>& weeks, QDate from, QDate to, bool chinese);
    QString hoverText(QDate monday) const;
    void retranslate();
    void applyPalette();

protected:
    void changeEvent(QEvent* event) override;

private:
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    std::unique_ptr<SegmentedLine> m_line;
    QList<WeekCount> m_weeks;
    bool m_chinese = false;
    QDate m_from;
    QDate m_to;
};

}  // namespace spinesignal::ui
