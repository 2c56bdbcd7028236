#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace spinesignal::ui {

/// The reminder inside the window: always shown there (it is the only place when no system tray
/// exists, and where the tray's message leads). Text plus buttons; never colour alone.
class ReminderBanner final : public QFrame {
    Q_OBJECT
public:
    enum class Kind { SitBreak, CheckIn, Info };

    explicit ReminderBanner(QWidget* parent = nullptr);

    void showReminder(Kind kind, int breakMinutes = 5, int snoozeMinutes = 10);
    /// A one-off line of feedback ("Break counted: 3 today").
    void showInfo(const QString& text);
    Kind kind() const { return m_kind; }
    QString text() const;

Q_SIGNALS:
    void tookBreak();
    void snoozed();
    void openLog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void announce();

    Kind m_kind = Kind::Info;
    int m_breakMinutes = 5;
    int m_snoozeMinutes = 10;
    QString m_info;
    QLabel* m_text;
    QPushButton* m_tookBreak;
    QPushButton* m_snooze;
    QPushButton* m_openLog;
    QPushButton* m_dismiss;
};

}  // namespace spinesignal::ui
