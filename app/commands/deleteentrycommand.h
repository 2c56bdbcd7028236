#pragma once

#include "commands/entrycommand.h"

namespace spinesignal::ui {

/// Deletes an entry; undo restores it with its old id and content.
class DeleteEntryCommand final : public EntryCommand {
public:
    DeleteEntryCommand(EpisodeRepository& repository, Episode episode, ErrorHandler onError = {});
    qint64 entryId() const override { return m_episode.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Episode m_episode;
};

}  // namespace spinesignal::ui
