<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountStatus</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo mode: a local server with sample data, forgotten when the editor closes</source>
        <translation>Modalità demo: un server locale con dati di esempio, dimenticati alla chiusura dell’editor</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modalità demo</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2</source>
        <extracomment>%1 user name, %2 the community's host, e.g. "community.example.org"</extracomment>
        <translation>Accesso effettuato come %1 su %2</translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s)</source>
        <translation>
            <numerusform>%n preferenza</numerusform>
            <numerusform>%n preferenze</numerusform>
        </translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation>Non aggiornato</translation>
    </message>
    <message>
        <source>The latest load did not finish: the list shows the preferences as they were loaded before. Press F5 to load them again.</source>
        <translation>L’ultimo caricamento non è terminato: l’elenco mostra le preferenze come erano state caricate prima. Premi F5 per caricarle di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <extracomment>%1 how many rows the filter shows, %n how many there are</extracomment>
        <translation>
            <numerusform>%1 di %n mostrata</numerusform>
            <numerusform>%1 di %n mostrate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was not valid</source>
        <translation>La richiesta non era valida</translation>
    </message>
    <message>
        <source>Authentication is required or the sign-in has expired</source>
        <translation>È richiesta l’autenticazione oppure l’accesso è scaduto</translation>
    </message>
    <message>
        <source>You do not have permission to do this</source>
        <translation>Non hai il permesso di farlo</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>The server does not allow this operation</source>
        <translation>Il server non consente questa operazione</translation>
    </message>
    <message>
        <source>The server cannot answer in JSON</source>
        <translation>Il server non può rispondere in JSON</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request</source>
        <translation>Il server ha smesso di attendere la richiesta</translation>
    </message>
    <message>
        <source>The request conflicts with the current state</source>
        <translation>La richiesta è in conflitto con lo stato attuale</translation>
    </message>
    <message>
        <source>This no longer exists</source>
        <translation>Non esiste più</translation>
    </message>
    <message>
        <source>The request is too large</source>
        <translation>La richiesta è troppo grande</translation>
    </message>
    <message>
        <source>The server does not accept this content type</source>
        <translation>Il server non accetta questo tipo di contenuto</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Troppe richieste</translation>
    </message>
    <message>
        <source>The server had an internal error</source>
        <translation>Si è verificato un errore interno del server</translation>
    </message>
    <message>
        <source>The server's gateway received a bad answer</source>
        <translation>Il gateway del server ha ricevuto una risposta non valida</translation>
    </message>
    <message>
        <source>The service is unavailable</source>
        <translation>Il servizio non è disponibile</translation>
    </message>
    <message>
        <source>The server's gateway timed out</source>
        <translation>Il gateway del server non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Unexpected status %1</source>
        <translation>Stato inatteso %1</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Richiesta non valida</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorizzato</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Vietato</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Metodo non consentito</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>Non accettabile</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Tempo scaduto per la richiesta</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflitto</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Non più disponibile</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Contenuto troppo grande</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Tipo di contenuto non supportato</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Troppe richieste</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Errore interno del server</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Gateway non valido</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Servizio non disponibile</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Timeout del gateway</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Impossibile raggiungere il server: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time: %1</source>
        <translation>Il server non ha risposto in tempo: %1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La connessione sicura non è riuscita: %1</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be understood: %1</source>
        <translation>Il server ha inviato una risposta incomprensibile: %1</translation>
    </message>
    <message>
        <source>The server's answer was too large: %1</source>
        <translation>La risposta del server era troppo grande: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The server could not handle the request (%1)</source>
        <translation>Il server non è riuscito a gestire la richiesta (%1)</translation>
    </message>
    <message>
        <source>The server refused the request (%1)</source>
        <translation>Il server ha rifiutato la richiesta (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Riprova tra %1 s.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>nessuna risposta entro %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1</source>
        <translation>la risposta supera %1</translation>
    </message>
    <message>
        <source>a redirect without a Location header</source>
        <translation>un reindirizzamento senza intestazione Location</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1)</source>
        <translation>il corpo non è JSON valido (%1)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed</source>
        <translation>l’handshake TLS con %1 non è riuscito</translation>
    </message>
    <message>
        <source>the server %1 refused the connection</source>
        <translation>il server %1 ha rifiutato la connessione</translation>
    </message>
    <message>
        <source>the server %1 closed the connection unexpectedly</source>
        <translation>il server %1 ha chiuso la connessione inaspettatamente</translation>
    </message>
    <message>
        <source>the server %1 could not be found</source>
        <translation>impossibile trovare il server %1</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>la connessione a %1 è scaduta</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>la rete non è disponibile</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>impossibile usare il proxy</translation>
    </message>
    <message>
        <source>the address %1 does not use http or https</source>
        <translation>l’indirizzo %1 non usa http o https</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>la connessione è stata interrotta</translation>
    </message>
    <message>
        <source>the server sent no HTTP status</source>
        <translation>il server non ha inviato uno stato HTTP</translation>
    </message>
    <message>
        <source>the connection to %1 failed</source>
        <translation>la connessione a %1 non è riuscita</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>troppi reindirizzamenti</translation>
    </message>
    <message>
        <source>a redirect to an invalid address</source>
        <translation>un reindirizzamento a un indirizzo non valido</translation>
    </message>
    <message>
        <source>the server redirected to an insecure (http) address</source>
        <translation>il server ha reindirizzato a un indirizzo non sicuro (http)</translation>
    </message>
    <message>
        <source>the server answered a sign-in request with a redirect (%1), which is not followed</source>
        <translation>il server ha risposto a una richiesta di accesso con un reindirizzamento (%1), che non viene seguito</translation>
    </message>
    <message>
        <source>the server redirected the request to another address (%1), which is not followed with its body</source>
        <translation>il server ha reindirizzato la richiesta a un altro indirizzo (%1), che non viene seguito con il suo corpo</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The sign-in could not start.</source>
        <translation>Impossibile avviare l’accesso.</translation>
    </message>
    <message>
        <source>Could not listen on this computer for the browser's answer.</source>
        <translation>Impossibile attendere su questo computer la risposta del browser.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L’accesso è stato annullato.</translation>
    </message>
</context>
<context>
    <name>ChangeFormatter</name>
    <message>
        <source>ACTION</source>
        <translation>AZIONE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHIAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALORE</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ESITO</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETTAGLIO</translation>
    </message>
    <message>
        <source>preference %1</source>
        <translation>preferenza %1</translation>
    </message>
    <message>
        <source>; the answer was lost, the change was verified on the server</source>
        <translation>; la risposta è andata persa, la modifica è stata verificata sul server</translation>
    </message>
    <message>
        <source>the key was taken meanwhile by preference %1</source>
        <translation>nel frattempo la chiave è stata presa dalla preferenza %1</translation>
    </message>
    <message>
        <source>the key was taken meanwhile</source>
        <translation>nel frattempo la chiave è stata presa</translation>
    </message>
    <message>
        <source>changed since it was read; now %1</source>
        <translation>cambiata dopo la lettura; ora %1</translation>
    </message>
    <message>
        <source>deleted since it was read</source>
        <translation>eliminata dopo la lettura</translation>
    </message>
    <message>
        <source>Batch %1: applied %2, unchanged %3, conflict %4, failed %5.</source>
        <translation>Lotto %1: applicate %2, invariate %3, in conflitto %4, non riuscite %5.</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>solo in %1</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diversa</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identica</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>USER %1</source>
        <translation>UTENTE %1</translation>
    </message>
</context>
<context>
    <name>ChangeSet</name>
    <message>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>elimina</translation>
    </message>
</context>
<context>
    <name>ChangeSetApplier</name>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applicata</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
</context>
<context>
    <name>ChangeSetDialog</name>
    <message>
        <source>Also &amp;delete keys that are not in the file</source>
        <translation>Elimina &amp;anche le chiavi che non sono nel file</translation>
    </message>
    <message>
        <source>Import Preferences</source>
        <translation>Importa preferenze</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifiche previste</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>your preferences</source>
        <translation>le tue preferenze</translation>
    </message>
    <message>
        <source>the preferences of %1</source>
        <translation>le preferenze di %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n preference(s) from %1 into %2. Nothing is written until you press Apply.</source>
        <translation>
            <numerusform>Importa %n preferenza da %1 in %2. Non viene scritto nulla finché non premi Applica.</numerusform>
            <numerusform>Importa %n preferenze da %1 in %2. Non viene scritto nulla finché non premi Applica.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file</source>
        <translation>il file</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n preference(s) of %1 into %2. Nothing is written until you press Apply.</source>
        <translation>
            <numerusform>Copia %n preferenza di %1 in %2. Non viene scritto nulla finché non premi Applica.</numerusform>
            <numerusform>Copia %n preferenze di %1 in %2. Non viene scritto nulla finché non premi Applica.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged, %4 to delete.</source>
        <translation>%1 da creare, %2 da modificare, %3 invariate, %4 da eliminare.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Scrittura…</translation>
    </message>
    <message>
        <source>Applied %1, unchanged %2, conflict %3, failed %4, cancelled %5.</source>
        <translation>Applicate %1, invariate %2, in conflitto %3, non riuscite %4, annullate %5.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ChangeSetModel</name>
    <message>
        <source>The key was taken meanwhile by preference %1.</source>
        <translation>Nel frattempo la chiave è stata presa dalla preferenza %1.</translation>
    </message>
    <message>
        <source>The key was taken meanwhile.</source>
        <translation>Nel frattempo la chiave è stata presa.</translation>
    </message>
    <message>
        <source>Changed since it was read; it holds now:
%1</source>
        <translation>Cambiata dopo la lettura; ora contiene:
