#include "mainwindow/unavailablepage.h"

#include "mainwindow/mainwindow.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace spinesignal::ui {

UnavailablePage::UnavailablePage(Area area, const QString& reason, QWidget* parent)
    : AreaPage(parent),
      m_area(area),
      m_reason(reason),
      m_heading(new QLabel(this)),
      m_body(new QLabel(this)),
      m_details(new QLabel(this)) {
    setObjectName(QStringLiteral("unavailablePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel* label : {m_body, m_details}) {
        label->setWordWrap(true);
        label->setMaximumWidth(720);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_details->setObjectName(QStringLiteral("unavailableReason"));
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addWidget(m_details);
    layout->addStretch();
    retranslate();
}

void UnavailablePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    AreaPage::changeEvent(event);
}

void UnavailablePage::retranslate() {
    m_heading->setText(tr("%1 could not be opened").arg(MainWindow::areaTitle(m_area)));
    m_body->setText(
        tr("This part of SpineSignal is a separate file that could not be loaded. Your entries are not "
           "affected, and the other areas work as usual. If the reason below does not say what to do, "
           "reinstalling SpineSignal restores a missing or damaged file."));
    m_details->setText(tr("Reason: %1").arg(m_reason));
}

}  // namespace spinesignal::ui
