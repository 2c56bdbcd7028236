#include "log/entryform.h"

#include "domain/labels.h"
#include "widgets/intensityslider.h"
#include "widgets/legmapwidget.h"
#include "widgets/optionalspinbox.h"
#include "widgets/wrapcheckbox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace spinesignal::ui {

namespace {

constexpr auto kSectionWhen = "when";
constexpr auto kSectionIntensity = "intensity";
constexpr auto kSectionSide = "side";
constexpr auto kSectionWhere = "where";
constexpr auto kSectionTriggers = "triggers";
constexpr auto kSectionHelped = "helped";
constexpr auto kSectionHabits = "habits";
constexpr auto kSectionRedFlags = "redflags";
constexpr auto kSectionNote = "note";

QString intensityField(Symptom s) {
    return QStringLiteral("intensity.") + enumId(s);
}

}  // namespace

EntryForm::EntryForm(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("entryForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    buildWhen();
    buildIntensities();
    buildSideAndRegions();
    buildTriggersAndDuration();
    buildHelpedAndHabits();
    buildRedFlagsAndNote();
    layout->addStretch(1);
    retranslate();
    reset();
}

EntryForm::~EntryForm() = default;

QGroupBox* EntryForm::section(const QString& objectName) {
    auto* box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("section.") + objectName);
    m_sections.insert(objectName, box);
    static_cast<QVBoxLayout*>(layout())->addWidget(box);
    return box;
}

QLabel* EntryForm::errorLabel(const QString& field) {
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("error.") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void EntryForm::buildWhen() {
    auto* box = section(QLatin1String(kSectionWhen));
    auto* v = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_when = new QDateTimeEdit(box);
    m_when->setObjectName(QStringLiteral("when"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd  HH:mm"));
    m_now = new QPushButton(box);
    m_now->setObjectName(QStringLiteral("now"));
    row->addWidget(m_when);
    row->addWidget(m_now);
    row->addStretch(1);
    v->addLayout(row);
    v->addWidget(errorLabel(QStringLiteral("when")));
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] { m_whenTouched = true; });
    connect(m_now, &QPushButton::clicked, this, [this] { setWhen(QDateTime::currentDateTime(), false); });
}

void EntryForm::buildIntensities() {
    auto* box = section(QLatin1String(kSectionIntensity));
    auto* grid = new QGridLayout(box);
    m_intensityHint = new QLabel(box);
    m_intensityHint->setWordWrap(true);
    grid->addWidget(m_intensityHint, 0, 0, 1, 2);
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        auto* label = new QLabel(box);
        auto* input = new IntensitySlider(box);
        input->setObjectName(QStringLiteral("intensity.") + enumId(s));
        label->setBuddy(input);
        m_intensityLabels[static_cast<std::size_t>(i)] = label;
        m_intensity[static_cast<std::size_t>(i)] = input;
        grid->addWidget(label, 1 + 2 * i, 0);
        grid->addWidget(input, 1 + 2 * i, 1, Qt::AlignLeft);
        grid->addWidget(errorLabel(intensityField(s)), 2 + 2 * i, 1);
    }
    grid->setColumnStretch(1, 1);
}

void EntryForm::buildSideAndRegions() {
    auto* sideBox = section(QLatin1String(kSectionSide));
    auto* sideLayout = new QVBoxLayout(sideBox);
    auto* row = new QHBoxLayout;
    m_sideGroup = new QButtonGroup(this);
    for (int i = 0; i < kSideCount; ++i) {
        auto* radio = new QRadioButton(sideBox);
        radio->setObjectName(QStringLiteral("side.") +
                             (i == 0 ? QStringLiteral("none") : enumId(static_cast<Side>(i))));
        m_side[static_cast<std::size_t>(i)] = radio;
        m_sideGroup->addButton(radio, i);
        row->addWidget(radio);
    }
    row->addStretch(1);
    sideLayout->addLayout(row);
    sideLayout->addWidget(errorLabel(QStringLiteral("side")));

    auto* whereBox = section(QLatin1String(kSectionWhere));
    auto* whereLayout = new QVBoxLayout(whereBox);
    m_legMapHint = new QLabel(whereBox);
    m_legMapHint->setWordWrap(true);
    m_legMap = new LegMapWidget(whereBox);
    m_legMap->setMinimumHeight(380);
    m_overlay = new QCheckBox(whereBox);
    m_overlay->setObjectName(QStringLiteral("legMapOverlay"));
    whereLayout->addWidget(m_legMapHint);
    whereLayout->addWidget(m_legMap, 1);
    whereLayout->addWidget(m_overlay);
    whereLayout->addWidget(errorLabel(QStringLiteral("regions")));
    connect(m_overlay, &QCheckBox::toggled, m_legMap, &LegMapWidget::setOverlayVisible);
    // Marking regions fills in the side, one step less, until the person picks a side themselves.
    connect(m_sideGroup, &QButtonGroup::idClicked, this, [this] { m_sideChosen = true; });
    connect(m_legMap, &LegMapWidget::regionToggled, this, [this] {
        if (m_sideChosen) {
            return;
        }
        bool left = false;
        bool right = false;
        for (const auto& item : m_legMap->selectedRegions().items()) {
            (item.first == Leg::Left ? left : right) = true;
        }
        const Side side = left && right ? Side::Both : left ? Side::Left : right ? Side::Right : Side::Unspecified;
        m_side[static_cast<std::size_t>(side)]->setChecked(true);
    });
}

