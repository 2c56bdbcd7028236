#pragma once

#include "checklist/answerset.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace spinesignal {
class Checklist;
struct Question;
}  // namespace spinesignal

namespace spinesignal::ui {

/// Shows one question at a time: progress, the question, its answer buttons and "why we ask".
/// Keyboard: Y/N for yes/no, 0–9 for a rating (Tab to 10), 1–3 for a choice; each answer moves on.
/// Alt+Left goes back, Alt+Right skips or moves on.
class QuestionView final : public QWidget {
    Q_OBJECT
public:
    explicit QuestionView(QWidget* parent = nullptr);

    /// Shows `question` (number `index` of `total`) with the current answer, if any, selected.
    void showQuestion(const Checklist& checklist, const Question& question, std::optional<Answer> current, int index,
                      int total, const QString& language);
    QString questionId() const { return m_questionId; }

Q_SIGNALS:
    void answered(const QString& questionId, const spinesignal::Answer& answer);
    void nextRequested();
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void clearAnswerButtons();
    QPushButton* addAnswerButton(const QString& text, const Answer& value, bool checked);
    void choose(const Answer& value);

    QString m_questionId;
    int m_kind = 0;
    bool m_hasAnswer = false;
    bool m_isRedFlag = false;
    QList<Answer> m_values;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QLabel* m_redFlagIntro;
    QLabel* m_question;
    QLabel* m_scaleHint;
    QWidget* m_answerBox;
    QButtonGroup* m_group;
    QToolButton* m_whyButton;
    QLabel* m_why;
    QPushButton* m_back;
    QPushButton* m_next;
};

}  // namespace spinesignal::ui
