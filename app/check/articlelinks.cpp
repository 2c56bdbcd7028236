#include "check/articlelinks.h"

#include <QCoreApplication>

namespace spinesignal::ui {

namespace {
QString t(const char* source) {
    return QCoreApplication::translate("spinesignal::ui::ArticleLinks", source);
}
}  // namespace

QString articleSectionTitle(const QString& id) {
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

QString articleLink(const QString& id) {
    return QStringLiteral("<a href=\"learn:%1\">%2</a>")
        .arg(id, articleSectionTitle(id).toHtmlEscaped());
}

}  // namespace spinesignal::ui
