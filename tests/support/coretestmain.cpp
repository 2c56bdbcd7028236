// main() for tests that need a QCoreApplication (Qt SQL loads its driver plugin through it).
// The local time zone is pinned to one with daylight saving, so day-boundary tests mean something
// and give the same answer on every machine.
#include <QCoreApplication>

#include <gtest/gtest.h>

#include <ctime>

int main(int argc, char** argv) {
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
