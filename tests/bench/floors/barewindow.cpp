// The start-up floor: the least a Qt Widgets program can do — a window with one Chinese label —
// started and quit at its first paint, printing the milliseconds since process start exactly as
// `spinesignal --quit-after-first-paint` does. Built from the same process clock source.
#include "startup/processclock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                std::printf("%lld\n", static_cast<long long>(spinesignal::ui::millisecondsSinceProcessStart()));
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

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("腰腿信号 — 脚小腿酸软"));
    label.resize(1100, 760);
    label.installEventFilter(new FirstPaint(&label));
    label.show();
    return QApplication::exec();
}
