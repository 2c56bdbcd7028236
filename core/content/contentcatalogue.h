#pragma once

#include "content/article.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace spinesignal {

/// The sections of the Learn area (PRODUCT.md §2): ids, order, the mechanisms' children, where each
/// language's file lives, and loading. The ids are stable: settings, links and other areas use
/// them.
class ContentCatalogue {
    Q_DECLARE_TR_FUNCTIONS(ContentCatalogue)
public:
    struct Section {
        QString id;
        QString parent;  ///< empty for top-level sections
    };

    /// All sections in reading order (children follow their parent).
    static const QList<Section>& sections();
    static QStringList sectionIds();
    static bool contains(const QString& id);
    /// Position in reading order, or -1.
    static int indexOf(const QString& id);
    static QString parentOf(const QString& id);
    static QStringList childrenOf(const QString& id);

    /// "zh_CN" and "en".
    static QStringList locales();
    /// The illustration ids content may place with [[figure:…]].
    static QStringList illustrationIds();
    /// The targets content may use with [[onward:…]]: self-check, log, reminders.
    static QStringList onwardTargets();

    /// ":/content/<locale>/<id>.md"
    static QString resourcePath(const QString& id, const QString& locale);
    /// Reads and parses one section; the error names the file.
    static Result<Article> load(const QString& id, const QString& locale);
    /// A section's short title (its "@toc" line) without parsing the rest: the contents list needs
    /// every title at start-up, the page only one section. Empty if the file has none.
    static QString tocTitle(const QString& id, const QString& locale);
};

}  // namespace spinesignal