void EntryForm::buildTriggersAndDuration() {
    auto* box = section(QLatin1String(kSectionTriggers));
    auto* grid = new QGridLayout(box);
    for (int i = 0; i < kTriggerCount; ++i) {
        auto* check = new QCheckBox(box);
        check->setObjectName(QStringLiteral("trigger.") + enumId(static_cast<Trigger>(i)));
        m_triggers[static_cast<std::size_t>(i)] = check;
        if (i == 0) {
            // Long sitting has its own row with "for how long".
            auto* sitRow = new QHBoxLayout;
            sitRow->addWidget(check);
            m_sittingLabel = new QLabel(box);
            m_sittingMinutes = new OptionalSpinBox(EpisodeValidator::kMaxSittingMinutes, box);
            m_sittingMinutes->setObjectName(QStringLiteral("sittingMinutes"));
            m_sittingLabel->setBuddy(m_sittingMinutes);
            sitRow->addSpacing(12);
            sitRow->addWidget(m_sittingLabel);
            sitRow->addWidget(m_sittingMinutes);
            sitRow->addStretch(1);
            grid->addLayout(sitRow, 0, 0, 1, 2);
        } else {
            grid->addWidget(check, 1 + (i - 1) / 2, (i - 1) % 2);
        }
    }
    grid->addWidget(errorLabel(QStringLiteral("sitting_minutes")), 5, 0, 1, 2);
    grid->addWidget(errorLabel(QStringLiteral("triggers")), 6, 0, 1, 2);
    auto* durationRow = new QHBoxLayout;
    m_durationLabel = new QLabel(box);
    m_duration = new OptionalSpinBox(EpisodeValidator::kMaxDurationMinutes, box);
    m_duration->setObjectName(QStringLiteral("durationMinutes"));
    m_durationLabel->setBuddy(m_duration);
    durationRow->addWidget(m_durationLabel);
    durationRow->addWidget(m_duration);
    durationRow->addStretch(1);
    grid->addLayout(durationRow, 7, 0, 1, 2);
    grid->addWidget(errorLabel(QStringLiteral("duration_minutes")), 8, 0, 1, 2);
    // Typing how long they sat means the sitting counted.
    connect(m_sittingMinutes, &QSpinBox::valueChanged, this, [this](int v) {
        if (v > 0) {
            m_triggers[0]->setChecked(true);
        }
    });
}

