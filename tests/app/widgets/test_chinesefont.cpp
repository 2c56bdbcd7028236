#include "../drawnfont.h"
#include "widgets/chinesefont.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>

#include <gtest/gtest.h>

using namespace spinesignal::ui;
using spinesignal::testing::drawnFamily;

namespace {

/// The system's Latin family, as a reader sees it (the default font's name is often an alias).
QString systemLatinFamily() {
    return QFontInfo(QFontDatabase::systemFont(QFontDatabase::GeneralFont)).family();
}

}  // namespace

TEST(ChineseFontTest, ChineseFirstSetsTheWholeLineInTheChineseFont) {
    const QFont font = chineseFirstFont(QApplication::font(), systemLatinFamily());
    // Latin letters and digits beside the ideographs come from the same font, not a second one.
    EXPECT_EQ(drawnFamily(QStringLiteral("腰腿信号 SpineSignal 2026"), font), chineseFontFamily());
}

TEST(ChineseFontTest, IdeographsStandOnWholePixels) {
    // Whole-pixel advances: each ideograph is drawn at one offset (rasterised once, crisp).
    QFont font = chineseFirstFont(QApplication::font(), systemLatinFamily());
    for (const qreal points : {9.0, 10.35, 13.0, 17.55}) {
        font.setPointSizeF(points);
        const qreal advance = QFontMetricsF(font).horizontalAdvance(QStringLiteral("腰"));
        EXPECT_GT(advance, 0) << points;
        EXPECT_DOUBLE_EQ(advance, std::round(advance)) << points;
    }
}

TEST(ChineseFontTest, LatinFirstSetsEnglishInTheSystemFontAndChineseInTheChineseFont) {
    const QFont chinese = chineseFirstFont(QApplication::font(), systemLatinFamily());
    const QFont english = latinFirstFont(chinese, latinFamilyOf(chinese));
    EXPECT_EQ(drawnFamily(QStringLiteral("Sore, weak calves"), english), systemLatinFamily());
    EXPECT_EQ(drawnFamily(QStringLiteral("小燕飞"), english), chineseFontFamily());
    // What the Chinese font turned off for itself is back to the system's choice.
    EXPECT_EQ(english.styleStrategy(), QFont::PreferDefault);
    EXPECT_EQ(english.hintingPreference(), QFont::PreferDefaultHinting);
}

TEST(ChineseFontTest, TheLatinFamilyIsAnInstalledFamilyNotAnAlias) {
    // "Sans Serif" is an alias that a family list does not resolve: English set in a list that
    // starts with it fell through to the Chinese font's Latin letters.
    for (const QString& alias : {QStringLiteral("Sans Serif"), QStringLiteral("sans-serif")}) {
        QFont font = QApplication::font();
        font.setFamilies({alias});
        const QString latin = latinFamilyOf(font);
        EXPECT_TRUE(QFontDatabase::families().contains(latin)) << latin.toStdString();
        EXPECT_NE(latin, chineseFontFamily());
        EXPECT_EQ(drawnFamily(QStringLiteral("Sore, weak calves"), latinFirstFont(font, latin)), systemLatinFamily());
    }
    // Behind the Chinese font it is kept as named: resolving it would load a font never drawn.
    EXPECT_EQ(nonChineseFamilyOf(chineseFirstFont(QFont(), QStringLiteral("Sans Serif"))),
              QStringLiteral("Sans Serif"));
}
