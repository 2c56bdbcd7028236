#include "startup/firstpaintwatcher.h"

#include "startup/processclock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace spinesignal::ui {

namespace {

class FirstPaintWatcher final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Let this paint finish (and reach the backing store) before measuring.
            QTimer::singleShot(0, this, [] {
                std::printf("%lld\n", static_cast<long long>(millisecondsSinceProcessStart()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

}  // namespace

void watchFirstPaint(QWidget* window) {
    window->installEventFilter(new FirstPaintWatcher(window));
}

}  // namespace spinesignal::ui
