#include "appfixture.h"
#include "mainwindow/areapage.h"
#include "mainwindow/mainwindow.h"
#include "startup/appicon.h"
#include "startup/firstframe.h"

#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

using namespace spinesignal;
using namespace spinesignal::ui;

class MainWindowTest : public spinesignal::testing::AppFixture {};

TEST_F(MainWindowTest, NavigatesEveryAreaByListAndShortcut) {
    MainWindow window(context());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    ASSERT_NE(nav, nullptr);
    ASSERT_EQ(nav->count(), kAreaCount);
    auto* stack = window.findChild<QStackedWidget*>();
    ASSERT_NE(stack, nullptr);
    for (int i = 0; i < kAreaCount; ++i) {
        nav->setCurrentRow(i);
        EXPECT_EQ(window.currentArea(), static_cast<Area>(i));
        EXPECT_EQ(stack->currentWidget(), window.page(static_cast<Area>(i)));
        EXPECT_FALSE(nav->item(i)->text().isEmpty());
    }
    for (int i = kAreaCount - 1; i >= 0; --i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentArea(), static_cast<Area>(i)) << "Ctrl+" << i + 1;
    }
    // Pages can send the person elsewhere.
    m_navigator.go(Area::Trends);
    EXPECT_EQ(window.currentArea(), Area::Trends);
}

TEST_F(MainWindowTest, StatusLineShowsWhereTheDataLives) {
    MainWindow window(context());
    auto* label = window.findChild<QLabel*>(QStringLiteral("dataLocation"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(store().databasePath()));
}

TEST_F(MainWindowTest, RemembersGeometryAndArea) {
    {
        MainWindow window(context());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 650);
        window.showArea(Area::Log);
        window.close();
    }
    MainWindow again(context());
    EXPECT_EQ(again.currentArea(), Area::Log);
    EXPECT_EQ(again.size(), QSize(900, 650));
}

TEST_F(MainWindowTest, EveryScreenSaysEducationNotDiagnosis) {
    MainWindow window(context());
    auto* disclaimer = window.findChild<QLabel*>(QStringLiteral("disclaimer"));
    ASSERT_NE(disclaimer, nullptr);
    EXPECT_TRUE(disclaimer->text().contains(QStringLiteral("does not diagnose")));
}

TEST_F(MainWindowTest, ChineseIsCompleteAndSwitchesAtRunTime) {
    MainWindow window(context());
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    EXPECT_EQ(nav->item(0)->text(), QStringLiteral("Learn"));
    m_language.apply(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();  // LanguageChange reaches widgets through the event loop
    EXPECT_EQ(nav->item(0)->text(), QStringLiteral("了解"));
    EXPECT_EQ(nav->item(4)->text(), QStringLiteral("就医摘要"));
    EXPECT_TRUE(
        window.findChild<QLabel*>(QStringLiteral("disclaimer"))->text().contains(QStringLiteral("不能作出诊断")));
    m_language.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(nav->item(0)->text(), QStringLiteral("Learn"));
}

TEST_F(MainWindowTest, BuildsOnlyTheFirstShownPageBeforeTheFirstPaint) {
    // Start-up time (issue 10): the five areas the person has not opened yet are not built.
    MainWindow window(context());
    auto* stack = window.findChild<QStackedWidget*>();
    ASSERT_NE(stack, nullptr);
    ASSERT_EQ(stack->count(), kAreaCount);
    int built = 0;
    for (int i = 0; i < kAreaCount; ++i) {
        built += qobject_cast<AreaPage*>(stack->widget(i)) != nullptr ? 1 : 0;
    }
    EXPECT_EQ(built, 1);
    EXPECT_NE(qobject_cast<AreaPage*>(stack->currentWidget()), nullptr);
    // A page opened later is built in place and keeps its position in the stack.
    window.showArea(Area::Summary);
    EXPECT_EQ(stack->indexOf(window.page(Area::Summary)), static_cast<int>(Area::Summary));
    EXPECT_EQ(stack->currentWidget(), window.page(Area::Summary));
    EXPECT_EQ(stack->count(), kAreaCount);
}

TEST(AppIcon, ComesInEveryDesktopSizeAndDrawsSomething) {
    const QIcon icon = spinesignal::ui::appIcon();
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 24, 32, 48, 64, 128}) {
        EXPECT_TRUE(sizes.contains(QSize(size, size))) << size;
    }
    const QImage image = icon.pixmap(QSize(48, 48)).toImage();
    ASSERT_EQ(image.size(), QSize(48, 48));
    // Not blank: the middle of the icon has colour that is not fully transparent.
    int painted = 0;
    for (int y = 0; y < 48; ++y) {
        for (int x = 0; x < 48; ++x) {
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
    }
    EXPECT_GT(painted, 48 * 48 / 4);
}

TEST(AfterFirstFrame, RunsOnceAfterTheWindowHasPaintedAndNotBefore) {
    QWidget window;
    window.resize(200, 100);
    int runs = 0;
    bool paintedBefore = false;
    spinesignal::ui::afterFirstFrame(&window, [&] {
        ++runs;
        paintedBefore = window.isVisible();
    });
    QCoreApplication::processEvents();
    EXPECT_EQ(runs, 0);  // not shown, not painted: nothing yet
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&runs] { return runs > 0; }, 5000));
    EXPECT_TRUE(paintedBefore);
    window.repaint();
    window.update();
    QTest::qWait(50);
    EXPECT_EQ(runs, 1);
}
