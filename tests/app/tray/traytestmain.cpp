// main() for the tray tests: a real X server, because offscreen has no system tray. Xvfb is started
// here on a display it picks itself (-displayfd), wide enough that the 1100-pixel window leaves the
// tray at the top right uncovered (there is no window manager to keep it on top); each test starts
// the standalone tray (trayer).
// Without Xvfb the tests run offscreen and skip (TrayTest says why).
#include "tray/xdisplay.h"

#include <QApplication>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

extern char** environ;

namespace {

bool g_realDisplay = false;

/// Starts Xvfb and returns its pid (or -1), with the display it chose in `display`.
pid_t startXvfb(std::string& display) {
    int fds[2];
    if (pipe(fds) != 0) {
        return -1;
    }
    const std::string fd = std::to_string(fds[1]);
    const char* argv[] = {"Xvfb",         "-displayfd", fd.c_str(), "-screen", "0",
                          "1600x1000x24", "-nolisten",  "tcp",      nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, "Xvfb", &actions, nullptr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (spawned != 0) {
        close(fds[0]);
        return -1;
    }
    // Xvfb writes the display number once it accepts connections.
    std::string number;
    pollfd p{fds[0], POLLIN, 0};
    char c = 0;
    while (poll(&p, 1, 10000) > 0 && read(fds[0], &c, 1) == 1 && c != '\n') {
        number += c;
    }
    close(fds[0]);
    if (number.empty()) {
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
        return -1;
    }
    display = ":" + number;
    return pid;
}

}  // namespace

namespace spinesignal::testing {

bool trayTestsHaveRealDisplay() {
    return g_realDisplay;
}

}  // namespace spinesignal::testing

int main(int argc, char** argv) {
    bool listing = false;
    for (int i = 1; i < argc; ++i) {
        listing = listing || std::strcmp(argv[i], "--gtest_list_tests") == 0;
    }
    pid_t xvfb = -1;
    std::string display;
    if (!listing) {
        xvfb = startXvfb(display);
    }
    if (xvfb > 0) {
        g_realDisplay = true;
        setenv("DISPLAY", display.c_str(), 1);
        qputenv("QT_QPA_PLATFORM", "xcb");
        // With a session bus Qt could pick a StatusNotifier tray of the desktop running the tests:
        // these tests are about the X11 tray of our own display.
        unsetenv("DBUS_SESSION_BUS_ADDRESS");
    } else {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int code = 0;
    {
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("SpineSignalTrayTest"));
        ::testing::InitGoogleTest(&argc, argv);
        code = RUN_ALL_TESTS();
    }
    if (xvfb > 0) {
        kill(xvfb, SIGTERM);
        waitpid(xvfb, nullptr, 0);
    }
    return code;
}
