#include "widgets/wraplabel.h"

#include <QEvent>
#include <QTextDocument>
#include <QTextFrame>
#include <QtMath>

#include <algorithm>

namespace spinesignal::ui {

WrapLabel::WrapLabel(const QString& text, QWidget* parent) : QLabel(text, parent) {
    setWordWrap(true);
}

WrapLabel::~WrapLabel() = default;

WrapLabel::Measure WrapLabel::currentMeasure() const {
    // QString and QFont compare their shared data first, so an unchanged label costs little here.
    return {text(),   textFormat(), font(),        logicalDpiY(), alignment(), contentsMargins(),
            indent(), margin(),     minimumWidth()};
}

void WrapLabel::forget() const {
    m_heights.fill({});
    m_nextSlot = 0;
    m_measureDocument.reset();
}

bool WrapLabel::measuresItself() const {
    const bool rich = textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
    // The rarer paths of QLabel's own measuring (an indent, a frame, no wrapping) stay QLabel's.
    return rich && wordWrap() && indent() < 0 && frameWidth() == 0;
}

int WrapLabel::measureRichText(int width) const {
    // What QLabel's sizeForWidth() does for wrapped rich text, on a document of our own: QLabel lays
    // its document out at the asked width and then again at the width it had (two layouts per
    // question); this one is laid out once per width and never put back.
    const QMargins margins = contentsMargins();
    const int extra = 2 * margin();
    width = std::max(width, minimumWidth());
    const int textWidth = std::max(width - extra - margins.left() - margins.right(), 0);
    if (!m_measureDocument) {
        m_measureDocument = std::make_unique<QTextDocument>();
        m_measureDocument->setUndoRedoEnabled(false);
        m_measureDocument->setDefaultFont(font());
        QTextOption option = m_measureDocument->defaultTextOption();
        option.setAlignment(alignment());
        option.setWrapMode(QTextOption::WordWrap);
        m_measureDocument->setDefaultTextOption(option);
        // The width before the text: the text is then laid out once, at that width.
        m_measureDocument->setTextWidth(textWidth);
        m_measureDocument->setHtml(text());
        QTextFrameFormat frame = m_measureDocument->rootFrame()->frameFormat();
        frame.setMargin(0);
        m_measureDocument->rootFrame()->setFrameFormat(frame);
    } else {
        m_measureDocument->setTextWidth(textWidth);
    }
    const int height = qCeil(m_measureDocument->size().height()) + extra + margins.top() + margins.bottom();
    return std::max(height, minimumHeight());
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
    const int height = measuresItself() ? measureRichText(width) : QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_heights.size();
    return height;
}

}  // namespace spinesignal::ui
