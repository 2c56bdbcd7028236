#pragma once

#include "domain/episode.h"
#include "domain/episodevalidator.h"

#include <QHash>
#include <QWidget>

#include <array>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace spinesignal::ui {

class IntensitySlider;
class LegMapWidget;
class OptionalSpinBox;
class WrapCheckBox;

/// Every field of one log entry (PRODUCT.md §4), in the order a person fills them. It only holds
/// and shows values; saving, undo and messages about the store belong to the LogPage.
class EntryForm final : public QWidget {
    Q_OBJECT
public:
    explicit EntryForm(QWidget* parent = nullptr);
    ~EntryForm() override;

    /// The entry as entered. While the time has not been touched it is "now" at the moment of
    /// asking.
    Episode episode() const;
    /// Shows an existing entry (for editing), time included.
    void setEpisode(const Episode& episode);
    /// "Same as last entry": copies what was felt and done, but not the time (now), the warning
    /// signs (they must be ticked deliberately each time) or the note.
    void fillFrom(const Episode& previous);
    /// Empties every field and sets the time to now.
    void reset();

    /// Shows each error next to its field and focuses the first; returns those that have no field
    /// (e.g. "nothing recorded"), for the page to show by the Save button.
    QList<FieldError> showErrors(const QList<FieldError>& errors);
    void clearErrors();
    /// The error text shown by a field ("" if none), for tests.
    QString errorShown(const QString& field) const;

    /// The first field a person fills (soreness), to put the keyboard focus there.
    QWidget* firstField() const;
    IntensitySlider* intensityInput(Symptom s) const { return m_intensity[static_cast<std::size_t>(s)]; }
    LegMapWidget* legMap() const { return m_legMap; }
    QDateTimeEdit* whenEdit() const { return m_when; }

Q_SIGNALS:
    void redFlagsChanged(spinesignal::EnumSet<spinesignal::RedFlag> flags);

protected:
    void changeEvent(QEvent* event) override;

private:
    QGroupBox* section(const QString& objectName);
    QLabel* errorLabel(const QString& field);
    void buildWhen();
    void buildIntensities();
    void buildSideAndRegions();
    void buildTriggersAndDuration();
    void buildHelpedAndHabits();
    void buildRedFlagsAndNote();
    void retranslate();
    void updateNoteCounter();
    void setWhen(const QDateTime& when, bool touched);
    EnumSet<RedFlag> redFlags() const;
    QWidget* widgetFor(const QString& field) const;

    QHash<QString, QGroupBox*> m_sections;
    QHash<QString, QLabel*> m_errors;
    QDateTimeEdit* m_when = nullptr;
    QPushButton* m_now = nullptr;
    bool m_whenTouched = false;
    QLabel* m_intensityHint = nullptr;
    std::array<QLabel*, kSymptomCount> m_intensityLabels{};
    std::array<IntensitySlider*, kSymptomCount> m_intensity{};
    QButtonGroup* m_sideGroup = nullptr;
    std::array<QRadioButton*, kSideCount> m_side{};
    bool m_sideChosen = false;  ///< the person picked a side; stop deriving it from the regions
    LegMapWidget* m_legMap = nullptr;
    QCheckBox* m_overlay = nullptr;
    QLabel* m_legMapHint = nullptr;
    std::array<QCheckBox*, kTriggerCount> m_triggers{};
    QLabel* m_sittingLabel = nullptr;
    OptionalSpinBox* m_sittingMinutes = nullptr;
    QLabel* m_durationLabel = nullptr;
    OptionalSpinBox* m_duration = nullptr;
    std::array<QCheckBox*, kReliefCount> m_helped{};
    std::array<QLabel*, 4> m_habitLabels{};
    OptionalSpinBox* m_sitBreaks = nullptr;
    OptionalSpinBox* m_swallowSets = nullptr;
    OptionalSpinBox* m_bridgeSets = nullptr;
    OptionalSpinBox* m_walkingMinutes = nullptr;
    QLabel* m_redFlagHint = nullptr;
    std::array<WrapCheckBox*, kRedFlagCount> m_redFlags{};
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_noteCounter = nullptr;
};

}  // namespace spinesignal::ui
