#include "learn/onwardbutton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace spinesignal::ui {

OnwardButton::OnwardButton(const QString& text, QWidget* parent) : QPushButton(text, parent) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::PointingHandCursor);
}

int OnwardButton::heightForWidth(int width) const {
    const QRect text = fontMetrics().boundingRect(QRect(0, 0, std::max(1, width - 2 * kPadding), 100000),
                                                  Qt::TextWordWrap, this->text());
    return text.height() + 2 * kPadding;
}

QSize OnwardButton::sizeHint() const {
    const int width = std::min(fontMetrics().horizontalAdvance(text()) + 2 * kPadding, 480);
    return {width, heightForWidth(width)};
}

QSize OnwardButton::minimumSizeHint() const {
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")) + 2 * kPadding;
    return {width, heightForWidth(width)};
}

void OnwardButton::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    painter.drawControl(QStyle::CE_PushButton, option);
    painter.drawText(rect().adjusted(kPadding, kPadding, -kPadding, -kPadding),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, text());
}

}  // namespace spinesignal::ui
