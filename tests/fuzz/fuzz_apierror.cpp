// libFuzzer target: ApiError::fromHttp, the parser of error bodies (DRF
// {"detail"}, field errors, OAuth {"error","error_description"}, HTML,
// nothing) and of Retry-After.
//
// Input format, chosen so that seeds stay readable:
//   "STATUS RETRY-AFTER\nBODY"
// The first line holds the status as decimal digits, then (after a space)
// the Retry-After header; everything after the first newline is the body.
// Without a newline the whole input is the body of a 400.
//
// Invariants: the error is an HTTP error with that status, always has a
// message, and its sentence for people is not empty, ends with a full stop
// and names the status; no field has an empty list of messages.

#include "FuzzSupport.h"

#include "ApiError.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fuzzInit();
    Q_UNUSED(ready);

    const QByteArray input = fuzzBytes(data, size);
    int status = 400;
    QByteArray retryAfter;
    QByteArray body = input;
    const qsizetype newline = input.indexOf('\n');
    if (newline >= 0) {
        const QByteArray head = input.left(newline);
        body = input.mid(newline + 1);
        const qsizetype space = head.indexOf(' ');
        status = head.left(space).toInt(); // 0 when not a number
        if (space >= 0)
            retryAfter = head.mid(space + 1);
    }

    const ApiError error = ApiError::fromHttp(status, body, retryAfter);
    FUZZ_CHECK(error.kind() == ApiError::Kind::Http && error.isError(), input);
    FUZZ_CHECK(error.httpStatus() == status, input);
    FUZZ_CHECK(!error.message().isEmpty(), input);
    FUZZ_CHECK(error.retryAfterSeconds() >= -1, input);
    FUZZ_CHECK(error.isAuthenticationError() == (status == 401), input);
    FUZZ_CHECK(error.isTransient() == (status == 408 || status == 429 || status >= 500), input);

    const QString sentence = error.toUserString();
    FUZZ_CHECK(sentence.endsWith(QLatin1Char('.')), input + " -> " + sentence.toUtf8());
    FUZZ_CHECK(sentence.contains(QString::number(status)), input + " -> " + sentence.toUtf8());

    const QMap<QString, QStringList> fields = error.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        FUZZ_CHECK(!it.value().isEmpty(), input + " -> " + it.key().toUtf8());
    return 0;
}
