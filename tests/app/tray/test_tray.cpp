// The reminder's system-tray path in a real X session: Xvfb (traytestmain.cpp) plus a standalone
// tray (trayer), clicked with real X pointer events (xdotool), as a person would.
#include "../appfixture.h"
#include "mainwindow/area.h"
#include "mainwindow/mainwindow.h"
#include "reminders/reminderbanner.h"
#include "reminders/remindercontroller.h"
#include "tray/xdisplay.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace spinesignal;
using spinesignal::ui::Area;
using spinesignal::ui::MainWindow;
using spinesignal::ui::ReminderController;

namespace {

constexpr int kWaitMs = 5000;

class TrayTest : public spinesignal::testing::AppFixture {
protected:
    void SetUp() override {
        if (!spinesignal::testing::trayTestsHaveRealDisplay()) {
            GTEST_SKIP() << "needs Xvfb (Debian package xvfb) for a real X display";
        }
        if (QStandardPaths::findExecutable(QStringLiteral("trayer")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty()) {
            GTEST_SKIP() << "needs trayer (a standalone system tray) and xdotool (Debian packages)";
        }
        ASSERT_FALSE(ReminderController::trayAvailable()) << "a tray is already running on the test display";
    }

    void TearDown() override { stopTray(); }

    /// Starts the standalone tray and waits until it owns the X11 tray selection.
    void startTray() {
        m_trayer = std::make_unique<QProcess>();
        m_trayer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_trayer->start(QStringLiteral("trayer"),
                        {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                         QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("request"),
                         QStringLiteral("--height"), QStringLiteral("32"), QStringLiteral("--transparent"),
                         QStringLiteral("false"), QStringLiteral("--SetDockType"), QStringLiteral("false")});
        ASSERT_TRUE(m_trayer->waitForStarted(kWaitMs));
        ASSERT_TRUE(QTest::qWaitFor([] { return ReminderController::trayAvailable(); }, kWaitMs))
            << "trayer did not take the system-tray selection";
    }

    void stopTray() {
        if (m_trayer) {
            m_trayer->terminate();
            m_trayer->waitForFinished(kWaitMs);
            m_trayer.reset();
        }
    }

    /// XTEST events of one connection are handled in order, so "mousemove X Y click N" clicks at
    /// X,Y; no --sync, which waits for a pointer motion that never comes when it is there already.
    static bool xdotool(const QStringList& args) { return QProcess::execute(QStringLiteral("xdotool"), args) == 0; }

    /// Clicks the tray icon where the tray shows it: the X server delivers the click only if the
    /// icon really sits (embedded and mapped) at that place.
    static bool clickTrayIcon(QSystemTrayIcon* tray, int button) {
        // Embedded by the tray (trayer, aligned top right): only then is the icon at the right end
        // of the screen's top edge; before, it is an unmapped window at the origin.
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        const auto placed = [tray, screen] {
            const QRect g = tray->geometry();
            return g.isValid() && g.left() > screen.width() / 2 && g.top() < 64;
        };
        if (!QTest::qWaitFor(placed, kWaitMs)) {
            ADD_FAILURE() << "the tray icon was not placed in the tray";
            return false;
        }
        const QPoint at = tray->geometry().center();
        return xdotool({QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()),
                        QStringLiteral("click"), QString::number(button)});
    }

    static bool openTrayMenu(QSystemTrayIcon* tray) {
        QMenu* menu = tray->contextMenu();
        if (menu == nullptr || !clickTrayIcon(tray, 3)) {
            return false;
        }
        return QTest::qWaitFor([menu] { return QApplication::activePopupWidget() == menu && menu->isVisible(); },
                               kWaitMs);
    }

    /// Right-clicks the tray icon, then clicks `text` in its menu.
    static bool chooseFromTrayMenu(QSystemTrayIcon* tray, const QString& text) {
        if (!openTrayMenu(tray)) {
            ADD_FAILURE() << "the tray menu did not open on a right click";
            return false;
        }
        QMenu* menu = tray->contextMenu();
        QAction* chosen = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text() == text) {
                chosen = action;
            }
        }
        if (chosen == nullptr || !chosen->isEnabled()) {
            ADD_FAILURE() << "no enabled menu entry " << text.toStdString();
            return false;
        }
        bool triggered = false;
        QObject::connect(chosen, &QAction::triggered, menu, [&triggered] { triggered = true; });
        const QPoint at = menu->mapToGlobal(menu->actionGeometry(chosen).center());
        xdotool({QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y())});
        xdotool({QStringLiteral("click"), QStringLiteral("1")});
        return QTest::qWaitFor([&] { return triggered && !menu->isVisible(); }, kWaitMs);
    }

    static QStringList menuTexts(QSystemTrayIcon* tray) {
        QStringList texts;
        for (QAction* action : tray->contextMenu()->actions()) {
            if (!action->isSeparator()) {
                texts << action->text();
            }
        }
        return texts;
    }

    /// Runs the event loop until the application quits (0) or `ms` pass (99).
    static int runEventLoop(int ms) {
        QTimer::singleShot(ms, qApp, [] { QCoreApplication::exit(99); });
        return QApplication::exec();
    }

    // In the past, so the repository accepts entries made "now" (it refuses future times).
    QDateTime m_now{QDate::currentDate().addDays(-20), QTime(9, 0)};
    ReminderController::Clock clock() {
        return [this] { return m_now; };
    }
    std::unique_ptr<QProcess> m_trayer;
};

}  // namespace

