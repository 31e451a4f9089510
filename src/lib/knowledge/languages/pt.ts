/**
 * Portuguese (Portugal and Brazil): Microsoft 365 / Exchange / Outlook non-delivery
 * reports in Portuguese, Gmail's Portuguese notices, UOL, BOL, Terra, Locaweb, SAPO, Domino.
 */
import { first, from, type LanguageWording } from './types.ts';
const REAL20_H = "Exchange / Microsoft 365 NDR heading as the lead's brief for round lang20 quotes localised notices pasted in public forum posts (the translation of \"Delivery has failed to these recipients or groups\"); not found verbatim in our own searches, kept beside the older translation already here";
// lang20: the exact wording of real localised notices and help pages.
const REAL20_M20 = "Microsoft support pt-PT, \"Recebi um erro 550, 553 ou de proibição de reencaminhamento\": Outlook's own error text (\"Não foi possível enviar a mensagem porque um dos destinatários foi rejeitado pelo servidor. O endereço de e-mail rejeitado era …\", \"Reencaminhamento Recusado\")";
const REAL20_W20 = "Google Workspace \"Erros e códigos SMTP do Gmail\" (pt-BR): the Portuguese texts of 450 4.2.1 and 452 4.2.2";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Portuguese (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Portuguese (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "foi lida em …", "foi excluída sem ser lida em …" (pt-PT "eliminada"))';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Portuguese ("Sua mensagem não chegou a alguns ou a todos os destinatários")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Portuguese ("Não foi possível entregar a sua mensagem a …" layout, pt-PT and pt-BR)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Portuguese ("Não é possível entregar:", "Falha na entrega a estes destinatários ou grupos", and the per-code explanations)';
const GMAIL = 'Gmail, Portuguese notices and help page (support.google.com/mail/answer/6596?hl=pt-BR)';
const DOMINO = 'HCL/IBM Domino router, Portuguese translation of "not listed in Domino Directory"';
const OBS = 'Observed wording of Brazilian and Portuguese providers\' SMTP replies (UOL, BOL, Terra, Locaweb, SAPO)';
const PLAIN = 'Plain Portuguese wording of the cause, where no provider\'s own text was found ("Muitas conexões", "Vírus detectado", "a conta foi suspensa")';
const R22_CLOSED = 'Plain Portuguese wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Portuguese wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("do destinatário foi arquivada"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Portuguese (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Portuguese ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Portuguese), and the same warning of providers\' webmail';

const CLIENT = "Outlook's Portuguese message header labels (De / Enviado / Para / Assunto), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Portuguese: "regras da caixa de entrada"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Portuguese documentation ("regras de fluxo de email (regras de transporte)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Portuguese): a policy, not the address';
const R21_PLAIN = 'Plain Portuguese wording of the cause (lang21 round), where no provider\'s own text was found';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Portuguese (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Portuguese: a policy on content, not a virus';
const R21_CONN = 'Plain Portuguese wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Portuguese wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Portuguese), qmail\'s "This message is looping": the plain words for it in Portuguese';

// lang23: the sending host's own faults and a group's allow list, in Portuguese.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Portuguese (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Portuguese (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Portuguese (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Portuguese (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Portuguese (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Portuguese ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';
const LIST32 = 'audit32: a mailing list\'s notice to a subscriber that they were removed or unsubscribed (Mailman\'s "You have been unsubscribed from the … mailing list" and "Your membership … has been disabled due to excessive bounces", translated in its catalogues; Sympa\'s removal notices): a notice to the reader, no bounce';

export const pt: LanguageWording = {
  code: 'pt',
  name: 'Portuguese',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'registro PTR', 'registo PTR', 'DNS reverso'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Armazenamento do sistema insuficiente', 'sem espaço em disco', 'espaço em disco do servidor insuficiente', 'disco do servidor está cheio'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'sobrecarregado'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'endereço de email do destinatário foi alterado', 'endereço de e-mail do destinatário foi alterado', 'endereço do destinatário foi alterado'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'só aceita mensagens de', 'lista de remetentes permitidos'),
      ...from(R21_RULES, 'regra de filtro do destinatário', 'regra do destinatário', 'filtro do destinatário', 'regra da caixa de entrada'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R21_LOOP, 'loop de e-mail', 'loop de email', 'loop de correio', 'loop de mensagens'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'contagem de saltos excedida'),
      // A DNS lookup that failed for now (lang21): a network matter, as English "DNS error".
      ...from(R21_PLAIN, 'erro de DNS', 'erro temporário de DNS', 'não foi possível resolver o domínio'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'falha na conexão', 'servidor de e-mail do destinatário está inacessível', 'servidor inacessível'),
    ],
    userunknown: [
      // No mailbox matches the address ("Nenhuma caixa postal corresponde a este endereço").
      ...from(PLAIN, 'Nenhuma caixa postal corresponde', 'Nenhuma caixa de correio corresponde'),
      ...from(OBS, 'usuário não encontrado', 'conta não encontrada', 'caixa postal não encontrada'),
      ...from(OBS, 'Destinatário inexistente', 'Endereço inválido'),
      ...from(M365, 'Destinatário não encontrado', 'não foi encontrado em', 'não foi encontrado'),
      ...from(EXCH, 'O endereço de email que você inseriu não foi encontrado',
        'Não foi possível encontrar o endereço de email', 'já não existe', 'não existe mais'),
      ...from(GMAIL, 'A conta de e-mail que você tentou acessar não existe', 'A conta de e-mail não existe'),
      ...from(DOMINO, 'não está listado no diretório', 'não consta do diretório'),
      ...from(OBS, 'usuário desconhecido', 'usuario desconhecido', 'utilizador desconhecido',
        'destinatário desconhecido', 'não existe', 'nao existe', 'usuário inexistente',
        'usuario inexistente', 'conta inexistente', 'endereço inexistente', 'destinatário inválido',
        'caixa postal inexistente'),
      ...from(OBS, 'e-mail inexistente', 'email inexistente', 'usuário inválido'),
      ...from(PLAIN, 'não existe nenhuma caixa'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'não corresponde a nenhuma conta', 'não pertence a nenhuma conta'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'cota de armazenamento excedida'),
      // No space left ("não tem mais espaço disponível").
      ...from(PLAIN, 'não tem mais espaço', 'sem espaço disponível'),
      // Brazilian providers (UOL, BOL) say the mailbox "está lotada" (is crammed full), beside "caixa postal lotada".
      ...from(OBS, 'caixa postal do destinatário está lotada', 'está lotada'),
      ...from(OBS, 'caixa de entrada cheia', 'caixa lotada', 'espaço insuficiente'),
      ...from(EXCH, 'A caixa de correio do destinatário está cheia', 'não pode aceitar mensagens no momento'),
      ...from(GMAIL, 'A caixa de entrada do destinatário está cheia', 'não tem espaço de armazenamento',
        'espaço de armazenamento'),
      ...from(OBS, 'caixa postal cheia', 'caixa de correio cheia', 'caixa cheia', 'cota excedida',
        'quota excedida', 'caixa postal do destinatário está cheia', 'limite de espaço', 'excedeu a cota'),
      ...from(OBS, 'caixa postal lotada', 'está cheia'),
      ...from(PLAIN, 'sem espaço'),
      ...from(PLAIN, 'limite de armazenamento'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'do destinatário foi arquivada', 'do destinatário está arquivada'),
      ...from(R22_CLOSED, 'caixa postal está em modo somente leitura', 'caixa postal somente leitura', 'caixa de correio somente leitura', 'caixa postal arquivada', 'caixa postal foi arquivada', 'a conta expirou', 'conta expirada', 'por falta de pagamento'),
      ...from(R21_PLAIN, 'conta do destinatário está inativa', 'conta está inativa'),
      ...from(EXCH, 'A caixa de correio está desabilitada', 'caixa de correio desativada'),
      ...from(OBS, 'conta desativada', 'conta suspensa', 'conta bloqueada', 'conta inativa',
        'caixa postal bloqueada', 'caixa postal desativada', 'usuário bloqueado'),
      ...from(OBS, 'conta do destinatário está desativada', 'está desativada', 'foi desativada'),
      ...from(PLAIN, 'foi suspensa', 'foi suspenso'),
      ...from(PLAIN, 'por inatividade'),
      ...from(PLAIN, 'não está mais ativa', 'não está mais ativo'),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'nenhum servidor de e-mail', 'nenhum servidor de email', 'servidor de e-mail para o domínio'),
      ...from(EXCH, 'O domínio não existe', 'domínio não encontrado'),
      ...from(OBS, 'domínio não existe', 'domínio desconhecido', 'domínio inexistente',
        'dominio inexistente', 'host desconhecido'),
      ...from(OBS, 'domínio do destinatário não existe'),
    ],
    mesgtoobig: [
      ...from(EXCH, 'A mensagem é muito grande', 'excede o tamanho máximo', 'tamanho da mensagem excede',
        'tamanho máximo permitido'),
      ...from(OBS, 'mensagem muito grande', 'mensagem excede', 'mensagem demasiado grande'),
      ...from(PLAIN, 'grandes demais', 'grande demais'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'pontuação de spam'),
      ...from(GMAIL, 'marcada como spam', 'sinalizada como spam'),
      ...from(OBS, 'identificada como spam', 'considerada spam', 'detectada como spam',
        'classificada como spam', 'lixo eletrônico', 'suspeita de spam'),
      ...from(PLAIN, 'filtro antispam do destinatário'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Host cliente rejeitado', 'encontrar seu nome de host', 'nome de host do seu servidor'),
      ...from(R23_HELO, 'Comando HELO rejeitado', 'Comando EHLO rejeitado', 'HELO rejeitado'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'informado no HELO', 'indicado no HELO', 'nome HELO'),
      ...from(OBS, 'endereço IP bloqueado', 'lista negra', 'IP bloqueado', 'servidor bloqueado',
        'má reputação'),
      ...from(PLAIN, 'lista de bloqueio', 'lista de bloqueados'),
    ],
    rejected: [
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'rejeitada pelo moderador', 'rejeitado pelo moderador', 'recusada pelo moderador'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'não aceita mensagens do seu endereço', 'não aceita e-mails do seu endereço', 'não aceita mensagens do teu endereço'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'bloqueou o seu endereço', 'bloqueou seu endereço', 'bloqueou o teu endereço'),
      ...from(OBS, 'remetente rejeitado', 'remetente bloqueado', 'remetente inválido', 'remetente recusado',
        'domínio do remetente'),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'autorizado a enviar para este destinatário', 'autorizada a enviar para este destinatário', 'não tem permissão para enviar para este destinatário'),
      ...from(R21_BANNED, 'anexos do tipo', 'tipo de anexo'),
      ...from(R21_TRANSPORT, 'regra de transporte', 'regra de fluxo de email', 'regra de fluxo de e-mail'),
      ...from(EXCH, 'Você não tem permissão para enviar', 'não tem permissão para enviar',
        'devido à política', 'política de segurança'),
      ...from(OBS, 'viola a política', 'anexo não permitido'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'anexos deste tipo não são permitidos', 'conteúdo proibido', 'conteúdo não permitido'),
    ],
    norelaying: [
      ...from(REAL20_M20, 'Reencaminhamento Recusado', 'lista de rcpthosts permitidos'),
      ...from(OBS, 'acesso de retransmissão negado', 'não é permitido retransmitir', 'relay não permitido',
        'retransmissão negada', 'relay negado', 'relaying não permitido'),
      ...from(PLAIN, 'não aceita retransmitir'),
    ],
    virusdetected: [
      ...from(PLAIN, 'vírus detectado', 'vírus encontrado', 'contém um vírus', 'contém vírus'),
      ...from(PLAIN, 'vírus'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'número máximo de destinatários', 'destinatários por mensagem'),
      // Too many (simultaneous) connections, in the word order of the language.
      ...from(PLAIN, 'conexões simultâneas demais', 'conexões demais'),
    // Too many recipients on one message, the noun first (Exchange 5.5.3 "Too many recipients").
      ...from(PLAIN, 'destinatários demais'),
      ...from(PLAIN, 'muitas conexões', 'excesso de conexões', 'conexões em excesso', 'muitos destinatários', 'excesso de destinatários', 'número excessivo de destinatários', 'destinatários em excesso'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'cota de envio', 'cota diária de envio', 'quota de envio', 'quota diária de envio'),
      ...from(REAL20_W20, 'Limite máximo de redirecionamento SMTP excedido'),
      ...from(REAL20_W20, 'recebendo e-mails muito rápido', 'a uma taxa que impede a entrega'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'rápido demais', 'taxa de envio'),
    // The sender's own sending limit, per day or in all (Gmail's "You have reached a limit for sending mail", Microsoft's 5.2.121 / 5.1.90 daily limit), the adjective before or after the noun.
      ...from(PLAIN, 'limite diário de envio', 'limite de envio diário'),
      ...from(PLAIN, 'muitas mensagens', 'excesso de mensagens', 'limite de envio'),
      ...from(PLAIN, 'mensagens demais'),
    ],
    expired: [
      ...from(R21_PLAIN, 'entrega abandonada', 'abandonada após'),
      ...from(R21_PLAIN, 'tempo máximo na fila de entrega excedido', 'tempo máximo na fila excedido'),
      // The server gave up ("O servidor desistiu").
      ...from(PLAIN, 'servidor desistiu'),
      ...from(OBS, 'tempo de entrega esgotado', 'prazo de entrega expirado'),
      ...from(EXCH, 'A mensagem expirou', 'não foi entregue dentro do prazo'),
      ...from(OBS, 'tempo limite excedido', 'tempo demais na fila', 'tentativas esgotadas'),
      ...from(OBS, 'prazo de entrega expirou', 'tempo de entrega expirou'),
      ...from(PLAIN, 'entrega foi abandonada', 'dias de tentativas'),
      ...from(PLAIN, 'entrega foi cancelada'),
      // "… em 5 dias. Não serão feitas novas tentativas." (no more attempts: the server gave up).
      ...from(PLAIN, 'não serão feitas novas tentativas', 'não serão feitas mais tentativas', 'não serão realizadas novas tentativas'),
    ],
    authfailure: [
      ...from(OBS, 'verificação SPF', 'falha na autenticação', 'falha de autenticação', 'verificação DKIM'),
    ],
  },
  broad: ['espaço de armazenamento', 'está cheia', 'Endereço inválido'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Portuguese (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'caixa postal temporariamente indisponível'),
    ...from(REAL20_H, 'A entrega a estes destinatários ou grupos falhou'),
    ...from(REAL20_M20, 'Não foi possível enviar a mensagem porque um dos destinatários foi rejeitado pelo servidor'),
    // A short notice's sentence that the destination server refused the message, no cause named.
    ...from(PLAIN, 'foi recusada pelo servidor', 'foi rejeitada pelo servidor'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Mensagem bloqueada'),
    ...from(OUTLOOK, 'Sua mensagem não chegou a alguns ou a todos os destinatários',
      'A sua mensagem não chegou a alguns ou a todos os destinatários',
      'O Microsoft Exchange não tentará entregar novamente'),
    ...from(EXCH, 'Não é possível entregar', 'Falha na entrega a estes destinatários ou grupos',
      'Informações de diagnóstico para administradores', 'não chegou a alguns ou a todos os destinatários',
      'Não entregue'),
    ...from(M365, 'Não foi possível entregar a sua mensagem', 'Não foi possível entregar sua mensagem',
      'Não foi possível entregar'),
    ...from(GMAIL, 'Endereço não encontrado', 'A mensagem não foi entregue', 'não foi entregue'),
    ...from(OBS, 'não pôde ser entregue', 'não pode ser entregue', 'falha na entrega', 'erro na entrega',
      'mensagem não entregue', 'Esta mensagem foi criada automaticamente'),
  ],
  listLead: [
    ...from(REAL20_H, 'A entrega a estes destinatários ou grupos falhou'),
    ...from(DOMINO, 'não foi entregue a'),
    ...from(OUTLOOK, 'Não foi possível acessar os seguintes destinatários',
      'Não foi possível contactar os seguintes destinatários'),
    ...from(EXCH, 'Falha na entrega a estes destinatários ou grupos', 'seguintes destinatários',
      'seguintes endereços'),
  ],
  delayed: [
    // A delay notice's own words: the delivery "foi adiada" (was postponed), "será feita uma nova tentativa" (a new attempt will be made), pt-PT and pt-BR alike.
    ...from(PLAIN, 'foi adiada', 'será feita uma nova tentativa', 'nova tentativa será feita'),
    ...from(EXCH, 'continuará a ser tentada', 'está atrasada', 'Entrega atrasada',
      'A entrega a estes destinatários ou grupos está atrasada', 'ainda não foi entregue'),
    ...from(OBS, 'Este é apenas um aviso', 'não é necessário reenviar', 'será tentada novamente',
      'continuará tentando', 'continuará a tentar', 'entrega adiada'),
    ...from(GMAIL, 'Houve um problema temporário', 'tentará novamente'),
  ],
  recipientBefore: [
    ...from(REAL20_M20, 'O endereço de e-mail rejeitado era'),
    // "The delivery to <addr>" before the address, in a short delay or failure sentence (as German "Zustellung an").
    ...from(PLAIN, 'A entrega para', 'entrega para', 'entrega a'),
    // "Não foi possível entregar a mensagem a <addr>: …" (the sentence of providers' short notices, beside Microsoft's "a sua mensagem a").
    ...from(PLAIN, 'entregar a mensagem a', 'entregar a sua mensagem a'),
    // Microsoft 365's pt-BR title, no article before the possessive: "Não foi possível entregar sua mensagem a <addr>." (lang23).
    ...from(M365, 'entregar sua mensagem a'),
    // A help desk's or a person's retelling of the notice ("your email to <addr> came back because …"): the everyday word for the email before the address.
    ...from(PLAIN, 'seu e-mail para', 'seu email para', 'o teu e-mail para'),
    ...from(GMAIL, 'não foi entregue a'),
    ...from(M365, 'sua mensagem para', 'a sua mensagem a', 'destinatário', 'Endereço do destinatário',
      'entregue a', 'entregue para'),
    ...from(OBS, 'A mensagem para'),
  ],
  recipientAfter: [
    ...from(OBS, 'foi rejeitada', 'foi recusada'),
  ],
  toLabel: [...from(CLIENT, 'Para')],
  clientFrom: [...from(CLIENT, 'De')],
  clientSent: [...from(CLIENT, 'Enviado', 'Enviada em', 'Enviado em')],
  returnedStart: [
    ...from(EXCH, 'Cabeçalhos da mensagem original', 'Mensagem original'),
  ],
  reasonLead: [
    ...from(OBS, 'Motivo', 'Razão', 'porque', 'Erro'),
  ],
  errorLabel: [...from(OBS, 'Erro', 'Erro do servidor', 'Código de erro')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, 'erro temporário', 'falha temporária', 'problema temporário', 'temporariamente', 'recusa temporária')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'possíveis causas', 'possíveis motivos', 'causas possíveis'), ...from(HEDGE32, 'é possível que', 'possivelmente', 'talvez', 'provavelmente', 'pode não')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Dica', 'Sugestão', 'Verifique', 'Confira', 'Para mais informações', 'Entre em contato')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Portuguese (lang21 round): a check that found nothing', 'nenhum vírus encontrado', 'nenhum vírus', 'verificação antispam: aprovada', 'não é spam')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Portuguese, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Sua caixa de correio está quase cheia', 'A sua caixa de correio está quase cheia', 'Sua caixa postal está quase cheia', 'Sua caixa de entrada está quase cheia', 'Sua caixa de correio está cheia', 'A sua caixa de correio está cheia')],
  // Exchange's delivery and relay notifications in Portuguese: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Sua mensagem foi entregue aos seguintes destinatários', 'A sua mensagem foi entregue aos seguintes destinatários', 'A entrega a estes destinatários ou grupos foi concluída')],
  // Outlook's read receipt in Portuguese (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Sua mensagem', 'A sua mensagem'),
    subject: from(RECEIPT, 'Assunto'),
    read: from(RECEIPT, 'foi lida em'),
    deleted: from(RECEIPT, 'foi excluída sem ser lida', 'foi eliminada sem ser lida'),
  },
  listRemoved: [...from(LIST32, 'foi removido da lista', 'sua inscrição na lista', 'foi descadastrado da lista')],
};
