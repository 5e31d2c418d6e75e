// Raw request bytes through the server's own reading of a request. Qt's parser
// (QAbstractHttpServer) splits the request line and headers; FieldDesk's code then finds the
// header block's end (ConnectionGuard's timing, findHeaderBlockEnd), routes the path (Router,
// with path parameters), reads the query of a list (parseListQuery) and admits the request
// (RequestPipeline: media type, credentials, role, rate limits) from the client address's key
// (clientAddressKey). This target splits the bytes as a lenient HTTP/1.1 reader would and
// hands every piece to that code: nothing crashes, a header block ends at its first blank
// line, routed parameters are the pattern's, a refusal is a client's error (4xx), never a
// 5xx, and an address's key is its IPv4 address or its IPv6 /64 network.
#include "fuzzcheck.h"
#include "http/clientaddress.h"
#include "http/headerblock.h"
#include "http/listquery.h"
#include "http/requestframing.h"
#include "http/requestpipeline.h"
#include "http/router.h"
#include "repositories/jobrepository.h"

#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

// "good" is a dispatcher's token, "key" a customer's API key; anything else is refused.
class FuzzAuthenticator : public Authenticator
{
public:
    Result<Principal> authenticate(const QByteArray &accessToken) const override
    {
        if (accessToken != "good")
            return Failure::unauthorized(QStringLiteral("The token is not valid."));
        Principal principal;
        principal.userId = 7;
        principal.tenantId = 1;
        principal.role = Role::Dispatcher;
        principal.locationIds = {1};
        return principal;
    }
    Result<Principal> authenticateApiKey(const QByteArray &key) const override
    {
        if (key != "key")
            return Failure::unauthorized(QStringLiteral("The key is not valid."));
        Principal principal;
        principal.tenantId = 1;
        principal.apiKeyId = 3;
        principal.customerId = 4;
        return principal;
    }
};

Route makeRoute(const char *method, const char *pattern, Access access, QList<Role> roles = {})
{
    Route route;
    route.method = method;
    route.pattern = QLatin1String(pattern);
    route.access = access;
    route.roles = std::move(roles);
    route.handler = [](const ApiRequest &) { return ApiResponse::noContent(); };
    return route;
}

// The shapes of the API's paths: literal, one and two parameters, actions after a parameter,
// an upload, open and role-limited routes.
struct Fixture
{
    FuzzAuthenticator authenticator;
    // No rate limits: at thousands of inputs a second every one would be a 429.
    RequestPipeline pipeline{authenticator, RequestRateLimits{.perAddress = {}, .perToken = {}}};
    Router router;

