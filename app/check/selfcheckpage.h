#pragma once

#include "checklist/answerset.h"
#include "checklist/checkresult.h"
#include "checklist/ruleengine.h"
#include "mainwindow/areapage.h"

#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace spinesignal::ui {

struct AppContext;
class QuestionView;
class ResultView;

/// The Self-check area: a start page with past results, the questions one at a time, and the
/// result. A red flag answered yes interrupts at once with the urgent result.
class SelfCheckPage final : public AreaPage {
    Q_OBJECT
public:
    explicit SelfCheckPage(AppContext& context, QWidget* parent = nullptr);

    /// "start": a fresh check; "history": the start page with past results.
    void openTarget(const QString& target) override;

    // For tests and the flow.
    void startFresh();
    const AnswerSet& answers() const { return m_answers; }
    const CheckResult& result() const { return m_result; }
    /// The question ids asked with the current answers, in order.
    QStringList askedQuestions() const;
    QuestionView* questionView() const { return m_questions; }
    ResultView* resultView() const { return m_resultView; }
    QListWidget* history() const { return m_history; }
    bool showingResult() const;
    bool showingQuestions() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void onAnswered(const QString& questionId, const Answer& answer);
    void showQuestionAt(int index);
    void next();
    void back();
    void finish();
    void showCurrentResult();
    void continueAnswering();
    void previewSave();
    void save();
    void reloadHistory();
    void showPastResult(int row);
    void retranslate();
    QString language() const;

    AppContext& m_context;
    RuleEngine m_engine;
    AnswerSet m_answers;
    CheckResult m_result;
    int m_index = 0;
    bool m_saved = false;
    QStringList m_historyAnswers;  ///< answers JSON of each history row

    QStackedWidget* m_stack;
    QWidget* m_start;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_error;
    QPushButton* m_startButton;
    QLabel* m_historyHeading;
    QListWidget* m_history;
    QuestionView* m_questions;
    ResultView* m_resultView;
};

}  // namespace spinesignal::ui
