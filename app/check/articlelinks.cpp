#include "check/articlelinks.h"

#include "content/contentcatalogue.h"

#include <QCoreApplication>
#include <QHash>

namespace spinesignal::ui {

namespace {
QString t(const char* source) {
    return QCoreApplication::translate("spinesignal::ui::ArticleLinks", source);
}

/// Our own names, used only if the article file cannot be read.
QString fallbackTitle(const QString& id) {
    if (id == QLatin1String("intro")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "A health alarm"));
    }
    if (id == QLatin1String("what-is-ldh")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "What a herniated disc is"));
    }
    if (id == QLatin1String("mechanisms")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Why calves get sore"));
    }
    if (id == QLatin1String("nerve-compression")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Nerve compression"));
    }
    if (id == QLatin1String("circulation")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Poor circulation"));
    }
    if (id == QLatin1String("inflammation")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Inflammation"));
    }
    if (id == QLatin1String("myths")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Three common myths"));
    }
    if (id == QLatin1String("faq")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Questions and answers"));
    }
    if (id == QLatin1String("prevention")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Prevention"));
    }
    if (id == QLatin1String("special-groups")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "Special groups"));
    }
    if (id == QLatin1String("when-to-see-a-doctor")) {
        return t(QT_TRANSLATE_NOOP("spinesignal::ui::ArticleLinks", "When to see a doctor"));
    }
    return id;
}

}  // namespace

QString articleSectionTitle(const QString& id, const QString& language) {
    // Parsed once per section and language; the content is embedded and does not change.
    static QHash<QString, QString> cache;
    const QString locale = language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const QString key = locale + QLatin1Char('/') + id;
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return *it;
    }
    QString title;
    if (ContentCatalogue::contains(id)) {
        if (auto article = ContentCatalogue::load(id, locale)) {
            title = !article.value().tocTitle.isEmpty() ? article.value().tocTitle : article.value().title;
        }
    }
    if (title.isEmpty()) {
        return fallbackTitle(id);  // not cached: the fallback follows the translator
    }
    cache.insert(key, title);
    return title;
}

QString articleLink(const QString& id, const QString& language) {
    return QStringLiteral("<a href=\"learn:%1\">%2</a>").arg(id, articleSectionTitle(id, language).toHtmlEscaped());
}

}  // namespace spinesignal::ui
