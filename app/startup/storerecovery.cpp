#include "startup/storerecovery.h"

#include "storage/datalocation.h"
#include "storage/storerescue.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace spinesignal::ui {

namespace {

QString backupLabel(const QString& path) {
    return QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat);
}

}  // namespace

bool StoreRecovery::canRecoverFrom(const Error& error) {
    return error.kind == Error::Kind::Corrupt;
}

Result<std::unique_ptr<Database>> StoreRecovery::recover(const QString& dataDir, const Error& error, const Asker& ask,
                                                         const Teller& tell) {
    const QString dbPath = DataLocation::databasePath(dataDir);
    const QStringList backups = StoreRescue::backups(dataDir);
    const Choice choice = ask(error.message, backups.isEmpty() ? QString() : backups.constFirst());
    QString notice;
    if (choice == Choice::Quit) {
        return error;
    }
    if (choice == Choice::RestoreBackup && !backups.isEmpty()) {
        auto restored = StoreRescue::restoreBackup(dbPath, backups.constFirst());
        if (!restored) {
            return restored.error();
        }
        notice = tr("The backup from %1 has been restored. The damaged file was kept as %2.")
                     .arg(backupLabel(backups.constFirst()), restored.value());
    } else {
        auto aside = StoreRescue::setAside(dbPath);
        if (!aside) {
            return aside.error();
        }
        notice = tr("A new, empty store has been started. The damaged file was kept as %1; nothing "
                    "in it "
                    "has been deleted.")
                     .arg(aside.value());
    }
    auto opened = Database::open(dbPath);
    if (opened) {
        tell(notice);
    }
    return opened;
}

StoreRecovery::Choice StoreRecovery::askWithDialog(const QString& reason, const QString& latestBackup) {
    QMessageBox box(QMessageBox::Critical, tr("SpineSignal"), reason);
    QString info =
        tr("You can start a new, empty store: the damaged file is kept in the same folder under a "
           "new name, so nothing is deleted.");
    QPushButton* restore = nullptr;
    if (!latestBackup.isEmpty()) {
        info += QStringLiteral("\n\n") + tr("Or restore the latest backup, from %1 (entries made "
                                            "after it are only in the damaged file).")
                                             .arg(backupLabel(latestBackup));
        restore = box.addButton(tr("Restore the latest backup"), QMessageBox::AcceptRole);
    }
    box.setInformativeText(info);
    QPushButton* fresh = box.addButton(tr("Start a new store"), QMessageBox::DestructiveRole);
    QPushButton* quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restore ? restore : quit);
    box.exec();
    if (restore && box.clickedButton() == restore) {
        return Choice::RestoreBackup;
    }
    return box.clickedButton() == fresh ? Choice::StartNew : Choice::Quit;
}

void StoreRecovery::tellWithDialog(const QString& notice) {
    QMessageBox::information(nullptr, tr("SpineSignal"), notice);
}

}  // namespace spinesignal::ui
