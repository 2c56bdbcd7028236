#include "widgets/intensityslider.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace spinesignal::ui;

TEST(IntensitySlider, DigitsArrowsAndClearByKeyboard) {
    IntensitySlider s;
    EXPECT_FALSE(s.value().has_value());
    EXPECT_EQ(s.valueText(), QStringLiteral("not recorded"));
    QTest::keyClick(&s, Qt::Key_7);
    EXPECT_EQ(s.value(), 7);
    EXPECT_EQ(s.valueText(), QStringLiteral("7 — severe"));
    QTest::keyClick(&s, Qt::Key_Left);
    EXPECT_EQ(s.value(), 6);
    EXPECT_TRUE(s.valueText().contains(QStringLiteral("moderate")));
    QTest::keyClick(&s, Qt::Key_1);
    QTest::keyClick(&s, Qt::Key_0);
    EXPECT_EQ(s.value(), 10);
    QTest::keyClick(&s, Qt::Key_Up);
    EXPECT_EQ(s.value(), 10);  // never beyond the scale
    QTest::keyClick(&s, Qt::Key_0);
    EXPECT_EQ(s.value(), 0);
    EXPECT_TRUE(s.valueText().contains(QStringLiteral("none")));
    QTest::keyClick(&s, Qt::Key_Delete);
    EXPECT_FALSE(s.value().has_value());
    QTest::keyClick(&s, Qt::Key_Right);
    EXPECT_EQ(s.value(), 0);
    EXPECT_TRUE(s.accessibleDescription().contains(QStringLiteral("none")));
}

TEST(IntensitySlider, ClickChoosesAndClickingAgainClears) {
    IntensitySlider s;
    s.resize(s.sizeHint());
    s.show();
    QSignalSpy spy(&s, &IntensitySlider::valueChanged);
    QTest::mouseClick(&s, Qt::LeftButton, {}, s.boxRect(3).center());
    EXPECT_EQ(s.value(), 3);
    EXPECT_EQ(s.valueText(), QStringLiteral("3 — mild"));
    QTest::mouseClick(&s, Qt::LeftButton, {}, s.boxRect(3).center());
    EXPECT_FALSE(s.value().has_value());
    EXPECT_EQ(spy.count(), 2);
}
