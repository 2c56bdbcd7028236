#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace spinesignal {

/// Inline markup inside a block: `**bold**` and `[[section:id|words]]` (a link to another section).
class InlineText {
public:
    struct Segment {
        enum class Kind { Text, Bold, Link };
        Kind kind = Kind::Text;
        QString text;
        QString target;  ///< the section id of a Link
    };

    /// Splits `text` into plain, bold and link segments (unclosed markup stays literal text).
    static QList<Segment> parse(const QString& text);
    /// The words a reader sees, markup removed.
    static QString plain(const QString& text);
    /// The section ids that `text` links to, in order.
    static QStringList links(const QString& text);
};

}  // namespace spinesignal
