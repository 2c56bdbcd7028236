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

FrequencyChart::FrequencyChart(QWidget* parent) : QChartView(new QChart, parent) {
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
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
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(m_title);
    setAccessibleName(m_title);
    const bool dark = ChartStyle::isDark(palette());
    auto* series = new QHorizontalBarSeries;
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
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(m_sets.size() > 1 ? 0.8 : 0.6);
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0, std::max(5, highest + highest / 8 + 1));
    x->applyNiceNumbers();
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    c->legend()->setVisible(m_sets.size() > 1);
    connect(series, &QHorizontalBarSeries::hovered, this, [this, categories](bool state, int index, QBarSet* set) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int n = static_cast<int>(set->at(index));
        const QString share = m_entries > 0 ? QString::number(100.0 * n / m_entries, 'f', 0) : QStringLiteral("0");
        QToolTip::showText(QCursor::pos(),
                           tr("%1 — %2: %3 of %4 entries (%5%)")
                               .arg(categories.value(index), set->label())
                               .arg(n)
                               .arg(m_entries)
                               .arg(share),
                           this);
    });
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
