#include "settings/settingspage.h"

#include "mainwindow/appcontext.h"
#include "settings/appearance.h"
#include "settings/datasettingsbox.h"
#include "settings/remindersettingsbox.h"
#include "startup/languagemanager.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>

namespace spinesignal::ui {

namespace {

constexpr std::array<int, 5> kScales{100, 125, 150, 175, 200};
const QString kLanguages[] = {QStringLiteral("zh_CN"), QStringLiteral("en")};
const QString kThemes[] = {QStringLiteral("system"), QStringLiteral("dark")};

}  // namespace

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : AreaPage(parent),
      m_context(context),
      m_title(new QLabel(this)),
      m_displayBox(new QGroupBox(this)),
      m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)),
      m_textSizeLabel(new QLabel(this)),
      m_textSize(new QComboBox(this)),
      m_themeLabel(new QLabel(this)),
      m_theme(new QComboBox(this)),
      m_reduceMotion(new QCheckBox(this)),
      m_profileBox(new QGroupBox(this)),
      m_profileHint(new QLabel(this)),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_birthYearLabel(new QLabel(this)),
      m_birthYear(new QSpinBox(this)),
      m_reminders(new ReminderSettingsBox(context, this)),
      m_data(new DataSettingsBox(context, this)) {
    setObjectName(QStringLiteral("settingsPage"));
    m_language->setObjectName(QStringLiteral("language"));
    m_textSize->setObjectName(QStringLiteral("textSize"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_reduceMotion->setObjectName(QStringLiteral("reduceMotion"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_birthYear->setObjectName(QStringLiteral("birthYear"));

    updateTitleFont();

    // The language names are written in their own language, so either can be found.
    m_language->addItem(QStringLiteral("中文（简体）"));
    m_language->addItem(QStringLiteral("English"));
    for (int scale : kScales) {
        m_textSize->addItem(QStringLiteral("%1%").arg(scale), scale);
    }
    m_theme->addItem(QString());
    m_theme->addItem(QString());

    auto* display = new QFormLayout(m_displayBox);
    display->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    display->addRow(m_languageLabel, m_language);
    display->addRow(m_textSizeLabel, m_textSize);
    display->addRow(m_themeLabel, m_theme);
    display->addRow(m_reduceMotion);
    m_languageLabel->setBuddy(m_language);
    m_textSizeLabel->setBuddy(m_textSize);
    m_themeLabel->setBuddy(m_theme);

    m_profileHint->setWordWrap(true);
    m_name->setMaxLength(100);
    m_name->setClearButtonEnabled(true);
    // Minimum = "not given": the special text stands for no year.
    m_birthYear->setRange(1899, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(QStringLiteral("—"));
    auto* profile = new QFormLayout(m_profileBox);
    profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    profile->addRow(m_profileHint);
    profile->addRow(m_nameLabel, m_name);
    profile->addRow(m_birthYearLabel, m_birthYear);
    m_nameLabel->setBuddy(m_name);
    m_birthYearLabel->setBuddy(m_birthYear);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(16, 12, 16, 12);
    column->addWidget(m_title);
    column->addWidget(m_displayBox);
    column->addWidget(m_profileBox);
    column->addWidget(m_reminders);
    column->addWidget(m_data);
    column->addStretch(1);
    // Scrolls at 200% text on a 1280×800 screen instead of squeezing the controls.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_language, m_textSize);
    setTabOrder(m_textSize, m_theme);
    setTabOrder(m_theme, m_reduceMotion);
    setTabOrder(m_reduceMotion, m_name);
    setTabOrder(m_name, m_birthYear);

    load();
    retranslate();

    connect(m_language, &QComboBox::activated, this, &SettingsPage::setLanguage);
    connect(m_textSize, &QComboBox::activated, this, &SettingsPage::setTextScale);
    connect(m_theme, &QComboBox::activated, this, &SettingsPage::setTheme);
    connect(m_reduceMotion, &QCheckBox::toggled, this, [this](bool on) {
        m_context.settings.setValue(QStringLiteral("ui/reduceMotion"), on);
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_context.settings.setValue(QStringLiteral("profile/name"), text.trimmed());
    });
    connect(m_birthYear, &QSpinBox::valueChanged, this, [this](int year) {
        if (year == m_birthYear->minimum()) {
            m_context.settings.remove(QStringLiteral("profile/birthYear"));
        } else {
            m_context.settings.setValue(QStringLiteral("profile/birthYear"), year);
        }
    });
    connect(&m_context.language, &LanguageManager::changed, this,
            [this] { m_language->setCurrentIndex(m_context.language.isChinese() ? 0 : 1); });
    connect(m_data, &DataSettingsBox::profileCleared, this, &SettingsPage::load);
}

void SettingsPage::load() {
    const QSettings& s = m_context.settings;
    m_language->setCurrentIndex(m_context.language.isChinese() ? 0 : 1);
    const int scale = s.value(QStringLiteral("ui/textScale"), 100).toInt();
    int scaleIndex = 0;
    for (int i = 0; i < static_cast<int>(kScales.size()); ++i) {
        if (kScales[static_cast<std::size_t>(i)] <= scale) {
            scaleIndex = i;
        }
    }
    m_textSize->setCurrentIndex(scaleIndex);
    m_theme->setCurrentIndex(s.value(QStringLiteral("ui/theme")).toString() == kThemes[1] ? 1 : 0);
    m_reduceMotion->setChecked(s.value(QStringLiteral("ui/reduceMotion"), false).toBool());
    const QSignalBlocker nameBlock(m_name);
    const QSignalBlocker yearBlock(m_birthYear);
    m_name->setText(s.value(QStringLiteral("profile/name")).toString());
    const int year = s.value(QStringLiteral("profile/birthYear"), 0).toInt();
    m_birthYear->setValue(year >= 1900 ? year : m_birthYear->minimum());
}

void SettingsPage::setLanguage(int index) {
    const QString language = kLanguages[index == 0 ? 0 : 1];
    m_context.settings.setValue(QStringLiteral("ui/language"), language);
    m_context.language.apply(language);
}

void SettingsPage::setTextScale(int index) {
    const int scale = m_textSize->itemData(index).toInt();
    m_context.settings.setValue(QStringLiteral("ui/textScale"), scale);
    Appearance::applyTextScale(scale);
}

void SettingsPage::setTheme(int index) {
    const QString theme = kThemes[index == 1 ? 1 : 0];
    m_context.settings.setValue(QStringLiteral("ui/theme"), theme);
    Appearance::applyTheme(theme);
}

void SettingsPage::openTarget(const QString& target) {
    if (target == QLatin1String("reminders")) {
        m_reminders->setFocus();
    } else if (target == QLatin1String("data")) {
        m_data->setFocus();
    }
}

void SettingsPage::updateTitleFont() {
    // Relative to the application font, so the title grows with the text-size setting.
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
}

void SettingsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) {
        updateTitleFont();
    }
    AreaPage::changeEvent(event);
}

void SettingsPage::retranslate() {
    m_title->setText(tr("Settings"));
    m_displayBox->setTitle(tr("Language and display"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Switches every text of the app at once."));
    m_textSizeLabel->setText(tr("&Text size:"));
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setAccessibleDescription(tr("Makes all text larger, up to twice the normal size."));
    m_themeLabel->setText(tr("T&heme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(
        tr("Follow the system's colours, or always use dark colours."));
    m_reduceMotion->setText(tr("&Reduce motion (no animated illustrations)"));
    m_reduceMotion->setAccessibleDescription(tr("Shows illustrations still instead of animated."));
    m_profileBox->setTitle(tr("About you (optional)"));
    m_profileHint->setText(
        tr("Only used on the summary for your doctor. It stays on this computer."));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setAccessibleDescription(
        tr("Your name as it should appear on the doctor summary; optional."));
    m_name->setPlaceholderText(tr("Not given"));
    m_birthYearLabel->setText(tr("&Birth year:"));
    m_birthYear->setAccessibleName(tr("Birth year"));
    m_birthYear->setAccessibleDescription(
        tr("Shown on the doctor summary; the lowest value means not given."));
}

}  // namespace spinesignal::ui
