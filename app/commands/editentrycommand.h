#pragma once

#include "commands/entrycommand.h"

namespace spinesignal::ui {

/// Replaces an entry's content; undo writes the old content back.
class EditEntryCommand final : public EntryCommand {
public:
    EditEntryCommand(EpisodeRepository& repository, Episode before, Episode after, ErrorHandler onError = {});
    qint64 entryId() const override { return m_after.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Episode m_before;
    Episode m_after;
};

}  // namespace spinesignal::ui
