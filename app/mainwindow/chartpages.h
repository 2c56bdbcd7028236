#pragma once

#include "mainwindow/area.h"
#include "util/result.h"

#include <QStringList>

class QWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// The pages built on Qt Charts and Qt PrintSupport — Trends and Doctor summary — reached through
/// factories instead of direct calls.
///
/// Why: linked into the executable, those two libraries (and the OpenGL ones Qt Charts needs) were
/// loaded and relocated before main(), about 1.6 ms of every start-up, for two areas most sessions
/// open late or never. The executable instead loads them with the chart-pages module
/// (libspinesignal_chartpages.so) the first time one of those areas is shown. Programs that link the
/// pages in (the tests, the benchmarks) install the factories themselves. The factories are
/// process-wide, as a loaded module is.
namespace ChartPages {

using Factory = AreaPage* (*)(AppContext&, QWidget*);

struct Factories {
    Factory trends = nullptr;
    Factory summary = nullptr;
};

/// Makes these the factories (the module does it when loaded).
void install(const Factories& factories);

/// Opens the module file now (no loading: an open file descriptor) and loads that same file later.
/// Why: the window may run for days (reminders live in the tray); a package upgrade meanwhile
/// replaces the file on disk, and a module of another build must never be loaded into this one.
/// The upgrade replaces the file by a rename, so the file opened here stays this build's.
void keepModuleOpen();

/// The factory of Area::Trends or Area::Summary, loading the module the first time. The error names
/// the files tried and why each failed, or says that SpineSignal was updated and must be restarted.
Result<Factory> factory(Area area);

/// Where the module is looked for, in order: $SPINESIGNAL_MODULE_DIR if set, the executable's
/// folder (the build tree), then ../lib/spinesignal beside it (an installed package).
QStringList searchPath();

}  // namespace ChartPages

}  // namespace spinesignal::ui
