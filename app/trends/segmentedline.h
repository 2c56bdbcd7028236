#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QLineSeries;
QT_END_NAMESPACE

namespace spinesignal::ui {

/// One logical line drawn as several QLineSeries, so that it breaks where there are no entries
/// (a QLineSeries cannot have holes). The series are pooled and reused: changing the range only
/// replaces points, which keeps it fast.
class SegmentedLine {
public:
    SegmentedLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, QString name);

    void setPen(const QColor& color, qreal width);
    /// Runs of points; a run of one point is drawn as a dot, never as a line.
    void setRuns(const QList<QList<QPointF>>& runs, bool showPoints);
    void setVisible(bool visible);
    void setName(const QString& name);
    /// Show this line in the legend (only the first series of the pool ever is).
    void setInLegend(bool inLegend);
    const QList<QLineSeries*>& series() const { return m_pool; }

private:
    QLineSeries* addSeries();
    void updateLegend();

    QChart* m_chart;
    QAbstractAxis* m_x;
    QAbstractAxis* m_y;
    QString m_name;
    QColor m_color;
    qreal m_width = 1;
    bool m_visible = true;
    bool m_inLegend = false;
    qsizetype m_used = 0;
    QList<QLineSeries*> m_pool;
};

}  // namespace spinesignal::ui
