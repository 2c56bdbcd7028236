#pragma once

#include <QGroupBox>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace spinesignal::ui {

struct AppContext;

/// The reminders section: sit-break interval, break length, snooze, start/pause, the daily check-in
/// time, and whether a system tray exists. Saves reminders/* and tells the ReminderController.
class ReminderSettingsBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit ReminderSettingsBox(AppContext& context, QWidget* parent = nullptr);

    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void save();
    void updateStatus();

    AppContext& m_context;
    QPointer<QObject> m_connected;
    QLabel* m_intro;
    QLabel* m_status;
    QPushButton* m_startPause;
    QLabel* m_intervalLabel;
    QSpinBox* m_interval;
    QLabel* m_breakLabel;
    QSpinBox* m_break;
    QLabel* m_snoozeLabel;
    QSpinBox* m_snooze;
    QCheckBox* m_checkIn;
    QTimeEdit* m_checkInTime;
    QLabel* m_trayNote;
};

}  // namespace spinesignal::ui
