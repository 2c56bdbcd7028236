#pragma once

#include "content/article.h"
#include "util/result.h"

#include <QCoreApplication>

namespace spinesignal {

/// Reads the small line-based markup of resources/content/<locale>/<id>.md. One block per line;
/// blank lines are ignored.
///
///     @toc Short title            for the table of contents (required)
///     # Title                     the page title (required, once)
///     ## Heading / ### Subheading
///     - bullet item               1. numbered step        > a caution set apart
///     !myth …  !fact …  !question …  !answer …
///     [[figure:illustration-id|caption]]   [[onward:self-check|label]]   [[redflags]]
///     anything else: a paragraph; inline **bold** and [[section:id|words]] anywhere in text
///
/// Why our own markup: the reader puts illustrations between text blocks as widgets, and the tests
/// must resolve every reference without QtGui — both are easy with one block per line.
class ArticleParser {
    Q_DECLARE_TR_FUNCTIONS(ArticleParser)
public:
    /// `source` names the file in error messages.
    static Result<Article> parse(const QString& text, const QString& id, const QString& locale, const QString& source);
};

}  // namespace spinesignal
