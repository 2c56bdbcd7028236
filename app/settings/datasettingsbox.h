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

/// Where the data lives, back up now, automatic daily backups (keep the last N), restore from a
/// backup (the current data is kept aside first) and delete all data. Restore and delete close and
/// reopen the store through requestStoreRestart().
class DataSettingsBox final : public QGroupBox {
    Q_OBJECT
public:
    explicit DataSettingsBox(AppContext& context, QWidget* parent = nullptr);

    /// Makes a backup now; returns its path (empty on failure, with the message shown).
    QString backUpNow();
    void refreshBackups();
    QString messageText() const;
    /// The confirmation text of "delete all data", naming what goes.
    QString deleteConfirmationText() const;

    /// Asks the person (a modal question by default); tests answer it.
    using Confirmer = std::function<bool(const QString& title, const QString& text)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

Q_SIGNALS:
    void profileCleared();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void restoreSelected();
    void deleteAll();
    void showMessage(const QString& text);

    AppContext& m_context;
    Confirmer m_confirm;
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