void EntryForm::buildHelpedAndHabits() {
    auto* box = section(QLatin1String(kSectionHelped));
    auto* grid = new QGridLayout(box);
    for (int i = 0; i < kReliefCount; ++i) {
        auto* check = new QCheckBox(box);
        check->setObjectName(QStringLiteral("helped.") + enumId(static_cast<Relief>(i)));
        m_helped[static_cast<std::size_t>(i)] = check;
        grid->addWidget(check, i / 2, i % 2);
    }
    grid->addWidget(errorLabel(QStringLiteral("helped")), 4, 0, 1, 2);

    auto* habits = section(QLatin1String(kSectionHabits));
    auto* hg = new QGridLayout(habits);
    m_sitBreaks = new OptionalSpinBox(EpisodeValidator::kMaxCount, habits);
    m_swallowSets = new OptionalSpinBox(EpisodeValidator::kMaxCount, habits);
    m_bridgeSets = new OptionalSpinBox(EpisodeValidator::kMaxCount, habits);
    m_walkingMinutes = new OptionalSpinBox(EpisodeValidator::kMaxWalkingMinutes, habits);
    const std::array<std::pair<OptionalSpinBox*, const char*>, 4> fields{{{m_sitBreaks, "sit_breaks"},
                                                                          {m_swallowSets, "swallow_sets"},
                                                                          {m_bridgeSets, "bridge_sets"},
                                                                          {m_walkingMinutes, "walking_minutes"}}};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto* label = new QLabel(habits);
        const QString field = QLatin1String(fields[i].second);
        fields[i].first->setObjectName(field);
        label->setBuddy(fields[i].first);
        m_habitLabels[i] = label;
        const int row = static_cast<int>(i / 2) * 2;
        const int col = static_cast<int>(i % 2) * 2;
        hg->addWidget(label, row, col);
        hg->addWidget(fields[i].first, row, col + 1);
        hg->addWidget(errorLabel(field), row + 1, col, 1, 2);
    }
    hg->setColumnStretch(1, 1);
    hg->setColumnStretch(3, 1);
}

void EntryForm::buildRedFlagsAndNote() {
    auto* box = section(QLatin1String(kSectionRedFlags));
    auto* v = new QVBoxLayout(box);
    m_redFlagHint = new QLabel(box);
    m_redFlagHint->setWordWrap(true);
    v->addWidget(m_redFlagHint);
    for (int i = 0; i < kRedFlagCount; ++i) {
        auto* check = new WrapCheckBox(box);
        check->setObjectName(QStringLiteral("redflag.") + enumId(static_cast<RedFlag>(i)));
        check->checkBox()->setObjectName(QStringLiteral("redflagbox.") + enumId(static_cast<RedFlag>(i)));
        m_redFlags[static_cast<std::size_t>(i)] = check;
        v->addWidget(check);
        connect(check, &WrapCheckBox::toggled, this, [this] { Q_EMIT redFlagsChanged(redFlags()); });
    }
    v->addWidget(errorLabel(QStringLiteral("red_flags")));

    auto* noteBox = section(QLatin1String(kSectionNote));
    auto* nv = new QVBoxLayout(noteBox);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_noteCounter = new QLabel(noteBox);
    m_noteCounter->setObjectName(QStringLiteral("noteCounter"));
    m_noteCounter->setAlignment(Qt::AlignRight);
    nv->addWidget(m_note);
    nv->addWidget(m_noteCounter);
    nv->addWidget(errorLabel(QStringLiteral("note")));
    connect(m_note, &QPlainTextEdit::textChanged, this, &EntryForm::updateNoteCounter);
}

void EntryForm::retranslate() {
    m_sections[QLatin1String(kSectionWhen)]->setTitle(tr("When"));
    m_now->setText(tr("Now"));
    m_when->setAccessibleName(tr("Date and time of the entry"));
    m_sections[QLatin1String(kSectionIntensity)]->setTitle(tr("How strong? (0 = none, 10 = worst imaginable)"));
    m_intensityHint->setText(tr("Type a number or use the arrow keys; leave a row empty if you did not notice it."));
    for (int i = 0; i < kSymptomCount; ++i) {
        const auto s = static_cast<Symptom>(i);
        m_intensityLabels[static_cast<std::size_t>(i)]->setText(Labels::symptom(s));
        m_intensity[static_cast<std::size_t>(i)]->setAccessibleName(Labels::symptom(s));
    }
    m_sections[QLatin1String(kSectionSide)]->setTitle(tr("Which side"));
    for (int i = 0; i < kSideCount; ++i) {
        m_side[static_cast<std::size_t>(i)]->setText(Labels::side(static_cast<Side>(i)));
    }
    m_sections[QLatin1String(kSectionWhere)]->setTitle(tr("Where"));
    m_legMapHint->setText(tr("Click the places where you feel it, or use the arrow keys and Space."));
    m_overlay->setText(tr("Show where L4, L5 and S1 are usually felt"));
    m_sections[QLatin1String(kSectionTriggers)]->setTitle(tr("What set it off"));
    for (int i = 0; i < kTriggerCount; ++i) {
        m_triggers[static_cast<std::size_t>(i)]->setText(Labels::trigger(static_cast<Trigger>(i)));
    }
    m_sittingLabel->setText(tr("sat for"));
    m_sittingMinutes->setSuffix(tr(" min"));
    m_sittingMinutes->setAccessibleName(tr("Minutes of sitting"));
    m_durationLabel->setText(tr("How long it lasted"));
    m_duration->setSuffix(tr(" min"));
    m_sections[QLatin1String(kSectionHelped)]->setTitle(tr("What helped (or was tried)"));
    for (int i = 0; i < kReliefCount; ++i) {
        m_helped[static_cast<std::size_t>(i)]->setText(Labels::relief(static_cast<Relief>(i)));
    }
    m_sections[QLatin1String(kSectionHabits)]->setTitle(tr("Habits today"));
    m_habitLabels[0]->setText(tr("Sit breaks"));
    m_habitLabels[1]->setText(tr("小燕飞 (swallow) sets"));
    m_habitLabels[2]->setText(tr("五点支撑 (five-point bridge) sets"));
    m_habitLabels[3]->setText(tr("Walking"));
    m_walkingMinutes->setSuffix(tr(" min"));
    m_sections[QLatin1String(kSectionRedFlags)]->setTitle(tr("Warning signs"));
    m_redFlagHint->setText(tr("Tick only what is present now. Any one of these needs a doctor today."));
    for (int i = 0; i < kRedFlagCount; ++i) {
        m_redFlags[static_cast<std::size_t>(i)]->setText(Labels::redFlag(static_cast<RedFlag>(i)));
    }
    m_sections[QLatin1String(kSectionNote)]->setTitle(tr("Note"));
    m_note->setPlaceholderText(tr("Anything else: what you did, how you slept, questions for the doctor…"));
    m_note->setAccessibleName(tr("Note"));
    updateNoteCounter();
}

