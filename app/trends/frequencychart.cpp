#include "trends/frequencychart.h"

#include "trends/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace spinesignal::ui {

FrequencyChart::FrequencyChart(QWidget* parent)
    : QChartView(new QChart, parent),
      m_series(new QHorizontalBarSeries(this)),
      m_categoryAxis(new QBarCategoryAxis(this)),
      m_valueAxis(new QValueAxis(this)) {
    setRenderHint(QPainter::Antialiasing);
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    // One series and two axes for the chart's life; only the bar sets change. Removing and deleting
    // axes leaves their drawing behind until the event loop runs the deferred deletes.
    c->addSeries(m_series);
    c->addAxis(m_categoryAxis, Qt::AlignLeft);
    c->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    connect(m_series, &QHorizontalBarSeries::hovered, this, [this](bool state, int index, QBarSet* set) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int n = static_cast<int>(set->at(index));
        const QString share = m_entries > 0 ? QString::number(100.0 * n / m_entries, 'f', 0) : QStringLiteral("0");
        QToolTip::showText(QCursor::pos(),
                           tr("%1 — %2: %3 of %4 entries (%5%)")
                               .arg(m_categoryAxis->at(index), set->label())
                               .arg(n)
                               .arg(m_entries)
                               .arg(share),
                           this);
    });
}

void FrequencyChart::setData(const QString& title, const QStringList& categories, const QList<Set>& sets, int entries) {
    m_title = title;
    m_categories = categories;
    m_sets = sets;
    m_entries = entries;
    rebuild();
}

void FrequencyChart::rebuild() {
    QChart* c = chart();
    c->setTitle(m_title);
    setAccessibleName(m_title);
    const bool dark = ChartStyle::isDark(palette());
    m_series->clear();
    int highest = 0;
    // A horizontal bar chart draws its first category at the bottom; reverse so the list reads top-down.
    QStringList categories = m_categories;
    std::reverse(categories.begin(), categories.end());
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        auto* set = new QBarSet(m_sets[i].name);
        QList<int> counts = m_sets[i].counts;
        std::reverse(counts.begin(), counts.end());
        for (int n : counts) {
            set->append(n);
            highest = std::max(highest, n);
        }
        set->setColor(i == 0 ? ChartStyle::barColor(dark) : ChartStyle::secondBarColor());
        set->setBorderColor(Qt::transparent);
        set->setLabelColor(palette().color(QPalette::WindowText));
        m_series->append(set);
    }
    m_series->setBarWidth(m_sets.size() > 1 ? 0.8 : 0.6);
    m_categoryAxis->setCategories(categories);
    m_valueAxis->setRange(0, std::max(5, highest + highest / 8 + 1));
    m_valueAxis->applyNiceNumbers();
    c->legend()->setVisible(m_sets.size() > 1);
    ChartStyle::apply(c, palette());
}

void FrequencyChart::applyPalette() {
    rebuild();
}

void FrequencyChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QChartView::changeEvent(event);
}

}  // namespace spinesignal::ui
