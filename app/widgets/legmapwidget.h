#pragma once

// The leg map: front and back of both legs and feet, drawn by us. Shared by the Log (Select mode),
// Trends (Heat mode) and Learn/the doctor summary (Overlay mode, or render() into an image or PDF).
//
// Public API, kept stable for the other areas:
//   - setMode(LegMapMode::Select | Heat | Overlay)
//   - Select: selectedRegions()/setSelectedRegions(), signals selectionChanged() and
//   regionToggled();
//     click toggles; arrow keys move a focus frame between regions and Space toggles the focused
//     one
//   - Heat: setHeat(RegionCounts) — counts per (leg, region), index with legMapIndex(leg, region);
//     countRegions(QList<Episode>) in legmappicture.h builds them from entries
//   - setOverlayVisible(true) tints usual L4/L5/S1 territory and prints the caveat (always in
//   Overlay)
//   - static paint(QPainter&, QRectF, LegMapPicture) and render(LegMapPicture, QSize) → QImage for
//     PDFs and images; printPalette() gives black on white for paper.

#include "widgets/legmappicture.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace spinesignal::ui {

class LegMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegMapWidget(QWidget* parent = nullptr);

    void setMode(LegMapMode mode);
    LegMapMode mode() const { return m_mode; }

    RegionSet selectedRegions() const { return m_selected; }
    /// Replaces the selection without emitting regionToggled (emits selectionChanged if different).
    void setSelectedRegions(RegionSet regions);
    /// Toggles one region as a click would (Select mode only); returns false in read-only modes.
    bool toggleRegion(Leg leg, LegRegion region);

    void setHeat(const RegionCounts& counts);
    const RegionCounts& heat() const { return m_heat; }

    void setOverlayVisible(bool visible);
    bool overlayVisible() const { return m_overlay; }
    void setLegendVisible(bool visible);

    LegMapRegion focusRegion() const { return m_focus; }
    void setFocusRegion(LegMapRegion region);

    /// The region under a widget point, if any.
    std::optional<LegMapRegion> regionAt(const QPoint& pos) const;
    /// The bounding box of a region in widget coordinates (for tests and accessibility).
    QRect regionRect(Leg leg, LegRegion region) const;
    /// The current state as a picture (focus frame included only while the widget has focus).
    LegMapPicture picture() const;

    /// Paints a picture into `target` with the painter's font (used by the summary PDF).
    static void paint(QPainter& painter, const QRectF& target, const LegMapPicture& picture);
    /// Renders a picture into a new image filled with the palette's Base colour.
    static QImage render(const LegMapPicture& picture, const QSize& size, qreal devicePixelRatio = 1.0);
    /// Black lines on white, for paper and PDFs.
    static QPalette printPalette();

    QSize sizeHint() const override { return {420, 330}; }
    QSize minimumSizeHint() const override { return {340, 250}; }

Q_SIGNALS:
    void selectionChanged(spinesignal::RegionSet regions);
    void regionToggled(spinesignal::Leg leg, spinesignal::LegRegion region, bool selected);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF contentRect() const;
    void updateAccessibleText();

    LegMapMode m_mode = LegMapMode::Select;
    RegionSet m_selected;
    RegionCounts m_heat{};
    bool m_overlay = false;
    bool m_legend = true;
    LegMapRegion m_focus{Leg::Left, LegRegion::CalfBack};
};

}  // namespace spinesignal::ui
