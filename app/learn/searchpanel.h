#pragma once

#include "content/contentsearch.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace spinesignal::ui {

/// The search field and its ranked results across both languages. Typing searches at once;
/// Enter or a click opens the selected hit; Escape clears.
class SearchPanel final : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    QListWidget* results() const { return m_results; }
    /// The terms of the current query, for highlighting.
    QStringList terms() const;
    void setQuery(const QString& query);
    void focusField();
    void retranslate();

Q_SIGNALS:
    void hitActivated(const spinesignal::ContentSearch::Hit& hit);
    /// The query became empty: show the table of contents again.
    void cleared();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void activate(int row);

    /// Built at the first query, not with the page: reading both languages' sections is work the
    /// start-up should not wait for (issue 10).
    std::optional<ContentSearch> m_search;
    QList<ContentSearch::Hit> m_hits;
    QLineEdit* m_field;
    QLabel* m_status;
    QListWidget* m_results;
};

}  // namespace spinesignal::ui
