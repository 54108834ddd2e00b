// Where prefserver may listen and which Host headers it answers: loopback
// only (unless --insecure-listen-anywhere, never with test control), and a
// Host header naming the server itself, so that a web page cannot reach it
// through a rebound DNS name.
#pragma once

#include <QByteArray>
#include <QString>

struct ServerOptions;

class HostPolicy
{
public:
    // An error message when the options must not be used: a non-loopback
    // host without insecureListenAnywhere or with test control, or a
    // publicUrl that is not an http(s) origin. Empty when they are fine.
    static QString checkOptions(const ServerOptions &options);

    // options must outlive the policy; port: the port listened on.
    HostPolicy(const ServerOptions &options, quint16 port);

    // Whether a request with this Host header value may be answered:
    // 127.0.0.1, localhost or [::1] (or the listen address) with the port
    // listened on, or the host and port of the public URL.
    bool allows(const QByteArray &hostHeader) const;

private:
    const ServerOptions &m_options;
    quint16 m_port;
};
