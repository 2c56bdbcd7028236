#include "log/logpage.h"

#include "commands/addentrycommand.h"
#include "commands/deleteentrycommand.h"
#include "commands/editentrycommand.h"
#include "domain/episodevalidator.h"
#include "domain/labels.h"
#include "log/entryform.h"
#include "log/historycalendar.h"
#include "log/historymodel.h"
#include "log/learnlinks.h"
#include "log/redflagpanel.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "storage/episoderepository.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace spinesignal::ui {

namespace {

/// Asks for the form's full width, so the splitter gives the form what it needs first.
class FormScrollArea final : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override {
        const int w = widget() ? widget()->sizeHint().width() : 400;
        return {w + verticalScrollBar()->sizeHint().width() + 2 * frameWidth() + 2, 600};
    }
};

}  // namespace

LogPage::LogPage(AppContext& context, QWidget* parent)
    : AreaPage(parent),
      m_context(context),
      m_undo(new QUndoStack(this)),
      m_model(new HistoryModel(context.episodes, this)) {
    setObjectName(QStringLiteral("logPage"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildFormColumn());
    splitter->addWidget(buildHistoryColumn());
    // The form keeps its natural width; the history takes what is left.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(splitter);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(m_saveAction);
    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    addAction(m_redoAction);
    m_undoButton->setDefaultAction(m_undoAction);
    m_redoButton->setDefaultAction(m_redoAction);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        // After undo/redo the edited entry may be gone or changed: leave edit mode to be safe.
        if (!m_editing) {
            return;
        }
        const auto stored = m_context.episodes.get(m_editing->id);
        if (!stored || !stored.value() || !(*stored.value() == *m_editing)) {
            cancelEdit();
        }
    });

    connect(m_form, &EntryForm::redFlagsChanged, this, [this](EnumSet<RedFlag> flags) { m_redFlags->setFlags(flags); });
    connect(m_model, &HistoryModel::loadFailed, this, &LogPage::showGeneralError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogPage::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogPage::updateCounts);
    retranslate();
    fetchFirstBatch();
}

LogPage::~LogPage() = default;

QWidget* LogPage::buildFormColumn() {
    auto* column = new QWidget(this);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 6, 0);
    m_redFlags = new RedFlagPanel(column);
    v->addWidget(m_redFlags);

    m_editBanner = new QFrame(column);
    m_editBanner->setObjectName(QStringLiteral("editBanner"));
    m_editBanner->setFrameShape(QFrame::StyledPanel);
    auto* banner = new QHBoxLayout(m_editBanner);
    banner->setContentsMargins(8, 4, 8, 4);
    m_editLabel = new QLabel(m_editBanner);
    m_editLabel->setWordWrap(true);
    m_cancelEdit = new QPushButton(m_editBanner);
    banner->addWidget(m_editLabel, 1);
    banner->addWidget(m_cancelEdit);
    m_editBanner->hide();
    v->addWidget(m_editBanner);
    connect(m_cancelEdit, &QPushButton::clicked, this, &LogPage::cancelEdit);

    m_form = new EntryForm;
    m_scroll = new FormScrollArea(column);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    // Small windows scroll sideways rather than refusing to shrink.
    m_scroll->setMinimumWidth(320);
    v->addWidget(m_scroll, 1);

    m_generalError = new QLabel(column);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_generalError->hide();
    v->addWidget(m_generalError);

    auto* bar = new QHBoxLayout;
    m_sameAsLast = new QPushButton(column);
    m_sameAsLast->setObjectName(QStringLiteral("sameAsLast"));
    m_clear = new QPushButton(column);
    m_save = new QPushButton(column);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_status = new QLabel(column);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    bar->addWidget(m_sameAsLast);
    bar->addWidget(m_clear);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(m_save);
    v->addLayout(bar);
    connect(m_sameAsLast, &QPushButton::clicked, this, &LogPage::fillFromLast);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        cancelEdit();
        m_form->reset();
        m_generalError->hide();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    return column;
}

