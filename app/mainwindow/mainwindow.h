#pragma once

#include "mainwindow/area.h"

#include <QMainWindow>

#include <array>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// Navigation and wiring only: the area list on the left, the current area's page on the right,
/// the data location in the status bar. Geometry and the last area are remembered.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area, const QString& target = {});
    Area currentArea() const;
    /// The area's page, built now if it has not been shown yet.
    AreaPage* page(Area area);
    /// Puts a banner (e.g. a reminder) above the pages; it shows and hides itself.
    void addBanner(QWidget* banner);
    /// The area's name, as in the navigation list.
    static QString areaTitle(Area area);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslate();
    void saveState();
    void fitNavigationToFont();
    /// Pages are built the first time they are shown: building all six before the first paint
    /// doubled the start-up time (issue 10), and most sessions visit one or two areas.
    AreaPage* ensurePage(int index);
    AreaPage* makePage(Area area);

    AppContext& m_context;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_disclaimer;
    QLabel* m_dataLabel;
    std::array<AreaPage*, kAreaCount> m_pages{};  ///< nullptr until first shown
};

}  // namespace spinesignal::ui