void EntryForm::updateNoteCounter() {
    const int length = static_cast<int>(m_note->toPlainText().size());
    const int max = EpisodeValidator::kMaxNoteLength;
    const QLocale locale;
    if (length > max) {
        m_noteCounter->setText(tr("%1 / %2 characters — too long: shorten it by %3 to save")
                                   .arg(locale.toString(length), locale.toString(max), locale.toString(length - max)));
        m_noteCounter->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    } else {
        m_noteCounter->setText(tr("%1 / %2 characters").arg(locale.toString(length), locale.toString(max)));
        m_noteCounter->setStyleSheet(QString());
    }
}

void EntryForm::setWhen(const QDateTime& when, bool touched) {
    {
        const QSignalBlocker block(m_when);
        m_when->setDateTime(when);
    }
    m_whenTouched = touched;
}

Episode EntryForm::episode() const {
    Episode e;
    if (m_whenTouched) {
        e.when = m_when->dateTime();
    } else {
        // Untouched means "now": the moment of saving, not the moment the form was opened.
        e.when = QDateTime::currentDateTime();
        const QSignalBlocker block(m_when);
        m_when->setDateTime(e.when);
    }
    for (int i = 0; i < kSymptomCount; ++i) {
        e.intensity[static_cast<std::size_t>(i)] = m_intensity[static_cast<std::size_t>(i)]->value();
    }
    e.side = static_cast<Side>(std::max(0, m_sideGroup->checkedId()));
    e.regions = m_legMap->selectedRegions();
    for (int i = 0; i < kTriggerCount; ++i) {
        e.triggers.set(static_cast<Trigger>(i), m_triggers[static_cast<std::size_t>(i)]->isChecked());
    }
    e.sittingMinutes = m_sittingMinutes->optionalValue();
    e.durationMinutes = m_duration->optionalValue();
    for (int i = 0; i < kReliefCount; ++i) {
        e.helped.set(static_cast<Relief>(i), m_helped[static_cast<std::size_t>(i)]->isChecked());
    }
    e.redFlags = redFlags();
    e.habits.sitBreaks = m_sitBreaks->optionalValue();
    e.habits.swallowSets = m_swallowSets->optionalValue();
    e.habits.bridgeSets = m_bridgeSets->optionalValue();
    e.habits.walkingMinutes = m_walkingMinutes->optionalValue();
    e.note = m_note->toPlainText();
    return e;
}

EnumSet<RedFlag> EntryForm::redFlags() const {
    EnumSet<RedFlag> flags;
    for (int i = 0; i < kRedFlagCount; ++i) {
        flags.set(static_cast<RedFlag>(i), m_redFlags[static_cast<std::size_t>(i)]->isChecked());
    }
    return flags;
}

