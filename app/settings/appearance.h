#pragma once

#include <QPalette>
#include <QString>

class QSettings;

namespace spinesignal::ui {

/// Text size and theme, applied to the whole application. Settings keys: ui/textScale (percent,
/// 100–200), ui/theme ("system" or "dark"). The first call remembers the system's font, style and
/// palette so "follow the system" can return to them at run time.
class Appearance {
public:
    static constexpr int kMinScale = 100;
    static constexpr int kMaxScale = 200;

    /// Applies both from the settings (at start-up).
    static void applyFromSettings(const QSettings& settings);
    static void applyTextScale(int percent);
    static void applyTheme(const QString& theme);
    /// The dark palette used by "dark" (tested for contrast).
    static QPalette darkPalette();
};

}  // namespace spinesignal::ui
