#pragma once

#include "checklist/answerset.h"
#include "checklist/checkresult.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;

namespace spinesignal {
class Checklist;
}

namespace spinesignal::ui {

/// The result of a self-check: the tier, why (every rule that fired, with links into the article),
/// where to go, what to bring, prevention advice for self-care, and "save to my log" with a preview
/// of exactly what will be saved.
class ResultView final : public QWidget {
    Q_OBJECT
public:
    explicit ResultView(QWidget* parent = nullptr);

    /// `saved`: the result is already in the log (a past result, or just saved).
    void showResult(const Checklist& checklist, const CheckResult& result, const QString& language, bool saved,
                    const QString& takenAt = {});
    /// Shows what "save" will store, with Save / Cancel.
    void showSavePreview(const QStringList& lines);
    /// After saving (or failing to): a line under the buttons.
    void showSaveMessage(const QString& message, bool ok);

    QString plainText() const;  ///< everything shown, for tests

Q_SIGNALS:
    void articleRequested(const QString& sectionId);
    void summaryRequested();
    void logRequested();
    void saveRequested();
    void saveConfirmed();
    void restartRequested();
    void backRequested();
    void continueRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    QLabel* newLabel(const QString& objectName);
    static QString readMore(const QString& linksHtml);

    const Checklist* m_checklist = nullptr;
    CheckResult m_result;
    QString m_language;
    QString m_takenAt;
    bool m_saved = false;
    QScrollArea* m_scroll = nullptr;
    QFrame* m_banner;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_today;
    QLabel* m_missing;
    QLabel* m_reasons;
    QLabel* m_departments;
    QLabel* m_bring;
    QPushButton* m_openSummary;
    QLabel* m_prevention;
    QPushButton* m_openLog;
    QLabel* m_notes;
    QPushButton* m_continue;
    QPushButton* m_save;
    QFrame* m_preview;
    QLabel* m_previewText;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    QLabel* m_saveMessage;
    QPushButton* m_back;
    QPushButton* m_restart;
};

}  // namespace spinesignal::ui
