#include "widgets/wraplabel.h"

#include <algorithm>

namespace spinesignal::ui {

WrapLabel::WrapLabel(const QString& text, QWidget* parent) : QLabel(text, parent) {
    setWordWrap(true);
}

bool WrapLabel::measuresSameAsBefore() const {
    // QString and QFont compare their shared data first, so an unchanged label costs little here.
    return m_measuredText == text() && m_measuredFont == font() && m_measuredMargins == contentsMargins() &&
           m_measuredIndent == indent() && m_measuredMargin == margin();
}

QSize WrapLabel::sizeHint() const {
    // QLabel's own reading width: 80 average characters, or less if the label may not be as wide.
    const int width = std::min(fontMetrics().averageCharWidth() * 80, maximumWidth());
    return {width, heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const {
    // Any width of a few characters is usable (the text wraps, between words and inside long ones,
    // as narrow as it must); the height of one line keeps an empty label visible.
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    const int width = std::min(metrics.averageCharWidth() * 8, maximumWidth());
    return QSize(width + margins.left() + margins.right(), metrics.lineSpacing() + margins.top() + margins.bottom())
        .expandedTo(minimumSize());
}

int WrapLabel::heightForWidth(int width) const {
    // Box layouts ask with the width of the whole row, not minding the label's maximum; the label is
    // never laid out wider than that, so its height there is the true answer (and one measurement).
    width = std::min(width, maximumWidth());
    if (!measuresSameAsBefore()) {
        m_heights.fill({});
        m_measuredText = text();
        m_measuredFont = font();
        m_measuredMargins = contentsMargins();
        m_measuredIndent = indent();
        m_measuredMargin = margin();
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
