#include "summary/summarypage.h"

#include "io/csvexporter.h"
#include "io/csvimporter.h"
#include "mainwindow/appcontext.h"
#include "startup/languagemanager.h"
#include "storage/database.h"
#include "storage/episoderepository.h"
#include "summary/questionlisteditor.h"
#include "summary/reportpainter.h"
#include "summary/summaryjobs.h"
#include "tasks/taskprogressdialog.h"
#include "tasks/taskrunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace spinesignal::ui {

namespace {

const QString kName = QStringLiteral("profile/name");
const QString kBirthYear = QStringLiteral("profile/birthYear");
const QString kPeriod = QStringLiteral("summary/period");
const QString kLanguage = QStringLiteral("summary/language");
const QString kPaper = QStringLiteral("summary/paper");

constexpr int kAllEntries = 0;
constexpr int kCustom = -1;

}  // namespace

SummaryPage::SummaryPage(AppContext& context, QWidget* parent)
    : AreaPage(parent), m_context(context), m_tasks(new TaskRunner(this)), m_previewTasks(new TaskRunner(this)) {
    setObjectName(QStringLiteral("SummaryPage"));
    buildUi();
    retranslate();
    QSettings& s = m_context.settings;
    m_period->setCurrentIndex(std::max(0, m_period->findData(s.value(kPeriod, 28).toInt())));
    // The report's language defaults to the window's, but is chosen on its own.
    const QString language = s.value(kLanguage, m_context.language.current()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(s.value(kPaper, QStringLiteral("A4")).toString())));
    m_name->setText(s.value(kName).toString());
    m_birthYear->setValue(s.value(kBirthYear, 0).toInt());
    updatePeriodFields();

    auto changed = [this] {
        m_dirty = true;
        if (isVisible()) {
            refreshPreview();
        }
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_context.settings.setValue(kPeriod, m_period->currentData());
        updatePeriodFields();
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_context.settings.setValue(kLanguage, m_language->currentData());
        changed();
    });
    connect(m_paper, &QComboBox::currentIndexChanged, this,
            [this] { m_context.settings.setValue(kPaper, m_paper->currentData()); });
    connect(m_name, &QLineEdit::editingFinished, this, [this, changed] {
        saveProfile();
        changed();
    });
    connect(m_birthYear, &QSpinBox::valueChanged, this, [this, changed] {
        saveProfile();
        changed();
    });
    connect(m_questions, &QuestionListEditor::questionsChanged, this, changed);
    connect(&m_context.episodes, &EpisodeRepository::changed, this, changed);
    connect(m_savePdf, &QPushButton::clicked, this, &SummaryPage::onSavePdf);
    connect(m_print, &QPushButton::clicked, this, &SummaryPage::onPrint);
    connect(m_exportCsv, &QPushButton::clicked, this, &SummaryPage::onExportCsv);
    connect(m_importCsv, &QPushButton::clicked, this, &SummaryPage::onImportCsv);
}

