#include "report/reporthtml.h"

#include "domain/labels.h"

#include <QStringList>

namespace spinesignal {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString iso(QDate d) {
    return d.toString(Qt::ISODate);
}

QString range(QDate from, QDate to) {
    return from == to ? iso(from) : iso(from) + QStringLiteral(" – ") + iso(to);
}

QString row(const QStringList& cells, bool header = false) {
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells) {
        out += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    }
    return out + QStringLiteral("</tr>");
}

QString heading(const QString& text) {
    return QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

QString directionCell(TrendDirection d) {
    const QString word = esc(ReportHtml::directionWord(d));
    switch (d) {
        case TrendDirection::Worse:
            return QStringLiteral("<b style=\"color:#b3261e\">↑ %1</b>").arg(word);
        case TrendDirection::Better:
            return QStringLiteral("<b style=\"color:#1b6e3a\">↓ %1</b>").arg(word);
        case TrendDirection::Stable:
            return QStringLiteral("→ %1").arg(word);
        case TrendDirection::NotEnoughData:
            break;
    }
    return QStringLiteral("<span style=\"color:#666\">%1</span>").arg(word);
}

QString css(double basePt) {
    return QStringLiteral(
               "<style>body{font-size:%1pt;} h1{font-size:%2pt;margin:0;} "
               "h2{font-size:%3pt;margin-top:%4pt;"
               "margin-bottom:2pt;color:#1f3b57;} th{background-color:#e8eef4;text-align:left;} "
               "td,th{padding:1.5pt 4pt;} .muted{color:#555;} "
               ".flag{color:#b3261e;font-weight:bold;}</style>")
        .arg(basePt)
        .arg(basePt * 1.6)
        .arg(basePt * 1.15)
        .arg(basePt * 0.8);
}

QString joinCounts(const QStringList& parts) {
    return parts.isEmpty() ? ReportHtml::tr("none noted") : parts.join(QStringLiteral(" · "));
}

QString keyFacts(const SummaryData& d) {
    QString t = QStringLiteral("<table cellspacing=\"0\" width=\"100%\">");
    auto kv = [&t](const QString& k, const QString& v) {
        t += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    kv(ReportHtml::tr("Period"), esc(ReportHtml::tr("%1 (%n day(s))", nullptr, d.periodDays).arg(range(d.from, d.to))));
    kv(ReportHtml::tr("Days logged"),
       esc(ReportHtml::tr("%1 of %2 days (%n entries)", nullptr, d.entries).arg(d.daysLogged).arg(d.periodDays)));
    const int share = d.daysLogged > 0 ? qRound(100.0 * d.legSymptomDays / d.daysLogged) : 0;
    kv(ReportHtml::tr("Days with leg symptoms"),
       esc(ReportHtml::tr("%1 of %2 logged days (%3%)").arg(d.legSymptomDays).arg(d.daysLogged).arg(share)));
    kv(ReportHtml::tr("Medicine days"),
       esc(ReportHtml::tr("%1 of %2 logged days (medicine as prescribed)").arg(d.medicineDays).arg(d.daysLogged)));
    kv(ReportHtml::tr("Leg symptoms overall"),
       directionCell(d.legDirection) +
           esc(ReportHtml::tr(": daily worst leg rating %1 in the first 14 days, "
                              "%2 in the last 14 days")
                   .arg(ReportHtml::number(d.legBaseline), ReportHtml::number(d.legRecent))));
    return t + QStringLiteral("</table>");
}

QString intensityTable(const SummaryData& d) {
    QString t = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" width=\"100%\" style=\"border-color:#9aa;"
        "border-style:solid\">");
    t += row({esc(ReportHtml::tr("Symptom (0–10)")), esc(ReportHtml::tr("Ratings")), esc(ReportHtml::tr("Average")),
              esc(ReportHtml::tr("Worst (first on)")),
              esc(ReportHtml::tr("First 14 days\n%1").arg(range(d.baselineFrom, d.baselineTo)))
                  .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
              esc(ReportHtml::tr("Last 14 days\n%1").arg(range(d.recentFrom, d.recentTo)))
                  .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
              esc(ReportHtml::tr("Direction"))},
             true);
    auto group = [&t](const QString& name) {
        t += QStringLiteral("<tr><td colspan=\"7\" style=\"background-color:#f4f6f8\"><b>%1</b></td></tr>")
                 .arg(esc(name));
    };
    auto symptomRow = [&t](const SymptomSummary& s) {
        const QString worst =
            s.worst ? QStringLiteral("%1 (%2)").arg(*s.worst).arg(iso(*s.worstDate)) : QStringLiteral("–");
        t += row({esc(Labels::symptom(s.symptom)), QString::number(s.ratings), ReportHtml::number(s.average), worst,
                  ReportHtml::number(s.baseline), ReportHtml::number(s.recent), directionCell(s.direction)});
    };
    group(ReportHtml::tr("Leg"));
    for (const SymptomSummary& s : d.symptoms) {
        if (isLegSymptom(s.symptom)) {
            symptomRow(s);
        }
    }
    group(ReportHtml::tr("Back"));
    symptomRow(d.symptoms[static_cast<std::size_t>(Symptom::BackPain)]);
    t += QStringLiteral("</table>");
    QString note = ReportHtml::tr(
        "Better or worse means the last-14-day average differs from the first-14-day "
        "average by at least 1 point (at least 2 ratings in each).");
    if (d.windowsOverlap) {
        note += QLatin1Char(' ') + ReportHtml::tr("The period is shorter than 28 days, so the two windows overlap.");
    }
    return t + QStringLiteral("<p class=\"muted\" style=\"margin-top:2pt\">%1</p>").arg(esc(note));
}

QString redFlags(const SummaryData& d) {
    if (d.redFlags.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(esc(ReportHtml::tr("None reported in this period.")));
    }
    QString out = QStringLiteral("<ul style=\"margin-top:0\">");
    for (const auto& [flag, dates] : d.redFlags) {
        QStringList shown;
        for (qsizetype i = 0; i < dates.size() && i < ReportHtml::kRedFlagDates; ++i) {
            shown.append(iso(dates[i]));
        }
        QString when = shown.join(QStringLiteral(", "));
        if (dates.size() > ReportHtml::kRedFlagDates) {
            when += QLatin1Char(' ') +
                    ReportHtml::tr("and %n more", nullptr, static_cast<int>(dates.size()) - ReportHtml::kRedFlagDates);
        }
        out +=
            QStringLiteral("<li><span class=\"flag\">%1</span> — %2</li>").arg(esc(Labels::redFlag(flag)), esc(when));
    }
    return out + QStringLiteral("</ul>");
}

QString whereAndWhen(const SummaryData& d) {
    QStringList sides, regions, triggers;
    for (const auto& [side, n] : d.sides) {
        sides.append(esc(QStringLiteral("%1 %2").arg(Labels::side(side)).arg(n)));
    }
    for (qsizetype i = 0; i < d.regions.size() && i < ReportHtml::kTopRegions; ++i) {
        const auto& [where, n] = d.regions[i];
        regions.append(esc(QStringLiteral("%1 %2").arg(Labels::regionOnLeg(where.first, where.second)).arg(n)));
    }
    for (qsizetype i = 0; i < d.triggers.size() && i < ReportHtml::kTopTriggers; ++i) {
        triggers.append(
            esc(QStringLiteral("%1 %2").arg(Labels::trigger(d.triggers[i].first)).arg(d.triggers[i].second)));
    }
    QString t = QStringLiteral("<table cellspacing=\"0\" width=\"100%\">");
    auto kv = [&t](const QString& k, const QString& v) {
        t += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    kv(ReportHtml::tr("Side (entries)"), joinCounts(sides));
    kv(ReportHtml::tr("Most marked regions (entries)"), joinCounts(regions));
    kv(ReportHtml::tr("Most common triggers (entries)"), joinCounts(triggers));
    return t + QStringLiteral("</table>");
}

QString reliefs(const SummaryData& d) {
    if (d.reliefs.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(esc(ReportHtml::tr("Nothing noted.")));
    }
    QStringList parts;
    for (const ReliefSummary& r : d.reliefs) {
        QString text = ReportHtml::tr("%1: %n entries", nullptr, r.entries).arg(Labels::relief(r.relief));
        // An observation, shown only with enough cases; it does not say the measure caused the
        // change.
        if (r.compared >= 3) {
            text += QLatin1Char(' ') +
                    ReportHtml::tr("(next entry that day lower in %1 of %2)").arg(r.lowerNext).arg(r.compared);
        }
        parts.append(esc(text));
    }
    return QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(parts.join(QStringLiteral(" · ")));
}

QString questions(const SummaryData& d) {
    if (d.questions.isEmpty()) {
        return QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(ReportHtml::tr("No questions written down.")));
    }
    QString out = QStringLiteral("<ol style=\"margin-top:0\">");
    for (const QString& q : d.questions) {
        out += QStringLiteral("<li>%1</li>").arg(esc(q));
    }
    return out + QStringLiteral("</ol>");
}

}  // namespace

