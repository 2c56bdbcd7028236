#include "learn/learnpage.h"

#include "content/contentcatalogue.h"
#include "learn/articleview.h"
#include "learn/readingfont.h"
#include "learn/searchpanel.h"
#include "learn/tableofcontents.h"
#include "mainwindow/appcontext.h"
#include "mainwindow/area.h"
#include "startup/languagemanager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace spinesignal::ui {

namespace {

const QString kSectionKey = QStringLiteral("learn/section");
const QString kSizeKey = QStringLiteral("learn/textSizeStep");

}  // namespace

LearnPage::LearnPage(AppContext& context, QWidget* parent)
    : AreaPage(parent),
      m_context(context),
      m_breadcrumb(new QLabel(this)),
      m_smaller(new QToolButton(this)),
      m_larger(new QToolButton(this)),
      m_otherLanguageBar(new QWidget(this)),
      m_otherLanguageText(new QLabel(m_otherLanguageBar)),
      m_backToLanguage(new QPushButton(m_otherLanguageBar)),
      m_toc(new TableOfContents(this)),
      m_search(new SearchPanel(this)),
      m_view(new ArticleView(context, this)),
      m_previous(new QPushButton(this)),
      m_next(new QPushButton(this)) {
    setObjectName(QStringLiteral("learnPage"));
    m_breadcrumb->setObjectName(QStringLiteral("learnBreadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setWordWrap(true);
    m_previous->setObjectName(QStringLiteral("learnPrevious"));
    m_next->setObjectName(QStringLiteral("learnNext"));
    m_smaller->setText(QStringLiteral("A−"));
    m_larger->setText(QStringLiteral("A+"));

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 0, 8);
    sideLayout->addWidget(m_search, 0);
    sideLayout->addWidget(m_toc, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_breadcrumb, 1);
    top->addWidget(m_smaller);
    top->addWidget(m_larger);
    auto* barLayout = new QHBoxLayout(m_otherLanguageBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_otherLanguageText, 1);
    barLayout->addWidget(m_backToLanguage);
    m_otherLanguageBar->setObjectName(QStringLiteral("learnOtherLanguage"));
    m_otherLanguageBar->setStyleSheet(QStringLiteral("#learnOtherLanguage { background: palette(alternate-base); }"));
    m_otherLanguageBar->hide();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_previous);
    bottom->addStretch(1);
    bottom->addWidget(m_next);

    auto* reader = new QWidget(this);
    auto* readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(8, 8, 8, 8);
    readerLayout->addLayout(top);
    readerLayout->addWidget(m_otherLanguageBar);
    readerLayout->addWidget(m_view, 1);
    readerLayout->addLayout(bottom);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(reader);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 800});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_toc, &TableOfContents::sectionChosen, this, [this](const QString& id) { openSection(id); });
    connect(m_view, &ArticleView::sectionLinkActivated, this, [this](const QString& id) { openSection(id); });
    connect(m_view, &ArticleView::onwardActivated, this, &LearnPage::onwardTo);
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("section:"))) {
            openSection(link.mid(8));
        }
    });
    connect(m_search, &SearchPanel::hitActivated, this, [this](const ContentSearch::Hit& hit) {
        openSection(hit.sectionId, hit.locale, m_search->terms());
        m_view->revealFirstHighlight();
    });
    connect(m_search, &SearchPanel::cleared, this, [this] {
        m_toc->show();
        if (!m_highlight.isEmpty()) {
            openSection(m_section, m_overrideLocale);
        }
    });
    // While there is a query, its results take the place of the table of contents.
    connect(m_search->field(), &QLineEdit::textChanged, this, [this, sideLayout](const QString& text) {
        const bool searching = !text.simplified().isEmpty();
        m_toc->setVisible(!searching);
        sideLayout->setStretchFactor(m_search, searching ? 1 : 0);
    });
    connect(m_backToLanguage, &QPushButton::clicked, this, [this] { openSection(m_section); });
    connect(m_previous, &QPushButton::clicked, this, &LearnPage::goPrevious);
    connect(m_next, &QPushButton::clicked, this, &LearnPage::goNext);
    connect(m_smaller, &QToolButton::clicked, this, [this] { setTextSizeStep(m_sizeStep - 1); });
    connect(m_larger, &QToolButton::clicked, this, [this] { setTextSizeStep(m_sizeStep + 1); });
    // The article is content, not tr() strings: it follows the language signal, not LanguageChange.
    connect(&context.language, &LanguageManager::changed, this, [this] {
        m_overrideLocale.clear();
        refresh();
    });
    buildShortcuts();

    m_sizeStep = std::clamp(context.settings.value(kSizeKey, kDefaultTextSize).toInt(), 0, kTextSizeCount - 1);
    const QString saved = context.settings.value(kSectionKey).toString();
    m_section = ContentCatalogue::contains(saved) ? saved : ContentCatalogue::sectionIds().first();
    retranslate();
    refresh();
}

