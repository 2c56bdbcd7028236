#pragma once

#include "content/article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace spinesignal {

/// Full-text search over every section in both languages, so a Chinese reader may type an English
/// term and the other way round. Small enough (22 short files) to scan on every keystroke.
class ContentSearch {
public:
    struct Hit {
        QString sectionId;
        QString locale;
        int score = 0;
        int firstBlock = -1;  ///< index into Article::blocks of the first hit; -1 when only the title hits
        QString title;        ///< the section's title in the hit's language
        QString snippet;      ///< a short piece of text around the first hit
    };

    /// Loads every section of ContentCatalogue in both languages (sections that fail to load are
    /// left out; the content tests make sure none does).
    static ContentSearch fromCatalogue();
    explicit ContentSearch(QList<Article> articles);

    /// Case-insensitive; whitespace separates terms and every term must occur in a section. A
    /// term in the title counts most, then headings, then body text. Best first; ties keep
    /// reading order. `preferredLocale` wins ties between the two languages of one section.
    QList<Hit> search(const QString& query, const QString& preferredLocale = {}) const;
    /// The terms of a query, as search() uses them (also for highlighting).
    static QStringList terms(const QString& query);

    const QList<Article>& articles() const { return m_articles; }

private:
    QList<Article> m_articles;
};

}  // namespace spinesignal
