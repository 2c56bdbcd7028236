// With ten years of entries, every long data job of the window (import, PDF and CSV export, back
// up now, the daily backup, restore) runs off the UI thread: the call returns while the job is
// still running, and a 10 ms timer on the UI thread never waits longer than the bound while it
// runs. Cancelling leaves nothing half-done: no file, no temporary file, the store as it was.
#include "../appfixture.h"
#include "analysis/samplegenerator.h"
#include "gapmeter.h"
#include "io/csvexporter.h"
#include "settings/autobackup.h"
#include "settings/datasettingsbox.h"
#include "startup/languagemanager.h"
#include "startup/storerestart.h"
#include "storage/backup.h"
#include "storage/episoderepository.h"
#include "summary/summarypage.h"
#include "tasks/taskrunner.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <iostream>

using namespace spinesignal;
using namespace spinesignal::ui;
using spinesignal::testing::GapMeter;
using spinesignal::testing::maxUiGapMs;

namespace {

constexpr int kTenYears = 3650;
constexpr int kWaitMs = 120000;

class Responsiveness : public spinesignal::testing::AppFixture {
protected:
    static void SetUpTestSuite() {
        SampleGenerator::Options options;
        options.days = kTenYears;
        s_sample = new QList<Episode>(SampleGenerator::generate(options));
    }
    static void TearDownTestSuite() {
        delete s_sample;
        s_sample = nullptr;
    }

    void fillTenYears() { ASSERT_TRUE(store().episodes().addAll(*s_sample).ok()); }

