#include "widgets/wrapcheckbox.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace spinesignal::ui {

WrapCheckBox::WrapCheckBox(QWidget* parent) : QWidget(parent), m_box(new QCheckBox(this)), m_label(new QLabel(this)) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_box, 0, Qt::AlignTop);
    row->addWidget(m_label, 1);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_box);
    m_label->installEventFilter(this);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::toggled, this, &WrapCheckBox::toggled);
}

void WrapCheckBox::setText(const QString& text) {
    m_label->setText(text);
    m_box->setAccessibleName(text);
}

QString WrapCheckBox::text() const {
    return m_label->text();
}

bool WrapCheckBox::isChecked() const {
    return m_box->isChecked();
}

void WrapCheckBox::setChecked(bool checked) {
    m_box->setChecked(checked);
}

bool WrapCheckBox::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && isEnabled()) {
        m_box->toggle();
        m_box->setFocus(Qt::MouseFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace spinesignal::ui
