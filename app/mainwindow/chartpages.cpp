#include "mainwindow/chartpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QStringList>

namespace spinesignal::ui::ChartPages {

namespace {

// The module's file name and its one entry point (extern "C", see chartpages/moduleentry.cpp).
const QString kModuleFile = QStringLiteral("libspinesignal_chartpages.so");
constexpr const char* kEntryPoint = "spinesignal_install_chart_pages";

Factories& installed() {
    static Factories factories;
    return factories;
}

QString tr(const char* text) {
    return QCoreApplication::translate("spinesignal::ui::ChartPages", text);
}

/// Loads the module from the first folder that has it; its entry point installs the factories.
Status loadModule() {
    QStringList failures;
    for (const QString& folder : searchPath()) {
        const QString path = QDir(folder).filePath(kModuleFile);
        if (!QFile::exists(path)) {
            continue;
        }
        // Never unloaded; every symbol bound now, so a mismatched module fails here, with a
        // message, instead of crashing later at its first call.
        auto* library = new QLibrary(path);
        library->setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!library->load()) {
            failures.append(library->errorString());
            delete library;
            continue;
        }
        using Entry = void (*)();
        const auto entry = reinterpret_cast<Entry>(library->resolve(kEntryPoint));
        if (entry == nullptr) {
            failures.append(library->errorString());
            continue;
        }
        entry();
        return {};
    }
    if (failures.isEmpty()) {
        failures.append(tr("%1 is in none of these folders: %2")
                            .arg(kModuleFile, QDir::toNativeSeparators(searchPath().join(QStringLiteral(", ")))));
    }
    return Error{Error::Kind::NotFound, failures.join(QLatin1Char('\n'))};
}

}  // namespace

void install(const Factories& factories) {
    installed() = factories;
}

QStringList searchPath() {
    QStringList folders;
    if (const QString dir = qEnvironmentVariable("SPINESIGNAL_MODULE_DIR"); !dir.isEmpty()) {
        folders.append(dir);
    }
    const QString executableDir = QCoreApplication::applicationDirPath();
    folders.append(executableDir);
    folders.append(QDir::cleanPath(executableDir + QStringLiteral("/../lib/spinesignal")));
    return folders;
}

Result<Factory> factory(Area area) {
    auto pick = [area]() -> Factory {
        return area == Area::Trends ? installed().trends : area == Area::Summary ? installed().summary : nullptr;
    };
    if (pick() == nullptr) {
        if (Status loaded = loadModule(); !loaded) {
            return loaded.error();
        }
    }
    if (Factory made = pick(); made != nullptr) {
        return made;
    }
    return Error{Error::Kind::Internal, tr("The module loaded but has no page for this area.")};
}

}  // namespace spinesignal::ui::ChartPages
