#include "commands/entrycommand.h"

namespace spinesignal::ui {

EntryCommand::EntryCommand(EpisodeRepository& repository, ErrorHandler onError)
    : m_repository(repository), m_onError(std::move(onError)) {
}

Status EntryCommand::apply() {
    Status s = doRedo();
    m_applied = s.ok();
    return s;
}

void EntryCommand::redo() {
    if (m_applied) {
        m_applied = false;  // already done by apply(); this is the push
        return;
    }
    if (Status s = doRedo(); !s && m_onError) {
        m_onError(s.error());
    }
}

void EntryCommand::undo() {
    if (Status s = doUndo(); !s && m_onError) {
        m_onError(s.error());
    }
}

}  // namespace spinesignal::ui
