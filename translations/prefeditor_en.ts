<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountStatus</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo mode: a local server with sample data, forgotten when the editor closes</source>
        <translation>Demo mode: a local server with sample data, forgotten when the editor closes</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <extracomment>%1 user name, %2 the community's host, e.g. "community.example.org"</extracomment>
        <translation>Signed in as %1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s)</source>
        <translation>
            <numerusform>%n preference</numerusform>
            <numerusform>%n preferences</numerusform>
        </translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation>Not up to date</translation>
    </message>
    <message>
        <source>The latest load did not finish: the list shows the preferences as they were loaded before. Press F5 to load them again.</source>
        <translation>The latest load did not finish: the list shows the preferences as they were loaded before. Press F5 to load them again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <extracomment>%1 how many rows the filter shows, %n how many there are</extracomment>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was not valid</source>
        <translation>The request was not valid</translation>
    </message>
    <message>
        <source>Authentication is required or the sign-in has expired</source>
        <translation>Authentication is required or the sign-in has expired</translation>
    </message>
    <message>
        <source>You do not have permission to do this</source>
        <translation>You do not have permission to do this</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>The server does not allow this operation</source>
        <translation>The server does not allow this operation</translation>
    </message>
    <message>
        <source>The server cannot answer in JSON</source>
        <translation>The server cannot answer in JSON</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request</source>
        <translation>The server timed out waiting for the request</translation>
    </message>
    <message>
        <source>The request conflicts with the current state</source>
        <translation>The request conflicts with the current state</translation>
    </message>
    <message>
        <source>This no longer exists</source>
        <translation>This no longer exists</translation>
    </message>
    <message>
        <source>The request is too large</source>
        <translation>The request is too large</translation>
    </message>
    <message>
        <source>The server does not accept this content type</source>
        <translation>The server does not accept this content type</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>The server had an internal error</source>
        <translation>The server had an internal error</translation>
    </message>
    <message>
        <source>The server's gateway received a bad answer</source>
        <translation>The server's gateway received a bad answer</translation>
    </message>
    <message>
        <source>The service is unavailable</source>
        <translation>The service is unavailable</translation>
    </message>
    <message>
        <source>The server's gateway timed out</source>
        <translation>The server's gateway timed out</translation>
    </message>
    <message>
        <source>Unexpected status %1</source>
        <translation>Unexpected status %1</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Bad Request</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Unauthorized</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Forbidden</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Not Found</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Method Not Allowed</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>Not Acceptable</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Request Timeout</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Gone</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Payload Too Large</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Unsupported Media Type</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Too Many Requests</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Internal Server Error</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Bad Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service Unavailable</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway Timeout</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Could not reach the server: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time: %1</source>
        <translation>The server did not answer in time: %1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>The secure connection failed: %1</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood: %1</source>
        <translation>The server sent an answer that could not be understood: %1</translation>
    </message>
    <message>
        <source>The server's answer was too large: %1</source>
        <translation>The server's answer was too large: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The server could not handle the request (%1)</source>
        <translation>The server could not handle the request (%1)</translation>
    </message>
    <message>
        <source>The server refused the request (%1)</source>
        <translation>The server refused the request (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Try again in %1 s.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1</source>
        <translation>the answer is larger than %1</translation>
    </message>
    <message>
        <source>a redirect without a Location header</source>
        <translation>a redirect without a Location header</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1)</source>
        <translation>the body is not valid JSON (%1)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>the TLS handshake with %1 failed</translation>
    </message>
    <message>
        <source>the server %1 refused the connection</source>
        <translation>the server %1 refused the connection</translation>
    </message>
    <message>
        <source>the server %1 closed the connection unexpectedly</source>
        <translation>the server %1 closed the connection unexpectedly</translation>
    </message>
    <message>
        <source>the server %1 could not be found</source>
        <translation>the server %1 could not be found</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>the connection to %1 timed out</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>the network is not available</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>the proxy could not be used</translation>
    </message>
    <message>
        <source>the address %1 does not use http or https</source>
        <translation>the address %1 does not use http or https</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>the connection was interrupted</translation>
    </message>
    <message>
        <source>the server sent no HTTP status</source>
        <translation>the server sent no HTTP status</translation>
    </message>
    <message>
        <source>the connection to %1 failed</source>
        <translation>the connection to %1 failed</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>too many redirects</translation>
    </message>
    <message>
        <source>a redirect to an invalid address</source>
        <translation>a redirect to an invalid address</translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address</source>
        <translation>the server redirected to an insecure (http) address</translation>
    </message>
    <message>
        <source>the server answered a sign-in request with a redirect (%1), which is not followed</source>
        <translation>the server answered a sign-in request with a redirect (%1), which is not followed</translation>
    </message>
    <message>
        <source>the server redirected the request to another address (%1), which is not followed with its body</source>
        <translation>the server redirected the request to another address (%1), which is not followed with its body</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The sign-in could not start.</source>
        <translation>The sign-in could not start.</translation>
    </message>
    <message>
        <source>Could not listen on this computer for the browser's answer.</source>
        <translation>Could not listen on this computer for the browser's answer.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
</context>
<context>
    <name>ChangeFormatter</name>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>preference %1</source>
        <translation>preference %1</translation>
    </message>
    <message>
        <source>; the answer was lost, the change was verified on the server</source>
        <translation>; the answer was lost, the change was verified on the server</translation>
    </message>
    <message>
        <source>the key was taken meanwhile by preference %1</source>
        <translation>the key was taken meanwhile by preference %1</translation>
    </message>
    <message>
        <source>the key was taken meanwhile</source>
        <translation>the key was taken meanwhile</translation>
    </message>
    <message>
        <source>changed since it was read; now %1</source>
        <translation>changed since it was read; now %1</translation>
    </message>
    <message>
        <source>deleted since it was read</source>
        <translation>deleted since it was read</translation>
    </message>
    <message>
        <source>Batch %1: applied %2, unchanged %3, conflict %4, failed %5.</source>
        <translation>Batch %1: applied %2, unchanged %3, conflict %4, failed %5.</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>only in %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>USER %1</source>
        <translation>USER %1</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
</context>
<context>
    <name>ChangeSetApplier</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ChangeSetDialog</name>
    <message>
        <source>Also &amp;delete keys that are not in the file</source>
        <translation>Also &amp;delete keys that are not in the file</translation>
    </message>
    <message>
        <source>Import Preferences</source>
        <translation>Import Preferences</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Planned changes</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>your preferences</source>
        <translation>your preferences</translation>
    </message>
    <message>
        <source>the preferences of %1</source>
        <translation>the preferences of %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n preference(s) from %1 into %2. Nothing is written until you press Apply.</source>
        <translation>
            <numerusform>Import %n preference from %1 into %2. Nothing is written until you press Apply.</numerusform>
            <numerusform>Import %n preferences from %1 into %2. Nothing is written until you press Apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n preference(s) of %1 into %2. Nothing is written until you press Apply.</source>
        <translation>
            <numerusform>Copy %n preference of %1 into %2. Nothing is written until you press Apply.</numerusform>
            <numerusform>Copy %n preferences of %1 into %2. Nothing is written until you press Apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged, %4 to delete.</source>
        <translation>%1 to create, %2 to change, %3 unchanged, %4 to delete.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>Applied %1, unchanged %2, conflict %3, failed %4, cancelled %5.</source>
        <translation>Applied %1, unchanged %2, conflict %3, failed %4, cancelled %5.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangeSetModel</name>
    <message>
        <source>The key was taken meanwhile by preference %1.</source>
        <translation>The key was taken meanwhile by preference %1.</translation>
    </message>
    <message>
        <source>The key was taken meanwhile.</source>
        <translation>The key was taken meanwhile.</translation>
    </message>
    <message>
        <source>Changed since it was read; it holds now:
%1</source>
        <translation>Changed since it was read; it holds now:
%1</translation>
    </message>
    <message>
        <source>Deleted since it was read.</source>
        <translation>Deleted since it was read.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Value before the change</translation>
    </message>
    <message>
        <source>Value after the change</source>
        <translation>Value after the change</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Lines removed: %1. Lines added: %2.</source>
        <translation>Lines removed: %1. Lines added: %2.</translation>
    </message>
