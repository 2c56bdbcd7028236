#include "reminders/reminderbanner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace spinesignal::ui {

ReminderBanner::ReminderBanner(QWidget* parent)
    : QFrame(parent),
      m_text(new QLabel(this)),
      m_tookBreak(new QPushButton(this)),
      m_snooze(new QPushButton(this)),
      m_openLog(new QPushButton(this)),
      m_dismiss(new QPushButton(this)) {
    setObjectName(QStringLiteral("reminderBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Highlight from the palette so it reads in light and dark themes; the text says what it is.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("reminderText"));
    m_tookBreak->setObjectName(QStringLiteral("tookBreak"));
    m_snooze->setObjectName(QStringLiteral("snooze"));
    m_openLog->setObjectName(QStringLiteral("openLog"));
    m_dismiss->setObjectName(QStringLiteral("dismissReminder"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 8);
    row->addWidget(m_text, 1);
    row->addWidget(m_tookBreak);
    row->addWidget(m_snooze);
    row->addWidget(m_openLog);
    row->addWidget(m_dismiss);

    connect(m_tookBreak, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT tookBreak();
    });
    connect(m_snooze, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT snoozed();
    });
    connect(m_openLog, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT openLog();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void ReminderBanner::showReminder(Kind kind, int breakMinutes, int snoozeMinutes) {
    m_kind = kind;
    m_breakMinutes = breakMinutes;
    m_snoozeMinutes = snoozeMinutes;
    retranslate();
    show();
    announce();
}

void ReminderBanner::announce() {
    // Screen readers announce an alert without moving the keyboard focus away from the person's
    // work.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ReminderBanner::showInfo(const QString& text) {
    m_kind = Kind::Info;
    m_info = text;
    retranslate();
    show();
    announce();
}

QString ReminderBanner::text() const {
    return m_text->text();
}

void ReminderBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void ReminderBanner::retranslate() {
    switch (m_kind) {
        case Kind::SitBreak:
            m_text->setText(
                tr("Time for a break: you have been sitting for a while. Stand up and move for "
                   "about %1 minutes.")
                    .arg(m_breakMinutes));
            break;
        case Kind::CheckIn:
            m_text->setText(
                tr("Time for today's check-in: how did your legs and back feel today?"));
            break;
        case Kind::Info:
            m_text->setText(m_info);
            break;
    }
    m_tookBreak->setText(tr("I took a break"));
    m_tookBreak->setAccessibleDescription(tr("Counts this break in today's habits in the log."));
    m_snooze->setText(tr("Snooze %1 min").arg(m_snoozeMinutes));
    m_snooze->setAccessibleDescription(tr("Reminds you again in %1 minutes.").arg(m_snoozeMinutes));
    m_openLog->setText(tr("Open the log"));
    m_openLog->setAccessibleDescription(tr("Opens the log to write today's check-in."));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleDescription(tr("Hides this message."));
    m_tookBreak->setVisible(m_kind == Kind::SitBreak);
    m_snooze->setVisible(m_kind == Kind::SitBreak);
    m_openLog->setVisible(m_kind == Kind::CheckIn);
    setAccessibleName(tr("Reminder"));
    setAccessibleDescription(m_text->text());
}

}  // namespace spinesignal::ui