QWidget* LogPage::buildHistoryColumn() {
    auto* column = new QWidget(this);
    column->setMinimumWidth(300);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(6, 0, 0, 0);
    m_historyTitle = new QLabel(column);
    QFont titleFont = m_historyTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_historyTitle->setFont(titleFont);
    v->addWidget(m_historyTitle);

    auto* filter = new QHBoxLayout;
    m_filterOn = new QCheckBox(column);
    m_filterOn->setObjectName(QStringLiteral("filterOn"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), column);
    m_to = new QDateEdit(QDate::currentDate(), column);
    for (auto* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_toLabel = new QLabel(column);
    filter->addWidget(m_filterOn);
    filter->addWidget(m_from);
    filter->addWidget(m_toLabel);
    filter->addWidget(m_to);
    filter->addStretch(1);
    v->addLayout(filter);
    connect(m_filterOn, &QCheckBox::toggled, this, &LogPage::applyFilterControls);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_filterOn->isChecked()) {
            applyFilterControls();
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_filterOn->isChecked()) {
            applyFilterControls();
        }
    });

    m_calendar = new HistoryCalendar(m_context.episodes, column);
    m_calendar->setMaximumHeight(230);
    v->addWidget(m_calendar);
    m_calendarLegend = new QLabel(column);
    m_calendarLegend->setWordWrap(true);
    m_daySummary = new QLabel(column);
    m_daySummary->setObjectName(QStringLiteral("daySummary"));
    m_daySummary->setWordWrap(true);
    v->addWidget(m_calendarLegend);
    v->addWidget(m_daySummary);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate day) {
        setFilter(day, day);
        updateDaySummary();
    });
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &LogPage::updateDaySummary);

    m_table = new QTableView(column);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The five intensities stay narrow so they are all visible next to the date.
    for (int s = 0; s < kSymptomCount; ++s) {
        m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::columnOf(static_cast<Symptom>(s)),
                                                          QHeaderView::Fixed);
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    v->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogPage::updateSelectionActions);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { editRow(index.row()); });
    auto* deleteKey = new QAction(m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, [this] {
        if (const auto row = currentRow()) {
            deleteRow(*row);
        }
    });
    m_table->addAction(deleteKey);

    m_count = new QLabel(column);
    m_count->setObjectName(QStringLiteral("historyCount"));
    v->addWidget(m_count);

    auto* actions = new QHBoxLayout;
    m_edit = new QPushButton(column);
    m_delete = new QPushButton(column);
    m_undoButton = new QToolButton(column);
    m_redoButton = new QToolButton(column);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_undoButton);
    actions->addWidget(m_redoButton);
    v->addLayout(actions);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto row = currentRow()) {
            editRow(*row);
        }
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const auto row = currentRow()) {
            deleteRow(*row);
        }
    });

    m_learn = new QLabel(column);
    m_learn->setObjectName(QStringLiteral("learnLinks"));
    m_learn->setWordWrap(true);
    m_learn->setTextFormat(Qt::RichText);
    m_learn->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    v->addWidget(m_learn);
    connect(m_learn, &QLabel::linkActivated, this,
            [this](const QString& link) { m_context.navigator.go(Area::Learn, link); });
    return column;
}

