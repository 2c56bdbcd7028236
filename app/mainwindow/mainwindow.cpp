#include "mainwindow/mainwindow.h"

#include "check/checkarea.h"
#include "learn/learnarea.h"
#include "log/logarea.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/areapage.h"
#include "mainwindow/chartpages.h"
#include "mainwindow/unavailablepage.h"
#include "settings/settingsarea.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDebug>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace spinesignal::ui {

QString MainWindow::areaTitle(Area area) {
    switch (area) {
        case Area::Learn:
            return MainWindow::tr("Learn");
        case Area::SelfCheck:
            return MainWindow::tr("Self-check");
        case Area::Log:
            return MainWindow::tr("Log");
        case Area::Trends:
            return MainWindow::tr("Trends");
        case Area::Summary:
            return MainWindow::tr("Doctor summary");
        case Area::Settings:
            return MainWindow::tr("Settings");
    }
    return {};
}

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent),
      m_context(context),
      m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_disclaimer(new QLabel(this)),
      m_dataLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSpacing(2);
    fitNavigationToFont();

    for (int i = 0; i < kAreaCount; ++i) {
        m_stack->addWidget(new QWidget(m_stack));  // stands in until the page is first shown
        m_navigation->addItem(QString());
        // Ctrl+1 … Ctrl+6 jump straight to an area.
        auto* jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, i] { showArea(static_cast<Area>(i)); });
        addAction(jump);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < kAreaCount) {
            ensurePage(row);
            m_stack->setCurrentIndex(row);
        }
    });
    // Assistive technologies choose an area through the list's accessible selection, which selects
    // the item without making it current: follow the selection too.
    connect(m_navigation, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem*> selected = m_navigation->selectedItems();
        if (selected.size() == 1) {
            m_navigation->setCurrentItem(selected.first());
        }
    });
    connect(&context.navigator, &Navigator::navigationRequested, this, &MainWindow::showArea);

    m_disclaimer->setObjectName(QStringLiteral("disclaimer"));
    m_disclaimer->setWordWrap(true);
    m_disclaimer->setContentsMargins(8, 4, 8, 4);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    auto* row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_navigation);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);
    outer->addWidget(m_disclaimer);
    setCentralWidget(central);

    m_dataLabel->setObjectName(QStringLiteral("dataLocation"));
    m_dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_dataLabel, 1);

    retranslate();
    resize(1100, 760);
    QSettings& settings = m_context.settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const int last = settings.value(QStringLiteral("window/area"), 0).toInt();
    showArea(static_cast<Area>(last >= 0 && last < kAreaCount ? last : 0));
}

MainWindow::~MainWindow() = default;

AreaPage* MainWindow::ensurePage(int index) {
    AreaPage*& page = m_pages[static_cast<std::size_t>(index)];
    if (page == nullptr) {
        const Area area = static_cast<Area>(index);
        page = makePage(area);
        page->setAccessibleName(areaTitle(area));
        QWidget* placeholder = m_stack->widget(index);
        const bool wasCurrent = m_stack->currentIndex() == index;
        m_stack->insertWidget(index, page);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        if (wasCurrent) {
            m_stack->setCurrentIndex(index);
        }
    }
    return page;
}

AreaPage* MainWindow::makePage(Area area) {
    switch (area) {
        case Area::Learn:
            return createLearnPage(m_context, m_stack);
        case Area::SelfCheck:
            return createSelfCheckPage(m_context, m_stack);
        case Area::Log:
            return createLogPage(m_context, m_stack);
        case Area::Trends:
        case Area::Summary:
            // Built on Qt Charts and Qt PrintSupport: from the module loaded now (see chartpages.h).
            if (const Result<ChartPages::Factory> made = ChartPages::factory(area); made) {
                return made.value()(m_context, m_stack);
            } else {
                // Also for a terminal or a log: the page alone does not reach whoever maintains the install.
                qWarning().noquote() << tr("%1 could not be loaded: %2").arg(areaTitle(area), made.error().message);
                return new UnavailablePage(area, made.error().message, m_stack);
            }
        case Area::Settings:
            return createSettingsPage(m_context, m_stack);
    }
    return nullptr;
}

AreaPage* MainWindow::page(Area area) {
    return ensurePage(static_cast<int>(area));
}

void MainWindow::showArea(Area area, const QString& target) {
    const int index = static_cast<int>(area);
    ensurePage(index);
    m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    if (!target.isEmpty()) {
        m_pages[static_cast<std::size_t>(index)]->openTarget(target);
    }
}

Area MainWindow::currentArea() const {
    return static_cast<Area>(m_stack->currentIndex());
}

void MainWindow::addBanner(QWidget* banner) {
    static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(0, banner);
}

void MainWindow::fitNavigationToFont() {
    // Follows the application font (the text-size setting), so 200% text still fits the area names.
    QFont navFont = QApplication::font();
    navFont.setPointSizeF(navFont.pointSizeF() * kNavigationFontScale);
    m_navigation->setFont(navFont);
    m_navigation->setFixedWidth(qMax(180, QFontMetrics(navFont).horizontalAdvance(QLatin1Char('x')) * 22));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) {
        fitNavigationToFont();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState() {
    m_context.settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_context.settings.setValue(QStringLiteral("window/area"), static_cast<int>(currentArea()));
}

void MainWindow::retranslate() {
    setWindowTitle(tr("SpineSignal — leg symptoms and the lumbar spine"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setAccessibleDescription(
        tr("Choose an area with the arrow keys; Ctrl+1 to Ctrl+6 jump "
           "straight to one."));
    m_disclaimer->setAccessibleName(tr("Disclaimer"));
    m_dataLabel->setAccessibleName(tr("Data location"));
    for (int i = 0; i < kAreaCount; ++i) {
        const Area area = static_cast<Area>(i);
        QListWidgetItem* item = m_navigation->item(i);
        item->setText(areaTitle(area));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(areaTitle(area)).arg(i + 1));
        // A screen reader announces the page as the area it is.
        m_stack->widget(i)->setAccessibleName(areaTitle(area));
    }
    m_disclaimer->setText(
        tr("SpineSignal is for education and self-observation. It does not diagnose; "
           "see a doctor about your symptoms."));
    m_dataLabel->setText(tr("Data: %1").arg(QDir::toNativeSeparators(m_context.database.path())));
}

}  // namespace spinesignal::ui
