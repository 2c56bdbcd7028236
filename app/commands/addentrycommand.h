#pragma once

#include "commands/entrycommand.h"

namespace spinesignal::ui {

/// Adds a new entry; undo removes it, redo puts it back with the same id.
class AddEntryCommand final : public EntryCommand {
public:
    AddEntryCommand(EpisodeRepository& repository, Episode episode, ErrorHandler onError = {});
    qint64 entryId() const override { return m_episode.id; }
    const Episode& episode() const { return m_episode; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Episode m_episode;
};

}  // namespace spinesignal::ui
