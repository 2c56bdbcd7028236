#pragma once

#include <QString>

namespace spinesignal::ui {

/// The name of an article section (ids of PRODUCT.md §2) for "Read more" links: the short title
/// the Learn area's table of contents shows, so a link reads the same as where it leads.
QString articleSectionTitle(const QString& sectionId, const QString& language);

/// A rich-text link to an article section: activated links carry "learn:<section id>".
QString articleLink(const QString& sectionId, const QString& language);

}  // namespace spinesignal::ui