TEST_F(TrayTest, TheIconSitsInTheTrayAndItsMenuStartsSnoozesCountsAndPauses) {
    startTray();
    MainWindow window(context());
    ReminderController controller(context(), &window, clock());
    window.show();
    ASSERT_TRUE(controller.hasTray());
    QSystemTrayIcon* tray = controller.trayIcon();
    EXPECT_TRUE(tray->isVisible());
    EXPECT_EQ(menuTexts(tray),
              (QStringList{QStringLiteral("Show SpineSignal"), QStringLiteral("Start sit-break reminder"),
                           QStringLiteral("I took a break"), QStringLiteral("Snooze 10 min"),
                           QStringLiteral("Quit SpineSignal")}));
    EXPECT_EQ(tray->toolTip(), QStringLiteral("SpineSignal: sit-break reminder paused"));

    ASSERT_TRUE(chooseFromTrayMenu(tray, QStringLiteral("Start sit-break reminder")));
    EXPECT_TRUE(controller.isRunning());
    EXPECT_TRUE(settings().value(QStringLiteral("reminders/sitBreakRunning")).toBool());
    EXPECT_EQ(tray->toolTip(), QStringLiteral("SpineSignal: sit-break reminder every 40 minutes"));

    // 40 minutes later the reminder is due: the banner shows; snooze from the tray hides it.
    for (int i = 0; i < 40 * 4; ++i) {
        m_now = m_now.addSecs(15);
        controller.tick();
    }
    EXPECT_FALSE(controller.banner()->isHidden());
    ASSERT_TRUE(chooseFromTrayMenu(tray, QStringLiteral("Snooze 10 min")));
    EXPECT_TRUE(controller.banner()->isHidden());
    EXPECT_EQ(controller.schedule().nextBreak(), m_now.addSecs(10 * 60));

    ASSERT_TRUE(chooseFromTrayMenu(tray, QStringLiteral("I took a break")));
    auto today = store().episodes().listBetween(m_now.date(), m_now.date());
    ASSERT_TRUE(today);
    ASSERT_EQ(today.value().size(), 1);
    EXPECT_EQ(today.value().first().habits.sitBreaks, 1);
    EXPECT_TRUE(controller.banner()->text().contains(QStringLiteral("1 today")));

    ASSERT_TRUE(chooseFromTrayMenu(tray, QStringLiteral("Pause sit-break reminder")));
    EXPECT_FALSE(controller.isRunning());
    EXPECT_FALSE(settings().value(QStringLiteral("reminders/sitBreakRunning")).toBool());
    EXPECT_TRUE(menuTexts(tray).contains(QStringLiteral("Start sit-break reminder")));
}

TEST_F(TrayTest, ClosingTheWindowKeepsTheAppInTheTrayUntilQuitFromItsMenu) {
    startTray();
    MainWindow window(context());
    ReminderController controller(context(), &window, clock());
    controller.start();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(QApplication::quitOnLastWindowClosed());

    EXPECT_FALSE(window.close());  // refused: the window hides into the tray
    EXPECT_FALSE(window.isVisible());
    // A left click on the icon brings the window back.
    ASSERT_TRUE(clickTrayIcon(controller.trayIcon(), 1));
    EXPECT_TRUE(QTest::qWaitFor([&window] { return window.isVisible(); }, kWaitMs));

    // Closed again, the app keeps running in the tray until its menu's Quit.
    window.close();
    EXPECT_FALSE(window.isVisible());
    bool quitChosen = false;
    QTimer::singleShot(0, &window, [&] {
        quitChosen = chooseFromTrayMenu(controller.trayIcon(), QStringLiteral("Quit SpineSignal"));
    });
    EXPECT_EQ(runEventLoop(10000), 0);
    EXPECT_TRUE(quitChosen);
}

TEST_F(TrayTest, WithTheRemindersOffClosingTheWindowEndsTheApp) {
    startTray();
    MainWindow window(context());
    ReminderController controller(context(), &window, clock());
    ASSERT_TRUE(controller.hasTray());
    ASSERT_FALSE(controller.isRunning());
    window.show();
    QTimer::singleShot(0, &window, [&window] { window.close(); });
    EXPECT_EQ(runEventLoop(5000), 0);
}

TEST_F(TrayTest, WhenTheTrayGoesAwayClosingTheWindowEndsTheAppInsteadOfHidingIt) {
    startTray();
    MainWindow window(context());
    ReminderController controller(context(), &window, clock());
    controller.start();
    window.show();
    ASSERT_TRUE(controller.hasTray());
    stopTray();
    ASSERT_TRUE(QTest::qWaitFor([] { return !ReminderController::trayAvailable(); }, kWaitMs));
    // Hidden with no tray, nothing could bring the window back: the app must end instead.
    QTimer::singleShot(0, &window, [&window] { window.close(); });
    EXPECT_EQ(runEventLoop(5000), 0);
}

TEST_F(TrayTest, WithoutATrayTheWindowSaysSoAndATrayThatAppearsLaterIsUsed) {
    settings().setValue(QStringLiteral("reminders/sitBreakRunning"), true);
    MainWindow window(context());
    ReminderController controller(context(), &window, clock());
    window.showArea(Area::Settings);
    window.show();
    EXPECT_FALSE(controller.hasTray());
    auto* note = window.findChild<QLabel*>(QStringLiteral("trayNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("No system tray is available"))) << note->text().toStdString();
    // The reminder still works, in the window.
    for (int i = 0; i < 40 * 4; ++i) {
        m_now = m_now.addSecs(15);
        controller.tick();
    }
    EXPECT_TRUE(controller.banner()->isVisible());

    startTray();
    controller.tick();
    ASSERT_TRUE(controller.hasTray());
    EXPECT_TRUE(note->text().startsWith(QStringLiteral("The reminder lives in the system tray")))
        << note->text().toStdString();
    ASSERT_TRUE(openTrayMenu(controller.trayIcon()));
    QTest::keyClick(controller.trayIcon()->contextMenu(), Qt::Key_Escape);
}
