#include "content/contentcatalogue.h"

#include "content/articleparser.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace spinesignal {

const QList<ContentCatalogue::Section>& ContentCatalogue::sections() {
    static const QList<Section> kSections{
        {QStringLiteral("intro"), {}},
        {QStringLiteral("what-is-ldh"), {}},
        {QStringLiteral("mechanisms"), {}},
        {QStringLiteral("nerve-compression"), QStringLiteral("mechanisms")},
        {QStringLiteral("circulation"), QStringLiteral("mechanisms")},
        {QStringLiteral("inflammation"), QStringLiteral("mechanisms")},
        {QStringLiteral("myths"), {}},
        {QStringLiteral("faq"), {}},
        {QStringLiteral("prevention"), {}},
        {QStringLiteral("special-groups"), {}},
        {QStringLiteral("when-to-see-a-doctor"), {}},
    };
    return kSections;
}

QStringList ContentCatalogue::sectionIds() {
    QStringList ids;
    for (const Section& section : sections()) {
        ids << section.id;
    }
    return ids;
}

bool ContentCatalogue::contains(const QString& id) {
    return indexOf(id) >= 0;
}

int ContentCatalogue::indexOf(const QString& id) {
    const QList<Section>& all = sections();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString ContentCatalogue::parentOf(const QString& id) {
    const int index = indexOf(id);
    return index < 0 ? QString() : sections()[index].parent;
}

QStringList ContentCatalogue::childrenOf(const QString& id) {
    QStringList children;
    for (const Section& section : sections()) {
        if (section.parent == id) {
            children << section.id;
        }
    }
    return children;
}

QStringList ContentCatalogue::locales() {
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QStringList ContentCatalogue::illustrationIds() {
    return {QStringLiteral("spine-overview"), QStringLiteral("nerve-compression"), QStringLiteral("circulation"),
            QStringLiteral("inflammation"),   QStringLiteral("dermatomes"),        QStringLiteral("exercise-swallow"),
            QStringLiteral("exercise-bridge")};
}

QStringList ContentCatalogue::onwardTargets() {
    return {QStringLiteral("self-check"), QStringLiteral("log"), QStringLiteral("reminders")};
}

QString ContentCatalogue::resourcePath(const QString& id, const QString& locale) {
    return QStringLiteral(":/content/%1/%2.md").arg(locale, id);
}

Result<Article> ContentCatalogue::load(const QString& id, const QString& locale) {
    const QString path = resourcePath(id, locale);
    if (!contains(id) || !locales().contains(locale)) {
        return Error{Error::Kind::NotFound, tr("There is no section \"%1\" in \"%2\".").arg(id, locale)};
    }
    // The sections are compiled into the program and never change while it runs: each is parsed
    // once. The Learn page reads every title whenever it turns a page or changes language.
    static QMutex mutex;
    static QHash<QString, Article> parsed;
    QMutexLocker lock(&mutex);
    if (const auto cached = parsed.constFind(path); cached != parsed.constEnd()) {
        return *cached;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::NotFound,
                     tr("The section file %1 is missing from this build; reinstall SpineSignal.").arg(path)};
    }
    Result<Article> article = ArticleParser::parse(QString::fromUtf8(file.readAll()), id, locale, path);
    if (article) {
        parsed.insert(path, article.value());
    }
    return article;
}

QString ContentCatalogue::tocTitle(const QString& id, const QString& locale) {
    if (!contains(id) || !locales().contains(locale)) {
        return {};
    }
    // Compiled into the program: each title is read once (the contents ask at every page turn).
    static QMutex mutex;
    static QHash<QString, QString> titles;
    const QString path = resourcePath(id, locale);
    QMutexLocker lock(&mutex);
    if (const auto known = titles.constFind(path); known != titles.constEnd()) {
        return *known;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // The same rule as ArticleParser: a line that starts with "@toc " (the last one, if several).
    QString title;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("@toc "))) {
            title = line.mid(5).trimmed();
        }
    }
    titles.insert(path, title);
    return title;
}

}  // namespace spinesignal
