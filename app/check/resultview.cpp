#include "check/resultview.h"

#include "check/articlelinks.h"
#include "checklist/checklist.h"
#include "checklist/selfchecktexts.h"
#include "domain/labels.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace spinesignal::ui {

namespace {

QString bullets(const QStringList& items) {
    QString html = QStringLiteral("<ul style=\"margin-left: -20px;\">");
    for (const QString& item : items) {
        html += QStringLiteral("<li style=\"margin-bottom: 6px;\">") + item + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString heading(const QString& text) {
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

QString linksLine(const QStringList& ids, const QString& language) {
    QStringList links;
    for (const QString& id : ids) {
        links.append(articleLink(id, language));
    }
    return links.join(QStringLiteral(" · "));
}

/// Tier colours: a strong left border and a faint tint, readable on light and dark palettes.
QString bannerStyle(Tier tier) {
    const char* colour = "96,125,139";
    switch (tier) {
        case Tier::Urgent:
            colour = "198,40,40";
            break;
        case Tier::SeeDoctor:
            colour = "230,120,0";
            break;
        case Tier::SelfCare:
            colour = "46,125,50";
            break;
        case Tier::Incomplete:
            break;
    }
    const QString c = QString::fromLatin1(colour);
    return QStringLiteral(
               "QFrame#tierBanner { border-left: 8px solid rgb(%1); background: rgba(%1,0.12); "
               "border-radius: 6px; padding: 8px; }")
        .arg(c);
}

}  // namespace

ResultView::ResultView(QWidget* parent)
    : QWidget(parent),
      m_banner(new QFrame),
      m_title(newLabel(QStringLiteral("tierTitle"))),
      m_summary(newLabel(QStringLiteral("tierSummary"))),
      m_today(newLabel(QStringLiteral("whatToDoToday"))),
      m_missing(newLabel(QStringLiteral("missingAnswers"))),
      m_reasons(newLabel(QStringLiteral("reasons"))),
      m_departments(newLabel(QStringLiteral("departments"))),
      m_bring(newLabel(QStringLiteral("whatToBring"))),
      m_openSummary(new QPushButton),
      m_prevention(newLabel(QStringLiteral("prevention"))),
      m_openLog(new QPushButton),
      m_notes(newLabel(QStringLiteral("notes"))),
      m_continue(new QPushButton),
      m_save(new QPushButton),
      m_preview(new QFrame),
      m_previewText(newLabel(QStringLiteral("savePreview"))),
      m_confirm(new QPushButton),
      m_cancel(new QPushButton),
      m_saveMessage(newLabel(QStringLiteral("saveMessage"))),
      m_back(new QPushButton),
      m_restart(new QPushButton) {
    setObjectName(QStringLiteral("resultView"));
    m_banner->setObjectName(QStringLiteral("tierBanner"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);
    auto* bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->addWidget(m_title);
    bannerLayout->addWidget(m_summary);
    bannerLayout->addWidget(m_today);

    m_openSummary->setObjectName(QStringLiteral("openSummaryButton"));
    m_openLog->setObjectName(QStringLiteral("openLogButton"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_confirm->setObjectName(QStringLiteral("confirmSaveButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSaveButton"));
    m_back->setObjectName(QStringLiteral("backToQuestionsButton"));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_preview->setObjectName(QStringLiteral("savePreviewFrame"));
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto* previewLayout = new QVBoxLayout(m_preview);
    previewLayout->addWidget(m_previewText);
    auto* previewButtons = new QHBoxLayout;
    previewButtons->addWidget(m_confirm);
    previewButtons->addWidget(m_cancel);
    previewButtons->addStretch(1);
    previewLayout->addLayout(previewButtons);
    m_preview->setVisible(false);

    auto* content = new QWidget;
    auto* column = new QWidget(content);
    column->setMaximumWidth(880);
    auto* row = new QHBoxLayout(content);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(column, 1);
    row->addStretch(0);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_missing);
    layout->addWidget(m_continue, 0, Qt::AlignLeft);
    layout->addWidget(m_departments);
    layout->addWidget(m_reasons);
    layout->addWidget(m_bring);
    layout->addWidget(m_openSummary, 0, Qt::AlignLeft);
    layout->addWidget(m_prevention);
    layout->addWidget(m_openLog, 0, Qt::AlignLeft);
    layout->addWidget(m_notes);
    layout->addSpacing(8);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_back);
    actions->addWidget(m_restart);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(m_preview);
    layout->addWidget(m_saveMessage);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QLabel* l : {m_today, m_missing, m_reasons, m_departments, m_bring, m_prevention, m_notes}) {
        connect(l, &QLabel::linkActivated, this, [this](const QString& link) {
            if (link.startsWith(QLatin1String("learn:"))) {
                Q_EMIT articleRequested(link.mid(6));
            }
        });
    }
    connect(m_openSummary, &QPushButton::clicked, this, &ResultView::summaryRequested);
    connect(m_openLog, &QPushButton::clicked, this, &ResultView::logRequested);
    connect(m_continue, &QPushButton::clicked, this, &ResultView::continueRequested);
    connect(m_save, &QPushButton::clicked, this, &ResultView::saveRequested);
    connect(m_confirm, &QPushButton::clicked, this, &ResultView::saveConfirmed);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_preview->setVisible(false);
        m_save->setFocus();
    });
    connect(m_back, &QPushButton::clicked, this, &ResultView::backRequested);
    connect(m_restart, &QPushButton::clicked, this, &ResultView::restartRequested);
    retranslate();
}

QLabel* ResultView::newLabel(const QString& objectName) {
    auto* l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setOpenExternalLinks(false);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return l;
}

void ResultView::showResult(const Checklist& checklist, const CheckResult& result, const QString& language, bool saved,
                            const QString& takenAt) {
    m_checklist = &checklist;
    m_result = result;
    m_language = language;
    m_saved = saved;
    m_takenAt = takenAt;
    m_preview->setVisible(false);
    m_saveMessage->clear();
    render();
    // The urgent result must be read first: put the focus on its banner text.
    m_title->setFocus(Qt::OtherFocusReason);
    m_scroll->verticalScrollBar()->setValue(0);
}

void ResultView::render() {
    if (m_checklist == nullptr) {
        return;
    }
    const Checklist& c = *m_checklist;
    const CheckResult& r = m_result;
    m_banner->setStyleSheet(bannerStyle(r.tier));
    m_title->setText(SelfCheckTexts::tierTitle(r.tier).toHtmlEscaped());
    QString summary = SelfCheckTexts::tierSummary(r.tier).toHtmlEscaped();
    if (!m_takenAt.isEmpty()) {
        summary = tr("Self-check of %1.").arg(m_takenAt).toHtmlEscaped() + QStringLiteral("<br>") + summary;
    }
    m_summary->setText(summary);

    // Urgent: what to do today, flag by flag, in the words the log uses.
    QStringList today;
    for (int f = 0; f < kRedFlagCount; ++f) {
        const auto flag = static_cast<RedFlag>(f);
        if (r.redFlags.contains(flag)) {
            today.append(QStringLiteral("<b>%1</b><br>%2")
                             .arg(Labels::redFlag(flag).toHtmlEscaped(), Labels::redFlagAdvice(flag).toHtmlEscaped()));
        }
    }
    if (!today.isEmpty()) {
        m_today->setText(heading(tr("What to do today")) + bullets(today) +
                         tr("If you cannot get there safely on your own, call your local emergency number "
                            "(120 in mainland China).")
                             .toHtmlEscaped());
    }
    m_today->setVisible(!today.isEmpty());

    // Not enough to go on: say exactly what to answer or check.
    QString missing;
    if (!r.missing.isEmpty() && r.tier == Tier::Incomplete) {
        QStringList items;
        for (const QString& id : r.missing) {
            if (const Question* q = c.question(id)) {
                items.append(c.questionLabel(*q, m_language).toHtmlEscaped());
            }
        }
        missing += heading(tr("Answer at least these questions")) + bullets(items);
    }
    if (!r.contradictions.isEmpty()) {
        QStringList items;
        for (const ConsistencyCheck* check : r.contradictions) {
            items.append(check->text.in(m_language).toHtmlEscaped());
        }
        missing += heading(tr("Please check these answers")) +
                   tr("Some answers do not fit together, so the result may not fit you:").toHtmlEscaped() +
                   bullets(items);
    }
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_continue->setVisible(r.tier == Tier::Incomplete && !m_saved);

    QStringList reasons;
    for (const Rule* rule : r.fired) {
        // A red flag's advice is already in "What to do today"; here it is enough to name it.
        QString item =
            rule->redFlag
                ? tr("You answered yes to the warning sign: %1.").arg(Labels::redFlag(*rule->redFlag)).toHtmlEscaped()
                : rule->sentence(m_language).toHtmlEscaped();
        if (!rule->links.isEmpty()) {
            item += QStringLiteral("<br><small>") + readMore(linksLine(rule->links, m_language)) +
                    QStringLiteral("</small>");
        }
        reasons.append(item);
    }
    m_reasons->setText(reasons.isEmpty() ? QString() : heading(tr("Why this result")) + bullets(reasons));
    m_reasons->setVisible(!reasons.isEmpty());

    const bool toDoctor = r.tier == Tier::Urgent || r.tier == Tier::SeeDoctor;
    QStringList names;
    for (const QString& id : r.departments) {
        const Department* d = c.department(id);
        if (d == nullptr) {
            continue;
        }
        // In English also the Chinese name, which is what the hospital signs say in China.
        const QString name = m_language.startsWith(QLatin1String("zh"))
                                 ? d->name.zh
                                 : QStringLiteral("%1 (%2)").arg(d->name.en, d->name.zh);
        names.append(QStringLiteral("<b>") + name.toHtmlEscaped() + QStringLiteral("</b>"));
    }
    m_departments->setText(heading(tr("Where to go")) + names.join(tr(", ").toHtmlEscaped()));
    m_departments->setVisible(toDoctor && !names.isEmpty());
    m_bring->setText(heading(tr("What to bring")) +
                     tr("The doctor summary from this app (what you feel, where, how strong, since when, and "
                        "what you have tried), the medicines you take, and any earlier scans or reports. A "
                        "doctor may order a lumbar CT or MRI, or an ultrasound of the leg vessels.")
                         .toHtmlEscaped() +
                     QStringLiteral("<br><small>") +
                     readMore(articleLink(QStringLiteral("when-to-see-a-doctor"), m_language)) +
                     QStringLiteral("</small>"));
    m_bring->setVisible(toDoctor);
    m_openSummary->setVisible(toDoctor);

    const bool selfCare = r.tier == Tier::SelfCare;
    m_prevention->setText(
        heading(tr("Look after your back")) +
        bullets({tr("Every 40 minutes of sitting, stand up and move for 5 minutes, with a gentle "
                    "stretch.")
                     .toHtmlEscaped(),
                 tr("Lift by squatting down, keep the load close to your body and rise slowly; do not "
                    "bend "
                    "over to lift.")
                     .toHtmlEscaped(),
                 tr("Use a chair of the right height and keep the natural curve of your lower back.").toHtmlEscaped(),
                 tr("Strengthen your back muscles with 小燕飞 (the swallow) and 五点支撑 (the "
                    "five-point bridge), "
                    "but not during a flare-up, and in pregnancy or with spondylolisthesis only as a "
                    "doctor advises.")
                     .toHtmlEscaped(),
                 tr("Keep a log for the next two weeks. If it keeps coming back, gets worse or new "
                    "signs "
                    "appear, see a doctor.")
                     .toHtmlEscaped()}) +
        QStringLiteral("<p><small>") +
        readMore(linksLine({QStringLiteral("prevention"), QStringLiteral("myths")}, m_language)) +
        QStringLiteral("</small></p>"));
    m_prevention->setVisible(selfCare);
    m_openLog->setVisible(selfCare);

    QString notes;
    if (r.tier != Tier::Urgent && r.tier != Tier::Incomplete && !r.unansweredRedFlags.isEmpty()) {
        notes += tr("You have not answered %n warning-sign question(s). Please answer them: if any "
                    "applies, "
                    "the advice is different.",
                    nullptr, static_cast<int>(r.unansweredRedFlags.size()))
                     .toHtmlEscaped();
    }
    notes += QStringLiteral("<p><small>") +
             tr("This self-check gives guidance for education. It is not a diagnosis and does not "
                "replace "
                "a doctor.")
                 .toHtmlEscaped() +
             QStringLiteral("</small></p>");
    m_notes->setText(notes);

    m_save->setVisible(!m_saved && r.tier != Tier::Incomplete);
    retranslate();
}

QString ResultView::readMore(const QString& linksHtml) {
    // The links are HTML already; only the words around them are escaped.
    const QString marker = QStringLiteral("@@links@@");
    return tr("Read more: %1").arg(marker).toHtmlEscaped().replace(marker, linksHtml);
}

void ResultView::showSavePreview(const QStringList& lines) {
    QStringList escaped;
    for (const QString& l : lines) {
        escaped.append(l.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_previewText->setText(QStringLiteral("<b>") +
                           tr("This will be saved as a new entry in your log:").toHtmlEscaped() +
                           QStringLiteral("</b>") + bullets(escaped));
    m_preview->setVisible(true);
    m_confirm->setFocus(Qt::OtherFocusReason);
    // The preview opens below the buttons: bring it (and Save) into view once laid out.
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_preview, 20, 20); });
}

void ResultView::showSaveMessage(const QString& message, bool ok) {
    m_saveMessage->setText((ok ? QStringLiteral("<b>%1</b>") : QStringLiteral("<b style=\"color:#c62828\">%1</b>"))
                               .arg(message.toHtmlEscaped()));
    if (ok) {
        m_saved = true;
        m_preview->setVisible(false);
        m_save->setVisible(false);
    }
}

QString ResultView::plainText() const {
    QStringList parts;
    for (const QLabel* l : findChildren<QLabel*>()) {
        if (l->isVisibleTo(this) && !l->text().isEmpty()) {
            parts.append(l->text());
        }
    }
    return parts.join(QLatin1Char('\n'));
}

void ResultView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResultView::retranslate() {
    m_openSummary->setText(tr("Open the &doctor summary"));
    m_openLog->setText(tr("Open my &log"));
    m_continue->setText(tr("&Continue answering"));
    m_save->setText(tr("&Save to my log…"));
    m_confirm->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    m_back->setText(tr("&Back to the questions"));
    m_restart->setText(tr("Start a &new self-check"));
}

}  // namespace spinesignal::ui
