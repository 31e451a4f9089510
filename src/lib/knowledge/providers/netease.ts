/**
 * NetEase Mail (163.com, 126.com, yeah.net), China's largest mail service. Its refusals carry a
 * code of two letters, a colon and three letters ("554 DT:SPM 163 mx14,... please see
 * http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1"), listed with their meanings on that
 * page ("退信代码说明", NetEase's bounce code list): HL the sending IP's behaviour, MI and RP the
 * sender and its recipients, DT the content, WM NetEase's lists. Each rule below gives the code
 * and NetEase's meaning in our words; the replies (reserved names) follow the same list.
 */
import type { Provider } from './types.ts';

const CODES = 'https://mail.163.com/help/help_spam_16.htm';

export const netease: Provider = {
  id: 'netease',
  label: 'NetEase Mail (163.com / 126.com)',
  hosts: ['163.com', '126.com', 'yeah.net', '188.com', 'netease.com'],
  // Its servers name themselves in the reply: "163 mx14,", "126 smtp9," (the service, then the host);
  // and its codes, as its replies write them after the reply code ("421 HL:ICC …", "451 MI:SFQ …"):
  // the ones its code list names, each of which a rule below reads.
  markers: ['mail.163.com/help', 'help_spam_16.htm', ' 163 mx', ' 126 mx', ' 163 smtp', ' 126 smtp', ...['hl:rep', 'hl:icc', 'hl:ifc', 'hl:mep', 'hl:ihu', 'hl:ipb', 'hl:itc', 'mi:cel', 'mi:ccl', 'mi:dmc', 'mi:sfq', 'mi:spb', 'mi:stc', 'mi:nhd', 'mi:imf', 'mi:spf', 'mi:dma', 'rp:drc', 'rp:cel', 'rp:ccl', 'rp:qrc', 'rp:trc', 'rp:frl', 'rp:rcl', 'dt:spm', 'dt:sum', 'dt:rbl', 'wm:bli', 'wm:blu'].map((c) => ` ${c}`)],
  // "DT:SPM", "HL:REP", "MI:SFQ", "RP:TRC", "WM:BLI" (lower-cased).
  code: /\b((?:hl|mi|rp|dt|wm):[a-z]{3})\b/,
  reference: CODES,
  rules: [
    // DT:SPM The content has the marks of spam, or the sending setup is not up to standard
    // (451: retry in two minutes; 550/554: refused).
    { id: 'provider.netease.spam', code: 'dt:spm', contains: [], reason: 'spamdetected', note: 'NetEase judged the content to be spam (or the sending setup not up to standard)', docs: CODES },
    // HL:REP the IP sends to many addresses that do not exist; HL:MEP the IP forges many sender
    // domains; HL:IHU the IP is suspended for spam or odd connections; HL:IPB / WM:BLI / "IP in
    // blacklist" the IP is not on NetEase's list of allowed senders; DT:RBL the IP is on a block list.
    { id: 'provider.netease.ip-blocked', code: ['hl:rep', 'hl:mep', 'hl:ihu', 'hl:ipb', 'wm:bli', 'dt:rbl'], contains: [], reason: 'blocked', note: 'NetEase is refusing your sending IP for now (invalid recipients, forged senders, spam, or a block list)', docs: CODES },
    { id: 'provider.netease.ip-blacklist', contains: ['ip in blacklist'], reason: 'blocked', note: 'NetEase does not accept mail from your sending IP', docs: CODES },
    // HL:ICC too many connections at once from the IP; MI:DMC too many messages in one connection;
    // RP:DRC too many recipients in one connection; RP:RCL too many recipients in one message;
    // MI:CCL / RP:CCL more commands than a connection allows (发送方发送超出正常的指令数量).
    { id: 'provider.netease.connections', code: ['hl:icc', 'mi:dmc', 'rp:drc', 'rp:rcl', 'mi:ccl', 'rp:ccl'], contains: [], reason: 'toomanyconn', note: 'NetEase: too many connections, messages or recipients at once', docs: CODES },
    { id: 'provider.netease.too-many-recipients', contains: ['too much recipient'], reason: 'toomanyconn', note: 'NetEase: too many recipients in one message', docs: CODES },
    // HL:IFC the IP sent many messages in a short time; HL:ITC the IP's daily limit; MI:SFQ the
    // sender's 15-minute limit; RP:QRC / RP:TRC the sender's recipients over the short-term or daily
    // limit; MI:STC the sender's daily connections or messages.
    { id: 'provider.netease.rate', code: ['hl:ifc', 'hl:itc', 'mi:sfq', 'rp:qrc', 'rp:trc', 'mi:stc'], contains: [], reason: 'speeding', note: 'NetEase: your IP or sender sent too much in a short time (or today); it refuses more for now', docs: CODES },
    // MI:SPF the sending IP is not allowed by the sender domain's SPF; MI:DMA the message fails
    // the sender domain's DMARC.
    { id: 'provider.netease.authentication', code: ['mi:spf', 'mi:dma'], contains: [], reason: 'authfailure', note: "NetEase: the message failed the sender domain's SPF or DMARC", docs: CODES },
    // MI:NHD an empty HELO.
    { id: 'provider.netease.helo', code: 'mi:nhd', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'NetEase: the sending server gave no HELO name', docs: CODES },
    // MI:IMF the sender's address does not follow the standard.
    { id: 'provider.netease.sender-format', code: 'mi:imf', contains: [], reason: 'notcompliantrfc', note: "NetEase: the sender's address does not follow the Internet mail standard", docs: CODES },
    // DT:SUM the envelope sender and the From header differ.
    { id: 'provider.netease.sender-mismatch', code: 'dt:sum', contains: [], reason: 'policyviolation', note: 'NetEase: the envelope sender and the From address do not match', docs: CODES },
    // WM:BLU / MI:SPB / "User in blacklist" this sender may not send to NetEase users.
    { id: 'provider.netease.sender-blocked', code: ['wm:blu', 'mi:spb'], contains: [], reason: 'rejected', note: 'NetEase does not accept mail from this sender address', docs: CODES },
    { id: 'provider.netease.sender-blacklist', contains: ['user in blacklist'], reason: 'rejected', note: 'NetEase does not accept mail from this sender address', docs: CODES },
    // RP:FRL NetEase is not an open relay.
    { id: 'provider.netease.relay', code: 'rp:frl', contains: [], reason: 'norelaying', note: 'NetEase does not relay mail for other domains', docs: CODES },
    // MI:CEL / RP:CEL too many erroneous commands (check the sending program).
    { id: 'provider.netease.bad-commands', code: ['mi:cel', 'rp:cel'], contains: [], reason: 'syntaxerror', owner: 'sender-admin', note: 'NetEase: the sending program sent too many wrong SMTP commands', docs: CODES },
    // "554 IP is rejected, smtp auth error limit exceed" / "451 ... too much fail authentication":
    // too many failed logins.
    { id: 'provider.netease.login', contains: ['smtp auth error limit exceed', 'too much fail authentication'], reason: 'securityerror', note: 'NetEase: too many failed logins; it refuses logins for a while', docs: CODES },
    // "552 Illegal Attachment" (.pif, .scr, .vbs, .bat, .js ... are not accepted)
    { id: 'provider.netease.attachment', contains: ['illegal attachment'], reason: 'policyviolation', note: 'NetEase does not accept this type of attachment', docs: CODES },
  ],
};
