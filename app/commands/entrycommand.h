#pragma once

#include "domain/episode.h"
#include "util/result.h"

#include <QUndoCommand>

#include <functional>

namespace spinesignal {
class EpisodeRepository;
}

namespace spinesignal::ui {

/// Base of the undoable changes to log entries. Ownership: the QUndoStack owns the commands; the
/// commands hold a reference to the repository, which outlives the window and so the stack.
///
/// The first change is made by apply() *before* the command is pushed, so the page can show
/// "Saved" only after the commit and keep the form when it failed; the push's redo() then skips.
/// Later undo()/redo() failures (e.g. a full disk) are reported through the error handler.
class EntryCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const Error&)>;

    EntryCommand(EpisodeRepository& repository, ErrorHandler onError);

    /// Makes the change for the first time; push the command only when this succeeded.
    Status apply();

    void undo() final;
    void redo() final;

    /// The id of the entry the command is about (known after apply()).
    virtual qint64 entryId() const = 0;

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;
    EpisodeRepository& repository() { return m_repository; }

private:
    EpisodeRepository& m_repository;
    ErrorHandler m_onError;
    bool m_applied = false;
};

}  // namespace spinesignal::ui
