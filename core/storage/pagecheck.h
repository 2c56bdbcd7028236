#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <thread>

namespace spinesignal {

/// How Database::open() checks a store's pages (PRAGMA quick_check).
enum class PageCheck {
    /// Before open() returns: a damaged page is refused before anything reads or writes it.
    OnOpen,
    /// Left to a BackgroundPageCheck the caller runs while it builds its window, when open()
    /// writes nothing to the file (no migration, already in WAL mode); otherwise as OnOpen. The
    /// check reads every page, so it grows with the store: ten years of entries take ~9 ms.
    Deferred,
};

/// PRAGMA quick_check of the store at `path` on a thread of its own, over its own read-only
/// connection (the sqlite3 C API: a Qt SQL connection belongs to the thread that opened it).
/// Started by the constructor; result() waits for it; the destructor waits too.
class BackgroundPageCheck {
public:
    explicit BackgroundPageCheck(QString path);
    ~BackgroundPageCheck();
    BackgroundPageCheck(const BackgroundPageCheck&) = delete;
    BackgroundPageCheck& operator=(const BackgroundPageCheck&) = delete;

    /// Waits for the check: ok, or an Error that says what it found: Corrupt for damage, Io when
    /// the file could not be opened or read (locked, gone, out of memory).
    Status result();

private:
    QString m_path;
    Status m_result;
    std::thread m_thread;
};

/// The same check on the calling thread (what BackgroundPageCheck runs).
Status checkPages(const QString& path);

/// The result of a page check of `path`: `failure` is why it could not run (empty if it ran), of
/// `failureKind`; `findings` what it reported ("ok" alone when the pages are sound).
Status describePageCheck(const QString& path, const QString& failure, const QStringList& findings,
                         Error::Kind failureKind = Error::Kind::Corrupt);

}  // namespace spinesignal
