#pragma once

#include "content/contentsearch.h"
#include "mainwindow/areapage.h"

#include <QHash>

class QLabel;
class QPushButton;
class QToolButton;

namespace spinesignal::ui {

class ArticleView;
class SearchPanel;
class TableOfContents;
struct AppContext;

/// The Learn area: the article as navigable sections. Table of contents (or search results) on
/// the left, the section on the right with a breadcrumb above and previous/next below. The last
/// section and the text size are remembered; the content follows the UI language at once.
class LearnPage final : public AreaPage {
    Q_OBJECT
public:
    /// Text sizes in points, smallest to largest.
    static constexpr qreal kTextSizes[] = {11, 13, 15, 17, 20};
    static constexpr int kTextSizeCount = 5;
    static constexpr int kDefaultTextSize = 1;

    explicit LearnPage(AppContext& context, QWidget* parent = nullptr);

    /// `target` is a section id; unknown ids are ignored.
    void openTarget(const QString& target) override;
    void openSection(const QString& id, const QString& locale = {}, const QStringList& highlight = {});
    QString currentSection() const { return m_section; }
    /// The language the section is shown in (the UI language unless a search hit asked otherwise).
    QString contentLocale() const;
    int textSizeStep() const { return m_sizeStep; }
    void setTextSizeStep(int step);
    void goNext();
    void goPrevious();
    ArticleView* view() const { return m_view; }
    SearchPanel* searchPanel() const { return m_search; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildShortcuts();
    void refresh();
    void retranslate();
    void updateChrome();
    void onwardTo(const QString& target);
    QString titleOf(const QString& id) const;

    AppContext& m_context;
    QString m_section;
    QString m_overrideLocale;  ///< set while a search hit in the other language is shown
    QStringList m_highlight;
    int m_sizeStep = kDefaultTextSize;
    QHash<QString, QString> m_tocTitles;
    QLabel* m_breadcrumb;
    QToolButton* m_smaller;
    QToolButton* m_larger;
    QWidget* m_otherLanguageBar;
    QLabel* m_otherLanguageText;
    QPushButton* m_backToLanguage;
    TableOfContents* m_toc;
    SearchPanel* m_search;
    ArticleView* m_view;
    QPushButton* m_previous;
    QPushButton* m_next;
};

}  // namespace spinesignal::ui