void LogPage::retranslate() {
    m_editLabel->setText(m_editing ? tr("Editing the entry of %1. Save keeps the changes; Ctrl+Z undoes them.")
                                         .arg(QLocale().toString(m_editing->when, QStringLiteral("yyyy-MM-dd HH:mm")))
                                   : QString());
    m_cancelEdit->setText(tr("Stop editing"));
    m_sameAsLast->setText(tr("Same as last entry"));
    m_sameAsLast->setToolTip(
        tr("Fill the form from your most recent entry (time, warning signs and note "
           "are not copied)."));
    m_clear->setText(tr("Clear"));
    m_save->setText(m_editing ? tr("Save changes (Ctrl+S)") : tr("Save (Ctrl+S)"));
    m_historyTitle->setText(tr("History"));
    m_filterOn->setText(tr("Only from"));
    m_toLabel->setText(tr("to"));
    m_from->setAccessibleName(tr("History from"));
    m_from->setAccessibleDescription(tr("First day of the history list, when \"Only from\" is ticked"));
    m_to->setAccessibleName(tr("History to"));
    m_to->setAccessibleDescription(tr("Last day of the history list, when \"Only from\" is ticked"));
    m_calendar->setAccessibleName(tr("Calendar of entries"));
    m_calendar->setAccessibleDescription(tr("Choose a day to list its entries"));
    m_table->setAccessibleName(tr("History entries"));
    m_table->setAccessibleDescription(
        tr("Your entries, newest first; Enter edits the selected one, Delete removes it"));
    m_calendarLegend->setText(
        tr("Days with entries are marked by the worst intensity: green 0, light green "
           "1–3, orange 4–6, red 7–10, grey none recorded; \"!\" a warning sign. Click "
           "a day to list it."));
    m_edit->setText(tr("Edit"));
    m_delete->setText(tr("Delete"));
    m_undo->setUndoLimit(0);
    m_model->retranslate();
    const QFontMetrics fm(m_table->horizontalHeader()->font());
    for (int s = 0; s < kSymptomCount; ++s) {
        const int column = HistoryModel::columnOf(static_cast<Symptom>(s));
        int width = fm.horizontalAdvance(QStringLiteral("10")) + 16;
        for (const QString& line : m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n'))) {
            width = std::max(width, fm.horizontalAdvance(line) + 20);
        }
        m_table->horizontalHeader()->resizeSection(column, width);
    }
    updateSelectionActions();
    updateCounts();
    updateDaySummary();
}

void LogPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    AreaPage::changeEvent(event);
}

void LogPage::showEvent(QShowEvent* event) {
    AreaPage::showEvent(event);
    if (!m_form->isAncestorOf(focusWidget())) {
        m_form->firstField()->setFocus(Qt::OtherFocusReason);
    }
}

void LogPage::openTarget(const QString& target) {
    if (target == QLatin1String("new")) {
        cancelEdit();
        m_form->firstField()->setFocus(Qt::OtherFocusReason);
    }
}

QString LogPage::statusText() const {
    return m_status->text();
}