%1</translation>
    </message>
    <message>
        <source>Deleted since it was read.</source>
        <translation>Eliminata dopo la lettura.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Valore prima della modifica</translation>
    </message>
    <message>
        <source>Value after the change</source>
        <translation>Valore dopo la modifica</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Nessuna modifica.</translation>
    </message>
    <message>
        <source>Lines removed: %1. Lines added: %2.</source>
        <translation>Righe rimosse: %1. Righe aggiunte: %2.</translation>
    </message>
</context>
<context>
    <name>CommunityUrl</name>
    <message>
        <source>Enter the address of your community.</source>
        <translation>Inserisci l’indirizzo della tua community.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Questo non è un indirizzo web valido.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L’indirizzo deve iniziare con https://.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L’indirizzo non deve contenere un nome utente o una password.</translation>
    </message>
    <message>
        <source>The address must use https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>L’indirizzo deve usare https://. Il semplice http:// è consentito solo per questo computer (localhost).</translation>
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
        <translation>Confronta %1 con %2</translation>
    </message>
    <message>
        <source>A: %1
B: %2</source>
        <translation>A: %1
B: %2</translation>
    </message>
    <message>
        <source>Compared preferences</source>
        <translation>Preferenze confrontate</translation>
    </message>
    <message>
        <source>Columns of the comparison</source>
        <translation>Colonne del confronto</translation>
    </message>
    <message>
        <source>Copy A → &amp;B…</source>
        <translation>Copia A → &amp;B…</translation>
    </message>
    <message>
        <source>Write A's value of the selected key into B's preferences</source>
        <translation>Scrivi il valore di A della chiave selezionata nelle preferenze di B</translation>
    </message>
    <message>
        <source>Copy B → &amp;A…</source>
        <translation>Copia B → &amp;A…</translation>
    </message>
    <message>
        <source>Write B's value of the selected key into A's preferences</source>
        <translation>Scrivi il valore di B della chiave selezionata nelle preferenze di A</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>Reading the preferences of both users…</source>
        <translation>Lettura delle preferenze dei due utenti…</translation>
    </message>
    <message>
        <source>The preferences could not be read. %1</source>
        <translation>Non è stato possibile leggere le preferenze. %1</translation>
    </message>
    <message>
        <source>%1 only in A, %2 only in B, %3 differing, %4 identical.</source>
        <translation>%1 solo in A, %2 solo in B, %3 diverse, %4 identiche.</translation>
    </message>
    <message>
        <source>Copy “%1” to %2</source>
        <translation>Copia “%1” a %2</translation>
    </message>
</context>
<context>
    <name>CtlCommand</name>
    <message>
        <source>The key must not be empty.</source>
        <translation>La chiave non deve essere vuota.</translation>
    </message>
    <message>
        <source>Cannot read the value from standard input.</source>
        <translation>Impossibile leggere il valore dallo standard input.</translation>
    </message>
    <message>
        <source>The value is not valid JSON: %1</source>
        <translation>Il valore non è JSON valido: %1</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Deleted preference %1.</source>
        <translation>Preferenza %1 eliminata.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHIAVE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AGGIORNATA</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALORE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATA</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (id utente %2)</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>ruolo: %1</translation>
    </message>
    <message>
        <source>The value of --if-value is not valid JSON: %1</source>
        <translation>Il valore di --if-value non è JSON valido: %1</translation>
    </message>
    <message>
        <source>--if-updated-at needs an ISO 8601 timestamp such as 2024-03-02T11:30:00.000Z, not "%1"</source>
        <translation>--if-updated-at richiede un istante ISO 8601 come 2024-03-02T11:30:00.000Z, non "%1"</translation>
    </message>
    <message>
        <source>the answer was lost; the change was verified on the server.</source>
        <translation>la risposta è andata persa; la modifica è stata verificata sul server.</translation>
    </message>
    <message>
        <source>warning: the server stored something other than what was sent; its answer follows.</source>
        <translation>attenzione: il server ha salvato qualcosa di diverso da ciò che è stato inviato; segue la sua risposta.</translation>
    </message>
    <message>
        <source>The key "%1" is already in use; nothing was written.</source>
        <translation>La chiave "%1" è già in uso; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The key "%1" is already in use by preference %2; nothing was written. Its value:</source>
        <translation>La chiave "%1" è già usata dalla preferenza %2; non è stato scritto nulla. Il suo valore:</translation>
    </message>
    <message>
        <source>Preference %1 no longer exists; nothing was written.</source>
        <translation>La preferenza %1 non esiste più; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Preference %1 has changed: its value is not the one --if-value gives, and it was last updated at %2, not %3; nothing was written. Its current value:</source>
        <translation>La preferenza %1 è cambiata: il suo valore non è quello indicato da --if-value, e l’ultimo aggiornamento è del %2, non del %3; non è stato scritto nulla. Il suo valore attuale:</translation>
    </message>
    <message>
        <source>Preference %1 has changed: its value is not the one --if-value gives; nothing was written. Its current value:</source>
        <translation>La preferenza %1 è cambiata: il suo valore non è quello indicato da --if-value; non è stato scritto nulla. Il suo valore attuale:</translation>
    </message>
    <message>
        <source>Preference %1 has changed: it was last updated at %2, not %3; nothing was written. Its current value:</source>
        <translation>La preferenza %1 è cambiata: l’ultimo aggiornamento è del %2, non del %3; non è stato scritto nulla. Il suo valore attuale:</translation>
    </message>
    <message>
        <source>Preference %1 has changed; nothing was written. Its current value:</source>
        <translation>La preferenza %1 è cambiata; non è stato scritto nulla. Il suo valore attuale:</translation>
    </message>
    <message>
        <source>warning: the change could not be recorded in the journal: %1</source>
        <translation>attenzione: la modifica non è stata registrata nel registro: %1</translation>
    </message>
</context>
<context>
    <name>CtlCredentials</name>
    <message>
        <source>PREFCTL_TOKEN contains spaces, line breaks or other characters that a token cannot have.</source>
        <translation>PREFCTL_TOKEN contiene spazi, a capo o altri caratteri che un token non può avere.</translation>
    </message>
</context>
<context>
    <name>CtlHistory</name>
    <message>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>elimina</translation>
    </message>
    <message>
        <source>set</source>
        <translation>imposta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n line(s) of the journal %1 could not be read and were skipped.</source>
        <translation>
            <numerusform>attenzione: %n riga del registro %1 non è stata letta ed è stata saltata.</numerusform>
            <numerusform>attenzione: %n righe del registro %1 non sono state lette e sono state saltate.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Nessuna modifica registrata.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ORA</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AUTORE</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTENTE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AZIONE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHIAVE</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ESITO</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>MODIFICA</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulla</translation>
    </message>
    <message>
        <source>The journal of %1 has no entry %2.</source>
        <translation>Il registro di %1 non ha la voce %2.</translation>
    </message>
    <message>
        <source>Entry %1 changed nothing (%2): there is nothing to undo.</source>
        <translation>La voce %1 non ha cambiato nulla (%2): non c’è niente da annullare.</translation>
    </message>
    <message>
        <source>Entry %1 does not record what the preference held before and after the change; it cannot be undone.</source>
        <translation>La voce %1 non registra cosa conteneva la preferenza prima e dopo la modifica; non si può annullare.</translation>
    </message>
    <message>
        <source>The key "%1" is in use again, by preference %2; nothing was written. Its value:</source>
        <translation>La chiave "%1" è di nuovo in uso, dalla preferenza %2; non è stato scritto nulla. Il suo valore:</translation>
    </message>
    <message>
        <source>Preference %1 no longer exists; nothing was written.</source>
        <translation>La preferenza %1 non esiste più; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Preference %1 has changed since entry %2; nothing was written. Its current value:</source>
        <translation>La preferenza %1 è cambiata dopo la voce %2; non è stato scritto nulla. Il suo valore attuale:</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>unknown option %1</source>
        <translation>opzione sconosciuta %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’opzione %1 richiede un valore</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nessun comando indicato</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>comando sconosciuto "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s), got %2</source>
        <translation>
            <numerusform>%1 richiede %n argomento, ricevuti %2</numerusform>
            <numerusform>%1 richiede %n argomenti, ricevuti %2</numerusform>
        </translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL è obbligatorio</translation>
    </message>
    <message>
        <source>--server needs an http or https URL, e.g. https://community.example.org</source>
        <translation>--server richiede un URL http o https, ad es. https://community.example.org</translation>
    </message>
    <message>
        <source>--user must be "me" or a numeric user id</source>
        <translation>--user deve essere "me" o un id utente numerico</translation>
    </message>
    <message>
        <source>whoami does not take --user</source>
        <translation>whoami non accetta --user</translation>
    </message>
    <message>
        <source>--value is only for set</source>
        <translation>--value vale solo per set</translation>
    </message>
    <message>
        <source>ID must be a positive integer, got "%1"</source>
        <translation>ID deve essere un intero positivo, ricevuto "%1"</translation>
    </message>
    <message>
        <source>set needs --key NEWKEY, --value VALUE or both</source>
        <translation>set richiede --key NUOVACHIAVE, --value VALORE o entrambi</translation>
    </message>
    <message>
        <source>--if-value is only for set and delete</source>
        <translation>--if-value vale solo per set e delete</translation>
    </message>
    <message>
        <source>--if-updated-at is only for set and delete</source>
        <translation>--if-updated-at vale solo per set e delete</translation>
    </message>
    <message>
        <source>only one of --value and --if-value can read standard input</source>
        <translation>solo uno tra --value e --if-value può leggere lo standard input</translation>
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
        <translation>Uso:
  prefctl --server URL [--user me|ID] [--json] list [--key CHIAVE]
  prefctl --server URL [--user me|ID] [--json] get ID
  prefctl --server URL [--user me|ID] [--json] create CHIAVE VALORE
  prefctl --server URL [--user me|ID] [--json] set ID [--key NUOVACHIAVE] [--value VALORE]
          [--if-value JSON] [--if-updated-at ISTANTE]
  prefctl --server URL [--user me|ID] delete ID [--if-value JSON]
          [--if-updated-at ISTANTE]
  prefctl --server URL whoami
  prefctl --server URL history [--user ID] [--key CHIAVE] [--limit N] [--json]
  prefctl --server URL [--json] undo ID_VOCE
  prefctl --server URL [--user me|ID] export [-o FILE]
  prefctl --server URL [--user me|ID] [--json] import FILE [--dry-run]
          [--delete-missing]
  prefctl --server URL [--json] copy --from ID --to ID [--key CHIAVE]... [--dry-run]
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
Elenca e modifica le preferenze di un utente su una piattaforma di community.

