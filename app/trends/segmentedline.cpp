#include "trends/segmentedline.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

namespace spinesignal::ui {

SegmentedLine::SegmentedLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, QString name)
    : m_chart(chart), m_x(x), m_y(y), m_name(std::move(name)) {
    addSeries();  // the legend always has its series, even with no data
}

QLineSeries* SegmentedLine::addSeries() {
    auto* s = new QLineSeries(m_chart);
    s->setName(m_name);
    s->setPen(QPen(m_color, m_width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    s->setMarkerSize(qMax<qreal>(6, m_width * 2.5));
    m_chart->addSeries(s);
    s->attachAxis(m_x);
    s->attachAxis(m_y);
    m_pool.append(s);
    return s;
}

void SegmentedLine::setPen(const QColor& color, qreal width) {
    m_color = color;
    m_width = width;
    for (QLineSeries* s : std::as_const(m_pool)) {
        s->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
        s->setMarkerSize(qMax<qreal>(6, width * 2.5));
    }
    updateLegend();
}

void SegmentedLine::setRuns(const QList<QList<QPointF>>& runs, bool showPoints) {
    while (m_pool.size() < runs.size()) {
        addSeries();
    }
    m_used = runs.size();
    for (qsizetype i = 0; i < m_pool.size(); ++i) {
        QLineSeries* s = m_pool[i];
        if (i < runs.size()) {
            s->replace(runs[i]);
            s->setPointsVisible(showPoints || runs[i].size() == 1);
            s->setVisible(m_visible);
        } else if (s->count() > 0) {
            s->clear();
        }
        if (i >= runs.size() && i > 0) {
            s->setVisible(false);
        }
    }
    updateLegend();
}

void SegmentedLine::setVisible(bool visible) {
    m_visible = visible;
    for (qsizetype i = 0; i < m_pool.size(); ++i) {
        m_pool[i]->setVisible(visible && (i < m_used || i == 0));
    }
    updateLegend();
}

void SegmentedLine::setName(const QString& name) {
    m_name = name;
    for (QLineSeries* s : std::as_const(m_pool)) {
        s->setName(name);
    }
}

void SegmentedLine::setInLegend(bool inLegend) {
    m_inLegend = inLegend;
    updateLegend();
}

void SegmentedLine::updateLegend() {
    for (qsizetype i = 0; i < m_pool.size(); ++i) {
        for (QLegendMarker* marker : m_chart->legend()->markers(m_pool[i])) {
            marker->setVisible(m_inLegend && i == 0 && m_visible);
        }
    }
}

}  // namespace spinesignal::ui