void LearnPage::buildShortcuts() {
    const auto add = [this](const QKeySequence& keys, auto slot) {
        // Window-wide, so the keys work right after Ctrl+1 while the focus is still in the area
        // list; a window shortcut only fires while its page is visible, so other areas keep them.
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { goNext(); });
    add(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { goPrevious(); });
    // Page Down scrolls; at the end of a section it turns to the next one, like a book.
    add(QKeySequence(Qt::Key_PageDown), [this] {
        if (!m_view->pageDown()) {
            goNext();
        }
    });
    add(QKeySequence(Qt::Key_PageUp), [this] {
        if (!m_view->pageUp()) {
            goPrevious();
        }
    });
    add(QKeySequence::Find, [this] { m_search->focusField(); });
    add(QKeySequence::ZoomIn, [this] { setTextSizeStep(m_sizeStep + 1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { setTextSizeStep(m_sizeStep + 1); });
    add(QKeySequence::ZoomOut, [this] { setTextSizeStep(m_sizeStep - 1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { setTextSizeStep(kDefaultTextSize); });
}

QString LearnPage::contentLocale() const {
    return m_overrideLocale.isEmpty() ? m_context.language.current() : m_overrideLocale;
}

QString LearnPage::titleOf(const QString& id) const {
    return m_tocTitles.value(id, id);
}

void LearnPage::openTarget(const QString& target) {
    if (ContentCatalogue::contains(target)) {
        openSection(target);
    }
}

void LearnPage::openSection(const QString& id, const QString& locale, const QStringList& highlight) {
    if (!ContentCatalogue::contains(id)) {
        return;
    }
    m_section = id;
    m_overrideLocale = (locale.isEmpty() || locale == m_context.language.current()) ? QString() : locale;
    m_highlight = highlight;
    m_context.settings.setValue(kSectionKey, id);
    refresh();
}

void LearnPage::refresh() {
    const QString locale = contentLocale() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    m_tocTitles.clear();
    for (const QString& id : ContentCatalogue::sectionIds()) {
        const QString title = ContentCatalogue::tocTitle(id, locale);
        m_tocTitles.insert(id, title.isEmpty() ? id : title);
    }
    const Result<Article> article = ContentCatalogue::load(m_section, locale);
    if (article.ok()) {
        m_view->showArticle(article.value(), kTextSizes[m_sizeStep], m_highlight);
    } else {
        m_view->showArticle(Article{m_section, locale, article.error().message, m_section, {}}, kTextSizes[m_sizeStep]);
    }
    // In Chinese the contents share the area list's size, so both are one font (one less to load at
    // start-up); English keeps a size at which its longer titles fit the column.
    const bool chinese = locale == QLatin1String("zh_CN");
    const qreal tocScale = chinese ? kNavigationFontScale : 1.1;
    m_toc->setTitles(m_tocTitles, readingFont(font(), chinese, font().pointSizeF() * tocScale));
    m_toc->select(m_section);
    updateChrome();
}

void LearnPage::updateChrome() {
    const int index = ContentCatalogue::indexOf(m_section);
    const QStringList ids = ContentCatalogue::sectionIds();
    QString crumb = tr("Learn");
    const QString parent = ContentCatalogue::parentOf(m_section);
    if (!parent.isEmpty()) {
        crumb += QStringLiteral(" › <a href=\"section:%1\">%2</a>").arg(parent, titleOf(parent).toHtmlEscaped());
    }
    crumb += QStringLiteral(" › %1").arg(titleOf(m_section).toHtmlEscaped());
    crumb += QStringLiteral("  <span style=\"color:gray\">%1</span>")
                 .arg(tr("(section %1 of %2)").arg(index + 1).arg(ids.size()).toHtmlEscaped());
    m_breadcrumb->setText(crumb);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < ids.size());
    m_previous->setText(index > 0 ? tr("‹ Previous: %1").arg(titleOf(ids[index - 1])) : tr("‹ Previous"));
    m_next->setText(index + 1 < ids.size() ? tr("Next: %1 ›").arg(titleOf(ids[index + 1])) : tr("Next ›"));
    m_smaller->setEnabled(m_sizeStep > 0);
    m_larger->setEnabled(m_sizeStep + 1 < kTextSizeCount);
    m_otherLanguageBar->setVisible(!m_overrideLocale.isEmpty());
    m_otherLanguageText->setText(m_overrideLocale == QLatin1String("zh_CN")
                                     ? tr("This section is shown in Chinese, where your search found it.")
                                     : tr("This section is shown in English, where your search found it."));
    m_backToLanguage->setText(m_context.language.isChinese() ? tr("Show it in Chinese") : tr("Show it in English"));
}

void LearnPage::setTextSizeStep(int step) {
    const int clamped = std::clamp(step, 0, kTextSizeCount - 1);
    if (clamped == m_sizeStep) {
        return;
    }
    m_sizeStep = clamped;
    m_context.settings.setValue(kSizeKey, m_sizeStep);
    refresh();
}

void LearnPage::goNext() {
    const QStringList ids = ContentCatalogue::sectionIds();
    const int index = ContentCatalogue::indexOf(m_section);
    if (index + 1 < ids.size()) {
        openSection(ids[index + 1]);
    }
}

void LearnPage::goPrevious() {
    const int index = ContentCatalogue::indexOf(m_section);
    if (index > 0) {
        openSection(ContentCatalogue::sectionIds()[index - 1]);
    }
}

void LearnPage::onwardTo(const QString& target) {
    if (target == QLatin1String("self-check")) {
        m_context.navigator.go(Area::SelfCheck);
    } else if (target == QLatin1String("log")) {
        m_context.navigator.go(Area::Log);
    } else if (target == QLatin1String("reminders")) {
        m_context.navigator.go(Area::Settings, QStringLiteral("reminders"));
    }
}

void LearnPage::retranslate() {
    m_smaller->setToolTip(tr("Smaller text (Ctrl+−)"));
    m_larger->setToolTip(tr("Larger text (Ctrl++)"));
    m_smaller->setAccessibleName(tr("Smaller text"));
    m_larger->setAccessibleName(tr("Larger text"));
    m_toc->setAccessibleName(tr("Contents"));
    m_previous->setToolTip(tr("Previous section (Alt+Left)"));
    m_next->setToolTip(tr("Next section (Alt+Right)"));
    m_search->retranslate();
    updateChrome();
}

void LearnPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    AreaPage::changeEvent(event);
}

}  // namespace spinesignal::ui
