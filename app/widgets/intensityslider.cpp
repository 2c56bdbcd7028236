#include "widgets/intensityslider.h"

#include "domain/labels.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace spinesignal::ui {

namespace {

constexpr int kBoxes = 11;
constexpr int kGap = 2;
constexpr qint64 kTenWindowMs = 900;

QColor severityColor(int v) {
    // Calm green → amber → red; the number is always printed too, so colour is never the only cue.
    if (v <= 0) {
        return {120, 170, 120};
    }
    if (v <= 3) {
        return {170, 200, 90};
    }
    if (v <= 6) {
        return {235, 170, 60};
    }
    return {205, 70, 55};
}

}  // namespace

IntensitySlider::IntensitySlider(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    updateAccessibleText();
}

void IntensitySlider::setValue(std::optional<int> value) {
    if (value) {
        value = std::clamp(*value, 0, 10);
    }
    if (value == m_value) {
        return;
    }
    m_value = value;
    updateAccessibleText();
    update();
    Q_EMIT valueChanged(m_value);
}

QString IntensitySlider::valueText() const {
    if (!m_value) {
        return tr("not recorded");
    }
    return tr("%1 — %2").arg(*m_value).arg(Labels::intensityWord(*m_value));
}

int IntensitySlider::boxSize() const {
    return std::max(20, fontMetrics().height() + 4);
}

int IntensitySlider::wordWidth() const {
    int w = fontMetrics().horizontalAdvance(tr("not recorded"));
    for (int v : {0, 3, 6, 10}) {
        w = std::max(w, fontMetrics().horizontalAdvance(tr("%1 — %2").arg(v).arg(Labels::intensityWord(v))));
    }
    return w + 12;
}

QSize IntensitySlider::sizeHint() const {
    return {kBoxes * (boxSize() + kGap) + wordWidth() + 4, boxSize() + 4};
}

QSize IntensitySlider::minimumSizeHint() const {
    return sizeHint();
}

QRect IntensitySlider::boxRect(int value) const {
    const int s = boxSize();
    return {2 + value * (s + kGap), 2, s, s};
}

std::optional<int> IntensitySlider::boxAt(const QPoint& pos) const {
    for (int v = 0; v < kBoxes; ++v) {
        if (boxRect(v).adjusted(-1, -2, 2, 2).contains(pos)) {
            return v;
        }
    }
    return std::nullopt;
}

void IntensitySlider::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    for (int v = 0; v < kBoxes; ++v) {
        const QRectF r = QRectF(boxRect(v)).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool filled = m_value && v <= *m_value;
        const bool chosen = m_value && v == *m_value;
        p.setPen(QPen(chosen ? pal.color(QPalette::WindowText) : pal.color(QPalette::Mid), chosen ? 2.0 : 1.0));
        p.setBrush(filled ? severityColor(*m_value) : pal.color(QPalette::Base));
        p.drawRoundedRect(r, 4, 4);
        QFont f = font();
        f.setBold(chosen);
        p.setFont(f);
        p.setPen(filled ? QColor(Qt::black) : pal.color(QPalette::Text));
        p.drawText(r, Qt::AlignCenter, QString::number(v));
    }
    const QRect textRect(boxRect(10).right() + 10, 0, width() - boxRect(10).right() - 10, height());
    QFont f = font();
    f.setBold(m_value.has_value());
    p.setFont(f);
    p.setPen(m_value ? pal.color(QPalette::WindowText) : pal.color(QPalette::PlaceholderText));
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, valueText());
    if (hasFocus()) {
        QPen focusPen(pal.color(QPalette::Highlight), 2, Qt::DotLine);
        p.setPen(focusPen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
    }
}

void IntensitySlider::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    if (const auto v = boxAt(event->position().toPoint())) {
        setValue(m_value == v ? std::nullopt : v);
    }
    event->accept();
}

void IntensitySlider::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const int digit = key - Qt::Key_0;
        if (digit == 0 && m_value == 1 && m_lastOne.isValid() && m_lastOne.elapsed() < kTenWindowMs) {
            setValue(10);
            m_lastOne.invalidate();
        } else {
            setValue(digit);
            if (digit == 1) {
                m_lastOne.start();
            } else {
                m_lastOne.invalidate();
            }
        }
        event->accept();
        return;
    }
    switch (key) {
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Plus:
            setValue(m_value ? *m_value + 1 : 0);
            break;
        case Qt::Key_Left:
        case Qt::Key_Down:
        case Qt::Key_Minus:
            if (m_value) {
                setValue(*m_value - 1);
            }
            break;
        case Qt::Key_Home:
            setValue(0);
            break;
        case Qt::Key_End:
            setValue(10);
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            clear();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

void IntensitySlider::focusInEvent(QFocusEvent* event) {
    update();
    QWidget::focusInEvent(event);
}

void IntensitySlider::focusOutEvent(QFocusEvent* event) {
    update();
    QWidget::focusOutEvent(event);
}

void IntensitySlider::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateAccessibleText();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void IntensitySlider::updateAccessibleText() {
    setAccessibleDescription(valueText() + QLatin1Char(' ') + tr("Type 0 to 10 or use the arrow keys; Delete clears."));
    QAccessibleValueChangeEvent ev(this, m_value.value_or(-1));
    QAccessible::updateAccessibility(&ev);
}

}  // namespace spinesignal::ui
