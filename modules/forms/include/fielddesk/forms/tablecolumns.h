// How a list's columns share its width. Part of fielddesk_forms.
#pragma once

class QHeaderView;
class QTableView;

namespace fielddesk::forms {

// Sizes every column but `stretched` to its header and the rows in view, none wider than
// `widest` pixels, and gives `stretched` the rest. A plain "resize to contents" lets one long
// email squeeze the column that needs the room (an address shown as "1459..."). Call it again
// when the rows change; the user can still drag the columns.
// Does nothing to a header marked with markUsersWidths().
void fitColumnsAround(QTableView *table, int stretched, int widest);

// fitColumnsAround() once, on the first rows the table shows (nothing while it has none):
// later loads keep the widths the user chose.
void fitColumnsOnceAround(QTableView *table, int stretched, int widest);

// The header's widths are the user's, restored from the last session (the shell's
// ViewLayoutSettings): no fitting overrides them.
void markUsersWidths(QHeaderView *header);

} // namespace fielddesk::forms