void EntryForm::setEpisode(const Episode& e) {
    fillFrom(e);
    setWhen(e.when, true);
    for (int i = 0; i < kRedFlagCount; ++i) {
        m_redFlags[static_cast<std::size_t>(i)]->setChecked(e.redFlags.contains(static_cast<RedFlag>(i)));
    }
    m_note->setPlainText(e.note);
}

void EntryForm::fillFrom(const Episode& e) {
    reset();
    for (int i = 0; i < kSymptomCount; ++i) {
        m_intensity[static_cast<std::size_t>(i)]->setValue(e.intensity[static_cast<std::size_t>(i)]);
    }
    m_side[static_cast<std::size_t>(e.side)]->setChecked(true);
    m_sideChosen = e.side != Side::Unspecified;
    m_legMap->setSelectedRegions(e.regions);
    for (int i = 0; i < kTriggerCount; ++i) {
        m_triggers[static_cast<std::size_t>(i)]->setChecked(e.triggers.contains(static_cast<Trigger>(i)));
    }
    m_sittingMinutes->setOptionalValue(e.sittingMinutes);
    m_duration->setOptionalValue(e.durationMinutes);
    for (int i = 0; i < kReliefCount; ++i) {
        m_helped[static_cast<std::size_t>(i)]->setChecked(e.helped.contains(static_cast<Relief>(i)));
    }
    m_sitBreaks->setOptionalValue(e.habits.sitBreaks);
    m_swallowSets->setOptionalValue(e.habits.swallowSets);
    m_bridgeSets->setOptionalValue(e.habits.bridgeSets);
    m_walkingMinutes->setOptionalValue(e.habits.walkingMinutes);
}

void EntryForm::reset() {
    clearErrors();
    setWhen(QDateTime::currentDateTime(), false);
    for (auto* input : m_intensity) {
        input->clear();
    }
    m_side[0]->setChecked(true);
    m_sideChosen = false;
    m_legMap->setSelectedRegions({});
    for (auto* check : m_triggers) {
        check->setChecked(false);
    }
    for (auto* check : m_helped) {
        check->setChecked(false);
    }
    for (auto* spin : {m_sittingMinutes, m_duration, m_sitBreaks, m_swallowSets, m_bridgeSets, m_walkingMinutes}) {
        spin->setOptionalValue(std::nullopt);
    }
    for (auto* check : m_redFlags) {
        check->setChecked(false);
    }
    m_note->clear();
}

QWidget* EntryForm::firstField() const {
    return m_intensity[0];
}

QWidget* EntryForm::widgetFor(const QString& field) const {
    if (field == QLatin1String("when")) {
        return m_when;
    }
    if (field.startsWith(QLatin1String("intensity."))) {
        if (const auto s = enumFromId<Symptom>(QStringView(field).mid(10))) {
            return m_intensity[static_cast<std::size_t>(*s)];
        }
    }
    static const QHash<QString, int> simple{{QStringLiteral("side"), 0},
                                            {QStringLiteral("regions"), 1},
                                            {QStringLiteral("sitting_minutes"), 2},
                                            {QStringLiteral("duration_minutes"), 3},
                                            {QStringLiteral("sit_breaks"), 4},
                                            {QStringLiteral("swallow_sets"), 5},
                                            {QStringLiteral("bridge_sets"), 6},
                                            {QStringLiteral("walking_minutes"), 7},
                                            {QStringLiteral("note"), 8}};
    const std::array<QWidget*, 9> widgets{m_side[0],     m_legMap,     m_sittingMinutes, m_duration, m_sitBreaks,
                                          m_swallowSets, m_bridgeSets, m_walkingMinutes, m_note};
    const auto it = simple.find(field);
    return it == simple.end() ? nullptr : widgets[static_cast<std::size_t>(*it)];
}

QList<FieldError> EntryForm::showErrors(const QList<FieldError>& errors) {
    clearErrors();
    QList<FieldError> unplaced;
    QWidget* first = nullptr;
    for (const auto& error : errors) {
        QLabel* label = m_errors.value(error.field);
        if (!label) {
            unplaced.append(error);
            continue;
        }
        label->setText(label->text().isEmpty() ? error.message : label->text() + QLatin1Char('\n') + error.message);
        label->show();
        if (!first) {
            first = widgetFor(error.field);
        }
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
    return unplaced;
}

void EntryForm::clearErrors() {
    for (auto* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

QString EntryForm::errorShown(const QString& field) const {
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void EntryForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace spinesignal::ui
