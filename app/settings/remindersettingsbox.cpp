#include "settings/remindersettingsbox.h"

#include "mainwindow/appcontext.h"
#include "reminders/remindercontroller.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>

namespace spinesignal::ui {

ReminderSettingsBox::ReminderSettingsBox(AppContext& context, QWidget* parent)
    : QGroupBox(parent),
      m_context(context),
      m_intro(new QLabel(this)),
      m_status(new QLabel(this)),
      m_startPause(new QPushButton(this)),
      m_intervalLabel(new QLabel(this)),
      m_interval(new QSpinBox(this)),
      m_breakLabel(new QLabel(this)),
      m_break(new QSpinBox(this)),
      m_snoozeLabel(new QLabel(this)),
      m_snooze(new QSpinBox(this)),
      m_checkIn(new QCheckBox(this)),
      m_checkInTime(new QTimeEdit(this)),
      m_trayNote(new QLabel(this)) {
    setObjectName(QStringLiteral("reminderSettings"));
    m_status->setObjectName(QStringLiteral("reminderStatus"));
    m_startPause->setObjectName(QStringLiteral("startPauseReminder"));
    m_interval->setObjectName(QStringLiteral("reminderInterval"));
    m_break->setObjectName(QStringLiteral("breakLength"));
    m_snooze->setObjectName(QStringLiteral("snoozeLength"));
    m_checkIn->setObjectName(QStringLiteral("checkInEnabled"));
    m_checkInTime->setObjectName(QStringLiteral("checkInTime"));
    m_trayNote->setObjectName(QStringLiteral("trayNote"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_trayNote->setWordWrap(true);
    m_interval->setRange(5, 240);
    m_break->setRange(1, 60);
    m_snooze->setRange(1, 120);
    m_checkInTime->setDisplayFormat(QStringLiteral("HH:mm"));

    const QSettings& s = m_context.settings;
    m_interval->setValue(s.value(QStringLiteral("reminders/intervalMinutes"), 40).toInt());
    m_break->setValue(s.value(QStringLiteral("reminders/breakMinutes"), 5).toInt());
    m_snooze->setValue(s.value(QStringLiteral("reminders/snoozeMinutes"), 10).toInt());
    m_checkIn->setChecked(s.value(QStringLiteral("reminders/checkInEnabled"), false).toBool());
    const QTime at =
        QTime::fromString(s.value(QStringLiteral("reminders/checkInTime")).toString(), QStringLiteral("HH:mm"));
    m_checkInTime->setTime(at.isValid() ? at : QTime(20, 0));

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_startPause);
    auto* checkInRow = new QHBoxLayout;
    checkInRow->addWidget(m_checkIn);
    checkInRow->addWidget(m_checkInTime);
    checkInRow->addStretch(1);
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_intro);
    form->addRow(statusRow);
    form->addRow(m_intervalLabel, m_interval);
    form->addRow(m_breakLabel, m_break);
    form->addRow(m_snoozeLabel, m_snooze);
    form->addRow(checkInRow);
    form->addRow(m_trayNote);
    m_intervalLabel->setBuddy(m_interval);
    m_breakLabel->setBuddy(m_break);
    m_snoozeLabel->setBuddy(m_snooze);

    connect(m_startPause, &QPushButton::clicked, this, [this] {
        ReminderController* controller = ReminderController::current();
        const bool running = m_context.settings.value(QStringLiteral("reminders/sitBreakRunning"), false).toBool();
        m_context.settings.setValue(QStringLiteral("reminders/sitBreakRunning"), !running);
        if (controller != nullptr) {
            running ? controller->pause() : controller->start();
        }
        updateStatus();
    });
    for (QSpinBox* box : {m_interval, m_break, m_snooze}) {
        connect(box, &QSpinBox::valueChanged, this, &ReminderSettingsBox::save);
    }
    connect(m_checkIn, &QCheckBox::toggled, this, &ReminderSettingsBox::save);
    connect(m_checkInTime, &QTimeEdit::timeChanged, this, &ReminderSettingsBox::save);
    retranslate();
}

void ReminderSettingsBox::showEvent(QShowEvent* event) {
    // The controller is made after the window (it needs it), so connect when first shown.
    ReminderController* controller = ReminderController::current();
    if (controller != nullptr && controller != m_connected) {
        m_connected = controller;
        connect(controller, &ReminderController::stateChanged, this, &ReminderSettingsBox::updateStatus);
    }
    updateStatus();
    QGroupBox::showEvent(event);
}

void ReminderSettingsBox::save() {
    QSettings& s = m_context.settings;
    s.setValue(QStringLiteral("reminders/intervalMinutes"), m_interval->value());
    s.setValue(QStringLiteral("reminders/breakMinutes"), m_break->value());
    s.setValue(QStringLiteral("reminders/snoozeMinutes"), m_snooze->value());
    s.setValue(QStringLiteral("reminders/checkInEnabled"), m_checkIn->isChecked());
    s.setValue(QStringLiteral("reminders/checkInTime"), m_checkInTime->time().toString(QStringLiteral("HH:mm")));
    if (ReminderController* controller = ReminderController::current()) {
        controller->reloadSettings();
    }
    updateStatus();
}

QString ReminderSettingsBox::statusText() const {
    return m_status->text();
}

void ReminderSettingsBox::updateStatus() {
    const bool running = m_context.settings.value(QStringLiteral("reminders/sitBreakRunning"), false).toBool();
    QString text = running ? tr("Sit-break reminder: on, every %1 minutes.").arg(m_interval->value())
                           : tr("Sit-break reminder: paused.");
    if (ReminderController* controller = ReminderController::current(); controller && controller->isRunning()) {
        if (auto next = controller->schedule().nextBreak()) {
            text = tr("Sit-break reminder: on, every %1 minutes. Next reminder at %2.")
                       .arg(m_interval->value())
                       .arg(QLocale().toString(next->time(), QLocale::ShortFormat));
        }
    }
    m_status->setText(text);
    m_startPause->setText(running ? tr("&Pause reminder") : tr("&Start reminder"));
    m_startPause->setAccessibleDescription(text);
    m_checkInTime->setEnabled(m_checkIn->isChecked());
    // The controller's own tray, when there is one: a tray that appears later is picked up by it.
    ReminderController* controller = ReminderController::current();
    const bool tray = controller != nullptr ? controller->hasTray() : ReminderController::trayAvailable();
    m_trayNote->setText(tray ? tr("The reminder lives in the system tray: closing the window keeps it running; "
                                  "use Quit in the tray menu to end SpineSignal.")
                             : tr("No system tray is available on this desktop, so reminders appear as a banner "
                                  "at the top of the window while SpineSignal is open."));
}

void ReminderSettingsBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void ReminderSettingsBox::retranslate() {
    setTitle(tr("Reminders"));
    m_intro->setText(
        tr("The article's rule: after about 40 minutes of sitting, stand up and move for about 5 "
           "minutes. A confirmed break is counted in that day's habits in the log."));
    m_intervalLabel->setText(tr("Remind me &every:"));
    m_breakLabel->setText(tr("Break len&gth:"));
    m_snoozeLabel->setText(tr("Sn&ooze for:"));
    for (QSpinBox* box : {m_interval, m_break, m_snooze}) {
        box->setSuffix(tr(" min"));
    }
    m_interval->setAccessibleName(tr("Minutes of sitting before a reminder"));
    m_break->setAccessibleName(tr("Minutes of the break"));
    m_snooze->setAccessibleName(tr("Minutes to snooze"));
    m_checkIn->setText(tr("Remind me to &check in every day at"));
    m_checkInTime->setAccessibleName(tr("Time of the daily check-in reminder"));
    updateStatus();
}

}  // namespace spinesignal::ui
