#include "log/redflagpanel.h"

#include "domain/labels.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace spinesignal::ui {

RedFlagPanel::RedFlagPanel(QWidget* parent) : QFrame(parent), m_heading(new QLabel(this)), m_advice(new QLabel(this)) {
    setObjectName(QStringLiteral("redFlagPanel"));
    // Fixed colours on purpose: the warning must look the same in light and dark themes.
    setStyleSheet(
        QStringLiteral("#redFlagPanel { background: #fdecea; border: 3px solid #c62828; "
                       "border-radius: 6px; } #redFlagPanel QLabel { color: #5f1010; "
                       "background: transparent; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    layout->addWidget(m_advice);
    setAccessibleName(tr("Warning"));
    hide();
}

void RedFlagPanel::setFlags(EnumSet<RedFlag> flags) {
    const bool wasHidden = m_flags.isEmpty();
    m_flags = flags;
    refresh();
    setVisible(!flags.isEmpty());
    if (wasHidden && !flags.isEmpty()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString RedFlagPanel::text() const {
    return m_heading->text() + QLatin1Char('\n') + m_advice->text();
}

void RedFlagPanel::refresh() {
    bool emergency = false;
    QStringList items;
    QStringList seenAdvice;
    QStringList plain;
    for (int i = 0; i < kRedFlagCount; ++i) {
        const auto flag = static_cast<RedFlag>(i);
        if (!m_flags.contains(flag)) {
            continue;
        }
        emergency = emergency || Labels::isEmergency(flag);
        const QString advice = Labels::redFlagAdvice(flag);
        // Several flags share one piece of advice: say it once, naming each flag.
        items.append(QStringLiteral("<li><b>%1</b><br>%2</li>")
                         .arg(Labels::redFlag(flag).toHtmlEscaped(),
                              seenAdvice.contains(advice) ? QString() : advice.toHtmlEscaped()));
        seenAdvice.append(advice);
        plain.append(Labels::redFlag(flag) + QStringLiteral(": ") + advice);
    }
    m_heading->setText(emergency ? tr("⚠ Go to an emergency department now.") : tr("⚠ See a doctor today."));
    m_advice->setText(QStringLiteral("<ul style=\"margin-left:0\">") + items.join(QString()) + QStringLiteral("</ul>") +
                      tr("This entry is marked with a warning sign, and the summary for the doctor will "
                         "show it. This app cannot judge how urgent it is — a doctor can.")
                          .toHtmlEscaped());
    setAccessibleDescription(m_heading->text() + QLatin1Char(' ') + plain.join(QLatin1Char(' ')));
}

void RedFlagPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Warning"));
        refresh();
    }
    QFrame::changeEvent(event);
}

}  // namespace spinesignal::ui
