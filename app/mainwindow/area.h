#pragma once

#include <QObject>
#include <QString>

namespace spinesignal::ui {

/// The areas of PRODUCT.md, in navigation order.
enum class Area { Learn, SelfCheck, Log, Trends, Summary, Settings };
inline constexpr int kAreaCount = 6;
/// The area list's text size, relative to the application font.
inline constexpr qreal kNavigationFontScale = 1.15;

/// Lets any page send the person to another area (and a place inside it, e.g. an article section id).
class Navigator final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void go(Area area, const QString& target = {}) { Q_EMIT navigationRequested(area, target); }

Q_SIGNALS:
    void navigationRequested(spinesignal::ui::Area area, const QString& target);
};

}  // namespace spinesignal::ui
