#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;
class QSettings;

namespace spinesignal::ui {

/// The person's own questions for the doctor: an editable list kept in the settings between visits.
class QuestionListEditor final : public QWidget {
    Q_OBJECT
public:
    /// Settings key of the list (a string list).
    static QString settingsKey() { return QStringLiteral("summary/questions"); }

    explicit QuestionListEditor(QSettings& settings, QWidget* parent = nullptr);
    QStringList questions() const;
    /// Adds a question (and starts editing it when `edit`).
    void addQuestion(const QString& text, bool edit = false);

Q_SIGNALS:
    void questionsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void save();
    void retranslate();
    QSettings& m_settings;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
};

}  // namespace spinesignal::ui
