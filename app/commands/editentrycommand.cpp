#include "commands/editentrycommand.h"

#include "storage/episoderepository.h"

#include <QCoreApplication>

namespace spinesignal::ui {

EditEntryCommand::EditEntryCommand(EpisodeRepository& repository, Episode before, Episode after, ErrorHandler onError)
    : EntryCommand(repository, std::move(onError)), m_before(std::move(before)), m_after(std::move(after)) {
    m_after.id = m_before.id;
    setText(QCoreApplication::translate("spinesignal::ui::EntryCommand", "edit entry"));
}

Status EditEntryCommand::doRedo() {
    return repository().update(m_after);
}

Status EditEntryCommand::doUndo() {
    return repository().update(m_before);
}

}  // namespace spinesignal::ui
