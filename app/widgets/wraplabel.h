#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace spinesignal::ui {

/// A word-wrapping QLabel for long text in a layout that gives it its width (the article's
/// paragraphs), measured with as few text layouts as possible.
///
/// Why: QLabel lays its whole text out twice for every heightForWidth() call, nested box layouts in
/// a scroll area ask the same widths again while they settle, and its size hints try several more
/// widths (QTextDocument::adjustSize, a one-word-per-line layout for the minimum): on the article's
/// first page this was about twenty layouts per paragraph, most of start-up's text work. Here the
/// hints are the height at a reading width and one line at a narrow width, and heights are
/// remembered for the last few widths. A remembered height is reused only while the text, font,
/// margins and indent are those it was measured with.
class WrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(const QString& text = {}, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    struct Remembered {
        int width = -1;
        int height = 0;
    };
    bool measuresSameAsBefore() const;

    mutable std::array<Remembered, 4> m_heights{};
    mutable std::size_t m_nextSlot = 0;
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable QMargins m_measuredMargins;
    mutable int m_measuredIndent = 0;
    mutable int m_measuredMargin = 0;
};

}  // namespace spinesignal::ui
