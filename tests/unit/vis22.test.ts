/**
 * Blind round vis22 (tests/fixtures/vis22.ts): the most common real bounces as people paste
 * them, in forms not held before: a client's UI in German, French or Spanish around an
 * English notice with the chrome a select-all copy brings, partial copies (the technical
 * details alone, the middle of a notice, only the last reply line), notices inside help-desk
 * tickets and chat markup (Zendesk, Freshdesk, Jira, Slack, Markdown), and the major MTAs'
 * wordings. Each must give the kind, the recipients and the verdict its words support, in
 * every way a copy changes it; none may be firmly wrong.
 */
import { VIS22 } from '../fixtures/vis22.ts';
import { visibleRound } from '../helpers/visible-round.ts';

/** The reader's own address (the client's header lines, the ticket's requester). */
const NOT_RECIPIENTS = ['john@example.com'];

const LEFT: Record<string, string> = {};

visibleRound({
  round: 'blind round vis22',
  title: 'the most common bounces as pasted from clients, tickets and chats',
  cases: VIS22,
  atLeast: 39,
  left: LEFT,
  leftCopies: {},
  notRecipients: NOT_RECIPIENTS,
});
