// The high-contrast scheme: white on black, yellow selection, every line drawn strong; the
// statuses are bright so that black bar text reads on each (WCAG contrast at least 7:1).
#include "schemetables.h"

namespace fielddesk::theme::detail {

namespace {

namespace swatch {
constexpr QRgb kWhite = 0xffffffff;
constexpr QRgb kBlack = 0xff000000;
constexpr QRgb kLightGrey = 0xffe0e0e0;
constexpr QRgb kGrey = 0xffc0c0c0;
constexpr QRgb kDimGrey = 0xffa0a0a0;
constexpr QRgb kLineGrey = 0xff808080;
constexpr QRgb kFaintLine = 0xff505050;
constexpr QRgb kYellow = 0xffffff00;
constexpr QRgb kCyan = 0xff1aebff;
constexpr QRgb kRed = 0xffff4040;
constexpr QRgb kRose = 0xffff8080;
constexpr QRgb kGold = 0xffffd700;
constexpr QRgb kOrange = 0xffff9f1a;
constexpr QRgb kApricot = 0xffffb84d;
constexpr QRgb kBlue = 0xff40c4ff;
constexpr QRgb kLime = 0xff3ff23f;
constexpr QRgb kStatusBlue = 0xff4da6ff;
constexpr QRgb kStatusSky = 0xff9fd3ff;
constexpr QRgb kLilac = 0xffd7a6ff;
constexpr QRgb kBadgeRed = 0xffa00000;
constexpr QRgb kUnread = 0xff002b40;
constexpr QRgb kHover = 0xff262626;
constexpr QRgb kOffShift = 0xff1a1a1a;
constexpr QRgb kBreak = 0xff333333;
constexpr QRgb kTimeOff = 0xff5c0000;
constexpr QRgb kPaleBlue = 0xff80d8ff;
} // namespace swatch

} // namespace

QRgb highContrastRgba(Colour role)
{
    using namespace swatch;
    switch (role) {
    case Colour::Text:
        return kWhite;
    case Colour::TextSubtle:
        return kWhite;
    case Colour::TextCaption:
        return kLightGrey;
    case Colour::TextFaint:
        return kGrey;
    case Colour::TextDisabled:
        return kDimGrey;
    case Colour::Surface:
        return kBlack;
    case Colour::PageBackground:
        return kBlack;
    case Colour::Border:
        return kWhite;
    case Colour::Rule:
        return kWhite;
    case Colour::Selection:
        return kYellow;
    case Colour::Accent:
        return kCyan;
    case Colour::OnAccent:
        return kBlack;
    case Colour::Link:
        return kYellow;
    case Colour::Danger:
        return kRed;
    case Colour::DangerText:
        return kRose;
    case Colour::CautionText:
        return kGold;
    case Colour::Proposed:
        return kOrange;
    case Colour::ProposedText:
        return kApricot;
    case Colour::Route:
        return kBlue;
    case Colour::Online:
        return kLime;
    case Colour::Reconnecting:
        return kGold;
    case Colour::Offline:
        return kRed;
    case Colour::StatusNew:
        return kLightGrey;
    case Colour::StatusScheduled:
        return kStatusBlue;
    case Colour::StatusDispatched:
        return kStatusSky;
    case Colour::StatusEnRoute:
        return kLilac;
    case Colour::StatusOnSite:
        return kGold;
    case Colour::StatusCompleted:
        return kLime;
    case Colour::StatusCancelled:
        return kDimGrey;
    case Colour::ErrorBackground:
        return kBlack;
    case Colour::ErrorBorder:
        return kRed;
    case Colour::ErrorText:
        return kRose;
    case Colour::WarningBackground:
        return kBlack;
    case Colour::WarningBorder:
        return kGold;
    case Colour::WarningText:
        return kGold;
    case Colour::InfoBackground:
        return kBlack;
    case Colour::InfoBorder:
        return kBlue;
    case Colour::InfoText:
        return kPaleBlue;
    case Colour::NoticeBackground:
        return kBlack;
    case Colour::NoticeBorder:
        return kOrange;
    case Colour::NoticeText:
        return kApricot;
    case Colour::ProposalBackground:
        return kBlack;
    case Colour::ProposalBorder:
        return kGold;
    case Colour::HeaderBackground:
        return kBlack;
    case Colour::HeaderText:
        return kWhite;
    case Colour::HeaderStrongText:
        return kWhite;
    case Colour::HeaderSubtleText:
        return kLightGrey;
    case Colour::HeaderDivider:
        return kWhite;
    case Colour::NavigationBackground:
        return kBlack;
    case Colour::NavigationText:
        return kWhite;
    case Colour::BadgeBackground:
        return kBadgeRed;
    case Colour::BadgeText:
        return kWhite;
    case Colour::UnreadBackground:
        return kUnread;
    case Colour::UnreadMarker:
        return kCyan;
    case Colour::HoverBackground:
        return kHover;
    case Colour::TimelineOffShift:
        return kOffShift;
    case Colour::TimelineRowLine:
        return kLineGrey;
    case Colour::TimelineHourLine:
        return kDimGrey;
    case Colour::TimelineHalfHourLine:
        return kFaintLine;
    case Colour::TimelineHeader:
        return kBlack;
    case Colour::TimelineNames:
        return kBlack;
    case Colour::TimelineBreak:
        return kBreak;
    case Colour::TimelineTimeOff:
        return kTimeOff;
    case Colour::TimelineWindow:
        return withAlpha(kYellow, 0x40);
    case Colour::TimelineWindowEdge:
        return kYellow;
    case Colour::TimelineTravel:
        return kGrey;
    case Colour::TimelineNow:
        return kRed;
    case Colour::TimelineGhost:
        return withAlpha(kCyan, 0x80);
    case Colour::TimelineBarText:
        return kBlack;
    case Colour::TimelinePendingBarText:
        return kBlack;
    case Colour::TimelineNotCompared:
        return withAlpha(kBlack, 0xb3);
    case Colour::MapBackground:
        return kBlack;
    case Colour::MapGrid:
        return kFaintLine;
    case Colour::MapCluster:
        return kCyan;
    case Colour::MapClusterText:
        return kBlack;
    case Colour::MapMarkerOutline:
        return kWhite;
    case Colour::MapHomeBase:
        return kLime;
    case Colour::MapPosition:
        return kLilac;
    case Colour::MapSelectionFill:
        return withAlpha(kCyan, 0x40);
    case Colour::MapPanel:
        return withAlpha(kBlack, 0xcc);
    }
    return kWhite;
}

} // namespace fielddesk::theme::detail
