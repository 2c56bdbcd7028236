#include "widgets/legmapwidget.h"

#include "domain/labels.h"
#include "widgets/legmapgeometry.h"
#include "widgets/legmappainter.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStringList>
#include <QToolTip>

namespace spinesignal::ui {

LegMapWidget::LegMapWidget(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("legMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleText();
}

void LegMapWidget::setMode(LegMapMode mode) {
    m_mode = mode;
    // Only Select mode takes input; the read-only views stay out of the Tab chain.
    setFocusPolicy(mode == LegMapMode::Select ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(mode == LegMapMode::Select ? Qt::PointingHandCursor : Qt::ArrowCursor);
    updateAccessibleText();
    updateGeometry();
    update();
}

void LegMapWidget::setSelectedRegions(RegionSet regions) {
    if (regions == m_selected) {
        return;
    }
    m_selected = regions;
    updateAccessibleText();
    update();
    Q_EMIT selectionChanged(m_selected);
}

bool LegMapWidget::toggleRegion(Leg leg, LegRegion region) {
    if (m_mode != LegMapMode::Select) {
        return false;
    }
    const bool on = !m_selected.contains(leg, region);
    m_selected.set(leg, region, on);
    m_focus = {leg, region};
    updateAccessibleText();
    update();
    Q_EMIT regionToggled(leg, region, on);
    Q_EMIT selectionChanged(m_selected);
    return true;
}

void LegMapWidget::setHeat(const RegionCounts& counts) {
    m_heat = counts;
    updateAccessibleText();
    update();
}

void LegMapWidget::setOverlayVisible(bool visible) {
    m_overlay = visible;
    updateGeometry();
    update();
}

void LegMapWidget::setLegendVisible(bool visible) {
    m_legend = visible;
    update();
}

void LegMapWidget::setFocusRegion(LegMapRegion region) {
    m_focus = region;
    updateAccessibleText();
    update();
}

QRectF LegMapWidget::contentRect() const {
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

std::optional<LegMapRegion> LegMapWidget::regionAt(const QPoint& pos) const {
    const auto lay = LegMapPainter::layout(contentRect(), picture(), font());
    bool invertible = false;
    const QTransform toScene = lay.sceneToDevice.inverted(&invertible);
    if (!invertible) {
        return std::nullopt;
    }
    return LegMapGeometry::regionAt(toScene.map(QPointF(pos)));
}

QRect LegMapWidget::regionRect(Leg leg, LegRegion region) const {
    const auto lay = LegMapPainter::layout(contentRect(), picture(), font());
    return lay.sceneToDevice.mapRect(LegMapGeometry::path(leg, region).boundingRect()).toAlignedRect();
}

LegMapPicture LegMapWidget::picture() const {
    LegMapPicture p;
    p.mode = m_mode;
    p.selected = m_selected;
    p.heat = m_heat;
    p.overlay = m_overlay;
    p.legend = m_legend;
    if (hasFocus() && m_mode == LegMapMode::Select) {
        p.focus = m_focus;
    }
    p.palette = palette();
    return p;
}

void LegMapWidget::paint(QPainter& painter, const QRectF& target, const LegMapPicture& picture) {
    LegMapPainter::paint(painter, target, picture);
}

QImage LegMapWidget::render(const LegMapPicture& picture, const QSize& size, qreal devicePixelRatio) {
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(picture.palette.color(QPalette::Base));
    QPainter painter(&image);
    QFont font = painter.font();
    // Text scales with the image so a small thumbnail and a large print look the same.
    font.setPixelSize(std::max(8, size.height() / 30));
    painter.setFont(font);
    LegMapPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), picture);
    return image;
}

QPalette LegMapWidget::printPalette() {
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(38, 110, 190));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

void LegMapWidget::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter painter(this);
    LegMapPainter::paint(painter, contentRect(), picture());
}

void LegMapWidget::mousePressEvent(QMouseEvent* event) {
    if (m_mode != LegMapMode::Select || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (const auto hit = regionAt(event->position().toPoint())) {
        toggleRegion(hit->first, hit->second);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void LegMapWidget::mouseMoveEvent(QMouseEvent* event) {
    const auto hit = regionAt(event->position().toPoint());
    if (m_mode == LegMapMode::Select) {
        setCursor(hit ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void LegMapWidget::keyPressEvent(QKeyEvent* event) {
    if (m_mode != LegMapMode::Select) {
        QWidget::keyPressEvent(event);
        return;
    }
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
        case Qt::Key_Left:
            dx = -1;
            break;
        case Qt::Key_Right:
            dx = 1;
            break;
        case Qt::Key_Up:
            dy = -1;
            break;
        case Qt::Key_Down:
            dy = 1;
            break;
        case Qt::Key_Space:
            toggleRegion(m_focus.first, m_focus.second);
            event->accept();
            return;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    setFocusRegion(LegMapGeometry::neighbour(m_focus, dx, dy));
    event->accept();
}

void LegMapWidget::focusInEvent(QFocusEvent* event) {
    update();
    QWidget::focusInEvent(event);
}

void LegMapWidget::focusOutEvent(QFocusEvent* event) {
    update();
    QWidget::focusOutEvent(event);
}

void LegMapWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    }
    QWidget::changeEvent(event);
}

bool LegMapWidget::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto hit = regionAt(help->pos())) {
            QString tip = Labels::regionOnLeg(hit->first, hit->second);
            if (m_mode == LegMapMode::Heat) {
                tip = tr("%1 — marked %n time(s)", nullptr, m_heat[legMapIndex(hit->first, hit->second)]).arg(tip);
            } else if (m_overlay || m_mode == LegMapMode::Overlay) {
                if (const NerveRoot root = usualRootOf(hit->second); root != NerveRoot::None) {
                    tip = tr("%1 — usually %2").arg(tip, Labels::nerveRoot(root));
                }
            }
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void LegMapWidget::updateAccessibleText() {
    // Screen readers read the name on every focus move: it names the focused region and its state.
    QStringList marked;
    for (const auto& [leg, region] : m_selected.items()) {
        marked.append(Labels::regionOnLeg(leg, region));
    }
    if (m_mode == LegMapMode::Select) {
        const QString state = m_selected.contains(m_focus.first, m_focus.second) ? tr("marked") : tr("not marked");
        setAccessibleName(tr("Leg map: %1, %2").arg(Labels::regionOnLeg(m_focus.first, m_focus.second), state));
        setAccessibleDescription(
            (marked.isEmpty() ? tr("No region marked.") : tr("Marked: %1.").arg(marked.join(QStringLiteral("; ")))) +
            QLatin1Char(' ') + tr("Arrow keys move between regions; Space marks or unmarks."));
    } else if (m_mode == LegMapMode::Heat) {
        setAccessibleName(tr("Leg map: how often each region was marked"));
        QStringList counts;
        for (const auto& [leg, region] : LegMapGeometry::allRegions()) {
            if (const int n = m_heat[legMapIndex(leg, region)]; n > 0) {
                counts.append(tr("%1: %n time(s)", nullptr, n).arg(Labels::regionOnLeg(leg, region)));
            }
        }
        setAccessibleDescription(counts.join(QStringLiteral("; ")));
    } else {
        setAccessibleName(tr("Leg map: usual L4, L5 and S1 territory"));
        setAccessibleDescription(LegMapPainter::caveat());
    }
    QAccessibleEvent nameEvent(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameEvent);
    QAccessibleEvent descriptionEvent(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&descriptionEvent);
}

}  // namespace spinesignal::ui