QString ReportHtml::title() {
    return tr("Leg and back symptoms: summary for the doctor");
}

QString ReportHtml::selfReported() {
    return tr("Self-reported by the patient");
}

QString ReportHtml::disclaimer() {
    return tr(
        "Self-reported ratings (0–10) kept with SpineSignal, an education app. Not a diagnosis and "
        "no "
        "substitute for examination.");
}

QString ReportHtml::periodLine(const SummaryData& data) {
    return tr("Period %1").arg(range(data.from, data.to));
}

QString ReportHtml::pageOfPattern() {
    return tr("Page %1 of %2");
}

QString ReportHtml::pageOf(int page, int pages) {
    return pageOfPattern().arg(page).arg(pages);
}

QString ReportHtml::chartTitle() {
    return tr("Daily worst rating per symptom (0–10, self-reported)");
}

QString ReportHtml::chartNote() {
    return tr("One point per logged day; days without a rating are left out, so lines join across gaps.");
}

QString ReportHtml::legMapTitle() {
    return tr("Where the symptoms were felt (self-reported)");
}

QString ReportHtml::noEntries() {
    return tr("No entries in this period.");
}

QString ReportHtml::directionWord(TrendDirection d) {
    switch (d) {
        case TrendDirection::Better:
            return tr("Better");
        case TrendDirection::Stable:
            return tr("About the same");
        case TrendDirection::Worse:
            return tr("Worse");
        case TrendDirection::NotEnoughData:
            break;
    }
    return tr("Not enough data");
}