QString LogPage::generalErrorText() const {
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

void LogPage::showGeneralError(const QString& message) {
    m_generalError->setText(message);
    m_generalError->setVisible(!message.isEmpty());
}

void LogPage::showStatus(const QString& message) {
    m_status->setText(message);
}

bool LogPage::save() {
    showStatus({});
    showGeneralError({});
    const Episode entry = m_form->episode();
    const auto errors = EpisodeValidator::validate(entry, QDateTime::currentDateTime());
    if (!errors.isEmpty()) {
        const auto rest = m_form->showErrors(errors);
        QStringList lines;
        for (const auto& e : rest) {
            lines.append(e.message);
        }
        lines.append(tr("Not saved. Please correct what is marked in red."));
        showGeneralError(lines.join(QLatin1Char('\n')));
        if (!rest.isEmpty() && rest.size() == errors.size()) {
            m_form->firstField()->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    m_form->clearErrors();
    auto onError = [this](const Error& error) { showGeneralError(error.message); };
    std::unique_ptr<EntryCommand> command;
    if (m_editing) {
        command = std::make_unique<EditEntryCommand>(m_context.episodes, *m_editing, entry, onError);
    } else {
        command = std::make_unique<AddEntryCommand>(m_context.episodes, entry, onError);
    }
    if (Status s = command->apply(); !s) {
        // The form keeps everything, so nothing typed is lost.
        showGeneralError(tr("Not saved: %1").arg(s.error().message));
        return false;
    }
    const qint64 id = command->entryId();
    m_undo->push(command.release());
    const bool wasEditing = m_editing.has_value();
    m_editing.reset();
    m_editBanner->hide();
    m_form->reset();
    retranslate();
    // Only now, after the commit, does the person see "Saved".
    showStatus((wasEditing ? tr("Changes saved at %1.") : tr("Saved at %1."))
                   .arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm"))));
    selectEntry(id);
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
    m_scroll->verticalScrollBar()->setValue(0);
    return true;
}

void LogPage::editRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    m_editing = m_model->episodeAt(row);
    m_form->setEpisode(*m_editing);
    m_editBanner->show();
    showStatus({});
    showGeneralError({});
    retranslate();
    m_scroll->verticalScrollBar()->setValue(0);
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
}

bool LogPage::deleteRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    const Episode entry = m_model->episodeAt(row);
    auto command = std::make_unique<DeleteEntryCommand>(m_context.episodes, entry,
                                                        [this](const Error& e) { showGeneralError(e.message); });
    if (Status s = command->apply(); !s) {
        showGeneralError(tr("Not deleted: %1").arg(s.error().message));
        return false;
    }
    m_undo->push(command.release());
    if (m_editing && m_editing->id == entry.id) {
        cancelEdit();
    }
    showStatus(tr("Entry deleted. Ctrl+Z brings it back."));
    return true;
}

void LogPage::fillFromLast() {
    auto last = m_context.episodes.latest();
    if (!last) {
        showGeneralError(last.error().message);
        return;
    }
    if (!last.value()) {
        showStatus(tr("There is no earlier entry yet."));
        return;
    }
    cancelEdit();
    m_form->fillFrom(*last.value());
    showStatus(tr("Filled from the entry of %1 — check and save.")
                   .arg(QLocale().toString(last.value()->when, QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
}

void LogPage::cancelEdit() {
    if (!m_editing) {
        return;
    }
    m_editing.reset();
    m_editBanner->hide();
    m_form->reset();
    retranslate();
}

void LogPage::setFilter(std::optional<QDate> from, std::optional<QDate> to) {
    {
        const QSignalBlocker b1(m_filterOn);
        const QSignalBlocker b2(m_from);
        const QSignalBlocker b3(m_to);
        m_filterOn->setChecked(from && to);
        if (from) {
            m_from->setDate(*from);
        }
        if (to) {
            m_to->setDate(*to);
        }
    }
    m_model->setRange(from, to);
    fetchFirstBatch();
}

void LogPage::applyFilterControls() {
    if (m_filterOn->isChecked()) {
        m_model->setRange(m_from->date(), m_to->date());
    } else {
        m_model->setRange(std::nullopt, std::nullopt);
    }
    fetchFirstBatch();
}

void LogPage::fetchFirstBatch() {
    // The view would ask on its next layout; asking now keeps the list and its count in step.
    if (m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    updateCounts();
}

std::optional<int> LogPage::currentRow() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return rows.first().row();
}

void LogPage::selectEntry(qint64 id) {
    if (const auto row = m_model->rowOf(id)) {
        m_table->selectRow(*row);
        m_table->scrollTo(m_model->index(*row, 0));
    }
}

void LogPage::updateSelectionActions() {
    const auto row = currentRow();
    m_edit->setEnabled(row.has_value());
    m_delete->setEnabled(row.has_value());
    if (!row) {
        m_learn->setText(tr("Select an entry to edit or delete it, or to read what explains it."));
        return;
    }
    const auto links = LearnLinks::forEpisode(m_model->episodeAt(*row));
    if (links.isEmpty()) {
        m_learn->clear();
        return;
    }
    QStringList anchors;
    for (const auto& link : links) {
        anchors.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(link.sectionId, link.title.toHtmlEscaped()));
    }
    m_learn->setText(tr("Read more:") + QLatin1Char(' ') + anchors.join(QStringLiteral(" · ")));
}

void LogPage::updateCounts() {
    m_count->setText(tr("Showing %1 of %n entry(s), newest first.", nullptr, static_cast<int>(m_model->totalCount()))
                         .arg(m_model->rowCount()));
    updateSelectionActions();
}

void LogPage::updateDaySummary() {
    const QDate day = m_calendar->selectedDate();
    const auto info = m_calendar->dayInfo(day);
    const QString date = QLocale().toString(day, QStringLiteral("yyyy-MM-dd"));
    if (info.entries == 0) {
        m_daySummary->setText(tr("%1: no entries.").arg(date));
        return;
    }
    QString text = tr("%1: %n entry(s)", nullptr, info.entries).arg(date);
    if (info.worst >= 0) {
        text += QLatin1String(", ") + tr("worst %1 (%2)").arg(info.worst).arg(Labels::intensityWord(info.worst));
    }
    if (info.redFlag) {
        text += QLatin1String(", ") + tr("with a warning sign");
    }
    m_daySummary->setText(text + QLatin1Char('.'));
}

}  // namespace spinesignal::ui
