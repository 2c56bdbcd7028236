#include "settings/appearance.h"

#include "startup/languagemanager.h"
#include "widgets/chinesefont.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace spinesignal::ui {

namespace {

struct SystemLook {
    QFont font;
    QString styleName;
};

SystemLook& systemLook() {
    static SystemLook look = [] {
        SystemLook l;
        l.font = QApplication::font();
        l.styleName = QApplication::style() != nullptr ? QApplication::style()->name() : QString();
        return l;
    }();
    return look;
}

struct FontChoices {
    int scale = 100;
    bool chinese = false;
};

FontChoices& fontChoices() {
    static FontChoices choices;
    return choices;
}

void applyFont() {
    const FontChoices& choices = fontChoices();
    QFont font = systemLook().font;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * choices.scale / 100.0);
    } else {
        font.setPixelSize(qRound(font.pixelSize() * choices.scale / 100.0));
    }
    // Chinese in the UI always in the simplified-Chinese CJK font: left to fontconfig's fallback,
    // a process without a Chinese locale got the Japanese glyph forms (the collection's first face).
    // In a Chinese window that font comes first, so every label is set in one font.
    QApplication::setFont(fontForLanguage(font, choices.chinese));
}

}  // namespace

void Appearance::applyFromSettings(const QSettings& settings, LanguageManager& language) {
    systemLook();
    fontChoices().chinese = language.isChinese();
    fontChoices().scale = qBound(kMinScale, settings.value(QStringLiteral("ui/textScale"), 100).toInt(), kMaxScale);
    applyFont();
    applyTheme(settings.value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString());
    QObject::connect(&language, &LanguageManager::changed, &language, &Appearance::applyLanguage);
}

void Appearance::applyTextScale(int percent) {
    systemLook();
    fontChoices().scale = qBound(kMinScale, percent, kMaxScale);
    applyFont();
}

void Appearance::applyLanguage(const QString& language) {
    systemLook();
    fontChoices().chinese = language == QLatin1String("zh_CN");
    applyFont();
}

QPalette Appearance::darkPalette() {
    // Light text on dark grey; every pair keeps a contrast ratio above 4.5:1 (WCAG AA).
    QPalette p;
    const QColor window(0x26, 0x28, 0x2b);
    // Fields sit a little lighter than the window, so boxes and check marks stand out.
    const QColor base(0x38, 0x3b, 0x40);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x8c, 0x8c, 0x8c);
    const QColor highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x44, 0x48, 0x4e));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x45, 0x49, 0x4f));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

void Appearance::applyTheme(const QString& theme) {
    const SystemLook& look = systemLook();
    if (theme == QLatin1String("dark")) {
        // Fusion draws every control from the palette, so the dark colours apply everywhere.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
    if (!look.styleName.isEmpty() && QApplication::style()->name() != look.styleName) {
        QApplication::setStyle(QStyleFactory::create(look.styleName));
    }
    // An empty palette hands the colours back to the platform theme, so later system changes
    // follow.
    QApplication::setPalette(QPalette());
}

}  // namespace spinesignal::ui
