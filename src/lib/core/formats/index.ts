/**
 * The registry: the one place that fixes the order in which formats are tried. The
 * first format whose `detect` fits and whose `parse` reads something wins.
 *
 *   1. reports that are not bounces (ARF complaints, read receipts), by their MIME type;
 *   2. MTA and provider layouts we know by name (a service whose notice no MTA's reader
 *      claims comes after the common MTAs, so that their bounces are not tried on it);
 *   3. generic RFC 3464 DSNs, automatic replies, then any bounce text;
 *   4. a bare SMTP reply.
 */
import type { Format } from './types.ts';
import { arf } from './arf.ts';
import { mdn } from './mdn.ts';
import { sieveReject } from './sieve-reject.ts';
import { postmarkApi } from './postmark-api.ts';
import { awsSdkError } from './aws-sdk-error.ts';
import { amazonSesNotification } from './amazon-ses-notification.ts';
import { espEvents } from './esp-events.ts';
import { csvExport } from './csv-export.ts';
import { amazonWorkmail } from './amazon-workmail.ts';
import { sendgrid } from './sendgrid.ts';
import { facebook } from './facebook.ts';
import { amazonSes } from './amazon-ses.ts';
import { receivingSes } from './receiving-ses.ts';
import { googleGroups } from './google-groups.ts';
import { dragonfly } from './dragonfly.ts';
import { ezweb } from './ezweb.ts';
import { kddi } from './kddi.ts';
import { biglobe } from './biglobe.ts';
import { imail } from './imail.ts';
import { domino } from './domino.ts';
import { notes } from './notes.ts';
import { trendmicro } from './trendmicro.ts';
import { fml } from './fml.ts';
import { gmx } from './gmx.ts';
import { einsundeins } from './einsundeins.ts';
import { mfilter } from './mfilter.ts';
import { yahooLegacy } from './yahoo-legacy.ts';
import { yahoo } from './yahoo.ts';
import { aol } from './aol.ts';
import { verizon } from './verizon.ts';
import { netscape } from './netscape.ts';
import { apacheJames } from './apache-james.ts';
import { mailmarshal } from './mailmarshal.ts';
import { x6 } from './x6.ts';
import { zoho } from './zoho.ts';
import { x5 } from './x5.ts';
import { activehunter } from './activehunter.ts';
import { bigfoot } from './bigfoot.ts';
import { x1 } from './x1.ts';
import { tencent } from './tencent.ts';
import { maddy } from './maddy.ts';
import { iisSmtp } from './iis-smtp.ts';
import { mcafee } from './mcafee.ts';
import { mailfoundry } from './mailfoundry.ts';
import { messagelabs } from './messagelabs.ts';
import { barracuda } from './barracuda.ts';
import { amavis } from './amavis.ts';
import { surfcontrol } from './surfcontrol.ts';
import { mailscanner } from './mailscanner.ts';
import { mailru } from './mailru.ts';
import { yandex } from './yandex.ts';
import { postfix } from './postfix.ts';
import { chasquid } from './chasquid.ts';
import { communigate } from './communigate.ts';
import { exim } from './exim.ts';
import { v5sendmail } from './v5sendmail.ts';
import { sendmail } from './sendmail.ts';
import { courier } from './courier.ts';
import { powermta } from './powermta.ts';
import { mdaemon } from './mdaemon.ts';
import { qmail } from './qmail.ts';
import { x4 } from './x4.ts';
import { mailenable } from './mailenable.ts';
import { exchange2003 } from './exchange2003.ts';
import { exchange2007 } from './exchange2007.ts';
import { outlook } from './outlook.ts';
import { office365 } from './office365.ts';
import { exchange } from './exchange.ts';
import { starList } from './star-list.ts';
import { opensmtpd } from './opensmtpd.ts';
import { messagingServer } from './messaging-server.ts';
import { googleWorkspace } from './google-workspace.ts';
import { gmail } from './gmail.ts';
import { listManager } from './list-manager.ts';
import { serviceActivity } from './service-activity.ts';
import { mtaLog } from './mta-log.ts';
import { logTable } from './log-table.ts';
import { rfc3464 } from './rfc3464.ts';
import { autoReply } from './auto-reply.ts';
import { text } from './text.ts';
import { smtpReply } from './smtp-reply.ts';

export const FORMATS: readonly Format[] = [
  arf,
  sieveReject,
  postmarkApi,
  awsSdkError,
  mdn,
  amazonSesNotification,
  espEvents,
  csvExport,
  sendgrid,
  googleGroups,
  dragonfly,
  ezweb,
  kddi,
  biglobe,
  imail,
  mdaemon,
  domino,
  notes,
  trendmicro,
  fml,
  gmx,
  einsundeins,
  mfilter,
  yahooLegacy,
  verizon,
  netscape,
  apacheJames,
  mailmarshal,
  x6,
  zoho,
  x5,
  activehunter,
  bigfoot,
  x1,
  tencent,
  maddy,
  iisSmtp,
  mailru,
  yandex,
  mtaLog,
  logTable,
  postfix,
  chasquid,
  exim,
  v5sendmail,
  sendmail,
  courier,
  communigate,
  powermta,
  qmail,
  x4,
  amazonWorkmail,
  amazonSes,
  receivingSes,
  facebook,
  yahoo,
  aol,
  // Before Microsoft's readers: a client shows its notice under an "Undeliverable:" subject.
  messagingServer,
  outlook,
  office365,
  mailenable,
  exchange2003,
  exchange2007,
  exchange,
  mcafee,
  mailfoundry,
  messagelabs,
  barracuda,
  amavis,
  surfcontrol,
  mailscanner,
  starList,
  opensmtpd,
  googleWorkspace,
  gmail,
  listManager,
  serviceActivity,
  rfc3464,
  autoReply,
  smtpReply,
  text,
];
