#include "../appfixture.h"
#include "settings/datasettingsbox.h"
#include "startup/storerestart.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "support/episodebuilder.h"
#include "tasks/taskrunner.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>

using namespace spinesignal;
using spinesignal::ui::DataSettingsBox;
using spinesignal::ui::StoreAction;

namespace {

class DataSettingsTest : public spinesignal::testing::AppFixture {
protected:
    void addEntries(int n) {
        for (int i = 0; i < n; ++i) {
            ASSERT_TRUE(store().episodes().add(
                spinesignal::testing::simpleEpisode(spinesignal::testing::pastMoment().addSecs(i * 60), 4)));
        }
    }
};

/// requestStoreRestart() ends the event loop with QCoreApplication::exit(). No exec() runs in a
/// test, so Qt keeps that quit pending and every later event loop (QSignalSpy::wait, qWait) of
/// the test program would return at once: run one exec() and end it to clear it.
void clearPendingQuit() {
    QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
}

}  // namespace

TEST_F(DataSettingsTest, ShowsWhereTheDataLivesAndBacksUpNow) {
    addEntries(3);
    DataSettingsBox box(context());
    EXPECT_TRUE(box.findChild<QLabel*>(QStringLiteral("dataLocationText"))->text().contains(store().dir()));
    QSignalSpy finished(&box, &DataSettingsBox::backupFinished);
    box.findChild<QPushButton*>(QStringLiteral("backUpNow"))->click();
    ASSERT_TRUE(finished.wait(30000));
    const QList<BackupInfo> backups = Backup::list(store().dir());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(box.messageText().contains(backups.first().path));
    EXPECT_EQ(box.findChild<QListWidget*>(QStringLiteral("backupList"))->count(), 1);
}

TEST_F(DataSettingsTest, DeleteAllNamesWhatGoesAndAsksFirst) {
    addEntries(4);
    settings().setValue(QStringLiteral("profile/name"), QStringLiteral("Li"));
    DataSettingsBox box(context());
    const QString text = box.deleteConfirmationText();
    EXPECT_TRUE(text.contains(QStringLiteral("4 log entries"))) << text.toStdString();
    EXPECT_TRUE(text.contains(store().databasePath()));
    EXPECT_TRUE(text.contains(QStringLiteral("name and birth year")));

    box.setConfirmer([](const QString&, const QString&) { return false; });
    box.findChild<QPushButton*>(QStringLiteral("deleteAllData"))->click();
    EXPECT_EQ(ui::takeStoreAction().kind, StoreAction::Kind::None);
    EXPECT_TRUE(settings().contains(QStringLiteral("profile/name")));

    box.setConfirmer([](const QString&, const QString&) { return true; });
    box.findChild<QPushButton*>(QStringLiteral("deleteAllData"))->click();
    EXPECT_EQ(ui::takeStoreAction().kind, StoreAction::Kind::DeleteAll);
    EXPECT_FALSE(settings().contains(QStringLiteral("profile/name")));
    clearPendingQuit();
}

TEST_F(DataSettingsTest, RestoreAsksForAStoreRestartWithTheChosenBackup) {
    addEntries(2);
    DataSettingsBox box(context());
    QSignalSpy backedUp(&box, &DataSettingsBox::backupFinished);
    ASSERT_TRUE(box.backUpNow());
    ASSERT_TRUE(backedUp.wait(30000));
    const QString path = backedUp.at(0).at(0).toString();
    ASSERT_FALSE(path.isEmpty());
    box.findChild<QListWidget*>(QStringLiteral("backupList"))->setCurrentRow(0);

    // Declined: the checked copy is removed again and nothing is asked of the store.
    QSignalSpy abandoned(&box, &DataSettingsBox::restoreAbandoned);
    box.setConfirmer([](const QString&, const QString&) { return false; });
    box.findChild<QPushButton*>(QStringLiteral("restoreBackup"))->click();
    ASSERT_TRUE(abandoned.wait(30000));
    EXPECT_EQ(ui::takeStoreAction().kind, StoreAction::Kind::None);
    EXPECT_FALSE(QFileInfo::exists(store().databasePath() + QStringLiteral(".restoring")));

    // Accepted: the restart is asked for with the backup checked and copied next to the store.
    box.setConfirmer([](const QString&, const QString&) { return true; });
    box.findChild<QPushButton*>(QStringLiteral("restoreBackup"))->click();
    // requestStoreRestart() ends every running event loop, the spy's too.
    EXPECT_TRUE(QTest::qWaitFor([&box] { return !box.tasks().isRunning(); }, 30000));
    StoreAction action = ui::takeStoreAction();
    for (int i = 0; i < 100 && action.kind == StoreAction::Kind::None; ++i) {
        QTest::qWait(20);
        action = ui::takeStoreAction();
    }
    EXPECT_EQ(action.kind, StoreAction::Kind::Restore);
    EXPECT_EQ(action.backupPath, path);
    EXPECT_EQ(action.preparedPath, store().databasePath() + QStringLiteral(".restoring"));
    EXPECT_TRUE(QFileInfo::exists(action.preparedPath));
    clearPendingQuit();
}

TEST(StoreRestart, RestoreThenReopenHasTheBackupsDataAndKeepsTheOldAside) {
    QTemporaryDir dir;
    const QString dbPath = DataLocation::databasePath(dir.path());
    QString backup;
    {
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        ASSERT_TRUE(repo.add(spinesignal::testing::simpleEpisode(spinesignal::testing::pastMoment())));
        auto made = Backup::create(*db.value(), dir.path(), BackupInfo::Kind::Manual);
        ASSERT_TRUE(made);
        backup = made.value();
        ASSERT_TRUE(repo.add(spinesignal::testing::simpleEpisode(spinesignal::testing::pastMoment().addDays(1))));
    }
    // What runApplication does between closing the store and opening it again.
    const QString message = ui::applyStoreAction({StoreAction::Kind::Restore, backup, {}}, dir.path());
    EXPECT_TRUE(message.contains(backup)) << message.toStdString();
    EXPECT_EQ(ui::takeStoreRestartMessage(), message);
    auto db = Database::open(dbPath);
    ASSERT_TRUE(db);
    EXPECT_EQ(EpisodeRepository(*db.value()).count().value(), 1);
    const QList<BackupInfo> all = Backup::list(dir.path());
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(std::any_of(all.begin(), all.end(),
                            [](const BackupInfo& b) { return b.kind == BackupInfo::Kind::BeforeRestore; }));
}
