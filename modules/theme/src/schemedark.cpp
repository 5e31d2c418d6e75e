// The dark scheme: light text on near-black surfaces (GitHub-like greys); the statuses keep
// their hues, a little deeper so that white bar text stays readable.
#include "schemetables.h"

namespace fielddesk::theme::detail {

namespace {

namespace swatch {
constexpr QRgb kFog = 0xffe6edf3;
constexpr QRgb kSilver = 0xffb1bac4;
constexpr QRgb kAsh = 0xff9aa5b1;
constexpr QRgb kPewter = 0xff8b949e;
constexpr QRgb kIron = 0xff6e7681;
constexpr QRgb kNight = 0xff0d1117;
constexpr QRgb kCharcoal = 0xff161b22;
constexpr QRgb kSlateLine = 0xff30363d;
constexpr QRgb kDeepLine = 0xff21262d;
constexpr QRgb kInk = 0xff010409;
constexpr QRgb kSnow = 0xfff0f6fc;
constexpr QRgb kWhite = 0xffffffff;
constexpr QRgb kSky = 0xff0ea5e9;
constexpr QRgb kAzure = 0xff58a6ff;
constexpr QRgb kRed = 0xfff85149;
constexpr QRgb kSalmon = 0xffff7b72;
constexpr QRgb kGoldText = 0xffe3b341;
constexpr QRgb kOrange = 0xfff79009;
constexpr QRgb kApricot = 0xffffa657;
constexpr QRgb kGreen = 0xff3fb950;
constexpr QRgb kAmber = 0xffd29922;
constexpr QRgb kStatusGrey = 0xff77838f;
constexpr QRgb kStatusBlue = 0xff3a7bd5;
constexpr QRgb kStatusDeepBlue = 0xff2563c7;
constexpr QRgb kPurple = 0xff9a6fd6;
constexpr QRgb kStatusAmber = 0xffc98204;
constexpr QRgb kStatusGreen = 0xff2f9e55;
constexpr QRgb kStatusPale = 0xff59626d;
constexpr QRgb kErrorBackground = 0xff3d1214;
constexpr QRgb kErrorBorder = 0xff8e1519;
constexpr QRgb kErrorText = 0xffffa198;
constexpr QRgb kWarningBackground = 0xff332701;
constexpr QRgb kWarningBorder = 0xff9e6a03;
constexpr QRgb kWarningText = 0xfff2cc60;
constexpr QRgb kInfoBackground = 0xff0c2a4d;
constexpr QRgb kInfoBorder = 0xff1f6feb;
constexpr QRgb kInfoText = 0xffa5d6ff;
constexpr QRgb kNoticeBackground = 0xff3a1e02;
constexpr QRgb kNoticeBorder = 0xff9b4d00;
constexpr QRgb kNoticeText = 0xffffb865;
constexpr QRgb kProposalBackground = 0xff2b2105;
constexpr QRgb kProposalBorder = 0xffbb8009;
constexpr QRgb kBadgeRed = 0xffda3633;
constexpr QRgb kHover = 0xff262c36;
constexpr QRgb kOffShift = 0xff12171e;
constexpr QRgb kHalfLine = 0xff1b2128;
constexpr QRgb kBreak = 0xff2a313b;
constexpr QRgb kTimeOff = 0xff4a1f23;
constexpr QRgb kGold = 0xfff2c94c;
constexpr QRgb kDarkGold = 0xffd4a72c;
constexpr QRgb kTravel = 0xff56708c;
constexpr QRgb kNow = 0xffff4d4d;
constexpr QRgb kBlue = 0xff2f81f7;
constexpr QRgb kPaleText = 0xff243b53;
constexpr QRgb kMapGround = 0xff1b222c;
constexpr QRgb kMapGrid = 0xff2a323d;
constexpr QRgb kClusterBlue = 0xff2f6fb3;
} // namespace swatch

} // namespace

QRgb darkRgba(Colour role)
{
    using namespace swatch;
    switch (role) {
    case Colour::Text:
        return kFog;
    case Colour::TextSubtle:
        return kSilver;
    case Colour::TextCaption:
        return kAsh;
    case Colour::TextFaint:
        return kPewter;
    case Colour::TextDisabled:
        return kIron;
    case Colour::Surface:
        return kCharcoal;
    case Colour::PageBackground:
        return kNight;
    case Colour::Border:
        return kSlateLine;
    case Colour::Rule:
        return kDeepLine;
    case Colour::Selection:
        return kSnow;
    case Colour::Accent:
        return kSky;
    case Colour::OnAccent:
        return kWhite;
    case Colour::Link:
        return kAzure;
    case Colour::Danger:
        return kRed;
    case Colour::DangerText:
        return kSalmon;
    case Colour::CautionText:
        return kGoldText;
    case Colour::Proposed:
        return kOrange;
    case Colour::ProposedText:
        return kApricot;
    case Colour::Route:
        return kAzure;
    case Colour::Online:
        return kGreen;
    case Colour::Reconnecting:
        return kAmber;
    case Colour::Offline:
        return kRed;
    case Colour::StatusNew:
        return kStatusGrey;
    case Colour::StatusScheduled:
        return kStatusBlue;
    case Colour::StatusDispatched:
        return kStatusDeepBlue;
    case Colour::StatusEnRoute:
        return kPurple;
    case Colour::StatusOnSite:
        return kStatusAmber;
    case Colour::StatusCompleted:
        return kStatusGreen;
    case Colour::StatusCancelled:
        return kStatusPale;
    case Colour::ErrorBackground:
        return kErrorBackground;
    case Colour::ErrorBorder:
        return kErrorBorder;
    case Colour::ErrorText:
        return kErrorText;
    case Colour::WarningBackground:
        return kWarningBackground;
    case Colour::WarningBorder:
        return kWarningBorder;
    case Colour::WarningText:
        return kWarningText;
    case Colour::InfoBackground:
        return kInfoBackground;
    case Colour::InfoBorder:
        return kInfoBorder;
    case Colour::InfoText:
        return kInfoText;
    case Colour::NoticeBackground:
        return kNoticeBackground;
    case Colour::NoticeBorder:
        return kNoticeBorder;
    case Colour::NoticeText:
        return kNoticeText;
    case Colour::ProposalBackground:
        return kProposalBackground;
    case Colour::ProposalBorder:
        return kProposalBorder;
    case Colour::HeaderBackground:
        return kInk;
    case Colour::HeaderText:
        return kSnow;
    case Colour::HeaderStrongText:
        return kWhite;
    case Colour::HeaderSubtleText:
        return kPewter;
    case Colour::HeaderDivider:
        return kSlateLine;
    case Colour::NavigationBackground:
        return kCharcoal;
    case Colour::NavigationText:
        return kSilver;
    case Colour::BadgeBackground:
        return kBadgeRed;
    case Colour::BadgeText:
        return kWhite;
    case Colour::UnreadBackground:
        return kInfoBackground;
    case Colour::UnreadMarker:
        return kSky;
    case Colour::HoverBackground:
        return kHover;
    case Colour::TimelineOffShift:
        return kOffShift;
    case Colour::TimelineRowLine:
        return kDeepLine;
    case Colour::TimelineHourLine:
        return kSlateLine;
    case Colour::TimelineHalfHourLine:
        return kHalfLine;
    case Colour::TimelineHeader:
        return kCharcoal;
    case Colour::TimelineNames:
        return kCharcoal;
    case Colour::TimelineBreak:
        return kBreak;
    case Colour::TimelineTimeOff:
        return kTimeOff;
    case Colour::TimelineWindow:
        return withAlpha(kGold, 0x40);
    case Colour::TimelineWindowEdge:
        return kDarkGold;
    case Colour::TimelineTravel:
        return kTravel;
    case Colour::TimelineNow:
        return kNow;
    case Colour::TimelineGhost:
        return withAlpha(kBlue, 0x80);
    case Colour::TimelineBarText:
        return kWhite;
    case Colour::TimelinePendingBarText:
        return kPaleText;
    case Colour::TimelineNotCompared:
        return withAlpha(kNight, 0x99);
    case Colour::MapBackground:
        return kMapGround;
    case Colour::MapGrid:
        return kMapGrid;
    case Colour::MapCluster:
        return kClusterBlue;
    case Colour::MapClusterText:
        return kWhite;
    case Colour::MapMarkerOutline:
        return kFog;
    case Colour::MapHomeBase:
        return kGreen;
    case Colour::MapPosition:
        return kPurple;
    case Colour::MapSelectionFill:
        return withAlpha(kBlue, 0x40);
    case Colour::MapPanel:
        return withAlpha(kCharcoal, 0xcc);
    }
    return kWhite;
}

} // namespace fielddesk::theme::detail
