#include "widgets/chinesefont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace spinesignal::ui {

QFont chineseFirstFont(QFont font, const QString& latinFamily) {
    font.setFamilies(latinFamily.isEmpty() ? QStringList{chineseFontFamily()}
                                           : QStringList{chineseFontFamily(), latinFamily});
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

QFont latinFirstFont(QFont font, const QString& latinFamily) {
    font.setFamilies({latinFamily, chineseFontFamily()});
    font.setStyleStrategy(QFont::PreferDefault);
    font.setHintingPreference(QFont::PreferDefaultHinting);
    return font;
}

QString nonChineseFamilyOf(const QFont& font) {
    for (const QString& family : font.families()) {
        if (family != chineseFontFamily()) {
            return family;
        }
    }
    return font.families().isEmpty() ? font.family() : QString();
}

QString latinFamilyOf(const QFont& font) {
    const QString family = nonChineseFamilyOf(font);
    if (!family.isEmpty() && QFontDatabase::hasFamily(family)) {
        return family;
    }
    // A generic alias ("Sans Serif"), which a family list does not resolve: ask what it really is,
    // at the font's own size (another size would load a font engine only for this question).
    QFont probe = font;
    probe.setFamilies({family.isEmpty() ? font.family() : family});
    return QFontInfo(probe).family();
}

}  // namespace spinesignal::ui
