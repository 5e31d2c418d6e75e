// The console's colour palette: every colour a console pane paints or styles with, named by
// what it is for. The values live in palette.cpp and nowhere else (no colour literals in the
// modules). Depends on QtGui only: no widgets, no domain types (the board maps job statuses
// to the Status* colours).
#pragma once

#include <QColor>
#include <QString>

namespace fielddesk::theme {

enum class Colour {
    // Text and surfaces every pane shares.
    Text,         // names, titles, values
    TextSubtle,   // secondary text: the timeline's hours, the welcome text
    TextCaption,  // captions beside values
    TextFaint,    // counts, day separators
    TextDisabled, // what waits for the server in the grids
    Surface,      // cards, the working hours of a timeline row
    PageBackground,
    Border,
    Rule,
    Selection, // the outline of what is selected
    Accent,    // the FieldDesk accent: the header's rule, the avatar
    OnAccent,  // text on the accent
    Link,      // actions written as words ("Mark all read")

    // Meanings shared by every pane.
    Danger,       // conflicts, urgent markers, reasons a change cannot be made
    DangerText,   // urgent priority, at risk, overbooked, failures in words
    CautionText,  // high priority
    Proposed,     // what a proposal changes (bars, the proposed route)
    ProposedText, // words about a proposal
    Route,        // the selected technician's route as it stands

    // The connection to the server (the status bar) and the live event feed (the board).
    Online,
    Reconnecting,
    Offline,

    // Job statuses: bars, map markers, grid badges.
    StatusNew,
    StatusScheduled,
    StatusDispatched,
    StatusEnRoute,
    StatusOnSite,
    StatusCompleted,
    StatusCancelled,

    // Messages: the sign-in dialog's boxes (error, warning, information), the board's notice
    // line and the auto-route strip.
    ErrorBackground,
    ErrorBorder,
    ErrorText,
    WarningBackground,
    WarningBorder,
    WarningText,
    InfoBackground,
    InfoBorder,
    InfoText,
    NoticeBackground,
    NoticeBorder,
    NoticeText,
    ProposalBackground,
    ProposalBorder,

    // The session header across the top of the main window.
    HeaderBackground,
    HeaderText,
    HeaderStrongText,
    HeaderSubtleText,
    HeaderDivider,
    // The workspace navigation below it.
    NavigationBackground,
    NavigationText,
    // The notification bell in the header and its panel.
    BadgeBackground, // the unread count on the bell
    BadgeText,
    UnreadBackground, // an unread notification's row
    UnreadMarker,     // the dot beside an unread notification
    HoverBackground,  // the row under the mouse or the keyboard's current one

    // The timeline.
    TimelineOffShift,
    TimelineRowLine,
    TimelineHourLine,
    TimelineHalfHourLine,
    TimelineHeader,
    TimelineNames,
    TimelineBreak,
    TimelineTimeOff,
    TimelineWindow, // translucent: the selected or hovered job's window
    TimelineWindowEdge,
    TimelineTravel,
    TimelineNow,
    TimelineGhost, // translucent: where a dragged job would land
    TimelineBarText,
    TimelinePendingBarText,
    TimelineNotCompared, // translucent: fades the rows a proposal does not plan

    // The map.
    MapBackground,
    MapGrid,
    MapCluster,
    MapClusterText,
    MapMarkerOutline,
    MapHomeBase,
    MapPosition,
    MapSelectionFill, // translucent: the rubber band
    MapPanel,         // translucent: under the scale bar
};

QColor colour(Colour role);
// The colours of a chart's series (bars, slices), told apart also by people with colour
// vision deficiency (Okabe and Ito's palette); the index wraps around.
QColor seriesColour(int index);
constexpr int kSeriesColourCount = 8;

// For style sheets and rich text: "#rrggbb", or "rgba(r, g, b, a)" when translucent.
QString css(Colour role);

} // namespace fielddesk::theme
