#include "widgets/legmappainter.h"

#include "domain/labels.h"
#include "widgets/legmapgeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>

namespace spinesignal::ui {

namespace {

constexpr QColor kHeatColor{192, 57, 43};

QColor mix(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// The font scaled by `factor`, whether it was given in points or in pixels.
QFont scaledFont(const QFont& font, qreal factor) {
    QFont f = font;
    if (font.pixelSize() > 0) {
        f.setPixelSize(std::max(7, qRound(font.pixelSize() * factor)));
    } else {
        f.setPointSizeF(std::max(6.0, font.pointSizeF() * factor));
    }
    return f;
}

int maxCount(const RegionCounts& counts) {
    return std::max(1, *std::max_element(counts.begin(), counts.end()));
}

/// Text is drawn in device coordinates so it stays readable however the legs are scaled.
void drawText(QPainter& painter, const QPointF& deviceCenter, const QString& text, const QColor& color) {
    const QFontMetricsF fm(painter.font());
    const QRectF box(deviceCenter.x() - fm.horizontalAdvance(text) / 2 - 2, deviceCenter.y() - fm.height() / 2,
                     fm.horizontalAdvance(text) + 4, fm.height());
    painter.setPen(color);
    painter.drawText(box, Qt::AlignCenter, text);
}

void drawCheck(QPainter& painter, const QPointF& c, qreal size, const QPalette& palette) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawEllipse(c, size, size);
    QPen pen(palette.color(QPalette::HighlightedText), size / 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPointF pts[] = {c + QPointF(-size * 0.5, 0), c + QPointF(-size * 0.1, size * 0.42),
                           c + QPointF(size * 0.55, -size * 0.45)};
    painter.drawPolyline(pts, 3);
}

}  // namespace

QString LegMapPainter::caveat() {
    return tr(
        "Usual territory only: where it hurts does not pin down which level is affected. Many "
        "confirmed L5 compressions are felt outside the textbook L5 area. Education, not a "
        "diagnosis.");
}

QString LegMapPainter::viewTitle(bool front) {
    return front ? tr("Front view") : tr("Back view");
}

QColor LegMapPainter::rootColor(NerveRoot root) {
    switch (root) {
        case NerveRoot::L4:
            return {78, 121, 167};
        case NerveRoot::L5:
            return {89, 161, 79};
        case NerveRoot::S1:
            return {237, 137, 43};
        case NerveRoot::None:
            break;
    }
    return {150, 150, 150};
}

LegMapPainter::Layout LegMapPainter::layout(const QRectF& target, const LegMapPicture& picture, const QFont& font) {
    const QFontMetricsF fm(font);
    qreal band = 0;
    if (picture.legend) {
        band = fm.height() * 1.6;
        if (showsOverlay(picture)) {
            band += fm.boundingRect(QRectF(0, 0, target.width() - 8, 1e6), Qt::TextWordWrap, caveat()).height() + 6;
        }
    }
    const QRectF figure(target.left(), target.top(), target.width(), std::max(10.0, target.height() - band));
    const QRectF scene = LegMapGeometry::sceneRect();
    const qreal scale = std::min(figure.width() / scene.width(), figure.height() / scene.height());
    const qreal dx = figure.left() + (figure.width() - scene.width() * scale) / 2;
    // Top-aligned, with the legend straight under the legs, so spare height stays below.
    const qreal dy = figure.top();
    Layout out;
    out.sceneToDevice = QTransform(scale, 0, 0, scale, dx, dy);
    out.legend = QRectF(target.left(), dy + scene.height() * scale, target.width(), band);
    return out;
}

void LegMapPainter::paint(QPainter& painter, const QRectF& target, const LegMapPicture& picture) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout lay = layout(target, picture, painter.font());
    paintRegions(painter, lay, picture);
    paintLabels(painter, lay, picture);
    if (picture.legend) {
        paintLegend(painter, lay, picture);
    }
    painter.restore();
}

void LegMapPainter::paintRegions(QPainter& painter, const Layout& lay, const LegMapPicture& picture) {
    const QPalette& pal = picture.palette;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor skin = mix(base, text, 0.10);
    const QColor highlight = pal.color(QPalette::Highlight);
    const bool overlay = showsOverlay(picture);
    const int maxHeat = maxCount(picture.heat);
    const qreal scale = lay.sceneToDevice.m11();

    painter.save();
    painter.setTransform(lay.sceneToDevice, true);
    // The silhouettes, drawn with a thick pen, fill the gaps between regions into one body shape.
    for (bool front : {true, false}) {
        for (Leg leg : {Leg::Left, Leg::Right}) {
            painter.setPen(QPen(skin, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(skin);
            painter.drawPath(LegMapGeometry::silhouette(front, leg));
        }
    }
    QPen outline(mix(base, text, 0.45), 1.0);
    outline.setCosmetic(true);
    for (const auto& [leg, region] : LegMapGeometry::allRegions()) {
        const QPainterPath path = LegMapGeometry::path(leg, region);
        QColor fill = mix(base, text, 0.03);
        if (picture.mode == LegMapMode::Heat) {
            const int n = picture.heat[legMapIndex(leg, region)];
            if (n > 0) {
                fill = mix(base, kHeatColor, 0.2 + 0.8 * n / maxHeat);
            }
        } else if (overlay) {
            fill = mix(base, rootColor(usualRootOf(region)), 0.45);
        }
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawPath(path);
        if (picture.mode == LegMapMode::Select && picture.selected.contains(leg, region)) {
            // Selected: a tint, diagonal hatching and a thick outline, so colour is never the only
            // cue.
            QColor tint = highlight;
            tint.setAlpha(overlay ? 90 : 130);
            painter.setPen(Qt::NoPen);
            painter.setBrush(tint);
            painter.drawPath(path);
            QBrush hatch(mix(highlight, text, 0.35), Qt::BDiagPattern);
            hatch.setTransform(QTransform::fromScale(1 / scale, 1 / scale));
            painter.setBrush(hatch);
            painter.drawPath(path);
            QPen strong(mix(highlight, text, 0.3), 2.5);
            strong.setCosmetic(true);
            painter.setPen(strong);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
        if (picture.mode == LegMapMode::Select && picture.focus && picture.focus->first == leg &&
            picture.focus->second == region) {
            QPen focusPen(text, 1.5, Qt::DashLine);
            focusPen.setCosmetic(true);
            painter.setPen(focusPen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(path.boundingRect().adjusted(-3, -3, 3, 3));
        }
    }
    painter.restore();
}

void LegMapPainter::paintLabels(QPainter& painter, const Layout& lay, const LegMapPicture& picture) {
    const QPalette& pal = picture.palette;
    const QColor text = pal.color(QPalette::WindowText);
    const bool overlay = showsOverlay(picture);
    const int maxHeat = maxCount(picture.heat);
    const qreal scale = lay.sceneToDevice.m11();
    const QFont baseFont = painter.font();

    const QFont small = scaledFont(baseFont, 0.85);
    for (const auto& [leg, region] : LegMapGeometry::allRegions()) {
        const QPointF c = lay.sceneToDevice.map(LegMapGeometry::center(leg, region));
        const bool selected = picture.mode == LegMapMode::Select && picture.selected.contains(leg, region);
        if (picture.mode == LegMapMode::Heat) {
            const int n = picture.heat[legMapIndex(leg, region)];
            if (n > 0) {
                painter.setFont(small);
                drawText(painter, c, QString::number(n),
                         n * 2 > maxHeat ? QColor(Qt::white) : pal.color(QPalette::WindowText));
            }
            continue;
        }
        qreal checkOffset = 0;
        if (overlay && usualRootOf(region) != NerveRoot::None) {
            painter.setFont(small);
            const qreal shift = selected ? -QFontMetricsF(small).height() * 0.55 : 0;
            drawText(painter, c + QPointF(0, shift), Labels::nerveRoot(usualRootOf(region)), text);
            checkOffset = selected ? QFontMetricsF(small).height() * 0.5 : 0;
        }
        if (selected) {
            drawCheck(painter, c + QPointF(0, checkOffset), std::clamp(7.0 * scale, 7.0, 11.0), pal);
        }
    }
    QFont bold = baseFont;
    bold.setBold(true);
    for (bool front : {true, false}) {
        painter.setFont(bold);
        drawText(painter, lay.sceneToDevice.map(LegMapGeometry::viewTitleAnchor(front)), viewTitle(front), text);
        painter.setFont(small);
        for (Leg leg : {Leg::Left, Leg::Right}) {
            drawText(painter, lay.sceneToDevice.map(LegMapGeometry::legLabelAnchor(front, leg)), Labels::leg(leg),
                     text);
        }
    }
    painter.setFont(baseFont);
}

void LegMapPainter::paintLegend(QPainter& painter, const Layout& lay, const LegMapPicture& picture) {
    const QPalette& pal = picture.palette;
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QFontMetricsF fm(painter.font());
    const qreal row = fm.height();
    const qreal sw = row * 0.9;  // swatch size
    qreal x = lay.legend.left() + 4;
    const qreal y = lay.legend.top() + row * 0.3;
    painter.save();
    auto swatch = [&](const QBrush& brush, const QString& label) {
        painter.setPen(QPen(mix(base, text, 0.45), 1));
        painter.setBrush(brush);
        painter.drawRect(QRectF(x, y + (row - sw) / 2, sw, sw));
        painter.setPen(text);
        const qreal w = fm.horizontalAdvance(label);
        painter.drawText(QRectF(x + sw + 4, y, w + 2, row), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += sw + w + row;
    };
    if (picture.mode == LegMapMode::Heat) {
        const int maxHeat = maxCount(picture.heat);
        painter.setPen(text);
        const QString title = tr("Times marked:");
        painter.drawText(QRectF(x, y, fm.horizontalAdvance(title) + 2, row), Qt::AlignVCenter, title);
        x += fm.horizontalAdvance(title) + row * 0.5;
        const QString zero = QStringLiteral("0");
        painter.drawText(QRectF(x, y, fm.horizontalAdvance(zero) + 2, row), Qt::AlignVCenter, zero);
        x += fm.horizontalAdvance(zero) + 6;
        QLinearGradient gradient(x, 0, x + row * 6, 0);
        gradient.setColorAt(0, mix(base, text, 0.03));
        gradient.setColorAt(0.01, mix(base, kHeatColor, 0.2));
        gradient.setColorAt(1, kHeatColor);
        painter.setPen(QPen(mix(base, text, 0.45), 1));
        painter.setBrush(gradient);
        painter.drawRect(QRectF(x, y + (row - sw) / 2, row * 6, sw));
        x += row * 6 + 6;
        painter.setPen(text);
        const QString most = QString::number(maxHeat);
        painter.drawText(QRectF(x, y, fm.horizontalAdvance(most) + 2, row), Qt::AlignVCenter, most);
        painter.restore();
        return;
    }
    if (picture.mode == LegMapMode::Select) {
        QBrush hatch(mix(pal.color(QPalette::Highlight), text, 0.35), Qt::BDiagPattern);
        swatch(hatch, tr("Marked"));
    }
    if (showsOverlay(picture)) {
        for (NerveRoot root : {NerveRoot::L4, NerveRoot::L5, NerveRoot::S1}) {
            swatch(mix(base, rootColor(root), 0.45), tr("usually %1").arg(Labels::nerveRoot(root)));
        }
        painter.setPen(text);
        const QRectF caveatRect(lay.legend.left() + 4, y + row * 1.3, lay.legend.width() - 8,
                                lay.legend.bottom() - (y + row * 1.3));
        painter.drawText(caveatRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, caveat());
    }
    painter.restore();
}

}  // namespace spinesignal::ui
