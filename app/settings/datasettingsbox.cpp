#include "settings/datasettingsbox.h"

#include "mainwindow/appcontext.h"
#include "startup/storerestart.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/episoderepository.h"
#include "tasks/taskprogressdialog.h"
#include "tasks/taskrunner.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QUrl>
#include <QVBoxLayout>

namespace spinesignal::ui {

namespace {

QString kindName(BackupInfo::Kind kind) {
    switch (kind) {
        case BackupInfo::Kind::Automatic:
            return DataSettingsBox::tr("automatic");
        case BackupInfo::Kind::BeforeRestore:
            return DataSettingsBox::tr("kept before a restore");
        case BackupInfo::Kind::Manual:
            break;
    }
    return DataSettingsBox::tr("made by you");
}

}  // namespace

DataSettingsBox::DataSettingsBox(AppContext& context, QWidget* parent)
    : QGroupBox(parent),
      m_context(context),
      m_confirm([this](const QString& title, const QString& text) {
          return QMessageBox::warning(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
                 QMessageBox::Yes;
      }),
      m_tasks(new TaskRunner(this)),
      m_location(new QLabel(this)),
      m_openFolder(new QPushButton(this)),
      m_backUp(new QPushButton(this)),
      m_autoBackup(new QCheckBox(this)),
      m_keepLabel(new QLabel(this)),
      m_keep(new QSpinBox(this)),
      m_listLabel(new QLabel(this)),
      m_backups(new QListWidget(this)),
      m_restore(new QPushButton(this)),
      m_delete(new QPushButton(this)),
      m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("dataSettings"));
    m_location->setObjectName(QStringLiteral("dataLocationText"));
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_openFolder->setObjectName(QStringLiteral("openDataFolder"));
    m_autoBackup->setObjectName(QStringLiteral("autoBackup"));
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_delete->setObjectName(QStringLiteral("deleteAllData"));
    m_message->setObjectName(QStringLiteral("dataMessage"));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keep->setRange(1, 60);
    m_backups->setMinimumHeight(80);
    m_listLabel->setBuddy(m_backups);
    m_keepLabel->setBuddy(m_keep);

    const QSettings& s = m_context.settings;
    m_autoBackup->setChecked(s.value(QStringLiteral("data/autoBackup"), true).toBool());
    m_keep->setValue(s.value(QStringLiteral("data/keepBackups"), 7).toInt());

    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_openFolder);
    auto* autoRow = new QHBoxLayout;
    autoRow->addWidget(m_autoBackup);
    autoRow->addWidget(m_keepLabel);
    autoRow->addWidget(m_keep);
    autoRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* column = new QVBoxLayout(this);
    column->addLayout(locationRow);
    column->addLayout(autoRow);
    column->addWidget(m_listLabel);
    column->addWidget(m_backups);
    column->addLayout(buttons);
    column->addWidget(m_message);

    // Reading order, which is not the order the widgets were made in.
    setTabOrder(m_openFolder, m_autoBackup);
    setTabOrder(m_autoBackup, m_keep);
    setTabOrder(m_keep, m_backups);
    setTabOrder(m_backups, m_backUp);
    setTabOrder(m_backUp, m_restore);
    setTabOrder(m_restore, m_delete);

    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.dataDirectory)); });
    connect(m_backUp, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(m_delete, &QPushButton::clicked, this, &DataSettingsBox::deleteAll);
    connect(m_backups, &QListWidget::currentRowChanged, this, [this](int row) { m_restore->setEnabled(row >= 0); });
    connect(m_autoBackup, &QCheckBox::toggled, this, [this](bool on) {
        m_context.settings.setValue(QStringLiteral("data/autoBackup"), on);
        m_keep->setEnabled(on);
    });
    connect(m_keep, &QSpinBox::valueChanged, this,
            [this](int keep) { m_context.settings.setValue(QStringLiteral("data/keepBackups"), keep); });

    retranslate();
    const QString restarted = takeStoreRestartMessage();
    if (!restarted.isEmpty()) {
        showMessage(restarted);
    }
}

bool DataSettingsBox::backUpNow() {
    const bool started = m_tasks->run(
        [db = m_context.database.path(), dataDir = m_context.dataDirectory](TaskProgress& progress) -> Result<QString> {
            // The job's own connection: VACUUM INTO reads one snapshot while the window may save.
            auto opened = Database::open(db);
            if (!opened) {
                return opened.error();
            }
            return Backup::create(*opened.value(), dataDir, BackupInfo::Kind::Manual, QDateTime::currentDateTime(),
                                  &progress);
        },
        [this](const Result<QString>& made) {
            setBusy(false);
            if (!made) {
                showMessage(made.error().message);
                Q_EMIT backupFinished({});
                return;
            }
            showMessage(tr("Backup saved: %1").arg(QDir::toNativeSeparators(made.value())));
            refreshBackups();
            Q_EMIT backupFinished(made.value());
        });
    if (started) {
        setBusy(true);
        new TaskProgressDialog(*m_tasks, tr("Back up now"), tr("Backing up your data…"), this);
    }
    return started;
}