    QString writeTenYearsCsv() {
        const QString path = QDir(store().dir()).filePath(QStringLiteral("ten-years.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(CsvExporter::toCsv(*s_sample));
        return path;
    }

    /// Files in `dir`, hidden ones too.
    QStringList filesIn(const QString& dir) {
        settings().sync();  // settings.ini is written lazily; it is not what the tests look for
        QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        names.sort();
        return names;
    }

    /// The job was started, is running when the call returns, and the window kept turning.
    static void expectResponsive(const char* what, const GapMeter& meter) {
        std::cerr << "[ figure ] " << what << ": " << meter.elapsedMs() << " ms, longest UI-thread gap "
                  << meter.maxGapMs() << " ms (" << meter.ticks() << " ticks)\n";
        EXPECT_LE(meter.maxGapMs(), maxUiGapMs()) << what;
        // Had the work run on the UI thread, the gap would be as long as the job.
        if (meter.elapsedMs() >= 3 * maxUiGapMs()) {
            EXPECT_LT(meter.maxGapMs(), meter.elapsedMs() / 2) << what;
        }
    }

    /// Presses Cancel in the job's progress dialog (the person's way to cancel).
    static void pressCancel(QWidget& owner) {
        auto* dialog = owner.findChild<QProgressDialog*>(QStringLiteral("taskProgress"));
        ASSERT_NE(dialog, nullptr);
        auto* button = dialog->findChild<QPushButton*>();
        ASSERT_NE(button, nullptr);
        button->click();
    }

    static QList<Episode>* s_sample;
};

QList<Episode>* Responsiveness::s_sample = nullptr;

}  // namespace

TEST_F(Responsiveness, ImportingTenYearsKeepsTheWindowTurningAndAnnouncesTheChange) {
    const QString csv = writeTenYearsCsv();
    SummaryPage page(context());
    QSignalSpy changed(&store().episodes(), &EpisodeRepository::changed);
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    GapMeter meter;
    meter.start();
    ASSERT_TRUE(page.startImportCsv(csv, false));
    EXPECT_TRUE(page.tasks().isRunning());
    EXPECT_EQ(store().episodes().count().value(), 0);  // not done on the spot
    ASSERT_TRUE(finished.wait(kWaitMs));
    meter.stop();
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_EQ(store().episodes().count().value(), s_sample->size());
    EXPECT_GE(changed.count(), 1);  // history and trends read the entries again
    expectResponsive("import of ten years (CSV)", meter);
}

TEST_F(Responsiveness, ACancelledImportLeavesTheStoreExactlyAsItWas) {
    ASSERT_TRUE(store().episodes().addAll(s_sample->mid(0, 40)).ok());
    const QString before = QString::fromUtf8(CsvExporter::toCsv(store().episodes().listAll().value()));
    const QString csv = writeTenYearsCsv();
    SummaryPage page(context());
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    ASSERT_TRUE(page.startImportCsv(csv, false));
    // Cancel once the job has begun to work through the rows.
    ASSERT_TRUE(QTest::qWaitFor([&page] { return page.tasks().progress().value() > 0; }, kWaitMs));
    pressCancel(page);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(page.messageText().contains(QStringLiteral("Cancelled"))) << page.messageText().toStdString();
    EXPECT_EQ(store().episodes().count().value(), 40);
    EXPECT_EQ(QString::fromUtf8(CsvExporter::toCsv(store().episodes().listAll().value())), before);
}

TEST_F(Responsiveness, ExportingTenYearsAsCsvKeepsTheWindowTurningAndCancelLeavesNoFile) {
    fillTenYears();
    settings().setValue(QStringLiteral("summary/period"), 0);  // all entries
    SummaryPage page(context());
    const QString out = QDir(store().dir()).filePath(QStringLiteral("entries.csv"));
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    GapMeter meter;
    meter.start();
    ASSERT_TRUE(page.startExportCsv(out));
    EXPECT_TRUE(page.tasks().isRunning());
    EXPECT_FALSE(QFileInfo::exists(out));
    ASSERT_TRUE(finished.wait(kWaitMs));
    meter.stop();
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_TRUE(QFileInfo(out).size() > 100000);
    expectResponsive("CSV export of ten years", meter);

    ASSERT_TRUE(QFile::remove(out));
    const QStringList before = filesIn(store().dir());
    ASSERT_TRUE(page.startExportCsv(out));
    pressCancel(page);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_EQ(filesIn(store().dir()), before);  // neither the file nor a temporary one
}

TEST_F(Responsiveness, SavingAPdfFromTenYearsKeepsTheWindowTurningInItsOwnLanguage) {
    fillTenYears();
    // The last 12 months of the ten years (70 pages): the whole ten years take half a minute
    // here, too long for a test; that they too stay off the UI thread is the cancel test's part.
    settings().setValue(QStringLiteral("summary/period"), 365);
    SummaryPage page(context());
    // The report in Chinese while the window is English: the worker words it without switching
    // the window's language.
    page.findChild<QComboBox*>(QStringLiteral("reportLanguage"))->setCurrentIndex(0);
    auto* saveButton = page.findChild<QPushButton*>(QStringLiteral("savePdf"));
    const QString out = QDir(store().dir()).filePath(QStringLiteral("summary.pdf"));
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    QSignalSpy languageChanges(&m_language, &LanguageManager::changed);
    GapMeter meter;
    meter.start();
    ASSERT_TRUE(page.startSavePdf(out));
    EXPECT_TRUE(page.tasks().isRunning());
    EXPECT_FALSE(QFileInfo::exists(out));
    ASSERT_TRUE(finished.wait(kWaitMs));
    meter.stop();
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.read(5), QByteArrayLiteral("%PDF-"));
    EXPECT_EQ(saveButton->text(), QStringLiteral("Save PDF…"));  // the window stayed English
    EXPECT_EQ(languageChanges.count(), 0);
    expectResponsive("PDF of the last 12 months of ten years", meter);
}

namespace {

/// A printer that prints into a PDF file: the print path of a real printer, without one.
std::shared_ptr<QPrinter> printerToFile(const QString& path) {
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    return printer;
}

int pagesIn(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

}  // namespace

TEST_F(Responsiveness, PrintingKeepsTheWindowTurningAndStopsOfferingCancelOncePagesAreSent) {
    fillTenYears();
    settings().setValue(QStringLiteral("summary/period"), 0);  // all ten years: hundreds of pages
    SummaryPage page(context());
    const QString out = QDir(store().dir()).filePath(QStringLiteral("printed.pdf"));
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    // Watch the dialog while the pages go out: a print run cannot be taken back, so once the job
    // has committed there must be no Cancel button (nor Escape, which goes with it) to promise it.
    bool sawCommittedWithCancelOffered = false;
    bool sawCommittedWithoutCancel = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &page, [&] {
        auto* dialog = page.findChild<QProgressDialog*>(QStringLiteral("taskProgress"));
        if (dialog == nullptr || !page.tasks().isRunning() || page.tasks().progress().cancellable()) {
            return;
        }
        QTest::qWait(60);  // one poll of the dialog later
        if (!page.tasks().isRunning()) {
            return;
        }
        (dialog->findChild<QPushButton*>() != nullptr ? sawCommittedWithCancelOffered : sawCommittedWithoutCancel) =
            true;
        // Closing the dialog is cancelling: refused now, the progress stays on screen.
        dialog->close();
        EXPECT_TRUE(page.tasks().isRunning());
        EXPECT_FALSE(page.tasks().progress().cancelled());
    });
    watch.start(10);
    GapMeter meter;
    meter.start();
    ASSERT_TRUE(page.startPrint(printerToFile(out)));
    EXPECT_TRUE(page.tasks().isRunning());
    ASSERT_TRUE(finished.wait(kWaitMs));
    meter.stop();
    watch.stop();
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    const QString message = finished.at(0).at(1).toString();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(out))) << message.toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const int pages = pagesIn(pdf.readAll());
    EXPECT_GT(pages, 10);
    EXPECT_TRUE(message.contains(QStringLiteral("(%1 pages)").arg(pages))) << message.toStdString();
    EXPECT_FALSE(sawCommittedWithCancelOffered);
    EXPECT_TRUE(sawCommittedWithoutCancel);
    expectResponsive("printing all ten years", meter);
}

