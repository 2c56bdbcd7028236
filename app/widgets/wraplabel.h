#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>
#include <memory>

class QTextDocument;

namespace spinesignal::ui {

/// A word-wrapping QLabel for long text in a layout that gives it its width (the article's
/// paragraphs), measured with as few text layouts as possible.
///
/// Why: QLabel lays its whole text out twice for every heightForWidth() call, nested box layouts in
/// a scroll area ask the same widths again while they settle, and its size hints try several more
/// widths (QTextDocument::adjustSize, a one-word-per-line layout for the minimum): on the article's
/// first page this was about twenty layouts per paragraph, most of start-up's text work. Here the
/// hints are the height at a reading width and one line at a narrow width, wrapped rich text is
/// measured on a copy of the document laid out once per width, and heights are remembered for the
/// last few widths. A remembered height is reused only while everything it
/// depends on (text, format, font and resolution, alignment, margins, indent, minimum width) is as
/// it was measured; font and style changes forget them too.
class WrapLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(const QString& text = {}, QWidget* parent = nullptr);
    ~WrapLabel() override;

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Remembered {
        int width = -1;
        int height = 0;
    };
    /// What a height depends on besides the width.
    struct Measure {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        QFont font;
        int dpi = 0;
        Qt::Alignment alignment;
        QMargins contents;
        int indent = 0;
        int margin = 0;
        int minimumWidth = 0;
        bool operator==(const Measure&) const = default;
    };
    Measure currentMeasure() const;
    void forget() const;
    bool measuresItself() const;
    int measureRichText(int width) const;

    mutable std::array<Remembered, 4> m_heights{};
    mutable std::size_t m_nextSlot = 0;
    mutable Measure m_measured;
    /// Rich text is measured on this copy of the label's document (see measureRichText()).
    mutable std::unique_ptr<QTextDocument> m_measureDocument;
};

}  // namespace spinesignal::ui
