#pragma once

#include "content/article.h"

#include <QScrollArea>
#include <QStringList>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace spinesignal::ui {

struct AppContext;

/// One section as a scrolling column: text blocks as rich-text labels, illustrations as widgets
/// between them, the ways onward at the end. The column is kept to a comfortable line length
/// (about 40 Chinese or 75 Latin characters) and set in a CJK font with 1.6 line spacing.
class ArticleView final : public QScrollArea {
    Q_OBJECT
public:
    explicit ArticleView(AppContext& context, QWidget* parent = nullptr);

    /// Shows `article` at `pointSize`, with `highlight` terms marked (empty: none).
    void showArticle(const Article& article, qreal pointSize, const QStringList& highlight = {});
    const Article& article() const { return m_article; }
    qreal pointSize() const { return m_pointSize; }
    /// The widest the text column may be at the current size and language.
    int maximumColumnWidth() const;
    /// How many highlighted places the page shows.
    int highlightCount() const { return m_highlightCount; }
    /// Scrolls to the first highlighted block, if any.
    void revealFirstHighlight();

    /// The page of the section shown: in the scroll area, or, until the view is first shown, waiting
    /// to go there.
    QWidget* content() const { return m_pendingPage ? m_pendingPage.get() : widget(); }

    /// Page Down / Page Up inside the section; false when already at the end / start.
    bool pageDown();
    bool pageUp();

Q_SIGNALS:
    void sectionLinkActivated(const QString& sectionId);
    void onwardActivated(const QString& target);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void installPendingPage();
    QFont contentFont(qreal scale = 1.0, bool bold = false) const;
    QLabel* textLabel(const QString& html, qreal scale = 1.0, bool bold = false);
    QWidget* markerRow(const QString& marker, const QString& html);
    QWidget* card(const QString& role, const QString& badge, const QString& html, bool bold);
    QWidget* figure(const ContentBlock& block);
    QWidget* redFlags();
    QWidget* onwardBox(const QList<ContentBlock>& onward, bool closing);
    bool isChinese() const;
    /// Whether the page title and the closing box's heading are bold (not in Chinese).
    bool headingWeightIsBold() const;

    AppContext& m_context;
    Article m_article;
    qreal m_pointSize = 13;
    QStringList m_highlight;
    int m_highlightCount = 0;
    QWidget* m_firstHighlight = nullptr;
    // A page built while the view is hidden waits here: fitting it into the scroll area lays out
    // every paragraph at the viewport's width, which a view not yet shown does not know.
    std::unique_ptr<QWidget> m_pendingPage;
    QWidget* m_column = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

}  // namespace spinesignal::ui
