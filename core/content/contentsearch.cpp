#include "content/contentsearch.h"

#include "content/contentcatalogue.h"
#include "content/inlinetext.h"

#include <algorithm>

namespace spinesignal {

namespace {

constexpr int kTitleWeight = 10;
constexpr int kHeadingWeight = 4;
constexpr int kBodyWeight = 1;
constexpr qsizetype kSnippetBefore = 24;
constexpr qsizetype kSnippetLength = 90;

int weightOf(ContentBlock::Kind kind) {
    using K = ContentBlock::Kind;
    switch (kind) {
        case K::Heading:
        case K::Subheading:
        case K::Myth:
        case K::FaqQuestion:
            return kHeadingWeight;
        default:
            return kBodyWeight;
    }
}

int occurrences(const QString& haystack, const QString& term) {
    return static_cast<int>(haystack.count(term, Qt::CaseInsensitive));
}

QString snippetAround(const QString& text, const QString& term) {
    const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
    const qsizetype start = std::max<qsizetype>(0, at - kSnippetBefore);
    QString snippet = text.mid(start, kSnippetLength).simplified();
    if (start > 0) {
        snippet.prepend(QStringLiteral("…"));
    }
    if (start + kSnippetLength < text.size()) {
        snippet.append(QStringLiteral("…"));
    }
    return snippet;
}

}  // namespace

ContentSearch ContentSearch::fromCatalogue() {
    QList<Article> articles;
    for (const QString& locale : ContentCatalogue::locales()) {
        for (const QString& id : ContentCatalogue::sectionIds()) {
            Result<Article> article = ContentCatalogue::load(id, locale);
            if (article.ok()) {
                articles.append(std::move(article).value());
            }
        }
    }
    return ContentSearch(std::move(articles));
}

ContentSearch::ContentSearch(QList<Article> articles) : m_articles(std::move(articles)) {
}

QStringList ContentSearch::terms(const QString& query) {
    QStringList out;
    for (const QString& term : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString trimmed = term.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed, Qt::CaseInsensitive)) {
            out << trimmed;
        }
    }
    return out;
}

QList<ContentSearch::Hit> ContentSearch::search(const QString& query, const QString& preferredLocale) const {
    const QStringList wanted = terms(query.simplified());
    QList<Hit> hits;
    if (wanted.isEmpty()) {
        return hits;
    }
    for (const Article& article : m_articles) {
        Hit hit{article.id, article.locale, 0, -1, article.title, {}};
        bool everyTerm = true;
        for (const QString& term : wanted) {
            int found = std::max(occurrences(article.title, term), occurrences(article.tocTitle, term)) * kTitleWeight;
            for (qsizetype i = 0; i < article.blocks.size(); ++i) {
                const ContentBlock& block = article.blocks[i];
                const QString text =
                    block.kind == ContentBlock::Kind::Figure || block.kind == ContentBlock::Kind::Onward
                        ? block.text
                        : InlineText::plain(block.text);
                const int count = occurrences(text, term);
                if (count > 0) {
                    found += count * weightOf(block.kind);
                    if (hit.firstBlock < 0 || i < hit.firstBlock) {
                        hit.firstBlock = static_cast<int>(i);
                        hit.snippet = snippetAround(text, term);
                    }
                }
            }
            if (found == 0) {
                everyTerm = false;
                break;
            }
            hit.score += found;
        }
        if (everyTerm) {
            if (hit.snippet.isEmpty()) {
                hit.snippet = article.tocTitle;
            }
            hits.append(hit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        const int orderA = ContentCatalogue::indexOf(a.sectionId);
        const int orderB = ContentCatalogue::indexOf(b.sectionId);
        if (orderA != orderB) {
            return orderA < orderB;
        }
        return a.locale == preferredLocale && b.locale != preferredLocale;
    });
    return hits;
}

}  // namespace spinesignal
