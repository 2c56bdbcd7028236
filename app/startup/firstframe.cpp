#include "startup/firstframe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace spinesignal::ui {

namespace {

class FirstFrameWatcher final : public QObject {
public:
    FirstFrameWatcher(QWidget* window, std::function<void()> then) : QObject(window), m_then(std::move(then)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && m_then) {
            // After this paint has finished and reached the backing store, not inside it.
            QTimer::singleShot(0, parent(), std::move(m_then));
            m_then = nullptr;
            watched->removeEventFilter(this);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

}  // namespace

void afterFirstFrame(QWidget* window, std::function<void()> then) {
    window->installEventFilter(new FirstFrameWatcher(window, std::move(then)));
}

}  // namespace spinesignal::ui
