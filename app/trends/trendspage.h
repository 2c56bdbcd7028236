#pragma once

#include "analysis/daysummary.h"
#include "mainwindow/areapage.h"

#include <QDate>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace spinesignal::ui {

struct AppContext;
class FrequencyChart;
class IntensityChart;
class WeeklyChart;

/// The Trends area (PRODUCT.md §5): charts over a chosen range, the trend sentences, frequencies,
/// habits and what helped. Reads through core/analysis (one GROUP BY query per range) and
/// reloads when the entries change; hidden tabs load when they are first shown.
class TrendsPage final : public AreaPage {
    Q_OBJECT
public:
    enum class Range { TwoWeeks, ThreeMonths, OneYear, All, Custom };
    enum Tab { IntensityTab, WeeklyTab, TriggersTab, HelpedTab, WhereTab, ObservationsTab };

    TrendsPage(AppContext& context, QWidget* parent = nullptr);

    void setRange(Range range);
    Range range() const { return m_range; }
    void setCustomRange(QDate from, QDate to);
    QDate periodFrom() const { return m_from; }
    QDate periodTo() const { return m_to; }
    void setSymptomVisible(Symptom symptom, bool visible);
    void showTab(Tab tab);

    /// Reads the store again and redraws the visible charts.
    void reload();
    /// Saves the chart of the current tab; false when there is none or the file could not be written.
    bool saveCurrentChart(const QString& path);

    bool isShowingEmptyState() const;
    QString trendSentences() const;
    QString observations() const;
    const QList<DaySummary>& days() const { return m_days; }
    IntensityChart* intensityChart() const { return m_intensity; }
    WeeklyChart* weeklyChart() const { return m_weekly; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void computePeriod(const DataExtent& extent);
    void refreshTab();
    void refreshFrequencies();
    void refreshObservations();
    void updateSentences();
    void updateNote();
    void saveChartInteractively();
    bool chinese() const;

    AppContext& m_context;
    Range m_range = Range::ThreeMonths;
    QDate m_from;
    QDate m_to;
    QList<DaySummary> m_days;
    bool m_dirty = true;
    bool m_frequenciesDirty = true;
    bool m_observationsDirty = true;
    bool m_hasData = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_logFirst = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QComboBox* m_rangeBox = nullptr;
    QDateEdit* m_customFrom = nullptr;
    QLabel* m_customDash = nullptr;
    QDateEdit* m_customTo = nullptr;
    QPushButton* m_save = nullptr;
    std::array<QCheckBox*, kSymptomCount> m_symptomBoxes{};
    QLabel* m_sentences = nullptr;
    QLabel* m_chartNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    IntensityChart* m_intensity = nullptr;
    WeeklyChart* m_weekly = nullptr;
    FrequencyChart* m_triggers = nullptr;
    FrequencyChart* m_helped = nullptr;
    FrequencyChart* m_sides = nullptr;
    FrequencyChart* m_regions = nullptr;
    QWidget* m_legMapSlot = nullptr;
    QLabel* m_observations = nullptr;
};

}  // namespace spinesignal::ui
