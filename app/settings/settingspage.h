#pragma once

#include "mainwindow/areapage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace spinesignal::ui {

struct AppContext;
class DataSettingsBox;
class ReminderSettingsBox;

/// Language, text size, theme, reduce motion and the optional name and birth year; then the
/// reminders and the data sections. Every change is applied at once and saved in context.settings.
class SettingsPage final : public AreaPage {
    Q_OBJECT
public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);

    void openTarget(const QString& target) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTitleFont();
    void load();
    void setLanguage(int index);
    void setTextScale(int index);
    void setTheme(int index);

    AppContext& m_context;
    QLabel* m_title;
    QGroupBox* m_displayBox;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_textSizeLabel;
    QComboBox* m_textSize;
    QLabel* m_themeLabel;
    QComboBox* m_theme;
    QCheckBox* m_reduceMotion;
    QGroupBox* m_profileBox;
    QLabel* m_profileHint;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_birthYearLabel;
    QSpinBox* m_birthYear;
    ReminderSettingsBox* m_reminders;
    DataSettingsBox* m_data;
};

}  // namespace spinesignal::ui