Opzioni:
  --server URL    l'URL di base della community, ad es. https://community.example.org
  --user me|ID    di chi sono le preferenze (predefinito: me, il titolare del token)
  --json          stampa gli oggetti JSON dell'API invece di una tabella
  --key CHIAVE    list, history: solo le preferenze con esattamente questa chiave;
                  set: la nuova chiave; copy: copia questa chiave (ripetibile)
  --value VALORE  set: il nuovo valore, come testo JSON
  --if-value JSON
                  set, delete: agisce solo se il valore attuale è uguale a JSON
                  (per significato: l'ordine delle chiavi e 1.0 rispetto a 1 non contano)
  --if-updated-at ISTANTE
                  set, delete: agisce solo se last_updated_at è ancora
                  ISTANTE (ISO 8601, ad es. 2024-03-02T11:30:00.000Z)
  --limit N       history: solo le N modifiche più recenti
  -o FILE         export: scrive il file lì (predefinito: standard output)
  --dry-run       import, copy: mostra il piano, non scrive nulla
  --delete-missing
                  import: elimina anche le chiavi che il file non ha
  --from ID, --to ID
                  copy: dalle preferenze di un utente a quelle di un altro
  -h, --help      mostra questo aiuto
  --version       mostra la versione

VALORE è testo JSON, ad es. '"dark"', 42, '{"size": 12}'; - lo legge dallo
standard input (così fa anche --if-value -, a meno che VALORE sia -).

Ogni create, set, delete e undo è registrato in un registro su questo
computer, uno per community. history lo elenca, dal più recente (con --user,
le modifiche alle preferenze di quell'utente); undo ID_VOCE rimette ciò che
quella modifica ha sostituito, se la preferenza contiene ancora ciò che ha lasciato.

export scrive le preferenze di un utente in un file che import legge (FILE - è
lo standard input). import e copy stampano il piano (crea, modifica,
invariata, elimina), poi lo scrivono; una preferenza cambiata dopo la lettura
è un conflitto e non viene scritta. diff confronta le preferenze di due utenti.

Il token di accesso viene letto dalla variabile d'ambiente PREFCTL_TOKEN.

Codici di uscita: 0 successo, 1 il server ha rifiutato la richiesta, 2 errore di
utilizzo, 3 input non valido (non è stato inviato nulla), 4 errore di rete,
timeout o TLS, 5 autenticazione necessaria (nessun token, o token rifiutato),
6 conflitto: la preferenza non è come dicono --if-value o --if-updated-at,
create ha trovato la chiave già in uso, o undo ha trovato la preferenza cambiata
(non è stato scritto nulla); import e copy: un'operazione ha incontrato un
conflitto (1 se una non è riuscita).
</translation>
    </message>
    <message>
        <source>undo does not take --user: the journal entry says whose preference</source>
        <translation>undo non accetta --user: la voce del registro dice di chi è la preferenza</translation>
    </message>
    <message>
        <source>%1 does not take --user</source>
        <translation>%1 non accetta --user</translation>
    </message>
    <message>
        <source>--key is only for list, set, history and copy</source>
        <translation>--key vale solo per list, set, history e copy</translation>
    </message>
    <message>
        <source>--limit is only for history</source>
        <translation>--limit vale solo per history</translation>
    </message>
    <message>
        <source>--from and --to are only for copy</source>
        <translation>--from e --to valgono solo per copy</translation>
    </message>
    <message>
        <source>-o is only for export</source>
        <translation>-o vale solo per export</translation>
    </message>
    <message>
        <source>--dry-run is only for import and copy</source>
        <translation>--dry-run vale solo per import e copy</translation>
    </message>
    <message>
        <source>--delete-missing is only for import</source>
        <translation>--delete-missing vale solo per import</translation>
    </message>
    <message>
        <source>history --user needs a numeric user id</source>
        <translation>history --user richiede un id utente numerico</translation>
    </message>
    <message>
        <source>--limit must be a positive integer, got "%1"</source>
        <translation>--limit deve essere un intero positivo, ricevuto "%1"</translation>
    </message>
    <message>
        <source>copy needs --from ID and --to ID</source>
        <translation>copy richiede --from ID e --to ID</translation>
    </message>
    <message>
        <source>--from and --to must be numeric user ids</source>
        <translation>--from e --to devono essere id utente numerici</translation>
    </message>
</context>
<context>
    <name>CtlSignIn</name>
    <message>
        <source>Usage:
  prefctl --server URL login [--username U] [--password-stdin] [--browser] [--client-id ID]
  prefctl --server URL logout [--username U]
</source>
        <translation>Uso:
  prefctl --server URL login [--username U] [--password-stdin] [--browser] [--client-id ID]
  prefctl --server URL logout [--username U]
</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>argomento inatteso "%1"</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opzione sconosciuta %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’opzione %1 richiede un valore</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL è obbligatorio</translation>
    </message>
    <message>
        <source>logout takes only --server and --username</source>
        <translation>logout accetta solo --server e --username</translation>
    </message>
    <message>
        <source>--browser and --password-stdin exclude each other</source>
        <translation>--browser e --password-stdin si escludono a vicenda</translation>
    </message>
    <message>
        <source>prefctl: %1 No keychain (Secret Service) is available; use PREFCTL_TOKEN instead.
</source>
        <translation>prefctl: %1 Nessun portachiavi (Secret Service) disponibile; usa invece PREFCTL_TOKEN.
</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Accesso effettuato su %1 come %2.</translation>
    </message>
    <message>
        <source>prefctl: sign-in failed: %1
</source>
        <translation>prefctl: accesso non riuscito: %1
</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:

  %1

</source>
        <translation>Per accedere, apri questo indirizzo nel browser:

  %1

</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nome utente: </translation>
    </message>
    <message>
        <source>prefctl: give --username (or use --browser)
</source>
        <translation>prefctl: indica --username (oppure usa --browser)
</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password per %1: </translation>
    </message>
    <message>
        <source>prefctl: no terminal to ask for the password; use --password-stdin
</source>
        <translation>prefctl: nessun terminale da cui chiedere la password; usa --password-stdin
</translation>
    </message>
    <message>
        <source>prefctl: the password is empty
</source>
        <translation>prefctl: la password è vuota
</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Accesso non effettuato su %1.</translation>
    </message>
    <message>
        <source>Signed out %1 from %2.</source>
        <translation>%1 disconnesso da %2.</translation>
    </message>
    <message>
        <source>No access token: run "prefctl --server %1 login" or set the environment variable PREFCTL_TOKEN.</source>
        <translation>Nessun token di accesso: esegui "prefctl --server %1 login" oppure imposta la variabile d'ambiente PREFCTL_TOKEN.</translation>
    </message>
    <message>
        <source>Not signed in: run "prefctl --server %1 login" or set the environment variable PREFCTL_TOKEN.</source>
        <translation>Accesso non effettuato: esegui "prefctl --server %1 login" oppure imposta la variabile d'ambiente PREFCTL_TOKEN.</translation>
    </message>
    <message>
        <source>%1 Run "prefctl --server %2 login" or set PREFCTL_TOKEN.</source>
        <translation>%1 Esegui "prefctl --server %2 login" oppure imposta PREFCTL_TOKEN.</translation>
    </message>
</context>
<context>
    <name>CtlTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was sent.</source>
        <translation>%1: %2 Non è stato inviato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preference(s) of %1 (user id %2) to %3.</source>
        <translation>
            <numerusform>Esportata %n preferenza di %1 (id utente %2) in %3.</numerusform>
            <numerusform>Esportate %n preferenze di %1 (id utente %2) in %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 has no preference with the key "%2"; nothing was written.</source>
        <translation>L’utente %1 non ha alcuna preferenza con la chiave "%2"; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Prova: non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) failed.</source>
        <translation>
            <numerusform>%n operazione non è riuscita.</numerusform>
            <numerusform>%n operazioni non sono riuscite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preference(s) changed since they were read; nothing was written to them.</source>
        <translation>
            <numerusform>%n preferenza è cambiata dopo la lettura; non vi è stato scritto nulla.</numerusform>
            <numerusform>%n preferenze sono cambiate dopo la lettura; non vi è stato scritto nulla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>your own</source>
        <translation>tua</translation>
    </message>
    <message>
        <source>of %1 (%2, id %3)</source>
        <translation>di %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Delete your own preference “%1”?</source>
        <translation>Eliminare la tua preferenza “%1”?</translation>
    </message>
    <message>
        <source>Delete the preference “%1” %2?</source>
        <translation>Eliminare la preferenza “%1” %2?</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valore: %1</translation>
    </message>
    <message>
        <source>Delete Preference?</source>
        <translation>Eliminare la preferenza?</translation>
    </message>
    <message>
        <source>The preference is deleted on the server at once. This cannot be undone.</source>
        <translation>La preferenza viene eliminata subito sul server. L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo account "%1" is missing.</source>
        <translation>Manca l’account demo "%1".</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Forget this unsaved edit</source>
        <translation>Dimentica questa modifica non salvata</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utente %1</translation>
    </message>
    <message>
        <source>your new preference</source>
        <translation>la tua nuova preferenza</translation>
    </message>
    <message>
        <source>a new preference of %1</source>
        <translation>una nuova preferenza di %1</translation>
    </message>
    <message>
        <source>your new preference “%1”</source>
        <translation>la tua nuova preferenza “%1”</translation>
    </message>
    <message>
        <source>the new preference “%1” of %2</source>
        <translation>la nuova preferenza “%1” di %2</translation>
    </message>
    <message>
        <source>your “%1”</source>
        <translation>la tua “%1”</translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation>“%1” di %2</translation>
    </message>
    <message>
        <source>1 unsaved edit from an earlier session: %1.</source>
        <translation>Una modifica non salvata di una sessione precedente: %1.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s) from an earlier session.</source>
        <translation>
            <numerusform>%n modifica non salvata di una sessione precedente.</numerusform>
            <numerusform>%n modifiche non salvate di una sessione precedente.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Discard the Unsaved Edit?</source>
        <translation>Scartare la modifica non salvata?</translation>
    </message>
    <message>
        <source>Discard your unsaved edit of %1? It cannot be restored afterwards.</source>
        <translation>Scartare la modifica non salvata di %1? Dopo non potrà più essere ripristinata.</translation>
    </message>
