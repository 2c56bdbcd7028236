// Thin entry point: everything lives in the spinesignal_ui library so tests can drive it.
#include "startup/startup.h"

int main(int argc, char* argv[]) {
    return spinesignal::ui::runApplication(argc, argv);
}
