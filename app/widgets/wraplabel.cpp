#include "widgets/wraplabel.h"

#include <QEvent>

#include <algorithm>

namespace spinesignal::ui {

WrapLabel::WrapLabel(const QString& text, QWidget* parent) : QLabel(text, parent) {
    setWordWrap(true);
}

WrapLabel::Measure WrapLabel::currentMeasure() const {
    // QString and QFont compare their shared data first, so an unchanged label costs little here.
    return {text(),   textFormat(), font(),        logicalDpiY(), alignment(), contentsMargins(),
            indent(), margin(),     minimumWidth()};
}

void WrapLabel::forget() const {
    m_heights.fill({});
    m_nextSlot = 0;
}

void WrapLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        forget();
    }
    QLabel::changeEvent(event);
}

QSize WrapLabel::sizeHint() const {
    // QLabel's own reading width: 80 average characters, or less if the label may not be as wide.
    const int width = std::min(fontMetrics().averageCharWidth() * 80, maximumWidth());
    return {width, heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const {
    // A dozen characters: the text wraps between words, so a column this narrow still shows most
    // words whole; the height of one line keeps an empty label visible.
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    const int width = std::min(metrics.averageCharWidth() * 12, maximumWidth());
    return QSize(width + margins.left() + margins.right(), metrics.lineSpacing() + margins.top() + margins.bottom())
        .expandedTo(minimumSize());
}

int WrapLabel::heightForWidth(int width) const {
    // Box layouts ask with the width of the whole row, not minding the label's maximum; the label is
    // never laid out wider than that, so its height there is the true answer (and one measurement).
    width = std::min(width, maximumWidth());
    if (Measure now = currentMeasure(); !(now == m_measured)) {
        forget();
        m_measured = std::move(now);
    }
    const auto known =
        std::find_if(m_heights.begin(), m_heights.end(), [width](const Remembered& r) { return r.width == width; });
    if (known != m_heights.end()) {
        return known->height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_heights.size();
    return height;
}

}  // namespace spinesignal::ui