</context>
<context>
    <name>CommunityUrl</name>
    <message>
        <source>Enter the address of your community.</source>
        <translation>Enter the address of your community.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>This is not a valid web address.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>The address must start with https://.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>The address must not contain a user name or password.</translation>
    </message>
    <message>
        <source>The address must use https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>The address must use https://. Plain http:// is only allowed for this computer (localhost).</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Compare %1 with %2</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>Compared preferences</source>
        <translation>Compared preferences</translation>
    </message>
    <message>
        <source>Columns of the comparison</source>
        <translation>Columns of the comparison</translation>
    </message>
    <message>
        <source>Copy A → &amp;B…</source>
        <translation>Copy A → &amp;B…</translation>
    </message>
    <message>
        <source>Write A's value of the selected key into B's preferences</source>
        <translation>Write A's value of the selected key into B's preferences</translation>
    </message>
    <message>
        <source>Copy B → &amp;A…</source>
        <translation>Copy B → &amp;A…</translation>
    </message>
    <message>
        <source>Write B's value of the selected key into A's preferences</source>
        <translation>Write B's value of the selected key into A's preferences</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reading the preferences of both users…</source>
        <translation>Reading the preferences of both users…</translation>
    </message>
    <message>
        <source>The preferences could not be read. %1</source>
        <translation>The preferences could not be read. %1</translation>
    </message>
    <message>
        <source>%1 only in A, %2 only in B, %3 differing, %4 identical.</source>
        <translation>%1 only in A, %2 only in B, %3 differing, %4 identical.</translation>
    </message>
    <message>
        <source>Copy “%1” to %2</source>
        <translation>Copy “%1” to %2</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>The key must not be empty.</source>
        <translation>The key must not be empty.</translation>
    </message>
    <message>
        <source>Cannot read the value from standard input.</source>
        <translation>Cannot read the value from standard input.</translation>
    </message>
    <message>
        <source>The value is not valid JSON: %1</source>
        <translation>The value is not valid JSON: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Deleted preference %1.</source>
        <translation>Deleted preference %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (user id %2)</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>role: %1</translation>
    </message>
    <message>
        <source>The value of --if-value is not valid JSON: %1</source>
        <translation>The value of --if-value is not valid JSON: %1</translation>
    </message>
    <message>
        <source>--if-updated-at needs an ISO 8601 timestamp such as 2024-03-02T11:30:00.000Z, not "%1"</source>
        <translation>--if-updated-at needs an ISO 8601 timestamp such as 2024-03-02T11:30:00.000Z, not "%1"</translation>
    </message>
    <message>
        <source>the answer was lost; the change was verified on the server.</source>
        <translation>the answer was lost; the change was verified on the server.</translation>
    </message>
    <message>
        <source>warning: the server stored something other than what was sent; its answer follows.</source>
        <translation>warning: the server stored something other than what was sent; its answer follows.</translation>
    </message>
    <message>
        <source>The key "%1" is already in use; nothing was written.</source>
        <translation>The key "%1" is already in use; nothing was written.</translation>
    </message>
    <message>
        <source>The key "%1" is already in use by preference %2; nothing was written. Its value:</source>
        <translation>The key "%1" is already in use by preference %2; nothing was written. Its value:</translation>
    </message>
    <message>
        <source>Preference %1 no longer exists; nothing was written.</source>
        <translation>Preference %1 no longer exists; nothing was written.</translation>
    </message>
    <message>
        <source>Preference %1 has changed: its value is not the one --if-value gives, and it was last updated at %2, not %3; nothing was written. Its current value:</source>
        <translation>Preference %1 has changed: its value is not the one --if-value gives, and it was last updated at %2, not %3; nothing was written. Its current value:</translation>
    </message>
    <message>
        <source>Preference %1 has changed: its value is not the one --if-value gives; nothing was written. Its current value:</source>
        <translation>Preference %1 has changed: its value is not the one --if-value gives; nothing was written. Its current value:</translation>
    </message>
    <message>
        <source>Preference %1 has changed: it was last updated at %2, not %3; nothing was written. Its current value:</source>
        <translation>Preference %1 has changed: it was last updated at %2, not %3; nothing was written. Its current value:</translation>
    </message>
    <message>
        <source>Preference %1 has changed; nothing was written. Its current value:</source>
        <translation>Preference %1 has changed; nothing was written. Its current value:</translation>
    </message>
    <message>
        <source>warning: the change could not be recorded in the journal: %1</source>
        <translation>warning: the change could not be recorded in the journal: %1</translation>
    </message>
</context>
<context>
    <name>CtlCredentials</name>
    <message>
        <source>PREFCTL_TOKEN contains spaces, line breaks or other characters that a token cannot have.</source>
        <translation>PREFCTL_TOKEN contains spaces, line breaks or other characters that a token cannot have.</translation>
    </message>
</context>
<context>
    <name>CtlHistory</name>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n line(s) of the journal %1 could not be read and were skipped.</source>
        <translation>
            <numerusform>warning: %n line of the journal %1 could not be read and were skipped.</numerusform>
            <numerusform>warning: %n lines of the journal %1 could not be read and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>No changes recorded.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTOR</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGE</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>The journal of %1 has no entry %2.</source>
        <translation>The journal of %1 has no entry %2.</translation>
    </message>
    <message>
        <source>Entry %1 changed nothing (%2): there is nothing to undo.</source>
        <translation>Entry %1 changed nothing (%2): there is nothing to undo.</translation>
    </message>
    <message>
        <source>Entry %1 does not record what the preference held before and after the change; it cannot be undone.</source>
        <translation>Entry %1 does not record what the preference held before and after the change; it cannot be undone.</translation>
    </message>
    <message>
        <source>The key "%1" is in use again, by preference %2; nothing was written. Its value:</source>
        <translation>The key "%1" is in use again, by preference %2; nothing was written. Its value:</translation>
    </message>
    <message>
        <source>Preference %1 no longer exists; nothing was written.</source>
        <translation>Preference %1 no longer exists; nothing was written.</translation>
    </message>
    <message>
        <source>Preference %1 has changed since entry %2; nothing was written. Its current value:</source>
        <translation>Preference %1 has changed since entry %2; nothing was written. Its current value:</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), got %2</source>
        <translation>
            <numerusform>%1 takes %n argument, got %2</numerusform>
            <numerusform>%1 takes %n arguments, got %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL is required</translation>
    </message>
    <message>
        <source>--server needs an http or https URL, e.g. https://community.example.org</source>
        <translation>--server needs an http or https URL, e.g. https://community.example.org</translation>
    </message>
    <message>
        <source>--user must be "me" or a numeric user id</source>
        <translation>--user must be "me" or a numeric user id</translation>
    </message>
    <message>
        <source>whoami does not take --user</source>
        <translation>whoami does not take --user</translation>
    </message>
    <message>
        <source>--value is only for set</source>
        <translation>--value is only for set</translation>
    </message>
    <message>
        <source>ID must be a positive integer, got "%1"</source>
        <translation>ID must be a positive integer, got "%1"</translation>
    </message>
    <message>
        <source>set needs --key NEWKEY, --value VALUE or both</source>
        <translation>set needs --key NEWKEY, --value VALUE or both</translation>
    </message>
    <message>
        <source>--if-value is only for set and delete</source>
        <translation>--if-value is only for set and delete</translation>
    </message>
    <message>
        <source>--if-updated-at is only for set and delete</source>
        <translation>--if-updated-at is only for set and delete</translation>
    </message>
    <message>
        <source>only one of --value and --if-value can read standard input</source>
        <translation>only one of --value and --if-value can read standard input</translation>
    </message>
    <message>
        <source>--server %1: %2</source>
        <translation>--server %1: %2</translation>
    </message>
    <message>
        <source>Usage:
  prefctl --server URL [--user me|ID] [--json] list [--key KEY]
  prefctl --server URL [--user me|ID] [--json] get ID
  prefctl --server URL [--user me|ID] [--json] create KEY VALUE
  prefctl --server URL [--user me|ID] [--json] set ID [--key NEWKEY] [--value VALUE]
          [--if-value JSON] [--if-updated-at TIMESTAMP]
  prefctl --server URL [--user me|ID] delete ID [--if-value JSON]
          [--if-updated-at TIMESTAMP]
  prefctl --server URL whoami
  prefctl --server URL history [--user ID] [--key KEY] [--limit N] [--json]
  prefctl --server URL [--json] undo ENTRY_ID
  prefctl --server URL [--user me|ID] export [-o FILE]
  prefctl --server URL [--user me|ID] [--json] import FILE [--dry-run]
          [--delete-missing]
  prefctl --server URL [--json] copy --from ID --to ID [--key KEY]... [--dry-run]
  prefctl --server URL [--json] diff ID ID
