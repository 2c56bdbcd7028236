#include "widgets/placeholderpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace spinesignal::ui {

PlaceholderPage::PlaceholderPage(const char* title, const char* purpose, QWidget* parent)
    : AreaPage(parent), m_title(title), m_purpose(purpose), m_heading(new QLabel(this)), m_body(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_body->setWordWrap(true);
    m_body->setMaximumWidth(640);
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addStretch();
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    AreaPage::changeEvent(event);
}

void PlaceholderPage::retranslate() {
    m_heading->setText(tr(m_title));
    m_body->setText(tr(m_purpose) + QStringLiteral("\n\n") +
                    tr("This area is not available yet in this version of SpineSignal."));
    setAccessibleName(tr(m_title));
}

}  // namespace spinesignal::ui
