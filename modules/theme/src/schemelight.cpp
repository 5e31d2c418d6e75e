// The light scheme: the console's first palette, for a light desktop.
#include "schemetables.h"

namespace fielddesk::theme::detail {

namespace {

// The swatches: each value once. Several roles share one where they mean the same to the eye
// (the completed status, the home bases and "online" are one green).
namespace swatch {
constexpr QRgb kWhite = 0xffffffff;
constexpr QRgb kInk = 0xff1f2a37;
constexpr QRgb kNavy = 0xff102a43;
constexpr QRgb kSlate = 0xff52606d;
constexpr QRgb kSlateBlue = 0xff243b53;
constexpr QRgb kGreyBlue = 0xff6b7785;
constexpr QRgb kGrey = 0xff7b8794;
constexpr QRgb kNeutralGrey = 0xffa0a0a4;
constexpr QRgb kMist = 0xff9fb3c8;
constexpr QRgb kLine = 0xffd5dbe2;
constexpr QRgb kBorder = 0xffd9e0e8;
constexpr QRgb kCloud = 0xffdde4ea;
constexpr QRgb kCloudBreak = 0xffdfe4ea;
constexpr QRgb kRowLine = 0xffe3e7ec;
constexpr QRgb kRule = 0xffe5e9ef;
constexpr QRgb kMapGround = 0xffe9eef2;
constexpr QRgb kHalfLine = 0xffebeef2;
constexpr QRgb kOffShift = 0xffeef0f3;
constexpr QRgb kPage = 0xffeef1f5;
constexpr QRgb kPaper = 0xfff6f7f9;
constexpr QRgb kPaperLight = 0xfffafbfc;
constexpr QRgb kHeaderInk = 0xfff8fafc;
constexpr QRgb kHeaderSubtle = 0xffa9b8c9;
constexpr QRgb kHeaderDivider = 0xff415266;
constexpr QRgb kSky = 0xff0ea5e9;
constexpr QRgb kBlue = 0xff2680c2;
constexpr QRgb kLinkBlue = 0xff1d6fb8; // 4.5:1 on white, as words need
constexpr QRgb kClusterBlue = 0xff2f6fb3;
constexpr QRgb kStatusBlue = 0xff3a7bd5;
constexpr QRgb kStatusDeepBlue = 0xff1f5fa8;
constexpr QRgb kPurple = 0xff845ec2;
constexpr QRgb kAmber = 0xffd98e04;
constexpr QRgb kStatusAmber = 0xffb77904; // white bar text reads on it (3.6:1)
constexpr QRgb kGreen = 0xff3e9b5c;
constexpr QRgb kStatusPale = 0xffb8bfc6;
constexpr QRgb kRed = 0xffd64545;
constexpr QRgb kBrightRed = 0xffe12d39;
constexpr QRgb kDeepRed = 0xffb42318;
constexpr QRgb kOchre = 0xffa35a00;
constexpr QRgb kOrange = 0xfff79009;
constexpr QRgb kBurntOrange = 0xffb54708;
constexpr QRgb kGold = 0xfff2c94c;
constexpr QRgb kDarkGold = 0xffd4a72c;
constexpr QRgb kBlush = 0xfff6d5d2;
constexpr QRgb kErrorBackground = 0xfffdecea;
constexpr QRgb kErrorBorder = 0xfff1aeb5;
constexpr QRgb kErrorText = 0xff842029;
constexpr QRgb kWarningBackground = 0xfffff4d6;
constexpr QRgb kWarningBorder = 0xfff3d27a;
constexpr QRgb kWarningText = 0xff664d03;
constexpr QRgb kInfoBackground = 0xffe7f1fb;
constexpr QRgb kInfoBorder = 0xffa9cbed;
constexpr QRgb kInfoText = 0xff0b4a7f;
constexpr QRgb kNoticeBackground = 0xfffff4e5;
constexpr QRgb kNoticeBorder = 0xfff0c36d;
constexpr QRgb kNoticeText = 0xff7a4100;
constexpr QRgb kProposalBackground = 0xfffffaeb;
constexpr QRgb kProposalBorder = 0xfffec84b;
} // namespace swatch

} // namespace

QRgb lightRgba(Colour role)
{
    using namespace swatch;
    switch (role) {
    case Colour::Text:
        return kInk;
    case Colour::TextSubtle:
        return kSlate;
    case Colour::TextCaption:
        return kGreyBlue;
    case Colour::TextFaint:
        return kGrey;
    case Colour::TextDisabled:
        return kNeutralGrey;
    case Colour::Surface:
        return kWhite;
    case Colour::PageBackground:
        return kPage;
    case Colour::Border:
        return kBorder;
    case Colour::Rule:
        return kRule;
    case Colour::Selection:
        return kNavy;
    case Colour::Accent:
        return kSky;
    case Colour::OnAccent:
        return kWhite;
    case Colour::Link:
        return kLinkBlue;
    case Colour::Danger:
        return kRed;
    case Colour::DangerText:
        return kDeepRed;
    case Colour::CautionText:
        return kOchre;
    case Colour::Proposed:
        return kOrange;
    case Colour::ProposedText:
        return kBurntOrange;
    case Colour::Route:
        return kBlue;
    case Colour::Online:
        return kGreen;
    case Colour::Reconnecting:
        return kAmber;
    case Colour::Offline:
        return kRed;
    case Colour::StatusNew:
        return kGrey;
    case Colour::StatusScheduled:
        return kStatusBlue;
    case Colour::StatusDispatched:
        return kStatusDeepBlue;
    case Colour::StatusEnRoute:
        return kPurple;
    case Colour::StatusOnSite:
        return kStatusAmber;
    case Colour::StatusCompleted:
        return kGreen;
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
        return kHeaderInk;
    case Colour::HeaderStrongText:
        return kWhite;
    case Colour::HeaderSubtleText:
        return kHeaderSubtle;
    case Colour::HeaderDivider:
        return kHeaderDivider;
    case Colour::NavigationBackground:
        return kPaper;
    case Colour::NavigationText:
        return kSlate;
    case Colour::BadgeBackground:
        return kBrightRed;
    case Colour::BadgeText:
        return kWhite;
    case Colour::UnreadBackground:
        return kInfoBackground;
    case Colour::UnreadMarker:
        return kSky;
    case Colour::HoverBackground:
        return kPaper;
    case Colour::TimelineOffShift:
        return kOffShift;
    case Colour::TimelineRowLine:
        return kRowLine;
    case Colour::TimelineHourLine:
        return kLine;
    case Colour::TimelineHalfHourLine:
        return kHalfLine;
    case Colour::TimelineHeader:
        return kPaper;
    case Colour::TimelineNames:
        return kPaperLight;
    case Colour::TimelineBreak:
        return kCloudBreak;
    case Colour::TimelineTimeOff:
        return kBlush;
    case Colour::TimelineWindow:
        return withAlpha(kGold, 0x40);
    case Colour::TimelineWindowEdge:
        return kDarkGold;
    case Colour::TimelineTravel:
        return kMist;
    case Colour::TimelineNow:
        return kBrightRed;
    case Colour::TimelineGhost:
        return withAlpha(kBlue, 0x80);
    case Colour::TimelineBarText:
        return kWhite;
    case Colour::TimelinePendingBarText:
        return kSlateBlue;
    case Colour::TimelineNotCompared:
        return withAlpha(kWhite, 0x99);
    case Colour::MapBackground:
        return kMapGround;
    case Colour::MapGrid:
        return kCloud;
    case Colour::MapCluster:
        return kClusterBlue;
    case Colour::MapClusterText:
        return kWhite;
    case Colour::MapMarkerOutline:
        return kWhite;
    case Colour::MapHomeBase:
        return kGreen;
    case Colour::MapPosition:
        return kPurple;
    case Colour::MapSelectionFill:
        return withAlpha(kBlue, 0x30);
    case Colour::MapPanel:
        return withAlpha(kWhite, 0xcc);
    }
    return kInk;
}

} // namespace fielddesk::theme::detail
