// The Trends and Doctor summary pages come from a module in the executable; here, what the person
// sees when that module is missing or broken. (tests/cli checks the real executable loads it.)
#include "appfixture.h"
#include "chartpages/linkedchartpages.h"
#include "mainwindow/chartpages.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/unavailablepage.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spinesignal;
using namespace spinesignal::ui;

namespace {

class ChartPagesTest : public spinesignal::testing::AppFixture {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_modules.isValid());
        qputenv("SPINESIGNAL_MODULE_DIR", m_modules.path().toLocal8Bit());
        ChartPages::install({});  // as in the executable before the module is loaded
    }
    void TearDown() override {
        qunsetenv("SPINESIGNAL_MODULE_DIR");
        installLinkedChartPages();
    }
    QString reasonShownFor(MainWindow& window, Area area) {
        auto* page = qobject_cast<UnavailablePage*>(window.page(area));
        if (page == nullptr) {
            return QStringLiteral("<the page loaded>");
        }
        const auto* reason = page->findChild<QLabel*>(QStringLiteral("unavailableReason"));
        return reason != nullptr ? reason->text() : QString();
    }
    QTemporaryDir m_modules;
};

}  // namespace

TEST_F(ChartPagesTest, AMissingModuleNamesTheFileAndTheFoldersSearched) {
    // The test executable's folder has no module either.
    const Result<ChartPages::Factory> made = ChartPages::factory(Area::Trends);
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(made.error().message.contains(QStringLiteral("libspinesignal_chartpages.so")));
    EXPECT_TRUE(made.error().message.contains(m_modules.path())) << made.error().message.toStdString();
}

TEST_F(ChartPagesTest, ABrokenModuleGivesAPageThatSaysWhyAndTheOtherAreasStillWork) {
    QFile broken(m_modules.filePath(QStringLiteral("libspinesignal_chartpages.so")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not a shared library");
    broken.close();

    MainWindow window(context());
    window.show();
    for (Area area : {Area::Trends, Area::Summary}) {
        window.showArea(area);
        EXPECT_EQ(window.currentArea(), area);
        const QString reason = reasonShownFor(window, area);
        EXPECT_TRUE(reason.contains(broken.fileName())) << reason.toStdString();
        auto* heading = window.page(area)->findChild<QLabel*>();
        ASSERT_NE(heading, nullptr);
        EXPECT_TRUE(heading->text().contains(MainWindow::areaTitle(area))) << heading->text().toStdString();
    }
    window.showArea(Area::Log);
    EXPECT_EQ(qobject_cast<UnavailablePage*>(window.page(Area::Log)), nullptr);
}

TEST_F(ChartPagesTest, InstalledFactoriesMakeTheRealPages) {
    installLinkedChartPages();
    MainWindow window(context());
    for (Area area : {Area::Trends, Area::Summary}) {
        EXPECT_EQ(qobject_cast<UnavailablePage*>(window.page(area)), nullptr);
    }
}
