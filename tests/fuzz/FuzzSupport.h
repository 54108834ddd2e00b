#pragma once

// Shared by the fuzz targets: an invariant check that fails loudly (libFuzzer
// and the corpus replay both treat abort() as a finding), and a quiet Qt.

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

[[noreturn]] inline void fuzzFail(
    const char *condition, const char *file, int line, const QByteArray &detail)
{
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.constData());
    std::fflush(stderr);
    std::abort();
}

// FUZZ_CHECK(condition, detail): detail (a QByteArray or a QString, such as
// the input) is printed when the condition does not hold.
#define FUZZ_CHECK(condition, detail)                                                              \
    ((condition) ? void() : fuzzFail(#condition, __FILE__, __LINE__, fuzzDetail(detail)))

inline QByteArray fuzzDetail(const QByteArray &detail)
{
    return detail;
}

inline QByteArray fuzzDetail(const QString &detail)
{
    return detail.toUtf8();
}

// Parsers log what they ignore ("ignoring a 'next' that is not a URL");
// millions of inputs would flood the terminal. Call once per process.
inline bool fuzzInit()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return true;
}

// The input as a QByteArray that owns its copy (Qt may keep a reference).
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
