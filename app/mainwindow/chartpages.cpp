#include "mainwindow/chartpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

namespace spinesignal::ui::ChartPages {

namespace {

// The module's file name and its entry points (extern "C", see chartpages/linkedchartpages.cpp).
const QString kModuleFile = QStringLiteral("libspinesignal_chartpages.so");
constexpr const char* kVersionEntry = "spinesignal_chart_pages_version";
constexpr const char* kInstallEntry = "spinesignal_install_chart_pages";

Factories& installed() {
    static Factories factories;
    return factories;
}

/// The module file opened by keepModuleOpen(): its path and descriptor (-1 when none).
struct KeptModule {
    QString path;
    int fd = -1;
};

KeptModule& kept() {
    static KeptModule module;
    return module;
}

QString tr(const char* text) {
    return QCoreApplication::translate("spinesignal::ui::ChartPages", text);
}

QString firstModulePath() {
    for (const QString& folder : searchPath()) {
        if (const QString path = QDir(folder).filePath(kModuleFile); QFile::exists(path)) {
            return path;
        }
    }
    return {};
}

QString lastLoaderError() {
    const char* error = dlerror();
    return error != nullptr ? QString::fromLocal8Bit(error) : tr("unknown error");
}

/// Loads the module (the file kept open if there is one); its entry point installs the factories.
Status loadModule() {
    const KeptModule& module = kept();
    const QString path = module.fd >= 0 ? module.path : firstModulePath();
    if (path.isEmpty()) {
        return Error{Error::Kind::NotFound,
                     tr("%1 is in none of these folders: %2")
                         .arg(kModuleFile, QDir::toNativeSeparators(searchPath().join(QStringLiteral(", "))))};
    }
    // Through the kept descriptor, the file this build was started with, even if it has been
    // replaced on disk since. Every symbol bound now (RTLD_NOW), so a module that does not fit
    // fails here, with a message, instead of at its first call. Never unloaded.
    const QByteArray target =
        module.fd >= 0 ? QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(module.fd) : QFile::encodeName(path);
    void* handle = dlopen(target.constData(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        return Error{Error::Kind::Corrupt,
                     QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), lastLoaderError())};
    }
    using VersionEntry = const char* (*)();
    using InstallEntry = void (*)();
    const auto version = reinterpret_cast<VersionEntry>(dlsym(handle, kVersionEntry));
    const auto install = reinterpret_cast<InstallEntry>(dlsym(handle, kInstallEntry));
    if (version == nullptr || install == nullptr) {
        return Error{Error::Kind::Corrupt,
                     QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), lastLoaderError())};
    }
    if (const QString found = QString::fromLatin1(version()); found != QLatin1String(SPINESIGNAL_VERSION)) {
        return Error{Error::Kind::TooNew,
                     tr("SpineSignal was updated while it was running (this window is version %1, the installed "
                        "pages are version %2). Quit SpineSignal and start it again.")
                         .arg(QStringLiteral(SPINESIGNAL_VERSION), found)};
    }
    install();
    return {};
}

}  // namespace

void install(const Factories& factories) {
    installed() = factories;
}

void keepModuleOpen() {
    KeptModule& module = kept();
    if (module.fd >= 0) {
        return;
    }
    module.path = firstModulePath();
    if (!module.path.isEmpty()) {
        module.fd = ::open(QFile::encodeName(module.path).constData(), O_RDONLY | O_CLOEXEC);
    }
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
