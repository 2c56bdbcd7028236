#pragma once

#include <QPalette>
#include <QString>

class QSettings;

namespace spinesignal::ui {

class LanguageManager;

/// Text size, theme and the font's language, applied to the whole application. Settings keys:
/// ui/textScale (percent, 100–200), ui/theme ("system" or "dark"). The first call remembers the
/// system's font, style and palette so "follow the system" can return to them at run time.
class Appearance {
public:
    static constexpr int kMinScale = 100;
    static constexpr int kMaxScale = 200;

    /// Applies size and theme from the settings, and the font for `language`'s current language
    /// (at start-up); from then on the font follows `language` as it changes.
    static void applyFromSettings(const QSettings& settings, LanguageManager& language);
    static void applyTextScale(int percent);
    /// A Chinese window ("zh_CN") is set in the CJK font first, an English one in the system's.
    static void applyLanguage(const QString& language);
    static void applyTheme(const QString& theme);
    /// The dark palette used by "dark" (tested for contrast).
    static QPalette darkPalette();
};

}  // namespace spinesignal::ui
