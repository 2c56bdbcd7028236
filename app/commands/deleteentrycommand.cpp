#include "commands/deleteentrycommand.h"

#include "storage/episoderepository.h"

#include <QCoreApplication>

namespace spinesignal::ui {

DeleteEntryCommand::DeleteEntryCommand(EpisodeRepository& repository, Episode episode, ErrorHandler onError)
    : EntryCommand(repository, std::move(onError)), m_episode(std::move(episode)) {
    setText(QCoreApplication::translate("spinesignal::ui::EntryCommand", "delete entry"));
}

Status DeleteEntryCommand::doRedo() {
    return repository().remove(m_episode.id);
}

Status DeleteEntryCommand::doUndo() {
    return repository().restore(m_episode);
}

}  // namespace spinesignal::ui
