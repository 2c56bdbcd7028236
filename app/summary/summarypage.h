#pragma once

#include "mainwindow/areapage.h"
#include "summary/reportcontent.h"
#include "util/result.h"

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QScrollArea;
class QGroupBox;
class QPrinter;

namespace spinesignal::ui {

struct AppContext;
class QuestionListEditor;
class TaskRunner;

/// The Doctor summary area: choose the period, the report's language and paper, the person's
/// optional name and birth year and their questions; preview page 1; save a PDF, print with a
/// preview; export and import CSV.
class SummaryPage final : public AreaPage {
    Q_OBJECT
public:
    explicit SummaryPage(AppContext& context, QWidget* parent = nullptr);

    /// The options as currently chosen on the page.
    ReportOptions options() const;
    // Saving the PDF, exporting and importing run off the UI thread with a progress bar and
    // Cancel (TaskRunner); each returns false when another of them is still running. The outcome
    // is shown on the page and announced by taskFinished().
    bool startSavePdf(const QString& path);
    /// Prints the summary on `printer` (already chosen in the print dialog) off the UI thread.
    bool startPrint(std::shared_ptr<QPrinter> printer);
    bool startExportCsv(const QString& path);
    bool startImportCsv(const QString& path, bool skipInvalid);
    TaskRunner& tasks() { return *m_tasks; }
    /// The message line under the buttons (for tests).
    QString messageText() const;
    /// The preview's current HTML (for tests; see previewUpdated()).
    QString previewHtml() const;

Q_SIGNALS:
    /// A job ended; `message` is what the page shows (the error's, when !ok).
    void taskFinished(bool ok, const QString& message);
    /// The preview shows the current choices (it is built off the UI thread).
    void previewUpdated();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void refreshPreview();
    void renderPreview();
    void saveProfile();
    void updatePeriodFields();
    void showMessage(const QString& text, bool error);
    void finishTask(const Result<QString>& outcome);
    void showProgress(const QString& title, const QString& label);
    /// Some rows are bad: asks whether to import the others (true: import started again).
    bool offerToSkipInvalid(const QString& path, const Error& error);
    void onSavePdf();
    void onPrint();
    void onExportCsv();
    void onImportCsv();
    QString suggestedPath(const QString& name) const;

    AppContext& m_context;
    TaskRunner* m_tasks;
    TaskRunner* m_previewTasks;
    bool m_previewAgain = false;
    bool m_dirty = true;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QGroupBox* m_reportBox = nullptr;
    QGroupBox* m_personBox = nullptr;
    QGroupBox* m_questionsBox = nullptr;
    QGroupBox* m_dataBox = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_paperLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_birthLabel = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_paper = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QuestionListEditor* m_questions = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_importCsv = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_previewLabel = nullptr;
    QScrollArea* m_previewArea = nullptr;
    QLabel* m_preview = nullptr;
    std::optional<ReportContent> m_content;  ///< what the preview shows
    QString m_previewHtml;
};

}  // namespace spinesignal::ui
