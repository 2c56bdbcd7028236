#pragma once

#include <QString>

class QSettings;

namespace spinesignal {
class Database;
class EpisodeRepository;
}  // namespace spinesignal

namespace spinesignal::ui {

class LanguageManager;
class Navigator;

/// What every area page may use; owned by whoever starts the app (or the test fixture).
struct AppContext {
    Database& database;
    EpisodeRepository& episodes;
    QSettings& settings;
    LanguageManager& language;
    Navigator& navigator;
    QString dataDirectory;
};

}  // namespace spinesignal::ui
