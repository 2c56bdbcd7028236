#pragma once

#include <QGroupBox>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QCheckBox;
class QSpinBox;

namespace spinesignal::ui {

struct AppContext;
class TaskRunner;

/// Where the data lives, back up now, automatic daily backups (keep the last N), restore from a
/// backup (the current data is kept aside first) and delete all data. Restore and delete close and
/// reopen the store through requestStoreRestart().
class DataSettingsBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit DataSettingsBox(AppContext& context, QWidget* parent = nullptr);

    /// Starts a backup off the UI thread, with a progress bar and Cancel; false while another data
    /// job of this box runs. backupFinished() tells the outcome.
    bool backUpNow();
    /// Checks the chosen backup and copies it next to the store (off the UI thread), asks, then
    /// restarts the store to swap the files. False while another data job runs.
    bool restoreSelected();
    TaskRunner& tasks() { return *m_tasks; }
    void refreshBackups();
    QString messageText() const;
    /// The line that reports backups, restores and deletions (the page scrolls to it after a restart).
    QWidget* messageLabel() const;
    /// The confirmation text of "delete all data", naming what goes.
    QString deleteConfirmationText() const;

    /// Asks the person (a modal question by default); tests answer it.
    using Confirmer = std::function<bool(const QString& title, const QString& text)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

Q_SIGNALS:
    void profileCleared();
    /// The backup's path, or empty when it failed or was cancelled (the message says which).
    void backupFinished(const QString& path);
    /// Restore did not go ahead (failed, cancelled or declined); the message says why.
    void restoreAbandoned();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void deleteAll();
    void setBusy(bool busy);
    void showMessage(const QString& text);

    AppContext& m_context;
    Confirmer m_confirm;
    TaskRunner* m_tasks;
    QLabel* m_location;
    QPushButton* m_openFolder;
    QPushButton* m_backUp;
    QCheckBox* m_autoBackup;
    QLabel* m_keepLabel;
    QSpinBox* m_keep;
    QLabel* m_listLabel;
    QListWidget* m_backups;
    QPushButton* m_restore;
    QPushButton* m_delete;
    QLabel* m_message;
};

}  // namespace spinesignal::ui
