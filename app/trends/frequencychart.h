#pragma once

#include <QChartView>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace spinesignal::ui {

/// Horizontal bars: how many entries name each category (one or two sets of bars).
class FrequencyChart final : public QChartView {
    Q_OBJECT
public:
    struct Set {
        QString name;
        QList<int> counts;  ///< one per category
    };

    explicit FrequencyChart(QWidget* parent = nullptr);

    /// Replaces the bars; `categories` are drawn top to bottom in the given order.
    void setData(const QString& title, const QStringList& categories, const QList<Set>& sets, int entries);
    void applyPalette();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QHorizontalBarSeries* m_series;
    QBarCategoryAxis* m_categoryAxis;
    QValueAxis* m_valueAxis;
    QString m_title;
    QStringList m_categories;
    QList<Set> m_sets;
    int m_entries = 0;
};

}  // namespace spinesignal::ui
