#pragma once

#include "ApiError.h"

#include <QObject>
#include <QString>

// Supplies the bearer token that ApiClient adds to requests, and renews it.
// Sign-in implements it with OAuth refresh; prefctl and tests use a fixed
// token. Implementations must coalesce: refresh() while a refresh is already
// running starts nothing new, and every caller hears the one refreshFinished.
class Credentials : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString accessToken() const = 0;
    virtual bool canRefresh() const { return false; }
    virtual void refresh() { }

signals:
    void refreshFinished(bool ok, const ApiError &error);
};

// A token that cannot be refreshed: PREFCTL_TOKEN, a pasted JWT, the demo.
class StaticCredentials : public Credentials
{
    Q_OBJECT

public:
    explicit StaticCredentials(const QString &token, QObject *parent = nullptr)
        : Credentials(parent)
        , m_token(token)
    { }
    QString accessToken() const override { return m_token; }
    void setAccessToken(const QString &token) { m_token = token; }

private:
    QString m_token;
};
