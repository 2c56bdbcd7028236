#include "check/questionview.h"

#include "checklist/checklist.h"
#include "checklist/selfchecktexts.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace spinesignal::ui {

QuestionView::QuestionView(QWidget* parent)
    : QWidget(parent),
      m_progressText(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_redFlagIntro(new QLabel(this)),
      m_question(new QLabel(this)),
      m_scaleHint(new QLabel(this)),
      m_answerBox(new QWidget(this)),
      m_group(new QButtonGroup(this)),
      m_whyButton(new QToolButton(this)),
      m_why(new QLabel(this)),
      m_back(new QPushButton(this)),
      m_next(new QPushButton(this)) {
    setObjectName(QStringLiteral("questionView"));
    setFocusPolicy(Qt::StrongFocus);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_redFlagIntro->setObjectName(QStringLiteral("redFlagIntro"));
    m_redFlagIntro->setWordWrap(true);
    m_question->setObjectName(QStringLiteral("questionText"));
    m_question->setWordWrap(true);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_question->setFont(big);
    m_scaleHint->setWordWrap(true);
    m_group->setExclusive(true);
    m_whyButton->setObjectName(QStringLiteral("whyButton"));
    m_whyButton->setCheckable(true);
    m_whyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_whyButton->setShortcut(QKeySequence(Qt::Key_Question));
    m_why->setObjectName(QStringLiteral("whyText"));
    m_why->setWordWrap(true);
    m_why->setVisible(false);
    m_why->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(127,127,127,0.12); padding: 10px; border-radius: 6px; }"));
    connect(m_whyButton, &QToolButton::toggled, this, [this](bool on) {
        m_why->setVisible(on);
        retranslate();
    });
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_back, &QPushButton::clicked, this, &QuestionView::backRequested);
    connect(m_next, &QPushButton::clicked, this, &QuestionView::nextRequested);

    // A readable line length: the content keeps to a column, the page around it stays free.
    auto* column = new QWidget(this);
    column->setMaximumWidth(880);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addSpacing(12);
    layout->addWidget(m_redFlagIntro);
    layout->addWidget(m_question);
    layout->addWidget(m_answerBox);
    layout->addWidget(m_scaleHint);
    auto* whyRow = new QHBoxLayout;
    whyRow->addWidget(m_whyButton);
    whyRow->addStretch(1);
    layout->addLayout(whyRow);
    layout->addWidget(m_why);
    layout->addStretch(1);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_next);
    layout->addLayout(nav);
    new QHBoxLayout(m_answerBox);
    m_answerBox->layout()->setContentsMargins(0, 0, 0, 0);
    retranslate();
}

void QuestionView::clearAnswerButtons() {
    for (QAbstractButton* b : m_group->buttons()) {
        m_group->removeButton(b);
        b->hide();
        b->deleteLater();
    }
    m_values.clear();
}

QPushButton* QuestionView::addAnswerButton(const QString& text, const Answer& value, bool checked) {
    auto* b = new QPushButton(text, m_answerBox);
    b->setCheckable(true);
    b->setChecked(checked);
    b->setAutoDefault(false);
    b->setMinimumHeight(40);
    b->setStyleSheet(QStringLiteral("QPushButton:checked { font-weight: bold; }"));
    const int index = static_cast<int>(m_values.size());
    m_values.append(value);
    m_group->addButton(b, index);
    m_answerBox->layout()->addWidget(b);
    connect(b, &QPushButton::clicked, this, [this, index] { choose(m_values.at(index)); });
    return b;
}

