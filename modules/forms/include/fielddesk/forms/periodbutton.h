// The small flat buttons that step a page through its periods ("◀", "▶", "Today", "This
// month"): one look wherever a day or a month is stepped through. Part of fielddesk_forms.
#pragma once

#include <QString>

class QToolButton;
class QWidget;

namespace fielddesk::forms {

// The glyphs of the steps back and forward.
inline const QString kPeriodBefore = QStringLiteral("◀");
inline const QString kPeriodAfter = QStringLiteral("▶");

// A flat button; its tooltip is also its accessible name (a glyph says nothing to a reader).
QToolButton *periodButton(const QString &text,
                          const QString &objectName,
                          const QString &toolTip,
                          QWidget *parent);

} // namespace fielddesk::forms
