#include "learn/articleview.h"

#include "domain/labels.h"
#include "learn/articlehtml.h"
#include "learn/illustrations/illustrationfactory.h"
#include "learn/onwardbutton.h"
#include "learn/readingfont.h"
#include "mainwindow/appcontext.h"
#include "startup/languagemanager.h"
#include "widgets/wraplabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace spinesignal::ui {

namespace {

constexpr int kChineseLineChars = 40;
constexpr int kLatinLineChars = 75;
const QString kLatinSample = QStringLiteral("The quick brown fox jumps over the lazy dog.");

// Chinese body text at 1.6, Latin at 1.45; larger type (titles, headings) needs less.
QString withLineSpacing(const QString& html, qreal scale, bool chinese) {
    const int body = chinese ? 160 : 145;
    const int percent = scale > 1.05 ? 125 : (scale < 0.95 ? body - 20 : body);
    return QStringLiteral("<div style=\"line-height:%1%\">").arg(percent) + html + QStringLiteral("</div>");
}

}  // namespace

ArticleView::ArticleView(AppContext& context, QWidget* parent) : QScrollArea(parent), m_context(context) {
    setObjectName(QStringLiteral("learnArticle"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // The column wraps to the viewport; a horizontal bar would only hide the ends of lines.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
}

bool ArticleView::isChinese() const {
    return m_article.locale == QLatin1String("zh_CN");
}

QFont ArticleView::contentFont(qreal scale, bool bold) const {
    QFont font = readingFont(this->font(), isChinese(), m_pointSize * scale);
    font.setBold(bold);
    return font;
}

bool ArticleView::headingWeightIsBold() const {
    // Chinese reading apps set an article's title in the regular weight, larger: the size carries
    // it. It also spares the opening page a second CJK font file (the bold one: about 3 ms of every
    // start, and its memory); headings inside a section stay bold.
    return !isChinese();
}

int ArticleView::maximumColumnWidth() const {
    const QFontMetrics metrics(contentFont());
    if (isChinese()) {
        return kChineseLineChars * metrics.horizontalAdvance(QChar(0x4E2D));
    }
    // Measured on running English, not averageCharWidth(): that comes from the font's table, and a
    // CJK font standing in for "Sans Serif" reports a full ideograph, which made lines of 150.
    return kLatinLineChars * metrics.horizontalAdvance(kLatinSample) / static_cast<int>(kLatinSample.size());
}

void ArticleView::showArticle(const Article& article, qreal pointSize, const QStringList& highlight) {
    m_article = article;
    m_pointSize = pointSize;
    m_highlight = highlight;
    rebuild();
}

QLabel* ArticleView::textLabel(const QString& html, qreal scale, bool bold) {
    // Font, format and interaction first, the text last: a label lays its text out again at each of
    // these changes once it has text.
    auto* label = new WrapLabel(QString(), m_column);
    label->setFont(contentFont(scale, bold));
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    // Never wider than the column: its size hint is then measured at the width it will have.
    label->setMaximumWidth(m_column->maximumWidth());
    label->setText(withLineSpacing(html, scale, isChinese()));
    connect(label, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("section:"))) {
            Q_EMIT sectionLinkActivated(link.mid(8));
        }
    });
    if (html.contains(ArticleHtml::highlightStyle())) {
        m_highlightCount += static_cast<int>(html.count(ArticleHtml::highlightStyle()));
        if (m_firstHighlight == nullptr) {
            m_firstHighlight = label;
        }
    }
    return label;
}

QWidget* ArticleView::markerRow(const QString& marker, const QString& html) {
    auto* row = new QWidget(m_column);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* markerLabel = textLabel(marker.toHtmlEscaped());
    markerLabel->setParent(row);
    const int markerWidth = QFontMetrics(contentFont()).horizontalAdvance(QStringLiteral("00.")) + 6;
    markerLabel->setFixedWidth(markerWidth);
    markerLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QLabel* text = textLabel(html);
    text->setParent(row);
    layout->addWidget(markerLabel, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return row;
}

QWidget* ArticleView::card(const QString& role, const QString& badge, const QString& html, bool bold) {
    auto* frame = new QFrame(m_column);
    frame->setObjectName(role);
    auto* layout = new QVBoxLayout(frame);
    // The label's proportional line height already leaves room under the last line.
    layout->setContentsMargins(14, 8, 12, 2);
    layout->setSpacing(2);
    if (!badge.isEmpty()) {
        auto* badgeLabel = new QLabel(badge, frame);
        badgeLabel->setObjectName(QStringLiteral("learnBadge"));
        badgeLabel->setFont(contentFont(0.8, true));
        layout->addWidget(badgeLabel);
    }
    QLabel* text = textLabel(html, 1.0, bold);
    text->setParent(frame);
    layout->addWidget(text);
    return frame;
}

QWidget* ArticleView::figure(const ContentBlock& block) {
    auto* box = new QWidget(m_column);
    box->setObjectName(QStringLiteral("learnFigure"));
    box->setProperty("illustrationId", block.ref);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 6);
    QWidget* illustration = createIllustration(block.ref, m_context, box);
    if (illustration == nullptr) {
        // Until the drawing exists: a quiet box that still tells what it will show.
        auto* placeholder = new QFrame(box);
        placeholder->setObjectName(QStringLiteral("learnFigurePlaceholder"));
        placeholder->setMinimumHeight(120);
        auto* inner = new QVBoxLayout(placeholder);
        auto* note = new QLabel(tr("Illustration"), placeholder);
        note->setAlignment(Qt::AlignCenter);
        note->setFont(contentFont(0.8, true));
        inner->addWidget(note);
        illustration = placeholder;
    }
    layout->addWidget(illustration);
    QLabel* caption = textLabel(ArticleHtml::highlighted(block.text, m_highlight), 0.85);
    caption->setParent(box);
    caption->setObjectName(QStringLiteral("learnCaption"));
    layout->addWidget(caption);
    return box;
}

