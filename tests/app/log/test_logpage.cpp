#include "../appfixture.h"
#include "log/entryform.h"
#include "log/historycalendar.h"
#include "log/historymodel.h"
#include "log/logpage.h"
#include "log/redflagpanel.h"
#include "support/episodebuilder.h"
#include "widgets/intensityslider.h"
#include "widgets/legmapwidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <iostream>

using namespace spinesignal;
using namespace spinesignal::ui;
using spinesignal::testing::pastMoment;
using spinesignal::testing::simpleEpisode;

class LogPageTest : public spinesignal::testing::AppFixture {
protected:
    void SetUp() override {
        page = std::make_unique<LogPage>(context());
        page->resize(1100, 740);
        page->show();
        QApplication::setActiveWindow(page.get());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }
    qint64 stored() { return store().episodes().count().value(); }
    QWidget* focused() { return QApplication::focusWidget(); }
    /// Presses Tab until a widget whose object name starts with `prefix` has the focus.
    bool tabTo(const QString& prefix) {
        for (int i = 0; i < 80; ++i) {
            if (focused() && focused()->objectName().startsWith(prefix)) {
                return true;
            }
            QTest::keyClick(focused(), Qt::Key_Tab);
        }
        return false;
    }
    Episode only() { return store().episodes().listAll().value().value(0); }

    std::unique_ptr<LogPage> page;
};

TEST_F(LogPageTest, ATypicalDayIsLoggedByKeyboardAndStored) {
    page->form()->firstField()->setFocus();
    ASSERT_EQ(focused(), page->form()->intensityInput(Symptom::Soreness));
    QTest::keyClick(focused(), Qt::Key_4);
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_EQ(focused(), page->form()->intensityInput(Symptom::Numbness));
    QTest::keyClick(focused(), Qt::Key_1);  // "1" then "0" quickly means ten
    QTest::keyClick(focused(), Qt::Key_0);
    ASSERT_TRUE(tabTo(QStringLiteral("side.")));
    QTest::keyClick(focused(), Qt::Key_Right);  // Not given → Left
    QTest::keyClick(focused(), Qt::Key_Right);  // → Right
    ASSERT_TRUE(tabTo(QStringLiteral("legMap")));
    QTest::keyClick(focused(), Qt::Key_Space);  // the focused region starts on the left calf
    ASSERT_TRUE(tabTo(QStringLiteral("trigger.long_sitting")));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    ASSERT_EQ(stored(), 1);
    const Episode e = only();
    EXPECT_EQ(e.intensityOf(Symptom::Soreness), 4);
    EXPECT_EQ(e.intensityOf(Symptom::Numbness), 10);
    EXPECT_FALSE(e.intensityOf(Symptom::Weakness).has_value());
    EXPECT_EQ(e.side, Side::Right);
    EXPECT_TRUE(e.regions.contains(Leg::Left, LegRegion::CalfBack));
    EXPECT_EQ(e.regions.size(), 1);
    EXPECT_TRUE(e.triggers.contains(Trigger::LongSitting));
    EXPECT_LE(std::abs(e.when.secsTo(QDateTime::currentDateTime())), 5);
    EXPECT_TRUE(page->statusText().startsWith(QStringLiteral("Saved")));
    // The form is ready for the next entry, and the history shows this one.
    EXPECT_FALSE(page->form()->intensityInput(Symptom::Soreness)->value().has_value());
    EXPECT_EQ(page->history()->rowCount(), 1);
    EXPECT_EQ(page->history()->index(0, HistoryModel::Numbness).data().toInt(), 10);
}

