#pragma once

#include <QList>
#include <QString>

namespace spinesignal {

/// One block of a section, in reading order. The markup is described in articleparser.h.
struct ContentBlock {
    enum class Kind {
        Paragraph,
        Heading,      ///< "## "
        Subheading,   ///< "### "
        Bullet,       ///< "- "
        Step,         ///< "1. " — `number` holds the step number
        Note,         ///< "> " — a caution or remark set apart from the text
        Myth,         ///< "!myth "
        Fact,         ///< "!fact "
        FaqQuestion,  ///< "!question "
        FaqAnswer,    ///< "!answer "
        Figure,       ///< "[[figure:id|caption]]" — `ref` is the illustration id, `text` the caption
        Onward,       ///< "[[onward:target|label]]" — `ref` is self-check, log or reminders
        RedFlags,     ///< "[[redflags]]" — the app's shared red-flag list goes here
    };
    Kind kind = Kind::Paragraph;
    QString text;  ///< with inline markup (see inlinetext.h), except for Figure/Onward
    QString ref;
    int number = 0;
    int line = 0;  ///< 1-based line in the file, for error messages
};

/// One section in one language.
struct Article {
    QString id;
    QString locale;
    QString title;     ///< the "# " line
    QString tocTitle;  ///< the "@toc " line: short, for the table of contents and the breadcrumb
    QList<ContentBlock> blocks;

    /// Text a reader reads (title and text blocks, markup removed), one block per line. Captions
    /// and onward labels are left out: they are not the article's own text.
    QString readingText() const;
    /// True for blocks whose text is body text (not a figure, an onward link or the red-flag box).
    static bool isTextBlock(ContentBlock::Kind kind);
};

}  // namespace spinesignal
