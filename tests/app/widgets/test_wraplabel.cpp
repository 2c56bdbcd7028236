#include "widgets/wraplabel.h"

#include <QLabel>

#include <gtest/gtest.h>

using spinesignal::ui::WrapLabel;

namespace {

const QString kLongText = QStringLiteral(
    "Many people know the feeling of sore, weak calves and feet: the calves feel heavy when you get up "
    "after sitting at a desk for a long time, the feet suddenly seem to have no strength on a walk.");

/// The height a plain QLabel gives the same text: what WrapLabel must agree with.
int plainHeight(const QString& text, const QFont& font, int width) {
    QLabel plain(text);
    plain.setWordWrap(true);
    plain.setFont(font);
    return plain.heightForWidth(width);
}

}  // namespace

TEST(WrapLabelTest, HeightForWidthAgreesWithQLabelAtEveryWidth) {
    WrapLabel label(kLongText);
    for (int width : {120, 300, 600, 300, 120, 900}) {
        EXPECT_EQ(label.heightForWidth(width), plainHeight(kLongText, label.font(), width)) << width;
    }
    // Narrower means taller: the remembered heights are not mixed up between widths.
    EXPECT_GT(label.heightForWidth(120), label.heightForWidth(600));
}

TEST(WrapLabelTest, RichTextHeightsAgreeWithQLabelInBothLanguages) {
    // As the article sets them: rich text in a line-height block, bold spans, a link, Chinese.
    const QStringList texts = {
        QStringLiteral("<div style=\"line-height:145%\">") + kLongText.toHtmlEscaped() +
            QStringLiteral(" <b>Seek care</b> and <a href=\"section:faq\">read the questions</a>.</div>"),
        QStringLiteral("<div style=\"line-height:160%\">很多人都有过脚小腿酸软的经历：久坐办公后起身时小腿发沉、"
                       "散步时突然觉得脚部使不上力、睡一觉起来仍感觉下肢酸软无力……<b>腰椎间盘突出症</b>"
                       "发出的“健康警报”。</div>"),
    };
    for (const QString& text : texts) {
        WrapLabel label;
        label.setTextFormat(Qt::RichText);
        label.setText(text);
        QLabel plain;
        plain.setWordWrap(true);
        plain.setTextFormat(Qt::RichText);
        plain.setText(text);
        for (int width : {90, 240, 480, 596, 900, 240}) {
            EXPECT_EQ(label.heightForWidth(width), plain.heightForWidth(width)) << width;
        }
        QFont larger = label.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.35);
        larger.setBold(true);
        label.setFont(larger);
        plain.setFont(larger);
        label.setContentsMargins(3, 2, 5, 4);
        plain.setContentsMargins(3, 2, 5, 4);
        for (int width : {240, 596}) {
            EXPECT_EQ(label.heightForWidth(width), plain.heightForWidth(width)) << width;
        }
    }
}

TEST(WrapLabelTest, NewTextOrFontIsMeasuredAfresh) {
    WrapLabel label(kLongText);
    const int before = label.heightForWidth(300);
    label.setText(QStringLiteral("Short."));
    EXPECT_LT(label.heightForWidth(300), before);
    EXPECT_EQ(label.heightForWidth(300), plainHeight(QStringLiteral("Short."), label.font(), 300));

    label.setText(kLongText);
    const int normal = label.heightForWidth(300);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    EXPECT_GT(label.heightForWidth(300), normal);
}

TEST(WrapLabelTest, NeverMeasuredWiderThanItMayBe) {
    WrapLabel label(kLongText);
    label.setMaximumWidth(300);
    // A row wider than the label's maximum still lays the label out at its maximum.
    EXPECT_EQ(label.heightForWidth(900), label.heightForWidth(300));
    EXPECT_LE(label.sizeHint().width(), 300);
    EXPECT_EQ(label.sizeHint().height(), label.heightForWidth(label.sizeHint().width()));
    EXPECT_LE(label.minimumSizeHint().width(), label.sizeHint().width());
    EXPECT_GT(label.minimumSizeHint().height(), 0);
}