TEST_F(LogPageTest, EditDeleteUndoAndRedo) {
    auto& repo = store().episodes();
    const qint64 older = repo.add(simpleEpisode(pastMoment(), 4)).value();
    const qint64 newer = repo.add(simpleEpisode(pastMoment().addDays(1), 5)).value();
    ASSERT_EQ(page->history()->rowCount(), 2);
    EXPECT_EQ(page->history()->episodeAt(0).id, newer);  // newest first

    page->editRow(1);
    EXPECT_TRUE(page->isEditing());
    EXPECT_EQ(page->form()->intensityInput(Symptom::Soreness)->value(), 4);
    page->form()->intensityInput(Symptom::Soreness)->setValue(8);
    ASSERT_TRUE(page->save());
    EXPECT_EQ(stored(), 2);
    EXPECT_EQ(repo.get(older).value()->intensityOf(Symptom::Soreness), 8);
    EXPECT_EQ(repo.get(older).value()->when, pastMoment());  // the time is kept when editing
    EXPECT_FALSE(page->isEditing());

    page->historyView()->setFocus();
    QTest::keyClick(page->historyView(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(repo.get(older).value()->intensityOf(Symptom::Soreness), 4);
    QTest::keyClick(page->historyView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(repo.get(older).value()->intensityOf(Symptom::Soreness), 8);

    const auto row = page->history()->rowOf(newer);
    ASSERT_TRUE(row.has_value());
    page->historyView()->selectRow(*row);
    QTest::keyClick(page->historyView(), Qt::Key_Delete);
    EXPECT_EQ(stored(), 1);
    EXPECT_FALSE(repo.get(newer).value().has_value());
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("Ctrl+Z")));
    QTest::keyClick(page->historyView(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(), 2);
    ASSERT_TRUE(repo.get(newer).value().has_value());
    EXPECT_EQ(repo.get(newer).value()->intensityOf(Symptom::Soreness), 5);  // same id, same content
    QTest::keyClick(page->historyView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(), 1);
    // Undo the delete, then the edit, then the add of nothing: the stack keeps the whole session.
    page->undoStack()->undo();
    page->undoStack()->undo();
    EXPECT_EQ(repo.get(older).value()->intensityOf(Symptom::Soreness), 4);
    EXPECT_EQ(page->undoStack()->index(), 0);
}

TEST_F(LogPageTest, UndoOfANewEntryRemovesItAndRedoBringsItBack) {
    page->form()->intensityInput(Symptom::BackPain)->setValue(6);
    ASSERT_TRUE(page->save());
    ASSERT_EQ(stored(), 1);
    const qint64 id = only().id;
    page->undoStack()->undo();
    EXPECT_EQ(stored(), 0);
    page->undoStack()->redo();
    ASSERT_EQ(stored(), 1);
    EXPECT_EQ(only().id, id);
    EXPECT_EQ(only().intensityOf(Symptom::BackPain), 6);
}

TEST_F(LogPageTest, AFutureTimeIsRefusedWithAMessageAndNothingStored) {
    page->form()->intensityInput(Symptom::Soreness)->setValue(3);
    page->form()->whenEdit()->setDateTime(QDateTime::currentDateTime().addDays(1));
    EXPECT_FALSE(page->save());
    EXPECT_EQ(stored(), 0);
    EXPECT_TRUE(page->form()->errorShown(QStringLiteral("when")).contains(QStringLiteral("future")));
    EXPECT_FALSE(page->generalErrorText().isEmpty());
    EXPECT_FALSE(page->statusText().contains(QStringLiteral("Saved")));
    // Nothing typed is lost.
    EXPECT_EQ(page->form()->intensityInput(Symptom::Soreness)->value(), 3);
    // Back-dating is fine.
    page->form()->whenEdit()->setDateTime(QDateTime::currentDateTime().addDays(-3));
    EXPECT_TRUE(page->save());
    EXPECT_EQ(stored(), 1);
    EXPECT_TRUE(page->form()->errorShown(QStringLiteral("when")).isEmpty());
}

TEST_F(LogPageTest, AnEmptyEntryIsRefusedWithAMessage) {
    QTest::keyClick(page->form()->firstField(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(stored(), 0);
    EXPECT_TRUE(page->generalErrorText().contains(QStringLiteral("Nothing is recorded")));
    EXPECT_TRUE(page->statusText().isEmpty());
}

TEST_F(LogPageTest, AnOverlongNoteIsRefusedNotCut) {
    auto* note = page->findChild<QPlainTextEdit*>(QStringLiteral("note"));
    ASSERT_NE(note, nullptr);
    note->setPlainText(QString(EpisodeValidator::kMaxNoteLength + 5, QLatin1Char('x')));
    auto* counter = page->findChild<QLabel*>(QStringLiteral("noteCounter"));
    EXPECT_TRUE(counter->text().contains(QStringLiteral("too long")));
    EXPECT_FALSE(page->save());
    EXPECT_EQ(stored(), 0);
    EXPECT_FALSE(page->form()->errorShown(QStringLiteral("note")).isEmpty());
    EXPECT_EQ(note->toPlainText().size(), EpisodeValidator::kMaxNoteLength + 5);
}

TEST_F(LogPageTest, TickingARedFlagShowsTheUrgentAdviceAtOnceAndMarksTheEntry) {
    EXPECT_FALSE(page->redFlagPanel()->isVisible());
    auto* box = page->findChild<QCheckBox*>(QStringLiteral("redflagbox.saddle_numbness"));
    ASSERT_NE(box, nullptr);
    box->click();
    EXPECT_TRUE(page->redFlagPanel()->isVisible());
    EXPECT_TRUE(page->redFlagPanel()->text().contains(QStringLiteral("emergency department")));
    ASSERT_TRUE(page->save());
    EXPECT_TRUE(only().redFlags.contains(RedFlag::SaddleNumbness));
    EXPECT_FALSE(page->redFlagPanel()->isVisible());  // the new, empty form has no flag
    EXPECT_TRUE(page->history()->index(0, HistoryModel::Notes).data().toString().contains(QStringLiteral("warning")));
    EXPECT_TRUE(page->calendar()->dayInfo(QDate::currentDate()).redFlag);
}

TEST_F(LogPageTest, SameAsLastEntryFillsTheFormButNotTheTimeOrWarningSigns) {
    Episode last = spinesignal::testing::fullEpisode(pastMoment());
    store().episodes().add(last).value();
    page->findChild<QPushButton*>(QStringLiteral("sameAsLast"))->click();
    const Episode filled = page->form()->episode();
    EXPECT_EQ(filled.intensity, last.intensity);
    EXPECT_EQ(filled.regions, last.regions);
    EXPECT_EQ(filled.triggers, last.triggers);
    EXPECT_EQ(filled.habits, last.habits);
    EXPECT_TRUE(filled.redFlags.isEmpty());
    EXPECT_TRUE(filled.note.isEmpty());
    EXPECT_LE(std::abs(filled.when.secsTo(QDateTime::currentDateTime())), 5);
    ASSERT_TRUE(page->save());
    EXPECT_EQ(stored(), 2);
}

TEST_F(LogPageTest, AnEntryLinksToTheArticleSectionThatExplainsIt) {
    Episode e = simpleEpisode(pastMoment(), 3);
    e.setIntensity(Symptom::Numbness, 5);
    e.triggers = {Trigger::LongSitting, Trigger::WeatherChange};
    store().episodes().add(e).value();
    page->historyView()->selectRow(0);
    auto* links = page->findChild<QLabel*>(QStringLiteral("learnLinks"));
    EXPECT_TRUE(links->text().contains(QStringLiteral("href=\"prevention\"")));
    EXPECT_TRUE(links->text().contains(QStringLiteral("href=\"nerve-compression\"")));
    EXPECT_TRUE(links->text().contains(QStringLiteral("href=\"inflammation\"")));
    QSignalSpy spy(&m_navigator, &Navigator::navigationRequested);
    Q_EMIT links->linkActivated(QStringLiteral("nerve-compression"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Area>(), Area::Learn);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("nerve-compression"));
}

TEST_F(LogPageTest, CalendarShowsTheWorstIntensityOfEachDayAndFiltersTheList) {
    const QDate day = QDate::currentDate().addDays(-1);
    store().episodes().add(simpleEpisode(QDateTime(day, QTime(8, 0)), 2)).value();
    Episode bad = simpleEpisode(QDateTime(day, QTime(18, 0)), 1);
    bad.setIntensity(Symptom::RadiatingPain, 8);
    store().episodes().add(bad).value();
    store().episodes().add(simpleEpisode(QDateTime(day.addDays(-3), QTime(9, 0)), 5)).value();
    page->calendar()->setCurrentPage(day.year(), day.month());
    EXPECT_EQ(page->calendar()->dayInfo(day).entries, 2);
    EXPECT_EQ(page->calendar()->dayInfo(day).worst, 8);
    page->setFilter(day, day);
    EXPECT_EQ(page->history()->rowCount(), 2);
    page->setFilter(std::nullopt, std::nullopt);
    EXPECT_EQ(page->history()->rowCount(), 3);
}

TEST_F(LogPageTest, SwitchingToChineseRetranslatesTheFormAtOnce) {
    auto* left = page->findChild<QWidget*>(QStringLiteral("side.left"));
    ASSERT_NE(left, nullptr);
    m_language.apply(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();  // LanguageChange reaches widgets through the event loop
    EXPECT_EQ(left->property("text").toString(), QStringLiteral("左侧"));
    EXPECT_EQ(page->history()->headerData(HistoryModel::Numbness, Qt::Horizontal).toString(), QStringLiteral("麻木"));
    m_language.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(left->property("text").toString(), QStringLiteral("Left"));
}

TEST_F(LogPageTest, MarkingRegionsFillsInTheSideUntilOneIsChosen) {
    LegMapWidget* map = page->form()->legMap();
    map->toggleRegion(Leg::Left, LegRegion::CalfBack);
    EXPECT_EQ(page->form()->episode().side, Side::Left);
    map->toggleRegion(Leg::Right, LegRegion::Sole);
    EXPECT_EQ(page->form()->episode().side, Side::Both);
    map->toggleRegion(Leg::Left, LegRegion::CalfBack);
    EXPECT_EQ(page->form()->episode().side, Side::Right);
    page->findChild<QAbstractButton*>(QStringLiteral("side.left"))->click();
    map->toggleRegion(Leg::Right, LegRegion::Heel);
    EXPECT_EQ(page->form()->episode().side, Side::Left);  // the person's choice stands
}

TEST_F(LogPageTest, YearsOfEntriesAreReadInBatchesNotAllAtOnce) {
    QList<Episode> years;
    for (int i = 0; i < 3 * 365 * 3; ++i) {  // three years, three entries a day
        years.append(simpleEpisode(pastMoment().addSecs(-qint64{i} * 8 * 3600), i % 11));
    }
    ASSERT_TRUE(store().episodes().addAll(years).ok());
    QElapsedTimer timer;
    timer.start();
    LogPage fresh(context());
    fresh.resize(1100, 740);
    fresh.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fresh));
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(fresh.history()->totalCount(), years.size());
    EXPECT_LE(fresh.history()->rowCount(), 2 * HistoryModel::kBatchSize);
    EXPECT_EQ(fresh.history()->episodeAt(0).when, pastMoment());
    std::cout << "[ measure ] Log page with " << years.size() << " entries shown in " << ms << " ms\n";
}
