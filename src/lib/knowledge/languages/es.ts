/**
 * Spanish: Microsoft 365 / Exchange / Outlook non-delivery reports in Spanish, Gmail's
 * Spanish notices, Telefónica / Movistar and Latin American providers, Domino in Spanish.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Spanish): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
// lang20: the exact wording of real localised notices and help pages.
const REAL20_G20 = "Gmail help in Spanish, the error headings (support.google.com/mail/answer/6596?hl=es-419)";
const REAL20_E20 = "Microsoft, \"DSN y NDR en Exchange 2013\" (technet es-es): the causes of 5.1.1, 5.2.2, 5.3.4 in Spanish";
const REAL20_D20 = "Sisimai Lhost/Domino: the Spanish Domino router's \"no se encuentra en el Directorio de Domino\"";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Spanish (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Spanish (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "se leyó el …", "se eliminó sin leerse el …")';
const TB_RECEIPT = 'Thunderbird\'s return receipt in Spanish (the text part of its MDN, Thunderbird\'s msgmdn strings: "This is a Return Receipt for the mail that you sent to …", translated)';

const OUTLOOK = 'Outlook / Exchange notice in Spanish ("Algunos de los destinatarios no recibieron su mensaje", "No se ha podido realizar la entrega a estos destinatarios o listas de distribución")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Spanish ("No se pudo entregar el mensaje a …" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Spanish ("No se puede entregar:", "Error en la entrega a estos destinatarios o grupos", and the per-code explanations)';
const GMAIL = 'Gmail, Spanish notices and help page (support.google.com/mail/answer/6596?hl=es)';
const DOMINO = 'HCL/IBM Domino router, Spanish translation of "not listed in Domino Directory"';
const OBS = 'Observed wording of Spanish and Latin American providers\' SMTP replies (Telefónica/Movistar, Terra, universities)';
const PLAIN = 'Plain Spanish wording of the cause, where no provider\'s own text was found ("Demasiadas conexiones", "Virus detectado", "la cuenta ha sido suspendida")';
const R22_SENDER_UNKNOWN = 'Postfix "Sender address rejected: Domain not found" / RFC 3463 5.1.7-5.1.8 (a bad sender address) in plain Spanish (lang22 round): the sender\'s address or its domain unknown, the adjective before the noun ("dominio de su dirección de remitente"): the sender refused, not the recipient\'s address';
const R22_CLOSED = 'Plain Spanish wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Spanish wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("del destinatario ha sido archivado"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Spanish (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Spanish ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Spanish), and the same warning of providers\' webmail';

const CLIENT = "Outlook's Spanish message header labels (De / Enviado el / Para / Asunto), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Spanish: "reglas de la bandeja de entrada"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Spanish documentation ("reglas de flujo de correo (reglas de transporte)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Spanish): a policy, not the address';
const R21_PLAIN = 'Plain Spanish wording of the cause (lang21 round), where no provider\'s own text was found';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Spanish (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Spanish: a policy on content, not a virus';
const R21_CONN = 'Plain Spanish wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Spanish wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Spanish), qmail\'s "This message is looping": the plain words for it in Spanish';

// lang23: the sending host's own faults and a group's allow list, in Spanish.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Spanish (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Spanish (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Spanish (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Spanish (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Spanish (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Spanish ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';
const LIST32 = 'audit32: a mailing list\'s notice to a subscriber that they were removed or unsubscribed (Mailman\'s "You have been unsubscribed from the … mailing list" and "Your membership … has been disabled due to excessive bounces", translated in its catalogues; Sympa\'s removal notices): a notice to the reader, no bounce';

export const es: LanguageWording = {
  code: 'es',
  name: 'Spanish',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'registro PTR', 'DNS inverso', 'resolución inversa'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Almacenamiento del sistema insuficiente', 'disco del servidor está lleno'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'sobrecargado'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'dirección de correo electrónico del destinatario ha cambiado', 'dirección del destinatario ha cambiado'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'solo acepta mensajes de', 'sólo acepta mensajes de', 'lista de remitentes permitidos'),
      ...from(R21_RULES, 'regla del buzón', 'regla del destinatario', 'filtro del destinatario', 'regla de la bandeja de entrada'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R29_TLS, 'no se pudo establecer una conexión segura', 'error en la conexión TLS', 'no se pudo establecer una conexión', 'no se pudo establecer la conexión', 'fallo en el protocolo TLS'),
      ...from(R21_LOOP, 'bucle de correo', 'bucle de enrutamiento', 'demasiados saltos'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'número de saltos'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'error de conexión', 'servidor de correo del destinatario no está accesible', 'servidor inaccesible'),
    ],
    userunknown: [
      ...from(R21_PLAIN, 'cuenta de correo inexistente'),
      ...from(HEADING, 'destinatarios no existen', 'direcciones no existen', 'destinatarios son desconocidos', 'direcciones son desconocidas'),
      ...from(REAL20_E20, 'El destinatario no existe en el sistema de correo electrónico de destino'),
      ...from(REAL20_D20, 'no se encuentra en el Directorio de Domino'),
      ...from(REAL20_G20, 'La dirección de correo electrónico del destinatario no existe', 'La cuenta de correo electrónico no existe'),
      // No mailbox with the address ("No hay ningún buzón con esta dirección").
      ...from(PLAIN, 'No hay ningún buzón', 'ningún buzón con esta dirección'),
      ...from(OBS, 'usuario no encontrado', 'destinatario no encontrado', 'la cuenta no existe'),
      ...from(OBS, 'Dirección no válida', 'dirección inválida', 'destinatario inexistente'),
      ...from(EXCH, 'no se encontraba en el dominio de destino', 'no se encontró en el dominio de destino',
        'no se encontraba'),
      ...from(M365, 'No se encontró el destinatario', 'no se encontró en', 'no se ha encontrado'),
      ...from(EXCH, 'No se encontró la dirección de correo electrónico que escribió',
        'No se pudo encontrar la dirección de correo electrónico', 'ya no existe'),
      ...from(GMAIL, 'La cuenta de correo electrónico que intentaste contactar no existe',
        'La cuenta de correo no existe'),
      ...from(DOMINO, 'no figura en el directorio', 'no aparece en el directorio'),
      ...from(OBS, 'usuario desconocido', 'destinatario desconocido', 'usuario no existe',
        'usuario inexistente', 'no existe', 'dirección desconocida', 'dirección inexistente',
        'buzón inexistente', 'el buzón no existe', 'destinatario no válido', 'cuenta inexistente'),
      ...from(M365, 'No se encontró'),
      ...from(PLAIN, 'dirección de correo no válida'),
      ...from(PLAIN, 'no existe ningún buzón'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'no corresponde a ninguna cuenta', 'no pertenece a ninguna cuenta'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'cuota de almacenamiento excedida'),
      ...from(HEADING, 'buzones están llenos', 'buzones llenos', 'buzones de los siguientes destinatarios están llenos'),
      ...from(OBS, 'buzón completo', 'buzón saturado', 'sin espacio disponible'),
      ...from(EXCH, 'El buzón del destinatario está lleno', 'no puede aceptar mensajes en este momento'),
      ...from(GMAIL, 'La bandeja de entrada del destinatario está llena',
        'no tiene espacio de almacenamiento', 'espacio de almacenamiento'),
      ...from(OBS, 'buzón lleno', 'buzon lleno', 'buzón está lleno', 'cuota excedida', 'cuota superada',
        'excede la cuota', 'límite de espacio', 'casilla llena', 'casilla de correo llena'),
      ...from(OBS, 'buzón de correo lleno', 'buzón de correo está lleno', 'está lleno', 'está llena'),
      ...from(PLAIN, 'superado su cuota', 'superado la cuota', 'excedido su cuota', 'excedido la cuota'),
      ...from(PLAIN, 'no tiene espacio'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'del destinatario ha sido archivado', 'del destinatario está archivado'),
      ...from(R22_CLOSED, 'buzón es de solo lectura', 'buzón de solo lectura', 'buzón archivado', 'buzón ha sido archivado', 'la cuenta ha caducado', 'cuenta caducada', 'la cuenta ha expirado', 'cuenta expirada', 'por falta de pago', 'por impago'),
      ...from(R21_PLAIN, 'cuenta del destinatario está inactiva', 'cuenta está inactiva'),
      ...from(OBS, 'buzón desactivado'),
      ...from(EXCH, 'El buzón está deshabilitado', 'buzón deshabilitado'),
      ...from(OBS, 'cuenta desactivada', 'cuenta suspendida', 'cuenta deshabilitada', 'cuenta bloqueada',
        'cuenta inactiva', 'buzón inactivo', 'buzón bloqueado'),
      ...from(OBS, 'cuenta del destinatario está deshabilitada', 'está deshabilitada', 'está desactivada', 'está suspendida'),
      ...from(PLAIN, 'ha sido suspendida', 'ha sido suspendido', 'ha sido deshabilitada', 'ha sido desactivada'),
      ...from(PLAIN, 'por inactividad'),
      ...from(PLAIN, 'ya no está activa', 'ya no está activo'),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'ningún servidor de correo', 'servidor de correo para el dominio'),
      // The domain without MX records, the plural verb "no existen" before its subject (round bounds33): not the mailbox.
      ...from(PLAIN, 'no existen registros mx', 'no existe ningún registro mx', 'no existe registro mx'),
      ...from(EXCH, 'El dominio no existe', 'no se encontró el dominio', 'dominio no encontrado'),
      ...from(OBS, 'dominio no existe', 'dominio desconocido', 'dominio inexistente', 'host desconocido'),
      ...from(OBS, 'dominio del destinatario no existe'),
      ...from(GMAIL, 'no se ha encontrado el dominio'),
    ],
    mesgtoobig: [
      ...from(REAL20_E20, 'supera el límite de tamaño'),
      ...from(EXCH, 'El mensaje es demasiado grande', 'supera el tamaño máximo', 'excede el tamaño máximo',
        'tamaño del mensaje supera'),
      ...from(OBS, 'mensaje demasiado grande', 'demasiado grande', 'tamaño máximo permitido'),
      ...from(PLAIN, 'tamaño permitido'),
      ...from(PLAIN, 'tamaño del mensaje excede'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'puntuación de spam'),
      ...from(GMAIL, 'marcado como spam', 'se marcó como spam'),
      ...from(OBS, 'detectado como spam', 'considerado spam', 'considerado como spam',
        'identificado como spam', 'correo no deseado', 'sospechoso de spam'),
      ...from(PLAIN, 'marcado como no deseado', 'considerado no deseado', 'como correo no deseado'),
      ...from(PLAIN, 'filtro antispam del destinatario'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Host cliente rechazado', 'no se encuentra su nombre de host', 'nombre de host de su servidor'),
      ...from(R23_HELO, 'Comando HELO rechazado', 'Comando EHLO rechazado', 'HELO rechazado'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'en el HELO', 'nombre HELO'),
      ...from(OBS, 'dirección IP bloqueada', 'lista negra', 'servidor bloqueado', 'IP bloqueada',
        'mala reputación'),
      ...from(PLAIN, 'lista de bloqueo', 'lista de bloqueados'),
    ],
    rejected: [
      ...from(R22_SENDER_UNKNOWN, 'dominio de su dirección de remitente', 'dominio de la dirección del remitente'),
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'rechazado por el moderador', 'El moderador del grupo rechazó', 'el moderador rechazó'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'no acepta correos de su dirección', 'no acepta mensajes de su dirección', 'no acepta correos de tu dirección'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'ha bloqueado su dirección', 'ha bloqueado tu dirección'),
      ...from(OBS, 'remitente rechazado', 'remitente bloqueado', 'remitente está bloqueado', 'remitente no válido', 'remitente inválido',
        'dominio del remitente'),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'no tiene permiso para enviar a este destinatario', 'autorizada para enviar a este destinatario', 'autorizado para enviar a este destinatario'),
      ...from(R21_BANNED, 'archivos adjuntos de tipo', 'tipo de archivo adjunto'),
      ...from(R21_TRANSPORT, 'regla de transporte', 'regla de flujo de correo'),
      ...from(EXCH, 'No tiene permiso para enviar', 'no tiene permisos para enviar', 'debido a la directiva',
        'directiva de seguridad'),
      ...from(OBS, 'política de seguridad', 'infringe la política', 'adjunto no permitido',
        'archivo adjunto no permitido'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'archivos adjuntos de este tipo', 'adjuntos de este tipo', 'contenido prohibido', 'contenido no permitido'),
    ],
    norelaying: [
      ...from(OBS, 'no se permite el reenvío', 'acceso de retransmisión denegado', 'relay no permitido',
        'retransmisión denegada', 'reenvío no permitido', 'relay denegado'),
      ...from(PLAIN, 'no se permite el relay', 'no se permite la retransmisión'),
      ...from(PLAIN, 'no acepta reenviar'),
    ],
    virusdetected: [
      ...from(PLAIN, 'virus detectado', 'contiene un virus', 'software malicioso', 'infectado'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'número máximo de destinatarios', 'destinatarios por mensaje'),
      ...from(PLAIN, 'demasiadas conexiones', 'demasiados destinatarios'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'cuota de envío', 'cuota diaria de envío'),
      ...from(REAL20_G20, 'límite para enviar correos'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'demasiado rápido', 'velocidad de envío'),
    // The sender's own sending limit, per day or in all (Gmail's "You have reached a limit for sending mail", Microsoft's 5.2.121 / 5.1.90 daily limit), the adjective before or after the noun.
      ...from(PLAIN, 'límite diario de envío', 'límite de envío diario'),
      ...from(PLAIN, 'demasiados mensajes', 'demasiados correos', 'límite de envío'),
    ],
    expired: [
      ...from(R21_PLAIN, 'superó el tiempo máximo en la cola'),
      ...from(PLAIN, 'ha desistido'),
      // The server stopped trying ("El servidor ha dejado de intentarlo"): it gave up.
      ...from(PLAIN, 'ha dejado de intentarlo', 'dejó de intentarlo'),
      ...from(OBS, 'el mensaje caducó', 'el mensaje ha caducado', 'tiempo de entrega agotado'),
      ...from(EXCH, 'no se pudo entregar en el plazo', 'El mensaje ha expirado',
        'tiempo de entrega expirado'),
      ...from(OBS, 'tiempo de espera agotado', 'demasiado tiempo en la cola', 'se agotaron los reintentos'),
      ...from(OBS, 'se agotó el tiempo de entrega', 'se agotó el plazo de entrega'),
      ...from(PLAIN, 'se abandonó la entrega', 'días de intentos'),
      ...from(PLAIN, 'se canceló la entrega'),
    ],
    authfailure: [
      ...from(OBS, 'verificación SPF', 'comprobación SPF', 'error de autenticación', 'falló la autenticación'),
    ],
  },
  broad: ['espacio de almacenamiento', 'está lleno', 'está llena', 'No se encontró', 'Dirección no válida', 'dirección inválida', 'dirección de correo no válida'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Spanish (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'buzón temporalmente no disponible'),
    // A short notice's sentence that the recipient's server refused the message, no cause named (English "the recipient's server rejected your message").
    ...from(PLAIN, 'servidor del destinatario rechazó', 'rechazó su mensaje', 'rechazó tu mensaje'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Mensaje bloqueado'),
    ...from(PLAIN, 'no fue entregado', 'no ha sido entregado'),
    ...from(OUTLOOK, 'Algunos de los destinatarios no recibieron su mensaje',
      'No se ha podido realizar la entrega',
      'Microsoft Exchange no intentará volver a entregar este mensaje', 'rechazó tus mensajes'),
    ...from(OBS, 'no pudo entregar', 'no pudo ser entregado al destinatario'),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'Error al entregar el mensaje a estos destinatarios o grupos'),
    ...from(EXCH, 'No se puede entregar', 'Error en la entrega a estos destinatarios o grupos',
      'Información de diagnóstico para administradores', 'no llegó a algunos o a todos los destinatarios',
      'No entregado', 'Imposible de entregar'),
    ...from(M365, 'No se pudo entregar el mensaje', 'No se pudo entregar', 'no se ha podido entregar'),
    ...from(GMAIL, 'No se ha encontrado la dirección', 'No se ha entregado el mensaje', 'no se ha entregado'),
    ...from(OBS, 'no pudo ser entregado', 'no pudo ser entregada', 'no se pudo enviar',
      'fallo en la entrega', 'error de entrega', 'entrega fallida', 'mensaje no entregado',
      'Este mensaje fue creado automáticamente'),
    ...from(PLAIN, 'no se entregó'),
  ],
  listLead: [
    ...from(HEADING, 'siguientes buzones', 'siguientes cuentas'),
    ...from(DOMINO, 'no se ha entregado a', 'no fue entregado a'),
    ...from(OUTLOOK, 'No se puede localizar a los destinatarios siguientes', 'destinatarios siguientes',
      'No se ha podido realizar la entrega a estos destinatarios o listas de distribución'),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'Error al entregar el mensaje a estos destinatarios o grupos'),
    ...from(EXCH, 'Error en la entrega a estos destinatarios o grupos', 'los siguientes destinatarios',
      'siguientes direcciones'),
  ],
  delayed: [
    // "el servidor lo reintentará en 30 minutos" (the clitic before the verb, as "se reintentará").
    ...from(PLAIN, 'lo reintentará', 'sigue en la cola'),
    // A short delay sentence: the delivery is delayed, a new attempt follows (as in the other languages).
    ...from(PLAIN, 'está retrasada', 'se hará un nuevo intento', 'un nuevo intento'),
    // A provider's warning: the message "todavía no ha podido ser entregado", the server "seguirá intentándolo" (the clitic form of "seguirá intentando").
    ...from(PLAIN, 'seguirá intentándolo', 'todavía no ha podido ser entregado', 'aún no ha podido ser entregado'),
    ...from(EXCH, 'se ha retrasado', 'se seguirá intentando', 'seguirá intentando entregar',
      'Entrega retrasada', 'La entrega a estos destinatarios o grupos se ha retrasado',
      'todavía no se ha entregado', 'aún no se ha entregado'),
    ...from(OBS, 'Esto es solo una advertencia', 'no es necesario que vuelva a enviar',
      'se volverá a intentar', 'seguirá intentando', 'entrega demorada'),
    ...from(GMAIL, 'Se ha producido un problema temporal', 'volverá a intentarlo'),
    ...from(PLAIN, 'lo intentará de nuevo', 'todavía no se ha podido entregar'),
    ...from(PLAIN, 'aún no ha sido entregado', 'todavía no ha sido entregado', 'se reintentará'),
  ],
  recipientBefore: [
    // "The delivery to <addr>" before the address, in a short delay or failure sentence (as German "Zustellung an").
    ...from(PLAIN, 'La entrega a', 'entrega a'),
    // A help desk's or a person's retelling of the notice ("your email to <addr> came back because …"): the everyday word for the email before the address.
    ...from(PLAIN, 'Tu correo a', 'Su correo a', 'Tu email a', 'Su email a'),
    ...from(GMAIL, 'no se ha entregado a'),
    ...from(M365, 'No se pudo entregar el mensaje a', 'entregar el mensaje a', 'destinatario',
      'Dirección del destinatario', 'entregado a'),
    ...from(OBS, 'Su mensaje para', 'Tu mensaje para', 'Su mensaje a', 'Tu mensaje a', 'El mensaje para'),
    ...from(PLAIN, 'El correo para', 'correo para'),
  ],
  recipientAfter: [
    ...from(OBS, 'fue rechazado', 'ha sido rechazado', 'fue rechazada'),
  ],
  toLabel: [...from(CLIENT, 'Para')],
  clientFrom: [...from(CLIENT, 'De')],
  clientSent: [...from(CLIENT, 'Enviado', 'Enviado el')],
  returnedStart: [
    ...from(EXCH, 'Encabezados del mensaje original', 'Mensaje original'),
  ],
  reasonLead: [
    ...from(OBS, 'Motivo', 'Razón', 'porque', 'Error'),
  ],
  errorLabel: [...from(OBS, 'Error', 'Error del servidor', 'Código de error')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, 'error temporal', 'fallo temporal', 'problema temporal', 'temporalmente', 'rechazo temporal')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'posibles causas', 'posibles motivos', 'causas posibles'), ...from(HEDGE32, 'es posible que', 'posiblemente', 'quizás', 'quizá', 'probablemente', 'puede que')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Consejo', 'Sugerencia', 'Compruebe', 'Verifique', 'Por favor, verifique', 'Para más información', 'Póngase en contacto')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Spanish (lang21 round): a check that found nothing', 'no se detectó ningún virus', 'ningún virus', 'sin virus', 'comprobación antispam: superada', 'no es spam')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Spanish, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Su buzón está casi lleno', 'Tu buzón está casi lleno', 'Su buzón de correo está casi lleno', 'Tu bandeja de entrada está casi llena', 'Su buzón está lleno', 'Tu buzón está lleno')],
  // Exchange's delivery and relay notifications in Spanish: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Su mensaje se ha entregado a los siguientes destinatarios', 'Su mensaje se entregó a los siguientes destinatarios', 'Se ha completado la entrega a estos destinatarios o grupos')],
  // Outlook's read receipt in Spanish (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Su mensaje'),
    subject: from(RECEIPT, 'Asunto'),
    read: from(RECEIPT, 'se leyó el', 'fue leído el'),
    deleted: from(RECEIPT, 'se eliminó sin leerse', 'fue eliminado sin leerse', 'fue eliminado sin ser leído'),
    statement: from(TB_RECEIPT, 'Este es un acuse de recibo … envió a', 'Este es un acuse de recibo … enviado a'),
  },
  listRemoved: [...from(LIST32, 'se ha dado de baja su suscripción', 'ha sido dado de baja de la lista', 'su suscripción a la lista')],
};
