#pragma once

#include <QString>

namespace spinesignal::ui {

/// The translated name of an article section (ids of PRODUCT.md §2) for "Read more" links.
QString articleSectionTitle(const QString& sectionId);

/// A rich-text link to an article section: activated links carry the section id.
QString articleLink(const QString& sectionId);

}  // namespace spinesignal::ui
