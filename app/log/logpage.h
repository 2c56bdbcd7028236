#pragma once

#include "domain/episode.h"
#include "mainwindow/areapage.h"

#include <optional>

class QAction;
class QCheckBox;
class QDateEdit;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;
class QToolButton;
class QUndoStack;

namespace spinesignal::ui {

struct AppContext;
class EntryForm;
class HistoryCalendar;
class HistoryModel;
class RedFlagPanel;

/// The Log area: the entry form on the left (with the red-flag panel above it and Save below), the
/// history on the right (month calendar, date filter, newest-first list, edit/delete/undo and links
/// to the article). The undo stack belongs to the page, so undo lasts as long as the window.
class LogPage final : public AreaPage {
    Q_OBJECT
public:
    explicit LogPage(AppContext& context, QWidget* parent = nullptr);
    ~LogPage() override;

    /// "new" focuses the form.
    void openTarget(const QString& target) override;

    /// Saves the form (Ctrl+S). True when the entry was committed.
    bool save();
    /// Loads the history row into the form for editing.
    void editRow(int row);
    /// Deletes the history row (undoable).
    bool deleteRow(int row);
    /// Fills the form from the latest entry ("Same as last entry").
    void fillFromLast();
    void cancelEdit();
    /// Shows only entries from..to (both set) or everything (both empty).
    void setFilter(std::optional<QDate> from, std::optional<QDate> to);

    EntryForm* form() const { return m_form; }
    HistoryModel* history() const { return m_model; }
    QUndoStack* undoStack() const { return m_undo; }
    QTableView* historyView() const { return m_table; }
    HistoryCalendar* calendar() const { return m_calendar; }
    RedFlagPanel* redFlagPanel() const { return m_redFlags; }
    /// What the status line and the error line by the Save button say (for tests).
    QString statusText() const;
    QString generalErrorText() const;
    bool isEditing() const { return m_editing.has_value(); }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFormColumn();
    QWidget* buildHistoryColumn();
    void retranslate();
    void showGeneralError(const QString& message);
    void showStatus(const QString& message);
    void updateSelectionActions();
    void updateCounts();
    void updateDaySummary();
    void applyFilterControls();
    void fetchFirstBatch();
    void selectEntry(qint64 id);
    std::optional<int> currentRow() const;

    AppContext& m_context;
    QUndoStack* m_undo;
    HistoryModel* m_model;
    std::optional<Episode> m_editing;

    RedFlagPanel* m_redFlags = nullptr;
    QFrame* m_editBanner = nullptr;
    QLabel* m_editLabel = nullptr;
    QPushButton* m_cancelEdit = nullptr;
    QScrollArea* m_scroll = nullptr;
    EntryForm* m_form = nullptr;
    QPushButton* m_sameAsLast = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_generalError = nullptr;

    QLabel* m_historyTitle = nullptr;
    QCheckBox* m_filterOn = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    HistoryCalendar* m_calendar = nullptr;
    QLabel* m_calendarLegend = nullptr;
    QLabel* m_daySummary = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_saveAction = nullptr;
    QLabel* m_learn = nullptr;
};

}  // namespace spinesignal::ui
