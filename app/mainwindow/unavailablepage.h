#pragma once

#include "mainwindow/area.h"
#include "mainwindow/areapage.h"

class QLabel;

namespace spinesignal::ui {

/// Stands in for an area whose page could not be made (its module is missing or does not fit this
/// executable): says so, with the technical reason, and that the person's entries are safe.
class UnavailablePage final : public AreaPage {
    Q_OBJECT
public:
    /// `reason` is shown as given (a system message, e.g. from the dynamic loader).
    UnavailablePage(Area area, const QString& reason, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Area m_area;
    QString m_reason;
    QLabel* m_heading;
    QLabel* m_body;
    QLabel* m_details;
};

}  // namespace spinesignal::ui