void QuestionView::showQuestion(const Checklist& checklist, const Question& question, std::optional<Answer> current,
                                int index, int total, const QString& language) {
    m_questionId = question.id;
    m_kind = static_cast<int>(question.kind);
    m_hasAnswer = current.has_value();
    m_isRedFlag = question.redFlag.has_value();
    clearAnswerButtons();
    delete m_answerBox->layout();
    m_progressText->setText(
        tr("Question %1 of %2 · %3").arg(index + 1).arg(total).arg(checklist.sectionTitle(question.section, language)));
    m_progress->setRange(0, total);
    m_progress->setValue(index);
    m_question->setText(checklist.questionText(question, language));
    m_why->setText(question.why.in(language));
    m_whyButton->setChecked(false);
    m_redFlagIntro->setVisible(m_isRedFlag);
    m_scaleHint->setVisible(question.kind == QuestionKind::Scale);

    QPushButton* first = nullptr;
    QPushButton* selected = nullptr;
    auto track = [&](QPushButton* b) {
        first = first != nullptr ? first : b;
        selected = b->isChecked() ? b : selected;
    };
    switch (question.kind) {
        case QuestionKind::YesNo: {
            auto* row = new QHBoxLayout(m_answerBox);
            row->setContentsMargins(0, 0, 0, 0);
            const auto v = current ? std::get_if<bool>(&*current) : nullptr;
            track(addAnswerButton(tr("&Yes"), true, v != nullptr && *v));
            track(addAnswerButton(tr("&No"), false, v != nullptr && !*v));
            row->addStretch(1);
            break;
        }
        case QuestionKind::Scale: {
            auto* row = new QHBoxLayout(m_answerBox);
            row->setContentsMargins(0, 0, 0, 0);
            row->setSpacing(4);
            const auto v = current ? std::get_if<int>(&*current) : nullptr;
            for (int n = Question::kScaleMin; n <= Question::kScaleMax; ++n) {
                QPushButton* b = addAnswerButton(QString::number(n), n, v != nullptr && *v == n);
                b->setMinimumWidth(44);
                b->setAccessibleName(tr("%1 of 10").arg(n));
                track(b);
            }
            row->addStretch(1);
            break;
        }
        case QuestionKind::Choice: {
            auto* column = new QVBoxLayout(m_answerBox);
            column->setContentsMargins(0, 0, 0, 0);
            const auto v = current ? std::get_if<QString>(&*current) : nullptr;
            int n = 0;
            for (const ChoiceOption& o : question.options) {
                QPushButton* b = addAnswerButton(QStringLiteral("%1.  %2").arg(++n).arg(o.text.in(language)), o.id,
                                                 v != nullptr && *v == o.id);
                b->setStyleSheet(b->styleSheet() +
                                 QStringLiteral(" QPushButton { text-align: left; padding: 6px 12px; }"));
                track(b);
            }
            break;
        }
    }
    m_back->setEnabled(index > 0);
    retranslate();
    // Focus the chosen answer (or the first) so Space/Enter and the arrow keys work at once.
    // A warning sign is never pre-focused on "Yes": Y, N or Tab make the choice deliberate.
    QPushButton* focus = selected != nullptr ? selected : (m_isRedFlag ? nullptr : first);
    if (focus == nullptr) {
        setFocus(Qt::OtherFocusReason);
    } else {
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void QuestionView::choose(const Answer& value) {
    m_hasAnswer = true;
    Q_EMIT answered(m_questionId, value);
}

void QuestionView::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    const auto kind = static_cast<QuestionKind>(m_kind);
    // Also here, not only as button shortcuts: shortcuts need an active window.
    if (event->modifiers() == Qt::AltModifier && (key == Qt::Key_Left || key == Qt::Key_Right)) {
        if (key == Qt::Key_Left && m_back->isEnabled()) {
            Q_EMIT backRequested();
        } else if (key == Qt::Key_Right) {
            Q_EMIT nextRequested();
        }
        return;
    }
    if (key == Qt::Key_Question) {
        m_whyButton->toggle();
        return;
    }
    if (kind == QuestionKind::YesNo && (key == Qt::Key_Y || key == Qt::Key_N)) {
        choose(key == Qt::Key_Y);
        return;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        const int digit = key - Qt::Key_0;
        if (kind == QuestionKind::Scale) {
            choose(digit);
            return;
        }
        if (kind == QuestionKind::Choice && digit >= 1 && digit <= m_values.size()) {
            choose(m_values.at(digit - 1));
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void QuestionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void QuestionView::retranslate() {
    m_redFlagIntro->setText(tr("Warning sign. Do you have this now, or has it started recently?"));
    m_scaleHint->setText(tr("0 = not at all, 10 = the worst you can imagine. Type a digit, or Tab to a number."));
    m_whyButton->setText(m_whyButton->isChecked() ? tr("Hide why we ask") : tr("Why we ask (?)"));
    m_back->setText(tr("Back"));
    m_next->setText(m_hasAnswer ? tr("Next") : tr("Skip"));
    m_next->setToolTip(tr("Alt+Right"));
    m_back->setToolTip(tr("Alt+Left"));
}

}  // namespace spinesignal::ui