QString ReportHtml::number(const std::optional<double>& v) {
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("–");
}

QString ReportHtml::regionsText(const RegionSet& regions) {
    QStringList perLeg;
    for (Leg leg : {Leg::Left, Leg::Right}) {
        QStringList names;
        for (const auto& [l, r] : regions.items()) {
            if (l == leg) {
                names.append(Labels::region(r));
            }
        }
        if (!names.isEmpty()) {
            perLeg.append(tr("%1: %2").arg(Labels::leg(leg), names.join(tr(", "))));
        }
    }
    return perLeg.join(QStringLiteral("; "));
}

QString ReportHtml::summaryPage(const SummaryData& d, double baseFontPt) {
    QString html = QStringLiteral("<html><head>") + css(baseFontPt) + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    QStringList who{QStringLiteral("<b>%1</b>").arg(esc(selfReported()))};
    if (!d.name.trimmed().isEmpty()) {
        who.append(esc(tr("Name: %1").arg(d.name.trimmed())));
    }
    if (d.birthYear) {
        who.append(esc(tr("Born: %1").arg(*d.birthYear)));
    }
    html += QStringLiteral("<p class=\"muted\" style=\"margin-top:2pt\">%1</p>").arg(who.join(QStringLiteral(" · ")));
    html += keyFacts(d);
    if (d.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(noEntries()));
    }
    html += heading(tr("Intensity, leg and back apart"));
    html += intensityTable(d);
    html += heading(tr("Red flags"));
    html += redFlags(d);
    html += heading(tr("Where and when"));
    html += whereAndWhen(d);
    html += heading(tr("What was tried or helped"));
    html += reliefs(d);
    html += heading(tr("The patient's questions"));
    html += questions(d);
    return html + QStringLiteral("</body></html>");
}