TEST_F(Responsiveness, CancellingAPrintBeforeItsPagesSendsNothing) {
    fillTenYears();
    settings().setValue(QStringLiteral("summary/period"), 0);  // all entries: the layout takes long
    SummaryPage page(context());
    const QString out = QDir(store().dir()).filePath(QStringLiteral("printed.pdf"));
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    GapMeter meter;
    meter.start();
    ASSERT_TRUE(page.startPrint(printerToFile(out)));
    pressCancel(page);
    ASSERT_TRUE(finished.wait(kWaitMs));
    meter.stop();
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(QFileInfo::exists(out));  // nothing went to the printer
    expectResponsive("printing all ten years, cancelled at once", meter);
}

TEST_F(Responsiveness, PrintingHonoursThePageRangeChosenInThePrintDialog) {
    fillTenYears();
    settings().setValue(QStringLiteral("summary/period"), 365);
    SummaryPage page(context());
    const QString out = QDir(store().dir()).filePath(QStringLiteral("pages.pdf"));
    auto printer = printerToFile(out);
    printer->setPrintRange(QPrinter::PageRange);
    printer->setFromTo(2, 3);
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    ASSERT_TRUE(page.startPrint(printer));
    ASSERT_TRUE(finished.wait(kWaitMs));
    ASSERT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_EQ(pagesIn(bytes), 2);
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QStringLiteral("(2 pages)")));

    // A range past the end prints nothing and says why.
    const QString none = QDir(store().dir()).filePath(QStringLiteral("none.pdf"));
    auto beyond = printerToFile(none);
    beyond->setPrintRange(QPrinter::PageRange);
    beyond->setFromTo(900, 950);
    ASSERT_TRUE(page.startPrint(beyond));
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_TRUE(finished.at(1).at(1).toString().contains(QStringLiteral("not in the summary")))
        << finished.at(1).at(1).toString().toStdString();
    EXPECT_FALSE(QFileInfo::exists(none));
}

TEST_F(Responsiveness, ThePreviewOfAllTenYearsIsBuiltOffTheUiThread) {
    fillTenYears();
    settings().setValue(QStringLiteral("summary/period"), 0);  // all entries
    SummaryPage page(context());
    QSignalSpy updated(&page, &SummaryPage::previewUpdated);
    GapMeter meter;
    meter.start();
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(updated.wait(kWaitMs));
    meter.stop();
    EXPECT_TRUE(page.previewHtml().contains(QStringLiteral("(%1 entries)").arg(s_sample->size())))
        << page.previewHtml().left(2000).toStdString();
    expectResponsive("summary preview of all ten years", meter);
}

TEST_F(Responsiveness, CancellingTheTenYearPdfLeavesNoFile) {
    fillTenYears();
    settings().setValue(QStringLiteral("summary/period"), 0);  // all entries: hundreds of pages
    SummaryPage page(context());
    const QString out = QDir(store().dir()).filePath(QStringLiteral("summary.pdf"));
    const QStringList before = filesIn(store().dir());
    QSignalSpy finished(&page, &SummaryPage::taskFinished);
    GapMeter meter;
    meter.start();
    ASSERT_TRUE(page.startSavePdf(out));
    EXPECT_TRUE(page.tasks().isRunning());
    // At once: the job sees it when the report is built, before Qt reads the table's HTML (which
    // cannot be interrupted and takes seconds for all ten years).
    pressCancel(page);
    ASSERT_TRUE(finished.wait(kWaitMs));
    meter.stop();
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_EQ(filesIn(store().dir()), before);  // no PDF, no temporary file
    expectResponsive("PDF of all ten years, cancelled at once", meter);
}

