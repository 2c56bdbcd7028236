#include "summary/pdftextlayer.h"

#include "summary/reportpainter.h"

#include <QHash>
#include <QRawFont>
#include <QRegularExpression>
#include <QString>

namespace spinesignal::ui {

namespace {

/// Rewrites the destination codes of one "src src dst" / "src src [dst …]" / "src dst" line.
void fixLine(QByteArray& line, bool isRange) {
    static const QRegularExpression hex4(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QString text = QString::fromLatin1(line);
    QList<QRegularExpressionMatch> codes;
    for (auto it = hex4.globalMatch(text); it.hasNext();) {
        codes.append(it.next());
    }
    const int sources = isRange ? 2 : 1;
    if (codes.size() <= sources) {
        return;
    }
    // A range "<a> <b> <dst>" with a != b means dst, dst+1, …: changing dst would shift them all.
    if (isRange && !line.contains('[') && codes[0].captured(1) != codes[1].captured(1)) {
        return;
    }
    for (qsizetype i = sources; i < codes.size(); ++i) {
        const auto target = static_cast<char16_t>(codes[i].captured(1).toUShort(nullptr, 16));
        const char16_t better = PdfTextLayer::preferredTarget(target);
        if (better != target) {
            const QByteArray replacement = QString::asprintf("%04X", static_cast<unsigned>(better)).toLatin1();
            line.replace(codes[i].capturedStart(1), 4, replacement);
        }
    }
}

void fixSections(QByteArray& pdf, const QByteArray& begin, const QByteArray& end, bool isRange) {
    qsizetype from = 0;
    while ((from = pdf.indexOf(begin, from)) >= 0) {
        const qsizetype start = from + begin.size();
        const qsizetype stop = pdf.indexOf(end, start);
        if (stop < 0) {
            return;
        }
        QByteArray section = pdf.mid(start, stop - start);
        QList<QByteArray> lines = section.split('\n');
        for (QByteArray& l : lines) {
            fixLine(l, isRange);
        }
        const QByteArray fixed = lines.join('\n');
        Q_ASSERT(fixed.size() == section.size());
        pdf.replace(start, section.size(), fixed);
        from = stop + end.size();
    }
}

/// CJK radicals (U+2E80–U+2FDF) that the report font draws with the same glyph as an ideograph,
/// mapped to that ideograph (门 for ⻔, 页 for ⻚ …). Read from the font itself, so the list is
/// complete for exactly the glyphs the PDF contains.
QHash<char16_t, char16_t> radicalEquivalents() {
    QHash<char16_t, char16_t> out;
    const QRawFont font = QRawFont::fromFont(ReportPainter::font(10));
    if (!font.isValid()) {
        return out;
    }
    auto glyphsOf = [&font](char16_t first, char16_t last) {
        QList<QChar> chars;
        for (char32_t c = first; c <= last; ++c) {
            chars.append(QChar(static_cast<char16_t>(c)));
        }
        QList<quint32> glyphs(chars.size());
        int count = static_cast<int>(chars.size());
        font.glyphIndexesForChars(chars.constData(), count, glyphs.data(), &count);
        return glyphs;
    };
    const QList<quint32> radicalGlyphs = glyphsOf(0x2E80, 0x2FDF);
    QHash<quint32, char16_t> wanted;
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
        if (radicalGlyphs[i] != 0) {
            wanted.insert(radicalGlyphs[i], static_cast<char16_t>(0x2E80 + i));
        }
    }
    const QList<quint32> ideographGlyphs = glyphsOf(0x4E00, 0x9FFF);
    for (qsizetype i = 0; i < ideographGlyphs.size() && !wanted.isEmpty(); ++i) {
        const auto it = wanted.constFind(ideographGlyphs[i]);
        if (it != wanted.cend()) {
            out.insert(it.value(), static_cast<char16_t>(0x4E00 + i));
            wanted.erase(it);
        }
    }
    return out;
}

}  // namespace

char16_t PdfTextLayer::preferredTarget(char16_t target) {
    if (target == u'\t') {
        return u' ';
    }
    if (target == u'\u2012') {  // figure dash: the glyph is the en dash's
        return u'\u2013';
    }
    if (target >= 0x2E80 && target <= 0x2FDF) {
        static const QHash<char16_t, char16_t> radicals = radicalEquivalents();
        return radicals.value(target, target);
    }
    return target;
}

QByteArray PdfTextLayer::fixToUnicode(const QByteArray& pdf) {
    QByteArray out = pdf;
    fixSections(out, QByteArrayLiteral("beginbfrange"), QByteArrayLiteral("endbfrange"), true);
    fixSections(out, QByteArrayLiteral("beginbfchar"), QByteArrayLiteral("endbfchar"), false);
    return out;
}

}  // namespace spinesignal::ui