    Fixture()
    {
        router.add(makeRoute("GET", "/healthz", Access::Public));
        router.add(makeRoute("POST", "/api/v1/auth/login", Access::Public));
        Route jobs = makeRoute("GET", "/api/v1/jobs", Access::AuthenticatedOrCustomerKey);
        jobs.doc.list = &JobRepository::listSpec();
        router.add(jobs);
        router.add(makeRoute("POST", "/api/v1/jobs", Access::AuthenticatedOrCustomerKey));
        router.add(makeRoute("GET", "/api/v1/jobs/{id}", Access::AuthenticatedOrCustomerKey));
        router.add(makeRoute("PATCH", "/api/v1/jobs/{id}", Access::Authenticated,
                             {Role::Admin, Role::Manager, Role::Dispatcher}));
        router.add(makeRoute("POST", "/api/v1/jobs/{id}/assign", Access::Authenticated,
                             {Role::Admin, Role::Dispatcher}));
        router.add(
            makeRoute("DELETE", "/api/v1/locations/{id}", Access::Authenticated, {Role::Admin}));
        router.add(
            makeRoute("GET", "/api/v1/requests/{id}/comments/{comment_id}", Access::Authenticated));
        Route upload = makeRoute("POST", "/api/v1/media", Access::Authenticated);
        upload.body = BodyRule::raw({"image/png", "image/jpeg", "application/pdf"}, 1024);
        router.add(upload);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

// The peer's address, from the input's last 16 bytes (so the fuzzer steers it too): an IPv4
// address when the first 12 of them are zero, else IPv6 (IPv4-mapped ones included).
QHostAddress peerAddress(const QByteArray &bytes)
{
    Q_IPV6ADDR raw{};
    const QByteArray last = bytes.right(16);
    for (qsizetype i = 0; i < last.size(); ++i)
        raw[16 - last.size() + i] = static_cast<quint8>(last[i]);
    if (std::all_of(raw.c, raw.c + 12, [](quint8 byte) { return byte == 0; }))
        return QHostAddress(qFromBigEndian<quint32>(raw.c + 12));
    return QHostAddress(raw);
}

// clientAddressKey: an IPv4 address (plain or IPv4-mapped) is its own key; an IPv6 address's
// key is its /64 network, the same whatever its last 64 bits are (outside ::/64, where some
// of them are IPv4-mapped addresses).
void checkAddressKey(const QHostAddress &address)
{
    const QString key = clientAddressKey(address);
    FUZZ_CHECK(!key.isEmpty());
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4) {
        FUZZ_CHECK(key == QHostAddress(ipv4).toString());
        FUZZ_CHECK(clientAddressKey(QHostAddress(ipv4)) == key);
        return;
    }
    FUZZ_CHECK(key.endsWith(QLatin1String("/64")));
    const QHostAddress network(key.chopped(3));
    FUZZ_CHECK(network.protocol() == QAbstractSocket::IPv6Protocol);
    Q_IPV6ADDR other = address.toIPv6Address();
    const Q_IPV6ADDR prefix = network.toIPv6Address();
    bool zeroNetwork = true;
    for (int i = 0; i < 16; ++i) {
        FUZZ_CHECK(prefix[i] == (i < 8 ? other[i] : 0));
        if (i < 8)
            zeroNetwork = zeroNetwork && other[i] == 0;
        else
            other[i] = static_cast<quint8>(~other[i]);
    }
    FUZZ_CHECK(zeroNetwork || clientAddressKey(QHostAddress(other)) == key);
}

void checkParameters(const Route &route, const RouteMatch &match)
{
    for (auto it = match.params.begin(); it != match.params.end(); ++it) {
        FUZZ_CHECK(route.pattern.contains(QLatin1Char('{') + it.key() + QLatin1Char('}')));
        FUZZ_CHECK(!it.value().contains(QLatin1Char('/')));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const std::optional<HeaderBlockEnd> end = findHeaderBlockEnd(bytes);
    QByteArray head = bytes;
    QByteArray body;
    if (end) {
        FUZZ_CHECK(end->length == 2 || end->length == 4);
        FUZZ_CHECK(end->bodyStart() <= bytes.size());
        // The first blank line: none ends before it.
        FUZZ_CHECK(!findHeaderBlockEnd(bytes.left(end->bodyStart() - 1)));
        head = bytes.left(end->at);
        body = bytes.mid(end->bodyStart());
    }

    // A lenient HTTP/1.1 reader's split: request line, then "name: value" lines.
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    ApiRequest request;
    request.method = requestLine.value(0);
    const QUrl target = QUrl::fromEncoded(requestLine.value(1));
    request.path = target.path();
    request.query = QUrlQuery(target);
    QList<QPair<QByteArray, QByteArray>> headerList;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
            headerList.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1)});
        }
    }
    // A request whose framing passes says its body's length one way, as a number.
    if (const std::optional<FramingProblem> framing = framingProblem(headerList)) {
        FUZZ_CHECK(framing->status == 400 || framing->status == 501);
        FUZZ_CHECK(!framing->detail.isEmpty());
    } else {
        bool transferEncoding = false;
        std::optional<qint64> length;
        for (const auto &[name, value] : std::as_const(headerList)) {
            if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
                transferEncoding = true;
            if (name.compare("content-length", Qt::CaseInsensitive) != 0)
                continue;
            bool ok = false;
            const qint64 n = value.trimmed().toLongLong(&ok);
            FUZZ_CHECK(ok && n >= 0 && (!length || *length == n));
            length = n;
        }
        FUZZ_CHECK(!(length && transferEncoding));
    }
    request.body = body;
    request.remoteAddress = peerAddress(bytes);
    checkAddressKey(request.remoteAddress);

    const RouteMatch match = f.router.match(request.method, request.path);
    if (!match.route)
        return 0;
    // HEAD is answered like GET (Router::match).
    FUZZ_CHECK(match.route->method ==
               (request.method == "HEAD" ? QByteArray("GET") : request.method));
    checkParameters(*match.route, match);
    request.pathParams = match.params;
    if (const std::optional<qint64> id = request.pathId(QStringLiteral("id")))
        FUZZ_CHECK(*id > 0);

    if (match.route->doc.list) {
        const Result<ListQuery> list = parseListQuery(request.query, *match.route->doc.list);
        FUZZ_CHECK(list.ok() || list.failure().kind == FailureKind::Invalid);
    }
    if (const std::optional<ApiResponse> refusal = f.pipeline.admit(*match.route, request)) {
        FUZZ_CHECK(refusal->status >= 400 && refusal->status < 500);
        return 0;
    }
    FUZZ_CHECK(request.principal.has_value() || match.route->access == Access::Public);
    const ApiResponse answer = f.pipeline.handle(*match.route, request);
    FUZZ_CHECK(answer.status == 204);
    return 0;
}