</context>
<context>
    <name>DraftListDialog</name>
    <message>
        <source>Unsaved Edits</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>These edits were not saved in an earlier session. Restore one to review and save it, or discard it.</source>
        <translation>Queste modifiche non sono state salvate in una sessione precedente. Ripristinane una per controllarla e salvarla, oppure scartala.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>ora sconosciuta</translation>
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
        <translation>Editor delle preferenze</translation>
    </message>
    <message>
        <source>Edit the preferences of a community's users: your own, or as an admin anybody's.</source>
        <translation>Modifica le preferenze degli utenti di una community: le tue o, come amministratore, quelle di chiunque.</translation>
    </message>
    <message>
        <source>The community's address, e.g. %1.</source>
        <translation>L’indirizzo della community, ad es. %1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open this user's preferences: "me" or a user id.</source>
        <translation>Apre le preferenze di questo utente: "me" o un id utente.</translation>
    </message>
    <message>
        <source>me|ID</source>
        <translation>me|ID</translation>
    </message>
    <message>
        <source>Start a local demo server with sample data and sign in as its admin, "support".</source>
        <translation>Avvia un server demo locale con dati di esempio e accede come suo amministratore, "support".</translation>
    </message>
    <message>
        <source>The language of the interface (default: the system's).</source>
        <translation>La lingua dell’interfaccia (predefinita: quella del sistema).</translation>
    </message>
    <message>
        <source>en|it</source>
        <translation>en|it</translation>
    </message>
    <message>
        <source>--user takes "me" or a numeric user id, not "%1".</source>
        <translation>--user accetta "me" o un id utente numerico, non "%1".</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Impossibile avviare il server demo: %1</translation>
    </message>
    <message>
        <source>The server's answer about your account is not valid: %1</source>
        <translation>La risposta del server sul tuo account non è valida: %1</translation>
    </message>
    <message>
        <source>Your account could not be loaded.

%1</source>
        <translation>Impossibile caricare il tuo account.

%1</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Please sign in again.</source>
        <translation>Il server non accetta più il tuo accesso. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, or to another community.</source>
        <translation>Disconnessione effettuata. Accedi di nuovo o a un’altra community.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Und&amp;o</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Columns of the change history</source>
        <translation>Colonne della cronologia delle modifiche</translation>
    </message>
    <message>
        <source>Write back what the selected change replaced</source>
        <translation>Riscrivi ciò che la modifica selezionata ha sostituito</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>C&amp;ronologia</translation>
    </message>
    <message>
        <source>Show the changes recorded on this computer (Ctrl+H)</source>
        <translation>Mostra le modifiche registrate su questo computer (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change…</source>
        <translation>Annulla l’&amp;ultima modifica…</translation>
    </message>
    <message>
        <source>Undo your last change of this session (Ctrl+Z)</source>
        <translation>Annulla la tua ultima modifica di questa sessione (Ctrl+Z)</translation>
    </message>
    <message>
        <source>username or id</source>
        <translation>nome utente o id</translation>
    </message>
    <message>
        <source>Show the changes to this user's preferences</source>
        <translation>Mostra le modifiche alle preferenze di questo utente</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>U&amp;tente:</translation>
    </message>
    <message>
        <source>part of the key</source>
        <translation>parte della chiave</translation>
    </message>
    <message>
        <source>Show the changes to keys that contain this text</source>
        <translation>Mostra le modifiche alle chiavi che contengono questo testo</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chiave:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <source>Show the changes from this day on</source>
        <translation>Mostra le modifiche da questo giorno in poi</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>Show the changes up to this day</source>
        <translation>Mostra le modifiche fino a questo giorno</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Prima: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Dopo: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <source>This change to “%1” of %2 is one of %n change(s) made together (an import or a copy). Undo all of them?</source>
        <translation>
            <numerusform>Questa modifica di “%1” di %2 è una di %n modifica fatta insieme (un’importazione o una copia). Annullarle tutte?</numerusform>
            <numerusform>Questa modifica di “%1” di %2 è una di %n modifiche fatte insieme (un’importazione o una copia). Annullarle tutte?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo &amp;All</source>
        <translation>Annulla &amp;tutte</translation>
    </message>
    <message>
        <source>Only &amp;This One</source>
        <translation>Solo &amp;questa</translation>
    </message>
    <message numerus="yes">
        <source>Undoing %n change(s)…</source>
        <translation>
            <numerusform>Annullamento di %n modifica…</numerusform>
            <numerusform>Annullamento di %n modifiche…</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Undo your last change, %1 of “%2” of %3?</source>
        <translation>Annullare la tua ultima modifica, %1 di “%2” di %3?</translation>
    </message>
    <message numerus="yes">
        <source>Undo your last change, %n change(s) made together to the preferences of %1?</source>
        <translation>
            <numerusform>Annullare la tua ultima modifica, %n modifica fatta insieme alle preferenze di %1?</numerusform>
            <numerusform>Annullare la tua ultima modifica, %n modifiche fatte insieme alle preferenze di %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Last Change</source>
        <translation>Annulla l’ultima modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla la modifica</translation>
    </message>
</context>
<context>
    <name>HistoryUndo</name>
    <message>
        <source>Undone: the change to “%1” of %2.</source>
        <translation>Annullata: la modifica di “%1” di %2.</translation>
    </message>
    <message>
        <source>The change to “%1” of %2 was not undone. %3</source>
        <translation>La modifica di “%1” di %2 non è stata annullata. %3</translation>
    </message>
    <message>
        <source>Not undone: the key “%1” of %2 is in use again, holding %3. Nothing was written.</source>
        <translation>Non annullata: la chiave “%1” di %2 è di nuovo in uso e contiene %3. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Not undone: “%1” of %2 no longer exists. Nothing was written.</source>
        <translation>Non annullata: “%1” di %2 non esiste più. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Not undone: “%1” of %2 has changed since; it now holds %3. Nothing was written.</source>
        <translation>Non annullata: “%1” di %2 è cambiata nel frattempo; ora contiene %3. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>“%1” has changed since; it now holds %2</source>
        <translation>“%1” è cambiata nel frattempo; ora contiene %2</translation>
    </message>
    <message>
        <source>“%1” no longer exists</source>
        <translation>“%1” non esiste più</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” non riuscita: %2</translation>
    </message>
    <message numerus="yes">
        <source>Undid %n change(s) of the batch.</source>
        <translation>
            <numerusform>Annullata %n modifica del lotto.</numerusform>
            <numerusform>Annullate %n modifiche del lotto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone, nothing written to them: %1.</source>
        <translation>Non annullate, non vi è stato scritto nulla: %1.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulla</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>elimina</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applicata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incerta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
</context>
<context>
    <name>JsonParseError</name>
    <message>
        <source>invalid string: control character must be escaped</source>
        <translation>stringa non valida: i caratteri di controllo vanno preceduti da escape</translation>
    </message>
    <message>
        <source>invalid string: missing closing quote</source>
        <translation>stringa non valida: manca la virgoletta di chiusura</translation>
    </message>
    <message>
        <source>invalid string: \u must be followed by 4 hex digits</source>
        <translation>stringa non valida: \u deve essere seguito da 4 cifre esadecimali</translation>
    </message>
    <message>
        <source>invalid string: unpaired surrogate</source>
        <translation>stringa non valida: surrogato non accoppiato</translation>
    </message>
    <message>
        <source>invalid string: invalid escape sequence</source>
        <translation>stringa non valida: sequenza di escape non valida</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valido</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>numero non valido</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>letterale non valido</translation>
    </message>
    <message>
        <source>invalid byte order mark</source>
        <translation>byte order mark non valido</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>JSON non valido</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>fine del testo inattesa</translation>
    </message>
    <message>
        <source>unexpected text after the value</source>
        <translation>testo inatteso dopo il valore</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>atteso ',' o '}'</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>atteso ',' o ']'</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>atteso ':'</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>attesa una chiave tra virgolette doppie</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>atteso un valore</translation>
    </message>
    <message>
        <source>duplicate key "%1"</source>
        <translation>chiave duplicata "%1"</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>annidamento oltre %1 livelli</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>riga %1, colonna %2: %3</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>(value)</source>
        <translation>(valore)</translation>
    </message>
</context>
<context>
    <name>JsonTreeDelegate</name>
    <message>
        <source>Member name</source>
        <translation>Nome del membro</translation>
    </message>
    <message>
        <source>Number value</source>
        <translation>Valore numerico</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Valore di testo</translation>
    </message>
    <message>
        <source>The object already has a member named “%1”. Choose another name.</source>
        <translation>L’oggetto ha già un membro di nome “%1”. Scegli un altro nome.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON number. Numbers look like 42, -7, 3.14 or 6.02e23.</source>
        <translation>“%1” non è un numero JSON. I numeri hanno la forma 42, -7, 3.14 o 6.02e23.</translation>
    </message>
</context>
<context>
    <name>JsonTreeEditor</name>
    <message>
        <source>Value as a tree</source>
        <translation>Valore come albero</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add a member to the object, or an element to the array (Insert)</source>
        <translation>Aggiungi un membro all’oggetto o un elemento all’array (Ins)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the member or the element (Del)</source>
        <translation>Elimina il membro o l’elemento (Canc)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Rename the member (F2)</source>
        <translation>Rinomina il membro (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Add a copy right after it (Ctrl+D)</source>
        <translation>Aggiungi una copia subito dopo (Ctrl+D)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move it up one place (Ctrl+Up)</source>
        <translation>Spostalo su di un posto (Ctrl+Su)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Move it down one place (Ctrl+Down)</source>
        <translation>Spostalo giù di un posto (Ctrl+Giù)</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Cambia tipo</translation>
    </message>
    <message>
        <source>Make it a boolean, number, string, null, array or object; asks first (Ctrl+T)</source>
        <translation>Trasformalo in booleano, numero, stringa, null, array o oggetto; chiede prima (Ctrl+T)</translation>
    </message>
    <message>
        <source>Tree tools</source>
        <translation>Strumenti dell’albero</translation>
    </message>
    <message>
        <source>Tree message</source>
        <translation>Messaggio dell’albero</translation>
    </message>
    <message>
        <source>new_key</source>
        <translation>nuova_chiave</translation>
    </message>
    <message>
        <source>null has no value to edit. Change its type with Ctrl+T.</source>
        <translation>null non ha un valore da modificare. Cambiane il tipo con Ctrl+T.</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>null: no value</source>
        <translation>null: nessun valore</translation>
    </message>
    <message>
        <source>boolean: true or false</source>
        <translation>booleano: vero o falso</translation>
    </message>
    <message>
        <source>integer: a whole number of any size, kept exactly as written</source>
        <translation>intero: un numero intero di qualsiasi grandezza, conservato esattamente come scritto</translation>
    </message>
    <message>
        <source>number: a decimal number, kept exactly as written</source>
        <translation>numero: un numero decimale, conservato esattamente come scritto</translation>
    </message>
    <message>
        <source>string: text</source>
        <translation>stringa: testo</translation>
    </message>
    <message>
        <source>array: a list of elements, in order</source>
        <translation>array: un elenco di elementi, in ordine</translation>
    </message>
    <message>
        <source>object: named members, in order; each name is used once</source>
        <translation>oggetto: membri con nome, in ordine; ogni nome si usa una volta</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membri</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>JsonValue</name>
    <message>
        <source>the text is empty</source>
        <translation>il testo è vuoto</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>intero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>string</source>
        <translation>stringa</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>oggetto</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Your sign-in cannot be saved on this computer.</source>
        <translation>Il tuo accesso non può essere salvato su questo computer.</translation>
    </message>
    <message>
        <source>The keychain does not answer.</source>
        <translation>Il portachiavi non risponde.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Il portachiavi non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>You stopped waiting for the keychain.</source>
        <translation>Hai smesso di attendere il portachiavi.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>The server's answer is neither a page of results nor a list.</source>
        <translation>La risposta del server non è né una pagina di risultati né un elenco.</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Loading progress</source>
        <translation>Avanzamento del caricamento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop loading preferences</source>
        <translation>Interrompe il caricamento delle preferenze</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annulla il caricamento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Bad request</source>
        <translation>Richiesta non valida</translation>
    </message>
    <message>
        <source>This request was not understood.</source>
        <translation>Questa richiesta non è stata compresa.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Qui non c’è niente.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>This sign-in request does not come from Preference Editor. Start the sign-in again from the app.</source>
        <translation>Questa richiesta di accesso non proviene da Editor delle preferenze. Avvia di nuovo l’accesso dall’app.</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this tab and return to Preference Editor.</source>
        <translation>L’accesso non è stato completato. Puoi chiudere questa scheda e tornare a Editor delle preferenze.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>L’accesso è stato negato nel browser.</translation>
    </message>
    <message>
        <source>The community refused the sign-in (%1).</source>
        <translation>La community ha rifiutato l’accesso (%1).</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>nessun codice</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Accesso effettuato</translation>
    </message>
    <message>
        <source>You can close this tab and return to Preference Editor.</source>
        <translation>Puoi chiudere questa scheda e tornare a Editor delle preferenze.</translation>
    </message>
    <message>
        <source>The sign-in in the browser took too long. Try again.</source>
        <translation>L’accesso nel browser ha richiesto troppo tempo. Riprova.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>Switch &amp;Community…</source>
        <translation>&amp;Cambia community…</translation>
    </message>
    <message>
        <source>Sign in to another community or account</source>
        <translation>Accede a un’altra community o con un altro account</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>Sign out and forget the stored sign-in</source>
        <translation>Disconnette e dimentica l’accesso salvato</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Preference Editor</source>
        <translation>&amp;Informazioni su Editor delle preferenze</translation>
    </message>
    <message>
        <source>Load the preferences again</source>
        <translation>Ricarica le preferenze</translation>
    </message>
    <message>
        <source>Create a preference</source>
        <translation>Crea una preferenza</translation>
    </message>
    <message>
        <source>Edit the selected preference</source>
        <translation>Modifica la preferenza selezionata</translation>
    </message>
    <message>
        <source>Delete the selected preference</source>
        <translation>Elimina la preferenza selezionata</translation>
    </message>
    <message>
        <source>Save, in the editor</source>
        <translation>Salva, nell’editor</translation>
    </message>
    <message>
        <source>Go to the first error, in the editor</source>
        <translation>Vai al primo errore, nell’editor</translation>
    </message>
    <message>
        <source>Close the editor or cancel</source>
        <translation>Chiudi l’editor o annulla</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About Preference Editor</source>
        <translation>Informazioni su Editor delle preferenze</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preference Editor %1&lt;/h3&gt;&lt;p&gt;Edit the preferences of a community's users.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Editor delle preferenze %1&lt;/h3&gt;&lt;p&gt;Modifica le preferenze degli utenti di una community.&lt;/p&gt;&lt;p&gt;Compilato con Qt %2, in esecuzione su Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter keys and values; then Enter edits the highlighted row and Down moves into the table</source>
        <translation>Filtra chiavi e valori; poi Invio modifica la riga evidenziata e Giù passa alla tabella</translation>
    </message>
    <message>
        <source>Find a user by name or id (support staff)</source>
        <translation>Trova un utente per nome o id (personale di supporto)</translation>
    </message>
    <message>
        <source>Show the history of changes made on this computer</source>
        <translation>Mostra la cronologia delle modifiche fatte su questo computer</translation>
    </message>
    <message>
        <source>Undo your last change of this session (asks first); in the editor, undo the last edit</source>
        <translation>Annulla la tua ultima modifica di questa sessione (chiede prima); nell’editor, annulla l’ultima modifica al testo</translation>
    </message>
    <message>
        <source>Copy the selected preferences to another user, after a preview (support staff)</source>
        <translation>Copia le preferenze selezionate a un altro utente, dopo un’anteprima (supporto)</translation>
    </message>
    <message>
        <source>Compare the open user's preferences with another user's (support staff)</source>
        <translation>Confronta le preferenze dell’utente aperto con quelle di un altro utente (supporto)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preference Editor</source>
        <translation>Editor delle preferenze</translation>
    </message>
    <message>
        <source>The user could not be found.</source>
        <translation>Impossibile trovare l’utente.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Load the preferences again (F5)</source>
        <translation>Ricarica le preferenze (F5)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuova</translation>
    </message>
    <message>
        <source>Create a preference (Ctrl+N)</source>
        <translation>Crea una preferenza (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Edit the selected preference (Enter)</source>
        <translation>Modifica la preferenza selezionata (Invio)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete the selected preference (Del)</source>
        <translation>Elimina la preferenza selezionata (Canc)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtra</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Filter keys and values (Ctrl+F)</source>
        <translation>Filtra chiavi e valori (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter preferences</source>
        <translation>Filtra le preferenze</translation>
    </message>
    <message>
        <source>My Preferences</source>
        <translation>Le mie preferenze</translation>
    </message>
    <message>
        <source>Preferences of %1</source>
        <translation>Preferenze di %1</translation>
    </message>
    <message>
        <source>The preferences could not be loaded.</source>
        <translation>Impossibile caricare le preferenze.</translation>
    </message>
    <message numerus="yes">
        <source>Loading was cancelled: %n preference(s) shown.</source>
        <translation>
            <numerusform>Caricamento annullato: mostrata %n preferenza.</numerusform>
            <numerusform>Caricamento annullato: mostrate %n preferenze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load All</source>
        <translation>Carica tutto</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Loading preferences…</source>
        <translation>Caricamento delle preferenze…</translation>
    </message>
    <message>
        <source>You have no preferences yet</source>
        <translation>Non hai ancora preferenze</translation>
    </message>
    <message>
        <source>%1 has no preferences yet</source>
        <translation>%1 non ha ancora preferenze</translation>
    </message>
    <message>
        <source>Press Ctrl+N to create one.</source>
        <translation>Premi Ctrl+N per crearne una.</translation>
    </message>
    <message>
        <source>No preference matches “%1”</source>
        <translation>Nessuna preferenza corrisponde a “%1”</translation>
    </message>
    <message numerus="yes">
        <source>The filter looks at keys and values. Clear it to see all %n preference(s).</source>
        <translation>
            <numerusform>Il filtro cerca in chiavi e valori. Svuotalo per vedere %n preferenza.</numerusform>
            <numerusform>Il filtro cerca in chiavi e valori. Svuotalo per vedere tutte le %n preferenze.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation>Impossibile eliminare “%1”.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: it changed on the server after you chose to delete it. The list now shows its current value.</source>
        <translation>“%1” non è stata eliminata: è cambiata sul server dopo che hai scelto di eliminarla. L’elenco ora mostra il suo valore attuale.</translation>
    </message>
    <message>
        <source>“%1” had already been deleted on the server.</source>
        <translation>“%1” era già stata eliminata sul server.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Enter opens the highlighted row; Down moves into the table</source>
        <translation>Invio apre la riga evidenziata; Giù passa alla tabella</translation>
    </message>
    <message>
        <source>Created “%1” (hidden by the filter).</source>
        <translation>Creata “%1” (nascosta dal filtro).</translation>
    </message>
    <message>
        <source>Saved “%1” (hidden by the filter).</source>
        <translation>Salvata “%1” (nascosta dal filtro).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>The preferences could not be loaded</source>
        <translation>Impossibile caricare le preferenze</translation>
    </message>
    <message>
        <source>The preferences are not loaded</source>
        <translation>Le preferenze non sono caricate</translation>
    </message>
    <message>
        <source>Press F5 to load them again.</source>
        <translation>Premi F5 per caricarle di nuovo.</translation>
    </message>
</context>
<context>
    <name>MergeConflictModel</name>
    <message>
        <source>key (name)</source>
        <translation>chiave (nome)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(assente)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi il loro</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Tieni il mio</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Loro</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usa</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resolve Conflicting Changes</source>
        <translation>Risolvi le modifiche in conflitto</translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation>Unisci le modifiche</translation>
    </message>
    <message>
        <source>&amp;Save Resolved Value</source>
        <translation>&amp;Salva il valore risolto</translation>
    </message>
    <message>
        <source>Save resolved value</source>
        <translation>Salva il valore risolto</translation>
    </message>
    <message>
        <source>Save the value with the choices above</source>
        <translation>Salva il valore con le scelte qui sopra</translation>
    </message>
    <message>
        <source>&amp;Overwrite with Mine</source>
        <translation>S&amp;ovrascrivi con il mio</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Sovrascrivi con il mio</translation>
    </message>
    <message>
        <source>Save your value as it is, replacing what the other side changed</source>
        <translation>Salva il tuo valore così com’è, sostituendo ciò che ha cambiato l’altra parte</translation>
    </message>
    <message>
        <source>&amp;Discard Mine and Reload</source>
        <translation>Scarta il mio e &amp;ricarica</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>Scarta il mio e ricarica</translation>
    </message>
    <message>
        <source>Drop your changes and load the value from the server</source>
        <translation>Abbandona le tue modifiche e carica il valore dal server</translation>
    </message>
    <message>
        <source>&amp;Save Merged Value</source>
        <translation>&amp;Salva il valore unito</translation>
    </message>
    <message>
        <source>Save merged value</source>
        <translation>Salva il valore unito</translation>
    </message>
    <message>
        <source>Save your changes together with the other side's</source>
        <translation>Salva le tue modifiche insieme a quelle dell’altra parte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save nothing and go back to the editor</source>
        <translation>Non salvare nulla e torna all’editor</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>One row per path changed on both sides. Space, Left or Right changes the choice.</source>
        <translation>Una riga per ogni percorso cambiato da entrambe le parti. Spazio, Sinistra o Destra cambiano la scelta.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Tieni il &amp;mio</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Tieni il mio</translation>
    </message>
    <message>
        <source>Use your value for the selected path (Left)</source>
        <translation>Usa il tuo valore per il percorso selezionato (Sinistra)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendi il &amp;loro</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi il loro</translation>
    </message>
    <message>
        <source>Use their value for the selected path (Right)</source>
        <translation>Usa il loro valore per il percorso selezionato (Destra)</translation>
    </message>
    <message>
        <source>You and the other side changed the same paths. Choose for each path which value to keep; the other changes are merged.</source>
        <translation>Tu e l’altra parte avete cambiato gli stessi percorsi. Scegli per ogni percorso quale valore tenere; le altre modifiche vengono unite.</translation>
    </message>
    <message>
        <source>&amp;Conflicts:</source>
        <translation>&amp;Conflitti:</translation>
    </message>
    <message>
        <source>Changes made on the server</source>
        <translation>Modifiche fatte sul server</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>key (name)</source>
        <translation>chiave (nome)</translation>
    </message>
    <message>
        <source>The other side's changes do not overlap yours. Check the merged value, then save it.</source>
        <translation>Le modifiche dell’altra parte non si sovrappongono alle tue. Controlla il valore unito, poi salvalo.</translation>
    </message>
    <message>
        <source>&amp;Changes made on the server:</source>
        <translation>&amp;Modifiche fatte sul server:</translation>
    </message>
    <message>
        <source>&amp;Resolved value:</source>
        <translation>&amp;Valore risolto:</translation>
    </message>
    <message>
        <source>&amp;Merged value:</source>
        <translation>Valore &amp;unito:</translation>
    </message>
    <message>
        <source>Resolved value</source>
        <translation>Valore risolto</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valore unito</translation>
    </message>
    <message>
        <source>Your preference “%1” was changed on the server after you opened it.</source>
        <translation>La tua preferenza “%1” è stata cambiata sul server dopo che l’hai aperta.</translation>
    </message>
    <message>
        <source>The preference “%1” of %2 was changed on the server after you opened it.</source>
        <translation>La preferenza “%1” di %2 è stata cambiata sul server dopo che l’hai aperta.</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Chiave: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Chiudi il messaggio</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>No connection to a server.</source>
        <translation>Nessuna connessione a un server.</translation>
    </message>
    <message>
        <source>The server's next page (%1) is not part of this list (%2).</source>
        <translation>La pagina successiva indicata dal server (%1) non fa parte di questo elenco (%2).</translation>
    </message>
    <message>
        <source>The server's next page is the page itself.</source>
        <translation>La pagina successiva indicata dal server è la pagina stessa.</translation>
    </message>
</context>
<context>
    <name>PreferenceComparisonModel</name>
    <message>
        <source>Only in A</source>
        <translation>Solo in A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Solo in B</translation>
    </message>
    <message>
        <source>Differing</source>
        <translation>Diverse</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
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
        <translation>data sconosciuta</translation>
    </message>
    <message>
        <source>Your own preference</source>
        <translation>La tua preferenza</translation>
    </message>
    <message>
        <source>Your own preference (%1)</source>
        <translation>La tua preferenza (%1)</translation>
    </message>
    <message>
        <source>Preference of %1 (%2, id %3)</source>
        <translation>Preferenza di %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>The key must not be empty.</source>
        <translation>La chiave non deve essere vuota.</translation>
    </message>
    <message>
        <source>The key starts or ends with a space. Is that intended?</source>
        <translation>La chiave inizia o finisce con uno spazio. È voluto?</translation>
    </message>
    <message>
        <source>The value is empty. Enter JSON, such as "text", 42, true, null or {}.</source>
        <translation>Il valore è vuoto. Inserisci del JSON, come "testo", 42, true, null o {}.</translation>
    </message>
    <message>
        <source>Valid JSON: %1</source>
        <translation>JSON valido: %1</translation>
    </message>
    <message>
        <source>Not valid JSON yet</source>
        <translation>Non è ancora JSON valido</translation>
    </message>
    <message>
        <source>New Preference</source>
        <translation>Nuova preferenza</translation>
    </message>
    <message>
        <source>Edit Preference “%1”</source>
        <translation>Modifica la preferenza “%1”</translation>
    </message>
    <message>
        <source>New preference with the key “%1”.</source>
        <translation>Nuova preferenza con la chiave “%1”.</translation>
    </message>
    <message>
        <source>Key: “%1” → “%2”</source>
        <translation>Chiave: “%1” → “%2”</translation>
    </message>
    <message>
        <source>Key unchanged: “%1”</source>
        <translation>Chiave invariata: “%1”</translation>
    </message>
    <message>
        <source>The new value is not valid JSON; it is shown as typed.</source>
        <translation>Il nuovo valore non è JSON valido; è mostrato così come è stato scritto.</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>assegnato al salvataggio</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>non ancora salvata</translation>
    </message>
    <message>
        <source>Change the Type?</source>
        <translation>Cambiare il tipo?</translation>
    </message>
    <message>
        <source>Change the type of the value from %1 to %2?</source>
        <translation>Cambiare il tipo del valore da %1 a %2?</translation>
    </message>
    <message>
        <source>The value will become: %1</source>
        <translation>Il valore diventerà: %1</translation>
    </message>
    <message>
        <source>The preference cannot be saved: its list was closed.</source>
        <translation>Impossibile salvare la preferenza: il suo elenco è stato chiuso.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>this new preference</source>
        <translation>questa nuova preferenza</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them?</source>
        <translation>Le modifiche a “%1” non sono salvate. Scartarle?</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>e.g. notifications.email</source>
        <translation>ad es. notifications.email</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chiave:</translation>
    </message>
    <message>
        <source>Value pages</source>
        <translation>Pagine del valore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valore</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formatta</translation>
    </message>
    <message>
        <source>Indent the JSON, one member per line (keeps the key order)</source>
        <translation>Indenta il JSON, un membro per riga (mantiene l’ordine delle chiavi)</translation>
    </message>
    <message>
        <source>Co&amp;mpact</source>
        <translation>Comp&amp;atta</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compatta</translation>
    </message>
    <message>
        <source>Put the JSON on one line (keeps the key order)</source>
        <translation>Mette il JSON su una riga (mantiene l’ordine delle chiavi)</translation>
    </message>
    <message>
        <source>Value as JSON</source>
        <translation>Valore come JSON</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Modific&amp;he</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creata:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Ultimo aggiornamento:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>Value error</source>
        <translation>Errore nel valore</translation>
    </message>
    <message>
        <source>Go to Error</source>
        <translation>Vai all’errore</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Vai all’errore</translation>
    </message>
    <message>
        <source>Show where the JSON is wrong (Ctrl+E)</source>
        <translation>Mostra dove il JSON è sbagliato (Ctrl+E)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Send the changes to the server (Ctrl+S)</source>
        <translation>Invia le modifiche al server (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>There is no value yet. Type it on the JSON page.</source>
        <translation>Non c’è ancora un valore. Scrivilo nella pagina JSON.</translation>
    </message>
    <message numerus="yes">
        <source>array of %n element(s)</source>
        <translation>
            <numerusform>array di %n elemento</numerusform>
            <numerusform>array di %n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>object of %n member(s)</source>
        <translation>
            <numerusform>oggetto con %n membro</numerusform>
            <numerusform>oggetto con %n membri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, id %3)</translation>
    </message>
    <message>
        <source>Saved, but the server stored something other than what was sent. The editor now shows what the server holds.</source>
        <translation>Salvata, ma il server ha memorizzato qualcosa di diverso da ciò che è stato inviato. L’editor ora mostra ciò che contiene il server.</translation>
    </message>
    <message>
        <source>This user already has a preference with the key “%1” (id %2). Choose another key, or edit that preference instead.</source>
        <translation>Questo utente ha già una preferenza con la chiave “%1” (id %2). Scegli un’altra chiave, oppure modifica quella preferenza.</translation>
    </message>
    <message>
        <source>Preference Deleted</source>
        <translation>Preferenza eliminata</translation>
    </message>
    <message>
        <source>“%1” was deleted on the server while you were editing it. Create it again with your value?</source>
        <translation>“%1” è stata eliminata sul server mentre la stavi modificando. Crearla di nuovo con il tuo valore?</translation>
    </message>
    <message>
        <source>Not saved: “%1” no longer exists on the server. Your edit is kept here.</source>
        <translation>Non salvata: “%1” non esiste più sul server. La tua modifica resta qui.</translation>
    </message>
    <message>
        <source>Your edit was discarded. The editor shows what the server holds now.</source>
        <translation>La tua modifica è stata scartata. L’editor mostra ciò che contiene ora il server.</translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed on the server while you were editing it. Your edit is kept here; save again to merge it.</source>
        <translation>Non salvata: “%1” è stata cambiata sul server mentre la stavi modificando. La tua modifica resta qui; salva di nuovo per unirla.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Another preference of this user already has this key, so this one cannot be created. Choose another key, or edit that preference instead.</source>
        <translation>Un’altra preferenza di questo utente ha già questa chiave, quindi questa non può essere creata. Scegli un’altra chiave, oppure modifica quella preferenza.</translation>
    </message>
    <message>
        <source>Another preference of this user already has this key, so this one cannot be renamed to it. Choose another key.</source>
        <translation>Un’altra preferenza di questo utente ha già questa chiave, quindi questa non può essere rinominata così. Scegli un’altra chiave.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>T&amp;ree</source>
        <translation>Al&amp;bero</translation>
    </message>
    <message>
        <source>The JSON text has an error (%1). The tree shows the last valid value; fix the text on the JSON page to edit it here.</source>
        <translation>Il testo JSON ha un errore (%1). L’albero mostra l’ultimo valore valido; correggi il testo nella pagina JSON per modificarlo qui.</translation>
    </message>
</context>
<context>
    <name>PreferenceFile</name>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Il file non è JSON valido: %1.</translation>
    </message>
    <message>
        <source>The file is not a preference file: its "format" is not "%1".</source>
        <translation>Il file non è un file di preferenze: il suo "format" non è "%1".</translation>
    </message>
    <message>
        <source>The file does not say which version of the format it has.</source>
        <translation>Il file non dice quale versione del formato ha.</translation>
    </message>
    <message>
        <source>The file has version %1 of the format; this program reads version %2 only.</source>
        <translation>Il file ha la versione %1 del formato; questo programma legge solo la versione %2.</translation>
    </message>
    <message>
        <source>The file has no list of preferences ("%1").</source>
        <translation>Il file non ha un elenco di preferenze ("%1").</translation>
    </message>
    <message>
        <source>Preference %1 of the file is not an object.</source>
        <translation>La preferenza %1 del file non è un oggetto.</translation>
    </message>
    <message>
        <source>Preference %1 of the file has no key.</source>
        <translation>La preferenza %1 del file non ha una chiave.</translation>
    </message>
    <message>
        <source>Preference %1 of the file ("%2") has no value.</source>
        <translation>La preferenza %1 del file ("%2") non ha un valore.</translation>
    </message>
    <message>
        <source>The key "%1" is in the file twice (preferences %2 and %3).</source>
        <translation>La chiave "%1" è nel file due volte (preferenze %2 e %3).</translation>
    </message>
</context>
<context>
    <name>PreferenceModel</name>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>No connection to a server.</source>
        <translation>Nessuna connessione a un server.</translation>
    </message>
</context>
<context>
    <name>PreferencePage</name>
    <message>
        <source>Preference %1 of the page is not valid: %2</source>
        <translation>La preferenza %1 della pagina non è valida: %2</translation>
    </message>
</context>
<context>
    <name>PreferenceParser</name>
    <message>
        <source>the field "%1" is missing</source>
        <translation>manca il campo "%1"</translation>
    </message>
    <message>
        <source>the field "%1" is not a valid id</source>
        <translation>il campo "%1" non è un id valido</translation>
    </message>
    <message>
        <source>a preference must be a JSON object, not %1</source>
        <translation>una preferenza deve essere un oggetto JSON, non %1</translation>
    </message>
    <message>
        <source>the field "%1" is missing or not a string</source>
        <translation>il campo "%1" manca o non è una stringa</translation>
    </message>
    <message>
        <source>a user must be a JSON object, not %1</source>
        <translation>un utente deve essere un oggetto JSON, non %1</translation>
    </message>
</context>
<context>
    <name>PreferenceTableView</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Click to sort; right-click to show or hide columns</source>
        <translation>Clic per ordinare; clic destro per mostrare o nascondere le colonne</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Ripristina le colonne</translation>
    </message>
</context>
<context>
    <name>PreferenceWrite</name>
    <message>
        <source>No connection to a server.</source>
        <translation>Nessuna connessione a un server.</translation>
    </message>
    <message>
        <source>%1. The preferences were read again: it was not created.</source>
        <translation>%1. Le preferenze sono state rilette: non è stata creata.</translation>
    </message>
    <message>
        <source>%1. The preference was read again: it was not deleted.</source>
        <translation>%1. La preferenza è stata riletta: non è stata eliminata.</translation>
    </message>
    <message>
        <source>%1. The preference was read again: the change was not applied.</source>
        <translation>%1. La preferenza è stata riletta: la modifica non è stata applicata.</translation>
    </message>
    <message>
        <source>%1. Whether the change reached the server could not be found out (%2). Reload to see what the server holds.</source>
        <translation>%1. Non è stato possibile sapere se la modifica è arrivata al server (%2). Ricarica per vedere ciò che contiene il server.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Remembered sign-ins</source>
        <translation>Accessi salvati</translation>
    </message>
    <message>
        <source>&amp;Remembered sign-ins:</source>
        <translation>Accessi &amp;salvati:</translation>
    </message>
    <message>
        <source>Continue with the remembered sign-in</source>
        <translation>Continua con l’accesso salvato</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Dimentica</translation>
    </message>
    <message>
        <source>Forget the remembered sign-in</source>
        <translation>Dimentica l’accesso salvato</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>New sign-in…</source>
        <translation>Nuovo accesso…</translation>
    </message>
    <message>
        <source>You are signed in with this one; sign out first to forget it.</source>
        <translation>Stai usando questo accesso; disconnettiti prima di dimenticarlo.</translation>
    </message>
    <message>
        <source>Cont&amp;inue</source>
        <translation>Contin&amp;ua</translation>
    </message>
</context>
<context>
    <name>RestoreOperation</name>
    <message>
        <source>Reading your saved sign-in…</source>
        <translation>Lettura dell’accesso salvato…</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be read. Sign in again.</source>
        <translation>Impossibile leggere l’accesso salvato. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Il tuo accesso è scaduto. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Renewing your sign-in…</source>
        <translation>Rinnovo dell’accesso…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The session cannot be renewed; sign in again.</source>
        <translation>La sessione non può essere rinnovata; accedi di nuovo.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Disconnesso.</translation>
    </message>
</context>
<context>
    <name>SignInAttempt</name>
    <message>
        <source>Signing in as %1…</source>
        <translation>Accesso in corso come %1…</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>In attesa che tu acceda nel browser…</translation>
    </message>
    <message>
        <source>Paste an access token first.</source>
        <translation>Prima incolla un token di accesso.</translation>
    </message>
    <message>
        <source>The token contains spaces, line breaks or other characters that a token cannot have.</source>
        <translation>Il token contiene spazi, a capo o altri caratteri che un token non può avere.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L’accesso è stato annullato.</translation>
    </message>
    <message>
        <source>The community did not accept this access token (it may be wrong, expired or revoked).</source>
        <translation>La community non ha accettato questo token di accesso (potrebbe essere errato, scaduto o revocato).</translation>
    </message>
    <message>
        <source>Saving your sign-in…</source>
        <translation>Salvataggio dell’accesso…</translation>
    </message>
    <message>
        <source>Waiting for the keyring… Answer its window, or choose Cancel to continue without saving the sign-in.</source>
        <translation>In attesa del portachiavi… Rispondi alla sua finestra, oppure scegli Annulla per continuare senza salvare l’accesso.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Your sign-in has ended: %1 Sign in again.</source>
        <translation>Il tuo accesso è terminato: %1 Accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>https://community.example.org</source>
        <translation>https://community.example.org</translation>
    </message>
    <message>
        <source>Community address</source>
        <translation>Indirizzo della community</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>Community address problem</source>
        <translation>Problema con l’indirizzo della community</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Accedi con il &amp;browser</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Accedi con il browser</translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation>&amp;Nome utente e password</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Nome utente e password</translation>
    </message>
    <message>
        <source>Paste an access &amp;token</source>
        <translation>Incolla un &amp;token di accesso</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Incolla un token di accesso</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Impostazioni avanzate</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>Sign-in progress</source>
        <translation>Avanzamento dell’accesso</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Stato dell’accesso</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>C&amp;ontinue Without Saving</source>
        <translation>C&amp;ontinua senza salvare</translation>
    </message>
    <message>
        <source>Continue without saving the sign-in</source>
        <translation>Continua senza salvare l’accesso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Your web browser opens the community's sign-in page. Sign in there, then come back here.</source>
        <translation>Il browser apre la pagina di accesso della community. Accedi lì, poi torna qui.</translation>
    </message>
    <message>
        <source>Sign-in page address</source>
        <translation>Indirizzo della pagina di accesso</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>No&amp;me utente:</translation>
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
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>An access token or JWT from your community</source>
        <translation>Un token di accesso o JWT della tua community</translation>
    </message>
    <message>
        <source>Your browser could not be opened. Open this address in it:
%1</source>
        <translation>Impossibile aprire il browser. Apri questo indirizzo:
%1</translation>
    </message>
    <message>
        <source>%1 You are signed in as %2 for this session only; next time you will have to sign in again.</source>
        <translation>%1 Hai effettuato l’accesso come %2 solo per questa sessione; la prossima volta dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L’accesso è stato annullato.</translation>
    </message>
    <message>
        <source>Sign in again as %1 to continue.</source>
        <translation>Per continuare, accedi di nuovo come %1.</translation>
    </message>
    <message>
        <source>Forget Sign-In</source>
        <translation>Dimentica l’accesso</translation>
    </message>
    <message>
        <source>Forget the sign-in of %1 at %2? You will be signed out there and have to sign in again next time.</source>
        <translation>Dimenticare l’accesso di %1 su %2? La sessione su quella community verrà chiusa e la prossima volta dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <source>OAuth c&amp;lient ID:</source>
        <translation>&amp;ID client OAuth:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>To&amp;ken di accesso:</translation>
    </message>
</context>
<context>
    <name>SignInStep</name>
    <message>
        <source>The server's answer about your account is not usable: %1</source>
        <translation>La risposta del server sul tuo account non è utilizzabile: %1</translation>
    </message>
    <message>
        <source>Loading your account…</source>
        <translation>Caricamento del tuo account…</translation>
    </message>
</context>
<context>
    <name>TokenJob</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L’accesso è stato annullato.</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>The server's answer carries no access token.</source>
        <translation>La risposta del server non contiene un token di accesso.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>Save the open user's preferences to a file</source>
        <translation>Salva in un file le preferenze dell’utente aperto</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Write the preferences of a file into the open user's, after a preview</source>
        <translation>Scrivi le preferenze di un file in quelle dell’utente aperto, dopo un’anteprima</translation>
    </message>
    <message>
        <source>Preference files (*.json)</source>
        <translation>File di preferenze (*.json)</translation>
    </message>
    <message>
        <source>Export Preferences</source>
        <translation>Esporta preferenze</translation>
    </message>
    <message>
        <source>Import Preferences</source>
        <translation>Importa preferenze</translation>
    </message>
    <message>
        <source>Preferences Not Loaded</source>
        <translation>Preferenze non caricate</translation>
    </message>
    <message>
        <source>The preferences are not loaded yet. Wait until they are, or press F5.</source>
        <translation>Le preferenze non sono ancora caricate. Attendi che lo siano, oppure premi F5.</translation>
    </message>
    <message>
        <source>The preferences could not be written to %1: %2</source>
        <translation>Impossibile scrivere le preferenze in %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n preference(s) of %1 to %2.</source>
        <translation>
            <numerusform>Esportata %n preferenza di %1 in %2.</numerusform>
            <numerusform>Esportate %n preferenze di %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 non può essere importato. %2</translation>
    </message>
</context>
<context>
    <name>UserBanner</name>
    <message>
        <source>Whose preferences</source>
        <translation>Di chi sono le preferenze</translation>
    </message>
    <message>
        <source>Your preferences (%1)</source>
        <translation>Le tue preferenze (%1)</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un altro utente</translation>
    </message>
    <message>
        <source>Preferences of %1 (%2, id %3) — you are editing as %4</source>
        <extracomment>%1 real name (or user name), %2 user name, %3 user id, %4 your role, e.g. "admin"</extracomment>
        <translation>Preferenze di %1 (%2, id %3) — stai modificando come %4</translation>
    </message>
</context>
<context>
    <name>UserChoiceDialog</name>
    <message>
        <source>Name or id…</source>
        <translation>Nome o id…</translation>
    </message>
    <message>
        <source>Type a name or an id, Down picks a match, Enter takes it.</source>
        <translation>Scrivi un nome o un id; Giù sceglie un risultato, Invio lo conferma.</translation>
    </message>
    <message>
        <source>The user could not be found. %1</source>
        <translation>Non è stato possibile trovare l’utente. %1</translation>
    </message>
    <message>
        <source>%1 is the open user. Pick another user.</source>
        <translation>%1 è l’utente aperto. Scegli un altro utente.</translation>
    </message>
</context>
<context>
    <name>UserJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <source>Open user: name or id…</source>
        <translation>Apri utente: nome o id…</translation>
    </message>
    <message>
        <source>Open another user's preferences</source>
        <translation>Apri le preferenze di un altro utente</translation>
    </message>
    <message>
        <source>Type a user name, a real name or a numeric user id</source>
        <translation>Scrivi un nome utente, un nome reale o un id utente numerico</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Utenti corrispondenti</translation>
    </message>
</context>
<context>
    <name>UserSearchModel</name>
    <message>
        <source>Open the user with id %1</source>
        <translation>Apri l’utente con id %1</translation>
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
        <translation>%1 — eliminato</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Altri…</translation>
    </message>
    <message>
        <source>No user matches “%1”</source>
        <translation>Nessun utente corrisponde a “%1”</translation>
    </message>
</context>
<context>
    <name>UserTransferActions</name>
    <message>
        <source>Cop&amp;y to User…</source>
        <translation>&amp;Copia a un utente…</translation>
    </message>
    <message>
        <source>Write the selected preferences into another user's, after a preview (Ctrl+Shift+C)</source>
        <translation>Scrivi le preferenze selezionate in quelle di un altro utente, dopo un’anteprima (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <source>Com&amp;pare with User…</source>
        <translation>Con&amp;fronta con un utente…</translation>
    </message>
    <message>
        <source>Show the open user's preferences beside another user's (Ctrl+Shift+D)</source>
        <translation>Mostra le preferenze dell’utente aperto accanto a quelle di un altro utente (Ctrl+Maiusc+D)</translation>
    </message>
    <message>
        <source>Copy to User</source>
        <translation>Copia a un utente</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n selected preference(s) of %1 &amp;to:</source>
        <translation>
            <numerusform>Copia %n preferenza selezionata di %1 &amp;a:</numerusform>
            <numerusform>Copia %n preferenze selezionate di %1 &amp;a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy to %1</source>
        <translation>Copia a %1</translation>
    </message>
    <message>
        <source>The preferences of %1 could not be read. %2</source>
        <translation>Non è stato possibile leggere le preferenze di %1. %2</translation>
    </message>
    <message>
        <source>Compare with User</source>
        <translation>Confronta con un utente</translation>
    </message>
    <message>
        <source>Compare the preferences of %1 &amp;with:</source>
        <translation>Confronta le preferenze di %1 &amp;con:</translation>
    </message>
</context>
<context>
    <name>ValueQuickEdit</name>
    <message>
        <source>Value type</source>
        <translation>Tipo del valore</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Stringa</translation>
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
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Boolean value</source>
        <translation>Valore booleano</translation>
    </message>
    <message>
        <source>Number value</source>
        <translation>Valore numerico</translation>
    </message>
    <message>
        <source>e.g. 42, -7, 3.14 or 6.02e23</source>
        <translation>ad es. 42, -7, 3.14 o 6.02e23</translation>
    </message>
    <message>
        <source>Text value</source>
        <translation>Valore di testo</translation>
    </message>
    <message>
        <source>Type the text as it is; no quotes needed</source>
        <translation>Scrivi il testo così com’è; le virgolette non servono</translation>
    </message>
    <message>
        <source>Quotes, backslashes and line breaks are escaped for you.</source>
        <translation>Virgolette, barre rovesciate e a capo vengono gestiti per te.</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>Modifica come JSON</translation>
    </message>
    <message>
        <source>The JSON is not valid. Fix it on the JSON page first.</source>
        <translation>Il JSON non è valido. Correggilo prima nella pagina JSON.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
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
        <translation>Il valore è null.</translation>
    </message>
    <message>
        <source>Edit this value as JSON.</source>
        <translation>Modifica questo valore come JSON.</translation>
    </message>
    <message>
        <source>Not a complete number yet.</source>
        <translation>Non è ancora un numero completo.</translation>
    </message>
    <message>
        <source>Edit &amp;as JSON</source>
        <translation>&amp;Modifica come JSON</translation>
    </message>
    <message numerus="yes">
        <source>The value is an array of %n element(s).</source>
        <translation>
            <numerusform>Il valore è un array di %n elemento.</numerusform>
            <numerusform>Il valore è un array di %n elementi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value is an object with %n member(s).</source>
        <translation>
            <numerusform>Il valore è un oggetto con %n membro.</numerusform>
            <numerusform>Il valore è un oggetto con %n membri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept exactly as written. A double cannot hold this number, so programs that read numbers as doubles may see it rounded.</source>
        <translation>Conservato esattamente come scritto. Un double non può contenere questo numero, quindi i programmi che leggono i numeri come double potrebbero vederlo arrotondato.</translation>
    </message>
</context>
</TS>
