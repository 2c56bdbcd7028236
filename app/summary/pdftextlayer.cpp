#include "summary/pdftextlayer.h"

#include <QRegularExpression>
#include <QString>

#include <utility>

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

}  // namespace

char16_t PdfTextLayer::preferredTarget(char16_t target) {
    if (target == u'\t') {
        return u' ';
    }
    if (target == u'\u2012') {  // figure dash: the glyph is the en dash's
        return u'\u2013';
    }
    // CJK radicals supplement: the simplified forms share their glyph with everyday characters
    // (门, 马, 骨 …) and have no normalisation, so they are listed here.
    static const std::pair<char16_t, char16_t> kRadicals[] = {
        {0x2EA0, 0x6C11}, {0x2EAD, 0x793B}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0},
        {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2EDB, 0x98CE},
        {0x2EDC, 0x98DE}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C},
        {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
        {0x2EEB, 0x9F50}, {0x2EED, 0x9F7F}, {0x2EEF, 0x9F99}, {0x2EF3, 0x9F9F},
    };
    for (const auto& [radical, ideograph] : kRadicals) {
        if (target == radical) {
            return ideograph;
        }
    }
    // Kangxi radicals: the ideograph they stand for, by compatibility normalisation.
    if (target >= 0x2F00 && target <= 0x2FDF) {
        const QString normal = QString(QChar(target)).normalized(QString::NormalizationForm_KC);
        if (normal.size() == 1) {
            return normal.at(0).unicode();
        }
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
