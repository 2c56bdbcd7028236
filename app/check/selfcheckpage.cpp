#include "check/selfcheckpage.h"

#include "check/questionview.h"
#include "check/resultview.h"
#include "checklist/checklist.h"
#include "checklist/episodemapping.h"
#include "checklist/selfcheckstore.h"
#include "checklist/selfchecktexts.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "startup/languagemanager.h"
#include "storage/episoderepository.h"

#include <QEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace spinesignal::ui {

SelfCheckPage::SelfCheckPage(AppContext& context, QWidget* parent)
    : AreaPage(parent),
      m_context(context),
      m_engine(Checklist::embedded()),
      m_stack(new QStackedWidget(this)),
      m_start(new QWidget),
      m_heading(new QLabel),
      m_intro(new QLabel),
      m_error(new QLabel),
      m_startButton(new QPushButton),
      m_historyHeading(new QLabel),
      m_history(new QListWidget),
      m_questions(new QuestionView),
      m_resultView(new ResultView) {
    setObjectName(QStringLiteral("selfCheckPage"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("checklistError"));
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_startButton->setMinimumHeight(40);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setMaximumHeight(280);
    m_history->setMaximumWidth(820);
    QFont bold = m_historyHeading->font();
    bold.setBold(true);
    m_historyHeading->setFont(bold);
    auto* startLayout = new QVBoxLayout(m_start);
    startLayout->setContentsMargins(32, 24, 32, 24);
    startLayout->setSpacing(14);
    startLayout->addWidget(m_heading);
    startLayout->addWidget(m_intro);
    startLayout->addWidget(m_error);
    startLayout->addWidget(m_startButton, 0, Qt::AlignLeft);
    startLayout->addSpacing(12);
    startLayout->addWidget(m_historyHeading);
    startLayout->addWidget(m_history, 1);
    startLayout->addStretch(0);  // takes the space while there is no history yet
    m_intro->setMaximumWidth(820);

    m_stack->addWidget(m_start);
    m_stack->addWidget(m_questions);
    m_stack->addWidget(m_resultView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // An empty checklist means the embedded data failed to load: say so instead of a blank page.
    if (auto loaded = Checklist::loadEmbedded(); !loaded) {
        m_error->setText(loaded.error().message);
        m_startButton->setEnabled(false);
    }
    m_error->setVisible(!m_error->text().isEmpty());

    connect(m_startButton, &QPushButton::clicked, this, &SelfCheckPage::startFresh);
    connect(m_questions, &QuestionView::answered, this, &SelfCheckPage::onAnswered);
    connect(m_questions, &QuestionView::nextRequested, this, &SelfCheckPage::next);
    connect(m_questions, &QuestionView::backRequested, this, &SelfCheckPage::back);
    connect(m_resultView, &ResultView::articleRequested, this,
            [this](const QString& id) { m_context.navigator.go(Area::Learn, id); });
    connect(m_resultView, &ResultView::summaryRequested, this, [this] { m_context.navigator.go(Area::Summary); });
    connect(m_resultView, &ResultView::logRequested, this, [this] { m_context.navigator.go(Area::Log); });
    connect(m_resultView, &ResultView::saveRequested, this, &SelfCheckPage::previewSave);
    connect(m_resultView, &ResultView::saveConfirmed, this, &SelfCheckPage::save);
    connect(m_resultView, &ResultView::restartRequested, this, &SelfCheckPage::startFresh);
    connect(m_resultView, &ResultView::continueRequested, this, &SelfCheckPage::continueAnswering);
    connect(m_resultView, &ResultView::backRequested, this, [this] {
        if (m_saved) {
            m_stack->setCurrentWidget(m_start);
        } else {
            showQuestionAt(std::min(m_index, static_cast<int>(askedQuestions().size()) - 1));
        }
    });
    connect(m_history, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showPastResult(m_history->row(item)); });
    connect(&m_context.language, &LanguageManager::changed, this, [this] {
        retranslate();
        if (showingQuestions()) {
            showQuestionAt(m_index);
        } else if (showingResult()) {
            m_resultView->showResult(Checklist::embedded(), m_result, language(), m_saved);
        }
    });
    retranslate();
    reloadHistory();
}

QString SelfCheckPage::language() const {
    return m_context.language.current();
}

bool SelfCheckPage::showingResult() const {
    return m_stack->currentWidget() == m_resultView;
}

bool SelfCheckPage::showingQuestions() const {
    return m_stack->currentWidget() == m_questions;
}

void SelfCheckPage::openTarget(const QString& target) {
    if (target == QLatin1String("start")) {
        startFresh();
    } else if (target == QLatin1String("history")) {
        reloadHistory();
        m_stack->setCurrentWidget(m_start);
    }
}

QStringList SelfCheckPage::askedQuestions() const {
    QStringList ids;
    for (const Question& q : Checklist::embedded().questions()) {
        if (q.showIf.evaluate(m_answers)) {
            ids.append(q.id);
        }
    }
    return ids;
}

void SelfCheckPage::startFresh() {
    m_answers = AnswerSet();
    m_result = CheckResult();
    m_saved = false;
    if (Checklist::embedded().questions().isEmpty()) {
        m_stack->setCurrentWidget(m_start);
        return;
    }
    showQuestionAt(0);
}

void SelfCheckPage::showQuestionAt(int index) {
    const QStringList asked = askedQuestions();
    if (asked.isEmpty()) {
        return;
    }
    m_index = std::clamp(index, 0, static_cast<int>(asked.size()) - 1);
    const Question* q = Checklist::embedded().question(asked.at(m_index));
    m_questions->showQuestion(Checklist::embedded(), *q, m_answers.get(q->id), m_index, static_cast<int>(asked.size()),
                              language());
    m_stack->setCurrentWidget(m_questions);
}

void SelfCheckPage::onAnswered(const QString& questionId, const Answer& answer) {
    m_saved = false;
    m_answers.set(questionId, answer);
    // A changed rating can hide later questions (no symptoms: no "which side"); drop their answers.
    m_answers = m_engine.visibleOnly(m_answers);
    m_index = static_cast<int>(askedQuestions().indexOf(questionId));
    const Question* q = Checklist::embedded().question(questionId);
    if (q != nullptr && q->redFlag && std::get_if<bool>(&answer) != nullptr && std::get<bool>(answer)) {
        finish();  // a red flag interrupts at once
        return;
    }
    next();
}

void SelfCheckPage::next() {
    if (m_index + 1 >= askedQuestions().size()) {
        finish();
        return;
    }
    showQuestionAt(m_index + 1);
}

void SelfCheckPage::back() {
    showQuestionAt(m_index - 1);
}

void SelfCheckPage::finish() {
    m_result = m_engine.evaluate(m_answers);
    showCurrentResult();
}

void SelfCheckPage::showCurrentResult() {
    m_resultView->showResult(Checklist::embedded(), m_result, language(), m_saved);
    m_stack->setCurrentWidget(m_resultView);
}

void SelfCheckPage::continueAnswering() {
    const QStringList asked = askedQuestions();
    for (int i = 0; i < asked.size(); ++i) {
        if (m_result.missing.contains(asked.at(i)) || !m_answers.has(asked.at(i))) {
            showQuestionAt(i);
            return;
        }
    }
    showQuestionAt(0);
}

void SelfCheckPage::previewSave() {
    const Episode e =
        EpisodeMapping::toEpisode(Checklist::embedded(), m_answers, m_result, QDateTime::currentDateTime(), language());
    m_resultView->showSavePreview(EpisodeMapping::describe(e));
}

void SelfCheckPage::save() {
    const QDateTime now = QDateTime::currentDateTime();
    const Episode e = EpisodeMapping::toEpisode(Checklist::embedded(), m_answers, m_result, now, language());
    auto episodeId = m_context.episodes.add(e);
    if (!episodeId) {
        m_resultView->showSaveMessage(episodeId.error().message, false);
        return;
    }
    SelfCheckStore store(m_context.database);
    auto id = store.add({0, now, m_result.tier, m_answers.toJson(), m_result.toJson(Checklist::embedded(), language()),
                         episodeId.value()});
    if (!id) {
        m_resultView->showSaveMessage(id.error().message, false);
        return;
    }
    m_saved = true;
    m_resultView->showSaveMessage(
        tr("Saved to your log as the entry of %1.").arg(QLocale().toString(now, QLocale::ShortFormat)), true);
    reloadHistory();
}

void SelfCheckPage::reloadHistory() {
    m_history->clear();
    m_historyAnswers.clear();
    auto listed = SelfCheckStore(m_context.database).list();
    if (!listed) {
        m_history->addItem(listed.error().message);
        return;
    }
    for (const SelfCheckRecord& r : listed.value()) {
        QString text = tr("%1 — %2").arg(r.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         SelfCheckTexts::tierTitle(r.tier));
        if (r.episodeId) {
            text += tr(" (in the log)");
        }
        m_history->addItem(text);
        m_historyAnswers.append(QString::fromUtf8(QJsonDocument(r.answers).toJson(QJsonDocument::Compact)));
    }
    m_historyHeading->setVisible(m_history->count() > 0);
    m_history->setVisible(m_history->count() > 0);
}

void SelfCheckPage::showPastResult(int row) {
    if (row < 0 || row >= m_historyAnswers.size()) {
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(m_historyAnswers.at(row).toUtf8()).object();
    auto answers = AnswerSet::fromJson(json, Checklist::embedded());
    if (!answers) {
        return;
    }
    m_answers = answers.value();
    m_result = m_engine.evaluate(m_answers);
    m_saved = true;
    const QString when = m_history->item(row)->text().section(QStringLiteral(" — "), 0, 0);
    m_resultView->showResult(Checklist::embedded(), m_result, language(), true, when);
    m_stack->setCurrentWidget(m_resultView);
}

void SelfCheckPage::showEvent(QShowEvent* event) {
    AreaPage::showEvent(event);
    // Arriving on the page (Ctrl+2): Space or Enter starts at once.
    if (m_stack->currentWidget() == m_start && m_startButton->isEnabled()) {
        m_startButton->setFocus(Qt::OtherFocusReason);
    }
}

void SelfCheckPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    AreaPage::changeEvent(event);
}

void SelfCheckPage::retranslate() {
    m_heading->setText(tr("Self-check"));
    m_intro->setText(
        tr("A short set of questions, built from the article, about what you feel in your legs "
           "and back. It takes about two minutes and gives guidance — see a doctor, seek care "
           "today, or look after yourself and keep watching. It is not a diagnosis.\n\n"
           "One question at a time. Keys: Y / N for yes or no, 0–9 for a rating, ? for why we "
           "ask, Alt+Left to go back."));
    m_startButton->setText(tr("Start the self-check"));
    m_historyHeading->setText(tr("Your past self-checks (Enter or double-click to see one again)"));
    reloadHistory();
}

}  // namespace spinesignal::ui
