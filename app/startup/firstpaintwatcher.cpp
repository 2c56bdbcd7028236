#include "startup/firstpaintwatcher.h"

#include "startup/firstframe.h"
#include "startup/processclock.h"

#include <QCoreApplication>

#include <cstdio>

namespace spinesignal::ui {

void watchFirstPaint(QWidget* window) {
    afterFirstFrame(window, [] {
        std::printf("%lld\n", static_cast<long long>(millisecondsSinceProcessStart()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

}  // namespace spinesignal::ui
