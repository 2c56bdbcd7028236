#pragma once

#include "mainwindow/areapage.h"

class QLabel;

namespace spinesignal::ui {

/// An honest "not available yet" page for an area whose work has not landed.
class PlaceholderPage final : public AreaPage {
    Q_OBJECT
public:
    /// `title` and `purpose` are untranslated source strings (QT_TR_NOOP) re-translated on language change.
    PlaceholderPage(const char* title, const char* purpose, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    const char* m_title;
    const char* m_purpose;
    QLabel* m_heading;
    QLabel* m_body;
};

}  // namespace spinesignal::ui