void SummaryPage::buildUi() {
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    for (int days : {14, 28, 91, 365, kAllEntries, kCustom}) {
        m_period->addItem(QString(), days);
    }
    m_from = new QDateEdit(QDate::currentDate().addDays(-27), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    // Each language is named in itself, so either doctor's helper can find theirs.
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("A4"));
    m_paper->addItem(QStringLiteral("Letter"), QStringLiteral("Letter"));

    m_periodLabel = new QLabel(this);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_paperLabel = new QLabel(this);
    m_reportBox = new QGroupBox(this);
    auto* reportForm = new QFormLayout(m_reportBox);
    reportForm->addRow(m_periodLabel, m_period);
    reportForm->addRow(m_fromLabel, m_from);
    reportForm->addRow(m_toLabel, m_to);
    reportForm->addRow(m_languageLabel, m_language);
    reportForm->addRow(m_paperLabel, m_paper);
    // QFormLayout::addRow(QWidget*, QWidget*) does not link the label: without a buddy a screen
    // reader has only the group's title ("Report") for every field.
    m_periodLabel->setBuddy(m_period);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_languageLabel->setBuddy(m_language);
    m_paperLabel->setBuddy(m_paper);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(80);
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setRange(1899, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(QStringLiteral("—"));
    m_birthYear->setMinimum(1899);
    m_nameLabel = new QLabel(this);
    m_birthLabel = new QLabel(this);
    m_personBox = new QGroupBox(this);
    auto* personForm = new QFormLayout(m_personBox);
    personForm->addRow(m_nameLabel, m_name);
    personForm->addRow(m_birthLabel, m_birthYear);
    m_nameLabel->setBuddy(m_name);
    m_birthLabel->setBuddy(m_birthYear);

    m_questionsBox = new QGroupBox(this);
    m_questions = new QuestionListEditor(m_context.settings, m_questionsBox);
    auto* questionsLayout = new QVBoxLayout(m_questionsBox);
    questionsLayout->addWidget(m_questions);

    m_savePdf = new QPushButton(this);
    m_savePdf->setObjectName(QStringLiteral("savePdf"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("print"));
    m_exportCsv = new QPushButton(this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_importCsv = new QPushButton(this);
    m_importCsv->setObjectName(QStringLiteral("importCsv"));
    auto* pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_savePdf);
    pdfRow->addWidget(m_print);
    m_dataBox = new QGroupBox(this);
    auto* csvRow = new QHBoxLayout(m_dataBox);
    csvRow->addWidget(m_exportCsv);
    csvRow->addWidget(m_importCsv);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QWidget(this);
    auto* left = new QVBoxLayout(controls);
    left->addWidget(m_heading);
    left->addWidget(m_intro);
    left->addWidget(m_reportBox);
    left->addWidget(m_personBox);
    left->addWidget(m_questionsBox);
    left->addLayout(pdfRow);
    left->addWidget(m_dataBox);
    left->addWidget(m_message);
    left->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(330);
    scroll->setMaximumWidth(400);

    m_previewLabel = new QLabel(this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewArea = new QScrollArea(this);
    m_previewArea->setWidget(m_preview);
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setBackgroundRole(QPalette::Dark);
    auto* right = new QVBoxLayout;
    right->addWidget(m_previewLabel);
    right->addWidget(m_previewArea, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addLayout(right, 1);
}

void SummaryPage::retranslate() {
    m_heading->setText(tr("Summary for your doctor"));
    m_intro->setText(
        tr("A one-page summary a doctor can read in thirty seconds, followed by a chart and all "
           "your entries. Everything in it is marked as reported by you."));
    m_reportBox->setTitle(tr("Report"));
    m_periodLabel->setText(tr("Period"));
    const QStringList periods{tr("Last 2 weeks"),   tr("Last 4 weeks"), tr("Last 3 months"),
                              tr("Last 12 months"), tr("All entries"),  tr("Choose dates")};
    for (int i = 0; i < periods.size(); ++i) {
        m_period->setItemText(i, periods[i]);
    }
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_languageLabel->setText(tr("Report language"));
    m_language->setToolTip(tr("The doctor's language; it does not change the app's language."));
    m_paperLabel->setText(tr("Paper"));
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("Report from"));
    m_to->setAccessibleName(tr("Report to"));
    m_language->setAccessibleName(tr("Report language"));
    m_language->setAccessibleDescription(m_language->toolTip());
    m_paper->setAccessibleName(tr("Paper"));
    m_birthYear->setAccessibleName(tr("Birth year"));
    m_birthYear->setAccessibleDescription(tr("Printed on the summary; \"—\" means not given."));
    m_personBox->setTitle(tr("About you (optional, printed on every page)"));
    m_nameLabel->setText(tr("Name"));
    m_birthLabel->setText(tr("Birth year"));
    m_questionsBox->setTitle(tr("Your questions for the doctor (kept for next time)"));
    m_savePdf->setText(tr("Save PDF…"));
    m_print->setText(tr("Print…"));
    m_dataBox->setTitle(tr("Your entries as a spreadsheet file (CSV)"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_importCsv->setText(tr("Import CSV…"));
    m_previewLabel->setText(tr("Preview of page 1 (a saved PDF shows every page)"));
}

void SummaryPage::changeEvent(QEvent* event) {
    // Only the page's own words follow the window's language; the preview stays in the report's
    // language (and rebuilding it here would loop: building switches translators).
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    AreaPage::changeEvent(event);
}

void SummaryPage::showEvent(QShowEvent* event) {
    AreaPage::showEvent(event);
    if (m_dirty) {
        refreshPreview();
    }
}

ReportOptions SummaryPage::options() const {
    ReportOptions o;
    o.language = m_language->currentData().toString();
    o.paper = m_paper->currentData().toString() == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
    o.name = m_name->text().trimmed();
    if (m_birthYear->value() != m_birthYear->minimum()) {
        o.birthYear = m_birthYear->value();
    }
    o.questions = m_questions->questions();
    const int days = m_period->currentData().toInt();
    if (days == kCustom) {
        o.from = m_from->date();
        o.to = m_to->date();
    } else if (days > 0) {
        o.to = QDate::currentDate();
        o.from = o.to->addDays(-(days - 1));
    }
    return o;
}

void SummaryPage::updatePeriodFields() {
    const bool custom = m_period->currentData().toInt() == kCustom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void SummaryPage::saveProfile() {
    m_context.settings.setValue(kName, m_name->text().trimmed());
    m_context.settings.setValue(kBirthYear, m_birthYear->value() == m_birthYear->minimum() ? 0 : m_birthYear->value());
}

void SummaryPage::refreshPreview() {
    m_dirty = false;
    // Reading and wording years of entries takes far longer than a frame: the report is built on
    // a worker, and only page 1 is drawn here when it is ready.
    if (m_previewTasks->isRunning()) {
        m_previewAgain = true;  // the choices changed meanwhile: build again when this one is done
        return;
    }
    m_previewTasks->run([db = m_context.database.path(), options = options(), ui = m_context.language.current()](
                            TaskProgress&) { return SummaryJobs::buildReport(db, options, ui); },
                        [this](Result<ReportContent> content) {
                            if (std::exchange(m_previewAgain, false)) {
                                refreshPreview();
                                return;
                            }
                            if (!content) {
                                m_content.reset();
                                m_previewHtml.clear();
                                m_preview->setText(content.error().message);
                            } else {
                                m_content = std::move(content).value();
                                m_previewHtml = m_content->summaryVariants.constFirst();
                                renderPreview();
                            }
                            Q_EMIT previewUpdated();
                        });
}

void SummaryPage::renderPreview() {
    if (!m_content) {
        return;
    }
    // The page as it will print, as wide as the preview (text drawn at this size, never scaled).
    const int width = std::max(420, m_previewArea->viewport()->width() - 20);
    m_preview->setPixmap(QPixmap::fromImage(ReportPainter::renderFirstPage(*m_content, width)));
}

void SummaryPage::resizeEvent(QResizeEvent* event) {
    AreaPage::resizeEvent(event);
    if (isVisible()) {
        renderPreview();
    }
}

QString SummaryPage::previewHtml() const {
    return m_previewHtml;
}

void SummaryPage::showMessage(const QString& text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

QString SummaryPage::messageText() const {
    return m_message->text();
}

void SummaryPage::finishTask(const Result<QString>& outcome) {
    for (QPushButton* button : {m_savePdf, m_print, m_exportCsv, m_importCsv}) {
        button->setEnabled(true);
    }
    const QString text = outcome ? outcome.value() : outcome.error().message;
    showMessage(text, !outcome && outcome.error().kind != Error::Kind::Cancelled);
    Q_EMIT taskFinished(outcome.ok(), text);
}

void SummaryPage::showProgress(const QString& title, const QString& label) {
    for (QPushButton* button : {m_savePdf, m_print, m_exportCsv, m_importCsv}) {
        button->setEnabled(false);
    }
    showMessage(label, false);
    new TaskProgressDialog(*m_tasks, title, label, this);
}

bool SummaryPage::startSavePdf(const QString& path) {
    const bool started = m_tasks->run(
        [db = m_context.database.path(), options = options(), ui = m_context.language.current(),
         path](TaskProgress& progress) { return SummaryJobs::savePdf(db, options, ui, path, progress); },
        [this, path](const Result<int>& pages) {
            if (!pages) {
                finishTask(pages.error());
                return;
            }
            finishTask(tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
        });
    if (started) {
        showProgress(tr("Save PDF"), tr("Writing the summary…"));
    }
    return started;
}

bool SummaryPage::startExportCsv(const QString& path) {
    const ReportOptions o = options();
    const bool started = m_tasks->run(
        [db = m_context.database.path(), from = o.from, to = o.to, path](TaskProgress& progress) {
            return SummaryJobs::exportCsv(db, from, to, path, progress);
        },
        [this, path](const Result<int>& written) {
            if (!written) {
                finishTask(written.error());
                return;
            }
            finishTask(tr("Exported %n entries to %1.", nullptr, written.value()).arg(QDir::toNativeSeparators(path)));
        });
    if (started) {
        showProgress(tr("Export CSV"), tr("Exporting your entries…"));
    }
    return started;
}

bool SummaryPage::startImportCsv(const QString& path, bool skipInvalid) {
    const bool started = m_tasks->run(
        [db = m_context.database.path(), path, skipInvalid](TaskProgress& progress) {
            return SummaryJobs::importCsv(db, path, skipInvalid, progress);
        },
        [this, path, skipInvalid](const Result<CsvImportReport>& imported) {
            if (!imported) {
                if (!skipInvalid && offerToSkipInvalid(path, imported.error())) {
                    return;
                }
                finishTask(imported.error());
                return;
            }
            const CsvImportReport& report = imported.value();
            if (report.imported > 0) {
                // The entries were stored through the job's own connection: tell everyone who
                // shows entries (history, trends, this preview) to read them again.
                Q_EMIT m_context.episodes.changed();
            }
            QString text = tr("Imported %n entries.", nullptr, report.imported);
            if (report.duplicates > 0) {
                text += QLatin1Char(' ') + tr("%n already in your log, skipped.", nullptr, report.duplicates);
            }
            if (!report.skipped.isEmpty()) {
                text += QLatin1Char(' ') +
                        tr("%n row(s) with problems left out:", nullptr, static_cast<int>(report.skipped.size())) +
                        QLatin1Char('\n') + report.skipped.join(QLatin1Char('\n'));
            }
            finishTask(text);
        });
    if (started) {
        showProgress(tr("Import CSV"), tr("Importing entries…"));
    }
    return started;
}

bool SummaryPage::offerToSkipInvalid(const QString& path, const Error& error) {
    if (error.kind != Error::Kind::Invalid || !error.message.contains(QLatin1Char('\n')) || !isVisible()) {
        return false;
    }
    // Some rows are bad: nothing was imported. Offer the good rows, showing every problem.
    QMessageBox box(QMessageBox::Warning, tr("Import CSV"),
                    tr("Some rows cannot be imported, so nothing was imported yet. Import the "
                       "other rows and "
                       "leave these out?"),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDetailedText(error.message);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        return false;
    }
    // Still inside the first job's `done`: start the second once the runner is free.
    QTimer::singleShot(0, this, [this, path] { startImportCsv(path, true); });
    return true;
}

QString SummaryPage::suggestedPath(const QString& name) const {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists()) {
        dir = QDir::homePath();
    }
    return QDir(dir).filePath(name);
}

void SummaryPage::onSavePdf() {
    const QString name = QStringLiteral("spinesignal-summary-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the summary as PDF"), suggestedPath(name), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    startSavePdf(path);
}

void SummaryPage::onPrint() {
    // The person chooses the printer here; building and painting the pages (seconds for years of
    // entries) then runs off the UI thread like the PDF, with progress. The page's own preview
    // shows page 1; "Save PDF" shows every page before paper is spent.
    if (m_tasks->isRunning()) {
        return;  // one data job at a time; its progress is on screen
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(options().paper));
    printer->setFullPage(true);
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the summary"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!startPrint(std::move(printer))) {
        showMessage(tr("Another job is still running; print again when it has finished."), true);
    }
}

bool SummaryPage::startPrint(std::shared_ptr<QPrinter> printer) {
    const bool started =
        m_tasks->run([db = m_context.database.path(), options = options(), ui = m_context.language.current(), printer](
                         TaskProgress& progress) { return SummaryJobs::print(db, options, ui, *printer, progress); },
                     [this, printer](const Result<int>& pages) {
                         if (!pages) {
                             finishTask(pages.error());
                             return;
                         }
                         const QString where = printer->outputFileName().isEmpty()
                                                   ? printer->printerName()
                                                   : QDir::toNativeSeparators(printer->outputFileName());
                         finishTask(tr("Sent the summary to %1 (%n page(s)).", nullptr, pages.value()).arg(where));
                     });
    if (started) {
        showProgress(tr("Print"), tr("Preparing the pages…"));
    }
    return started;
}

void SummaryPage::onExportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export entries as CSV"), suggestedPath(QStringLiteral("spinesignal-entries.csv")), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    startExportCsv(path);
}

void SummaryPage::onImportCsv() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import entries from CSV"), suggestedPath(QString()), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    startImportCsv(path, false);
}

}  // namespace spinesignal::ui