QWidget* ArticleView::redFlags() {
    QString html =
        QStringLiteral("<b>%1</b><ul>").arg(tr("Seek medical care today if you notice any of these:").toHtmlEscaped());
    for (int i = 0; i < kRedFlagCount; ++i) {
        const auto flag = static_cast<RedFlag>(i);
        html += QStringLiteral("<li>") + Labels::redFlag(flag).toHtmlEscaped();
        if (Labels::isEmergency(flag)) {
            html += QStringLiteral(" — <b>%1</b>").arg(tr("go to an emergency department now").toHtmlEscaped());
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    auto* frame = new QFrame(m_column);
    frame->setObjectName(QStringLiteral("learnRedFlags"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 12, 10);
    QLabel* text = textLabel(html);
    text->setParent(frame);
    layout->addWidget(text);
    return frame;
}

QWidget* ArticleView::onwardBox(const QList<ContentBlock>& onward, bool closing) {
    auto* box = new QFrame(m_column);
    box->setObjectName(closing ? QStringLiteral("learnOnward") : QStringLiteral("learnOnwardInline"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(closing ? 14 : 0, closing ? 10 : 0, closing ? 14 : 0, closing ? 12 : 0);
    // In Chinese the heading takes the body's size and the buttons the disclaimer's: sizes the
    // page already has (no more CJK font engines for the first page); the heading then stands out
    // by its size, as the regular weight cannot.
    const bool chinese = isChinese();
    if (closing) {
        auto* heading = new QLabel(tr("Where to go from here"), box);
        heading->setFont(contentFont(chinese ? 1.0 : 0.9, headingWeightIsBold()));
        layout->addWidget(heading);
    }
    for (const ContentBlock& block : onward) {
        auto* button = new OnwardButton(QStringLiteral("→  ") + block.text, box);
        button->setObjectName(QStringLiteral("onward-") + block.ref);
        button->setFont(contentFont(chinese ? 0.8 : 0.9));
        connect(button, &QPushButton::clicked, this, [this, target = block.ref] { Q_EMIT onwardActivated(target); });
        layout->addWidget(button);
    }
    return box;
}

void ArticleView::rebuild() {
    m_highlightCount = 0;
    m_firstHighlight = nullptr;
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("learnArticlePage"));
    auto* outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 16, 24, 24);
    m_column = new QWidget(page);
    m_column->setObjectName(QStringLiteral("learnColumn"));
    m_column->setMaximumWidth(maximumColumnWidth());
    m_column->setStyleSheet(
        QStringLiteral("#learnNote { background: palette(alternate-base); border-left: 4px solid #d9a400; }"
                       "#learnMyth { border-left: 4px solid #c0504d; background: palette(alternate-base); }"
                       "#learnFact { border-left: 4px solid #4f9a55; background: palette(base); }"
                       "#learnQuestion { border-left: 4px solid #3d7ab8; background: palette(alternate-base); }"
                       "#learnAnswer { border-left: 4px solid #3d7ab8; background: palette(base); }"
                       "#learnRedFlags { border: 2px solid #c0504d; border-radius: 6px; }"
                       "#learnOnward { border: 1px solid palette(mid); border-radius: 6px; background: "
                       "palette(alternate-base); }"
                       "#learnFigurePlaceholder { border: 1px dashed palette(mid); border-radius: 6px; "
                       "background: palette(alternate-base); }"
                       "#learnBadge { color: palette(dark); }"
                       "#learnCaption, #learnDisclaimer { color: palette(dark); }"));
    outer->addStretch(1);
    outer->addWidget(m_column, 100);
    outer->addStretch(1);
    m_layout = new QVBoxLayout(m_column);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(static_cast<int>(m_pointSize * 0.9));

    m_layout->addWidget(textLabel(ArticleHtml::highlighted(m_article.title, m_highlight), 1.35, headingWeightIsBold()));
    QLabel* disclaimer = textLabel(tr("Education, not diagnosis: this page explains a possible "
                                      "cause; only a doctor can tell what causes your symptoms.")
                                       .toHtmlEscaped(),
                                   0.8);
    disclaimer->setObjectName(QStringLiteral("learnDisclaimer"));
    m_layout->addWidget(disclaimer);

    using Kind = ContentBlock::Kind;
    // The trailing run of onward blocks is the "where to go from here" box; an onward block
    // earlier in the text (the sit-break reminder under the sitting rule) stays where it is.
    qsizetype trailing = m_article.blocks.size();
    while (trailing > 0 && m_article.blocks[trailing - 1].kind == Kind::Onward) {
        --trailing;
    }
    QList<ContentBlock> onward = m_article.blocks.mid(trailing);
    QVBoxLayout* list = nullptr;  // consecutive bullets or steps sit closer together
    for (qsizetype i = 0; i < trailing; ++i) {
        const ContentBlock& block = m_article.blocks[i];
        const QString html = ArticleHtml::inlineHtml(block.text, m_highlight);
        const bool listItem = block.kind == Kind::Bullet || block.kind == Kind::Step;
        if (!listItem) {
            list = nullptr;
        } else if (list == nullptr) {
            auto* group = new QWidget(m_column);
            list = new QVBoxLayout(group);
            list->setContentsMargins(0, 0, 0, 0);
            list->setSpacing(0);
            m_layout->addWidget(group);
        }
        switch (block.kind) {
            case Kind::Paragraph:
                m_layout->addWidget(textLabel(html));
                break;
            case Kind::Heading:
                m_layout->addSpacing(static_cast<int>(m_pointSize * 0.6));
                m_layout->addWidget(textLabel(html, 1.2, true));
                break;
            case Kind::Subheading:
                m_layout->addWidget(textLabel(html, 1.08, true));
                break;
            case Kind::Bullet:
                m_layout->addWidget(markerRow(QStringLiteral("•"), html));
                break;
            case Kind::Step:
                m_layout->addWidget(markerRow(QString::number(block.number) + QLatin1Char('.'), html));
                break;
            case Kind::Note:
                m_layout->addWidget(card(QStringLiteral("learnNote"), {}, html, false));
                break;
            case Kind::Myth:
                m_layout->addWidget(card(QStringLiteral("learnMyth"), {}, html, true));
                break;
            case Kind::Fact:
                m_layout->addWidget(card(QStringLiteral("learnFact"), tr("Fact"), html, false));
                break;
            case Kind::FaqQuestion:
                m_layout->addWidget(card(QStringLiteral("learnQuestion"), {}, html, true));
                break;
            case Kind::FaqAnswer:
                m_layout->addWidget(card(QStringLiteral("learnAnswer"), tr("Answer"), html, false));
                break;
            case Kind::Figure:
                m_layout->addWidget(figure(block));
                break;
            case Kind::RedFlags:
                m_layout->addWidget(redFlags());
                break;
            case Kind::Onward:
                m_layout->addWidget(onwardBox({block}, false));
                break;
        }
    }
    if (!onward.isEmpty()) {
        m_layout->addSpacing(static_cast<int>(m_pointSize));
        m_layout->addWidget(onwardBox(onward, true));
    }
    m_layout->addStretch(1);
    if (m_pendingPage) {
        // Later, like an installed page: a widget in it may be what asked for this rebuild.
        m_pendingPage.release()->deleteLater();
    }
    m_pendingPage.reset(page);
    // A new window's first page is built before the window has its size: it is fitted once, when
    // shown, instead of once for a made-up width and again for the real one.
    if (isVisible()) {
        installPendingPage();
    }
}

void ArticleView::installPendingPage() {
    QWidget* old = takeWidget();
    // Sized before it goes in, the page is not first measured at its preferred width (which
    // would lay every paragraph out once more at a width it never has).
    m_pendingPage->resize(viewport()->size());
    setWidget(m_pendingPage.release());
    if (old != nullptr) {
        old->deleteLater();  // a link in the old page may be what asked for the new one
    }
    verticalScrollBar()->setValue(0);
}

void ArticleView::revealFirstHighlight() {
    if (m_pendingPage) {
        installPendingPage();
    }
    if (m_firstHighlight != nullptr) {
        widget()->adjustSize();
        ensureWidgetVisible(m_firstHighlight, 0, height() / 4);
    }
}

bool ArticleView::pageDown() {
    QScrollBar* bar = verticalScrollBar();
    if (bar->value() >= bar->maximum()) {
        return false;
    }
    bar->setValue(bar->value() + bar->pageStep());
    return true;
}

bool ArticleView::pageUp() {
    QScrollBar* bar = verticalScrollBar();
    if (bar->value() <= bar->minimum()) {
        return false;
    }
    bar->setValue(bar->value() - bar->pageStep());
    return true;
}

void ArticleView::showEvent(QShowEvent* event) {
    QScrollArea::showEvent(event);
    if (m_pendingPage) {
        installPendingPage();
    }
}

void ArticleView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && !m_article.id.isEmpty()) {
        rebuild();
    }
    QScrollArea::changeEvent(event);
}

}  // namespace spinesignal::ui
