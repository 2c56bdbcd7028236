#include "../appfixture.h"
#include "settings/datasettingsbox.h"
#include "startup/storerestart.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/episoderepository.h"
#include "support/episodebuilder.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>

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
            ASSERT_TRUE(store().episodes().add(spinesignal::testing::simpleEpisode(
                spinesignal::testing::pastMoment().addSecs(i * 60), 4)));
        }
    }
};

}  // namespace

TEST_F(DataSettingsTest, ShowsWhereTheDataLivesAndBacksUpNow) {
    addEntries(3);
    DataSettingsBox box(context());
    EXPECT_TRUE(
        box.findChild<QLabel*>(QStringLiteral("dataLocationText"))->text().contains(store().dir()));
    box.findChild<QPushButton*>(QStringLiteral("backUpNow"))->click();
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
}

TEST_F(DataSettingsTest, RestoreAsksForAStoreRestartWithTheChosenBackup) {
    addEntries(2);
    DataSettingsBox box(context());
    const QString path = box.backUpNow();
    ASSERT_FALSE(path.isEmpty());
    box.findChild<QListWidget*>(QStringLiteral("backupList"))->setCurrentRow(0);
    box.setConfirmer([](const QString&, const QString&) { return true; });
    box.findChild<QPushButton*>(QStringLiteral("restoreBackup"))->click();
    const StoreAction action = ui::takeStoreAction();
    EXPECT_EQ(action.kind, StoreAction::Kind::Restore);
    EXPECT_EQ(action.backupPath, path);
}

TEST(StoreRestart, RestoreThenReopenHasTheBackupsDataAndKeepsTheOldAside) {
    QTemporaryDir dir;
    const QString dbPath = DataLocation::databasePath(dir.path());
    QString backup;
    {
        auto db = Database::open(dbPath);
        ASSERT_TRUE(db);
        EpisodeRepository repo(*db.value());
        ASSERT_TRUE(
            repo.add(spinesignal::testing::simpleEpisode(spinesignal::testing::pastMoment())));
        auto made = Backup::create(*db.value(), dir.path(), BackupInfo::Kind::Manual);
        ASSERT_TRUE(made);
        backup = made.value();
        ASSERT_TRUE(repo.add(
            spinesignal::testing::simpleEpisode(spinesignal::testing::pastMoment().addDays(1))));
    }
    // What runApplication does between closing the store and opening it again.
    const QString message = ui::applyStoreAction({StoreAction::Kind::Restore, backup}, dir.path());
    EXPECT_TRUE(message.contains(backup)) << message.toStdString();
    EXPECT_EQ(ui::takeStoreRestartMessage(), message);
    auto db = Database::open(dbPath);
    ASSERT_TRUE(db);
    EXPECT_EQ(EpisodeRepository(*db.value()).count().value(), 1);
    const QList<BackupInfo> all = Backup::list(dir.path());
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const BackupInfo& b) {
        return b.kind == BackupInfo::Kind::BeforeRestore;
    }));
}
