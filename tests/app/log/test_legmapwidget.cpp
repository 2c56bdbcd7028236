#include "widgets/legmapgeometry.h"
#include "widgets/legmapwidget.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace spinesignal;
using namespace spinesignal::ui;

namespace {

struct Shown {
    Shown() {
        map.resize(560, 400);
        map.show();
        map.setFocus();
    }
    LegMapWidget map;
};

}  // namespace

TEST(LegMapWidget, EveryRegionOfBothLegsIsDrawnOnceAndHitByItsCentre) {
    const auto all = LegMapGeometry::allRegions();
    EXPECT_EQ(all.size(), 2 * kLegRegionCount);
    for (const auto& [leg, region] : all) {
        const auto hit = LegMapGeometry::regionAt(LegMapGeometry::center(leg, region));
        ASSERT_TRUE(hit.has_value()) << enumId(region).toStdString();
        EXPECT_EQ(hit->first, leg);
        EXPECT_EQ(hit->second, region);
    }
    // Space between the two views is not a region.
    EXPECT_FALSE(LegMapGeometry::regionAt({290, 150}).has_value());
}

TEST(LegMapWidget, ClickTogglesTheRegionUnderTheMouse) {
    Shown s;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&s.map));
    QSignalSpy toggled(&s.map, &LegMapWidget::regionToggled);
    const QPoint calf = s.map.regionRect(Leg::Right, LegRegion::CalfBack).center();
    ASSERT_EQ(s.map.regionAt(calf), std::make_optional(LegMapRegion{Leg::Right, LegRegion::CalfBack}));
    QTest::mouseClick(&s.map, Qt::LeftButton, {}, calf);
    EXPECT_TRUE(s.map.selectedRegions().contains(Leg::Right, LegRegion::CalfBack));
    EXPECT_EQ(s.map.selectedRegions().size(), 1);
    ASSERT_EQ(toggled.count(), 1);
    const QPoint toe = s.map.regionRect(Leg::Left, LegRegion::BigToe).center();
    QTest::mouseClick(&s.map, Qt::LeftButton, {}, toe);
    EXPECT_TRUE(s.map.selectedRegions().contains(Leg::Left, LegRegion::BigToe));
    QTest::mouseClick(&s.map, Qt::LeftButton, {}, calf);
    EXPECT_FALSE(s.map.selectedRegions().contains(Leg::Right, LegRegion::CalfBack));
    EXPECT_EQ(s.map.selectedRegions().size(), 1);
    // A click outside any region changes nothing.
    QTest::mouseClick(&s.map, Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_EQ(s.map.selectedRegions().size(), 1);
}

TEST(LegMapWidget, ArrowKeysMoveTheFocusAndSpaceMarks) {
    Shown s;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&s.map));
    s.map.setFocusRegion({Leg::Left, LegRegion::ThighBack});
    QTest::keyClick(&s.map, Qt::Key_Down);
    EXPECT_EQ(s.map.focusRegion(), (LegMapRegion{Leg::Left, LegRegion::CalfBack}));
    EXPECT_TRUE(s.map.accessibleName().contains(QStringLiteral("calf")));
    QTest::keyClick(&s.map, Qt::Key_Space);
    EXPECT_TRUE(s.map.selectedRegions().contains(Leg::Left, LegRegion::CalfBack));
    EXPECT_TRUE(s.map.accessibleDescription().contains(QStringLiteral("Left leg: Back of calf")));
    QTest::keyClick(&s.map, Qt::Key_Up);
    EXPECT_EQ(s.map.focusRegion(), (LegMapRegion{Leg::Left, LegRegion::ThighBack}));
    // Right from the left leg's back view reaches the right leg's back view.
    QTest::keyClick(&s.map, Qt::Key_Right);
    EXPECT_EQ(s.map.focusRegion().first, Leg::Right);
    EXPECT_FALSE(LegMapGeometry::inFrontView(s.map.focusRegion().second));
    QTest::keyClick(&s.map, Qt::Key_Space);
    QTest::keyClick(&s.map, Qt::Key_Space);
    EXPECT_EQ(s.map.selectedRegions().size(), 1);
    // Every region is reachable by arrow keys from any other.
    QSet<std::size_t> seen;
    QList<LegMapRegion> todo{{Leg::Right, LegRegion::ThighOuter}};
    while (!todo.isEmpty()) {
        const LegMapRegion r = todo.takeLast();
        if (seen.contains(legMapIndex(r.first, r.second))) {
            continue;
        }
        seen.insert(legMapIndex(r.first, r.second));
        for (auto [dx, dy] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}}) {
            todo.append(LegMapGeometry::neighbour(r, dx, dy));
        }
    }
    EXPECT_EQ(seen.size(), 2 * kLegRegionCount);
}