TEST_F(Responsiveness, BackingUpTenYearsKeepsTheWindowTurningAndCancelLeavesNoPartial) {
    fillTenYears();
    DataSettingsBox box(context());
    QSignalSpy finished(&box, &DataSettingsBox::backupFinished);
    GapMeter meter;
    meter.start();
    ASSERT_TRUE(box.backUpNow());
    EXPECT_TRUE(box.tasks().isRunning());
    EXPECT_TRUE(Backup::list(store().dir()).isEmpty());
    ASSERT_TRUE(finished.wait(kWaitMs));
    meter.stop();
    const QString path = finished.at(0).at(0).toString();
    ASSERT_FALSE(path.isEmpty()) << box.messageText().toStdString();
    expectResponsive("backup of ten years", meter);

    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(box.backUpNow());
    pressCancel(box);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(finished.at(1).at(0).toString().isEmpty());
    EXPECT_EQ(filesIn(Backup::directory(store().dir())), QStringList());  // not even a hidden .partial
}

TEST_F(Responsiveness, TheDailyBackupRunsOffTheUiThreadAndClosingCancelsIt) {
    fillTenYears();
    {
        AutoBackup automatic(context());
        QSignalSpy finished(&automatic, &AutoBackup::finished);
        GapMeter meter;
        meter.start();
        ASSERT_TRUE(automatic.runIfDue());
        EXPECT_TRUE(automatic.tasks().isRunning());
        ASSERT_TRUE(finished.wait(kWaitMs));
        meter.stop();
        EXPECT_FALSE(finished.at(0).at(0).toString().isEmpty());
        expectResponsive("daily automatic backup of ten years", meter);
    }
    for (const BackupInfo& b : Backup::list(store().dir())) {
        ASSERT_TRUE(QFile::remove(b.path));
    }
    {
        // The window closes while the backup runs: the runner cancels it and waits.
        AutoBackup automatic(context());
        ASSERT_TRUE(automatic.runIfDue());
    }
    EXPECT_EQ(filesIn(Backup::directory(store().dir())), QStringList());
}

TEST_F(Responsiveness, PreparingARestoreOfTenYearsKeepsTheWindowTurningAndCancelLeavesNothing) {
    fillTenYears();
    ASSERT_TRUE(Backup::create(store().database(), store().dir(), BackupInfo::Kind::Manual).ok());
    DataSettingsBox box(context());
    box.findChild<QListWidget*>(QStringLiteral("backupList"))->setCurrentRow(0);
    const QString restoring = store().databasePath() + QStringLiteral(".restoring");
    GapMeter meter;
    bool asked = false;
    box.setConfirmer([&](const QString&, const QString&) {
        meter.stop();  // checked and copied: this is where the person is asked
        asked = true;
        EXPECT_TRUE(QFileInfo::exists(restoring));
        return false;
    });
    QSignalSpy abandoned(&box, &DataSettingsBox::restoreAbandoned);
    meter.start();
    ASSERT_TRUE(box.restoreSelected());
    EXPECT_TRUE(box.tasks().isRunning());
    ASSERT_TRUE(abandoned.wait(kWaitMs));
    ASSERT_TRUE(asked) << box.messageText().toStdString();
    expectResponsive("restore of ten years (check and copy)", meter);
    EXPECT_FALSE(QFileInfo::exists(restoring));

    const QByteArray storeBefore = spinesignal::testing::fileHash(store().databasePath());
    asked = false;
    ASSERT_TRUE(box.restoreSelected());
    pressCancel(box);
    ASSERT_TRUE(abandoned.wait(kWaitMs));
    EXPECT_FALSE(asked);
    EXPECT_FALSE(QFileInfo::exists(restoring));
    EXPECT_EQ(spinesignal::testing::fileHash(store().databasePath()), storeBefore);
    EXPECT_EQ(ui::takeStoreAction().kind, StoreAction::Kind::None);
}
