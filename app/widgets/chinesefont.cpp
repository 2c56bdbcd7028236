#include "widgets/chinesefont.h"

#include <QFontInfo>
#include <QHash>
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

QFont fontForLanguage(const QFont& font, bool chinese) {
    return chinese ? chineseFirstFont(font, nonChineseFamilyOf(font)) : latinFirstFont(font, latinFamilyOf(font));
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
    const QString named = nonChineseFamilyOf(font);
    // Asked for every label of the article: the answer for each name is kept (per thread, as
    // fonts are).
    thread_local QHash<QString, QString> resolved;
    if (const auto known = resolved.constFind(named); known != resolved.constEnd()) {
        return *known;
    }
    // The name may be a generic alias ("Sans Serif"), which a family list does not match, and
    // neither QFontDatabase::hasFamily() nor families() tells an alias from a family reliably. The
    // font engine knows what it really is: asked at the font's own size, where an English window
    // needs that engine anyway.
    QFont probe = font;
    probe.setFamily(named.isEmpty() ? font.family() : named);
    const QString family = QFontInfo(probe).family();
    resolved.insert(named, family);
    return family;
}

}  // namespace spinesignal::ui