QString ReportHtml::regionTable(const SummaryData& d, double baseFontPt) {
    QString html = QStringLiteral("<html><head>") + css(baseFontPt) + QStringLiteral("</head><body>");
    if (d.regions.isEmpty()) {
        return html + QStringLiteral("<p>%1</p></body></html>").arg(esc(tr("No regions marked in this period.")));
    }
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" width=\"100%\" style=\"border-color:#9aa;"
        "border-style:solid\">");
    html += row({esc(tr("Leg")), esc(tr("Region")), esc(tr("Usual root (textbook)")), esc(tr("Entries"))}, true);
    for (const auto& [where, n] : d.regions) {
        html += row({esc(Labels::leg(where.first)), esc(Labels::region(where.second)),
                     esc(Labels::nerveRoot(usualRootOf(where.second))), QString::number(n)});
    }
    html += QStringLiteral("</table><p class=\"muted\">%1</p>")
                .arg(esc(tr("Where it is felt does not pin down which nerve root is affected.")));
    return html + QStringLiteral("</body></html>");
}

static_assert(ReportHtml::kEntryColumnWidths.size() == 7 + kSymptomCount, "one width per column");

ReportHtml::EntriesTable ReportHtml::entriesTable(const QList<Episode>& all, const SummaryData& d) {
    EntriesTable table;
    for (const Episode& e : all) {
        if (e.localDate() < d.from || e.localDate() > d.to) {
            continue;
        }
        QStringList cells{e.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (const auto& v : e.intensity) {
            cells.append(v ? QString::number(*v) : QString());
        }
        cells.append(e.side == Side::Unspecified ? QString() : Labels::side(e.side));
        cells.append(regionsText(e.regions));
        QStringList triggers, helped, flags;
        for (int t = 0; t < kTriggerCount; ++t) {
            if (e.triggers.contains(static_cast<Trigger>(t))) {
                triggers.append(Labels::trigger(static_cast<Trigger>(t)));
            }
        }
        if (e.sittingMinutes) {
            triggers.append(tr("sat %1 min").arg(*e.sittingMinutes));
        }
        for (int r = 0; r < kReliefCount; ++r) {
            if (e.helped.contains(static_cast<Relief>(r))) {
                helped.append(Labels::relief(static_cast<Relief>(r)));
            }
        }
        for (int f = 0; f < kRedFlagCount; ++f) {
            if (e.redFlags.contains(static_cast<RedFlag>(f))) {
                flags.append(Labels::redFlag(static_cast<RedFlag>(f)));
            }
        }
        cells.append(triggers.join(tr(", ")));
        cells.append(helped.join(tr(", ")));
        cells.append(flags.join(tr(", ")));
        QString note = e.note;
        if (note.size() > kTableNoteLimit) {
            note = note.left(kTableNoteLimit) + QStringLiteral("… ") +
                   tr("[shortened here; the full note is in the CSV export]");
        }
        cells.append(note);
        table.rows.append(cells);
    }
    table.heading = tr("All entries in the period (%n, self-reported)", nullptr, static_cast<int>(table.rows.size()));
    table.none = noEntries();
    table.header.append(tr("Date and time"));
    for (int i = 0; i < kSymptomCount; ++i) {
        table.header.append(Labels::symptom(static_cast<Symptom>(i)));
    }
    table.header << tr("Side") << tr("Where") << tr("Triggers") << tr("Tried or helped") << tr("Red flags")
                 << tr("Note");
    return table;
}

}  // namespace spinesignal