TEST(LegMapWidget, ReadOnlyModesIgnoreClicksAndRenderImages) {
    Shown s;
    s.map.setMode(LegMapMode::Heat);
    RegionCounts heat{};
    heat[legMapIndex(Leg::Left, LegRegion::CalfBack)] = 7;
    s.map.setHeat(heat);
    QTest::mouseClick(&s.map, Qt::LeftButton, {}, s.map.regionRect(Leg::Left, LegRegion::Sole).center());
    EXPECT_TRUE(s.map.selectedRegions().isEmpty());
    EXPECT_TRUE(s.map.accessibleDescription().contains(QStringLiteral("7")));

    LegMapPicture picture = s.map.picture();
    picture.palette = LegMapWidget::printPalette();
    const QImage image = LegMapWidget::render(picture, QSize(600, 420));
    ASSERT_EQ(image.size(), QSize(600, 420));
    // The hot region is shaded red in the image.
    int reddish = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            reddish += (c.red() > 150 && c.green() < 110 && c.blue() < 100) ? 1 : 0;
        }
    }
    EXPECT_GT(reddish, 50);
}

// SPINESIGNAL_DUMP_DIR=/tmp/x writes the three modes as PNGs for a look by eye.
TEST(LegMapWidget, DumpsImagesOnRequest) {
    const QString dir = qEnvironmentVariable("SPINESIGNAL_DUMP_DIR");
    if (dir.isEmpty()) {
        GTEST_SKIP() << "set SPINESIGNAL_DUMP_DIR to look at the pictures";
    }
    LegMapPicture p;
    p.palette = LegMapWidget::printPalette();
    p.selected.insert(Leg::Left, LegRegion::CalfBack);
    p.selected.insert(Leg::Right, LegRegion::ShinOuter);
    p.selected.insert(Leg::Right, LegRegion::BigToe);
    p.focus = LegMapRegion{Leg::Left, LegRegion::Sole};
    LegMapWidget::render(p, {700, 480}).save(dir + QStringLiteral("/legmap-select.png"));
    p.overlay = true;
    LegMapWidget::render(p, {700, 520}).save(dir + QStringLiteral("/legmap-select-overlay.png"));
    p.mode = LegMapMode::Heat;
    for (int i = 0; i < 2 * kLegRegionCount; ++i) {
        p.heat[static_cast<std::size_t>(i)] = (i * 7) % 11;
    }
    LegMapWidget::render(p, {700, 480}).save(dir + QStringLiteral("/legmap-heat.png"));
    p.mode = LegMapMode::Overlay;
    LegMapWidget::render(p, {700, 520}).save(dir + QStringLiteral("/legmap-overlay.png"));
}

TEST(LegMapWidget, CountsRegionsOfEntriesForTheHeatMap) {
    Episode a;
    a.regions.insert(Leg::Left, LegRegion::CalfBack);
    a.regions.insert(Leg::Right, LegRegion::Sole);
    Episode b;
    b.regions.insert(Leg::Left, LegRegion::CalfBack);
    const RegionCounts counts = countRegions({a, b});
    EXPECT_EQ(counts[legMapIndex(Leg::Left, LegRegion::CalfBack)], 2);
    EXPECT_EQ(counts[legMapIndex(Leg::Right, LegRegion::Sole)], 1);
    EXPECT_EQ(counts[legMapIndex(Leg::Right, LegRegion::CalfBack)], 0);
}