</source>
        <translation>Usage:
  prefctl --server URL [--user me|ID] [--json] list [--key KEY]
  prefctl --server URL [--user me|ID] [--json] get ID
  prefctl --server URL [--user me|ID] [--json] create KEY VALUE
  prefctl --server URL [--user me|ID] [--json] set ID [--key NEWKEY] [--value VALUE]
          [--if-value JSON] [--if-updated-at TIMESTAMP]
  prefctl --server URL [--user me|ID] delete ID [--if-value JSON]
          [--if-updated-at TIMESTAMP]
  prefctl --server URL whoami
  prefctl --server URL history [--user ID] [--key KEY] [--limit N] [--json]
  prefctl --server URL [--json] undo ENTRY_ID
  prefctl --server URL [--user me|ID] export [-o FILE]
  prefctl --server URL [--user me|ID] [--json] import FILE [--dry-run]
          [--delete-missing]
  prefctl --server URL [--json] copy --from ID --to ID [--key KEY]... [--dry-run]
  prefctl --server URL [--json] diff ID ID
</translation>
    </message>
    <message>
        <source>
Lists and edits a user's preferences on a community platform.

Options:
  --server URL   the community's base URL, e.g. https://community.example.org
  --user me|ID   whose preferences (default: me, the token's owner)
  --json         print the API's own JSON objects instead of a table
  --key KEY      list, history: only the preferences with exactly this key;
                 set: the new key; copy: copy this key (may be repeated)
  --value VALUE  set: the new value, as JSON text
  --if-value JSON
                 set, delete: act only if the current value equals JSON
                 (by meaning: key order and 1.0 versus 1 do not count)
  --if-updated-at TIMESTAMP
                 set, delete: act only if last_updated_at is still
                 TIMESTAMP (ISO 8601, e.g. 2024-03-02T11:30:00.000Z)
  --limit N      history: only the newest N changes
  -o FILE        export: write the file there (default: standard output)
  --dry-run      import, copy: show the plan, write nothing
  --delete-missing
                 import: also delete the keys that the file does not have
  --from ID, --to ID
                 copy: from one user's preferences to another's
  -h, --help     show this help
  --version      show the version

VALUE is JSON text, e.g. '"dark"', 42, '{"size": 12}'; - reads it from
standard input (so does --if-value -, unless VALUE is -).

Every create, set, delete and undo is recorded in a journal on this
computer, one per community. history lists it, newest first (with --user,
the changes to that user's preferences); undo ENTRY_ID puts back what that
change replaced, if the preference still holds what the change left.

export writes a user's preferences to a file that import reads (FILE - is
standard input). import and copy print the plan (create, change,
unchanged, delete), then write it; a preference changed since it was read
is a conflict and is not written. diff compares two users' preferences.

The access token is read from the environment variable PREFCTL_TOKEN.

Exit codes: 0 success, 1 the server refused the request, 2 usage error,
3 invalid input (nothing was sent), 4 network, timeout or TLS error,
5 authentication needed (no token, or the token was refused),
6 conflict: the preference is not as --if-value or --if-updated-at says,
create found the key in use, or undo found the preference changed since
(nothing was written); import and copy: an operation met a conflict (1
when one failed).
</source>
        <translation>
Lists and edits a user's preferences on a community platform.

Options:
  --server URL   the community's base URL, e.g. https://community.example.org
  --user me|ID   whose preferences (default: me, the token's owner)
  --json         print the API's own JSON objects instead of a table
  --key KEY      list, history: only the preferences with exactly this key;
                 set: the new key; copy: copy this key (may be repeated)
  --value VALUE  set: the new value, as JSON text
  --if-value JSON
                 set, delete: act only if the current value equals JSON
                 (by meaning: key order and 1.0 versus 1 do not count)
  --if-updated-at TIMESTAMP
                 set, delete: act only if last_updated_at is still
                 TIMESTAMP (ISO 8601, e.g. 2024-03-02T11:30:00.000Z)
  --limit N      history: only the newest N changes
  -o FILE        export: write the file there (default: standard output)
  --dry-run      import, copy: show the plan, write nothing
  --delete-missing
                 import: also delete the keys that the file does not have
  --from ID, --to ID
                 copy: from one user's preferences to another's
  -h, --help     show this help
  --version      show the version

VALUE is JSON text, e.g. '"dark"', 42, '{"size": 12}'; - reads it from
standard input (so does --if-value -, unless VALUE is -).

Every create, set, delete and undo is recorded in a journal on this
computer, one per community. history lists it, newest first (with --user,
the changes to that user's preferences); undo ENTRY_ID puts back what that
change replaced, if the preference still holds what the change left.

export writes a user's preferences to a file that import reads (FILE - is
standard input). import and copy print the plan (create, change,
unchanged, delete), then write it; a preference changed since it was read
is a conflict and is not written. diff compares two users' preferences.

The access token is read from the environment variable PREFCTL_TOKEN.

Exit codes: 0 success, 1 the server refused the request, 2 usage error,
3 invalid input (nothing was sent), 4 network, timeout or TLS error,
5 authentication needed (no token, or the token was refused),
6 conflict: the preference is not as --if-value or --if-updated-at says,
create found the key in use, or undo found the preference changed since
(nothing was written); import and copy: an operation met a conflict (1
when one failed).
</translation>
    </message>
    <message>
        <source>undo does not take --user: the journal entry says whose preference</source>
        <translation>undo does not take --user: the journal entry says whose preference</translation>
    </message>
    <message>
        <source>%1 does not take --user</source>
        <translation>%1 does not take --user</translation>
    </message>
    <message>
        <source>--key is only for list, set, history and copy</source>
        <translation>--key is only for list, set, history and copy</translation>
    </message>
    <message>
        <source>--limit is only for history</source>
        <translation>--limit is only for history</translation>
    </message>
    <message>
        <source>--from and --to are only for copy</source>
        <translation>--from and --to are only for copy</translation>
    </message>
    <message>
        <source>-o is only for export</source>
        <translation>-o is only for export</translation>
    </message>
    <message>
        <source>--dry-run is only for import and copy</source>
        <translation>--dry-run is only for import and copy</translation>
    </message>
    <message>
        <source>--delete-missing is only for import</source>
        <translation>--delete-missing is only for import</translation>
    </message>
    <message>
        <source>history --user needs a numeric user id</source>
        <translation>history --user needs a numeric user id</translation>
    </message>
    <message>
        <source>--limit must be a positive integer, got "%1"</source>
        <translation>--limit must be a positive integer, got "%1"</translation>
    </message>
    <message>
        <source>copy needs --from ID and --to ID</source>
        <translation>copy needs --from ID and --to ID</translation>
    </message>
    <message>
        <source>--from and --to must be numeric user ids</source>
        <translation>--from and --to must be numeric user ids</translation>
    </message>
</context>
<context>
    <name>CtlSignIn</name>
    <message>
        <source>Usage:
  prefctl --server URL login [--username U] [--password-stdin] [--browser] [--client-id ID]
  prefctl --server URL logout [--username U]
</source>
        <translation>Usage:
  prefctl --server URL login [--username U] [--password-stdin] [--browser] [--client-id ID]
  prefctl --server URL logout [--username U]
</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>unexpected argument "%1"</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL is required</translation>
    </message>
    <message>
        <source>logout takes only --server and --username</source>
        <translation>logout takes only --server and --username</translation>
    </message>
    <message>
        <source>--browser and --password-stdin exclude each other</source>
        <translation>--browser and --password-stdin exclude each other</translation>
    </message>
    <message>
        <source>prefctl: %1 No keychain (Secret Service) is available; use PREFCTL_TOKEN instead.
</source>
        <translation>prefctl: %1 No keychain (Secret Service) is available; use PREFCTL_TOKEN instead.
</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <source>prefctl: sign-in failed: %1
</source>
        <translation>prefctl: sign-in failed: %1
</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:

  %1

</source>
        <translation>Open this address in your browser to sign in:

  %1

</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Username: </translation>
    </message>
    <message>
        <source>prefctl: give --username (or use --browser)
</source>
        <translation>prefctl: give --username (or use --browser)
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>prefctl: no terminal to ask for the password; use --password-stdin
</source>
        <translation>prefctl: no terminal to ask for the password; use --password-stdin
</translation>
    </message>
    <message>
        <source>prefctl: the password is empty
</source>
        <translation>prefctl: the password is empty
</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Not signed in to %1.</translation>
    </message>
    <message>
        <source>Signed out %1 from %2.</source>
        <translation>Signed out %1 from %2.</translation>
    </message>
    <message>
        <source>No access token: run "prefctl --server %1 login" or set the environment variable PREFCTL_TOKEN.</source>
        <translation>No access token: run "prefctl --server %1 login" or set the environment variable PREFCTL_TOKEN.</translation>
    </message>
    <message>
        <source>Not signed in: run "prefctl --server %1 login" or set the environment variable PREFCTL_TOKEN.</source>
        <translation>Not signed in: run "prefctl --server %1 login" or set the environment variable PREFCTL_TOKEN.</translation>
    </message>
    <message>
        <source>%1 Run "prefctl --server %2 login" or set PREFCTL_TOKEN.</source>
        <translation>%1 Run "prefctl --server %2 login" or set PREFCTL_TOKEN.</translation>
    </message>
</context>
<context>
    <name>CtlTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was sent.</source>
        <translation>%1: %2 Nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preference(s) of %1 (user id %2) to %3.</source>
        <translation>
            <numerusform>Exported %n preference of %1 (user id %2) to %3.</numerusform>
            <numerusform>Exported %n preferences of %1 (user id %2) to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 has no preference with the key "%2"; nothing was written.</source>
        <translation>User %1 has no preference with the key "%2"; nothing was written.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) failed.</source>
        <translation>
            <numerusform>%n operation failed.</numerusform>
            <numerusform>%n operations failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s) changed since they were read; nothing was written to them.</source>
        <translation>
            <numerusform>%n preference changed since they were read; nothing was written to them.</numerusform>
            <numerusform>%n preferences changed since they were read; nothing was written to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>your own</source>
        <translation>your own</translation>
    </message>
    <message>
        <source>of %1 (%2, id %3)</source>
        <translation>of %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Delete your own preference “%1”?</source>
        <translation>Delete your own preference “%1”?</translation>
    </message>
    <message>
        <source>Delete the preference “%1” %2?</source>
        <translation>Delete the preference “%1” %2?</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>Delete Preference?</source>
        <translation>Delete Preference?</translation>
    </message>
    <message>
        <source>The preference is deleted on the server at once. This cannot be undone.</source>
        <translation>The preference is deleted on the server at once. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo account "%1" is missing.</source>
        <translation>The demo account "%1" is missing.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Forget this unsaved edit</source>
        <translation>Forget this unsaved edit</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>your new preference</source>
        <translation>your new preference</translation>
    </message>
    <message>
        <source>a new preference of %1</source>
        <translation>a new preference of %1</translation>
    </message>
    <message>
        <source>your new preference “%1”</source>
        <translation>your new preference “%1”</translation>
    </message>
    <message>
        <source>the new preference “%1” of %2</source>
        <translation>the new preference “%1” of %2</translation>
    </message>
    <message>
        <source>your “%1”</source>
        <translation>your “%1”</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>“%1” of %2</translation>
    </message>
    <message>
        <source>1 unsaved edit from an earlier session: %1.</source>
        <translation>1 unsaved edit from an earlier session: %1.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s) from an earlier session.</source>
        <translation>
            <numerusform>%n unsaved edit from an earlier session.</numerusform>
            <numerusform>%n unsaved edits from an earlier session.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Discard the Unsaved Edit?</source>
        <translation>Discard the Unsaved Edit?</translation>
    </message>
    <message>
        <source>Discard your unsaved edit of %1? It cannot be restored afterwards.</source>
        <translation>Discard your unsaved edit of %1? It cannot be restored afterwards.</translation>
    </message>
