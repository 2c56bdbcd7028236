#include "learn/illustrations/illustrationcanvas.h"

#include "learn/illustrations/schematic.h"

#include <QEvent>
#include <QFocusEvent>
#include <QPainter>

namespace spinesignal::ui {

namespace {
constexpr int kMinimumWidth = 480;
constexpr int kMaximumSceneWidth = 960;  // beyond this the picture stays centred, not taller
constexpr qreal kMargin = 1.0;           // keeps the card's border inside the widget
}  // namespace

IllustrationCanvas::IllustrationCanvas(QSizeF sceneSize, QWidget* parent) : QWidget(parent), m_scene(sceneSize) {
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMinimumSize(minimumSizeHint());
    setFocusPolicy(Qt::TabFocus);  // so a screen reader user can land on the picture
}

int IllustrationCanvas::heightForWidth(int width) const {
    return qRound(qBound(kMinimumWidth, width, kMaximumSceneWidth) * m_scene.height() / m_scene.width());
}

QSize IllustrationCanvas::sizeHint() const {
    const int width = qRound(m_scene.width() * 1.1);
    return QSize(width, heightForWidth(width));
}

QSize IllustrationCanvas::minimumSizeHint() const {
    return QSize(kMinimumWidth, heightForWidth(kMinimumWidth));
}

void IllustrationCanvas::updateAccessibleText() {
    setAccessibleName(title());
    setAccessibleDescription(description());
    Q_EMIT descriptionChanged();
}

void IllustrationCanvas::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter p(this);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QRectF card = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    p.setPen(QPen(schematic::colour::cardBorder(), 1.0));
    p.setBrush(schematic::colour::card());
    p.drawRoundedRect(card, 10, 10);
    if (hasFocus() && m_keyboardFocus) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(card.adjusted(1, 1, -1, -1), 9, 9);
    }
    // Fit the scene into the card, centred, keeping its proportions.
    const qreal scale = qMin(card.width() / m_scene.width(), card.height() / m_scene.height());
    p.translate(card.center().x() - m_scene.width() * scale / 2, card.center().y() - m_scene.height() * scale / 2);
    p.scale(scale, scale);
    p.setClipRect(QRectF(QPointF(0, 0), m_scene));
    paintScene(p);
}

void IllustrationCanvas::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    }
    QWidget::changeEvent(event);
}

void IllustrationCanvas::focusInEvent(QFocusEvent* event) {
    m_keyboardFocus = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    update();
    QWidget::focusInEvent(event);
}

void IllustrationCanvas::focusOutEvent(QFocusEvent* event) {
    m_keyboardFocus = false;
    update();
    QWidget::focusOutEvent(event);
}

}  // namespace spinesignal::ui
