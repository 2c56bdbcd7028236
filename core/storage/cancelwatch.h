#pragma once

#include <QtGlobal>

#include <functional>

struct sqlite3;

namespace spinesignal {

class Database;
class TaskProgress;

/// While it lives, a cancelled TaskProgress stops the statement running on `db`'s connection:
/// SQLite calls back every few thousand virtual-machine steps, and the callback makes the statement
/// fail with SQLITE_INTERRUPT. An interrupted write rolls its transaction back and an interrupted
/// VACUUM INTO stops, so cancelling never leaves half of a statement's work behind.
///
/// Create and destroy it on the thread that uses the connection (Qt SQL connections are bound to
/// the thread that opened them; the callback runs there too).
class CancelWatch {
public:
    /// `onTick`, if given, runs on each callback (e.g. to report rowsChanged() as progress).
    CancelWatch(Database& db, const TaskProgress* progress, std::function<void(const CancelWatch&)> onTick = {});
    ~CancelWatch();
    CancelWatch(const CancelWatch&) = delete;
    CancelWatch& operator=(const CancelWatch&) = delete;

    /// Rows inserted, updated or deleted on the connection since the watch began.
    qint64 rowsChanged() const;
    /// False when the driver gave no SQLite handle (then nothing can be interrupted mid-statement).
    bool active() const { return m_handle != nullptr; }

private:
    static int callback(void* self);

    sqlite3* m_handle = nullptr;
    const TaskProgress* m_progress;
    std::function<void(const CancelWatch&)> m_onTick;
    qint64 m_changesBefore = 0;
};

}  // namespace spinesignal