</context>
<context>
    <name>DraftListDialog</name>
    <message>
        <source>Unsaved Edits</source>
        <translation>Unsaved Edits</translation>
    </message>
    <message>
        <source>These edits were not saved in an earlier session. Restore one to review and save it, or discard it.</source>
        <translation>These edits were not saved in an earlier session. Restore one to review and save it, or discard it.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Unsaved edits</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EditorApplication</name>
    <message>
        <source>Preference Editor</source>
        <translation>Preference Editor</translation>
    </message>
    <message>
        <source>Edit the preferences of a community's users: your own, or as an admin anybody's.</source>
        <translation>Edit the preferences of a community's users: your own, or as an admin anybody's.</translation>
    </message>
    <message>
        <source>The community's address, e.g. %1.</source>
        <translation>The community's address, e.g. %1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open this user's preferences: "me" or a user id.</source>
        <translation>Open this user's preferences: "me" or a user id.</translation>
    </message>
    <message>
        <source>me|ID</source>
        <translation>me|ID</translation>
    </message>
    <message>
        <source>Start a local demo server with sample data and sign in as its admin, "support".</source>
        <translation>Start a local demo server with sample data and sign in as its admin, "support".</translation>
    </message>
    <message>
        <source>The language of the interface (default: the system's).</source>
        <translation>The language of the interface (default: the system's).</translation>
    </message>
    <message>
        <source>en|it</source>
        <translation>en|it</translation>
    </message>
    <message>
        <source>--user takes "me" or a numeric user id, not "%1".</source>
        <translation>--user takes "me" or a numeric user id, not "%1".</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>The demo server could not start: %1</translation>
    </message>
    <message>
        <source>The server's answer about your account is not valid: %1</source>
        <translation>The server's answer about your account is not valid: %1</translation>
    </message>
    <message>
        <source>Your account could not be loaded.

%1</source>
        <translation>Your account could not be loaded.

%1</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Please sign in again.</source>
        <translation>The server no longer accepts your sign-in. Please sign in again.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, or to another community.</source>
        <translation>You are signed out. Sign in again, or to another community.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Columns of the change history</source>
        <translation>Columns of the change history</translation>
    </message>
    <message>
        <source>Write back what the selected change replaced</source>
        <translation>Write back what the selected change replaced</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Show the changes recorded on this computer (Ctrl+H)</source>
        <translation>Show the changes recorded on this computer (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change…</source>
        <translation>&amp;Undo Last Change…</translation>
    </message>
    <message>
        <source>Undo your last change of this session (Ctrl+Z)</source>
        <translation>Undo your last change of this session (Ctrl+Z)</translation>
    </message>
    <message>
        <source>username or id</source>
        <translation>username or id</translation>
    </message>
    <message>
        <source>Show the changes to this user's preferences</source>
        <translation>Show the changes to this user's preferences</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>Use&amp;r:</translation>
    </message>
    <message>
        <source>part of the key</source>
        <translation>part of the key</translation>
    </message>
    <message>
        <source>Show the changes to keys that contain this text</source>
        <translation>Show the changes to keys that contain this text</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Show the changes from this day on</source>
        <translation>Show the changes from this day on</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>Show the changes up to this day</source>
        <translation>Show the changes up to this day</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Before: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>After: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message numerus="yes">
        <source>This change to “%1” of %2 is one of %n change(s) made together (an import or a copy). Undo all of them?</source>
        <translation>
            <numerusform>This change to “%1” of %2 is one of %n change made together (an import or a copy). Undo all of them?</numerusform>
            <numerusform>This change to “%1” of %2 is one of %n changes made together (an import or a copy). Undo all of them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;All</source>
        <translation>Undo &amp;All</translation>
    </message>
    <message>
        <source>Only &amp;This One</source>
        <translation>Only &amp;This One</translation>
    </message>
    <message numerus="yes">
        <source>Undoing %n change(s)…</source>
        <translation>
            <numerusform>Undoing %n change…</numerusform>
            <numerusform>Undoing %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>Undo your last change, %1 of “%2” of %3?</source>
        <translation>Undo your last change, %1 of “%2” of %3?</translation>
    </message>
    <message numerus="yes">
        <source>Undo your last change, %n change(s) made together to the preferences of %1?</source>
        <translation>
            <numerusform>Undo your last change, %n change made together to the preferences of %1?</numerusform>
            <numerusform>Undo your last change, %n changes made together to the preferences of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Last Change</source>
        <translation>Undo Last Change</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
</context>
<context>
    <name>HistoryUndo</name>
    <message>
        <source>Undone: the change to “%1” of %2.</source>
        <translation>Undone: the change to “%1” of %2.</translation>
    </message>
    <message>
        <source>The change to “%1” of %2 was not undone. %3</source>
        <translation>The change to “%1” of %2 was not undone. %3</translation>
    </message>
    <message>
        <source>Not undone: the key “%1” of %2 is in use again, holding %3. Nothing was written.</source>
        <translation>Not undone: the key “%1” of %2 is in use again, holding %3. Nothing was written.</translation>
    </message>
    <message>
        <source>Not undone: “%1” of %2 no longer exists. Nothing was written.</source>
        <translation>Not undone: “%1” of %2 no longer exists. Nothing was written.</translation>
    </message>
    <message>
        <source>Not undone: “%1” of %2 has changed since; it now holds %3. Nothing was written.</source>
        <translation>Not undone: “%1” of %2 has changed since; it now holds %3. Nothing was written.</translation>
    </message>
    <message>
        <source>“%1” has changed since; it now holds %2</source>
        <translation>“%1” has changed since; it now holds %2</translation>
    </message>
    <message>
        <source>“%1” no longer exists</source>
        <translation>“%1” no longer exists</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>Undid %n change(s) of the batch.</source>
        <translation>
            <numerusform>Undid %n change of the batch.</numerusform>
            <numerusform>Undid %n changes of the batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone, nothing written to them: %1.</source>
        <translation>Not undone, nothing written to them: %1.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>uncertain</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>JsonParseError</name>
    <message>
        <source>invalid string: control character must be escaped</source>
        <translation>invalid string: control character must be escaped</translation>
    </message>
    <message>
        <source>invalid string: missing closing quote</source>
        <translation>invalid string: missing closing quote</translation>
    </message>
    <message>
        <source>invalid string: \u must be followed by 4 hex digits</source>
        <translation>invalid string: \u must be followed by 4 hex digits</translation>
    </message>
    <message>
        <source>invalid string: unpaired surrogate</source>
        <translation>invalid string: unpaired surrogate</translation>
    </message>
    <message>
        <source>invalid string: invalid escape sequence</source>
        <translation>invalid string: invalid escape sequence</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>invalid literal</translation>
    </message>
    <message>
        <source>invalid byte order mark</source>
        <translation>invalid byte order mark</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>unexpected end of text</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>unexpected text after the value</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>expected ',' or '}'</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>expected ',' or ']'</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>expected ':'</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>expected a key in double quotes</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>expected a value</translation>
    </message>
    <message>
        <source>duplicate key "%1"</source>
        <translation>duplicate key "%1"</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting deeper than %1 levels</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>(value)</source>
        <translation>(value)</translation>
    </message>
</context>
<context>
    <name>JsonTreeDelegate</name>
    <message>
        <source>Member name</source>
        <translation>Member name</translation>
    </message>
    <message>
        <source>Number value</source>
        <translation>Number value</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Text value</translation>
    </message>
    <message>
        <source>The object already has a member named “%1”. Choose another name.</source>
        <translation>The object already has a member named “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON number. Numbers look like 42, -7, 3.14 or 6.02e23.</source>
        <translation>“%1” is not a JSON number. Numbers look like 42, -7, 3.14 or 6.02e23.</translation>
    </message>
</context>
<context>
    <name>JsonTreeEditor</name>
    <message>
        <source>Value as a tree</source>
        <translation>Value as a tree</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a member to the object, or an element to the array (Insert)</source>
        <translation>Add a member to the object, or an element to the array (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the member or the element (Del)</source>
        <translation>Delete the member or the element (Del)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename the member (F2)</source>
        <translation>Rename the member (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Add a copy right after it (Ctrl+D)</source>
        <translation>Add a copy right after it (Ctrl+D)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>Move it up one place (Ctrl+Up)</source>
        <translation>Move it up one place (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>Move it down one place (Ctrl+Down)</source>
        <translation>Move it down one place (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Change Type</translation>
    </message>
    <message>
        <source>Make it a boolean, number, string, null, array or object; asks first (Ctrl+T)</source>
        <translation>Make it a boolean, number, string, null, array or object; asks first (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tree tools</source>
        <translation>Tree tools</translation>
    </message>
    <message>
        <source>Tree message</source>
        <translation>Tree message</translation>
    </message>
    <message>
        <source>new_key</source>
        <translation>new_key</translation>
    </message>
    <message>
        <source>null has no value to edit. Change its type with Ctrl+T.</source>
        <translation>null has no value to edit. Change its type with Ctrl+T.</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>null: no value</source>
        <translation>null: no value</translation>
    </message>
    <message>
        <source>boolean: true or false</source>
        <translation>boolean: true or false</translation>
    </message>
    <message>
        <source>integer: a whole number of any size, kept exactly as written</source>
        <translation>integer: a whole number of any size, kept exactly as written</translation>
    </message>
    <message>
        <source>number: a decimal number, kept exactly as written</source>
        <translation>number: a decimal number, kept exactly as written</translation>
    </message>
    <message>
        <source>string: text</source>
        <translation>string: text</translation>
    </message>
    <message>
        <source>array: a list of elements, in order</source>
        <translation>array: a list of elements, in order</translation>
    </message>
    <message>
        <source>object: named members, in order; each name is used once</source>
        <translation>object: named members, in order; each name is used once</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>JsonValue</name>
    <message>
        <source>the text is empty</source>
        <translation>the text is empty</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>integer</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Your sign-in cannot be saved on this computer.</source>
        <translation>Your sign-in cannot be saved on this computer.</translation>
    </message>
    <message>
        <source>The keychain does not answer.</source>
        <translation>The keychain does not answer.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
    <message>
        <source>You stopped waiting for the keychain.</source>
        <translation>You stopped waiting for the keychain.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>The server's answer is neither a page of results nor a list.</source>
        <translation>The server's answer is neither a page of results nor a list.</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop loading preferences</source>
        <translation>Stop loading preferences</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Bad request</translation>
    </message>
    <message>
        <source>This request was not understood.</source>
        <translation>This request was not understood.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>There is nothing here.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>This sign-in request does not come from Preference Editor. Start the sign-in again from the app.</source>
        <translation>This sign-in request does not come from Preference Editor. Start the sign-in again from the app.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and return to Preference Editor.</source>
        <translation>The sign-in was not completed. You can close this tab and return to Preference Editor.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>Access was denied in the browser.</translation>
    </message>
    <message>
        <source>The community refused the sign-in (%1).</source>
        <translation>The community refused the sign-in (%1).</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>no code</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>You can close this tab and return to Preference Editor.</source>
        <translation>You can close this tab and return to Preference Editor.</translation>
    </message>
    <message>
        <source>The sign-in in the browser took too long. Try again.</source>
        <translation>The sign-in in the browser took too long. Try again.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>Switch &amp;Community…</source>
        <translation>Switch &amp;Community…</translation>
    </message>
    <message>
        <source>Sign in to another community or account</source>
        <translation>Sign in to another community or account</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in</source>
        <translation>Sign out and forget the stored sign-in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Preference Editor</source>
        <translation>&amp;About Preference Editor</translation>
    </message>
    <message>
        <source>Load the preferences again</source>
        <translation>Load the preferences again</translation>
    </message>
    <message>
        <source>Create a preference</source>
        <translation>Create a preference</translation>
    </message>
    <message>
        <source>Edit the selected preference</source>
        <translation>Edit the selected preference</translation>
    </message>
    <message>
        <source>Delete the selected preference</source>
        <translation>Delete the selected preference</translation>
    </message>
    <message>
        <source>Save, in the editor</source>
        <translation>Save, in the editor</translation>
    </message>
    <message>
        <source>Go to the first error, in the editor</source>
        <translation>Go to the first error, in the editor</translation>
    </message>
    <message>
        <source>Close the editor or cancel</source>
        <translation>Close the editor or cancel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>About Preference Editor</source>
        <translation>About Preference Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preference Editor %1&lt;/h3&gt;&lt;p&gt;Edit the preferences of a community's users.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Preference Editor %1&lt;/h3&gt;&lt;p&gt;Edit the preferences of a community's users.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter keys and values; then Enter edits the highlighted row and Down moves into the table</source>
        <translation>Filter keys and values; then Enter edits the highlighted row and Down moves into the table</translation>
    </message>
    <message>
        <source>Find a user by name or id (support staff)</source>
        <translation>Find a user by name or id (support staff)</translation>
    </message>
    <message>
        <source>Show the history of changes made on this computer</source>
        <translation>Show the history of changes made on this computer</translation>
    </message>
    <message>
        <source>Undo your last change of this session (asks first); in the editor, undo the last edit</source>
        <translation>Undo your last change of this session (asks first); in the editor, undo the last edit</translation>
    </message>
    <message>
        <source>Copy the selected preferences to another user, after a preview (support staff)</source>
        <translation>Copy the selected preferences to another user, after a preview (support staff)</translation>
    </message>
    <message>
        <source>Compare the open user's preferences with another user's (support staff)</source>
        <translation>Compare the open user's preferences with another user's (support staff)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preference Editor</source>
        <translation>Preference Editor</translation>
    </message>
    <message>
        <source>The user could not be found.</source>
        <translation>The user could not be found.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the preferences again (F5)</source>
        <translation>Load the preferences again (F5)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Create a preference (Ctrl+N)</source>
        <translation>Create a preference (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit the selected preference (Enter)</source>
        <translation>Edit the selected preference (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected preference (Del)</source>
        <translation>Delete the selected preference (Del)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Filter keys and values (Ctrl+F)</source>
        <translation>Filter keys and values (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter preferences</source>
        <translation>Filter preferences</translation>
    </message>
    <message>
        <source>My Preferences</source>
        <translation>My Preferences</translation>
    </message>
    <message>
        <source>Preferences of %1</source>
        <translation>Preferences of %1</translation>
    </message>
    <message>
        <source>The preferences could not be loaded.</source>
        <translation>The preferences could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <source>Loading was cancelled: %n preference(s) shown.</source>
        <translation>
            <numerusform>Loading was cancelled: %n preference shown.</numerusform>
            <numerusform>Loading was cancelled: %n preferences shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load All</source>
        <translation>Load All</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Loading preferences…</source>
        <translation>Loading preferences…</translation>
    </message>
    <message>
        <source>You have no preferences yet</source>
        <translation>You have no preferences yet</translation>
    </message>
    <message>
        <source>%1 has no preferences yet</source>
        <translation>%1 has no preferences yet</translation>
    </message>
    <message>
        <source>Press Ctrl+N to create one.</source>
        <translation>Press Ctrl+N to create one.</translation>
    </message>
    <message>
        <source>No preference matches “%1”</source>
        <translation>No preference matches “%1”</translation>
    </message>
    <message numerus="yes">
        <source>The filter looks at keys and values. Clear it to see all %n preference(s).</source>
        <translation>
            <numerusform>The filter looks at keys and values. Clear it to see all %n preference.</numerusform>
            <numerusform>The filter looks at keys and values. Clear it to see all %n preferences.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation>“%1” could not be deleted.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: it changed on the server after you chose to delete it. The list now shows its current value.</source>
        <translation>“%1” was not deleted: it changed on the server after you chose to delete it. The list now shows its current value.</translation>
    </message>
    <message>
        <source>“%1” had already been deleted on the server.</source>
        <translation>“%1” had already been deleted on the server.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Enter opens the highlighted row; Down moves into the table</source>
        <translation>Enter opens the highlighted row; Down moves into the table</translation>
    </message>
    <message>
        <source>Created “%1” (hidden by the filter).</source>
        <translation>Created “%1” (hidden by the filter).</translation>
    </message>
    <message>
        <source>Saved “%1” (hidden by the filter).</source>
        <translation>Saved “%1” (hidden by the filter).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>The preferences could not be loaded</source>
        <translation>The preferences could not be loaded</translation>
    </message>
    <message>
        <source>The preferences are not loaded</source>
        <translation>The preferences are not loaded</translation>
    </message>
    <message>
        <source>Press F5 to load them again.</source>
        <translation>Press F5 to load them again.</translation>
    </message>
</context>
<context>
    <name>MergeConflictModel</name>
    <message>
        <source>key (name)</source>
        <translation>key (name)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resolve Conflicting Changes</source>
        <translation>Resolve Conflicting Changes</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>Merge Changes</translation>
    </message>
    <message>
        <source>&amp;Save Resolved Value</source>
        <translation>&amp;Save Resolved Value</translation>
    </message>
    <message>
        <source>Save resolved value</source>
        <translation>Save resolved value</translation>
    </message>
    <message>
        <source>Save the value with the choices above</source>
        <translation>Save the value with the choices above</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>&amp;Overwrite with Mine</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <source>Save your value as it is, replacing what the other side changed</source>
        <translation>Save your value as it is, replacing what the other side changed</translation>
    </message>
    <message>
        <source>&amp;Discard Mine and Reload</source>
        <translation>&amp;Discard Mine and Reload</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>Discard mine and reload</translation>
    </message>
    <message>
        <source>Drop your changes and load the value from the server</source>
        <translation>Drop your changes and load the value from the server</translation>
    </message>
    <message>
        <source>&amp;Save Merged Value</source>
        <translation>&amp;Save Merged Value</translation>
    </message>
    <message>
        <source>Save merged value</source>
        <translation>Save merged value</translation>
    </message>
    <message>
        <source>Save your changes together with the other side's</source>
        <translation>Save your changes together with the other side's</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save nothing and go back to the editor</source>
        <translation>Save nothing and go back to the editor</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>One row per path changed on both sides. Space, Left or Right changes the choice.</source>
        <translation>One row per path changed on both sides. Space, Left or Right changes the choice.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Use your value for the selected path (Left)</source>
        <translation>Use your value for the selected path (Left)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Take &amp;Theirs</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Use their value for the selected path (Right)</source>
        <translation>Use their value for the selected path (Right)</translation>
    </message>
    <message>
        <source>You and the other side changed the same paths. Choose for each path which value to keep; the other changes are merged.</source>
        <translation>You and the other side changed the same paths. Choose for each path which value to keep; the other changes are merged.</translation>
    </message>
    <message>
        <source>&amp;Conflicts:</source>
        <translation>&amp;Conflicts:</translation>
    </message>
    <message>
        <source>Changes made on the server</source>
        <translation>Changes made on the server</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>key (name)</source>
        <translation>key (name)</translation>
    </message>
    <message>
        <source>The other side's changes do not overlap yours. Check the merged value, then save it.</source>
        <translation>The other side's changes do not overlap yours. Check the merged value, then save it.</translation>
    </message>
    <message>
        <source>&amp;Changes made on the server:</source>
        <translation>&amp;Changes made on the server:</translation>
    </message>
    <message>
        <source>&amp;Resolved value:</source>
        <translation>&amp;Resolved value:</translation>
    </message>
    <message>
        <source>&amp;Merged value:</source>
        <translation>&amp;Merged value:</translation>
    </message>
    <message>
        <source>Resolved value</source>
        <translation>Resolved value</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Merged value</translation>
    </message>
    <message>
        <source>Your preference “%1” was changed on the server after you opened it.</source>
        <translation>Your preference “%1” was changed on the server after you opened it.</translation>
    </message>
    <message>
        <source>The preference “%1” of %2 was changed on the server after you opened it.</source>
        <translation>The preference “%1” of %2 was changed on the server after you opened it.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Key: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>No connection to a server.</source>
        <translation>No connection to a server.</translation>
    </message>
    <message>
        <source>The server's next page (%1) is not part of this list (%2).</source>
        <translation>The server's next page (%1) is not part of this list (%2).</translation>
    </message>
    <message>
        <source>The server's next page is the page itself.</source>
        <translation>The server's next page is the page itself.</translation>
    </message>
</context>
<context>
    <name>PreferenceComparisonModel</name>
    <message>
        <source>Only in A</source>
        <translation>Only in A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Only in B</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Differing</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identical</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>PreferenceEditorDialog</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Your own preference</source>
        <translation>Your own preference</translation>
    </message>
    <message>
        <source>Your own preference (%1)</source>
        <translation>Your own preference (%1)</translation>
    </message>
    <message>
        <source>Preference of %1 (%2, id %3)</source>
        <translation>Preference of %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>The key must not be empty.</source>
        <translation>The key must not be empty.</translation>
    </message>
    <message>
        <source>The key starts or ends with a space. Is that intended?</source>
        <translation>The key starts or ends with a space. Is that intended?</translation>
    </message>
    <message>
        <source>The value is empty. Enter JSON, such as "text", 42, true, null or {}.</source>
        <translation>The value is empty. Enter JSON, such as "text", 42, true, null or {}.</translation>
    </message>
    <message>
        <source>Valid JSON: %1</source>
        <translation>Valid JSON: %1</translation>
    </message>
    <message>
        <source>Not valid JSON yet</source>
        <translation>Not valid JSON yet</translation>
    </message>
    <message>
        <source>New Preference</source>
        <translation>New Preference</translation>
    </message>
    <message>
        <source>Edit Preference “%1”</source>
        <translation>Edit Preference “%1”</translation>
    </message>
    <message>
        <source>New preference with the key “%1”.</source>
        <translation>New preference with the key “%1”.</translation>
    </message>
    <message>
        <source>Key: “%1” → “%2”</source>
        <translation>Key: “%1” → “%2”</translation>
    </message>
    <message>
        <source>Key unchanged: “%1”</source>
        <translation>Key unchanged: “%1”</translation>
    </message>
    <message>
        <source>The new value is not valid JSON; it is shown as typed.</source>
        <translation>The new value is not valid JSON; it is shown as typed.</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>assigned when saved</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>Change the Type?</source>
        <translation>Change the Type?</translation>
    </message>
    <message>
        <source>Change the type of the value from %1 to %2?</source>
        <translation>Change the type of the value from %1 to %2?</translation>
    </message>
    <message>
        <source>The value will become: %1</source>
        <translation>The value will become: %1</translation>
    </message>
    <message>
        <source>The preference cannot be saved: its list was closed.</source>
        <translation>The preference cannot be saved: its list was closed.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>this new preference</source>
        <translation>this new preference</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Discard Changes?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>Your changes to “%1” are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>e.g. notifications.email</source>
        <translation>e.g. notifications.email</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Value pages</source>
        <translation>Value pages</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Value</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line (keeps the key order)</source>
        <translation>Indent the JSON, one member per line (keeps the key order)</translation>
    </message>
    <message>
        <source>Co&amp;mpact</source>
        <translation>Co&amp;mpact</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Put the JSON on one line (keeps the key order)</source>
        <translation>Put the JSON on one line (keeps the key order)</translation>
    </message>
    <message>
        <source>Value as JSON</source>
        <translation>Value as JSON</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Last updated:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Value error</source>
        <translation>Value error</translation>
    </message>
    <message>
        <source>Go to Error</source>
        <translation>Go to Error</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Go to error</translation>
    </message>
    <message>
        <source>Show where the JSON is wrong (Ctrl+E)</source>
        <translation>Show where the JSON is wrong (Ctrl+E)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Send the changes to the server (Ctrl+S)</source>
        <translation>Send the changes to the server (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>There is no value yet. Type it on the JSON page.</source>
        <translation>There is no value yet. Type it on the JSON page.</translation>
    </message>
    <message numerus="yes">
        <source>array of %n element(s)</source>
        <translation>
            <numerusform>array of %n element</numerusform>
            <numerusform>array of %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>object of %n member(s)</source>
        <translation>
            <numerusform>object of %n member</numerusform>
            <numerusform>object of %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Saved, but the server stored something other than what was sent. The editor now shows what the server holds.</source>
        <translation>Saved, but the server stored something other than what was sent. The editor now shows what the server holds.</translation>
    </message>
    <message>
        <source>This user already has a preference with the key “%1” (id %2). Choose another key, or edit that preference instead.</source>
        <translation>This user already has a preference with the key “%1” (id %2). Choose another key, or edit that preference instead.</translation>
    </message>
    <message>
        <source>Preference Deleted</source>
        <translation>Preference Deleted</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server while you were editing it. Create it again with your value?</source>
        <translation>“%1” was deleted on the server while you were editing it. Create it again with your value?</translation>
    </message>
    <message>
        <source>Not saved: “%1” no longer exists on the server. Your edit is kept here.</source>
        <translation>Not saved: “%1” no longer exists on the server. Your edit is kept here.</translation>
    </message>
    <message>
        <source>Your edit was discarded. The editor shows what the server holds now.</source>
        <translation>Your edit was discarded. The editor shows what the server holds now.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed on the server while you were editing it. Your edit is kept here; save again to merge it.</source>
        <translation>Not saved: “%1” was changed on the server while you were editing it. Your edit is kept here; save again to merge it.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Another preference of this user already has this key, so this one cannot be created. Choose another key, or edit that preference instead.</source>
        <translation>Another preference of this user already has this key, so this one cannot be created. Choose another key, or edit that preference instead.</translation>
    </message>
    <message>
        <source>Another preference of this user already has this key, so this one cannot be renamed to it. Choose another key.</source>
        <translation>Another preference of this user already has this key, so this one cannot be renamed to it. Choose another key.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>T&amp;ree</source>
        <translation>T&amp;ree</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). The tree shows the last valid value; fix the text on the JSON page to edit it here.</source>
        <translation>The JSON text has an error (%1). The tree shows the last valid value; fix the text on the JSON page to edit it here.</translation>
    </message>
</context>
<context>
    <name>PreferenceFile</name>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>The file is not valid JSON: %1.</translation>
    </message>
    <message>
        <source>The file is not a preference file: its "format" is not "%1".</source>
        <translation>The file is not a preference file: its "format" is not "%1".</translation>
    </message>
    <message>
        <source>The file does not say which version of the format it has.</source>
        <translation>The file does not say which version of the format it has.</translation>
    </message>
    <message>
        <source>The file has version %1 of the format; this program reads version %2 only.</source>
        <translation>The file has version %1 of the format; this program reads version %2 only.</translation>
    </message>
    <message>
        <source>The file has no list of preferences ("%1").</source>
        <translation>The file has no list of preferences ("%1").</translation>
    </message>
    <message>
        <source>Preference %1 of the file is not an object.</source>
        <translation>Preference %1 of the file is not an object.</translation>
    </message>
    <message>
        <source>Preference %1 of the file has no key.</source>
        <translation>Preference %1 of the file has no key.</translation>
    </message>
    <message>
        <source>Preference %1 of the file ("%2") has no value.</source>
        <translation>Preference %1 of the file ("%2") has no value.</translation>
    </message>
    <message>
        <source>The key "%1" is in the file twice (preferences %2 and %3).</source>
        <translation>The key "%1" is in the file twice (preferences %2 and %3).</translation>
    </message>
</context>
<context>
    <name>PreferenceModel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>No connection to a server.</source>
        <translation>No connection to a server.</translation>
    </message>
</context>
<context>
    <name>PreferencePage</name>
    <message>
        <source>Preference %1 of the page is not valid: %2</source>
        <translation>Preference %1 of the page is not valid: %2</translation>
    </message>
</context>
<context>
    <name>PreferenceParser</name>
    <message>
        <source>the field "%1" is missing</source>
        <translation>the field "%1" is missing</translation>
    </message>
    <message>
        <source>the field "%1" is not a valid id</source>
        <translation>the field "%1" is not a valid id</translation>
    </message>
    <message>
        <source>a preference must be a JSON object, not %1</source>
        <translation>a preference must be a JSON object, not %1</translation>
    </message>
    <message>
        <source>the field "%1" is missing or not a string</source>
        <translation>the field "%1" is missing or not a string</translation>
    </message>
    <message>
        <source>a user must be a JSON object, not %1</source>
        <translation>a user must be a JSON object, not %1</translation>
    </message>
</context>
<context>
    <name>PreferenceTableView</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Click to sort; right-click to show or hide columns</source>
        <translation>Click to sort; right-click to show or hide columns</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Reset Columns</translation>
    </message>
</context>
<context>
    <name>PreferenceWrite</name>
    <message>
        <source>No connection to a server.</source>
        <translation>No connection to a server.</translation>
    </message>
    <message>
        <source>%1. The preferences were read again: it was not created.</source>
        <translation>%1. The preferences were read again: it was not created.</translation>
    </message>
    <message>
        <source>%1. The preference was read again: it was not deleted.</source>
        <translation>%1. The preference was read again: it was not deleted.</translation>
    </message>
    <message>
        <source>%1. The preference was read again: the change was not applied.</source>
        <translation>%1. The preference was read again: the change was not applied.</translation>
    </message>
    <message>
        <source>%1. Whether the change reached the server could not be found out (%2). Reload to see what the server holds.</source>
        <translation>%1. Whether the change reached the server could not be found out (%2). Reload to see what the server holds.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Remembered sign-ins</source>
        <translation>Remembered sign-ins</translation>
    </message>
    <message>
        <source>&amp;Remembered sign-ins:</source>
        <translation>&amp;Remembered sign-ins:</translation>
    </message>
    <message>
        <source>Continue with the remembered sign-in</source>
        <translation>Continue with the remembered sign-in</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <source>Forget the remembered sign-in</source>
        <translation>Forget the remembered sign-in</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New sign-in…</source>
        <translation>New sign-in…</translation>
    </message>
    <message>
        <source>You are signed in with this one; sign out first to forget it.</source>
        <translation>You are signed in with this one; sign out first to forget it.</translation>
    </message>
    <message>
        <source>Cont&amp;inue</source>
        <translation>Cont&amp;inue</translation>
    </message>
</context>
<context>
    <name>RestoreOperation</name>
    <message>
        <source>Reading your saved sign-in…</source>
        <translation>Reading your saved sign-in…</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read. Sign in again.</source>
        <translation>Your saved sign-in could not be read. Sign in again.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Your sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <source>Renewing your sign-in…</source>
        <translation>Renewing your sign-in…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session cannot be renewed; sign in again.</source>
        <translation>The session cannot be renewed; sign in again.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
</context>
<context>
    <name>SignInAttempt</name>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>The username or password is not correct.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Waiting for you to sign in in your browser…</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Paste an access token first.</translation>
    </message>
    <message>
        <source>The token contains spaces, line breaks or other characters that a token cannot have.</source>
        <translation>The token contains spaces, line breaks or other characters that a token cannot have.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
    <message>
        <source>The community did not accept this access token (it may be wrong, expired or revoked).</source>
        <translation>The community did not accept this access token (it may be wrong, expired or revoked).</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <translation>Saving your sign-in…</translation>
    </message>
    <message>
        <source>Waiting for the keyring… Answer its window, or choose Cancel to continue without saving the sign-in.</source>
        <translation>Waiting for the keyring… Answer its window, or choose Cancel to continue without saving the sign-in.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Your sign-in has ended: %1 Sign in again.</source>
        <translation>Your sign-in has ended: %1 Sign in again.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>https://community.example.org</source>
        <translation>https://community.example.org</translation>
    </message>
    <message>
        <source>Community address</source>
        <translation>Community address</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>Community address problem</source>
        <translation>Community address problem</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Sign in with &amp;browser</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Sign in with browser</translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation>&amp;Username and password</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Username and password</translation>
    </message>
    <message>
        <source>Paste an access &amp;token</source>
        <translation>Paste an access &amp;token</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Paste an access token</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth client ID</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Sign-in progress</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Sign-in status</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Sign In</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>C&amp;ontinue Without Saving</source>
        <translation>C&amp;ontinue Without Saving</translation>
    </message>
    <message>
        <source>Continue without saving the sign-in</source>
        <translation>Continue without saving the sign-in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your web browser opens the community's sign-in page. Sign in there, then come back here.</source>
        <translation>Your web browser opens the community's sign-in page. Sign in there, then come back here.</translation>
    </message>
    <message>
        <source>Sign-in page address</source>
        <translation>Sign-in page address</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>User&amp;name:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>An access token or JWT from your community</source>
        <translation>An access token or JWT from your community</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in it:
%1</source>
        <translation>Your browser could not be opened. Open this address in it:
%1</translation>
    </message>
    <message>
        <source>%1 You are signed in as %2 for this session only; next time you will have to sign in again.</source>
        <translation>%1 You are signed in as %2 for this session only; next time you will have to sign in again.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
    <message>
        <source>Sign in again as %1 to continue.</source>
        <translation>Sign in again as %1 to continue.</translation>
    </message>
    <message>
        <source>Forget Sign-In</source>
        <translation>Forget Sign-In</translation>
    </message>
    <message>
        <source>Forget the sign-in of %1 at %2? You will be signed out there and have to sign in again next time.</source>
        <translation>Forget the sign-in of %1 at %2? You will be signed out there and have to sign in again next time.</translation>
    </message>
    <message>
        <source>OAuth c&amp;lient ID:</source>
        <translation>OAuth c&amp;lient ID:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Access to&amp;ken:</translation>
    </message>
</context>
<context>
    <name>SignInStep</name>
    <message>
        <source>The server's answer about your account is not usable: %1</source>
        <translation>The server's answer about your account is not usable: %1</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>Loading your account…</translation>
    </message>
</context>
<context>
    <name>TokenJob</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>The server's answer carries no access token.</source>
        <translation>The server's answer carries no access token.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the open user's preferences to a file</source>
        <translation>Save the open user's preferences to a file</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Write the preferences of a file into the open user's, after a preview</source>
        <translation>Write the preferences of a file into the open user's, after a preview</translation>
    </message>
    <message>
        <source>Preference files (*.json)</source>
        <translation>Preference files (*.json)</translation>
    </message>
    <message>
        <source>Export Preferences</source>
        <translation>Export Preferences</translation>
    </message>
    <message>
        <source>Import Preferences</source>
        <translation>Import Preferences</translation>
    </message>
    <message>
        <source>Preferences Not Loaded</source>
        <translation>Preferences Not Loaded</translation>
    </message>
    <message>
        <source>The preferences are not loaded yet. Wait until they are, or press F5.</source>
        <translation>The preferences are not loaded yet. Wait until they are, or press F5.</translation>
    </message>
    <message>
        <source>The preferences could not be written to %1: %2</source>
        <translation>The preferences could not be written to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preference(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n preference of %1 to %2.</numerusform>
            <numerusform>Exported %n preferences of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 cannot be imported. %2</translation>
    </message>
</context>
<context>
    <name>UserBanner</name>
    <message>
        <source>Whose preferences</source>
        <translation>Whose preferences</translation>
    </message>
    <message>
        <source>Your preferences (%1)</source>
        <translation>Your preferences (%1)</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Preferences of %1 (%2, id %3) — you are editing as %4</source>
        <extracomment>%1 real name (or user name), %2 user name, %3 user id, %4 your role, e.g. "admin"</extracomment>
        <translation>Preferences of %1 (%2, id %3) — you are editing as %4</translation>
    </message>
</context>
<context>
    <name>UserChoiceDialog</name>
    <message>
        <source>Name or id…</source>
        <translation>Name or id…</translation>
    </message>
    <message>
        <source>Type a name or an id, Down picks a match, Enter takes it.</source>
        <translation>Type a name or an id, Down picks a match, Enter takes it.</translation>
    </message>
    <message>
        <source>The user could not be found. %1</source>
        <translation>The user could not be found. %1</translation>
    </message>
    <message>
        <source>%1 is the open user. Pick another user.</source>
        <translation>%1 is the open user. Pick another user.</translation>
    </message>
</context>
<context>
    <name>UserJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <source>Open user: name or id…</source>
        <translation>Open user: name or id…</translation>
    </message>
    <message>
        <source>Open another user's preferences</source>
        <translation>Open another user's preferences</translation>
    </message>
    <message>
        <source>Type a user name, a real name or a numeric user id</source>
        <translation>Type a user name, a real name or a numeric user id</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Matching users</translation>
    </message>
</context>
<context>
    <name>UserSearchModel</name>
    <message>
        <source>Open the user with id %1</source>
        <translation>Open the user with id %1</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, id %3)</translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation>%1 — deleted</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>No user matches “%1”</source>
        <translation>No user matches “%1”</translation>
    </message>
</context>
<context>
    <name>UserTransferActions</name>
    <message>
        <source>Cop&amp;y to User…</source>
        <translation>Cop&amp;y to User…</translation>
    </message>
    <message>
        <source>Write the selected preferences into another user's, after a preview (Ctrl+Shift+C)</source>
        <translation>Write the selected preferences into another user's, after a preview (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Com&amp;pare with User…</source>
        <translation>Com&amp;pare with User…</translation>
    </message>
    <message>
        <source>Show the open user's preferences beside another user's (Ctrl+Shift+D)</source>
        <translation>Show the open user's preferences beside another user's (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Copy to User</source>
        <translation>Copy to User</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n selected preference(s) of %1 &amp;to:</source>
        <translation>
            <numerusform>Copy %n selected preference of %1 &amp;to:</numerusform>
            <numerusform>Copy %n selected preferences of %1 &amp;to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Copy to %1</translation>
    </message>
    <message>
        <source>The preferences of %1 could not be read. %2</source>
        <translation>The preferences of %1 could not be read. %2</translation>
    </message>
    <message>
        <source>Compare with User</source>
        <translation>Compare with User</translation>
    </message>
    <message>
        <source>Compare the preferences of %1 &amp;with:</source>
        <translation>Compare the preferences of %1 &amp;with:</translation>
    </message>
</context>
<context>
    <name>ValueQuickEdit</name>
    <message>
        <source>Value type</source>
        <translation>Value type</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Boolean</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Boolean value</source>
        <translation>Boolean value</translation>
    </message>
    <message>
        <source>Number value</source>
        <translation>Number value</translation>
    </message>
    <message>
        <source>e.g. 42, -7, 3.14 or 6.02e23</source>
        <translation>e.g. 42, -7, 3.14 or 6.02e23</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Text value</translation>
    </message>
    <message>
        <source>Type the text as it is; no quotes needed</source>
        <translation>Type the text as it is; no quotes needed</translation>
    </message>
    <message>
        <source>Quotes, backslashes and line breaks are escaped for you.</source>
        <translation>Quotes, backslashes and line breaks are escaped for you.</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>Edit as JSON</translation>
    </message>
    <message>
        <source>The JSON is not valid. Fix it on the JSON page first.</source>
        <translation>The JSON is not valid. Fix it on the JSON page first.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>The value is null.</source>
        <translation>The value is null.</translation>
    </message>
    <message>
        <source>Edit this value as JSON.</source>
        <translation>Edit this value as JSON.</translation>
    </message>
    <message>
        <source>Not a complete number yet.</source>
        <translation>Not a complete number yet.</translation>
    </message>
    <message>
        <source>Edit &amp;as JSON</source>
        <translation>Edit &amp;as JSON</translation>
    </message>
    <message numerus="yes">
        <source>The value is an array of %n element(s).</source>
        <translation>
            <numerusform>The value is an array of %n element.</numerusform>
            <numerusform>The value is an array of %n elements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value is an object with %n member(s).</source>
        <translation>
            <numerusform>The value is an object with %n member.</numerusform>
            <numerusform>The value is an object with %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept exactly as written. A double cannot hold this number, so programs that read numbers as doubles may see it rounded.</source>
        <translation>Kept exactly as written. A double cannot hold this number, so programs that read numbers as doubles may see it rounded.</translation>
    </message>
</context>
</TS>
