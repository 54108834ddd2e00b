// libFuzzer target: LoopbackRequest::parse, the request head that a browser
// (or anything else on this machine) sends to the sign-in's loopback
// listener on 127.0.0.1.
//
// Invariants: a head is complete exactly when the blank line has arrived;
// more bytes never change a complete head (the listener parses again as
// each chunk arrives, so the first two bytes of the input choose where a
// first chunk ends); the request line is exactly METHOD SP TARGET SP
// HTTP/1.x; only a GET is ever taken for the callback.

#include "FuzzSupport.h"

#include "LoopbackRequest.h"

#include <cstddef>
#include <cstdint>

namespace {

bool sameRequest(const LoopbackRequest &a, const LoopbackRequest &b)
{
    return a.status() == b.status() && a.method() == b.method() && a.target() == b.target() &&
        a.isCallback() == b.isCallback() &&
        a.queryItem(QStringLiteral("state")) == b.queryItem(QStringLiteral("state")) &&
        a.queryItem(QStringLiteral("code")) == b.queryItem(QStringLiteral("code"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fuzzInit();
    Q_UNUSED(ready);

    const QByteArray input = fuzzBytes(data, size);
    const LoopbackRequest request = LoopbackRequest::parse(input);
    const qsizetype end = input.indexOf("\r\n\r\n");
    using Status = LoopbackRequest::Status;

    switch (request.status()) {
    case Status::Incomplete:
        FUZZ_CHECK(end < 0 && input.size() <= LoopbackRequest::MaxHeadSize, input);
        break;
    case Status::TooLarge:
        FUZZ_CHECK(end < 0 && input.size() > LoopbackRequest::MaxHeadSize, input);
        break;
    case Status::Malformed:
        FUZZ_CHECK(end >= 0, input);
        break;
    case Status::Complete: {
        FUZZ_CHECK(end >= 0, input);
        const QByteArray line = input.left(input.indexOf("\r\n"));
        const QByteArray rebuilt = request.method() + ' ' + request.target() + ' ';
        FUZZ_CHECK(
            line.startsWith(rebuilt) && line.mid(rebuilt.size()).startsWith("HTTP/1."), input);
        FUZZ_CHECK(!request.method().contains(' ') && !request.target().contains(' '), input);
        // Whatever follows the head (a body, a second request) changes nothing.
        FUZZ_CHECK(
            sameRequest(request, LoopbackRequest::parse(input + "\r\nGET / HTTP/1.1\r\n")), input);
        break;
    }
    }
    if (request.isCallback())
        FUZZ_CHECK(request.status() == Status::Complete && request.method() == "GET", input);
    if (request.status() != Status::Complete)
        FUZZ_CHECK(request.method().isEmpty() && request.target().isEmpty(), input);
    // The listener reads these four; they must never fail, whatever the target.
    for (const char *name : {"state", "code", "error", "error_description"})
        request.queryItem(QString::fromLatin1(name));

    // The same bytes in two chunks: once complete, always the same request.
    if (input.size() >= 2) {
        const qsizetype split = (data[0] | (data[1] << 8)) % (input.size() + 1);
        const LoopbackRequest first = LoopbackRequest::parse(input.left(split));
        if (first.status() == Status::Complete || first.status() == Status::Malformed)
            FUZZ_CHECK(sameRequest(first, request), input);
        if (request.status() == Status::Incomplete)
            FUZZ_CHECK(first.status() == Status::Incomplete, input);
    }
    return 0;
}