void DataSettingsBox::setBusy(bool busy) {
    for (QPushButton* button : {m_backUp, m_restore, m_delete}) {
        button->setEnabled(!busy);
    }
    if (!busy) {
        m_restore->setEnabled(m_backups->currentRow() >= 0);
    }
}

void DataSettingsBox::refreshBackups() {
    m_backups->clear();
    const QLocale locale;
    for (const BackupInfo& info : Backup::list(m_context.dataDirectory)) {
        auto* item = new QListWidgetItem(tr("%1 — %2, %3")
                                             .arg(locale.toString(info.created, QLocale::ShortFormat),
                                                  kindName(info.kind), locale.formattedDataSize(info.size)),
                                         m_backups);
        item->setData(Qt::UserRole, info.path);
        item->setToolTip(QDir::toNativeSeparators(info.path));
    }
    m_restore->setEnabled(m_backups->currentRow() >= 0);
}

bool DataSettingsBox::restoreSelected() {
    QListWidgetItem* item = m_backups->currentItem();
    if (item == nullptr) {
        return false;
    }
    const QString path = item->data(Qt::UserRole).toString();
    const QString itemText = item->text();
    // Checking and copying the backup can take a while for years of entries; the store stays
    // open meanwhile (the copy goes next to it, the current data is not touched).
    const bool started = m_tasks->run(
        [dataDir = m_context.dataDirectory, path](TaskProgress& progress) {
            return Backup::prepareRestore(dataDir, path, &progress);
        },
        [this, path, itemText](const Result<QString>& prepared) {
            setBusy(false);
            if (!prepared) {
                showMessage(prepared.error().message);
                Q_EMIT restoreAbandoned();
                return;
            }
            const QString text = tr("Restore the backup from %1?\n\nYour current data is not lost: it is kept as a "
                                    "backup first, and you can restore it the same way.")
                                     .arg(itemText);
            if (!m_confirm(tr("Restore a backup"), text)) {
                QFile::remove(prepared.value());
                Q_EMIT restoreAbandoned();
                return;
            }
            requestStoreRestart({StoreAction::Kind::Restore, path, prepared.value()});
        });
    if (started) {
        setBusy(true);
        new TaskProgressDialog(*m_tasks, tr("Restore a backup"), tr("Checking the backup…"), this);
    }
    return started;
}

QString DataSettingsBox::deleteConfirmationText() const {
    const auto counted = m_context.episodes.count();
    const qint64 entries = counted ? counted.value() : 0;
    qint64 checks = 0;
    QSqlQuery q(m_context.database.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM self_checks")) && q.next()) {
        checks = q.value(0).toLongLong();
    }
    const int backups = static_cast<int>(Backup::list(m_context.dataDirectory).size());
    return tr("This permanently deletes from this computer:\n"
              "• %1 log entries and %2 self-check results (the database %3)\n"
              "• %4 backups in %5\n"
              "• your name and birth year\n\n"
              "Language, text size and reminder settings stay. This cannot be undone.")
        .arg(entries)
        .arg(checks)
        .arg(QDir::toNativeSeparators(m_context.database.path()))
        .arg(backups)
        .arg(QDir::toNativeSeparators(Backup::directory(m_context.dataDirectory)));
}

void DataSettingsBox::deleteAll() {
    if (!m_confirm(tr("Delete all data"), deleteConfirmationText())) {
        return;
    }
    m_context.settings.remove(QStringLiteral("profile"));
    Q_EMIT profileCleared();
    requestStoreRestart({StoreAction::Kind::DeleteAll, {}, {}});
}

void DataSettingsBox::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setAccessibleName(text);
    QAccessibleEvent changed(m_message, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

QWidget* DataSettingsBox::messageLabel() const {
    return m_message;
}

QString DataSettingsBox::messageText() const {
    return m_message->text();
}

void DataSettingsBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void DataSettingsBox::retranslate() {
    setTitle(tr("Your data"));
    m_location->setText(
        tr("Your data is stored only on this computer, in %1").arg(QDir::toNativeSeparators(m_context.dataDirectory)));
    m_openFolder->setText(tr("Open &folder"));
    m_openFolder->setAccessibleDescription(tr("Opens the data folder in the file manager."));
    m_backUp->setText(tr("Back &up now"));
    m_backUp->setAccessibleDescription(tr("Saves a complete copy of your data in the backups folder."));
    m_autoBackup->setText(tr("&Automatic daily backup"));
    m_keepLabel->setText(tr("&keep the last"));
    m_keep->setAccessibleName(tr("Number of automatic backups to keep"));
    m_listLabel->setText(tr("Backups (newest first):"));
    m_backups->setAccessibleName(tr("Backups"));
    m_restore->setText(tr("&Restore selected…"));
    m_restore->setAccessibleDescription(
        tr("Replaces the current data with the selected backup, after keeping "
           "a copy of the current data."));
    m_delete->setText(tr("&Delete all data…"));
    m_delete->setAccessibleDescription(tr("Deletes every entry, self-check and backup after asking."));
    refreshBackups();
}

}  // namespace spinesignal::ui
