#include "learn/searchpanel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace spinesignal::ui {

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_status(new QLabel(this)), m_results(new QListWidget(this)) {
    m_field->setObjectName(QStringLiteral("learnSearch"));
    m_results->setObjectName(QStringLiteral("learnResults"));
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setAlternatingRowColors(true);
    m_results->setSpacing(2);
    m_results->hide();
    m_status->setWordWrap(true);
    m_status->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    // The clear button shows only while there is text; it is made at the first text because making
    // it loads the style's icon (an icon-theme lookup) that start-up would otherwise wait for.
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        if (!m_field->text().isEmpty() && !m_field->isClearButtonEnabled()) {
            m_field->setClearButtonEnabled(true);
        }
    });
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::runSearch);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { activate(std::max(0, m_results->currentRow())); });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { activate(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { activate(m_results->row(item)); });
    m_field->installEventFilter(this);
    retranslate();
}

QStringList SearchPanel::terms() const {
    return ContentSearch::terms(m_field->text());
}

void SearchPanel::setQuery(const QString& query) {
    m_field->setText(query);
}

void SearchPanel::focusField() {
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::retranslate() {
    m_field->setPlaceholderText(tr("Search, in Chinese or English (Ctrl+F)"));
    m_field->setAccessibleName(tr("Search the article"));
    runSearch();
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::runSearch() {
    m_results->clear();
    const QString query = m_field->text().simplified();
    if (query.isEmpty()) {
        m_hits.clear();
        m_results->hide();
        m_status->hide();
        Q_EMIT cleared();
        return;
    }
    if (!m_search) {
        m_search = ContentSearch::fromCatalogue();
    }
    m_hits = m_search->search(query);
    for (const ContentSearch::Hit& hit : m_hits) {
        const QString language = hit.locale == QLatin1String("zh_CN") ? tr("Chinese") : tr("English");
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  ·  %2\n%3").arg(hit.title, language, hit.snippet), m_results);
        item->setToolTip(hit.snippet);
    }
    m_status->setText(m_hits.isEmpty() ? tr("Nothing found for “%1”.").arg(query)
                                       : tr("%n place(s) found", nullptr, static_cast<int>(m_hits.size())));
    m_status->show();
    m_results->setVisible(!m_hits.isEmpty());
}

void SearchPanel::activate(int row) {
    if (row >= 0 && row < m_hits.size()) {
        Q_EMIT hitActivated(m_hits[row]);
    }
}

}  // namespace spinesignal::ui
