#include "commands/addentrycommand.h"

#include "storage/episoderepository.h"

#include <QCoreApplication>

namespace spinesignal::ui {

AddEntryCommand::AddEntryCommand(EpisodeRepository& repository, Episode episode, ErrorHandler onError)
    : EntryCommand(repository, std::move(onError)), m_episode(std::move(episode)) {
    setText(QCoreApplication::translate("spinesignal::ui::EntryCommand", "add entry"));
}

Status AddEntryCommand::doRedo() {
    if (m_episode.id != 0) {
        return repository().restore(m_episode);
    }
    auto added = repository().add(m_episode);
    if (!added) {
        return added.error();
    }
    m_episode.id = added.value();
    return {};
}

Status AddEntryCommand::doUndo() {
    return repository().remove(m_episode.id);
}

}  // namespace spinesignal::ui
